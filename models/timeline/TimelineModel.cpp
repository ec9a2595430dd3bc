#include "models/timeline/TimelineModel.h"

#include "models/core/TimeText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ic {

namespace {
bool chronological(const IncidentEvent &a, const IncidentEvent &b)
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt < b.occurredAt;
    return a.seq < b.seq; // simultaneous: the order they were recorded
}
} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentEvent &e = m_events.at(index.row());
    switch (role) {
    case EventIdRole:
        return e.id;
    case SeqRole:
        return e.seq;
    case KindRole:
        return e.kind;
    case ActorRole:
        return e.actor;
    case OccurredMsRole:
        return e.occurredAt.toMSecsSinceEpoch();
    case BackdatedRole:
        return e.backdated;
    case SearchTextRole:
        return e.summary + QLatin1Char('\n') + e.actor + QLatin1Char('\n') + kindLabel(e.kind);
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            QString tip = tr("Happened %1\nRecorded %2 (event %3)")
                              .arg(TimeText::local(e.occurredAt), TimeText::local(e.recordedAt))
                              .arg(e.seq);
            if (e.backdated)
                tip += tr("\nEntered afterwards with a chosen time");
            return tip;
        }
        return index.column() == SummaryColumn ? e.summary : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn: {
            const QString t =
                e.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            return e.backdated ? t + tr(" (entered later)") : t;
        }
        case ActorColumn:
            return e.actor;
        case KindColumn:
            return kindLabel(e.kind);
        case SummaryColumn:
            return e.correctsEventId ? tr("Correction: %1").arg(e.summary) : e.summary;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("What happened");
    }
    return {};
}

void TimelineModel::setEvents(const QString &incidentId, QList<IncidentEvent> events)
{
    // Events mostly arrive in order already (by seq): checking is linear.
    if (!std::is_sorted(events.cbegin(), events.cend(), chronological))
        std::stable_sort(events.begin(), events.end(), chronological);
    beginResetModel();
    m_incidentId = incidentId;
    m_events = std::move(events);
    endResetModel();
}

void TimelineModel::clear()
{
    setEvents({}, {});
}

int TimelineModel::rowOfEvent(qint64 eventId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == eventId)
            return i;
    }
    return -1;
}

QStringList TimelineModel::actors() const
{
    QStringList out;
    for (const IncidentEvent &e : m_events) {
        if (!out.contains(e.actor))
            out << e.actor;
    }
    return out;
}

QStringList TimelineModel::kinds() const
{
    QStringList out;
    for (const IncidentEvent &e : m_events) {
        if (!out.contains(e.kind))
            out << e.kind;
    }
    return out;
}

QString TimelineModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("incident.created"), QT_TR_NOOP("Opened")},
        {QStringLiteral("incident.updated"), QT_TR_NOOP("Edited")},
        {QStringLiteral("incident.status"), QT_TR_NOOP("Status change")},
        {QStringLiteral("incident.closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("manual"), QT_TR_NOOP("Manual entry")},
        {QStringLiteral("review.comment"), QT_TR_NOOP("Review comment")},
    };
    const auto it = labels.constFind(kind);
    if (it != labels.constEnd())
        return tr(it.value());
    // Features name their kinds "area.what": show the area readably.
    QString label = kind;
    label.replace(QLatin1Char('.'), QStringLiteral(": "))
        .replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString TimelineModel::actorLane(const QString &actor)
{
    if (actor == QLatin1String("detection") || actor.startsWith(QLatin1String("rule:")))
        return tr("Detection");
    if (actor == QLatin1String("system") || actor == QLatin1String("platform") ||
        actor.startsWith(QLatin1String("api:")))
        return tr("Platform");
    return actor;
}

TimelineFilterModel::TimelineFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TimelineFilterModel::setKinds(const QSet<QString> &kinds)
{
    m_kinds = kinds;
    invalidateFilter();
    emit filterChanged();
}

void TimelineFilterModel::setActors(const QSet<QString> &actors)
{
    m_actors = actors;
    invalidateFilter();
    emit filterChanged();
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
    emit filterChanged();
}

bool TimelineFilterModel::accepts(const IncidentEvent &e) const
{
    if (!m_kinds.isEmpty() && !m_kinds.contains(e.kind))
        return false;
    if (!m_actors.isEmpty() && !m_actors.contains(e.actor))
        return false;
    if (!m_search.isEmpty() && !e.summary.contains(m_search, Qt::CaseInsensitive) &&
        !e.actor.contains(m_search, Qt::CaseInsensitive) &&
        !TimelineModel::kindLabel(e.kind).contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    auto *model = qobject_cast<TimelineModel *>(sourceModel());
    return model && sourceRow < model->events().size() && accepts(model->events().at(sourceRow));
}

} // namespace ic
