#include "models/demo/DemoData.h"

#include "models/core/Logging.h"
#include "models/demo/DemoIncidents.h"
#include "models/demo/DemoWorld.h"
#include "models/demo/TableWriter.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

// The bulk loader: writes the generated world into a workspace's platform
// tables (COPY on PostgreSQL, prepared inserts on SQLite) with the audit
// log's secondary indexes dropped during the load and rebuilt after.
namespace ic::DemoData {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::DemoData)
};

const QList<const char *> AuditColumns{"id",         "timestamp", "event", "user_id", "tenant_id",
                                       "api_key_id", "ip",        "query", "metadata"};

Result<void> writeRow(TableWriter &out, qint64 id, const Row &r)
{
    out.integer(id);
    out.time(r.ms);
    out.text(r.event);
    out.textOrNull(r.userId);
    out.textOrNull(r.tenantId);
    out.textOrNull(r.apiKeyId);
    out.textOrNull(r.ip);
    out.textOrNull(r.query);
    out.text(r.metadata.isEmpty() ? QByteArray("{}") : r.metadata);
    return out.endRow();
}

// Secondary indexes of a table, to drop before a bulk load and rebuild after.
Result<QStringList> dropIndexes(QSqlDatabase &db, const QString &table)
{
    const bool pg = Db::isPostgres(db);
    auto q = Db::exec(db,
                      pg ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                          "tablename = ? AND indexname NOT LIKE '%_pkey'")
                         : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                          "'index' AND tbl_name = ? AND sql IS NOT NULL"),
                      {table});
    if (!q)
        return q.error();
    QStringList names, defs;
    while (q->next()) {
        names << q->value(0).toString();
        defs << q->value(1).toString();
    }
    for (const QString &name : names) {
        auto d = Db::exec(db, QStringLiteral("DROP INDEX ") + name);
        if (!d)
            return d.error();
    }
    return defs;
}

Result<void> writeEntities(TableWriter &out, const World &w)
{
    if (auto r = out.begin("tenants", {"id", "name", "plan", "status", "metadata", "created_at"});
        !r)
        return r;
    for (const Tenant &t : w.tenants) {
        out.text(t.id);
        out.text(t.name);
        out.text(t.plan);
        out.text("active");
        out.text("{\"region\":\"eu-west-1\"}");
        out.time(w.startMs - 500LL * 86'400'000);
        if (auto r = out.endRow(); !r)
            return r;
    }
    if (auto r = out.end(); !r)
        return r;

    if (auto r = out.begin("users",
                           {"id", "tenant_id", "email", "name", "role", "status", "created_at"});
        !r)
        return r;
    for (const User &u : w.users) {
        out.text(u.id);
        out.text(u.tenantId);
        out.text(u.email);
        out.text(u.name);
        out.text(u.role);
        out.text("active");
        out.time(u.createdMs);
        if (auto r = out.endRow(); !r)
            return r;
    }
    if (auto r = out.end(); !r)
        return r;

    if (auto r =
            out.begin("api_keys", {"id", "tenant_id", "user_id", "name", "prefix", "created_at"});
        !r)
        return r;
    for (const ApiKey &k : w.keys) {
        out.text(k.id);
        out.text(k.tenantId);
        out.text(k.userId);
        out.text(k.name);
        out.text(k.prefix);
        out.time(k.createdMs);
        if (auto r = out.endRow(); !r)
            return r;
    }
    return out.end();
}

Result<void> writeSessions(TableWriter &out, const World &w)
{
    if (auto r = out.begin("sessions", {"id", "user_id", "tenant_id", "ip", "user_agent",
                                        "created_at", "last_seen_at", "logged_out_at"});
        !r)
        return r;
    for (const Session &s : w.sessions) {
        out.text(s.id);
        out.text(s.userId);
        out.text(s.tenantId);
        out.text(s.ip);
        out.text(s.userAgent);
        out.time(s.createdMs);
        if (s.lastSeenMs)
            out.time(s.lastSeenMs);
        else
            out.null();
        if (s.loggedOutMs)
            out.time(s.loggedOutMs);
        else
            out.null();
        if (auto r = out.endRow(); !r)
            return r;
    }
    return out.end();
}

} // namespace

DemoPlants plantsFor(const DemoOptions &options)
{
    return buildWorld(options).plants;
}

Result<DemoSummary> fill(QSqlDatabase &db, const DemoOptions &options, const Progress &progress)
{
    if (options.rows < MinimumRows) {
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The demo data needs at least %1 audit rows to hold every planted "
                   "attack; %2 was asked for. Nothing was written.")
                .arg(MinimumRows)
                .arg(options.rows));
    }
    // QSqlDatabase::tables() leaves out a partitioned table: ask the catalog.
    const bool hasAuditLog =
        Db::isPostgres(db)
            ? [&] {
                  auto q = Db::exec(db, QStringLiteral("SELECT to_regclass('audit_logs') IS NOT NULL"));
                  return q && q->next() && q->value(0).toBool();
              }()
            : db.tables().contains(QStringLiteral("audit_logs"));
    if (!hasAuditLog) {
        return Error::make(Error::Kind::General,
                           Tr::tr("This database has no platform tables (audit_logs). Nothing was "
                                  "written."));
    }
    {
        auto q = Db::exec(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM audit_logs "
                                             "LIMIT 1) t"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toInt() > 0) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The audit_logs table already holds data; demo data is only "
                                      "written into an empty database. Nothing was written."));
        }
    }

    World world = buildWorld(options);
    std::unique_ptr<TableWriter> out = TableWriter::create(db);
    if (!out)
        return Error::make(Error::Kind::General, Tr::tr("No bulk writer for this database."));

    const qint64 total = options.rows;
    const qint64 noiseCount = total - qint64(world.planted.size());
    DemoSummary summary;
    const bool pg = Db::isPostgres(db);

    auto r = Db::transaction(db, [&]() -> Result<void> {
        if (auto e = writeEntities(*out, world); !e)
            return e;
        // Bulk loads are faster into a table without secondary indexes.
        auto indexes = dropIndexes(db, QStringLiteral("audit_logs"));
        if (!indexes)
            return indexes.error();

        if (auto b = out->begin("audit_logs", AuditColumns); !b)
            return b;
        Noise noise(world, options.seed, noiseCount);
        qint64 id = 0, n = 0;
        size_t p = 0;
        Row next = noise.make(0);
        while (n < noiseCount || p < world.planted.size()) {
            const bool takePlanted =
                p < world.planted.size() && (n >= noiseCount || world.planted[p].ms <= next.ms);
            if (takePlanted) {
                if (auto e = writeRow(*out, ++id, world.planted[p++]); !e)
                    return e;
            } else {
                if (auto e = writeRow(*out, ++id, next); !e)
                    return e;
                if (++n < noiseCount)
                    next = noise.make(n);
            }
            if (progress && id % 50'000 == 0)
                progress(id, total);
        }
        if (auto e = out->end(); !e)
            return e;
        summary.auditRows = id;

        if (auto e = writeSessions(*out, world); !e)
            return e;
        for (QString def : indexes.value()) {
            // A partitioned audit_logs reports its indexes "ON ONLY" the
            // parent; built that way they would cover no partition.
            def.replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
            auto c = Db::exec(db, def);
            if (!c)
                return c.error();
        }
        if (pg) {
            for (const char *t : {"audit_logs", "blocked_ips"}) {
                auto s = Db::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                     "'id'), GREATEST((SELECT MAX(id) FROM %1), "
                                                     "1))")
                                          .arg(QLatin1String(t)));
                if (!s)
                    return s.error();
            }
        }
        if (options.withIncidents) {
            auto inc = writeIncidents(db, world);
            if (!inc)
                return inc.error();
            summary.incidents = inc.value();
        }
        return success();
    });
    if (!r)
        return r.error();
    // Fresh statistics, so the planner knows the table (outside the transaction).
    (void)Db::exec(db, QStringLiteral("ANALYZE")); // best effort: only speeds up planning
    if (progress)
        progress(total, total);

    summary.tenants = int(world.tenants.size());
    summary.users = int(world.users.size());
    summary.apiKeys = int(world.keys.size());
    summary.sessions = int(world.sessions.size());
    summary.anchor = QDateTime::fromMSecsSinceEpoch(world.anchorMs, Qt::UTC);
    summary.plants = world.plants;
    qCInfo(lcDemo) << "demo data written:" << summary.auditRows << "audit rows";
    return summary;
}

} // namespace ic::DemoData
