#include "models/store/SqlExecutor.h"

#include "models/core/Logging.h"
#include "models/store/Database.h"

#include <QAtomicInteger>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ic {

namespace {
QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ic-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

// A database worker yields the CPU to the window: when an export or a
// detection pass keeps every core busy, the UI thread still gets one at once.
// (Qt's QThread priorities do nothing for ordinary threads on Linux; a nice
// value per thread does, and raising it needs no privilege.)
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    constexpr int WorkerNice = 5;
    const int current = getpriority(PRIO_PROCESS, 0);
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), qMin(19, current + WorkerNice));
#endif
}
} // namespace

SqlExecutor::SqlExecutor(ConnectionSpec spec, QString purpose, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_connectionName(uniqueConnectionName(purpose))
{
    m_thread.setObjectName(QStringLiteral("sql-") + purpose);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &yieldToTheWindow, Qt::DirectConnection);
    m_thread.start();
}

SqlExecutor::~SqlExecutor()
{
    if (!m_retired)
        closeAndQuit();
    m_thread.wait(); // at once when retired: deleted after the thread finished
}

void SqlExecutor::closeAndQuit()
{
    // Both on the worker, after the jobs already queued: a quit() from here
    // would end its loop as soon as the running job returns, leaving the
    // close unrun and the connection open.
    const QString name = m_connectionName;
    QMetaObject::invokeMethod(
        m_worker,
        [name] {
            Db::close(name);
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void SqlExecutor::retire()
{
    if (m_retired)
        return;
    m_retired = true;
    setParent(nullptr);
    connect(&m_thread, &QThread::finished, this, &QObject::deleteLater);
    closeAndQuit();
}

void SqlExecutor::post(std::function<void()> fn)
{
    m_pending.ref();
    QMetaObject::invokeMethod(
        m_worker,
        [this, fn = std::move(fn)] {
            fn();
            m_pending.deref();
        },
        Qt::QueuedConnection);
}

Result<QSqlDatabase> SqlExecutor::connection()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (Db::isAlive(db))
            return db;
        qCInfo(lcStore) << "connection" << m_connectionName << "lost; reconnecting";
        db = QSqlDatabase();
        Db::close(m_connectionName);
    }
    return Db::open(m_spec, m_connectionName);
}

} // namespace ic
