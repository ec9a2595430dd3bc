#pragma once

#include "models/core/Result.h"
#include "models/store/Database.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

struct pg_cancel;
struct pg_conn;
struct sqlite3;

namespace ic {

// Stops the statement running on a worker's connection from any thread:
// PQcancel on PostgreSQL, sqlite3_interrupt on SQLite. The worker arms it
// around each statement; a cancel before arming makes the job return at once.
class AuditCanceller
{
public:
    AuditCanceller() = default;
    ~AuditCanceller();
    AuditCanceller(const AuditCanceller &) = delete;
    AuditCanceller &operator=(const AuditCanceller &) = delete;

    void cancel(); // any thread; returns at once
    bool isCancelled() const { return m_cancelled.load(); }
    bool timedOut() const { return m_timedOut.load(); }

    // Worker side. `timeoutMs` > 0: SQLite statements stop after that long
    // (PostgreSQL uses statement_timeout, set by the caller).
    void arm(QSqlDatabase &db, int timeoutMs = 0);
    void disarm();

private:
    static int progress(void *self);

    mutable QMutex m_mutex;
    pg_cancel *m_pg = nullptr;
    sqlite3 *m_sqlite = nullptr;
    qint64 m_deadline = 0; // QDeadlineTimer-free: ms since epoch, 0 = none
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_timedOut{false};
};

using AuditCancellerPtr = std::shared_ptr<AuditCanceller>;

// Arms a canceller for the statements of one scope.
class AuditCancelScope
{
public:
    AuditCancelScope(AuditCanceller *c, QSqlDatabase &db, int timeoutMs = 0) : m_c(c)
    {
        if (m_c)
            m_c->arm(db, timeoutMs);
    }
    ~AuditCancelScope()
    {
        if (m_c)
            m_c->disarm();
    }
    AuditCancelScope(const AuditCancelScope &) = delete;
    AuditCancelScope &operator=(const AuditCancelScope &) = delete;

private:
    AuditCanceller *m_c;
};

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
