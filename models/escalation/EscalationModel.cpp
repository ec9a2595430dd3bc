#include "models/escalation/EscalationModel.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/playbooks/Deadline.h"

namespace ic {

EscalationModel::EscalationModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{}

void EscalationModel::setPolicy(const EscalationPolicy &policy)
{
    m_policy = policy;
    rebuild();
}

void EscalationModel::setIncident(const IncidentFacts &facts, const EscalationState &state)
{
    m_facts = facts;
    m_facts.dataBreach = state.dataBreach;
    m_facts.decisions = state.decisions;
    m_state = state;
    m_hasIncident = true;
    rebuild();
}

void EscalationModel::clear()
{
    m_hasIncident = false;
    m_facts = {};
    m_state = {};
    rebuild();
}

void EscalationModel::refresh()
{
    if (!m_hasIncident)
        return;
    m_overlay = computeOverlay(m_policy, m_facts, m_state.records, m_clock.now());
    // Rows stay the same (the path does not depend on time): update in place.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit overlayChanged();
}

void EscalationModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_hasIncident && m_policy.isValid()) {
        m_overlay = computeOverlay(m_policy, m_facts, m_state.records, m_clock.now());
        for (const QString &id : std::as_const(m_overlay.path.nodes)) {
            const NodeStatus *n = m_overlay.node(id);
            if (!n)
                continue;
            if (n->contacts.isEmpty()) {
                m_rows.append({id, -1});
                continue;
            }
            for (qsizetype i = 0; i < n->contacts.size(); ++i)
                m_rows.append({id, int(i)});
        }
    } else {
        m_overlay = {};
    }
    endResetModel();
    emit overlayChanged();
}

int EscalationModel::rowOf(const QString &nodeId, int contactPosition) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.nodeId == nodeId && (contactPosition < 0 || r.contact == contactPosition))
            return int(i);
    }
    return -1;
}

int EscalationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EscalationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EscalationModel::dueText(const ContactStatus &c) const
{
    const QDateTime now = m_clock.now();
    if (c.applies == Applies::No)
        return tr("Not required (%1)").arg(c.ruleText);
    if (!c.due.isValid()) {
        if (c.applies == Applies::Unknown)
            return tr("Depends: %1").arg(c.ruleText);
        return c.ruleText.isEmpty() ? tr("No deadline") : c.ruleText;
    }
    const QString at = TimeText::localShort(c.due, now);
    if (c.notifiedAt.isValid())
        return c.late ? tr("%1 (notified %2 late)")
                            .arg(at, TimeText::duration(c.due.secsTo(c.notifiedAt)))
                      : tr("%1 (met)").arg(at);
    if (c.overdue)
        return tr("OVERDUE by %1 (due %2)").arg(TimeText::duration(c.due.secsTo(now)), at);
    return tr("Due %1, in %2").arg(at, TimeText::duration(now.secsTo(c.due)));
}

QVariant EscalationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const NodeStatus *n = m_overlay.node(row.nodeId);
    const FlowNode *node = m_policy.chart.node(row.nodeId);
    if (!n || !node)
        return {};
    const ContactStatus *c = row.contact >= 0 ? &n->contacts.at(row.contact) : nullptr;
    switch (role) {
    case NodeIdRole:
        return row.nodeId;
    case ContactPositionRole:
        return row.contact;
    case NodeStateRole:
        return int(n->state);
    case OverdueRole:
        return c ? c->overdue : false;
    case Qt::ToolTipRole: {
        // The cell whole (a narrow ladder elides it); the state also says
        // when the contact was notified and acknowledged (those columns make
        // room first); then the step's escalation time.
        QStringList lines;
        const QString text = data(index, Qt::DisplayRole).toString();
        if (!text.isEmpty())
            lines << text;
        if (index.column() == StateColumn) {
            for (const int column : {NotifiedColumn, AcknowledgedColumn}) {
                const QString at = data(index.siblingAtColumn(column), Qt::DisplayRole).toString();
                if (!at.isEmpty())
                    lines << tr("%1: %2").arg(headerData(column, Qt::Horizontal).toString(), at);
            }
        }
        if (c && !c->ruleText.isEmpty())
            lines << tr("%1 — escalation time: %2").arg(c->role, c->ruleText);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QDateTime now = m_clock.now();
    const QString label = QString(node->label).replace(QLatin1Char('\n'), QLatin1Char(' '));
    switch (index.column()) {
    case StepColumn:
        return label;
    case ContactColumn:
        if (n->state == NodeState::Start)
            return tr("Detected %1").arg(TimeText::localShort(m_facts.detectedAt, now));
        if (n->state == NodeState::Decided)
            return tr("Answer: %1").arg(n->decisionAnswer);
        if (n->state == NodeState::Undecided)
            return tr("Not decided yet");
        if (!c)
            return {};
        if (c->contactIndex < 0)
            return tr("(no contact listed)");
        return c->contact.isEmpty() ? c->role : tr("%1 — %2").arg(c->role, c->contact);
    case DueColumn:
        return c ? dueText(*c) : QVariant();
    case NotifiedColumn:
    case AcknowledgedColumn: {
        const bool ack = index.column() == AcknowledgedColumn;
        const QDateTime at = c ? (ack ? c->acknowledgedAt : c->notifiedAt) : QDateTime();
        if (!at.isValid())
            return {};
        const QString by = ack ? c->acknowledgedBy : c->notifiedBy;
        if (c->acknowledgedByIncident && at == c->acknowledgedAt) {
            // Not an escalation record: the incident itself was taken.
            return by.isEmpty()
                       ? tr("%1, incident acknowledged").arg(TimeText::localShort(at, now))
                       : tr("%1, incident taken by %2").arg(TimeText::localShort(at, now), by);
        }
        return tr("%1 by %2").arg(TimeText::localShort(at, now), by);
    }
    case StateColumn:
        if (c) {
            if (c->applies == Applies::No)
                return nodeStateText(NodeState::NotRequired);
            if (c->acknowledgedAt.isValid())
                return nodeStateText(NodeState::Acknowledged);
            if (c->notifiedAt.isValid())
                return nodeStateText(NodeState::Notified);
            if (c->overdue)
                return nodeStateText(NodeState::Overdue);
            return nodeStateText(NodeState::Pending);
        }
        return nodeStateText(n->state);
    default:
        return {};
    }
}

QVariant EscalationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case ContactColumn:
        return tr("Who / answer");
    case DueColumn:
        return tr("Deadline");
    case NotifiedColumn:
        return tr("Notified");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QString EscalationModel::nextText() const
{
    const NodeStatus *n = m_overlay.node(m_overlay.nextNodeId);
    if (!n || m_overlay.nextContact < 0 || m_overlay.nextContact >= n->contacts.size())
        return {};
    const ContactStatus &c = n->contacts.at(m_overlay.nextContact);
    const QString who = c.contact.isEmpty() ? c.role : tr("%1 (%2)").arg(c.role, c.contact);
    if (!c.due.isValid())
        return tr("Next: %1 — no deadline").arg(who);
    QString rule = c.ruleText;
    if (c.minutes) {
        const QString within = Deadline::describe(*c.minutes);
        rule = c.ruleText.contains(QLatin1Char(':'))
                   ? tr("%1 within %2")
                         .arg(c.ruleText.section(QLatin1Char(':'), 0, 0).trimmed(), within)
                   : (*c.minutes == 0 ? within : tr("within %1").arg(within));
    }
    return tr("Next: %1 — %2 (%3)").arg(who, dueText(c), rule);
}

} // namespace ic
