#pragma once

#include "models/core/Result.h"
#include "models/store/Database.h"
#include "models/store/QueryCanceller.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

struct pg_conn;
struct sqlite3;

namespace ic {

// The audit module's statements stop through the one canceller of store/.
using AuditCanceller = QueryCanceller;
using AuditCancellerPtr = std::shared_ptr<QueryCanceller>;
using AuditCancelScope = QueryCanceller::Scope;

// Rows of a statement. PostgreSQL values arrive as text (QString) or null;
// SQLite values keep their storage class.
struct AuditSqlResult
{
    QStringList columns;
    QList<QVariantList> rows;
    qint64 affected = 0; // MOVE/FETCH command counts on PostgreSQL
};

// Running the audit module's statements on either engine. On PostgreSQL
// they go through libpq's extended protocol on the QPSQL connection (real
// bound parameters, one statement per call, microsecond timestamps kept);
// on SQLite through QSqlQuery. Values are always bound, never pasted.
namespace AuditSql {

// Makes a connection ready for audit queries (SQLite: registers
// ic_inet_contains and sets query_only; idempotent per connection).
Result<void> prepareConnection(QSqlDatabase &db);

// SQL with ? placeholders, as this engine receives it ($1, $2... on
// PostgreSQL). Quote-, comment- and dollar-quote-aware.
QString forEngine(const QString &sql, Db::Engine engine);

// `placeholders`: convert ? to $n for PostgreSQL (off for SQL typed by a
// person without parameters, where ? may be a jsonb operator).
Result<AuditSqlResult> query(QSqlDatabase &db, const QString &sql, const QVariantList &params = {},
                             AuditCanceller *canceller = nullptr, int timeoutMs = 0,
                             bool placeholders = true);

// Runs a statement whose result is not needed (BEGIN, SET LOCAL, CLOSE...).
Result<void> command(QSqlDatabase &db, const QString &sql, const QVariantList &params = {},
                     AuditCanceller *canceller = nullptr, bool placeholders = true);

// How a bound value is sent to PostgreSQL as text.
QByteArray pgText(const QVariant &value);

// An error for people from a failed statement, knowing whether it was
// cancelled and whether the server is a hot standby (a read-only replica:
// a change is refused there whatever the session allows, and a long query
// can be cancelled to let the replica replay the primary's changes).
Error statementError(const QString &driverText, bool connectionLost, const AuditCanceller *c,
                     const QString &what, const QString &sqlState = {}, bool hotStandby = false);

// Whether this PostgreSQL connection is to a hot standby (the server says
// so with every session since PostgreSQL 14: in_hot_standby).
bool isHotStandby(pg_conn *conn);

// sqlite3* / PGconn* under a QtSql connection (null for the other engine).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// One value of a row as SQLite holds it as text (UTF-8, not NUL-safe to
// print; `size` bytes); `data` null: NULL.
struct SqliteCell
{
    const char *data = nullptr;
    int size = 0;
};

// SQLite: runs `sql` (? placeholders) and hands every row's values to `row`
// straight from sqlite3, without a QVariant or QString per value: the
// export's path, where that conversion cost more than reading the rows.
// Returns the number of rows.
Result<qint64> forEachSqliteRow(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                                AuditCanceller *canceller,
                                const std::function<void(const SqliteCell *cells, int count)> &row);

} // namespace AuditSql
} // namespace ic
