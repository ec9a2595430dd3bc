#pragma once

// Audit sources for the audit tests, on both engines: a SQLite workspace
// file with the platform tables, or a new database on the private
// PostgreSQL server. Rows are written directly, as the platform would.

#include "PgServer.h"
#include "WorkspaceFixture.h"
#include "models/audit/AuditRow.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    // A new, empty workspace with the platform tables on `engine`.
    Result<ConnectionSpec> create(const QString &engine)
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
        auto info = Workspace::open(spec, {}, connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        if (!info)
            return info.error();
        return spec;
    }

    // Runs statements with full rights (the platform writing its log).
    Result<void> exec(const ConnectionSpec &spec, const QString &sql,
                      const QVariantList &params = {})
    {
        const QString name = QStringLiteral("audit-admin-%1").arg(++m_n);
        Result<void> out = success();
        {
            auto db = Db::open(spec, name);
            if (!db)
                return db.error();
            auto r = Db::exec(db.value(), sql, params);
            if (!r)
                out = r.error();
        }
        Db::close(name);
        return out;
    }

    Result<void> insert(const ConnectionSpec &spec, const QList<TestRow> &rows)
    {
        const QString name = QStringLiteral("audit-insert-%1").arg(++m_n);
        Result<void> out = success();
        {
            auto opened = Db::open(spec, name);
            if (!opened)
                return opened.error();
            QSqlDatabase db = opened.value();
            const bool pg = Db::isPostgres(db);
            out = Db::transaction(db, [&]() -> Result<void> {
                for (const TestRow &r : rows) {
                    auto orNull = [](const QString &s) {
                        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
                    };
                    auto q =
                        Db::exec(db,
                                 pg ? QStringLiteral(
                                          "INSERT INTO audit_logs (id, timestamp, event, user_id, "
                                          "tenant_id, api_key_id, ip, query, metadata) VALUES (?, "
                                          "CAST(? AS timestamptz), ?, ?, ?, ?, CAST(? AS inet), ?, "
                                          "CAST(? AS jsonb))")
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
        return out;
    }

    // `rows` rows, `perTime` of them sharing each timestamp (one second
    // apart), ids shuffled against time order so only (timestamp, id) sorts
    // them. 17 users, 5 tenants, 3 events.
    Result<void> generate(const ConnectionSpec &spec, int rows, int perTime)
    {
        const bool pg = spec.kind == ConnectionProfile::Kind::Postgres;
        const QString sql =
            pg ? QStringLiteral(
                     "INSERT INTO audit_logs (id, timestamp, event, user_id, tenant_id, ip, "
                     "metadata) SELECT ((g * 7919) %% %1) + 1, timestamptz '2026-11-20 "
                     "00:00:00+00' + (g / %2) * interval '1 second', (ARRAY['login', 'logout', "
                     "'api_request'])[g %% 3 + 1], 'usr_' || (g %% 17), 'ten_' || (g %% 5), "
                     "CAST('10.0.' || (g %% 7) || '.' || (g %% 200 + 1) AS inet), "
                     "jsonb_build_object('n', g) FROM generate_series(0, %1 - 1) AS g")
               : QStringLiteral(
                     "WITH RECURSIVE s(g) AS (SELECT 0 UNION ALL SELECT g + 1 FROM s WHERE g < %1 "
                     "- 1) INSERT INTO audit_logs (id, timestamp, event, user_id, tenant_id, ip, "
                     "metadata) SELECT ((g * 7919) %% %1) + 1, strftime('%%Y-%%m-%%d "
                     "%%H:%%M:%%f', '2026-11-20 00:00:00', '+' || (g / %2) || ' seconds'), "
                     "CASE g %% 3 WHEN 0 THEN 'login' WHEN 1 THEN 'logout' ELSE 'api_request' "
                     "END, 'usr_' || (g %% 17), 'ten_' || (g %% 5), '10.0.' || (g %% 7) || '.' "
                     "|| (g %% 200 + 1), json_object('n', g) FROM s");
        QString text = sql.arg(rows).arg(perTime);
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
    QTemporaryDir m_dir;
    int m_n = 0;
};

} // namespace ic::test
