#include "models/detection/AlertListModel.h"

#include <QLocale>

namespace ic {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}
} // namespace

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::statusText(const Alert &a)
{
    switch (a.status) {
    case AlertStatus::Promoted:
        return a.incidentRef.isEmpty() ? tr("Promoted") : tr("Promoted to %1").arg(a.incidentRef);
    case AlertStatus::Dismissed:
        return tr("Dismissed: %1").arg(a.dismissReason);
    case AlertStatus::Promoting:
        return tr("Being promoted by %1").arg(a.resolvedBy);
    case AlertStatus::Open:
        break;
    }
    return AlertText::statusLabel(a.status);
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &a = m_alerts.at(index.row());
    if (role == AlertIdRole)
        return a.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case SeverityColumn:
            return role == SortRole ? QVariant(int(a.severity))
                                    : QVariant(AlertText::severityText(a.severity));
        case RuleColumn:
            return role == Qt::ToolTipRole ? a.description : a.ruleName;
        case SubjectColumn:
            return AlertText::subjectText(a.subjectKind, a.subject);
        case MatchedColumn:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(a.matchedRows))
                                           : QVariant(a.matchedRows);
        case SeenColumn:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(a.detections))
                                           : QVariant(a.detections);
        case FirstSeenColumn:
            return role == SortRole ? QVariant(a.firstSeen) : QVariant(timeText(a.firstSeen));
        case LastSeenColumn:
            return role == SortRole ? QVariant(a.lastSeen) : QVariant(timeText(a.lastSeen));
        case StatusColumn:
            return statusText(a);
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == MatchedColumn || index.column() == SeenColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole && index.column() == SeverityColumn)
        return AlertText::severityText(a.severity);
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Subject");
    case MatchedColumn:
        return tr("Rows");
    case SeenColumn:
        return tr("Times seen");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

void AlertListModel::updateAlert(const Alert &alert)
{
    const int row = rowOf(alert.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_alerts.prepend(alert);
        endInsertRows();
        return;
    }
    Alert merged = alert;
    if (merged.incidentRef.isEmpty())
        merged.incidentRef = m_alerts.at(row).incidentRef;
    m_alerts[row] = merged;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Alert *AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertListModel::rowOf(qint64 alertId) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).id == alertId)
            return i;
    }
    return -1;
}

} // namespace ic
