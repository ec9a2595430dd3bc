// The team workspace on a real, private PostgreSQL server.
#include "PgServer.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/Workspace.h"

#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace ic;
using ic::test::PgServer;

namespace {
int stepCount(Migrations::Component c)
{
    return int(Migrations::steps(Db::Engine::Postgres, c).size());
}
const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);
} // namespace

class TestWorkspacePostgres : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    int m_n = 0;

    Result<WorkspaceInfo> openOnce(const ConnectionSpec &spec, OpenOptions o = {})
    {
        const QString name = QStringLiteral("pgws-%1").arg(++m_n);
        auto r = Workspace::open(spec, o, name, Now);
        Db::close(name);
        return r;
    }

    QStringList tablesOf(const QString &database)
    {
        const QString name = QStringLiteral("tables-%1").arg(++m_n);
        QStringList tables;
        {
            auto db = Db::open(m_pg.spec(database), name);
            if (db)
                tables = db->tables();
        }
        Db::close(name);
        tables.sort();
        return tables;
    }

    int scalar(const QString &database, const QString &sql)
    {
        const QString name = QStringLiteral("scalar-%1").arg(++m_n);
        int v = -1;
        {
            auto db = Db::open(m_pg.spec(database), name);
            if (db) {
                QSqlQuery q(db.value());
                if (q.exec(sql) && q.next())
                    v = q.value(0).toInt();
            }
        }
        Db::close(name);
        return v;
    }

private slots:
    void initTestCase() { IC_START_PG(m_pg); }

    void createsIncidentStoreInEmptyDatabase()
    {
        QVERIFY(m_pg.createDatabase(QStringLiteral("team1")).ok());
        OpenOptions o;
        o.createPlatformTables = false; // a team's store next to its own platform
        auto r = openOnce(m_pg.spec(QStringLiteral("team1")), o);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(r->created);
        QCOMPARE(r->storeVersion,
                 Migrations::latestVersion(Db::Engine::Postgres, Migrations::Component::Store));
        QCOMPARE(r->platformVersion, 0);
        const QStringList tables = tablesOf(QStringLiteral("team1"));
        QVERIFY(tables.contains(QStringLiteral("ic_incidents")));
        QVERIFY(!tables.contains(QStringLiteral("audit_logs")));

        auto again = openOnce(m_pg.spec(QStringLiteral("team1")));
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->workspaceId, r->workspaceId);
        QCOMPARE(scalar(QStringLiteral("team1"),
                        QStringLiteral("SELECT count(*) FROM ic_schema_migrations")),
                 stepCount(Migrations::Component::Store));
    }

    void platformTablesOnRequest()
    {
        QVERIFY(m_pg.createDatabase(QStringLiteral("team2")).ok());
        auto r = openOnce(m_pg.spec(QStringLiteral("team2")));
        QVERIFY(r.ok());
        QCOMPARE(r->platformVersion,
                 Migrations::latestVersion(Db::Engine::Postgres, Migrations::Component::Platform));
        const QStringList tables = tablesOf(QStringLiteral("team2"));
        for (const char *t :
             {"audit_logs", "api_keys", "tenants", "users", "sessions", "blocked_ips"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        // jsonb metadata and inet addresses, as the playbooks' SQL expects.
        QCOMPARE(scalar(QStringLiteral("team2"),
                        QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                       "table_name = 'audit_logs' AND ((column_name = 'metadata' "
                                       "AND data_type = 'jsonb') OR (column_name = 'ip' AND "
                                       "data_type = 'inet'))")),
                 2);
        // The seed's own INSERT works as written (defaults for id and time).
        QVERIFY(m_pg.execute(QStringLiteral("team2"),
                             QStringLiteral("INSERT INTO audit_logs (event, api_key_id, metadata) "
                                            "VALUES ('api_key_revoked', 'suspected-key-id', "
                                            "'{\"reason\": \"Suspected leak\"}')"))
                    .ok());
        QVERIFY(m_pg.execute(QStringLiteral("team2"),
                             QStringLiteral("INSERT INTO blocked_ips (ip, reason, blocked_at) "
                                            "VALUES ('1.2.3.4', 'Suspected attack', NOW())"))
                    .ok());
    }

    void refusesWithoutCreate()
    {
        QVERIFY(m_pg.createDatabase(QStringLiteral("plain")).ok());
        OpenOptions o;
        o.createIfMissing = false;
        auto r = openOnce(m_pg.spec(QStringLiteral("plain")), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAWorkspace);
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was changed")));
        QVERIFY(tablesOf(QStringLiteral("plain")).isEmpty());
    }

    void fillsInAStepAWorkspaceMissed()
    {
        // A workspace made by a build that had step 11 but not step 3 (features
        // land in any order) gets step 3 when opened, and its tables are
        // announced on the change feed like every other.
        const QString db = QStringLiteral("gap");
        QVERIFY(m_pg.createDatabase(db).ok());
        QVERIFY(openOnce(m_pg.spec(db)).ok());
        QVERIFY(m_pg.execute(db, QStringLiteral("DROP TABLE ic_checklist_items; DROP TABLE "
                                                "ic_checklists; DELETE FROM ic_schema_migrations "
                                                "WHERE component = 'store' AND version = 3"))
                    .ok());
        QVERIFY(!tablesOf(db).contains(QStringLiteral("ic_checklists")));
        QVERIFY(openOnce(m_pg.spec(db)).ok());
        const QStringList tables = tablesOf(db);
        QVERIFY(tables.contains(QStringLiteral("ic_checklists")));
        QVERIFY(tables.contains(QStringLiteral("ic_checklist_items")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_schema_migrations WHERE "
                                           "component = 'store' AND version = 3")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                           "'ic_notify' AND tgrelid IN "
                                           "('ic_checklists'::regclass, "
                                           "'ic_checklist_items'::regclass)")),
                 2);
        // Opening again changes nothing.
        QVERIFY(openOnce(m_pg.spec(db)).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_schema_migrations WHERE "
                                           "component = 'store'")),
                 stepCount(Migrations::Component::Store));
    }

    void refusesNewerStoreUntouched()
    {
        QVERIFY(m_pg.createDatabase(QStringLiteral("future")).ok());
        QVERIFY(openOnce(m_pg.spec(QStringLiteral("future"))).ok());
        QVERIFY(m_pg.execute(QStringLiteral("future"),
                             QStringLiteral("INSERT INTO ic_schema_migrations VALUES ('store', "
                                            "999, 'from_the_future', now())"))
                    .ok());
        const QStringList before = tablesOf(QStringLiteral("future"));
        auto r = openOnce(m_pg.spec(QStringLiteral("future")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NewerVersion);
        QVERIFY2(r.error().message.contains(QLatin1String("newer version")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("not changed")));
        QCOMPARE(tablesOf(QStringLiteral("future")), before);
        // Nothing was added to the ledger: our steps plus the future one.
        QCOMPARE(scalar(QStringLiteral("future"),
                        QStringLiteral("SELECT count(*) FROM ic_schema_migrations")),
                 stepCount(Migrations::Component::Store) +
                     stepCount(Migrations::Component::Platform) + 1);
    }

    void wrongPasswordIsClearAndChangesNothing()
    {
        QVERIFY(
            m_pg.createLoginRole(QStringLiteral("alice"), QStringLiteral("right-password")).ok());
        QVERIFY(m_pg.createDatabase(QStringLiteral("guarded")).ok());
        auto r = openOnce(m_pg.tcpSpec(QStringLiteral("guarded"), QStringLiteral("alice"),
                                       QStringLiteral("wrong-password-123")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::AuthFailed);
        QVERIFY2(r.error().message.contains(QLatin1String("refused the password for user "
                                                          "\"alice\"")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was changed")));
        QVERIFY(!r.error().fullText().contains(QLatin1String("wrong-password-123")));
        QVERIFY(tablesOf(QStringLiteral("guarded")).isEmpty());

        // The right password works over the same path.
        auto ok = openOnce(m_pg.tcpSpec(QStringLiteral("guarded"), QStringLiteral("alice"),
                                        QStringLiteral("right-password")));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().fullText()));
    }

    void unreachableServerIsClear()
    {
        ConnectionSpec spec =
            m_pg.tcpSpec(QStringLiteral("x"), QStringLiteral("alice"), QStringLiteral("pw"));
        spec.pg.port = 1; // nothing listens there
        spec.pg.connectTimeoutSeconds = 2;
        QElapsedTimer t;
        t.start();
        auto r = openOnce(spec);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Unreachable);
        QVERIFY2(r.error().message.contains(QLatin1String("Could not reach")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was changed")));
        QVERIFY(t.elapsed() < 15000);
    }

    void missingDatabaseIsClear()
    {
        auto r = openOnce(m_pg.spec(QStringLiteral("no_such_db")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
    }

    void concurrentFirstOpensMigrateOnce()
    {
        QVERIFY(m_pg.createDatabase(QStringLiteral("race")).ok());
        const ConnectionSpec spec = m_pg.spec(QStringLiteral("race"));
        std::atomic<int> ok{0};
        QStringList errors;
        std::mutex m;
        auto worker = [&](int i) {
            const QString name = QStringLiteral("race-%1").arg(i);
            auto r = Workspace::open(spec, {}, name, Now);
            Db::close(name);
            if (r)
                ++ok;
            else {
                std::lock_guard lock(m);
                errors << r.error().fullText();
            }
        };
        std::thread a(worker, 1), b(worker, 2), c(worker, 3);
        a.join();
        b.join();
        c.join();
        QVERIFY2(ok == 3, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(QStringLiteral("race"),
                        QStringLiteral("SELECT count(*) FROM ic_schema_migrations")),
                 stepCount(Migrations::Component::Store) +
                     stepCount(Migrations::Component::Platform));
        QCOMPARE(scalar(QStringLiteral("race"),
                        QStringLiteral("SELECT count(*) FROM ic_workspace WHERE key = "
                                       "'workspace_id'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePostgres)
#include "tst_workspace_postgres.moc"
