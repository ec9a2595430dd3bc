#include "models/notify/RegulatoryClockModel.h"

#include "models/core/Clock.h"

namespace ic {

RegulatoryClockModel::RegulatoryClockModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RegulatoryClockModel::tick);
    m_timer.start();
}

int RegulatoryClockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int RegulatoryClockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegulatoryClockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClockState &s = m_states.at(index.row());
    const QDateTime now = m_clock.now();
    const ClockStatus status = s.statusAt(now);
    switch (role) {
    case StatusRole:
        return int(status);
    case RuleIdRole:
        return s.rule.id;
    case SecondsLeftRole:
        return s.secondsLeft(now);
    case AlarmRole:
        return status == ClockStatus::Overdue || status == ClockStatus::SentLate ||
               (status == ClockStatus::Undetermined && s.due.isValid());
    case Qt::ToolTipRole:
        return tr("%1 (%2). %3").arg(s.rule.name, s.rule.limitText(), s.rule.basis);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return s.rule.name;
        case AudienceColumn:
            return s.rule.audience;
        case DueColumn:
            if (status == ClockStatus::NotRequired)
                return QString();
            return s.due.isValid() ? s.dueText() : tr("not started");
        case StatusColumn:
            return s.statusText(now);
        }
        return {};
    default:
        return {};
    }
}

QVariant RegulatoryClockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Clock");
    case AudienceColumn:
        return tr("Who must be told");
    case DueColumn:
        return tr("Due (local time)");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void RegulatoryClockModel::setStates(const QList<ClockState> &states)
{
    beginResetModel();
    m_states = states;
    endResetModel();
}

const ClockState *RegulatoryClockModel::state(const QString &ruleId) const
{
    for (const ClockState &s : m_states) {
        if (s.rule.id == ruleId)
            return &s;
    }
    return nullptr;
}

void RegulatoryClockModel::tick()
{
    if (!m_states.isEmpty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, StatusColumn),
                         {Qt::DisplayRole, StatusRole, SecondsLeftRole, AlarmRole});
}

} // namespace ic
