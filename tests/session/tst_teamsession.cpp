// Two workstations on one team workspace (a real PostgreSQL), each with its
// own session and no window: what one writes reaches the other's session
// through the change feed, and the session passes each notice to what
// shows it — the incident list, the regulatory deadlines, whoever watches
// an incident or a workspace-wide table. After a lost listener everything
// is reloaded; edits made while the database is away wait in the journal.
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/DeadlineFeed.h"
#include "models/notify/NotifyStore.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/ChangeFeed.h"
#include "models/timeline/TimelineStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

class TestTeamSession : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    Settings m_settings;
    ConnectionProfile m_profile;

    std::unique_ptr<WorkspaceSession> open(bool createStore = false)
    {
        WorkspaceSession::Options options;
        options.heartbeatMs = 200;
        auto s = std::make_unique<WorkspaceSession>(m_profile, m_settings, nullptr, Clock::system(),
                                                    options);
        auto r = s->openAndWait({}, createStore);
        if (!r) {
            qWarning().noquote() << r.error().fullText();
            return nullptr;
        }
        if (!QTest::qWaitFor([&] { return s->changeFeed()->state() == ChangeFeed::State::Live; },
                             10000)) {
            qWarning() << "the change feed did not go live";
            return nullptr;
        }
        return s;
    }

    static bool announced(const QSignalSpy &spy, const QString &value)
    {
        for (const QList<QVariant> &args : spy) {
            if (args.first().toString() == value)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
        m_profile = ConnectionProfile::forPostgres(m_pg.spec(QStringLiteral("team")).pg);
        m_settings.setActorName(QStringLiteral("alex"));
        m_settings.setDetectionRuleFolders({});
    }

    void noticesReachTheModelsThatShowThem()
    {
        auto a = open(true);
        auto b = open();
        QVERIFY(a && b);
        QCOMPARE(b->identity().login, m_profile.store.user); // who the database knows
        QVERIFY(b->permissions().canEdit());

        // A new incident on A: B's incident list has it, without a reload by hand.
        QString id;
        NewIncident n;
        n.title = QStringLiteral("Opened on A");
        n.severity = Severity::P1;
        a->incidents()->create(n, [&](const Result<Incident> &r) { id = r ? r->id : QString(); });
        QTRY_VERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(b->incidentList()->incidentById(id), 5000);

        // An edit on A: B's list shows the new title (a refresh of that row).
        IncidentPatch p;
        p.title = QStringLiteral("Renamed on A");
        a->incidents()->update(id, 1, p);
        QTRY_COMPARE_WITH_TIMEOUT(b->incidentList()->incidentById(id)->title,
                                  QStringLiteral("Renamed on A"), 5000);

        // Something written on A's timeline: B announces that incident.
        QSignalSpy changed(b.get(), &WorkspaceSession::incidentChanged);
        a->timeline()->addEntry(id, QStringLiteral("Called the customer"), {});
        QTRY_VERIFY_WITH_TIMEOUT(announced(changed, id), 5000);

        // Facts answered on A settle which regulatory clocks apply: B's
        // deadlines reload, and its list shows a clock that is no longer
        // only possible ("conditional").
        QTRY_VERIFY_WITH_TIMEOUT(b->deadlines()->deadlines().value(id).isValid(), 5000);
        QVERIFY(b->deadlines()->deadlines().value(id).conditional);
        NotificationFacts facts;
        facts.incidentId = id;
        facts.personalData = true;
        facts.phi = false;
        facts.dataBreach = true;
        facts.jurisdictions = {QStringLiteral("DE"), QStringLiteral("US")};
        bool saved = false;
        a->notifications()->saveFacts(facts, [&](const Result<NotificationFacts> &r,
                                                 const NotificationFacts &) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        QTRY_VERIFY_WITH_TIMEOUT(!b->deadlines()->deadlines().value(id).conditional, 5000);
        QVERIFY(b->incidentList()->hasRegulatoryClocks());

        // A workspace-wide table changed elsewhere: B passes its name on.
        QSignalSpy tables(b.get(), &WorkspaceSession::tableChanged);
        QVERIFY(m_pg.execute(QStringLiteral("team"),
                             QStringLiteral("INSERT INTO ic_alerts (rule_id, rule_name, severity, "
                                            "subject_kind, subject, first_seen, last_seen, "
                                            "created_at, updated_at) VALUES ('elsewhere', "
                                            "'Raised elsewhere', 'P1', 'user', 'user-42', now(), "
                                            "now(), now(), now())"))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(announced(tables, QStringLiteral("ic_alerts")), 5000);
        QVERIFY(!announced(changed, QString())); // no full reload was needed

        // The listener's connection is killed: B reconnects and, since
        // notices may have been missed, everything reloads.
        changed.clear();
        tables.clear();
        QVERIFY(m_pg.execute(QStringLiteral("postgres"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE application_name = "
                                            "'incident-commander-listener'"))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(announced(changed, QString()), 15000);
        QVERIFY(announced(tables, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(b->changeFeed()->state(), ChangeFeed::State::Live, 15000);
    }

    void editsWhileTheDatabaseIsAwayWaitInTheJournal()
    {
        auto s = open();
        QVERIFY(s);
        QTRY_VERIFY(s->incidentList()->rowCount() > 0);
        const Incident first = *s->incidentList()->incident(0);
        QSignalSpy state(s.get(), &WorkspaceSession::connectionStateChanged);

        m_pg.stop();
        QTRY_COMPARE_WITH_TIMEOUT(s->changeFeed()->state(), ChangeFeed::State::Offline, 30000);
        QVERIFY(s->incidents()->isOffline());
        QVERIFY(!state.isEmpty());
        std::optional<Error> kept;
        IncidentPatch p;
        p.title = QStringLiteral("Renamed while offline");
        s->incidents()->update(
            first.id, first.version, p,
            [&](const Result<Incident> &r, const Incident &) { kept = r ? Error() : r.error(); });
        QTRY_VERIFY(kept.has_value());
        QCOMPARE(kept->kind, Error::Kind::Queued);
        QTRY_COMPARE(s->incidents()->waitingInJournal(), 1);

        QVERIFY(m_pg.resume().ok());
        QTRY_COMPARE_WITH_TIMEOUT(s->changeFeed()->state(), ChangeFeed::State::Live, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(s->incidents()->waitingInJournal(), 0, 15000);
        auto check = open();
        QVERIFY(check);
        QTRY_VERIFY(check->incidentList()->incidentById(first.id));
        QTRY_COMPARE(check->incidentList()->incidentById(first.id)->title,
                     QStringLiteral("Renamed while offline"));
    }
};

QTEST_GUILESS_MAIN(TestTeamSession)
#include "tst_teamsession.moc"
