#include "models/store/QueryCanceller.h"

#include "models/store/Database.h"

#include <QDateTime>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <utility>

namespace ic {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QueryCanceller::~QueryCanceller()
{
    disarm();
}

void QueryCanceller::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    // PQcancel waits on the network: never on the calling (UI) thread.
    Db::cancelDetached(std::exchange(m_pg, nullptr));
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
}

void QueryCanceller::arm(const QSqlDatabase &db, qint64 timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    m_timedOut.store(false);
    if (Db::isPostgres(db)) {
        if (PGconn *conn = Db::pgConnection(db)) {
            if (m_pg)
                PQfreeCancel(m_pg);
            m_pg = PQgetCancel(conn);
        }
        return;
    }
    m_sqlite = Db::sqliteHandle(db);
    m_deadline = timeoutMs > 0 ? nowMs() + timeoutMs : 0;
    // Checked every thousand virtual machine steps: the deadline, and a
    // cancel that came before the statement started (sqlite3_interrupt is
    // a no-op while nothing runs).
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 1000, &QueryCanceller::progress, this);
}

void QueryCanceller::disarm()
{
    QMutexLocker lock(&m_mutex);
    if (m_pg) {
        PQfreeCancel(m_pg);
        m_pg = nullptr;
    }
    if (m_sqlite) {
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
        m_sqlite = nullptr;
    }
    m_deadline = 0;
}

int QueryCanceller::progress(void *self)
{
    auto *c = static_cast<QueryCanceller *>(self);
    if (c->m_cancelled.load())
        return 1;
    if (c->m_deadline && nowMs() > c->m_deadline) {
        c->m_timedOut.store(true);
        return 1;
    }
    return 0;
}

QueryCanceller::Scope::Scope(QueryCanceller *canceller, const QSqlDatabase &db, qint64 timeoutMs)
    : m_canceller(canceller)
{
    if (!m_canceller && timeoutMs > 0) {
        m_own = std::make_unique<QueryCanceller>();
        m_canceller = m_own.get();
    }
    if (m_canceller)
        m_canceller->arm(db, timeoutMs);
}

QueryCanceller::Scope::~Scope()
{
    if (m_canceller)
        m_canceller->disarm();
}

} // namespace ic
