#pragma once

#include "models/core/Result.h"
#include "models/store/Permissions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace ic {

class Clock;
class SqlExecutor;

// What every store of an open workspace shares (incidents, checklists,
// notifications, escalation, alerts, reviews, the timeline, evidence):
// each call returns at once, its job runs on the workspace's worker thread
// with the worker's connection, and the answer comes back on this object's
// thread. The base counts the jobs in flight (the window shows "saving…"),
// knows who writes, and holds the one read-only rule: what the session's
// Permissions say. A store announces what it wrote with changed(); the
// session passes that on to whoever shows the incident.
class WorkspaceStore : public QObject
{
    Q_OBJECT
public:
    WorkspaceStore(SqlExecutor *executor, const Clock &clock, QString actor,
                   QObject *parent = nullptr);
    ~WorkspaceStore() override;

    // The name recorded with what this store writes.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Until the session says otherwise: what the connection allows.
    const Permissions &permissions() const { return m_permissions; }
    void setPermissions(const Permissions &permissions) { m_permissions = permissions; }
    // The one read-only rule: writes are refused here, before any job runs.
    bool isReadOnly() const { return !m_permissions.canEdit(); }

    // Jobs not yet answered.
    int pending() const { return m_pending; }

signals:
    void failed(const ic::Error &error);
    // Something of this incident was written (its record has new events).
    void changed(const QString &incidentId);
    void pendingChanged(int pending);

protected:
    const Clock &clock() const { return m_clock; }
    // Null once the workspace's worker is gone.
    SqlExecutor *executor() const { return m_executorAlive ? m_executor : nullptr; }

    // Runs `job` on the worker, then `done` here while this store exists.
    // Without a workspace (or without a connection to it) `done` gets the
    // error. Counted from now until `done` returned.
    template <typename R>
    void submit(std::function<Result<R>(QSqlDatabase &)> job, std::function<void(Result<R>)> done)
    {
        auto result = std::make_shared<std::optional<Result<R>>>();
        run([job = std::move(job), result](QSqlDatabase &db) { result->emplace(job(db)); },
            [result, done = std::move(done)](const Error *problem) {
                if (done)
                    done(problem ? Result<R>(*problem) : std::move(**result));
            });
    }

    // For loads that several panes ask for after the same change: a request
    // for `key` while that load still waits in the worker's queue joins it
    // (`done`, if given, gets its answer); once it runs, a new one is queued.
    // The queued load has not read anything yet, so it sees every change
    // made before the request.
    template <typename R>
    void submitShared(const QString &key, std::function<Result<R>(QSqlDatabase &)> job,
                      std::function<void(Result<R>)> done)
    {
        using Waiters = QList<std::function<void(Result<R>)>>;
        if (auto it = m_shared.find(key); it != m_shared.end() && !it->started->load()) {
            if (done)
                static_cast<Waiters *>(it->waiters.get())->append(std::move(done));
            return;
        }
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto waiters = std::make_shared<Waiters>();
        if (done)
            waiters->append(std::move(done));
        m_shared.insert(key, Shared{started, waiters});
        submit<R>(
            [job = std::move(job), started](QSqlDatabase &db) {
                started->store(true);
                return job(db);
            },
            [this, key, started, waiters](Result<R> r) {
                if (auto it = m_shared.find(key); it != m_shared.end() && it->started == started)
                    m_shared.erase(it);
                for (const auto &w : std::as_const(*waiters))
                    w(r);
            });
    }
    // Whether a load for `key` waits in the queue (a request now would join it).
    bool isQueued(const QString &key) const
    {
        auto it = m_shared.constFind(key);
        return it != m_shared.cend() && !it->started->load();
    }

    // Refuses a write when the permissions say so: sends failed(error) and
    // returns true; the texts (what was refused) are the store's own, except
    // in a team workspace, where the person reads which role it needs.
    bool refuseIfReadOnly(const Error &error);
    // The refusal to send: `profileText` for a reviewer or read-only
    // profile; in a team workspace the role `action` needs and who can
    // grant it (nothing was sent to the server).
    Error refusal(const QString &profileText,
                  Permissions::Action action = Permissions::Action::Edit) const;

private:
    struct Shared
    {
        std::shared_ptr<std::atomic<bool>> started;
        std::shared_ptr<void> waiters;
    };

    void run(std::function<void(QSqlDatabase &)> work, std::function<void(const Error *)> then);
    void step(int delta);

    SqlExecutor *m_executor;
    QPointer<QObject> m_executorAlive; // the same object, as a guard
    const Clock &m_clock;
    QString m_actor;
    Permissions m_permissions;
    int m_pending = 0;
    QHash<QString, Shared> m_shared;
};

} // namespace ic
