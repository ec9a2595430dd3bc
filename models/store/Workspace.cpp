#include "models/store/Workspace.h"

#include "models/core/Logging.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/SqlScript.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamMembers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

#include <sqlite3.h>

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

// One recorded migration step, in the order the workspace applied it.
struct RecordedStep
{
    Migrations::Component component = Migrations::Component::Store;
    int version = 0;
};

QString normalised(const QString &sql)
{
    return sql.simplified();
}

// Every schema object ("table ic_incidents" -> its CREATE statement) the
// recorded migration steps make, from running those steps in the recorded
// order on an empty in-memory database; built once per sequence of steps.
Result<QHash<QString, QString>> expectedObjects(const QList<RecordedStep> &steps)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> cache;
    QStringList keyParts;
    for (const RecordedStep &r : steps)
        keyParts << Migrations::componentName(r.component) + QString::number(r.version);
    const QString key = keyParts.join(QLatin1Char(','));
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();

    QHash<QString, QList<Migrations::Step>> known;
    for (const Migrations::Component c :
         {Migrations::Component::Store, Migrations::Component::Platform})
        known.insert(Migrations::componentName(c), Migrations::steps(Db::Engine::Sqlite, c));
    const QString name = QStringLiteral("ic-expected-schema");
    QHash<QString, QString> objects;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(Migrations::ledgerSql(Db::Engine::Sqlite)))
                failure = q.lastError().text();
            for (const RecordedStep &r : steps) {
                const QList<Migrations::Step> candidates =
                    known.value(Migrations::componentName(r.component));
                const auto step = std::find_if(
                    candidates.cbegin(), candidates.cend(),
                    [&r](const Migrations::Step &s) { return s.version == r.version; });
                if (step == candidates.cend()) {
                    failure = QStringLiteral("unknown step %1").arg(r.version);
                    break;
                }
                for (const QString &statement : SqlScript::split(step->sql)) {
                    if (!q.exec(statement) && failure.isEmpty())
                        failure = q.lastError().text();
                }
            }
            if (q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT "
                                      "LIKE 'sqlite\\_%' ESCAPE '\\'"))) {
                while (q.next())
                    objects.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(),
                                   normalised(q.value(2).toString()));
            } else if (failure.isEmpty()) {
                failure = q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return Error::make(Error::Kind::General, QStringLiteral("expected schema"), failure);
    cache.insert(key, objects);
    return objects;
}

// A workspace file may come from anyone: every table, index, view and
// trigger in it must be one our migrations made, exactly as they made it.
// A hostile trigger would otherwise run on the app's own writes, and a
// table's CHECK, DEFAULT or generated column could call what it likes.
Result<void> checkSchemaObjects(QSqlDatabase &db, const QString &path)
{
    QList<RecordedStep> steps;
    if (db.tables().contains(QStringLiteral("ic_schema_migrations"))) {
        // The order they were applied in: a column added later comes later.
        auto q = Db::exec(db, QStringLiteral("SELECT component, version FROM ic_schema_migrations "
                                             "ORDER BY applied_at, CASE component WHEN 'store' "
                                             "THEN 0 ELSE 1 END, version"));
        if (!q)
            return notAWorkspace(path, Tr::tr("its tables cannot be read"));
        while (q->next()) {
            const QString component = q->value(0).toString();
            RecordedStep r;
            r.version = q->value(1).toInt();
            if (component == Migrations::componentName(Migrations::Component::Store))
                r.component = Migrations::Component::Store;
            else if (component == Migrations::componentName(Migrations::Component::Platform))
                r.component = Migrations::Component::Platform;
            else
                return notAWorkspace(path, Tr::tr("it records schema steps of an unknown kind"));
            steps << r;
        }
    }
    auto expected = expectedObjects(steps);
    if (!expected)
        return notAWorkspace(path, Tr::tr("its recorded schema steps do not fit together"));
    auto q = Db::exec(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT "
                                         "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"));
    if (!q)
        return notAWorkspace(path, Tr::tr("its schema cannot be read"));
    QStringList foreign;
    while (q->next()) {
        const QString object = q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
        const auto it = expected->constFind(object);
        if (it == expected->constEnd())
            foreign << object;
        else if (it.value() != normalised(q->value(2).toString()))
            foreign << Tr::tr("%1 (changed)").arg(object);
    }
    if (foreign.isEmpty())
        return success();
    const QString listed =
        foreign.size() > 8
            ? QStringList(foreign.mid(0, 8)).join(QStringLiteral(", ")) + QStringLiteral(", …")
            : foreign.join(QStringLiteral(", "));
    return Error::make(
        Error::Kind::NotAWorkspace,
        Tr::tr("%1 contains database objects that Incident Commander did not create, or changed "
               "(%2). A workspace file can carry code that would run when the app writes to it, "
               "so it was not opened and the file was not changed. Open it only after whoever "
               "made it removes them.")
            .arg(QDir::toNativeSeparators(path), listed));
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
            // Waits at most Db::LockTimeoutMs: a session holding this lock
            // (another workstation upgrading, or a console query taking it)
            // must not hang everyone who opens the workspace.
            auto lock = Db::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7310455)"));
            if (!lock) {
                Error e = lock.error();
                if (e.detail.contains(QLatin1String("lock timeout")))
                    e.message = Tr::tr("Another session has held this workspace's set-up lock "
                                       "for more than %1 s (another workstation upgrading it, "
                                       "or a query holding pg_advisory_lock(7310455)). Nothing "
                                       "was changed; try again, and if it keeps happening ask "
                                       "your database administrator who holds the lock.")
                                    .arg(Db::LockTimeoutMs / 1000);
                return e;
            }
            // Migrating a large database may take longer than a store
            // statement may; lock waits keep their limit.
            auto unlimited = Db::exec(db, QStringLiteral("SET LOCAL statement_timeout = 0"));
            if (!unlimited)
                return unlimited.error();
        }
        auto before = Migrations::currentVersion(db, Migrations::Component::Store);
        if (!before)
            return before.error();
        info.storeVersionBefore = before.value();
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
            info.admins = access->admins;
            info.displayName = access->displayName;
            info.superuser = access->superuser;
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

// The texts of opening to read were first written for the command line;
// they keep its translation context so their translations still apply.
struct ReadTr
{
    Q_DECLARE_TR_FUNCTIONS(ic::app::WorkspaceArgs)
};

Result<WorkspaceInfo> openToRead(ConnectionSpec spec, const QString &connectionName)
{
    spec.readOnly = true;
    if (spec.kind == ConnectionProfile::Kind::Sqlite) {
        if (!QFileInfo::exists(spec.sqlitePath)) {
            return Error::make(Error::Kind::NotFound,
                               ReadTr::tr("The workspace %1 does not exist. Nothing was changed.")
                                   .arg(spec.sqlitePath));
        }
        if (auto check = inspectSqliteFile(spec.sqlitePath); !check)
            return check.error();
    }
    auto db = Db::open(spec, connectionName);
    if (!db)
        return db.error();
    auto version = Migrations::currentVersion(db.value(), Migrations::Component::Store);
    const int latest =
        Migrations::latestVersion(Db::engine(db.value()), Migrations::Component::Store);
    QString problem;
    if (!version || version.value() == 0)
        problem =
            ReadTr::tr("%1 holds no incident store. Nothing was changed.").arg(spec.describe());
    else if (version.value() > latest)
        problem = ReadTr::tr("%1 was written by a newer version of Incident Commander; update it "
                             "to read this workspace. Nothing was changed.")
                      .arg(spec.describe());
    else if (version.value() < latest)
        problem = ReadTr::tr("%1 was written by an older version; open it once in the app, which "
                             "upgrades it, then try again. Nothing was changed.")
                      .arg(spec.describe());
    if (!problem.isEmpty()) {
        db.value() = QSqlDatabase();
        Db::close(connectionName);
        return Error::make(Error::Kind::NotAWorkspace, problem);
    }
    WorkspaceInfo info;
    info.kind = spec.kind;
    info.location = spec.describe();
    info.storeVersion = info.storeVersionBefore = version.value();
    auto id = readWorkspaceValue(db.value(), QStringLiteral("workspace_id"));
    info.workspaceId = id ? id.value() : QString();
    auto pv = Migrations::currentVersion(db.value(), Migrations::Component::Platform);
    info.platformVersion = pv ? pv.value() : 0;
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
        Db::hardenSqlite(db);
        // Only reading: what the schema calls need not be trusted either.
        if (sqlite3 *h = Db::sqliteHandle(db))
            sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
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
        } else {
            result = checkSchemaObjects(db, path);
        }
    }
    Db::close(name);
    return result;
}

void prepareSchemaCheck()
{
    // The steps in the order a new workspace records them (store first;
    // see checkSchemaObjects), which is what files made by this version hold.
    QList<RecordedStep> steps;
    for (const Migrations::Component c :
         {Migrations::Component::Store, Migrations::Component::Platform}) {
        for (const Migrations::Step &s : Migrations::steps(Db::Engine::Sqlite, c))
            steps << RecordedStep{c, s.version};
    }
    (void)expectedObjects(steps);
}

Result<WorkspaceInfo> open(const ConnectionSpec &spec, const OpenOptions &options,
                           const QString &connectionName, const QDateTime &nowUtc)
{
    if (options.readOnly)
        return openToRead(spec, connectionName);
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
