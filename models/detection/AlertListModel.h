#pragma once

#include "models/detection/Alert.h"
#include "models/detection/AlertTriage.h"
#include "models/incidents/Incident.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace ic {

// The alerts as a table: severity written out (readable without colour),
// rule, subject, the incident it went to (or, for an open alert, the open
// incident that appears to cover it: a suggestion, marked "?"), matched
// rows, how often seen, when, and how it ended. Grouped by rule, the alerts
// of a rule with more than one are one line (a count, the highest severity,
// the span) with the alerts under it; a rule with one alert stays a line of
// its own.
class AlertListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        IncidentColumn,
        MatchedColumn,
        SeenColumn,
        FirstSeenColumn,
        LastSeenColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        AlertIdRole = Qt::UserRole + 1, // 0 on a group's line
        SortRole,
        SeverityRole,      // int 0..3
        IncidentIdRole,    // the linked incident, else the suggested one
        IncidentStateRole, // IncidentState
        GroupSizeRole,     // alerts on a group's line; 0 on an alert's
    };
    enum class IncidentState { None, Linked, Suggested };

    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setAlerts(const QList<ic::Alert> &alerts);
    // Replaces the alert with the same id (or adds it on top).
    void updateAlert(const ic::Alert &alert);
    // The workspace's incidents: links are named, open ones suggested.
    void setIncidents(const QList<ic::Incident> &incidents);
    void upsertIncident(const ic::Incident &incident);
    const Incident *incident(const QString &id) const;
    QList<Incident> openIncidents() const;

    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }

    // The alert on that line; nullptr on a group's line.
    const Alert *alertAt(const QModelIndex &index) const;
    const Alert *alertAt(int row) const { return alertAt(index(row, 0)); }
    // A group's line: its summary (std::nullopt on an alert's line).
    std::optional<AlertGroup> groupAt(const QModelIndex &index) const;
    // The alerts of a line: the group's, or the one.
    QList<Alert> alertsAt(const QModelIndex &index) const;
    // The rule of a group's line ("" on an alert's line).
    QString groupRule(const QModelIndex &index) const;
    QModelIndex groupIndex(const QString &ruleId) const;
    QModelIndex indexOf(qint64 alertId) const;
    // The top-level line holding the alert (its group's when grouped).
    int rowOf(qint64 alertId) const;
    std::optional<CoverSuggestion> suggestionFor(qint64 alertId) const;
    // What a line's alerts share: the incident most of the open ones appear
    // to be covered by.
    std::optional<CoverSuggestion> suggestionAt(const QModelIndex &index) const;

    static QString statusText(const Alert &alert);

private:
    struct Top
    {
        int alert = -1; // index into m_alerts
        int group = -1; // index into m_groups
    };
    QVariant alertData(const Alert &a, int column, int role) const;
    QVariant groupData(int group, int column, int role) const;
    QVariant incidentData(const QModelIndex &index, int role) const;
    QList<const Alert *> members(int group) const;
    void rebuild();
    void suggestAll();

    QList<Alert> m_alerts;
    QList<QList<int>> m_groups; // indexes into m_alerts, two or more each
    QList<Top> m_top;
    QHash<qint64, int> m_position; // alert id -> index into m_alerts
    QHash<qint64, CoverSuggestion> m_suggested;
    QHash<QString, Incident> m_incidents;
    bool m_grouped = false;
};

} // namespace ic
