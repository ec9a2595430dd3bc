#include "SqlExecutor.h"

#include "Database.h"
#include "core/Logging.h"

#include <QAtomicInteger>

namespace ic {

namespace {
QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ic-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqlExecutor::SqlExecutor(ConnectionSpec spec, QString purpose, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_connectionName(uniqueConnectionName(purpose))
{
    m_thread.setObjectName(QStringLiteral("sql-") + purpose);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SqlExecutor::~SqlExecutor()
{
    const QString name = m_connectionName;
    QMetaObject::invokeMethod(m_worker, [name] { Db::close(name); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
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
