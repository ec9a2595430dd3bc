// The Alerts view offscreen in the main window: Run Now raises alerts from
// new attack rows, an alert shows its matched rows, Promote opens the
// incident (and it appears in the incident list), Dismiss works from the
// keyboard and refuses an empty reason; the rules tab lists rules, their
// state, and a broken rule file.
#include "AttackRows.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/detection/AlertListModel.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/Detector.h"
#include "models/detection/RuleLibrary.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/SeverityDelegate.h"
#include "ui/detection/AlertsView.h"
#include "ui/incidents/IncidentListPane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace ic;
using namespace ic::test;

class TestAlertsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_path;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        w->openSqliteFile(m_path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        return w;
    }

    static int rowOfRule(QTreeView *table, const QString &ruleName)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, AlertListModel::RuleColumn).data().toString() == ruleName)
                return r;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_settings.setPlaybookFolders({});
        // A rule folder with one rule file that cannot be used.
        const QString rules = m_dir.filePath(QStringLiteral("rules"));
        QVERIFY(QDir().mkpath(rules));
        QFile bad(QDir(rules).filePath(QStringLiteral("half-written.rule")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name: Half written\nseverity: P9\n");
        bad.close();
        m_settings.setDetectionRuleFolders({rules});

        m_path = m_dir.filePath(QStringLiteral("alerts.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            auto attacks = AttackRows(db, QDateTime::currentDateTimeUtc().addSecs(-900)).append();
            QVERIFY2(attacks.ok(),
                     qPrintable(attacks.ok() ? QString() : attacks.error().fullText()));
        }
        Db::close(name);
    }

    void runPromoteAndDismiss()
    {
        auto w = openWindow();
        QVERIFY(w);
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *view = qobject_cast<AlertsView *>(w->showPane(QStringLiteral("alertsView")));
        QVERIFY(tabs && view);
        tabs->setCurrentWidget(view);
        QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Alerts"));

        auto *table = view->findChild<QTreeView *>(QStringLiteral("alertsTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 0);
        auto *runNow = view->findChild<QPushButton *>(QStringLiteral("runNowButton"));
        QVERIFY(runNow->isEnabled());
        QSignalSpy passes(view->detector(), &Detector::passFinished);
        QTest::mouseClick(runNow, Qt::LeftButton);
        QVERIFY(passes.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 11, 10000);
        auto *status = view->findChild<QLabel *>(QStringLiteral("detectionStatusLabel"));
        QVERIFY2(status->text().contains(QLatin1String("11 new alert")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("1 rule file(s) could not be used")));

        // The rules tab: every rule ran, the broken file is named with its problem.
        auto *rulesTable = view->findChild<QTableWidget *>(QStringLiteral("rulesTable"));
        QTRY_COMPARE(rulesTable->rowCount(), 11);
        QTRY_VERIFY(rulesTable->item(0, 4)->text().startsWith(QLatin1String("OK")));
        auto *problems = view->findChild<QLabel *>(QStringLiteral("ruleProblemsLabel"));
        QVERIFY(problems->text().contains(QLatin1String("half-written.rule")));
        QVERIFY(problems->text().contains(QLatin1String("\"description:\" is missing")));

        // An alert's detail: severity in words, the suggested playbook, its rows.
        const int row = rowOfRule(table, QStringLiteral("Privilege escalation attempt"));
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("P1 High"));
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 1)).center());
        auto *facts = view->findChild<QLabel *>(QStringLiteral("alertFactsLabel"));
        QTRY_VERIFY(facts->text().contains(QLatin1String("Suggested playbook: Insider Threat")));
        QVERIFY(facts->text().contains(QLatin1String("Severity (suggested): P1 High")));
        auto *rows = view->findChild<QTableWidget *>(QStringLiteral("matchedRowsTable"));
        QTRY_COMPARE(rows->rowCount(), 2);
        QStringList events{rows->item(0, 2)->text(), rows->item(1, 2)->text()};
        QCOMPARE(events, (QStringList{QStringLiteral("privilege_escalation_attempt"),
                                      QStringLiteral("role_change")}));

        // Promote: the incident appears in the incident list and opens from the banner.
        auto *promote = view->findChild<QPushButton *>(QStringLiteral("promoteAlertButton"));
        QVERIFY(promote->isEnabled());
        QTest::mouseClick(promote, Qt::LeftButton);
        auto *banner = view->findChild<MessageBanner *>(QStringLiteral("alertsBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QLatin1String(
                                                            "is now the incident INC-")),
                                 20000);
        QVERIFY2(banner->text().contains(QLatin1String("\"Insider Threat\" is attached")) ||
                     banner->text().contains(QLatin1String("No playbook named")),
                 qPrintable(banner->text()));
        auto *incidents = w->findChild<IncidentListPane *>(QStringLiteral("incidentListPane"));
        QVERIFY(incidents);
        auto *incidentTable = incidents->findChild<QTableView *>(QStringLiteral("incidentTable"));
        QVERIFY(incidentTable);
        bool found = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < incidentTable->model()->rowCount(); ++r) {
                    for (int c = 0; c < incidentTable->model()->columnCount(); ++c) {
                        if (incidentTable->model()->index(r, c).data().toString() ==
                            QLatin1String("Privilege escalation attempt: User usr_t_priv"))
                            found = true;
                    }
                }
                return found;
            }(),
            10000);
        // The open list no longer holds it.
        QTRY_COMPARE(table->model()->rowCount(), 10);
        QCOMPARE(rowOfRule(table, QStringLiteral("Privilege escalation attempt")), -1);
        auto *open = banner->findChild<QPushButton *>(QStringLiteral("openPromotedIncidentButton"));
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QVERIFY(!incidents->currentIncidentId().isEmpty());
        // "Contain…" goes straight to the action palette on the new incident's user.
        auto *contain =
            banner->findChild<QPushButton *>(QStringLiteral("containPromotedIncidentButton"));
        QVERIFY(contain);
        QTest::mouseClick(contain, Qt::LeftButton);
        QListWidget *paletteList = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (paletteList = w->findChild<QListWidget *>(QStringLiteral("paletteList"))) &&
                paletteList->isVisible(),
            10000);
        QVERIFY(paletteList->count() > 0);
        // The first action (group titles above it cannot be chosen) is on that user.
        QListWidgetItem *first = nullptr;
        for (int i = 0; i < paletteList->count() && !first; ++i) {
            if (paletteList->item(i)->flags() & Qt::ItemIsSelectable)
                first = paletteList->item(i);
        }
        QVERIFY(first);
        QVERIFY2(first->text().contains(QLatin1String("usr_t_priv")), qPrintable(first->text()));
        QTest::keyClick(paletteList, Qt::Key_Escape);
        QTRY_VERIFY(!w->findChild<QListWidget *>(QStringLiteral("paletteList")) ||
                    !w->findChild<QListWidget *>(QStringLiteral("paletteList"))->isVisible());

        // Dismiss from the keyboard: an empty reason is refused and says why.
        tabs->setCurrentWidget(view);
        table->setFocus();
        const int spike = rowOfRule(table, QStringLiteral("Traffic spike from one IP address"));
        QVERIFY(spike >= 0);
        table->setCurrentIndex(table->model()->index(spike, 0));
        QTRY_COMPARE(rows->rowCount(), 320);
        auto *reason = view->findChild<QLineEdit *>(QStringLiteral("dismissReasonEdit"));
        QVERIFY(reason->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(banner->isVisible() && banner->text().contains(QLatin1String("Say why")));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QCOMPARE(table->model()->rowCount(), 10);
        QTest::keyClicks(reason, QStringLiteral("Load test from our own office"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 9, 10000);
        QVERIFY(reason->text().isEmpty());

        // Everything, with how each ended, written out.
        auto *filter = view->findChild<QComboBox *>(QStringLiteral("alertFilterCombo"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("All alerts")));
        QTRY_COMPARE(table->model()->rowCount(), 11);
        QStringList statuses;
        for (int r = 0; r < 11; ++r)
            statuses << table->model()->index(r, AlertListModel::StatusColumn).data().toString();
        QVERIFY2(statuses.contains(QStringLiteral("Dismissed: Load test from our own office")),
                 qPrintable(statuses.join(u'|')));
        QVERIFY(std::any_of(statuses.begin(), statuses.end(), [](const QString &s) {
            return s.startsWith(QLatin1String("Promoted to INC-"));
        }));
        QCOMPARE(statuses.count(QStringLiteral("Open")), 9);

        // A second Run Now finds nothing new.
        QTest::mouseClick(runNow, Qt::LeftButton);
        QVERIFY(passes.wait(60000));
        QTRY_VERIFY(status->text().contains(QLatin1String("0 new alert")));
        QCOMPARE(table->model()->rowCount(), 11);
    }

    // Two traffic-spike alerts (two addresses, one API key) grouped as one
    // line, suggested to be covered by the open incident naming that key,
    // linked to it from the keyboard, and the incident opened from the list.
    void groupLinkAndOpen()
    {
        const QString keyId = QStringLiteral("key_grouped");
        QString incidentId, incidentRef;
        QList<qint64> alertIds;
        {
            const QString name = QStringLiteral("triage-seed");
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            const QDateTime T = QDateTime::currentDateTimeUtc().addSecs(-300);
            AttackRows rows(db, T);
            QList<Detection> detections;
            for (const QString &ip :
                 {QStringLiteral("198.51.100.7"), QStringLiteral("198.51.100.8")}) {
                Detection d;
                d.subject = ip;
                d.rowIds << rows.insert(T, QStringLiteral("api_request"), {}, {}, keyId, ip, {}, {})
                                .value();
                d.matchedRows = 1;
                d.measure = 400;
                d.firstSeen = d.lastSeen = T;
                d.apiKeys = {keyId};
                detections << d;
            }
            const QList<Rule> rules = RuleLibrary::load({}, true).rules;
            const auto rule = std::find_if(rules.begin(), rules.end(), [](const Rule &r) {
                return r.id == QLatin1String("traffic-spike");
            });
            QVERIFY(rule != rules.end());
            QVERIFY(AlertRepository(db, T).record(*rule, detections).ok());
            const QList<Alert> open = AlertRepository(db, T).list({AlertStatus::Open}).value();
            for (const Alert &a : open) {
                if (a.affectedApiKeys.contains(keyId))
                    alertIds << a.id;
            }
            QCOMPARE(alertIds.size(), 2);
            NewIncident n;
            n.title = QStringLiteral("Spike from two addresses");
            n.severity = Severity::P1;
            n.affectedApiKeys = {keyId};
            auto created = IncidentRepository(db, T).create(n, QStringLiteral("casey.commander"));
            QVERIFY(created.ok());
            incidentId = created->id;
            incidentRef = created->ref;
        }
        Db::close(QStringLiteral("triage-seed"));

        auto w = openWindow();
        QVERIFY(w);
        w->resize(1366, 768);
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *view = qobject_cast<AlertsView *>(w->showPane(QStringLiteral("alertsView")));
        QVERIFY(tabs && view);
        tabs->setCurrentWidget(view);
        auto *table = view->findChild<QTreeView *>(QStringLiteral("alertsTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Severity painted as in the incident list.
        QVERIFY(dynamic_cast<SeverityDelegate *>(table->itemDelegate()));

        // One line for the two, with the count and both addresses.
        QAbstractItemModel *model = table->model();
        auto groupRow = [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(AlertListModel::GroupSizeRole).toInt() > 0 &&
                    model->index(r, AlertListModel::RuleColumn).data().toString() ==
                        QLatin1String("Traffic spike from one IP address"))
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(groupRow() >= 0, 10000);
        const int openLines = model->rowCount();
        const QModelIndex group = model->index(groupRow(), 0);
        QCOMPARE(group.data(AlertListModel::GroupSizeRole).toInt(), 2);
        QCOMPARE(model->rowCount(group), 2);
        const QModelIndex subjectsCell = group.siblingAtColumn(AlertListModel::SubjectColumn);
        const QString subjects = subjectsCell.data().toString();
        QVERIFY2(subjects.startsWith(u"2 × IP address: 198.51.100."), qPrintable(subjects));
        const QString allSubjects = subjectsCell.data(Qt::ToolTipRole).toString();
        QVERIFY2(allSubjects.contains(QLatin1String("198.51.100.7")) &&
                     allSubjects.contains(QLatin1String("198.51.100.8")),
                 qPrintable(allSubjects));
        // The open incident that names their key, suggested, with why.
        const QModelIndex incidentCell = group.siblingAtColumn(AlertListModel::IncidentColumn);
        QTRY_COMPARE(incidentCell.data().toString(), incidentRef + QStringLiteral(" ?"));
        QVERIFY(incidentCell.data(Qt::ToolTipRole).toString().contains(keyId));

        // Without grouping, one line per alert.
        auto *grouping = view->findChild<QCheckBox *>(QStringLiteral("alertGroupCheck"));
        QVERIFY(grouping && grouping->isChecked());
        grouping->setChecked(false);
        QCOMPARE(model->rowCount(), openLines + 1);
        grouping->setChecked(true);
        QCOMPARE(model->rowCount(), openLines);

        // The keyboard: Right opens the group, Down goes to its first alert.
        table->setFocus();
        table->setCurrentIndex(model->index(groupRow(), 0));
        QTest::keyClick(table, Qt::Key_Right);
        QVERIFY(table->isExpanded(model->index(groupRow(), 0)));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().parent().row(), groupRow());
        auto *title = view->findChild<QLabel *>(QStringLiteral("alertTitleLabel"));
        QTRY_VERIFY2(title->text().contains(QLatin1String("IP address 198.51.100.")),
                     qPrintable(title->text()));
        // Each subject is whole: its column is at least as wide as the text.
        const QModelIndex subjectCell =
            table->currentIndex().siblingAtColumn(AlertListModel::SubjectColumn);
        QVERIFY2(table->visualRect(subjectCell).width() >=
                     table->fontMetrics().horizontalAdvance(subjectCell.data().toString()),
                 qPrintable(QString::number(table->visualRect(subjectCell).width())));
        QCOMPARE(subjectCell.data(Qt::ToolTipRole).toString(), subjectCell.data().toString());

        // Back on the group: link both to the suggested incident (Ctrl+Shift+L).
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().siblingAtColumn(0), model->index(groupRow(), 0));
        auto *combo = view->findChild<QComboBox *>(QStringLiteral("linkIncidentCombo"));
        QTRY_COMPARE(combo->currentData().toString(), incidentId);
        auto *linkButton = view->findChild<QPushButton *>(QStringLiteral("linkAlertButton"));
        QVERIFY(linkButton->isEnabled());
        auto *banner = view->findChild<MessageBanner *>(QStringLiteral("alertsBanner"));
        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() &&
                banner->text().contains(
                    QStringLiteral("2 alert(s) are linked to %1").arg(incidentRef)),
            20000);
        // Gone from the open alerts; recorded on the alerts and the incident.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), openLines - 1, 10000);
        {
            const QString name = QStringLiteral("triage-check");
            QVERIFY(Db::open(ConnectionSpec::sqlite(m_path), name).ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            for (qint64 id : alertIds) {
                const Alert a =
                    AlertRepository(db, QDateTime::currentDateTimeUtc()).get(id).value();
                QCOMPARE(a.status, AlertStatus::Promoted);
                QCOMPARE(a.incidentId, incidentId);
            }
            const QList<IncidentEvent> events = EventLog::events(db, incidentId).value();
            QVERIFY(std::any_of(events.begin(), events.end(), [](const IncidentEvent &e) {
                return e.kind == QLatin1String("alert.linked");
            }));
        }
        Db::close(QStringLiteral("triage-check"));

        // Among all alerts the group names its incident; Enter there opens it.
        auto *filter = view->findChild<QComboBox *>(QStringLiteral("alertFilterCombo"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("All alerts")));
        QModelIndex linked;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < model->rowCount(); ++r) {
                    const QModelIndex cell = model->index(r, AlertListModel::IncidentColumn);
                    if (cell.data().toString() == incidentRef &&
                        cell.data(AlertListModel::IncidentStateRole).toInt() ==
                            int(AlertListModel::IncidentState::Linked))
                        linked = cell;
                }
                return linked.isValid();
            }(),
            10000);
        table->setFocus();
        table->setCurrentIndex(linked);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(tabs->currentIndex(), 0);
        auto *incidents = w->findChild<IncidentListPane *>(QStringLiteral("incidentListPane"));
        QTRY_COMPARE(incidents->currentIncidentId(), incidentId);
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
