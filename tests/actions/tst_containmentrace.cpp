// Exactly once, attacked: two runners racing one SQL containment action on
// a real PostgreSQL (held at the same point by a lock, then released
// together) act once; two actions blocking one address add one row; a
// runner whose claim was taken over cannot record its outcome over the new
// owner's; a claim is judged dead by process id only on the same workstation
// (installation and boot), not merely the same host name (a cloned VM).
#include "WorkspaceFixture.h"
#include "models/actions/Outbox.h"
#include "models/actions/SqlContainment.h"
#include "models/core/Workstation.h"
#include "models/incidents/IncidentRepository.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

#include <optional>
#include <thread>

using namespace ic;
using namespace ic::test;

class TestContainmentRace : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_platform;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");
    int m_n = 0;
    bool m_bothWaited = false;

    ActionRecord action(ActionKind kind, const QString &target)
    {
        ActionRecord a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.kind = kind;
        a.target = target;
        a.reason = QStringLiteral("Token seen from a Tor exit");
        a.backend = Backend::Sql;
        a.createdAt = m_now;
        return a;
    }

    int count(const QString &sql, const QVariantList &params = {})
    {
        const QString name = QStringLiteral("count-%1").arg(++m_n);
        int n = -1;
        {
            auto db = Db::open(m_platform, name);
            if (db)
                n = scalar(db.value(), sql, params).toInt();
        }
        Db::close(name);
        return n;
    }

    // Waits until `n` sessions of the app are waiting on a lock.
    bool waitForLockWaiters(PGconn *observer, int n)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            // The observer holds the blocking lock in an open transaction, and
            // pg_stat_activity is a snapshot taken once per transaction.
            PQclear(PQexec(observer, "SELECT pg_stat_clear_snapshot()"));
            PGresult *r =
                PQexec(observer, "SELECT count(*) FROM pg_stat_activity WHERE application_name "
                                 "LIKE 'incident-commander%' AND wait_event_type = 'Lock'");
            const int waiting =
                PQresultStatus(r) == PGRES_TUPLES_OK ? atoi(PQgetvalue(r, 0, 0)) : 0;
            PQclear(r);
            if (waiting >= n)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    // Runs `a` twice at once (or `a` and `b`), both held behind a lock the
    // test takes with `blockSql` until both wait, then released together.
    QList<Result<SqlOutcome>> race(const ActionRecord &a, const ActionRecord &b,
                                   const char *blockSql)
    {
        PGconn *blocker =
            PQconnectdb(m_ws.pg().conninfo(QStringLiteral("incidents")).toUtf8().constData());
        PQclear(PQexec(blocker, "BEGIN"));
        PGresult *held = PQexec(blocker, blockSql);
        const bool blocking =
            PQresultStatus(held) == PGRES_TUPLES_OK || PQresultStatus(held) == PGRES_COMMAND_OK;
        PQclear(held);
        const Error notRun = Error::make(Error::Kind::General, QStringLiteral("not run"));
        if (!blocking) {
            PQfinish(blocker);
            return {notRun, notRun};
        }
        std::optional<Result<SqlOutcome>> results[2];
        const ConnectionSpec spec = m_platform;
        const QDateTime now = m_now;
        auto runner = [spec, now, &results](int i, ActionRecord action) {
            const QString name = QStringLiteral("runner-%1").arg(i);
            {
                auto db = Db::open(spec, name);
                if (db)
                    results[i] = SqlContainment::execute(db.value(), action, QStringLiteral("alex"),
                                                         QStringLiteral("INC-1"), now);
            }
            Db::close(name);
        };
        std::thread first(runner, 0, a);
        std::thread second(runner, 1, b);
        // Both runs were held at once: otherwise this was no race.
        m_bothWaited = waitForLockWaiters(blocker, 2);
        PQclear(PQexec(blocker, "COMMIT"));
        first.join();
        second.join();
        PQfinish(blocker);
        return {results[0].value_or(notRun), results[1].value_or(notRun)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }

    void init()
    {
        auto spec = m_ws.create(QStringLiteral("postgres"));
        IC_VERIFY_OK(spec);
        m_platform = spec.value();
        m_platform.purpose = QStringLiteral("race");
        const QString name = QStringLiteral("seed-%1").arg(++m_n);
        {
            auto db = Db::open(m_platform, name);
            IC_VERIFY_OK(db);
            IC_VERIFY_OK(Workspace::ensurePlatformTables(db.value(), m_now));
            for (const char *sql :
                 {"TRUNCATE audit_logs, users, tenants, api_keys, sessions, blocked_ips RESTART "
                  "IDENTITY",
                  "INSERT INTO tenants (id, name, status, metadata) VALUES ('ten_n', 'Northwind', "
                  "'active', '{}')",
                  "INSERT INTO users (id, tenant_id, email, name, status) VALUES ('usr_alice', "
                  "'ten_n', 'alice@n.test', 'Alice', 'active')",
                  "INSERT INTO api_keys (id, tenant_id, user_id, name, prefix) VALUES ('key_a1', "
                  "'ten_n', 'usr_alice', 'ci', 'ak_1'), ('key_a2', 'ten_n', 'usr_alice', "
                  "'laptop', 'ak_2')"})
                IC_VERIFY_OK(Db::exec(db.value(), QString::fromLatin1(sql)));
        }
        Db::close(name);
    }

    void twoRunnersOfOneActionActOnce()
    {
        const ActionRecord a = action(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice"));
        // Both runs reach the UPDATE of api_keys and wait behind this row lock.
        const auto results =
            race(a, a, "SELECT id FROM api_keys WHERE user_id = 'usr_alice' FOR UPDATE");
        QVERIFY(m_bothWaited);
        for (const auto &r : results)
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE "
                                      "metadata->>'action_id' = ?"),
                       {a.id}),
                 1);
        QCOMPARE(int(results.at(0)->alreadyDone) + int(results.at(1)->alreadyDone), 1);
    }

    void twoBlocksOfOneAddressAddOneRow()
    {
        const QString ip = QStringLiteral("203.0.113.0/24");
        const ActionRecord a = action(ActionKind::BlockIp, ip);
        const ActionRecord b = action(ActionKind::BlockIp, ip);
        const auto results = race(a, b, "LOCK TABLE blocked_ips IN EXCLUSIVE MODE");
        QVERIFY(m_bothWaited);
        for (const auto &r : results)
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM blocked_ips WHERE ip = CAST(? AS "
                                      "inet)"),
                       {ip}),
                 1);
    }

    // A claim that has run out and been taken over: the first runner's late
    // outcome is refused, the new owner's row stays as it is.
    void lateOutcomeOfATakenOverClaimIsRefused()
    {
        const QString name = QStringLiteral("outbox-%1").arg(++m_n);
        {
            auto opened = Db::open(m_platform, name);
            IC_VERIFY_OK(opened);
            QSqlDatabase db = opened.value();
            NewIncident n;
            n.title = QStringLiteral("Token reuse");
            auto inc = IncidentRepository(db, m_now).create(n, QStringLiteral("alex"));
            IC_VERIFY_OK(inc);
            ActionRecord d = action(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice"));
            d.incidentId = inc->id;
            d.backend = Backend::Api;
            d.endpoint = QStringLiteral("https://admin.example.com");
            d.method = QStringLiteral("POST");
            d.path = QStringLiteral("/admin/users/usr_alice/revoke-all-tokens");
            IC_VERIFY_OK(Outbox::create(db, d, QStringLiteral("alex"), m_now));
            ActionClaim mine =
                ActionClaim::forThisProcess(QStringLiteral("app-A"), m_now.addSecs(10));
            IC_VERIFY_OK(Outbox::claim(db, d.id, mine, QStringLiteral("alex"), false, m_now));
            // A's claim runs out; B (another workstation) takes the action over.
            ActionClaim theirs;
            theirs.instance = QStringLiteral("app-B");
            theirs.host = QStringLiteral("elsewhere");
            theirs.pid = 1;
            theirs.until = m_now.addSecs(100);
            IC_VERIFY_OK(
                Outbox::claim(db, d.id, theirs, QStringLiteral("sam"), true, m_now.addSecs(20)));

            auto late = Outbox::finish(db, d.id, QStringLiteral("app-A"), ActionState::Failed,
                                       {403, {}, -1, QStringLiteral("refused")},
                                       QStringLiteral("alex"), m_now.addSecs(21));
            QVERIFY(!late.ok());
            QCOMPARE(late.error().kind, Error::Kind::Conflict);
            QVERIFY2(late.error().message.contains(QLatin1String("app-B")),
                     qPrintable(late.error().message));
            auto retry = Outbox::retryLater(
                db, d.id, QStringLiteral("app-A"), {500, {}, -1, QStringLiteral("HTTP 500")},
                m_now.addSecs(30), QStringLiteral("alex"), m_now.addSecs(21));
            QVERIFY(!retry.ok());
            auto row = Outbox::byId(db, d.id);
            IC_VERIFY_OK(row);
            QCOMPARE(row->state, ActionState::InFlight);
            QCOMPARE(row->claim.instance, QStringLiteral("app-B"));
            // The owner records its outcome.
            IC_VERIFY_OK(Outbox::finish(db, d.id, QStringLiteral("app-B"), ActionState::Succeeded,
                                        {200, {}, 2, QStringLiteral("Done")}, QStringLiteral("sam"),
                                        m_now.addSecs(22)));
        }
        Db::close(name);
    }

    // Same host name, other workstation (a cloned VM): its process ids mean
    // nothing here, so the claim holds until its lease runs out.
    void cloneWithTheSameHostNameKeepsItsClaim()
    {
        QProcess p;
        p.start(QStringLiteral("true"), {});
        p.waitForFinished();
        const qint64 dead = p.processId() ? p.processId() : 999999;

        ActionRecord r = action(ActionKind::SuspendUser, QStringLiteral("usr_alice"));
        r.claim.instance = QStringLiteral("clone@%1/abcd").arg(QHostInfo::localHostName());
        r.claim.host = QHostInfo::localHostName();
        r.claim.pid = dead;
        r.claim.until = m_now.addSecs(60);
        QVERIFY2(r.claimedByOther(QStringLiteral("me"), m_now),
                 "a claim from another workstation with this host name was judged dead");
        QVERIFY(!r.claimedByOther(QStringLiteral("me"), m_now.addSecs(61)));

        // This workstation's own crashed app: known dead at once.
        r.claim.host = Workstation::id();
        QVERIFY(!r.claimedByOther(QStringLiteral("me"), m_now));
        r.claim.pid = QCoreApplication::applicationPid();
        QVERIFY(r.claimedByOther(QStringLiteral("me"), m_now));
        QVERIFY(Workstation::id() != QHostInfo::localHostName());
        QCOMPARE(Workstation::id(), Workstation::id());
    }

    // An action's statements never outlive its claim.
    void nothingCommitsPastTheLease()
    {
        const ActionRecord a = action(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice"));
        const QString name = QStringLiteral("lease-%1").arg(++m_n);
        {
            auto db = Db::open(m_platform, name);
            IC_VERIFY_OK(db);
            auto r = SqlContainment::execute(db.value(), a, QStringLiteral("alex"),
                                             QStringLiteral("INC-1"), m_now, m_now);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("Nothing was changed")),
                     qPrintable(r.error().message));
        }
        Db::close(name);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE metadata->>'action_id' "
                                 "= ?"),
                  {a.id}),
            0);
    }
};

QTEST_GUILESS_MAIN(TestContainmentRace)
#include "tst_containmentrace.moc"
