#pragma once

// Audit sources for the audit tests, on both engines and every layout: a
// SQLite workspace file with the platform tables, or a new database on the
// private PostgreSQL server with audit_logs as a table, partitioned by day,
// a view over the platform's own table, or read from a hot standby (see
// AuditLayout.h). Rows are written directly, as the platform would: into
// the view's base table, and on the primary (then replayed) for a standby.

#include "AuditLayout.h"
#include "PgServer.h"
#include "WorkspaceFixture.h"
#include "models/audit/AuditRow.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace ic::test {

// One audit_logs row to write; empty strings are NULL (metadata: '{}').
struct TestRow
{
    qint64 id = 0;
    QString time; // "2026-11-20 10:00:00.000" (UTC)
    QString event = QStringLiteral("api_request");
    QString user;
    QString tenant;
    QString apiKey;
    QString ip;
    QString query;
    QString metadata;
};

class AuditSources
{
public:
    PgServer &pg() { return m_pg; }
    // The hot standby of pg(), started when a standby source is first made.
    PgServer *standby() { return m_standby.get(); }

    // A new, empty workspace with the platform tables on `engine`, its audit
    // log in the current test's layout (global data of addAuditLayoutRows()).
    Result<ConnectionSpec> create(const QString &engine) { return create(engine, currentLayout()); }

    // The same, with the platform tables filled by `fill` (on the plain
    // table of the primary, before the layout is applied).
    using Fill = std::function<Result<void>(QSqlDatabase &)>;
    Result<ConnectionSpec> create(const QString &engine, const Fill &fill)
    {
        return create(engine, currentLayout(), fill);
    }

    Result<ConnectionSpec> create(const QString &engine, AuditLayout layout, const Fill &fill = {})
    {
        ++m_n;
        ConnectionSpec spec;
        if (engine == QLatin1String("sqlite")) {
            spec = ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("audit-%1.icw").arg(m_n)));
        } else {
            const QString name = QStringLiteral("audit_%1").arg(m_n);
            if (auto c = m_pg.createDatabase(name); !c)
                return c.error();
            spec = m_pg.spec(name);
        }
        const QString connection = QStringLiteral("audit-create-%1").arg(m_n);
        Result<void> filled = success();
        {
            auto info = Workspace::open(spec, {}, connection, QDateTime::currentDateTimeUtc());
            if (!info)
                filled = info.error();
            else if (fill) {
                QSqlDatabase db = QSqlDatabase::database(connection, false);
                filled = fill(db);
            }
        }
        Db::close(connection);
        if (!filled)
            return filled.error();
        if (engine == QLatin1String("sqlite"))
            return spec;
        m_layouts.insert(spec.pg.database, layout);
        // The test data lies around 2026-11-20; partitions from a few days before.
        if (auto l = applyAuditLayout(m_pg, spec.pg.database, layout, QDate(2026, 11, 10),
                                      QDate::currentDate().addDays(4));
            !l)
            return l.error();
        if (layout != AuditLayout::Standby)
            return spec;
        if (!m_standby) {
            auto started = m_pg.startStandby();
            if (!started)
                return started.error();
            m_standby = std::move(started.value());
        }
        if (auto w = m_pg.waitForReplay(*m_standby); !w)
            return w.error();
        return m_standby->spec(spec.pg.database);
    }

    AuditLayout layoutOf(const ConnectionSpec &spec) const
    {
        return spec.kind == ConnectionProfile::Kind::Postgres
                   ? m_layouts.value(spec.pg.database, AuditLayout::Table)
                   : AuditLayout::Table;
    }
    // Where the platform writes: the primary for a standby source.
    ConnectionSpec writeSpec(const ConnectionSpec &spec) const
    {
        if (layoutOf(spec) == AuditLayout::Standby)
            return m_pg.spec(spec.pg.database);
        return spec;
    }
    // A standby source has replayed every write so far (else nothing to do).
    Result<void> sync(const ConnectionSpec &spec)
    {
        if (layoutOf(spec) != AuditLayout::Standby || !m_standby)
            return success();
        return m_pg.waitForReplay(*m_standby);
    }

    // Runs statements with full rights (the platform writing its log).
    Result<void> exec(const ConnectionSpec &spec, const QString &sql,
                      const QVariantList &params = {})
    {
        const QString name = QStringLiteral("audit-admin-%1").arg(++m_n);
        Result<void> out = success();
        {
            auto db = Db::open(writeSpec(spec), name);
            if (!db)
                return db.error();
            auto r = Db::exec(db.value(), sql, params);
            if (!r)
                out = r.error();
        }
        Db::close(name);
        if (!out)
            return out;
        return sync(spec);
    }

    Result<void> insert(const ConnectionSpec &spec, const QList<TestRow> &rows)
    {
        const QString name = QStringLiteral("audit-insert-%1").arg(++m_n);
        Result<void> out = success();
        {
            auto opened = Db::open(writeSpec(spec), name);
            if (!opened)
                return opened.error();
            QSqlDatabase db = opened.value();
            const bool pg = Db::isPostgres(db);
            const AuditWriteTarget target = writeTarget(layoutOf(spec));
            out = Db::transaction(db, [&]() -> Result<void> {
                for (const TestRow &r : rows) {
                    auto orNull = [](const QString &s) {
                        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
                    };
                    auto q =
                        Db::exec(db,
                                 pg ? target.insertInto(
                                          {QStringLiteral("id"), QStringLiteral("timestamp"),
                                           QStringLiteral("event"), QStringLiteral("user_id"),
                                           QStringLiteral("tenant_id"),
                                           QStringLiteral("api_key_id"), QStringLiteral("ip"),
                                           QStringLiteral("query"), QStringLiteral("metadata")}) +
                                          QStringLiteral(" VALUES (?, CAST(? AS timestamptz), ?, "
                                                         "?, ?, ?, CAST(? AS inet), ?, CAST(? AS "
                                                         "%1))")
                                              .arg(target.metadataType)
                                    : QStringLiteral(
                                          "INSERT INTO audit_logs (id, timestamp, event, user_id, "
                                          "tenant_id, api_key_id, ip, query, metadata) VALUES (?, "
                                          "?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {r.id, pg ? r.time + QStringLiteral("+00") : r.time, r.event,
                                  orNull(r.user), orNull(r.tenant), orNull(r.apiKey), orNull(r.ip),
                                  orNull(r.query),
                                  r.metadata.isEmpty() ? QStringLiteral("{}") : r.metadata});
                    if (!q)
                        return q.error();
                }
                return success();
            });
            if (out)
                (void)Db::exec(db, QStringLiteral("ANALYZE"));
        }
        Db::close(name);
        if (!out)
            return out;
        return sync(spec);
    }

    // `rows` rows, `perTime` of them sharing each timestamp (`secondsApart`
    // apart), ids shuffled against time order so only (timestamp, id) sorts
    // them. `users` users (17 by default), 5 tenants, 3 events.
    Result<void> generate(const ConnectionSpec &spec, int rows, int perTime, int secondsApart = 1,
                          int users = 17)
    {
        const bool pg = spec.kind == ConnectionProfile::Kind::Postgres;
        const AuditWriteTarget target = writeTarget(layoutOf(spec));
        const QString sql =
            pg ? target.insertInto({QStringLiteral("id"), QStringLiteral("timestamp"),
                                    QStringLiteral("event"), QStringLiteral("user_id"),
                                    QStringLiteral("tenant_id"), QStringLiteral("ip"),
                                    QStringLiteral("metadata")}) +
                     QStringLiteral(
                         " SELECT ((g * 7919) %% %1) + 1, timestamptz '2026-11-20 "
                         "00:00:00+00' + (g / %2) * interval '%3 second', (ARRAY['login', "
                         "'logout', 'api_request'])[g %% 3 + 1], 'usr_' || (g %% %4), 'ten_' || "
                         "(g %% 5), CAST('10.0.' || (g %% 7) || '.' || (g %% 200 + 1) AS inet), "
                         "CAST(jsonb_build_object('n', g) AS ") +
                     target.metadataType + QStringLiteral(") FROM generate_series(0, %1 - 1) AS g")
               : QStringLiteral(
                     "WITH RECURSIVE s(g) AS (SELECT 0 UNION ALL SELECT g + 1 FROM s WHERE g < %1 "
                     "- 1) INSERT INTO audit_logs (id, timestamp, event, user_id, tenant_id, ip, "
                     "metadata) SELECT ((g * 7919) %% %1) + 1, strftime('%%Y-%%m-%%d "
                     "%%H:%%M:%%f', '2026-11-20 00:00:00', '+' || ((g / %2) * %3) || ' seconds'), "
                     "CASE g %% 3 WHEN 0 THEN 'login' WHEN 1 THEN 'logout' ELSE 'api_request' "
                     "END, 'usr_' || (g %% %4), 'ten_' || (g %% 5), '10.0.' || (g %% 7) || '.' "
                     "|| (g %% 200 + 1), json_object('n', g) FROM s");
        QString text = sql.arg(rows).arg(perTime).arg(secondsApart).arg(users);
        text.replace(QStringLiteral("%%"), QStringLiteral("%"));
        if (auto r = exec(spec, text); !r)
            return r;
        return exec(spec, QStringLiteral("ANALYZE"));
    }

    // Ids in the given order, straight from the database: the reference.
    QList<qint64> ids(const ConnectionSpec &spec, bool newestFirst, const QString &where = {},
                      const QVariantList &params = {})
    {
        const QString name = QStringLiteral("audit-ids-%1").arg(++m_n);
        QList<qint64> out;
        {
            auto db = Db::open(spec, name);
            if (db) {
                const QString dir = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
                auto q = Db::exec(
                    db.value(),
                    QStringLiteral("SELECT id FROM audit_logs %1 ORDER BY timestamp "
                                   "%2, id %2")
                        .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, dir),
                    params);
                while (q && q->next())
                    out << q->value(0).toLongLong();
            }
        }
        Db::close(name);
        return out;
    }

private:
    PgServer m_pg;
    std::unique_ptr<PgServer> m_standby;
    QHash<QString, AuditLayout> m_layouts; // by PostgreSQL database
    QTemporaryDir m_dir;
    int m_n = 0;
};

} // namespace ic::test
