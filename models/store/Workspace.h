#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ic {

// What an opened workspace is.
struct WorkspaceInfo
{
    ConnectionProfile::Kind kind = ConnectionProfile::Kind::Sqlite;
    QString location;    // file path or postgresql:// URI
    QString workspaceId; // stable id written at creation
    int storeVersion = 0;
    int storeVersionBefore = 0; // before this open's migrations (0: there was no store)
    int platformVersion = 0;    // 0: no platform tables in this database
    bool created = false;       // created by this open
    // A team workspace on PostgreSQL: who the server says is connected, and
    // the roles they hold (models/team). `becameTeam`: this open created the
    // workspace's roles (an upgrade or a new workspace); the login that
    // opened it is its first admin.
    bool team = false;
    QString login;
    QStringList roles;
    QStringList admins;  // who can grant a role
    QString displayName; // the login's name in the members table, if any
    bool superuser = false;
    bool becameTeam = false;
};

struct OpenOptions
{
    bool createIfMissing = true;      // a missing/empty SQLite file, an empty PG database
    bool createPlatformTables = true; // when creating: add audit_logs & co (embedded/demo)
    // Only to read (inspection, sub-commands): on a read-only connection,
    // nothing is created, migrated or written; a workspace this build cannot
    // read as it is (none there, older or newer) is refused.
    bool readOnly = false;
};

// A workspace is a database: this checks that it is one of ours, refuses
// anything else without changing it, and applies pending migrations.
namespace Workspace {

constexpr qint32 SqliteApplicationId = 0x49434D44; // "ICMD" in the SQLite header

// Checks a SQLite file without writing to it: missing or empty is fine (it
// will be created), anything that is not our workspace or is newer is refused.
Result<void> inspectSqliteFile(const QString &path);

// Prepares, ahead of time, what opening a workspace file checks its schema
// against (every migration step run on an empty database: ~10 ms). The GUI
// calls it on a pool thread at start, while the window is built; an open
// that needs it meanwhile waits for it instead of doing it again.
void prepareSchemaCheck();

// Opens the named connection for this thread, checks and migrates the
// workspace. On success the connection stays open for the caller.
Result<WorkspaceInfo> open(const ConnectionSpec &spec, const OpenOptions &options,
                           const QString &connectionName, const QDateTime &nowUtc);

// Adds the platform tables to an already open workspace (demo data, tests).
Result<int> ensurePlatformTables(QSqlDatabase &db, const QDateTime &nowUtc);

} // namespace Workspace
} // namespace ic
