#pragma once

// Fresh incident-store workspaces on both engines for storage tests: a
// SQLite file in a temporary folder, or a database on the private PostgreSQL
// server. Tests run the same body on both through a global `engine` column
// (initTestCase_data).

#include "PgServer.h"
#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace ic::test {

// Fails the current test with the error's full text when `expr` is an error.
#define IC_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().fullText())); \
    } while (false)

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

// When an event was recorded: on PostgreSQL the server's clock says (a
// workstation's clock is the person's to set), so it is close to the real
// time, whatever the test's clock; SQLite has no server, so it is the app's.
#define IC_COMPARE_RECORDED_AT(engine, actual, appNow)                                             \
    do {                                                                                           \
        if ((engine) == QLatin1String("postgres"))                                                 \
            QVERIFY2(qAbs((actual).secsTo(QDateTime::currentDateTimeUtc())) < 600,                 \
                     qPrintable((actual).toString(Qt::ISODateWithMs)));                            \
        else                                                                                       \
            QCOMPARE((actual), (appNow));                                                          \
    } while (false)

// The engines every storage test runs on; call from initTestCase_data().
inline void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

class TestWorkspaces
{
public:
    PgServer &pg() { return m_pg; }
    bool isValid() const { return m_dir.isValid(); }

    // A new, migrated, empty workspace without platform tables, on `engine`.
    // SQLite gets a new file. PostgreSQL gets one database, migrated once and
    // emptied before each use: CREATE DATABASE costs a third of a second.
    Result<ConnectionSpec> create(const QString &engine)
    {
        ++m_n;
        if (engine == QLatin1String("sqlite"))
            return openNew(
                ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("ws-%1.icw").arg(m_n))));
        const QString database = QStringLiteral("incidents");
        if (!m_pgCreated) {
            if (auto c = m_pg.createDatabase(database); !c)
                return c.error();
            m_pgCreated = true;
            return openNew(m_pg.spec(database));
        }
        // Every table of the incident store, whatever later features added.
        auto emptied = m_pg.execute(
            database,
            QStringLiteral("DO $$ DECLARE t text; BEGIN "
                           "FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                           "AND tablename LIKE 'ic\\_%' AND tablename NOT IN ('ic_workspace', "
                           "'ic_schema_migrations', 'ic_reader_secret', 'ic_approval_policy', "
                           "'ic_record_head') "
                           "LOOP "
                           "EXECUTE format('TRUNCATE %I RESTART IDENTITY CASCADE', t); "
                           "END LOOP; END $$; "
                           "DELETE FROM ic_workspace WHERE key = 'severity_preset'; "
                           "UPDATE ic_record_head SET size = 0; "
                           // An emptied workspace is a new log: workstations
                           // must not compare it with what they kept of the last.
                           "UPDATE ic_workspace SET value = gen_random_uuid()::text WHERE key = "
                           "'workspace_id'"));
        if (!emptied)
            return emptied.error();
        return m_pg.spec(database);
    }

    // Opens a named connection on this thread to an existing workspace.
    static Result<QSqlDatabase> connect(const ConnectionSpec &spec, const QString &name)
    {
        return Db::open(spec, name);
    }

private:
    Result<ConnectionSpec> openNew(const ConnectionSpec &spec)
    {
        OpenOptions o;
        o.createPlatformTables = false;
        const QString connection = QStringLiteral("create-%1").arg(m_n);
        auto info = Workspace::open(spec, o, connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        if (!info)
            return info.error();
        if (!info->created)
            return Error::make(Error::Kind::General, QStringLiteral("Workspace not new"));
        return spec;
    }

    PgServer m_pg;
    QTemporaryDir m_dir;
    int m_n = 0;
    bool m_pgCreated = false;
};

// The first column of the first row of `sql`, or an invalid QVariant.
inline QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &params = {})
{
    auto q = Db::exec(db, sql, params);
    if (!q || !q->next())
        return {};
    return q->value(0);
}

} // namespace ic::test
