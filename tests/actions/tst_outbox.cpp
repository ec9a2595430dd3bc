// The durable outbox on SQLite and PostgreSQL: every state change is one
// transaction with its timeline event, a claim held by a running app is
// respected and a crashed one's is not, a succeeded action is never sent or
// recorded over again, and unfinished actions are listed until the
// commander decides.
#include "WorkspaceFixture.h"
#include "models/actions/Outbox.h"
#include "models/incidents/IncidentRepository.h"
#include "models/timeline/EventLog.h"

#include <QHostInfo>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace ic;
using namespace ic::test;

class TestOutbox : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QSqlDatabase m_db;
    QString m_incident;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

    ActionRecord draft(ActionKind kind = ActionKind::RevokeUserTokens)
    {
        ActionRecord a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.incidentId = m_incident;
        a.kind = kind;
        a.target = QStringLiteral("usr_4f2a91c0");
        a.reason = QStringLiteral("Session reused after logout");
        a.backend = Backend::Api;
        a.endpoint = QStringLiteral("https://admin.example.com");
        a.method = QStringLiteral("POST");
        a.path = QStringLiteral("/admin/users/usr_4f2a91c0/revoke-all-tokens");
        a.body = QByteArrayLiteral("{\"reason\":\"Session reused after logout\"}");
        a.preview = QStringLiteral("preview text");
        a.expectedCount = 3;
        return a;
    }

    ActionClaim claimFor(const QString &instance, int leaseS = 120)
    {
        return ActionClaim::forThisProcess(instance, m_now.addSecs(leaseS));
    }

    QList<IncidentEvent> events()
    {
        auto e = EventLog::events(m_db, m_incident);
        return e ? e.value() : QList<IncidentEvent>();
    }

    static qint64 deadPid()
    {
        QProcess p;
        p.start(QStringLiteral("true"), {});
        p.waitForFinished();
        return p.processId() ? p.processId() : 999999;
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("outbox"));
        IC_VERIFY_OK(db);
        m_db = db.value();
        NewIncident n;
        n.title = QStringLiteral("Token reuse");
        n.detectedAt = m_now.addSecs(-600);
        auto inc =
            IncidentRepository(m_db, m_now.addSecs(-600)).create(n, QStringLiteral("detection"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        Db::close(QStringLiteral("outbox"));
    }

    void lifecycleIsRecordedStepByStep()
    {
        const ActionRecord d = draft();
        auto created = Outbox::create(m_db, d, QStringLiteral("alex"), m_now);
        IC_VERIFY_OK(created);
        auto row = Outbox::byId(m_db, d.id);
        IC_VERIFY_OK(row);
        QCOMPARE(row->state, ActionState::Pending);
        QCOMPARE(row->attempts, 0);
        QCOMPARE(row->body, d.body);
        QCOMPARE(row->expectedCount, 3);
        QCOMPARE(row->createdBy, QStringLiteral("alex"));
        QCOMPARE(row->createdAt, m_now);
        QCOMPARE(events().last().kind, QStringLiteral("action.requested"));
        QVERIFY(events().last().summary.contains(QLatin1String("Session reused after logout")));

        auto claimed = Outbox::claim(m_db, d.id, claimFor(QStringLiteral("me")),
                                     QStringLiteral("alex"), false, m_now);
        IC_VERIFY_OK(claimed);
        QCOMPARE(claimed->state, ActionState::InFlight);
        QCOMPARE(claimed->attempts, 1);
        QCOMPARE(Outbox::byId(m_db, d.id)->claim.instance, QStringLiteral("me"));
        const IncidentEvent attempt = events().last();
        QCOMPARE(attempt.kind, QStringLiteral("action.attempt"));
        QCOMPARE(attempt.details.value(QLatin1String("action_id")).toString(), d.id);
        QCOMPARE(attempt.details.value(QLatin1String("backend")).toString(), QStringLiteral("api"));
        QCOMPARE(attempt.details.value(QLatin1String("target")).toString(), d.target);
        QCOMPARE(attempt.details.value(QLatin1String("reason")).toString(), d.reason);
        QCOMPARE(attempt.details.value(QLatin1String("attempt")).toInt(), 1);
        QCOMPARE(attempt.actor, QStringLiteral("alex"));

        auto later =
            Outbox::retryLater(m_db, d.id, QStringLiteral("me"),
                               {500, QStringLiteral("srv-1"), -1, QStringLiteral("HTTP 500")},
                               m_now.addSecs(2), QStringLiteral("alex"), m_now);
        IC_VERIFY_OK(later);
        QCOMPARE(later->state, ActionState::Pending);
        QCOMPARE(Outbox::byId(m_db, d.id)->nextAttemptAt, m_now.addSecs(2));
        QCOMPARE(events().last().kind, QStringLiteral("action.retrying"));
        QCOMPARE(events().last().details.value(QLatin1String("http_status")).toInt(), 500);

        IC_VERIFY_OK(Outbox::claim(m_db, d.id, claimFor(QStringLiteral("me")),
                                   QStringLiteral("alex"), false, m_now.addSecs(2)));
        auto done = Outbox::finish(m_db, d.id, QStringLiteral("me"), ActionState::Succeeded,
                                   {200, QStringLiteral("srv-2"), 3, QStringLiteral("Done")},
                                   QStringLiteral("alex"), m_now.addSecs(3));
        IC_VERIFY_OK(done);
        row = Outbox::byId(m_db, d.id);
        QCOMPARE(row->state, ActionState::Succeeded);
        QCOMPARE(row->attempts, 2);
        QCOMPARE(row->httpStatus, 200);
        QCOMPARE(row->requestId, QStringLiteral("srv-2"));
        QCOMPARE(row->affectedCount, 3);
        QCOMPARE(row->finishedAt, m_now.addSecs(3));
        QVERIFY(row->claim.instance.isEmpty());
        const IncidentEvent success = events().last();
        QCOMPARE(success.kind, QStringLiteral("action.succeeded"));
        QVERIFY2(success.summary.contains(QLatin1String("HTTP 200")) &&
                     success.summary.contains(QLatin1String("srv-2")),
                 qPrintable(success.summary));
        QCOMPARE(success.details.value(QLatin1String("request_id")).toString(),
                 QStringLiteral("srv-2"));

        // Succeeded is final: not sent again, not recorded over.
        QCOMPARE(Outbox::claim(m_db, d.id, claimFor(QStringLiteral("me")), QStringLiteral("alex"),
                               true, m_now)
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        QVERIFY(!Outbox::finish(m_db, d.id, QStringLiteral("me"), ActionState::Failed, {},
                                QStringLiteral("alex"), m_now)
                     .ok());
        QVERIFY(
            !Outbox::dismiss(m_db, d.id, QStringLiteral("me"), {}, QStringLiteral("alex"), m_now)
                 .ok());
        QCOMPARE(Outbox::byId(m_db, d.id)->state, ActionState::Succeeded);

        QStringList kinds;
        for (const IncidentEvent &e : events())
            kinds << e.kind;
        QCOMPARE(kinds.mid(kinds.indexOf(QStringLiteral("action.requested"))),
                 (QStringList{QStringLiteral("action.requested"), QStringLiteral("action.attempt"),
                              QStringLiteral("action.retrying"), QStringLiteral("action.attempt"),
                              QStringLiteral("action.succeeded")}));
        auto verified = EventLog::verify(m_db, m_incident);
        IC_VERIFY_OK(verified);
        QVERIFY(verified->intact);
    }

    void unknownOutcomeIsNotFailure()
    {
        const ActionRecord d = draft(ActionKind::SuspendTenant);
        IC_VERIFY_OK(Outbox::create(m_db, d, QStringLiteral("alex"), m_now));
        IC_VERIFY_OK(Outbox::claim(m_db, d.id, claimFor(QStringLiteral("me")),
                                   QStringLiteral("alex"), false, m_now));
        auto r = Outbox::finish(m_db, d.id, QStringLiteral("me"), ActionState::Unknown,
                                {0, {}, -1, QStringLiteral("No answer within 30 s")},
                                QStringLiteral("alex"), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->state, ActionState::Unknown);
        QVERIFY(!r->finishedAt.isValid());
        QVERIFY(r->needsAttention());
        QCOMPARE(events().last().kind, QStringLiteral("action.outcome_unknown"));
        QVERIFY(events().last().summary.contains(QLatin1String("same Idempotency-Key")));
        // The commander may resume it: the same row, the same key.
        auto again = Outbox::claim(m_db, d.id, claimFor(QStringLiteral("later")),
                                   QStringLiteral("sam"), true, m_now.addSecs(60));
        IC_VERIFY_OK(again);
        QCOMPARE(again->id, d.id);
        QCOMPARE(again->attempts, 2);
        QVERIFY(events().last().summary.startsWith(QLatin1String("Resumed")));
        QCOMPARE(events().last().actor, QStringLiteral("sam"));
    }

    void claimsOfRunningAppsAreRespected()
    {
        const ActionRecord d = draft();
        IC_VERIFY_OK(Outbox::create(m_db, d, QStringLiteral("alex"), m_now));
        // This process holds it (alive, on this host): another app may not take it.
        IC_VERIFY_OK(Outbox::claim(m_db, d.id, claimFor(QStringLiteral("app-A")),
                                   QStringLiteral("alex"), false, m_now));
        auto refused = Outbox::claim(m_db, d.id, claimFor(QStringLiteral("app-B")),
                                     QStringLiteral("sam"), true, m_now);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("app-A")),
                 qPrintable(refused.error().message));
        QVERIFY(
            !Outbox::dismiss(m_db, d.id, QStringLiteral("app-B"), {}, QStringLiteral("sam"), m_now)
                 .ok());
        QCOMPARE(Outbox::byId(m_db, d.id)->attempts, 1);

        // A crashed app on this host: its claim is void at once.
        auto exec =
            Db::exec(m_db, QStringLiteral("UPDATE ic_actions SET claimed_pid = ? WHERE id = ?"),
                     {deadPid(), d.id});
        IC_VERIFY_OK(exec);
        IC_VERIFY_OK(Outbox::claim(m_db, d.id, claimFor(QStringLiteral("app-B")),
                                   QStringLiteral("sam"), true, m_now));

        // Another host: its lease counts, until it runs out.
        exec = Db::exec(m_db,
                        QStringLiteral("UPDATE ic_actions SET claimed_by = 'app-C', claimed_host = "
                                       "'elsewhere', claimed_pid = 1 WHERE id = ?"),
                        {d.id});
        IC_VERIFY_OK(exec);
        QVERIFY(!Outbox::claim(m_db, d.id, claimFor(QStringLiteral("app-B")), QStringLiteral("sam"),
                               true, m_now.addSecs(60))
                     .ok());
        IC_VERIFY_OK(Outbox::claim(m_db, d.id, claimFor(QStringLiteral("app-B")),
                                   QStringLiteral("sam"), true, m_now.addSecs(121)));
    }

    void unfinishedAreListedUntilDecided()
    {
        const ActionRecord pending = draft();
        const ActionRecord inFlight = draft(ActionKind::LogoutUserSessions);
        const ActionRecord unknown = draft(ActionKind::SuspendUser);
        const ActionRecord failed = draft(ActionKind::BlockIp);
        for (const ActionRecord &a : {pending, inFlight, unknown, failed})
            IC_VERIFY_OK(Outbox::create(m_db, a, QStringLiteral("alex"), m_now));
        for (const ActionRecord &a : {inFlight, unknown, failed})
            IC_VERIFY_OK(Outbox::claim(m_db, a.id, claimFor(QStringLiteral("gone"), 0),
                                       QStringLiteral("alex"), false, m_now));
        IC_VERIFY_OK(Outbox::finish(m_db, unknown.id, QStringLiteral("gone"), ActionState::Unknown,
                                    {}, QStringLiteral("alex"), m_now));
        IC_VERIFY_OK(Outbox::finish(m_db, failed.id, QStringLiteral("gone"), ActionState::Failed,
                                    {}, QStringLiteral("alex"), m_now));

        auto list = Outbox::needingAttention(m_db);
        IC_VERIFY_OK(list);
        QStringList ids;
        for (const ActionRecord &a : list.value())
            ids << a.id;
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()),
                 (QSet<QString>{pending.id, inFlight.id, unknown.id}));

        auto dismissed = Outbox::dismiss(m_db, unknown.id, QStringLiteral("me"),
                                         QStringLiteral("Checked on the platform: done"),
                                         QStringLiteral("priya"), m_now.addSecs(5));
        IC_VERIFY_OK(dismissed);
        QCOMPARE(dismissed->dismissedBy, QStringLiteral("priya"));
        QCOMPARE(events().last().kind, QStringLiteral("action.dismissed"));
        QVERIFY(events().last().summary.contains(QLatin1String("Checked on the platform: done")));
        QCOMPARE(Outbox::needingAttention(m_db)->size(), 2);
        QCOMPARE(Outbox::forIncident(m_db, m_incident)->size(), 4);
    }

    void theSchemaRefusesNonsense()
    {
        ActionRecord d = draft();
        d.reason.clear();
        QVERIFY2(!Outbox::create(m_db, d, QStringLiteral("alex"), m_now).ok(),
                 "an empty reason is refused by the table too");
        d = draft();
        d.incidentId = QStringLiteral("no-such-incident");
        QVERIFY(!Outbox::create(m_db, d, QStringLiteral("alex"), m_now).ok());
        QVERIFY(Outbox::forIncident(m_db, m_incident)->isEmpty());

        d = draft();
        IC_VERIFY_OK(Outbox::create(m_db, d, QStringLiteral("alex"), m_now));
        IC_VERIFY_OK(Db::exec(
            m_db, QStringLiteral("UPDATE ic_actions SET kind = 'user.teleport' WHERE id = ?"),
            {d.id}));
        auto r = Outbox::byId(m_db, d.id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NewerVersion);
        QVERIFY(r.error().message.contains(QLatin1String("user.teleport")));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
