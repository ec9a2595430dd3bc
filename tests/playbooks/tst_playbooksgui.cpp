// The playbook browser and the checklist pane offscreen, in the main window:
// start an incident from a playbook, tick a step with Space, skip one with a
// reason, add a note, open a step's prefilled action; all of it lands in
// the workspace with who and when.
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/playbooks/ChecklistModel.h"
#include "models/playbooks/ChecklistRepository.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/playbooks/ChecklistPane.h"
#include "ui/playbooks/PlaybooksView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace ic;

namespace {

// Reads the workspace directly, the way a second workstation would.
struct Direct
{
    explicit Direct(const QString &path) : name(QStringLiteral("direct-%1").arg(++counter))
    {
        ok =
            Workspace::open(ConnectionSpec::sqlite(path), {}, name, QDateTime::currentDateTimeUtc())
                .ok();
    }
    ~Direct() { Db::close(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QString name;
    bool ok = false;
    static inline int counter = 0;
};

} // namespace

class TestPlaybooksGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<MainWindow> openWindow(const QString &path)
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
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_settings.setPlaybookFolders({});
    }

    void startIncidentFromPlaybookAndWorkTheChecklist()
    {
        const QString path = m_dir.filePath(QStringLiteral("playbooks.icw"));
        auto w = openWindow(path);
        QVERIFY(w);
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *view = qobject_cast<PlaybooksView *>(w->showPane(QStringLiteral("playbooksView")));
        QVERIFY(tabs && view);
        tabs->setCurrentWidget(view);

        // The bundled playbooks load off the UI thread; search by name.
        auto *list = view->findChild<QTreeView *>(QStringLiteral("playbookList"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() == 7, 10000);
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("playbookSearchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("token"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Token Compromise"));

        // The rendered document beside the checklist read from it, and the report.
        auto *preview = view->findChild<QTextBrowser *>(QStringLiteral("playbookPreviewBrowser"));
        QVERIFY(preview->toPlainText().contains(QLatin1String("Playbook: Token Compromise")));
        auto *parsed = view->findChild<QTreeWidget *>(QStringLiteral("playbookChecklistTree"));
        QCOMPARE(parsed->topLevelItemCount(), 5);
        QCOMPARE(parsed->topLevelItem(1)->text(0), QStringLiteral("Investigation"));
        QCOMPARE(parsed->topLevelItem(1)->text(1), QStringLiteral("Within 1 hour"));
        auto *report = view->findChild<QPlainTextEdit *>(QStringLiteral("importReportText"));
        QVERIFY(
            report->toPlainText().contains(QStringLiteral("line 30: playbook “Token Compromise”")));

        // New incident from the playbook: the dialog opens with its name.
        QTest::mouseClick(
            view->findChild<QPushButton *>(QStringLiteral("newIncidentFromPlaybookButton")),
            Qt::LeftButton);
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = view->findChild<QDialog *>(QStringLiteral("newIncidentDialog"))));
        auto *title = dlg->findChild<QLineEdit *>(QStringLiteral("newTitleEdit"));
        QCOMPARE(title->text(), QStringLiteral("Token Compromise"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Tokens replayed from a new ASN"));
        QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("newAffectedUsersEdit")),
                         QStringLiteral("u-42"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("createIncidentButton")),
                          Qt::LeftButton);

        // The incident exists, is selected, and its checklist is shown.
        QTRY_COMPARE(w->incidentModel()->rowCount(), 1);
        const Incident created = *w->incidentModel()->incident(0);
        QCOMPARE(created.title, QStringLiteral("Tokens replayed from a new ASN"));
        auto *pane = qobject_cast<ChecklistPane *>(w->showPane(QStringLiteral("checklistPane")));
        auto *incidentTabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QTRY_COMPARE(incidentTabs->currentWidget(), pane);
        QTRY_COMPARE(pane->model()->rowCount(), 5);
        QAbstractItemModelTester paneTester(pane->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("newIncidentDialog")));
        QTreeView *tree = pane->view();
        QVERIFY(tree->isVisible());
        // The first open step is current; due at detection, so overdue in words.
        const ChecklistItem *first = pane->model()->item(tree->currentIndex());
        QVERIFY(first);
        QCOMPARE(first->text, QStringLiteral("Revoke all tokens for affected user"));
        m_clock.advance(90);
        pane->model()->tick();
        QVERIFY(tree->currentIndex()
                    .siblingAtColumn(ChecklistModel::RemainingColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("OVERDUE")));

        // The step's admin call, exactly as it would be sent for this incident.
        auto *code = pane->findChild<QPlainTextEdit *>(QStringLiteral("stepCodeText"));
        QVERIFY(code);
        QVERIFY(code->toPlainText().contains(
            QLatin1String("POST /admin/users/u-42/revoke-all-tokens")));
        QSignalSpy requests(w->navigator(), &Navigator::request);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("stepActionButton")),
                          Qt::LeftButton);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0][0].toString(), QStringLiteral("actions.prefill"));
        const QVariantMap args = requests[0][1].toMap();
        QCOMPARE(args.value(QStringLiteral("incident_id")).toString(), created.id);
        QCOMPARE(args.value(QStringLiteral("requests"))
                     .toList()
                     .first()
                     .toMap()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("/admin/users/u-42/revoke-all-tokens"));
        QCOMPARE(args.value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.revoke-all-tokens"));
        QCOMPARE(args.value(QStringLiteral("target")).toString(), QStringLiteral("u-42"));
        // An action pane, if this build has one, took the request; come back.
        incidentTabs->setCurrentWidget(pane);

        // Space ticks the step.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Space);
        QTRY_COMPARE(pane->model()->item(tree->currentIndex())->state, ChecklistItem::State::Done);
        QVERIFY(tree->currentIndex().data().toString().startsWith(QStringLiteral("☑")));
        QTRY_COMPARE(pane->model()->index(0, ChecklistModel::RemainingColumn).data().toString(),
                     QStringLiteral("1 of 2 done, 1 OVERDUE"));

        // Down, then skip with a reason; a skip without one is refused.
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(pane->model()->item(tree->currentIndex())->text,
                 QStringLiteral("Force logout all sessions"));
        auto *skip = pane->findChild<QPushButton *>(QStringLiteral("skipButton"));
        QTest::mouseClick(skip, Qt::LeftButton);
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("checklistBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("why")));
        QCOMPARE(pane->model()->item(tree->currentIndex())->state, ChecklistItem::State::Open);
        auto *reason = pane->findChild<QLineEdit *>(QStringLiteral("skipReasonEdit"));
        QTest::keyClicks(reason, QStringLiteral("User had no open sessions"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE(pane->model()->item(tree->currentIndex())->state,
                     ChecklistItem::State::Skipped);
        QVERIFY(tree->currentIndex().data().toString().startsWith(QStringLiteral("⊘")));

        // A note on the step.
        auto *note = pane->findChild<QLineEdit *>(QStringLiteral("checklistNoteEdit"));
        QTest::keyClicks(note, QStringLiteral("Confirmed with IT"));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("addChecklistNoteButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(pane->model()->item(tree->currentIndex())->notes.size(), 1);
        QTRY_VERIFY(note->text().isEmpty());

        // Space on the skipped step reopens it; again ticks it.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Space);
        QTRY_COMPARE(pane->model()->item(tree->currentIndex())->state, ChecklistItem::State::Open);

        // Everything is in the workspace, recorded with who and when.
        QTRY_VERIFY(sharedPending(w.get()) == 0);
        {
            Direct direct(path);
            QVERIFY(direct.ok);
            auto loaded = ChecklistRepository(direct.db(), m_clock.now()).load(created.id);
            QVERIFY(loaded.ok());
            QCOMPARE(loaded->items.size(), 13);
            QCOMPARE(loaded->items[0].state, ChecklistItem::State::Done);
            QCOMPARE(loaded->items[0].stateBy, QStringLiteral("casey.commander"));
            QCOMPARE(loaded->items[1].state, ChecklistItem::State::Open);
            QSqlDatabase db = direct.db();
            auto events = EventLog::events(db, created.id);
            QVERIFY(events.ok());
            QStringList kinds;
            for (const IncidentEvent &e : events.value()) {
                if (e.kind.startsWith(QLatin1String("checklist.")))
                    kinds << e.kind;
                if (e.kind == QLatin1String("checklist.ticked"))
                    QCOMPARE(e.actor, QStringLiteral("casey.commander"));
            }
            QCOMPARE(kinds, (QStringList{QStringLiteral("checklist.attached"),
                                         QStringLiteral("checklist.ticked"),
                                         QStringLiteral("checklist.skipped"),
                                         QStringLiteral("checklist.note"),
                                         QStringLiteral("checklist.reopened")}));
        }

        // Attaching the same playbook again is refused with a message.
        auto *combo = pane->findChild<QComboBox *>(QStringLiteral("attachPlaybookCombo"));
        const int token = combo->findText(QStringLiteral("Token Compromise"), Qt::MatchStartsWith);
        QVERIFY(token >= 0);
        combo->setCurrentIndex(token);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("attachPlaybookButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(banner->isVisible() &&
                    banner->text().contains(QLatin1String("already attached")));
        // Another playbook attaches beside it.
        combo->setCurrentIndex(combo->findText(QStringLiteral("DDoS Attack"), Qt::MatchStartsWith));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("attachPlaybookButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(pane->model()->rowCount(), 8);
        QCOMPARE(pane->model()->checklists().checklists.size(), 2);
    }

    void checklistSurvivesARestart()
    {
        // The workspace of the test above, opened by a new window.
        const QString path = m_dir.filePath(QStringLiteral("playbooks.icw"));
        auto w = openWindow(path);
        QVERIFY(w);
        QCOMPARE(w->incidentModel()->rowCount(), 1);
        auto *pane = qobject_cast<ChecklistPane *>(w->showPane(QStringLiteral("checklistPane")));
        QTRY_COMPARE(pane->model()->rowCount(), 8);
        QCOMPARE(pane->model()->checklists().items[0].state, ChecklistItem::State::Done);
        QVERIFY(pane->model()
                    ->index(0, 0, pane->model()->index(0, 0))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("☑")));
    }

    // The real order of events: an insider incident detected seven hours
    // ago, its alert's rule suggesting "Insider Threat". The picker offers
    // that playbook; attaching it late asks where deadlines count from (from
    // now: nothing is red at once); a step done at 14:10 is ticked with that
    // time. Another incident never shows this one's choice.
    void lateAttachDoneEarlierAndTheSuggestedPlaybook()
    {
        const QString path = m_dir.filePath(QStringLiteral("late.icw"));
        const QDateTime now = m_clock.now();
        const QDateTime detected = now.addSecs(-7 * 3600 - 34 * 60);
        QString insider, fresh;
        {
            Direct direct(path);
            QVERIFY(direct.ok);
            NewIncident n;
            n.title = QStringLiteral("Admin exported patient records");
            n.severity = Severity::P0;
            n.detectedAt = detected;
            auto a = IncidentRepository(direct.db(), detected).create(n, QStringLiteral("rules"));
            QVERIFY(a.ok());
            insider = a->id;
            n.title = QStringLiteral("Fresh one");
            n.detectedAt = now.addSecs(-600);
            auto b = IncidentRepository(direct.db(), now).create(n, QStringLiteral("rules"));
            QVERIFY(b.ok());
            fresh = b->id;
            QSqlQuery q(direct.db());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO ic_alerts (rule_id, rule_name, severity, playbook, subject_kind, "
                "subject, status, first_seen, last_seen, created_at, updated_at, incident_id) "
                "VALUES ('mass-export', 'Mass export', 'P0', 'Insider Threat', 'user', 'u-7', "
                "'promoted', ?, ?, ?, ?, ?)")));
            const QVariant t = Db::bindTime(direct.db(), detected);
            for (const QVariant &v : {t, t, t, t, QVariant(insider)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto w = openWindow(path);
        QVERIFY(w);
        // Panes are built when first shown.
        auto *pane = qobject_cast<ChecklistPane *>(w->showPane(QStringLiteral("checklistPane")));
        QVERIFY(pane);
        auto *incidentTabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        auto *combo = pane->findChild<QComboBox *>(QStringLiteral("attachPlaybookCombo"));
        auto *suggestion = pane->findChild<QLabel *>(QStringLiteral("suggestedPlaybookLabel"));
        auto *attach = pane->findChild<QPushButton *>(QStringLiteral("attachPlaybookButton"));
        QVERIFY(combo && suggestion && attach);
        emit w->navigator()->showIncident(insider);
        incidentTabs->setCurrentWidget(pane);
        QTRY_VERIFY_WITH_TIMEOUT(combo->currentText().startsWith(QLatin1String("Insider Threat")),
                                 10000);
        QVERIFY(suggestion->isVisible());
        QVERIFY2(suggestion->text().contains(QLatin1String("Insider Threat")),
                 qPrintable(suggestion->text()));

        // Attaching late asks; counted from now, nothing is overdue at once.
        QTest::mouseClick(attach, Qt::LeftButton);
        QDialog *timing = nullptr;
        QTRY_VERIFY((timing = pane->findChild<QDialog *>(QStringLiteral("attachTimingDialog"))));
        QVERIFY(
            timing->findChild<QRadioButton *>(QStringLiteral("countFromNowRadio"))->isChecked());
        QVERIFY(timing->findChild<QLabel *>(QStringLiteral("attachTimingIntro"))
                    ->text()
                    .contains(QLatin1String("7h 34m")));
        QTest::mouseClick(timing->findChild<QPushButton *>(QStringLiteral("attachTimingButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(pane->model()->rowCount(), 3);
        QCOMPARE(pane->model()->checklists().checklists.first().deadlinesFrom, now);
        QCOMPARE(pane->model()->overdueCount(), 0);
        auto *summary = pane->findChild<QLabel *>(QStringLiteral("checklistSummaryLabel"));
        QVERIFY2(!summary->text().contains(QLatin1String("OVERDUE")), qPrintable(summary->text()));
        // The suggestion is attached: the picker waits for a new choice.
        QTRY_COMPARE(combo->currentIndex(), -1);
        QVERIFY(!attach->isEnabled());

        // Done earlier: the first step, at detection + 36 minutes.
        QTreeView *tree = pane->view();
        tree->setCurrentIndex(pane->model()->indexOfItem(pane->model()->checklists().items[0].id));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("tickEarlierButton")),
                          Qt::LeftButton);
        QDialog *earlier = nullptr;
        QTRY_VERIFY((earlier = pane->findChild<QDialog *>(QStringLiteral("tickEarlierDialog"))));
        const QDateTime doneAt = QDateTime::fromSecsSinceEpoch(
            detected.addSecs(36 * 60).toSecsSinceEpoch() / 60 * 60, Qt::UTC);
        earlier->findChild<QDateTimeEdit *>(QStringLiteral("doneAtEdit"))
            ->setDateTime(doneAt.toLocalTime());
        QTest::mouseClick(earlier->findChild<QPushButton *>(QStringLiteral("markDoneAtButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(pane->model()->checklists().items[0].state, ChecklistItem::State::Done);
        const ChecklistItem done = pane->model()->checklists().items[0];
        QVERIFY(done.isBackdated());
        QCOMPARE(done.stateHappenedAt, doneAt);
        QCOMPARE(done.stateBy, QStringLiteral("casey.commander"));
        const QString state = pane->findChild<QLabel *>(QStringLiteral("stepStateLabel"))->text();
        QVERIFY2(state.contains(QLatin1String("entered later")), qPrintable(state));

        // Another incident: no suggestion, no inherited choice.
        combo->setCurrentIndex(combo->findText(QStringLiteral("DDoS Attack"), Qt::MatchStartsWith));
        emit w->navigator()->showIncident(fresh);
        QTRY_COMPARE(pane->model()->checklists().incidentId, fresh);
        QTRY_COMPARE(combo->currentIndex(), -1);
        QVERIFY(!suggestion->isVisible());
        QVERIFY(!attach->isEnabled());
        // Its pick stays its own: back on the first incident, nothing picked.
        combo->setCurrentIndex(
            combo->findText(QStringLiteral("Tenant Breach"), Qt::MatchStartsWith));
        emit w->navigator()->showIncident(insider);
        QTRY_COMPARE(pane->model()->checklists().incidentId, insider);
        QTRY_COMPARE(combo->currentIndex(), -1);
    }

private:
    static int sharedPending(MainWindow *w)
    {
        int n = 0;
        for (auto *s : w->findChildren<ChecklistStore *>())
            n += s->pending();
        return n;
    }
};

QTEST_MAIN(TestPlaybooksGui)
#include "tst_playbooksgui.moc"
