#pragma once

#include <QMutex>
#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <optional>

struct pg_cancel;
struct sqlite3;

namespace ic {

// Stops the statement a worker's connection is running, from any thread
// (closing a workspace or cancelling a search must not wait): PQcancel on
// PostgreSQL (sent from a short-lived thread, never the caller's),
// sqlite3_interrupt on SQLite. It also gives SQLite statements a deadline
// (PostgreSQL has statement_timeout). The worker arms it around each
// statement (Scope); a cancel that came before the statement started makes
// it stop at once. One canceller serves the audit explorer, the exporter and
// the detection rules.
class QueryCanceller
{
public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    // Any thread; returns at once. Later statements fail at once too.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // The statement last armed ran past its deadline.
    bool timedOut() const { return m_timedOut.load(); }

    // Worker side, around one statement on `db`. `timeoutMs` > 0: a SQLite
    // statement stops after that long.
    void arm(const QSqlDatabase &db, qint64 timeoutMs = 0);
    void disarm();

    // Arms `canceller` for the statements of one scope. Without one, a
    // SQLite statement still gets the deadline.
    class Scope
    {
    public:
        Scope(QueryCanceller *canceller, const QSqlDatabase &db, qint64 timeoutMs = 0);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
        bool timedOut() const { return m_canceller && m_canceller->timedOut(); }

    private:
        std::unique_ptr<QueryCanceller> m_own;
        QueryCanceller *m_canceller;
    };

private:
    static int progress(void *self);

    mutable QMutex m_mutex;
    pg_cancel *m_pg = nullptr;   // guarded by m_mutex
    sqlite3 *m_sqlite = nullptr; // guarded by m_mutex
    qint64 m_deadline = 0;       // ms since the epoch, 0: none
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_timedOut{false};
};

} // namespace ic
