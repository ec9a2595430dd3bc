// The main window offscreen: create, edit, close and reopen through the UI,
// and bad input answered with a clear message.
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Panes.h"
#include "ui/Theme.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ic;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Reads the workspace directly, the way a second workstation would.
struct Direct
{
    explicit Direct(const QString &path) : name(QStringLiteral("direct-%1").arg(++counter))
    {
        auto r = Workspace::open(ConnectionSpec::sqlite(path), {}, name,
                                 QDateTime::currentDateTimeUtc());
        ok = r.ok();
    }
    ~Direct() { Db::close(name); }
    IncidentRepository repo(const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        return IncidentRepository(QSqlDatabase::database(name, false), now);
    }
    QString name;
    bool ok = false;
    static inline int counter = 0;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<MainWindow> openWindow(const QString &path, int expectIncidents = -1)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, m_clock);
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        w->openSqliteFile(path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        if (expectIncidents >= 0 && shown.first().first().toInt() != expectIncidents)
            return nullptr;
        return w;
    }

    QTableView *table(MainWindow *w)
    {
        return w->findChild<QTableView *>(QStringLiteral("incidentTable"));
    }

    bool settled(MainWindow *w)
    {
        return QTest::qWaitFor([&] { return w->incidentStore()->pending() == 0; }, 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
    }

    void createEditCloseAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui.icw"));
        auto w = openWindow(path, 0);
        QVERIFY(w);
        QAbstractItemModelTester tester(w->incidentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Ctrl+N opens the dialog; type a title, pick P1, open it.
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = w->findChild<QDialog *>(QStringLiteral("newIncidentDialog"))));
        auto *title = dlg->findChild<QLineEdit *>(QStringLiteral("newTitleEdit"));
        QVERIFY(title);
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral("Leaked API key in public repo"));
        auto *sev = dlg->findChild<QComboBox *>(QStringLiteral("newSeverityCombo"));
        sev->setCurrentIndex(sev->findData(1));
        QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("newAffectedApiKeysEdit")),
                         QStringLiteral("key_abc, key_def"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("createIncidentButton")),
                          Qt::LeftButton);

        // It is listed, selected and shown.
        QTRY_COMPARE(w->incidentModel()->rowCount(), 1);
        const Incident created = *w->incidentModel()->incident(0);
        QCOMPARE(created.title, QStringLiteral("Leaked API key in public repo"));
        QCOMPARE(created.severity, Severity::P1);
        QCOMPARE(created.commander, QStringLiteral("casey.commander"));
        QCOMPARE(created.affectedApiKeys,
                 (QStringList{QStringLiteral("key_abc"), QStringLiteral("key_def")}));
        QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("newIncidentDialog")));
        auto *titleEdit = w->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTRY_COMPARE(titleEdit->text(), created.title);
        QCOMPARE(table(w.get())->currentIndex().data(IncidentListModel::IncidentIdRole).toString(),
                 created.id);

        // Edit the title in place: Enter saves at once.
        titleEdit->setFocus();
        titleEdit->selectAll();
        QTest::keyClicks(titleEdit, QStringLiteral("Leaked CI key"));
        QTest::keyClick(titleEdit, Qt::Key_Return);
        QTRY_COMPARE(w->incidentModel()->incident(0)->title, QStringLiteral("Leaked CI key"));
        // The summary saves shortly after typing stops.
        auto *summary = w->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Key found in a public fork."));
        QTRY_COMPARE(w->incidentModel()->incident(0)->summary,
                     QStringLiteral("Key found in a public fork."));
        // Status through the combo.
        auto *status = w->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(int(IncidentStatus::Containment)));
        emit status->activated(status->currentIndex());
        QTRY_COMPARE(w->incidentModel()->incident(0)->status, IncidentStatus::Containment);
        QVERIFY(settled(w.get()));

        // A note lands on the record.
        auto *note = w->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Rotated the key"));
        QTest::keyClick(note, Qt::Key_Return);
        auto *activity = w->findChild<QTreeWidget *>(QStringLiteral("activityList"));
        QTRY_VERIFY(
            !activity->findItems(QStringLiteral("Rotated the key"), Qt::MatchExactly, 2).isEmpty());

        // Ctrl+Shift+W closes it; the active filter then hides it.
        w->activateWindow(); // the dialog had the focus before
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        table(w.get())->setFocus();
        QVERIFY(w->findChild<QAction *>(QStringLiteral("closeIncidentAction"))->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        // It asks what resolved it first (and about the notification clock
        // that may apply and never started); nothing changes until confirmed.
        QDialog *closing = nullptr;
        QTRY_VERIFY((closing = w->findChild<QDialog *>(QStringLiteral("closeIncidentDialog"))));
        QCOMPARE(w->incidentModel()->incident(0)->status, IncidentStatus::Containment);
        QTest::keyClicks(closing->findChild<QPlainTextEdit *>(QStringLiteral("resolutionEdit")),
                         QStringLiteral("Key revoked and rotated"));
        if (auto *noNotice = closing->findChild<QCheckBox *>(QStringLiteral("noNoticeOwedCheck")))
            noNotice->setChecked(true);
        QTest::mouseClick(closing->findChild<QPushButton *>(QStringLiteral("confirmCloseButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(w->incidentModel()->incident(0)->status, IncidentStatus::Closed);
        QVERIFY(settled(w.get()));
        w.reset();

        // Everything is in the workspace, with who and when.
        {
            Direct direct(path);
            QVERIFY(direct.ok);
            auto list = direct.repo().list();
            QVERIFY(list.ok());
            QCOMPARE(list->size(), 1);
            const Incident &inc = list->first();
            QCOMPARE(inc.title, QStringLiteral("Leaked CI key"));
            QCOMPARE(inc.status, IncidentStatus::Closed);
            QVERIFY(inc.closedAt.isValid());
            auto events = direct.repo().events(inc.id);
            QVERIFY(events.ok());
            QStringList kinds;
            for (const IncidentEvent &e : events.value()) {
                kinds << e.kind;
                QCOMPARE(e.actor, QStringLiteral("casey.commander"));
            }
            for (const char *k : {"incident.created", "incident.updated", "incident.status", "note",
                                  "incident.closed"})
                QVERIFY2(kinds.contains(QLatin1String(k)), k);
        }

        // Reopening the workspace shows the change (closed ones under "All").
        auto again = openWindow(path, 1);
        QVERIFY(again);
        QCOMPARE(again->incidentModel()->incident(0)->title, QStringLiteral("Leaked CI key"));
        auto *filter = again->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
        QCOMPARE(table(again.get())->model()->rowCount(), 0);
        filter->setCurrentIndex(1); // All
        QCOMPARE(table(again.get())->model()->rowCount(), 1);
    }

    void emptyTitleIsRefusedInTheDialog()
    {
        auto w = openWindow(m_dir.filePath(QStringLiteral("empty-title.icw")), 0);
        QVERIFY(w);
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = w->findChild<QDialog *>(QStringLiteral("newIncidentDialog"))));
        QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("newTitleEdit")),
                         QStringLiteral("   "));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("createIncidentButton")),
                          Qt::LeftButton);
        auto *error = dlg->findChild<QLabel *>(QStringLiteral("newIncidentErrorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("title")));
        QTest::qWait(200);
        QCOMPARE(w->incidentModel()->rowCount(), 0);
        QVERIFY(dlg->isVisible());
    }

    void nonWorkspaceFileGetsAClearMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-workspace.icw"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04 this is a zip file, not a workspace", 40));
        f.write(QByteArray(2048, 'z'));
        f.close();
        const QByteArray before = sha(path);

        MainWindow w(m_settings, &m_secrets, m_clock);
        QSignalSpy failed(&w, &MainWindow::workspaceFailed);
        w.show();
        w.openSqliteFile(path);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(w.banner()->isVisible());
        QVERIFY2(w.banner()->text().contains(QLatin1String("not an Incident Commander workspace")),
                 qPrintable(w.banner()->text()));
        QVERIFY(w.banner()->text().contains(QLatin1String("not")));
        QCOMPARE(sha(path), before);
        QVERIFY(!w.incidentStore());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("newIncidentAction"))->isEnabled());
    }

    void staleEditShowsBothValuesAndLetsTheCommanderChoose()
    {
        const QString path = m_dir.filePath(QStringLiteral("conflict.icw"));
        QString id;
        {
            Direct direct(path);
            NewIncident n;
            n.title = QStringLiteral("Original title");
            auto inc = direct.repo().create(n, QStringLiteral("someone"));
            QVERIFY(inc.ok());
            id = inc->id;
        }
        auto w = openWindow(path, 1);
        QVERIFY(w);
        auto *titleEdit = w->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTRY_COMPARE(titleEdit->text(), QStringLiteral("Original title"));

        // Another workstation renames it meanwhile.
        {
            Direct direct(path);
            IncidentPatch p;
            p.title = QStringLiteral("Their title");
            QVERIFY(direct.repo().update(id, 1, p, QStringLiteral("dana.other")).ok());
        }
        titleEdit->setFocus();
        titleEdit->selectAll();
        QTest::keyClicks(titleEdit, QStringLiteral("My title"));
        QTest::keyClick(titleEdit, Qt::Key_Return);

        QPushButton *keepMine = nullptr;
        QTRY_VERIFY((keepMine = w->findChild<QPushButton *>(QStringLiteral("keepMineButton"))));
        auto *banner = w->findChild<MessageBanner *>(QStringLiteral("conflictBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("dana.other")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("Their title")));
        QVERIFY(banner->text().contains(QLatin1String("My title")));
        {
            Direct direct(path);
            QCOMPARE(direct.repo().get(id)->title, QStringLiteral("Their title")); // not lost
        }
        QTest::mouseClick(keepMine, Qt::LeftButton);
        QTRY_COMPARE(w->incidentModel()->incidentById(id)->title, QStringLiteral("My title"));
        QVERIFY(settled(w.get()));
        Direct direct(path);
        QCOMPARE(direct.repo().get(id)->title, QStringLiteral("My title"));
        QCOMPARE(direct.repo().get(id)->version, 3);
    }

    void countdownRunsAndOverdueStandsOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("countdown.icw"));
        {
            Direct direct(path);
            NewIncident n;
            n.title = QStringLiteral("Unanswered P2");
            n.severity = Severity::P2; // Security Team preset: 4 hours
            n.detectedAt = m_clock.now();
            QVERIFY(direct.repo(m_clock.now()).create(n, QStringLiteral("detection")).ok());
        }
        auto w = openWindow(path, 1);
        QVERIFY(w);
        const QModelIndex response =
            table(w.get())->model()->index(0, IncidentListModel::ResponseColumn);
        QTRY_VERIFY2(response.data().toString().endsWith(QLatin1String("left")),
                     qPrintable(response.data().toString()));
        QVERIFY(response.data().toString().startsWith(QLatin1String("4h")) ||
                response.data().toString().startsWith(QLatin1String("3h 59m")));

        m_clock.advance(4 * 3600 + 125);
        w->incidentModel()->tick();
        QCOMPARE(response.data().toString(), QStringLiteral("OVERDUE 2m 05s"));
        auto *overdue = w->findChild<QLabel *>(QStringLiteral("overdueLabel"));
        QTRY_VERIFY(overdue->text().contains(QLatin1String("1 overdue")));

        // Taking command (Ctrl+T) answers it.
        table(w.get())->setFocus();
        QTest::keyClick(w.get(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(response.data().toString(), QStringLiteral("Responded late"));
        QCOMPARE(w->incidentModel()->incident(0)->commander, QStringLiteral("casey.commander"));
    }

    void keyboardSearchFilters()
    {
        const QString path = m_dir.filePath(QStringLiteral("search.icw"));
        {
            Direct direct(path);
            for (const char *t : {"Tenant export spike", "Token reuse after logout"}) {
                NewIncident n;
                n.title = QString::fromLatin1(t);
                QVERIFY(direct.repo().create(n, QStringLiteral("x")).ok());
            }
        }
        auto w = openWindow(path, 2);
        QVERIFY(w);
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = w->findChild<QLineEdit *>(QStringLiteral("incidentSearchEdit"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("token"));
        QCOMPARE(table(w.get())->model()->rowCount(), 1);
        QCOMPARE(
            table(w.get())->model()->index(0, IncidentListModel::TitleColumn).data().toString(),
            QStringLiteral("Token reuse after logout"));
        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(table(w.get())->hasFocus());
    }

    // Opening a workspace builds no feature pane: each has its tab and its
    // menu actions at once, and is built when its tab is first shown, one of
    // its actions is used, or a request it answers arrives.
    void panesAreBuiltWhenFirstNeeded()
    {
        const QString path = m_dir.filePath(QStringLiteral("lazy.icw"));
        auto w = openWindow(path);
        QVERIFY(w);
        auto *mainTabs = w->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *incidentTabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        for (const char *name : {"checklistPane", "timelinePane", "actionsPane", "reviewPane",
                                 "auditView", "alertsView", "playbooksView"})
            QVERIFY2(!w->findChild<QWidget *>(QLatin1String(name)), name);
        QCOMPARE(mainTabs->count(), 4);     // Incidents, Audit Log, Alerts, Playbooks
        QCOMPARE(incidentTabs->count(), 8); // Details and seven feature panes
        QVERIFY(w->findChild<QAction *>(QStringLiteral("exportCsvAction"))); // menu, unbuilt

        // Showing a tab builds its pane in place.
        const int audit = 1;
        QCOMPARE(mainTabs->tabText(audit), QStringLiteral("Audit Log"));
        mainTabs->setCurrentIndex(audit);
        QWidget *view = w->findChild<QWidget *>(QStringLiteral("auditView"));
        QVERIFY(view);
        QCOMPARE(mainTabs->widget(audit), view);
        QCOMPARE(mainTabs->currentIndex(), audit);
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("alertsView")));

        // A request builds the pane that answers it, and shows it.
        emit w->navigator()->request(QStringLiteral("escalation.show"), {});
        QWidget *escalation = w->findChild<QWidget *>(QStringLiteral("escalationPane"));
        QVERIFY(escalation);
        QCOMPARE(incidentTabs->currentWidget(), escalation);
        QCOMPARE(mainTabs->currentIndex(), 0);

        // A menu action of a pane not built yet builds it and does its job.
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("playbooksView")));
        w->findChild<QAction *>(QStringLiteral("addPlaybookFolderAction"))->trigger();
        QTRY_VERIFY(w->findChild<QWidget *>(QStringLiteral("playbooksView")));
        QDialog *folder = nullptr;
        QTRY_VERIFY((folder = w->findChild<QDialog *>(QStringLiteral("playbookFolderDialog"))));
        folder->reject();

        // Closing the workspace takes its panes, tabs and menus away.
        w->openSqliteFile(m_dir.filePath(QStringLiteral("lazy-2.icw")));
        QTRY_VERIFY(!w->findChild<QWidget *>(QStringLiteral("auditView")));
        QTRY_COMPARE(mainTabs->count(), 4);
        QCOMPARE(w->findChildren<QAction *>(QStringLiteral("exportCsvAction")).size(), 1);
    }

    void darkThemeIsDark()
    {
        Theme::apply(Settings::Theme::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        // Severity colours stay distinguishable from each other and the text.
        const QPalette p = QApplication::palette();
        QVERIFY(Theme::severityColor(Severity::P0, p) != Theme::severityColor(Severity::P1, p));
        QVERIFY(Theme::severityColor(Severity::P0, p).lightness() > 100);
        Theme::apply(Settings::Theme::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
