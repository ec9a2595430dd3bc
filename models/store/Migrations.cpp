#include "models/store/Migrations.h"

#include <QSet>

#include "models/core/Logging.h"
#include "models/store/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ic::Migrations {

namespace {

// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Migrations)
};

QString resourceDir(Db::Engine engine, Component component)
{
    return QStringLiteral(":/sql/%1/%2")
        .arg(engine == Db::Engine::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"),
             componentName(component));
}

Result<void> ensureLedger(QSqlDatabase &db)
{
    if (db.tables().contains(QStringLiteral("ic_schema_migrations")))
        return success(); // (IF NOT EXISTS would still print a notice on PostgreSQL)
    auto r = Db::exec(db, ledgerSql(Db::engine(db)));
    if (!r)
        return r.error();
    return success();
}

} // namespace

QString ledgerSql(Db::Engine engine)
{
    return engine == Db::Engine::Postgres
               ? QStringLiteral("CREATE TABLE IF NOT EXISTS ic_schema_migrations ("
                                " component text NOT NULL, version integer NOT NULL,"
                                " name text NOT NULL, applied_at timestamptz NOT NULL,"
                                " PRIMARY KEY (component, version))")
               : QStringLiteral("CREATE TABLE IF NOT EXISTS ic_schema_migrations ("
                                " component TEXT NOT NULL, version INTEGER NOT NULL,"
                                " name TEXT NOT NULL, applied_at TEXT NOT NULL,"
                                " PRIMARY KEY (component, version))");
}

QString componentName(Component c)
{
    return c == Component::Store ? QStringLiteral("store") : QStringLiteral("platform");
}

QList<Step> steps(Db::Engine engine, Component component)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    QList<Step> out;
    const QDir dir(resourceDir(engine, component));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append(Step{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
    return out;
}

int latestVersion(Db::Engine engine, Component component)
{
    const auto all = steps(engine, component);
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> currentVersion(QSqlDatabase &db, Component component)
{
    const bool exists = db.tables().contains(QStringLiteral("ic_schema_migrations"));
    if (!exists)
        return 0;
    auto q = Db::exec(db,
                      QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ic_schema_migrations "
                                     "WHERE component = ?"),
                      {componentName(component)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

namespace {
// Announces changes of every incident-store table on the change feed
// (011_change_feed) that has no trigger yet; a no-op before that step.
constexpr const char WatchUnwatchedTables[] = R"SQL(
DO $$
DECLARE
    t text;
BEGIN
    IF to_regproc('ic_watch') IS NULL THEN
        RETURN;
    END IF;
    FOR t IN SELECT c.relname FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
               AND c.relname LIKE 'ic\_%'
               AND c.relname NOT IN ('ic_schema_migrations', 'ic_counters', 'ic_review_drafts')
               AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                               WHERE g.tgrelid = c.oid AND g.tgname = 'ic_notify')
    LOOP
        PERFORM ic_watch(t::regclass);
    END LOOP;
END
$$)SQL";
QString quotedIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

Result<void> assumeOwnerRole(QSqlDatabase &db)
{
    if (!Db::isPostgres(db))
        return success();
    auto has = Db::exec(db, QStringLiteral("SELECT to_regprocedure('ic_role(text)') IS NOT NULL"));
    if (!has)
        return has.error();
    if (!has->next() || !has->value(0).toBool())
        return success(); // no roles yet: the steps run as the login applying them
    auto q = Db::exec(
        db, QStringLiteral("SELECT ic_role('owner'), current_user::text = ic_role('owner'), "
                           "pg_has_role(session_user, ic_role('owner'), 'MEMBER'), "
                           "(SELECT string_agg(r.rolname, ', ' ORDER BY r.rolname) "
                           " FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper "
                           " AND pg_has_role(r.oid, ic_role('owner'), 'MEMBER'))"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString().isEmpty())
        return success();
    if (q->value(1).toBool())
        return success();
    const QString owner = q->value(0).toString();
    if (!q->value(2).toBool()) {
        const QString who = q->value(3).toString();
        return Error::make(
            Error::Kind::PermissionDenied,
            Tr::tr("This workspace needs a schema update that only a member of its owner role "
                   "(%1) can apply: %2, or a superuser. Nothing was changed. Ask one of them to "
                   "open the workspace once, or to run: incident-commander team init --pg CONNINFO")
                .arg(owner, who.isEmpty() ? Tr::tr("no login holds it") : who));
    }
    auto set = Db::exec(db, QStringLiteral("SET LOCAL ROLE ") + quotedIdentifier(owner));
    if (!set)
        return set.error();
    return success();
}

Result<QList<Step>> applyPending(QSqlDatabase &db, Component component, const QDateTime &nowUtc)
{
    const Db::Engine engine = Db::engine(db);
    if (auto r = ensureLedger(db); !r)
        return r.error();
    auto current = currentVersion(db, component);
    if (!current)
        return current.error();
    const int latest = latestVersion(engine, component);
    if (current.value() > latest) {
        return Error::make(
            Error::Kind::NewerVersion,
            Tr::tr("This workspace was written by a newer version of Incident "
                   "Commander (schema %1 %2; this version knows up to %3). It was not "
                   "changed. Update Incident Commander to open it.")
                .arg(componentName(component))
                .arg(current.value())
                .arg(latest));
    }
    // Every bundled step not yet recorded, in version order: a workspace made
    // by a build that had later steps but not earlier ones (features land in
    // any order) still gets the earlier ones.
    QSet<int> done;
    if (current.value() > 0) {
        auto q = Db::exec(db,
                          QStringLiteral("SELECT version FROM ic_schema_migrations "
                                         "WHERE component = ?"),
                          {componentName(component)});
        if (!q)
            return q.error();
        while (q->next())
            done.insert(q->value(0).toInt());
    }
    QList<Step> applied;
    bool outOfOrder = false;
    for (const Step &step : steps(engine, component)) {
        if (done.contains(step.version))
            continue;
        outOfOrder = outOfOrder || step.version < current.value();
        // A team workspace's objects belong to its owner role: the steps
        // run as it (step 13 makes it, and switches to it itself).
        if (auto owner = assumeOwnerRole(db); !owner)
            return owner.error();
        for (const QString &statement : SqlScript::split(step.sql)) {
            auto r = Db::exec(db, statement);
            if (!r) {
                Error e = r.error();
                e.message =
                    Tr::tr("Updating the workspace schema failed at step %1 (%2); the update "
                           "was rolled back and nothing was changed.")
                        .arg(step.version)
                        .arg(step.name);
                if (e.detail.contains(QLatin1String("needs a login with CREATEROLE")))
                    e.kind = Error::Kind::PermissionDenied;
                return e;
            }
        }
        auto rec =
            Db::exec(db,
                     QStringLiteral("INSERT INTO ic_schema_migrations (component, version, "
                                    "name, applied_at) VALUES (?, ?, ?, ?)"),
                     {componentName(component), step.version, step.name, Db::bindTime(db, nowUtc)});
        if (!rec)
            return rec.error();
        qCInfo(lcStore) << "applied migration" << componentName(component) << step.version
                        << step.name;
        applied.append(step);
    }
    if (outOfOrder && engine == Db::Engine::Postgres) {
        // Tables created after the change feed's step missed its triggers.
        auto w = Db::exec(db, QString::fromLatin1(WatchUnwatchedTables));
        if (!w)
            return w.error();
    }
    return applied;
}

} // namespace ic::Migrations
