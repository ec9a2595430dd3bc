#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace ic {

// A worker thread that owns one database connection and runs jobs on it in
// order. Results come back to the thread that created the executor, so the
// UI thread never waits on the database.
class SqlExecutor : public QObject
{
    Q_OBJECT
public:
    // `purpose` names the connection in logs ("store", "audit").
    SqlExecutor(ConnectionSpec spec, QString purpose, QObject *parent = nullptr);
    ~SqlExecutor() override;

    // Runs `job` on the worker with its connection, then `done` on this
    // object's thread, unless `context` was destroyed in the meantime.
    template <typename R>
    void run(std::function<Result<R>(QSqlDatabase &)> job, QObject *context,
             std::function<void(Result<R>)> done)
    {
        post([this, job = std::move(job), context = QPointer<QObject>(context),
              done = std::move(done)]() mutable {
            Result<R> result = withConnection<R>(job);
            deliver(context, [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            });
        });
    }

    // Like run(), for jobs that manage the connection themselves (the
    // workspace opener opens it under connectionName()).
    template <typename R>
    void runUnconnected(std::function<Result<R>()> job, QObject *context,
                        std::function<void(Result<R>)> done)
    {
        post([this, job = std::move(job), context = QPointer<QObject>(context),
              done = std::move(done)]() mutable {
            Result<R> result = job();
            deliver(context, [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            });
        });
    }

    // From the worker: runs fn on this object's thread if `context` still
    // exists then. The guard is only read on this object's thread.
    void deliver(QPointer<QObject> context, std::function<void()> fn)
    {
        QMetaObject::invokeMethod(
            this,
            [context, fn = std::move(fn)] {
                if (context)
                    fn();
            },
            Qt::QueuedConnection);
    }

    // Runs a job on the worker thread with no connection handling, e.g. the
    // workspace opener which opens the connection itself.
    void post(std::function<void()> fn);

    // Lets the worker finish its current job and go on its own, without this
    // thread waiting for it (deleting the executor waits): the owner cancels
    // the job first, then retires the executor instead of deleting it. The
    // executor deletes itself once its thread has ended; results still due
    // are dropped by their context guard.
    void retire();

    const ConnectionSpec &spec() const { return m_spec; }
    QString connectionName() const { return m_connectionName; }

    // Number of jobs queued or running; for tests and the status bar.
    int pendingJobs() const { return m_pending.loadRelaxed(); }

private:
    template <typename R>
    Result<R> withConnection(std::function<Result<R>(QSqlDatabase &)> &job)
    {
        auto db = connection();
        if (!db)
            return db.error();
        return job(db.value());
    }
    Result<QSqlDatabase> connection(); // worker thread only
    void closeAndQuit();

    ConnectionSpec m_spec;
    QString m_connectionName;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    bool m_retired = false;
    QAtomicInt m_pending;
};

} // namespace ic
