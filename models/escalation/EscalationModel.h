#pragma once

#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace ic {

class Clock;

// The selected incident's escalation as a table: one row per step of its
// path (the start, each decision, each person to reach), with deadline,
// notified and acknowledged times and the state spelled out. It also keeps
// the overlay the graph view draws, so both always agree.
class EscalationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        ContactColumn,
        DueColumn,
        NotifiedColumn,
        AcknowledgedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // QString
        ContactPositionRole,           // int: in NodeStatus::contacts; -1 for a node row
        NodeStateRole,                 // int (NodeState)
        OverdueRole,                   // bool
    };

    explicit EscalationModel(const Clock &clock, QObject *parent = nullptr);

    void setPolicy(const ic::EscalationPolicy &policy);
    // The incident's facts (severity, detection) and its stored escalation.
    void setIncident(const ic::IncidentFacts &facts, const ic::EscalationState &state);
    void clear();
    // Recomputes deadlines against the clock (called by a timer).
    void refresh();

    const EscalationPolicy &policy() const { return m_policy; }
    const EscalationOverlay &overlay() const { return m_overlay; }
    const IncidentFacts &facts() const { return m_facts; }
    const EscalationState &state() const { return m_state; }
    bool hasIncident() const { return m_hasIncident; }
    int rowOf(const QString &nodeId, int contactPosition = -1) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Security Team: due 10:15 (P0/P1: <15 min)", or "" when nobody is left.
    QString nextText() const;
    // "Overdue by 12m", "due in 3m", "due 10:15", for one contact.
    QString dueText(const ContactStatus &contact) const;

signals:
    void overlayChanged();

private:
    struct Row
    {
        QString nodeId;
        int contact = -1;
    };
    void rebuild();

    const Clock &m_clock;
    EscalationPolicy m_policy;
    IncidentFacts m_facts;
    EscalationState m_state;
    EscalationOverlay m_overlay;
    QList<Row> m_rows;
    bool m_hasIncident = false;
};

} // namespace ic
