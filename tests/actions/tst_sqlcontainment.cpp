// The direct-SQL backend on SQLite and PostgreSQL platform tables: each
// action changes exactly what the preview counted and writes the matching
// audit_logs record in the same transaction; an unknown subject changes
// nothing; a failure rolls everything back; a second run of the same action
// finds its own audit row and does not act again.
#include "WorkspaceFixture.h"
#include "models/actions/SqlContainment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace ic;
using namespace ic::test;

class TestSqlContainment : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QSqlDatabase m_db;
    bool m_pg = false;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");
    const QString Reason = QStringLiteral("Token seen from a Tor exit; O'Brien's laptop");

    void exec(const QString &sql, const QVariantList &params = {})
    {
        auto r = Db::exec(m_db, sql, params);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString()
                                           : r.error().fullText() + QStringLiteral("\n") + sql));
    }

    QVariant one(const QString &sql, const QVariantList &params = {})
    {
        return scalar(m_db, sql, params);
    }

    ActionRecord action(ActionKind kind, const QString &target)
    {
        ActionRecord a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.kind = kind;
        a.target = target;
        a.reason = Reason;
        a.backend = Backend::Sql;
        a.createdAt = m_now;
        return a;
    }

    QJsonObject auditMetadata(const QString &actionId)
    {
        const QString sql =
            m_pg ? QStringLiteral(
                       "SELECT metadata::text FROM audit_logs WHERE metadata->>'action_id' = ?")
                 : QStringLiteral("SELECT metadata FROM audit_logs WHERE json_extract(metadata, "
                                  "'$.action_id') = ?");
        return QJsonDocument::fromJson(one(sql, {actionId}).toString().toUtf8()).object();
    }

    int auditRows(const QString &actionId)
    {
        const QString sql =
            m_pg
                ? QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE metadata->>'action_id' = ?")
                : QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE json_extract(metadata, "
                                 "'$.action_id') = ?");
        return one(sql, {actionId}).toInt();
    }

    QString text(const QString &sql, const QVariantList &params = {})
    {
        return one(sql, params).toString();
    }

    Result<SqlOutcome> run(const ActionRecord &a, const QDateTime &at)
    {
        return SqlContainment::execute(m_db, a, QStringLiteral("alex"),
                                       QStringLiteral("INC-2026-002"), at);
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
        m_pg = engine == QLatin1String("postgres");
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("platform"));
        IC_VERIFY_OK(db);
        m_db = db.value();
        IC_VERIFY_OK(Workspace::ensurePlatformTables(m_db, m_now));
        if (m_pg) {
            exec(QStringLiteral("DROP TRIGGER IF EXISTS no_suspend ON audit_logs"));
            exec(QStringLiteral("TRUNCATE audit_logs, users, tenants, api_keys, sessions, "
                                "blocked_ips RESTART IDENTITY"));
        }
        const QString old = Db::isPostgres(m_db) ? QStringLiteral("2026-01-01 00:00:00+00")
                                                 : QStringLiteral("2026-01-01 00:00:00.000");
        exec(QStringLiteral("INSERT INTO tenants (id, name, status, metadata) VALUES "
                            "('ten_northwind', 'Northwind Traders', 'active', '{}'), "
                            "('ten_initech', 'Initech', 'active', '{\"region\": \"eu-west-1\"}'), "
                            "('ten_umbrella', 'Umbrella Health', 'suspended', "
                            "'{\"suspension_reason\": \"old breach\"}')"));
        exec(QStringLiteral(
            "INSERT INTO users (id, tenant_id, email, name, status) VALUES "
            "('usr_alice', 'ten_northwind', 'alice@northwind.test', 'Alice Doe', 'active'), "
            "('usr_bob', 'ten_northwind', 'bob@northwind.test', 'Bob Roe', 'active'), "
            "('usr_carol', 'ten_initech', 'carol@initech.test', 'Carol Poe', 'active')"));
        exec(QStringLiteral(
                 "INSERT INTO api_keys (id, tenant_id, user_id, name, prefix, revoked_at, "
                 "revoked_reason) VALUES "
                 "('key_a1', 'ten_northwind', 'usr_alice', 'ci', 'ak_1', NULL, NULL), "
                 "('key_a2', 'ten_northwind', 'usr_alice', 'laptop', 'ak_2', NULL, NULL), "
                 "('key_a3', 'ten_northwind', 'usr_alice', 'old', 'ak_3', ?, 'rotated'), "
                 "('key_b1', 'ten_northwind', 'usr_bob', 'backend', 'bk_1', NULL, NULL), "
                 "('key_c1', 'ten_initech', 'usr_carol', 'etl', 'ck_1', NULL, NULL), "
                 "('key_c2', 'ten_initech', NULL, 'service', 'ck_2', NULL, NULL)"),
             {old});
        exec(QStringLiteral("INSERT INTO sessions (id, user_id, tenant_id, ip, logged_out_at, "
                            "revoked_at) VALUES "
                            "('s1', 'usr_alice', 'ten_northwind', '185.220.101.4', NULL, NULL), "
                            "('s2', 'usr_alice', 'ten_northwind', '10.0.0.2', ?, NULL), "
                            "('s3', 'usr_bob', 'ten_northwind', '10.0.0.3', NULL, NULL), "
                            "('s4', 'usr_carol', 'ten_initech', '10.0.0.4', NULL, NULL), "
                            "('s5', 'usr_carol', 'ten_initech', '10.0.0.5', NULL, ?)"),
             {old, old});
        exec(QStringLiteral("INSERT INTO blocked_ips (ip, reason, blocked_at) VALUES "
                            "('198.51.100.9', 'earlier', ?)"),
             {old});
        exec(QStringLiteral("INSERT INTO audit_logs (event, user_id, tenant_id, metadata) VALUES "
                            "('login', 'usr_alice', 'ten_northwind', '{}')"));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        Db::close(QStringLiteral("platform"));
    }

    void revokeAllTokensOfUser()
    {
        auto info = SqlContainment::inspect(m_db, ActionKind::RevokeUserTokens,
                                            QStringLiteral("usr_alice"), m_now);
        IC_VERIFY_OK(info);
        QCOMPARE(info->total, 3);
        QCOMPARE(info->counts, (QStringList{QStringLiteral("2 active API key(s) revoked"),
                                            QStringLiteral("1 open session(s) revoked")}));
        QVERIFY(info->description.contains(QLatin1String("alice@northwind.test")));

        const ActionRecord a = action(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice"));
        auto r = run(a, m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 3);
        QVERIFY(!r->alreadyDone);
        QVERIFY2(r->summary.contains(QLatin1String("2 api_keys")) &&
                     r->summary.contains(QLatin1String("1 sessions")),
                 qPrintable(r->summary));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE user_id = 'usr_alice' AND "
                                    "revoked_at IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(Db::readTime(
                     one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_a1'"))),
                 m_now);
        QCOMPARE(text(QStringLiteral("SELECT revoked_reason FROM api_keys WHERE id = 'key_a2'")),
                 Reason);
        QCOMPARE(text(QStringLiteral("SELECT revoked_reason FROM api_keys WHERE id = 'key_a3'")),
                 QStringLiteral("rotated"));
        QVERIFY(!one(QStringLiteral("SELECT revoked_at FROM sessions WHERE id = 's1'")).isNull());
        QVERIFY(one(QStringLiteral("SELECT revoked_at FROM sessions WHERE id = 's2'")).isNull());
        QVERIFY(
            one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_b1'")).isNull());

        QCOMPARE(auditRows(a.id), 1);
        QCOMPARE(
            text(QStringLiteral(
                "SELECT event FROM audit_logs WHERE user_id = 'usr_alice' AND event <> 'login'")),
            QStringLiteral("user_tokens_revoked"));
        const QJsonObject m = auditMetadata(a.id);
        QCOMPARE(m.value(QLatin1String("reason")).toString(), Reason);
        QCOMPARE(m.value(QLatin1String("actor")).toString(), QStringLiteral("alex"));
        QCOMPARE(m.value(QLatin1String("revoked_by")).toString(), QStringLiteral("alex"));
        QCOMPARE(m.value(QLatin1String("incident")).toString(), QStringLiteral("INC-2026-002"));
        QCOMPARE(m.value(QLatin1String("affected")).toInt(), 3);
        QCOMPARE(m.value(QLatin1String("changes")).toObject(),
                 (QJsonObject{{QStringLiteral("api_keys"), 2}, {QStringLiteral("sessions"), 1}}));
    }

    void logoutAllSessions()
    {
        QCOMPARE(SqlContainment::inspect(m_db, ActionKind::LogoutUserSessions,
                                         QStringLiteral("usr_alice"), m_now)
                     ->total,
                 1);
        auto r = run(action(ActionKind::LogoutUserSessions, QStringLiteral("usr_alice")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 1);
        QCOMPARE(
            Db::readTime(one(QStringLiteral("SELECT logged_out_at FROM sessions WHERE id = 's1'"))),
            m_now);
        QVERIFY(
            one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_a1'")).isNull());
    }

    void suspendUserAndRevokeAllAccess()
    {
        auto r = run(action(ActionKind::SuspendUser, QStringLiteral("usr_bob")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 1);
        QCOMPARE(text(QStringLiteral("SELECT status FROM users WHERE id = 'usr_bob'")),
                 QStringLiteral("suspended"));
        auto info = SqlContainment::inspect(m_db, ActionKind::SuspendUser,
                                            QStringLiteral("usr_bob"), m_now);
        QCOMPARE(info->total, 0);
        QVERIFY(info->notes.join(QString()).contains(QLatin1String("already suspended")));

        info = SqlContainment::inspect(m_db, ActionKind::RevokeUserAccess,
                                       QStringLiteral("usr_alice"), m_now);
        QCOMPARE(info->total, 4); // the user, 2 keys, 1 session
        r = run(action(ActionKind::RevokeUserAccess, QStringLiteral("usr_alice")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 4);
        QCOMPARE(text(QStringLiteral("SELECT status FROM users WHERE id = 'usr_alice'")),
                 QStringLiteral("suspended"));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE user_id = 'usr_alice' AND "
                                    "revoked_at IS NULL"))
                     .toInt(),
                 0);
    }

    void suspendRevokeAndRestoreTenant()
    {
        auto info = SqlContainment::inspect(m_db, ActionKind::RevokeTenantTokens,
                                            QStringLiteral("ten_initech"), m_now);
        QCOMPARE(info->total, 3); // key_c1, key_c2, s4
        auto r = run(action(ActionKind::RevokeTenantTokens, QStringLiteral("ten_initech")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 3);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE tenant_id = 'ten_initech' "
                                    "AND revoked_at IS NULL"))
                     .toInt(),
                 0);

        const ActionRecord suspend =
            action(ActionKind::SuspendTenant, QStringLiteral("ten_initech"));
        r = run(suspend, m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 1);
        QCOMPARE(text(QStringLiteral("SELECT status FROM tenants WHERE id = 'ten_initech'")),
                 QStringLiteral("suspended"));
        const QJsonObject meta =
            QJsonDocument::fromJson(
                text(m_pg ? QStringLiteral(
                                "SELECT metadata::text FROM tenants WHERE id = 'ten_initech'")
                          : QStringLiteral("SELECT metadata FROM tenants WHERE id = 'ten_initech'"))
                    .toUtf8())
                .object();
        QCOMPARE(meta.value(QLatin1String("suspension_reason")).toString(), Reason);
        QCOMPARE(meta.value(QLatin1String("region")).toString(),
                 QStringLiteral("eu-west-1")); // the rest kept
        QCOMPARE(text(QStringLiteral(
                     "SELECT tenant_id FROM audit_logs WHERE event = 'tenant_suspended'")),
                 QStringLiteral("ten_initech"));

        r = run(action(ActionKind::RestoreTenant, QStringLiteral("ten_umbrella")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 1);
        QCOMPARE(text(QStringLiteral("SELECT status FROM tenants WHERE id = 'ten_umbrella'")),
                 QStringLiteral("active"));
        const QJsonObject restored =
            QJsonDocument::fromJson(
                text(m_pg
                         ? QStringLiteral(
                               "SELECT metadata::text FROM tenants WHERE id = 'ten_umbrella'")
                         : QStringLiteral("SELECT metadata FROM tenants WHERE id = 'ten_umbrella'"))
                    .toUtf8())
                .object();
        QVERIFY(!restored.contains(QLatin1String("suspension_reason")));
        QCOMPARE(restored.value(QLatin1String("restore_reason")).toString(), Reason);
        // Restoring an active tenant changes nothing but is still recorded.
        QCOMPARE(SqlContainment::inspect(m_db, ActionKind::RestoreTenant,
                                         QStringLiteral("ten_northwind"), m_now)
                     ->total,
                 0);
    }

    void revokeApiKeyAsThePlaybookSays()
    {
        const ActionRecord a = action(ActionKind::RevokeApiKey, QStringLiteral("key_b1"));
        auto r = run(a, m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 1);
        QCOMPARE(text(QStringLiteral("SELECT revoked_reason FROM api_keys WHERE id = 'key_b1'")),
                 Reason);
        QCOMPARE(text(QStringLiteral("SELECT event FROM audit_logs WHERE api_key_id = 'key_b1'")),
                 QStringLiteral("api_key_revoked"));
        QCOMPARE(auditMetadata(a.id).value(QLatin1String("revoked_by")).toString(),
                 QStringLiteral("alex"));
        auto again = SqlContainment::inspect(m_db, ActionKind::RevokeApiKey,
                                             QStringLiteral("key_b1"), m_now);
        QCOMPARE(again->total, 0);
        QVERIFY(again->notes.join(QString()).contains(QLatin1String("already revoked")));
    }

    void blockIpOrNetwork()
    {
        const auto network = SqlContainment::inspect(m_db, ActionKind::BlockIp,
                                                     QStringLiteral("203.0.113.0/24"), m_now);
        QCOMPARE(network->total, 1);
        // The preview says how many addresses a network block covers.
        QVERIFY2(network->counts.join(QLatin1Char('\n')).contains(QLatin1String("256 addresses")),
                 qPrintable(network->counts.join(QLatin1Char('\n'))));
        auto r = run(action(ActionKind::BlockIp, QStringLiteral("203.0.113.0/24")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 1);
        QCOMPARE(text(m_pg ? QStringLiteral(
                                 "SELECT reason FROM blocked_ips WHERE ip = '203.0.113.0/24'::inet")
                           : QStringLiteral(
                                 "SELECT reason FROM blocked_ips WHERE ip = '203.0.113.0/24'")),
                 Reason);
        QCOMPARE(
            text(QStringLiteral("SELECT blocked_by FROM blocked_ips WHERE reason = ?"), {Reason}),
            QStringLiteral("alex"));
        QCOMPARE(text(m_pg
                          ? QStringLiteral("SELECT host(ip) || '/' || masklen(ip) FROM audit_logs "
                                           "WHERE event = 'ip_blocked'")
                          : QStringLiteral("SELECT ip FROM audit_logs WHERE event = 'ip_blocked'")),
                 QStringLiteral("203.0.113.0/24"));
        // Already blocked: no second entry.
        auto info = SqlContainment::inspect(m_db, ActionKind::BlockIp,
                                            QStringLiteral("198.51.100.9"), m_now);
        QCOMPARE(info->total, 0);
        r = run(action(ActionKind::BlockIp, QStringLiteral("198.51.100.9")), m_now);
        IC_VERIFY_OK(r);
        QCOMPARE(r->affected, 0);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM blocked_ips")).toInt(), 2);
    }

    void unknownSubjectChangesNothing()
    {
        const int before = one(QStringLiteral("SELECT COUNT(*) FROM audit_logs")).toInt();
        auto info = SqlContainment::inspect(m_db, ActionKind::SuspendUser,
                                            QStringLiteral("usr_ghost"), m_now);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::NotFound);
        QVERIFY2(info.error().message.contains(QLatin1String("usr_ghost")) &&
                     info.error().message.contains(QLatin1String("Nothing was sent")),
                 qPrintable(info.error().message));
        auto r = run(action(ActionKind::SuspendUser, QStringLiteral("usr_ghost")), m_now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(!run(action(ActionKind::RevokeApiKey, QStringLiteral("key_ghost")), m_now).ok());
        QVERIFY(!run(action(ActionKind::SuspendTenant, QStringLiteral("ten_ghost")), m_now).ok());
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_logs")).toInt(), before);
    }

    void valuesAreBoundNeverPasted()
    {
        ActionRecord a = action(ActionKind::SuspendTenant, QStringLiteral("ten_northwind"));
        a.reason = QStringLiteral("x'); DROP TABLE users; --");
        IC_VERIFY_OK(run(a, m_now));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 3);
        QCOMPARE(auditMetadata(a.id).value(QLatin1String("reason")).toString(), a.reason);
    }

    void aFailureRollsEverythingBack()
    {
        if (m_pg) {
            exec(QStringLiteral(
                "CREATE OR REPLACE FUNCTION no_suspend() RETURNS trigger AS $$ BEGIN "
                "IF NEW.event = 'user_suspended' THEN RAISE EXCEPTION 'audit refused'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"));
            exec(QStringLiteral("CREATE TRIGGER no_suspend BEFORE INSERT ON audit_logs FOR EACH "
                                "ROW EXECUTE FUNCTION no_suspend()"));
        } else {
            // The app's SQLite connections run no triggers (a workspace file
            // may come from anyone): the audit insert fails on a unique index.
            exec(QStringLiteral("INSERT INTO audit_logs (event, metadata) VALUES "
                                "('user_suspended', '{}')"));
            exec(QStringLiteral("CREATE UNIQUE INDEX no_suspend ON audit_logs (event) WHERE "
                                "event = 'user_suspended'"));
        }
        auto r = run(action(ActionKind::SuspendUser, QStringLiteral("usr_bob")), m_now);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QLatin1String(m_pg ? "audit refused" : "UNIQUE")),
                 qPrintable(r.error().fullText()));
        // The UPDATE before the failed audit insert did not stay.
        QCOMPARE(text(QStringLiteral("SELECT status FROM users WHERE id = 'usr_bob'")),
                 QStringLiteral("active"));
        if (m_pg)
            exec(QStringLiteral("DROP TRIGGER no_suspend ON audit_logs"));
        else
            exec(QStringLiteral("DROP INDEX no_suspend"));
    }

    void aSecondRunFindsTheFirst()
    {
        // A crash after the platform committed but before the outbox heard:
        // the resumed action must not revoke again.
        const ActionRecord a = action(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice"));
        IC_VERIFY_OK(run(a, m_now));
        exec(QStringLiteral("INSERT INTO api_keys (id, tenant_id, user_id, name) VALUES ('key_a9', "
                            "'ten_northwind', 'usr_alice', 'new')"));
        auto second = run(a, m_now.addSecs(600));
        IC_VERIFY_OK(second);
        QVERIFY(second->alreadyDone);
        QCOMPARE(second->affected, 3);
        QVERIFY(second->summary.contains(QLatin1String("not run again")));
        QCOMPARE(auditRows(a.id), 1);
        QCOMPARE(Db::readTime(
                     one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_a1'"))),
                 m_now);
        QVERIFY(
            one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_a9'")).isNull());
        // Another action (a new id) does act.
        IC_VERIFY_OK(run(action(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice")),
                         m_now.addSecs(700)));
        QVERIFY(
            !one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_a9'")).isNull());
    }

    void previewShowsTheStatements()
    {
        ActionRecord a = action(ActionKind::RevokeApiKey, QStringLiteral("key_b1"));
        const QString sql = SqlContainment::describe(Db::engine(m_db), a, QStringLiteral("alex"));
        QVERIFY2(sql.contains(QLatin1String(
                     "UPDATE api_keys SET revoked_at = 'now', revoked_reason = "
                     "'Token seen from a Tor exit; O''Brien''s laptop' WHERE id = 'key_b1'")),
                 qPrintable(sql));
        QVERIFY(sql.contains(QLatin1String("INSERT INTO audit_logs")));
        QVERIFY(sql.startsWith(QLatin1String("BEGIN;")) && sql.endsWith(QLatin1String("COMMIT;")));
    }

    void withoutPlatformTables()
    {
        QFETCH_GLOBAL(QString, engine);
        if (m_pg)
            QSKIP("the shared PostgreSQL test database has the platform tables; SQLite shows the "
                  "rule");
        auto spec = m_ws.create(engine);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("bare"));
        IC_VERIFY_OK(db);
        auto r = SqlContainment::inspect(db.value(), ActionKind::SuspendUser,
                                         QStringLiteral("usr_alice"), m_now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAWorkspace);
        QVERIFY(r.error().message.contains(QLatin1String("admin API")));
        db.value() = QSqlDatabase();
        Db::close(QStringLiteral("bare"));
    }
};

QTEST_GUILESS_MAIN(TestSqlContainment)
#include "tst_sqlcontainment.moc"
