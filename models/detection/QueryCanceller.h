#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QSqlDatabase>

#include <atomic>

struct pg_cancel;
struct sqlite3;

namespace ic {

// Stops the statement a worker thread is running, from any thread (closing a
// workspace must not wait for a long rule), and gives SQLite statements a
// deadline (PostgreSQL has statement_timeout).
class QueryCanceller
{
public:
    QueryCanceller() = default;
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    // Any thread: stops the running statement; later ones fail at once.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Worker thread, around one statement on `db`.
    class Scope
    {
    public:
        Scope(QueryCanceller *canceller, const QSqlDatabase &db, qint64 timeoutMs);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
        bool timedOut() const { return m_timedOut; }

    private:
        static int progress(void *self);
        QueryCanceller *m_canceller;
        sqlite3 *m_sqlite = nullptr;
        QDeadlineTimer m_deadline;
        bool m_timedOut = false;
    };

private:
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    pg_cancel *m_pgCancel = nullptr; // guarded by m_mutex
    sqlite3 *m_sqlite = nullptr;     // guarded by m_mutex
};

} // namespace ic
