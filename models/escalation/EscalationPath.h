#pragma once

#include "models/escalation/EscalationPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// What a decision node asks: read from its arrows' labels and its question.
enum class DecisionKind {
    Severity,   // arrows labelled with severities ("P0/P1", "P2/P3")
    DataBreach, // a question about a data breach, arrows "Yes"/"No"
    Choice,     // anything else: the commander picks the branch
};

struct DecisionOutcome
{
    QString nodeId;
    DecisionKind kind = DecisionKind::Choice;
    bool decided = false;
    QString answer;   // "P1", "Yes", "No", or the chosen branch; "" while undecided
    QList<int> edges; // the arrows taken (indices into the chart's edges)
};

// The part of a policy an incident goes through: from the start nodes, every
// arrow of an ordinary node, and at decisions the arrows the facts choose.
struct EscalationPath
{
    QStringList nodes; // reached, breadth first from the start
    QList<int> edges;  // taken
    QList<DecisionOutcome> decisions;

    bool contains(const QString &nodeId) const { return nodes.contains(nodeId); }
    bool takes(int edge) const { return edges.contains(edge); }
    const DecisionOutcome *decision(const QString &nodeId) const;
};

DecisionKind decisionKind(const Flowchart &chart, const QString &nodeId);
EscalationPath resolvePath(const EscalationPolicy &policy, const IncidentFacts &facts);

// A "notified" or "acknowledged" entry of an incident's record.
struct EscalationRecord
{
    enum class Kind { Notified, Acknowledged };
    Kind kind = Kind::Notified;
    QString policy;
    QString nodeId;
    QString role;    // the contact row's role, or the node's label without one
    QString contact; // how they were reached, as listed
    QString actor;
    QDateTime at; // UTC
    qint64 eventId = 0;
};

// An incident's escalation so far, as stored in the workspace.
struct EscalationState
{
    std::optional<bool> dataBreach;
    QHash<QString, QString> decisions; // Choice decisions: node -> chosen target
    QList<EscalationRecord> records;   // oldest first
};

// One person (or a node without a contact row) to reach, with its deadline.
struct ContactStatus
{
    int contactIndex = -1; // into policy.contacts; -1: the node itself
    QString role;
    QString contact;
    QString ruleText;           // the rule setting the deadline ("P0/P1: <15 min")
    std::optional<int> minutes; // from detection
    Applies applies = Applies::Yes;
    QDateTime due; // invalid: no deadline for this incident
    QDateTime notifiedAt;
    QString notifiedBy;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    // Acknowledged by the incident's own acknowledgement (someone took it),
    // not by an escalation record.
    bool acknowledgedByIncident = false;
    bool overdue = false; // due has passed and nobody recorded a notification
    bool late = false;    // notified after the deadline
};

enum class NodeState {
    OffPath,      // this incident does not go here
    Start,        // where the escalation begins (detection)
    Undecided,    // a decision still to make
    Decided,      // a decision made by the facts
    NotRequired,  // reached, but no rule asks for it with these facts
    Pending,      // someone to notify, not yet overdue
    Overdue,      // a deadline has passed without a notification
    Notified,     // everyone notified
    Acknowledged, // everyone acknowledged
};

QString nodeStateText(NodeState state); // "Overdue", spelled out for people

struct NodeStatus
{
    QString nodeId;
    NodeState state = NodeState::OffPath;
    QString decisionAnswer;
    QList<ContactStatus> contacts;
    QDateTime due; // the earliest deadline of its contacts

    bool onPath() const { return state != NodeState::OffPath; }
};

// The policy seen through one incident at one moment: the graph overlay.
struct EscalationOverlay
{
    EscalationPath path;
    QList<NodeStatus> nodes; // in the chart's node order
    QString nextNodeId;      // who must be reached next (earliest deadline), or ""
    int nextContact = -1;    // position in that node's contacts
    int overdue = 0;         // contacts past their deadline

    const NodeStatus *node(const QString &nodeId) const;
};

EscalationOverlay computeOverlay(const EscalationPolicy &policy, const IncidentFacts &facts,
                                 const QList<EscalationRecord> &records, const QDateTime &nowUtc);

} // namespace ic
