#include "models/detection/QueryCanceller.h"

#include "models/store/Database.h"

#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>
#include <utility>

namespace ic {

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver() || Db::isPostgres(db))
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}
} // namespace

void QueryCanceller::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    // PQcancel waits on the network: never on the calling (UI) thread.
    Db::cancelDetached(std::exchange(m_pgCancel, nullptr));
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
}

QueryCanceller::Scope::Scope(QueryCanceller *canceller, const QSqlDatabase &db, qint64 timeoutMs)
    : m_canceller(canceller), m_deadline(timeoutMs > 0 ? QDeadlineTimer(timeoutMs)
                                                       : QDeadlineTimer(QDeadlineTimer::Forever))
{
    m_sqlite = sqliteHandle(db);
    if (m_sqlite) {
        // Checked every few thousand virtual machine steps: a deadline and a
        // cancel that came before the statement started.
        sqlite3_progress_handler(m_sqlite, 4000, &Scope::progress, this);
    }
    if (!m_canceller)
        return;
    QMutexLocker lock(&m_canceller->m_mutex);
    m_canceller->m_sqlite = m_sqlite;
    if (PGconn *conn = Db::pgConnection(db))
        m_canceller->m_pgCancel = PQgetCancel(conn);
}

QueryCanceller::Scope::~Scope()
{
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    if (!m_canceller)
        return;
    QMutexLocker lock(&m_canceller->m_mutex);
    m_canceller->m_sqlite = nullptr;
    if (m_canceller->m_pgCancel) {
        PQfreeCancel(m_canceller->m_pgCancel);
        m_canceller->m_pgCancel = nullptr;
    }
}

int QueryCanceller::Scope::progress(void *self)
{
    auto *scope = static_cast<Scope *>(self);
    if (scope->m_canceller && scope->m_canceller->isCancelled())
        return 1;
    if (scope->m_deadline.hasExpired()) {
        scope->m_timedOut = true;
        return 1;
    }
    return 0;
}

} // namespace ic
