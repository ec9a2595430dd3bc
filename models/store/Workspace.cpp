#include "models/store/Workspace.h"

#include "models/core/Logging.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamMembers.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace ic::Workspace {

namespace {

// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Workspace)
};

Error notAWorkspace(const QString &path, const QString &why)
{
    return Error::make(Error::Kind::NotAWorkspace,
                       Tr::tr("%1 is not an Incident Commander workspace (%2). The file was not "
                              "changed. Choose a workspace file, or create a new one.")
                           .arg(QDir::toNativeSeparators(path), why));
}

Result<QString> readWorkspaceValue(QSqlDatabase &db, const QString &key)
{
    auto q = Db::exec(db, QStringLiteral("SELECT value FROM ic_workspace WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> writeWorkspaceValue(QSqlDatabase &db, const QString &key, const QString &value)
{
    auto q = Db::exec(db,
                      QStringLiteral("INSERT INTO ic_workspace (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (!q)
        return q.error();
    return success();
}

// Migrates the open database; `fresh` means: nothing of ours is there yet.
Result<WorkspaceInfo> prepare(QSqlDatabase &db, const ConnectionSpec &spec,
                              const OpenOptions &options, bool fresh, const QDateTime &nowUtc)
{
    WorkspaceInfo info;
    info.kind = spec.kind;
    info.location = spec.describe();
    info.created = fresh;

    auto r = Db::transaction(db, [&]() -> Result<void> {
        if (Db::isPostgres(db)) {
            // Two workstations opening a new team database at once: one migrates.
            auto lock = Db::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7310455)"));
            if (!lock)
                return lock.error();
        }
        auto applied = Migrations::applyPending(db, Migrations::Component::Store, nowUtc);
        if (!applied)
            return applied.error();
        for (const Migrations::Step &step : applied.value())
            info.becameTeam =
                info.becameTeam || (Db::isPostgres(db) && step.name == QLatin1String("team_roles"));
        const bool hasPlatform = db.tables().contains(QStringLiteral("audit_logs"));
        if (fresh && options.createPlatformTables && !hasPlatform) {
            auto p = Migrations::applyPending(db, Migrations::Component::Platform, nowUtc);
            if (!p)
                return p.error();
        } else if (db.tables().contains(QStringLiteral("ic_schema_migrations"))) {
            // Platform tables we created earlier get their own upgrades.
            auto pv = Migrations::currentVersion(db, Migrations::Component::Platform);
            if (!pv)
                return pv.error();
            if (pv.value() > 0) {
                auto p = Migrations::applyPending(db, Migrations::Component::Platform, nowUtc);
                if (!p)
                    return p.error();
            }
        }
        // Events written before the record was hash-chained get chained now.
        if (auto chained = EventLog::chainUnchained(db); !chained)
            return chained.error();
        auto id = readWorkspaceValue(db, QStringLiteral("workspace_id"));
        if (!id)
            return id.error();
        if (id.value().isEmpty()) {
            info.workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            for (const auto &[k, v] :
                 {std::pair{QStringLiteral("workspace_id"), info.workspaceId},
                  std::pair{QStringLiteral("created_at"), nowUtc.toString(Qt::ISODateWithMs)},
                  std::pair{QStringLiteral("created_with"),
                            QStringLiteral("Incident Commander " IC_VERSION)}}) {
                if (auto w = writeWorkspaceValue(db, k, v); !w)
                    return w;
            }
        } else {
            info.workspaceId = id.value();
        }
        // A team workspace: who is here, and that they were.
        auto access = Team::access(db);
        if (!access)
            return access.error();
        if (access->team) {
            info.team = true;
            info.login = access->login;
            info.roles = access->roles;
            if (!access->roles.isEmpty()) {
                if (auto t = Team::touch(db); !t)
                    return t;
            }
        }
        return success();
    });
    if (!r)
        return r.error();

    auto sv = Migrations::currentVersion(db, Migrations::Component::Store);
    auto pv = Migrations::currentVersion(db, Migrations::Component::Platform);
    info.storeVersion = sv ? sv.value() : 0;
    info.platformVersion = pv ? pv.value() : 0;
    if (info.platformVersion == 0 && db.tables().contains(QStringLiteral("audit_logs")))
        info.platformVersion = -1; // the platform's own tables, not managed by us
    return info;
}

Result<WorkspaceInfo> openSqlite(const ConnectionSpec &spec, const OpenOptions &options,
                                 const QString &connectionName, const QDateTime &nowUtc)
{
    const QString path = spec.sqlitePath;
    if (auto check = inspectSqliteFile(path); !check)
        return check.error();

    const QFileInfo fi(path);
    const bool fresh = !fi.exists() || fi.size() == 0;
    if (fresh && !options.createIfMissing) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The workspace %1 does not exist. Nothing was created.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    if (fresh && !QDir().mkpath(fi.absolutePath())) {
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not create the folder %1 for the workspace. Nothing was "
                                  "created. Check that you may write there.")
                               .arg(QDir::toNativeSeparators(fi.absolutePath())));
    }

    auto db = Db::open(spec, connectionName);
    if (!db)
        return db.error();
    if (fresh) {
        QSqlQuery q(db.value());
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteApplicationId));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    auto info = prepare(db.value(), spec, options, fresh, nowUtc);
    if (!info) {
        db.value() = QSqlDatabase();
        Db::close(connectionName);
        if (fresh) { // leave no half-made workspace behind
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return info.error();
    }
    return info;
}

Result<WorkspaceInfo> openPostgres(const ConnectionSpec &spec, const OpenOptions &options,
                                   const QString &connectionName, const QDateTime &nowUtc)
{
    auto db = Db::open(spec, connectionName);
    if (!db)
        return db.error();
    auto fail = [&](Error e) -> Result<WorkspaceInfo> {
        db.value() = QSqlDatabase();
        Db::close(connectionName);
        return e;
    };

    const QStringList tables = db->tables();
    const bool ours = tables.contains(QStringLiteral("ic_workspace"));
    if (!ours && !options.createIfMissing) {
        return fail(Error::make(Error::Kind::NotAWorkspace,
                                Tr::tr("The database %1 has no incident store yet. Nothing was "
                                       "changed. Create one from the connection dialog.")
                                    .arg(spec.pg.uri())));
    }
    if (ours) {
        // A team workspace tells a login with no role of it so, and who can
        // grant one, before anything else is read.
        auto access = Team::access(db.value());
        if (!access)
            return fail(access.error());
        if (access->team && !access->any())
            return fail(Team::noRole(access.value(), spec.pg.uri()));
        auto current = Migrations::currentVersion(db.value(), Migrations::Component::Store);
        if (!current)
            return fail(current.error());
        const int latest =
            Migrations::latestVersion(Db::Engine::Postgres, Migrations::Component::Store);
        if (current.value() > latest) {
            return fail(Error::make(
                Error::Kind::NewerVersion,
                Tr::tr("The incident store in %1 was written by a newer version of Incident "
                       "Commander (schema %2; this version knows up to %3). It was not changed. "
                       "Update Incident Commander to open it.")
                    .arg(spec.pg.uri())
                    .arg(current.value())
                    .arg(latest)));
        }
    }
    auto info = prepare(db.value(), spec, options, !ours, nowUtc);
    if (!info)
        return fail(info.error());
    return info;
}

} // namespace

Result<void> inspectSqliteFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists() || (fi.isFile() && fi.size() == 0))
        return success();
    if (!fi.isFile())
        return notAWorkspace(path, Tr::tr("it is not a file"));

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not read %1: %2. Nothing was changed.")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return notAWorkspace(path, Tr::tr("it is not a SQLite database"));
    // The application id lives at offset 68 of the database header, big-endian.
    const auto *b = reinterpret_cast<const uchar *>(header.constData()) + 68;
    const qint32 appId = qint32((quint32(b[0]) << 24) | (quint32(b[1]) << 16) |
                                (quint32(b[2]) << 8) | quint32(b[3]));
    if (appId != SqliteApplicationId)
        return notAWorkspace(path, Tr::tr("it is a SQLite database of another program"));

    // Read the schema version without writing anything, not even the -wal
    // and -shm files a read-only WAL reader creates: a cleanly closed
    // workspace has no WAL, so it can be read as immutable.
    const QString name = QStringLiteral("ic-inspect-%1").arg(quintptr(&fi));
    const bool clean = !QFile::exists(path + QStringLiteral("-wal"));
    Result<void> result = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (clean) {
            QUrl uri = QUrl::fromLocalFile(fi.absoluteFilePath());
            uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            Db::close(name);
            return Error::make(Error::Kind::General,
                               Tr::tr("Could not read %1. Nothing was changed.")
                                   .arg(QDir::toNativeSeparators(path)),
                               detail);
        }
        auto current = Migrations::currentVersion(db, Migrations::Component::Store);
        const int latest =
            Migrations::latestVersion(Db::Engine::Sqlite, Migrations::Component::Store);
        if (!current) {
            result = notAWorkspace(path, Tr::tr("its tables cannot be read"));
        } else if (current.value() > latest) {
            result = Error::make(Error::Kind::NewerVersion,
                                 Tr::tr("%1 was written by a newer version of Incident Commander "
                                        "(schema %2; this version knows up to %3). It was not "
                                        "changed. Update Incident Commander to open it.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(current.value())
                                     .arg(latest));
        }
    }
    Db::close(name);
    return result;
}

Result<WorkspaceInfo> open(const ConnectionSpec &spec, const OpenOptions &options,
                           const QString &connectionName, const QDateTime &nowUtc)
{
    if (spec.kind == ConnectionProfile::Kind::Sqlite)
        return openSqlite(spec, options, connectionName, nowUtc);
    return openPostgres(spec, options, connectionName, nowUtc);
}

Result<int> ensurePlatformTables(QSqlDatabase &db, const QDateTime &nowUtc)
{
    int version = 0;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        if (db.tables().contains(QStringLiteral("audit_logs"))) {
            auto v = Migrations::currentVersion(db, Migrations::Component::Platform);
            if (!v)
                return v.error();
            if (v.value() == 0) {
                return Error::make(
                    Error::Kind::General,
                    Tr::tr("This database already has an audit_logs table that "
                           "Incident Commander did not create; it was left as it is."));
            }
        }
        auto applied = Migrations::applyPending(db, Migrations::Component::Platform, nowUtc);
        if (!applied)
            return applied.error();
        auto v = Migrations::currentVersion(db, Migrations::Component::Platform);
        if (!v)
            return v.error();
        version = v.value();
        return success();
    });
    if (!r)
        return r.error();
    return version;
}

} // namespace ic::Workspace
