#pragma once

#include "models/timeline/TimelineEvent.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

namespace ic {

// One incident's events in the order they happened (occurred time, then the
// order they were recorded), for the timeline table and the lane view.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, KindColumn, SummaryColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        SeqRole,
        KindRole,
        ActorRole,
        OccurredMsRole,
        BackdatedRole,
        SearchTextRole,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEvents(const QString &incidentId, QList<ic::IncidentEvent> events);
    void clear();
    QString incidentId() const { return m_incidentId; }
    const QList<IncidentEvent> &events() const { return m_events; } // chronological
    int rowOfEvent(qint64 eventId) const;
    QStringList actors() const;
    QStringList kinds() const;

    // "Severity change", "Note", "Checklist tick"... for a stored kind.
    static QString kindLabel(const QString &kind);
    // The lane an actor belongs to: the person, or "Detection" / "Platform".
    static QString actorLane(const QString &actor);

private:
    QString m_incidentId;
    QList<IncidentEvent> m_events;
};

// Filters the timeline by kind, actor and text.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setKinds(const QSet<QString> &kinds);   // empty: all
    void setActors(const QSet<QString> &actors); // empty: all
    void setSearchText(const QString &text);
    bool accepts(const IncidentEvent &event) const;
    bool isFiltering() const
    {
        return !m_kinds.isEmpty() || !m_actors.isEmpty() || !m_search.isEmpty();
    }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_kinds;
    QSet<QString> m_actors;
    QString m_search;
};

} // namespace ic
