#include "models/escalation/EscalationPath.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EscalationPath)
};

QList<Severity> severitiesIn(const QString &label)
{
    // The same reading as contact conditions: "P0/P1", "P0-P2".
    const QList<EscalationRule> rules =
        EscalationPolicies::parseEscalationTime(label + QStringLiteral(": Immediate"));
    return rules.isEmpty() ? QList<Severity>() : rules.first().severities;
}

bool isYes(const QString &label)
{
    static const QRegularExpression yes(QStringLiteral("^(?:yes|y|ja|true|oui|sí|si)[.!]?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return yes.match(label.trimmed()).hasMatch();
}

bool isNo(const QString &label)
{
    static const QRegularExpression no(QStringLiteral("^(?:no|n|nein|false|non)[.!]?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return no.match(label.trimmed()).hasMatch();
}

bool asksAboutBreach(const QString &question)
{
    return question.contains(QLatin1String("breach"), Qt::CaseInsensitive) ||
           question.contains(QLatin1String("Datenpanne"), Qt::CaseInsensitive);
}

QString roleKey(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

DecisionOutcome decide(const EscalationPolicy &policy, const FlowNode &node,
                       const IncidentFacts &facts)
{
    const Flowchart &chart = policy.chart;
    DecisionOutcome d;
    d.nodeId = node.id;
    d.kind = decisionKind(chart, node.id);
    const QList<int> out = chart.outgoing(node.id);
    switch (d.kind) {
    case DecisionKind::Severity: {
        QList<int> defaults;
        for (int e : out) {
            const QString &label = chart.edges.at(e).label;
            const QList<Severity> s = severitiesIn(label);
            if (s.contains(facts.severity))
                d.edges.append(e);
            else if (s.isEmpty() && label.isEmpty())
                defaults.append(e);
        }
        if (d.edges.isEmpty())
            d.edges = defaults;
        d.decided = true; // the incident always has a severity
        d.answer = severityCode(facts.severity);
        break;
    }
    case DecisionKind::DataBreach:
        if (!facts.dataBreach)
            break;
        d.decided = true;
        d.answer = *facts.dataBreach ? Tr::tr("Yes") : Tr::tr("No");
        for (int e : out) {
            const QString &label = chart.edges.at(e).label;
            if ((*facts.dataBreach && isYes(label)) || (!*facts.dataBreach && isNo(label)))
                d.edges.append(e);
        }
        break;
    case DecisionKind::Choice: {
        const QString chosen = facts.decisions.value(node.id);
        if (chosen.isEmpty())
            break;
        for (int e : out) {
            if (chart.edges.at(e).to == chosen)
                d.edges.append(e);
        }
        if (d.edges.isEmpty())
            break; // the chosen branch no longer exists in this policy
        d.decided = true;
        const FlowEdge &first = chart.edges.at(d.edges.first());
        const FlowNode *target = chart.node(first.to);
        d.answer = !first.label.isEmpty() ? first.label : (target ? target->label : first.to);
        break;
    }
    }
    return d;
}

} // namespace

QString nodeStateText(NodeState state)
{
    switch (state) {
    case NodeState::OffPath:
        return Tr::tr("Not on this incident's path");
    case NodeState::Start:
        return Tr::tr("Start");
    case NodeState::Undecided:
        return Tr::tr("Decision needed");
    case NodeState::Decided:
        return Tr::tr("Decided");
    case NodeState::NotRequired:
        return Tr::tr("Not required");
    case NodeState::Pending:
        return Tr::tr("To notify");
    case NodeState::Overdue:
        return Tr::tr("Overdue");
    case NodeState::Notified:
        return Tr::tr("Notified");
    case NodeState::Acknowledged:
        return Tr::tr("Acknowledged");
    }
    return {};
}

const DecisionOutcome *EscalationPath::decision(const QString &nodeId) const
{
    for (const DecisionOutcome &d : decisions) {
        if (d.nodeId == nodeId)
            return &d;
    }
    return nullptr;
}

DecisionKind decisionKind(const Flowchart &chart, const QString &nodeId)
{
    const FlowNode *node = chart.node(nodeId);
    const QList<int> out = chart.outgoing(nodeId);
    bool severities = false;
    bool yesNo = !out.isEmpty();
    for (int e : out) {
        const QString &label = chart.edges.at(e).label;
        severities = severities || !severitiesIn(label).isEmpty();
        yesNo = yesNo && (isYes(label) || isNo(label));
    }
    if (severities)
        return DecisionKind::Severity;
    if (yesNo && node && asksAboutBreach(node->label))
        return DecisionKind::DataBreach;
    return DecisionKind::Choice;
}

EscalationPath resolvePath(const EscalationPolicy &policy, const IncidentFacts &facts)
{
    const Flowchart &chart = policy.chart;
    EscalationPath path;
    QList<QString> queue;
    for (const FlowNode &n : chart.nodes) {
        if (policy.isStart(n.id))
            queue.append(n.id);
    }
    if (queue.isEmpty() && !chart.nodes.isEmpty())
        queue.append(chart.nodes.first().id); // everything is in a cycle
    QSet<QString> seen(queue.cbegin(), queue.cend());
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString id = queue.at(i);
        path.nodes.append(id);
        const FlowNode *node = chart.node(id);
        QList<int> next;
        if (node && node->shape == NodeShape::Decision) {
            DecisionOutcome d = decide(policy, *node, facts);
            next = d.edges;
            path.decisions.append(d);
        } else {
            next = chart.outgoing(id);
        }
        for (int e : std::as_const(next)) {
            path.edges.append(e);
            const QString &to = chart.edges.at(e).to;
            if (!seen.contains(to)) {
                seen.insert(to);
                queue.append(to);
            }
        }
    }
    return path;
}

const NodeStatus *EscalationOverlay::node(const QString &nodeId) const
{
    for (const NodeStatus &n : nodes) {
        if (n.nodeId == nodeId)
            return &n;
    }
    return nullptr;
}

EscalationOverlay computeOverlay(const EscalationPolicy &policy, const IncidentFacts &facts,
                                 const QList<EscalationRecord> &records, const QDateTime &nowUtc)
{
    EscalationOverlay overlay;
    overlay.path = resolvePath(policy, facts);
    const Flowchart &chart = policy.chart;

    // The first time each contact was notified / acknowledged.
    auto fill = [&records](ContactStatus &c, const QString &nodeId) {
        const QString key = roleKey(c.role);
        for (const EscalationRecord &r : records) {
            const bool match = c.contactIndex >= 0 ? roleKey(r.role) == key
                                                   : r.nodeId == nodeId && (r.role.isEmpty() ||
                                                                            roleKey(r.role) == key);
            if (!match)
                continue;
            if (r.kind == EscalationRecord::Kind::Notified && !c.notifiedAt.isValid()) {
                c.notifiedAt = r.at;
                c.notifiedBy = r.actor;
            } else if (r.kind == EscalationRecord::Kind::Acknowledged &&
                       !c.acknowledgedAt.isValid()) {
                c.acknowledgedAt = r.at;
                c.acknowledgedBy = r.actor;
            }
        }
        // Acknowledging implies they were reached.
        if (!c.notifiedAt.isValid() && c.acknowledgedAt.isValid()) {
            c.notifiedAt = c.acknowledgedAt;
            c.notifiedBy = c.acknowledgedBy;
        }
    };

    // The first node on the path with someone to reach is the page that
    // brought the incident to a person: when the incident was acknowledged,
    // that person was reached and answered, whatever the escalation record says.
    QString firstResponder;
    if (facts.acknowledgedAt.isValid()) {
        for (const QString &id : std::as_const(overlay.path.nodes)) {
            const FlowNode *n = chart.node(id);
            if (!n || n->shape == NodeShape::Decision || policy.contactsOf(id).isEmpty())
                continue;
            firstResponder = id;
            break;
        }
    }

    for (const FlowNode &node : chart.nodes) {
        NodeStatus status;
        status.nodeId = node.id;
        const bool onPath = overlay.path.contains(node.id);
        const bool start = policy.isStart(node.id);
        if (node.shape == NodeShape::Decision) {
            const DecisionOutcome *d = overlay.path.decision(node.id);
            if (onPath && d) {
                status.state = d->decided ? NodeState::Decided : NodeState::Undecided;
                status.decisionAnswer = d->answer;
                if (d->decided && d->edges.isEmpty())
                    status.decisionAnswer = Tr::tr("%1 — no further escalation").arg(d->answer);
            }
            overlay.nodes.append(status);
            continue;
        }
        const QList<int> rows = policy.contactsOf(node.id);
        for (int row : rows) {
            const EscalationContact &contact = policy.contacts.at(row);
            ContactStatus c;
            c.contactIndex = row;
            c.role = contact.role;
            c.contact = contact.contact;
            const EscalationRule *best = nullptr;
            QStringList unknown;
            bool anyNo = false;
            for (const EscalationRule &rule : contact.rules) {
                switch (rule.appliesTo(facts)) {
                case Applies::Yes:
                    if (rule.minutes && (!best || *rule.minutes < *best->minutes))
                        best = &rule;
                    break;
                case Applies::Unknown:
                    unknown << rule.text();
                    break;
                case Applies::No:
                    anyNo = true;
                    break;
                }
            }
            if (best) {
                c.applies = Applies::Yes;
                c.ruleText = best->text();
                c.minutes = best->minutes;
                if (facts.detectedAt.isValid())
                    c.due = facts.detectedAt.toUTC().addSecs(qint64(*best->minutes) * 60);
            } else if (!unknown.isEmpty()) {
                c.applies = Applies::Unknown;
                c.ruleText = unknown.join(QStringLiteral("; "));
            } else {
                c.applies = anyNo ? Applies::No : Applies::Yes; // no rules: no deadline
                c.ruleText = contact.escalationText;
            }
            status.contacts.append(c);
        }
        if (rows.isEmpty() && !start) {
            ContactStatus c; // the node itself, e.g. "Monitor"
            c.role = node.label;
            status.contacts.append(c);
        }
        for (ContactStatus &c : status.contacts) {
            fill(c, node.id);
            if (!onPath)
                continue;
            if (node.id == firstResponder && c.applies != Applies::No &&
                (!c.acknowledgedAt.isValid() || c.acknowledgedAt > facts.acknowledgedAt)) {
                c.acknowledgedAt = facts.acknowledgedAt.toUTC();
                c.acknowledgedBy = facts.acknowledgedBy;
                c.acknowledgedByIncident = true;
                if (!c.notifiedAt.isValid() || c.notifiedAt > c.acknowledgedAt) {
                    c.notifiedAt = c.acknowledgedAt;
                    c.notifiedBy = c.acknowledgedBy;
                }
            }
            c.overdue = c.applies != Applies::No && c.due.isValid() && !c.notifiedAt.isValid() &&
                        nowUtc > c.due;
            c.late = c.due.isValid() && c.notifiedAt.isValid() && c.notifiedAt > c.due;
            if (c.overdue)
                ++overlay.overdue;
            if (c.applies != Applies::No && c.due.isValid() &&
                (!status.due.isValid() || c.due < status.due))
                status.due = c.due;
        }
        if (!onPath) {
            overlay.nodes.append(status);
            continue;
        }
        if (start && rows.isEmpty()) {
            status.state = NodeState::Start;
            overlay.nodes.append(status);
            continue;
        }
        int required = 0, notified = 0, acknowledged = 0, overdue = 0;
        for (const ContactStatus &c : std::as_const(status.contacts)) {
            if (c.applies == Applies::No)
                continue;
            ++required;
            notified += c.notifiedAt.isValid() ? 1 : 0;
            acknowledged += c.acknowledgedAt.isValid() ? 1 : 0;
            overdue += c.overdue ? 1 : 0;
        }
        if (required == 0)
            status.state = NodeState::NotRequired;
        else if (acknowledged == required)
            status.state = NodeState::Acknowledged;
        else if (notified == required)
            status.state = NodeState::Notified;
        else if (overdue > 0)
            status.state = NodeState::Overdue;
        else
            status.state = NodeState::Pending;
        overlay.nodes.append(status);
    }

    // Next: the earliest deadline among those still to notify, in path order.
    QDateTime bestDue;
    int bestOrder = -1;
    for (int order = 0; order < overlay.path.nodes.size(); ++order) {
        const NodeStatus *n = overlay.node(overlay.path.nodes.at(order));
        if (!n)
            continue;
        for (qsizetype i = 0; i < n->contacts.size(); ++i) {
            const ContactStatus &c = n->contacts.at(i);
            if (c.applies == Applies::No || c.notifiedAt.isValid())
                continue;
            const bool better =
                bestOrder < 0 || (c.due.isValid() && (!bestDue.isValid() || c.due < bestDue));
            if (better) {
                bestDue = c.due;
                bestOrder = order;
                overlay.nextNodeId = n->nodeId;
                overlay.nextContact = int(i);
            }
        }
    }
    return overlay;
}

} // namespace ic
