#pragma once

#include "models/core/Result.h"
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ic {

// Who was reached on an incident, on which node of which policy.
struct EscalationTarget
{
    QString policy;
    QString nodeId;
    QString nodeLabel;
    QString role;    // the contact row's role, or the node's label
    QString contact; // how: "PagerDuty", "cto@settler.io"
    QDateTime due;   // the deadline shown when it was recorded (may be invalid)
};

// Reads and writes an incident's escalation in one workspace database.
// Synchronous: call it on a worker thread (EscalationStore). Notified,
// acknowledged, decisions and the data-breach flag are incident events
// (EventLog), written in the same transaction as any row they change.
class EscalationRepository
{
public:
    EscalationRepository(QSqlDatabase db, const QDateTime &nowUtc);

    static inline const QString NotifiedKind = QStringLiteral("escalation.notified");
    static inline const QString AcknowledgedKind = QStringLiteral("escalation.acknowledged");
    static inline const QString DataBreachKind = QStringLiteral("escalation.data_breach");
    static inline const QString DecidedKind = QStringLiteral("escalation.decided");
    static constexpr int MaxFieldLength = 500;

    Result<EscalationState> state(const QString &incidentId);
    Result<EscalationRecord> record(const QString &incidentId, EscalationRecord::Kind kind,
                                    const EscalationTarget &target, const QString &actor);
    // nullopt: "not decided yet". Recording the same value again changes nothing.
    Result<void> setDataBreach(const QString &incidentId, std::optional<bool> dataBreach,
                               const QString &actor);
    // The branch the commander chose at a decision the facts cannot answer.
    Result<void> decide(const QString &incidentId, const QString &policy, const QString &nodeId,
                        const QString &question, const QString &targetId, const QString &answer,
                        const QString &actor);

    // Policies the team imported into this workspace, read again from their text.
    Result<QList<EscalationPolicy>> importedPolicies();
    // Stores a policy file's text under its name; refuses one with errors.
    // `graph` as in EscalationPolicies::fromMarkdown (0: the reader's choice).
    Result<EscalationPolicy> importPolicy(const QString &name, const QByteArray &markdown,
                                          const QString &source, const QString &actor,
                                          int graph = 0);
    // Which flowchart of an imported document is the graph (1..N, or 0 for
    // the reader's choice); refused for a built-in policy, a number the
    // document does not have, or a flowchart that cannot be drawn.
    Result<EscalationPolicy> choosePolicyGraph(const QString &name, int graph,
                                               const QString &actor);
    // The workspace's policy (a built-in or imported name); Security Team by default.
    Result<QString> activePolicy();
    Result<void> setActivePolicy(const QString &name);

private:
    Result<void> requireIncident(const QString &incidentId, const QString &notChanged);

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace ic
