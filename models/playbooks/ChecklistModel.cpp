#include "models/playbooks/ChecklistModel.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"

#include <QSet>

namespace ic {

namespace {
constexpr quintptr PhaseRowId = 0; // internalId of phase rows; items store group + 1

QString symbol(ChecklistItem::State s)
{
    switch (s) {
    case ChecklistItem::State::Done:
        return QStringLiteral("☑");
    case ChecklistItem::State::Skipped:
        return QStringLiteral("⊘");
    case ChecklistItem::State::Open:
        break;
    }
    return QStringLiteral("☐");
}
} // namespace

ChecklistModel::ChecklistModel(const Clock &clock, QObject *parent)
    : QAbstractItemModel(parent), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChecklistModel::tick);
    m_timer.start();
}

QList<ChecklistModel::Group> ChecklistModel::groupsOf(const IncidentChecklists &data)
{
    QList<Group> groups;
    for (int i = 0; i < data.items.size(); ++i) {
        const ChecklistItem &it = data.items[i];
        if (groups.isEmpty() || groups.constLast().checklistId != it.checklistId ||
            groups.constLast().phase != it.phase ||
            data.items[groups.constLast().items.constLast()].phasePosition != it.phasePosition) {
            groups.append(Group{it.checklistId, it.playbookName, it.phase, it.phaseDeadline, {}});
        }
        groups.last().items.append(i);
    }
    return groups;
}

void ChecklistModel::setChecklists(const IncidentChecklists &checklists)
{
    QList<Group> groups = groupsOf(checklists);
    bool sameShape = checklists.incidentId == m_data.incidentId &&
                     checklists.items.size() == m_data.items.size() &&
                     groups.size() == m_groups.size();
    for (int i = 0; sameShape && i < checklists.items.size(); ++i)
        sameShape = checklists.items[i].id == m_data.items[i].id;
    if (sameShape) {
        m_data = checklists;
        m_groups = groups;
        if (!m_groups.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
            for (int g = 0; g < m_groups.size(); ++g) {
                const QModelIndex parent = index(g, 0);
                emit dataChanged(index(0, 0, parent),
                                 index(int(m_groups[g].items.size()) - 1, ColumnCount - 1, parent));
            }
        }
    } else {
        beginResetModel();
        m_data = checklists;
        m_groups = groups;
        m_groupOfItem.fill(0, m_data.items.size());
        for (int g = 0; g < m_groups.size(); ++g) {
            for (int i : std::as_const(m_groups[g].items))
                m_groupOfItem[i] = g;
        }
        endResetModel();
    }
    tick();
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_data = IncidentChecklists();
    m_groups.clear();
    m_groupOfItem.clear();
    endResetModel();
    tick();
}

void ChecklistModel::setDetectedAt(const QDateTime &detectedAtUtc)
{
    if (m_data.detectedAt == detectedAtUtc)
        return;
    m_data.detectedAt = detectedAtUtc;
    tick();
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_groups.size())
            return {};
        return createIndex(row, column, PhaseRowId);
    }
    if (parent.internalId() != PhaseRowId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PhaseRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PhaseRowId);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != PhaseRowId ||
        parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].items.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const ChecklistItem *ChecklistModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == PhaseRowId)
        return nullptr;
    const int g = int(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups[g].items.size())
        return nullptr;
    return &m_data.items[m_groups[g].items[index.row()]];
}

const ChecklistItem *ChecklistModel::itemById(const QString &id) const
{
    for (const ChecklistItem &it : m_data.items) {
        if (it.id == id)
            return &it;
    }
    return nullptr;
}

QModelIndex ChecklistModel::indexOfItem(const QString &id, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups[g].items.size(); ++r) {
            if (m_data.items[m_groups[g].items[r]].id == id)
                return index(r, column, index(g, 0));
        }
    }
    return {};
}

ChecklistModel::Timing ChecklistModel::timing(const ChecklistItem &item, qint64 *secondsLeft) const
{
    if (item.isSettled())
        return Timing::Settled;
    const QDateTime due = item.due(m_data.detectedAt);
    if (!due.isValid())
        return Timing::NoDeadline;
    const qint64 left = m_clock.now().secsTo(due);
    if (secondsLeft)
        *secondsLeft = left;
    return left < 0 ? Timing::Overdue : Timing::Running;
}

ChecklistModel::PhaseSummary ChecklistModel::phaseSummary(int phaseRow) const
{
    PhaseSummary s;
    if (phaseRow < 0 || phaseRow >= m_groups.size())
        return s;
    for (int i : m_groups[phaseRow].items) {
        const ChecklistItem &it = m_data.items[i];
        ++s.total;
        if (it.state == ChecklistItem::State::Done)
            ++s.done;
        else if (it.state == ChecklistItem::State::Skipped)
            ++s.skipped;
        const Timing t = timing(it);
        if (t == Timing::Overdue)
            ++s.overdue;
        if (t == Timing::Running || t == Timing::Overdue) {
            const QDateTime due = it.due(m_data.detectedAt);
            if (!s.nextDue.isValid() || due < s.nextDue)
                s.nextDue = due;
        }
    }
    QString text = tr("%1 of %2 done").arg(s.done).arg(s.total);
    if (s.skipped > 0)
        text += QStringLiteral(", ") + tr("%n skipped", nullptr, s.skipped);
    if (s.overdue > 0) {
        text += QStringLiteral(", ") + tr("%n OVERDUE", nullptr, s.overdue);
    } else if (s.nextDue.isValid()) {
        text += QStringLiteral(", ") +
                tr("next due in %1").arg(TimeText::duration(m_clock.now().secsTo(s.nextDue)));
    } else if (s.done + s.skipped == s.total && s.total > 0) {
        text += QStringLiteral(" ✓");
    }
    s.text = text;
    return s;
}

int ChecklistModel::overdueCount() const
{
    int n = 0;
    for (const ChecklistItem &it : m_data.items)
        n += timing(it) == Timing::Overdue ? 1 : 0;
    return n;
}

QString ChecklistModel::stepText(const ChecklistItem &item) const
{
    return symbol(item.state) + QLatin1Char(' ') + item.text;
}

QString ChecklistModel::remainingText(const ChecklistItem &item) const
{
    qint64 left = 0;
    switch (timing(item, &left)) {
    case Timing::Settled:
        if (item.state == ChecklistItem::State::Done && item.isBackdated())
            return tr("Done %1 (entered later by %2)")
                .arg(TimeText::localShort(item.stateHappenedAt, m_clock.now()), item.stateBy);
        if (item.state == ChecklistItem::State::Done)
            return tr("Done %1 by %2")
                .arg(TimeText::localShort(item.stateAt, m_clock.now()), item.stateBy);
        return tr("Skipped by %1: %2").arg(item.stateBy, item.stateReason);
    case Timing::NoDeadline: {
        const Deadline &d = item.effectiveDeadline();
        return d.text.isEmpty() ? tr("No deadline") : tr("“%1” — no due time").arg(d.text);
    }
    case Timing::Running:
        return tr("%1 left").arg(TimeText::duration(left));
    case Timing::Overdue:
        return tr("OVERDUE %1").arg(TimeText::duration(-left));
    }
    return {};
}

QVariant ChecklistModel::phaseRowData(int row, int column, int role) const
{
    const Group &g = m_groups[row];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case StepColumn: {
            QString t = g.phase;
            if (!g.phaseDeadline.text.isEmpty())
                t += QStringLiteral(" (%1)").arg(g.phaseDeadline.text);
            if (m_data.checklists.size() > 1 || role == Qt::AccessibleTextRole)
                t += QStringLiteral(" · ") + g.playbook;
            return t;
        }
        case DueColumn: {
            // From detection, or from when a late playbook was attached.
            const QDateTime from =
                !g.items.isEmpty() && m_data.items[g.items.first()].deadlinesFrom.isValid()
                    ? m_data.items[g.items.first()].deadlinesFrom
                    : m_data.detectedAt;
            if (g.phaseDeadline.isKnown() && from.isValid())
                return TimeText::localShort(from.addSecs(qint64(*g.phaseDeadline.minutes) * 60),
                                            m_clock.now());
            return QString();
        }
        case RemainingColumn:
            return phaseSummary(row).text;
        default:
            return QString();
        }
    case Qt::ToolTipRole:
        return tr("%1 — phase of “%2”\n%3").arg(g.phase, g.playbook, phaseSummary(row).text);
    case IsPhaseRole:
        return true;
    case ItemIdRole:
        return QString();
    case TimingRole: {
        const PhaseSummary s = phaseSummary(row);
        if (s.overdue > 0)
            return int(Timing::Overdue);
        if (s.done + s.skipped == s.total)
            return int(Timing::Settled);
        return int(s.nextDue.isValid() ? Timing::Running : Timing::NoDeadline);
    }
    default:
        return {};
    }
}

QVariant ChecklistModel::stepData(const ChecklistItem &it, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn:
            return stepText(it);
        case DueColumn:
            return TimeText::localShort(it.due(m_data.detectedAt), m_clock.now());
        case RemainingColumn:
            return remainingText(it);
        case KindColumn: {
            QStringList kinds;
            for (const CodeBlock &c : it.code) {
                const QString label = CodeBlock::kindLabel(c.kind);
                if (!kinds.contains(label))
                    kinds.append(label);
            }
            return kinds.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (column == StepColumn) {
            const QString state = it.state == ChecklistItem::State::Done      ? tr("done")
                                  : it.state == ChecklistItem::State::Skipped ? tr("skipped")
                                                                              : tr("open");
            return tr("%1, %2, %3").arg(it.text, state, remainingText(it));
        }
        return stepData(it, column, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QString tip = it.text;
        const Deadline &d = it.effectiveDeadline();
        if (!d.text.isEmpty())
            tip += QLatin1Char('\n') + tr("Deadline: %1").arg(d.text);
        if (!it.stateBy.isEmpty() && it.stateAt.isValid())
            tip += QLatin1Char('\n') +
                   tr("Last changed by %1 at %2").arg(it.stateBy, TimeText::local(it.stateAt));
        if (!it.notes.isEmpty())
            tip += QLatin1Char('\n') + tr("%n note(s)", nullptr, int(it.notes.size()));
        return tip;
    }
    case ItemIdRole:
        return it.id;
    case IsPhaseRole:
        return false;
    case StateRole:
        return int(it.state);
    case TimingRole:
        return int(timing(it));
    case SecondsLeftRole: {
        qint64 left = 0;
        timing(it, &left);
        return left;
    }
    default:
        return {};
    }
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == PhaseRowId) {
        if (index.row() >= m_groups.size())
            return {};
        return phaseRowData(index.row(), index.column(), role);
    }
    const ChecklistItem *it = item(index);
    return it ? stepData(*it, index.column(), role) : QVariant();
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case DueColumn:
        return tr("Due");
    case RemainingColumn:
        return tr("Time left / state");
    case KindColumn:
        return tr("Action");
    default:
        return {};
    }
}

void ChecklistModel::tick()
{
    if (!m_groups.isEmpty()) {
        const QList<int> roles{Qt::DisplayRole, Qt::AccessibleTextRole, TimingRole,
                               SecondsLeftRole};
        emit dataChanged(index(0, DueColumn), index(int(m_groups.size()) - 1, RemainingColumn),
                         roles);
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex parent = index(g, 0);
            emit dataChanged(index(0, StepColumn, parent),
                             index(int(m_groups[g].items.size()) - 1, RemainingColumn, parent),
                             roles);
        }
    }
    const int overdue = overdueCount();
    if (overdue != m_lastOverdue) {
        m_lastOverdue = overdue;
        emit overdueCountChanged(overdue);
    }
}

} // namespace ic
