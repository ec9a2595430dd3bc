#pragma once

#include "models/incidents/Incident.h"
#include "models/incidents/IncidentDeadline.h"
#include "models/incidents/SeverityPolicy.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace ic {

class Clock;

// The incidents of a workspace as a table, with a response countdown that
// ticks every second against the severity policy.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RefColumn,
        TitleColumn,
        StatusColumn,
        CommanderColumn,
        DetectedColumn,
        ResponseColumn,
        RegulatoryColumn,
        ColumnCount
    };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SeverityRole,     // int 0..3
        StatusRole,       // int IncidentStatus
        ResponseKindRole, // int ResponseState::Kind
        SecondsLeftRole,  // qint64
        SortRole,         // a key that sorts most urgent first
        SearchTextRole,   // everything a search may match
        BreakGlassRole,   // bool: an action of it was run by break-glass
    };

    explicit IncidentListModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setIncidents(const QList<ic::Incident> &incidents);
    void upsert(const ic::Incident &incident);
    void setPolicy(const ic::SeverityPolicy &policy);
    // The nearest running regulatory deadline per incident id (DeadlineFeed);
    // the Regulatory column counts down to it.
    void setDeadlines(const QHash<QString, ic::IncidentDeadline> &deadlines);
    bool hasRegulatoryClocks() const { return m_anyDeadline; }
    // Incidents where a containment action ran by break-glass (a team
    // workspace): the title says so, in words, not colour alone.
    void setBreakGlass(const QSet<QString> &incidentIds);
    bool hasBreakGlass(const QString &incidentId) const
    {
        return m_breakGlass.contains(incidentId);
    }
    const SeverityPolicy &policy() const { return m_policy; }

    int rowOf(const QString &id) const;
    const Incident *incident(int row) const;
    const Incident *incidentById(const QString &id) const;
    // The incident a person names (`--incident`): the one whose reference
    // is the text, else the first in the list whose title holds it (both
    // ignoring case and surrounding spaces); empty if none.
    QString findIncident(const QString &refOrTitle) const;
    int overdueCount() const;

    // Ticks the countdown column; the UI calls nothing, tests call tick().
    void tick();

signals:
    void overdueCountChanged(int count);
    // Whether any incident has a regulatory clock (the list hides the column
    // while none has).
    void regulatoryClocksPresent(bool present);

private:
    QList<Incident> m_incidents;
    QHash<QString, IncidentDeadline> m_deadlines;
    QSet<QString> m_breakGlass;
    bool m_anyDeadline = false;
    SeverityPolicy m_policy = SeverityPolicy::securityTeam();
    const Clock &m_clock;
    QTimer m_timer;
    int m_lastOverdue = 0;
    QDate m_lastTickDay; // the Detected column reads differently after midnight
};

// Filters incidents by status group, severity and text; sorts by SortRole.
class IncidentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter { Active, All, Closed };

    explicit IncidentFilterModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    // -1 for all severities, else only that level
    void setSeverityFilter(int severity);
    int severityFilter() const { return m_severity; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::Active;
    int m_severity = -1;
    QString m_search;
};

} // namespace ic
