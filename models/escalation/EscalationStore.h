#pragma once

#include "models/core/Result.h"
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"
#include "models/escalation/EscalationRepository.h"
#include "models/store/WorkspaceStore.h"

#include <QList>

#include <functional>
#include <optional>

namespace ic {

class Clock;
class SqlExecutor;

// The escalation side of an open workspace, for the UI: every call returns
// at once and answers by signal after the worker talked to the database
// (the same pattern as IncidentStore).
class EscalationStore : public WorkspaceStore
{
    Q_OBJECT
public:
    EscalationStore(SqlExecutor *executor, const Clock &clock, QString actor,
                    QObject *parent = nullptr);

    void loadState(const QString &incidentId);
    void record(const QString &incidentId, ic::EscalationRecord::Kind kind,
                const ic::EscalationTarget &target);
    void setDataBreach(const QString &incidentId, std::optional<bool> dataBreach);
    void decide(const QString &incidentId, const QString &policy, const QString &nodeId,
                const QString &question, const QString &targetId, const QString &answer);

    // The built-in and imported policies and which one the workspace uses.
    void loadPolicies();
    // Reads the file on the worker, checks it and stores it in the workspace.
    void importPolicyFile(const QString &path);
    // Shows the Nth flowchart of an imported policy's document (1..N; 0: the
    // reader's choice). Answers with policyGraphChosen() or failed().
    void choosePolicyGraph(const QString &name, int graph);
    void setActivePolicy(const QString &name);

signals:
    void stateLoaded(const QString &incidentId, const ic::EscalationState &state);
    void recorded(const QString &incidentId, const ic::EscalationRecord &record);
    void policiesLoaded(const QList<ic::EscalationPolicy> &policies, const QString &active);
    void policyImported(const ic::EscalationPolicy &policy);
    void policyGraphChosen(const ic::EscalationPolicy &policy);

private:
    template <typename R>
    void withRepository(std::function<Result<R>(EscalationRepository &)> job,
                        std::function<void(Result<R>)> done);
    bool refuseReadOnly(const QString &what);
};

} // namespace ic

Q_DECLARE_METATYPE(ic::EscalationState)
Q_DECLARE_METATYPE(ic::EscalationRecord)
Q_DECLARE_METATYPE(ic::EscalationPolicy)
