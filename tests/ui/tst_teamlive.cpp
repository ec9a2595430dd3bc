// Two workstations on one team workspace: what one changes, the other sees at
// once (no refresh), with desktop notifications for a new incident and an
// assignment; the connection state is visible; muting works.
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/TrayNotifier.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace ic;
using ic::test::PgServer;

class TestTeamLive : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    Settings m_settings;
    SecretStore m_secrets;
    ConnectionProfile m_profile;

    std::unique_ptr<MainWindow> open()
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->openWorkspace(m_profile, {}, {}, true);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        return w;
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
        m_profile = ConnectionProfile::forPostgres(m_pg.spec(QStringLiteral("team")).pg);
        m_settings.setActorName(QStringLiteral("alex"));
    }

    void changesShowUpOnTheOtherWorkstation()
    {
        auto a = open();
        auto b = open();
        QVERIFY(a && b);
        auto *live = b->findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(live->text().contains(QLatin1String("Live")), 10000);
        QSignalSpy notified(b->notifier(), &TrayNotifier::notified);

        // A opens an incident as "dana": B lists it and notifies.
        a->incidentStore()->setActor(QStringLiteral("dana"));
        NewIncident n;
        n.title = QStringLiteral("Opened on workstation A");
        n.severity = Severity::P1;
        QString id;
        a->incidentStore()->create(n,
                                   [&](const Result<Incident> &r) { id = r ? r->id : QString(); });
        QTRY_VERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(b->incidentModel()->incidentById(id) != nullptr, 5000);
        QTRY_VERIFY(!notified.isEmpty());
        QVERIFY(notified.last().at(0).toString().startsWith(QLatin1String("New incident")));

        // A renames it and makes "alex" (B's user) the commander: B sees both.
        notified.clear();
        IncidentPatch p;
        p.title = QStringLiteral("Renamed on A");
        p.commander = QStringLiteral("alex");
        a->incidentStore()->update(id, 1, p);
        QTRY_COMPARE_WITH_TIMEOUT(b->incidentModel()->incidentById(id)->title,
                                  QStringLiteral("Renamed on A"), 5000);
        QCOMPARE(b->incidentModel()->incidentById(id)->commander, QStringLiteral("alex"));
        QTRY_VERIFY(!notified.isEmpty());
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("assigned to you")));

        // Muted: no more notifications for it.
        b->notifier()->setMuted(id, true);
        notified.clear();
        IncidentPatch q;
        q.commander = QStringLiteral("sam");
        a->incidentStore()->update(id, 2, q);
        QTRY_COMPARE_WITH_TIMEOUT(b->incidentModel()->incidentById(id)->commander,
                                  QStringLiteral("sam"), 5000);
        IncidentPatch back;
        back.commander = QStringLiteral("alex");
        a->incidentStore()->update(id, 3, back);
        QTRY_COMPARE_WITH_TIMEOUT(b->incidentModel()->incidentById(id)->commander,
                                  QStringLiteral("alex"), 5000);
        QTest::qWait(300);
        QVERIFY(notified.isEmpty());
    }
    void alertsAndPoliciesFromElsewhereArriveWithoutPolling()
    {
        auto b = open();
        QVERIFY(b);
        auto *live = b->findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(live->text().contains(QLatin1String("Live")), 10000);
        // Panes are built when first shown.
        QVERIFY(b->showPane(QStringLiteral("alertsView")));
        QVERIFY(b->showPane(QStringLiteral("escalationPane")));
        auto *alerts = b->findChild<QTreeView *>(QStringLiteral("alertsTable"));
        auto *policies = b->findChild<QComboBox *>(QStringLiteral("policyCombo"));
        QVERIFY(alerts && alerts->model() && policies);
        QTRY_VERIFY_WITH_TIMEOUT(policies->count() > 0, 10000);
        const int alertsBefore = alerts->model()->rowCount();
        const int policiesBefore = policies->count();

        // Another workstation's detector raises an alert; a team lead imports
        // a policy. Both show here in seconds, not at the next 30-second poll.
        QVERIFY(m_pg.execute(
                        QStringLiteral("team"),
                        QStringLiteral("INSERT INTO ic_alerts (rule_id, rule_name, severity, "
                                       "subject_kind, subject, first_seen, last_seen, created_at, "
                                       "updated_at) VALUES ('elsewhere', 'Raised elsewhere', 'P1', "
                                       "'user', 'user-42', now(), now(), now(), now())"))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(alerts->model()->rowCount(), alertsBefore + 1, 8000);
        QVERIFY(
            m_pg.execute(QStringLiteral("team"),
                         QStringLiteral(
                             "INSERT INTO ic_escalation_policies (name, markdown, "
                             "imported_at, imported_by) VALUES ('elsewhere', "
                             "E'# Elsewhere policy\\n\\n```mermaid\\ngraph TD\\n  A[On-call] --> "
                             "B[Lead]\\n```\\n', now(), 'dana')"))
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(policies->count() > policiesBefore, 8000);
    }
};

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
