#pragma once

#include "models/core/Result.h"
#include "models/playbooks/Checklist.h"
#include "models/store/SqlExecutor.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ic {

class Clock;
class SqlExecutor;

// The checklists of the open workspace, for the UI: every call returns at
// once and answers by signal after the worker thread talked to the database.
class ChecklistStore : public QObject
{
    Q_OBJECT
public:
    ChecklistStore(SqlExecutor *executor, const Clock &clock, QString actor, bool readOnly,
                   QObject *parent = nullptr);

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    bool isReadOnly() const { return m_readOnly; }

    void load(const QString &incidentId);
    // deadlinesFrom: see ChecklistRepository::attach (invalid: from detection).
    void attach(const QString &incidentId, const ic::Playbook &playbook,
                const QString &sourceSha256,
                std::function<void(const Result<Checklist> &)> done = {},
                const QDateTime &deadlinesFrom = {});
    // happenedAt: a step done earlier than now (see ChecklistRepository::setState).
    void setState(const QString &incidentId, const QString &itemId, ChecklistItem::State state,
                  const QString &reason = {}, const QDateTime &happenedAt = {});
    void addNote(const QString &incidentId, const QString &itemId, const QString &text,
                 std::function<void(const Result<void> &)> done = {});

    int pending() const { return m_jobs.pending(); }

signals:
    void loaded(const ic::IncidentChecklists &checklists);
    // A change was written; the incident's record has a new event.
    void changed(const QString &incidentId);
    // Someone else had already put the step in that state.
    void alreadyDone(const QString &incidentId, const QString &message);
    void failed(const ic::Error &error);
    void pendingChanged(int pending);

private:
    template <typename R>
    void submit(std::function<Result<R>(class ChecklistRepository &)> job,
                std::function<void(Result<R>)> done);
    bool refuseReadOnly(const QString &what);

    QPointer<SqlExecutor> m_executor;
    const Clock &m_clock;
    QString m_actor;
    bool m_readOnly = false;
    JobCounter m_jobs{[this](int n) { emit pendingChanged(n); }};
};

} // namespace ic
