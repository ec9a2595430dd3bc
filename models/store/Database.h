#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct pg_conn;   // libpq's PGconn
struct pg_cancel; // libpq's PGcancel
struct sqlite3;   // SQLite's connection

namespace ic::Db {

enum class Engine { Sqlite, Postgres };

// How long any PostgreSQL statement of the app waits for a lock (a row, a
// table, an advisory lock) before it gives up and rolls back: a session
// holding a lock must not hang every workstation.
constexpr int LockTimeoutMs = 10'000;

Engine engine(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return engine(db) == Engine::Postgres;
}

// Opens a named connection for the calling thread (QtSql connections are
// per thread). Errors say what failed and that nothing was changed.
// PostgreSQL: sslmode as the endpoint says (automatic: verify-full unless the
// host is this machine), every keyword value quoted, lock_timeout set.
// SQLite: defensive mode, no triggers or views (a workspace file may come
// from anyone), trusted_schema off on read-only connections, synchronous=FULL
// on writable ones (a commit survives a power cut: the outbox's "recorded
// before it is sent").
Result<QSqlDatabase> open(const ConnectionSpec &spec, const QString &connectionName);

// Closes and removes the named connection; call from the owning thread.
void close(const QString &connectionName);

// libpq's connection under a QPSQL connection (for COPY and cancel), or null.
pg_conn *pgConnection(const QSqlDatabase &db);
// SQLite's connection under a QSQLITE connection, or null.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// What every SQLite connection of the app runs with, whoever wrote the file:
// defensive mode, no triggers and no views (ours has none). Writers keep
// trusted_schema on: SQLite 3.40 does not count its JSON functions harmless
// and our tables CHECK json_valid(); Workspace instead refuses a file whose
// schema is not exactly what our migrations made.
void hardenSqlite(const QSqlDatabase &db);

// Sends a PostgreSQL cancel request (PQcancel, which opens a connection to the
// server and may wait on the network) from a short-lived thread of its own,
// then frees the handle: the calling (UI) thread returns at once.
void cancelDetached(pg_cancel *cancel);

// Whether an open connection is still usable (PostgreSQL can drop it).
bool isAlive(const QSqlDatabase &db);

// Runs one parameterised statement. Values are always bound, never pasted.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql,
                       std::initializer_list<QVariant> params = {});
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &params);

// Runs fn inside a transaction; commits if it succeeds, rolls back otherwise.
Result<void> transaction(QSqlDatabase &db, const std::function<Result<void>()> &fn);

// Rewrites QtSql's `?` placeholders as PostgreSQL's $1, $2... for libpq
// (outside 'strings', E'escape strings', $tag$ dollar quotes $tag$,
// "identifiers" and -- or nested /* */ comments; see SqlText).
QByteArray toPgPlaceholders(const QString &sql);

// An error from a failed statement, with the driver's text as detail. A
// lock or statement timeout says so (and that nothing was changed).
Error queryError(const QSqlQuery &query, const QString &what);

// Timestamps: stored in UTC. SQLite keeps text that sorts and compares like
// its own datetime() output ("YYYY-MM-DD HH:MM:SS.SSS"); PostgreSQL timestamptz.
QVariant bindTime(const QSqlDatabase &db, const QDateTime &utc);
QDateTime readTime(const QVariant &value);
QString sqliteTimeText(const QDateTime &utc);

} // namespace ic::Db
