#pragma once

#include "models/core/Result.h"
#include "models/playbooks/Checklist.h"
#include "models/store/WorkspaceStore.h"

#include <functional>

namespace ic {

class Clock;
class SqlExecutor;

// The checklists of the open workspace, for the UI: every call returns at
// once and answers by signal after the worker thread talked to the database.
// One instance per session serves every pane: a load asked for while the
// same incident's load is under way is answered by that one.
class ChecklistStore : public WorkspaceStore
{
    Q_OBJECT
public:
    ChecklistStore(SqlExecutor *executor, const Clock &clock, QString actor,
                   QObject *parent = nullptr);

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

signals:
    void loaded(const ic::IncidentChecklists &checklists);
    // Someone else had already put the step in that state.
    void alreadyDone(const QString &incidentId, const QString &message);

private:
    template <typename R>
    void withRepository(std::function<Result<R>(class ChecklistRepository &)> job,
                        std::function<void(Result<R>)> done);
    bool refuseReadOnly(const QString &what);
};

} // namespace ic
