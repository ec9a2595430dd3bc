#include "models/incidents/IncidentListModel.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"

#include <algorithm>
#include <limits>

namespace ic {

IncidentListModel::IncidentListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IncidentListModel::tick);
    m_timer.start();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &inc = m_incidents.at(index.row());
    const QDateTime now = m_clock.now();

    switch (role) {
    case IncidentIdRole:
        return inc.id;
    case SeverityRole:
        return int(inc.severity);
    case StatusRole:
        return int(inc.status);
    case ResponseKindRole:
        return int(responseState(inc, m_policy, now).kind);
    case SecondsLeftRole:
        return responseState(inc, m_policy, now).secondsLeft;
    case BreakGlassRole:
        return m_breakGlass.contains(inc.id);
    case SearchTextRole:
        return QStringList{inc.ref,
                           inc.title,
                           inc.summary,
                           inc.commander,
                           inc.affectedUsers.join(QLatin1Char(' ')),
                           inc.affectedTenants.join(QLatin1Char(' ')),
                           inc.affectedApiKeys.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(inc.severity);
        case DetectedColumn:
            return inc.detectedAt;
        case StatusColumn:
            return int(inc.status);
        case RegulatoryColumn: {
            // Running clocks by time left; then incidents with none.
            const IncidentDeadline d = m_deadlines.value(inc.id);
            if (!d.isValid())
                return std::numeric_limits<qint64>::max();
            return d.due.isValid() ? d.secondsLeft(now.toUTC())
                                   : std::numeric_limits<qint64>::max() - 1;
        }
        case ResponseColumn: {
            // Most urgent first: unanswered by time left, then open incidents
            // by severity, then closed ones.
            const ResponseState st = responseState(inc, m_policy, now);
            constexpr qint64 group = 1'000'000'000'000LL;
            if (inc.isClosed())
                return 2 * group + inc.detectedAt.secsTo(now);
            if (st.kind == ResponseState::Kind::Running || st.kind == ResponseState::Kind::Overdue)
                return st.secondsLeft;
            return group + qint64(inc.severity) * 1'000'000'000LL + inc.detectedAt.secsTo(now);
        }
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (index.column() == ResponseColumn) {
            const ResponseState st = responseState(inc, m_policy, now);
            const SeverityLevel &level = m_policy.level(inc.severity);
            return tr("%1 response target: %2 (due %3)")
                .arg(m_policy.label(inc.severity), level.responseText, TimeText::local(st.due));
        }
        if (index.column() == RegulatoryColumn) {
            const IncidentDeadline d = m_deadlines.value(inc.id);
            if (!d.isValid())
                return tr("No regulatory clock runs for this incident");
            QString tip = d.due.isValid()
                              ? tr("%1 due %2").arg(d.ruleName, TimeText::local(d.due))
                              : tr("%1: set the time the organisation became aware to start it")
                                    .arg(d.ruleName);
            if (d.conditional)
                tip += QLatin1Char('\n') + tr("Due only if it turns out to apply (undecided).");
            if (d.running > 1)
                tip += QLatin1Char('\n') +
                       tr("%n clock(s) running; this one is due first.", "", d.running);
            return tip;
        }
        if (index.column() == TitleColumn) {
            // The title whole (the column elides it), then what the summary
            // says; a break-glass flag first.
            QString tip = inc.title;
            if (m_breakGlass.contains(inc.id))
                tip = tr("BREAK-GLASS: a containment action of this incident ran without a "
                         "second person's approval (see its timeline).") +
                      QStringLiteral("\n\n") + tip;
            if (!inc.summary.isEmpty())
                tip += QStringLiteral("\n\n") + inc.summary.left(500);
            return tip;
        }
        if (index.column() == DetectedColumn)
            return TimeText::local(inc.detectedAt);
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return m_policy.label(inc.severity);
        case RefColumn:
            return inc.ref;
        case TitleColumn:
            return m_breakGlass.contains(inc.id) ? tr("[BREAK-GLASS] %1").arg(inc.title)
                                                 : inc.title;
        case StatusColumn:
            return statusLabel(inc.status);
        case CommanderColumn:
            return inc.commander.isEmpty() ? tr("(unassigned)") : inc.commander;
        case DetectedColumn:
            return TimeText::localShort(inc.detectedAt, now);
        case ResponseColumn: {
            const ResponseState st = responseState(inc, m_policy, now);
            return st.text();
        }
        case RegulatoryColumn:
            return m_deadlines.value(inc.id).text(now.toUTC());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ResponseColumn || index.column() == DetectedColumn ||
            index.column() == RegulatoryColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RefColumn:
        return tr("ID");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case CommanderColumn:
        return tr("Commander");
    case DetectedColumn:
        return tr("Detected");
    case ResponseColumn:
        return tr("Response");
    case RegulatoryColumn:
        return tr("Regulatory");
    }
    return {};
}

void IncidentListModel::setIncidents(const QList<Incident> &incidents)
{
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
    tick();
}

void IncidentListModel::upsert(const Incident &incident)
{
    const int row = rowOf(incident.id);
    if (row < 0) {
        beginInsertRows({}, int(m_incidents.size()), int(m_incidents.size()));
        m_incidents.append(incident);
        endInsertRows();
    } else {
        if (m_incidents[row].version > incident.version)
            return; // an older answer arriving late
        m_incidents[row] = incident;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    tick();
}

void IncidentListModel::setPolicy(const SeverityPolicy &policy)
{
    m_policy = policy;
    if (!m_incidents.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    tick();
}

void IncidentListModel::setDeadlines(const QHash<QString, IncidentDeadline> &deadlines)
{
    m_deadlines = deadlines;
    if (!m_incidents.isEmpty())
        emit dataChanged(index(0, RegulatoryColumn), index(rowCount() - 1, RegulatoryColumn));
    const bool any = std::any_of(m_deadlines.cbegin(), m_deadlines.cend(),
                                 [](const IncidentDeadline &d) { return d.isValid(); });
    if (any != m_anyDeadline) {
        m_anyDeadline = any;
        emit regulatoryClocksPresent(any);
    }
}

void IncidentListModel::setBreakGlass(const QSet<QString> &incidentIds)
{
    if (incidentIds == m_breakGlass)
        return;
    m_breakGlass = incidentIds;
    if (!m_incidents.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
}

int IncidentListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_incidents.size(); ++i) {
        if (m_incidents.at(i).id == id)
            return i;
    }
    return -1;
}

const Incident *IncidentListModel::incident(int row) const
{
    return row >= 0 && row < m_incidents.size() ? &m_incidents.at(row) : nullptr;
}

const Incident *IncidentListModel::incidentById(const QString &id) const
{
    return incident(rowOf(id));
}

QString IncidentListModel::findIncident(const QString &refOrTitle) const
{
    const QString words = refOrTitle.trimmed();
    if (words.isEmpty())
        return {};
    QString byTitle;
    for (int r = 0; r < rowCount(); ++r) {
        const Incident *i = incident(r);
        if (!i)
            continue;
        if (i->ref.compare(words, Qt::CaseInsensitive) == 0)
            return i->id;
        if (byTitle.isEmpty() && i->title.contains(words, Qt::CaseInsensitive))
            byTitle = i->id;
    }
    return byTitle;
}

int IncidentListModel::overdueCount() const
{
    const QDateTime now = m_clock.now();
    int n = 0;
    for (const Incident &inc : m_incidents)
        n += responseState(inc, m_policy, now).kind == ResponseState::Kind::Overdue ? 1 : 0;
    return n;
}

void IncidentListModel::tick()
{
    const QDate today = m_clock.now().toLocalTime().date();
    if (today != m_lastTickDay) {
        m_lastTickDay = today;
        if (!m_incidents.isEmpty())
            emit dataChanged(index(0, DetectedColumn), index(rowCount() - 1, DetectedColumn),
                             {Qt::DisplayRole});
    }
    if (!m_incidents.isEmpty()) {
        emit dataChanged(index(0, ResponseColumn), index(rowCount() - 1, RegulatoryColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, ResponseKindRole, SecondsLeftRole,
                          SortRole, Qt::AccessibleTextRole});
    }
    const int overdue = overdueCount();
    if (overdue != m_lastOverdue) {
        m_lastOverdue = overdue;
        emit overdueCountChanged(overdue);
    }
}

IncidentFilterModel::IncidentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The countdown column changes every second: re-sorting on every tick
    // would make rows jump under the pointer. Sorting happens on reload/sort.
    setDynamicSortFilter(false);
    // Without the dynamic filter an edited row would keep its place in the
    // filter too: an incident closed under "Active" would stay listed. Real
    // edits re-filter; the countdown's ticks touch only the Response column.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        QAbstractItemModel *source = sourceModel();
        if (!source)
            return;
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this, source](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (source != sourceModel())
                        return;
                    if (topLeft.column() == IncidentListModel::ResponseColumn &&
                        bottomRight.column() == IncidentListModel::ResponseColumn)
                        return;
                    invalidateFilter();
                });
    });
}

void IncidentFilterModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

void IncidentFilterModel::setSeverityFilter(int severity)
{
    m_severity = severity;
    invalidateFilter();
}

void IncidentFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = IncidentStatus(idx.data(IncidentListModel::StatusRole).toInt());
    if (m_status == StatusFilter::Active && status == IncidentStatus::Closed)
        return false;
    if (m_status == StatusFilter::Closed && status != IncidentStatus::Closed)
        return false;
    if (m_severity >= 0 && idx.data(IncidentListModel::SeverityRole).toInt() != m_severity)
        return false;
    if (!m_search.isEmpty() && !idx.data(IncidentListModel::SearchTextRole)
                                    .toString()
                                    .contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace ic
