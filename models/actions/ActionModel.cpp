#include "models/actions/ActionModel.h"

namespace ic {

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRecord &a = m_actions.at(index.row());
    switch (role) {
    case ActionIdRole:
        return a.id;
    case StateRole:
        return stateCode(a.state);
    case NeedsAttentionRole:
        return a.needsAttention();
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn || index.column() == ActionColumn)
            return a.preview.isEmpty() ? a.result : a.result + QStringLiteral("\n\n") + a.preview;
        if (index.column() == StateColumn && a.brokeGlass())
            return tr("Run without a second person's approval: %1").arg(a.breakGlassReason);
        if (index.column() == StateColumn && a.waitingForApproval())
            return tr("Waiting for approval by an approver other than %1").arg(a.createdBy);
        if (index.column() == StateColumn && a.dismissedAt.isValid())
            return tr("Not resumed, by decision of %1").arg(a.dismissedBy);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return a.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActionColumn:
            return a.label();
        case BackendColumn:
            return backendLabel(a.backend);
        case StateColumn:
            // Spelled out, never colour alone.
            if (a.waitingForApproval())
                return tr("Waiting for approval");
            if (a.rejected())
                return tr("Rejected");
            if (a.brokeGlass())
                return tr("%1 (BREAK-GLASS)").arg(stateLabel(a.state));
            if (a.approvalState == QLatin1String("approved") && a.state == ActionState::Pending)
                return tr("Approved, not run yet");
            return a.dismissedAt.isValid() ? tr("%1 (left as it is)").arg(stateLabel(a.state))
                                           : stateLabel(a.state);
        case AttemptsColumn:
            return a.attempts;
        case ResultColumn:
            return a.result;
        }
        return {};
    default:
        return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Requested");
    case ActionColumn:
        return tr("Action");
    case BackendColumn:
        return tr("Via");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ResultColumn:
        return tr("Outcome");
    }
    return {};
}

void ActionModel::setActions(const QString &incidentId, QList<ActionRecord> actions)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_actions = std::move(actions);
    endResetModel();
}

void ActionModel::upsert(const ActionRecord &action)
{
    if (action.incidentId != m_incidentId || m_incidentId.isEmpty())
        return;
    const int row = rowOf(action.id);
    if (row >= 0) {
        m_actions[row] = action;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_actions.size());
    beginInsertRows({}, at, at);
    m_actions.append(action);
    endInsertRows();
}

int ActionModel::rowOf(const QString &actionId) const
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i).id == actionId)
            return i;
    }
    return -1;
}

} // namespace ic
