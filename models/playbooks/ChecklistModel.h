#pragma once

#include "models/playbooks/Checklist.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace ic {

class Clock;

// An incident's checklists as a tree: phases (per attached playbook), then
// their steps, with due times counted from detection and a countdown that
// ticks every second. State is spelled out in text and symbols, never only
// in colour.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, DueColumn, RemainingColumn, KindColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // "" on phase rows
        IsPhaseRole,
        StateRole,       // int ChecklistItem::State
        TimingRole,      // int Timing
        SecondsLeftRole, // qint64; negative when overdue
    };
    enum class Timing { Settled, NoDeadline, Running, Overdue };

    struct PhaseSummary
    {
        int total = 0;
        int done = 0;
        int skipped = 0;
        int overdue = 0;
        QDateTime nextDue; // the earliest due time of an open step, if any
        QString text;      // "2 of 4 done, next due in 12m"
    };

    explicit ChecklistModel(const Clock &clock, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Keeps rows (and a view's selection) when the same steps come back.
    void setChecklists(const ic::IncidentChecklists &checklists);
    void clear();
    // The incident's detection time moved: every due time moves with it.
    void setDetectedAt(const QDateTime &detectedAtUtc);
    QString incidentId() const { return m_data.incidentId; }
    const IncidentChecklists &checklists() const { return m_data; }

    const ChecklistItem *item(const QModelIndex &index) const;
    const ChecklistItem *itemById(const QString &id) const;
    QModelIndex indexOfItem(const QString &id, int column = 0) const;
    PhaseSummary phaseSummary(int phaseRow) const;
    Timing timing(const ChecklistItem &item, qint64 *secondsLeft = nullptr) const;
    int overdueCount() const;

    // Ticks the countdowns; a timer calls it every second, tests call it.
    void tick();

signals:
    void overdueCountChanged(int count);

private:
    struct Group
    {
        QString checklistId;
        QString playbook;
        QString phase;
        Deadline phaseDeadline;
        QList<int> items; // indexes into m_data.items
    };
    static QList<Group> groupsOf(const IncidentChecklists &data);
    QVariant phaseRowData(int row, int column, int role) const;
    QVariant stepData(const ChecklistItem &item, int column, int role) const;
    QString stepText(const ChecklistItem &item) const;
    QString remainingText(const ChecklistItem &item) const;

    const Clock &m_clock;
    IncidentChecklists m_data;
    QList<Group> m_groups;
    QList<int> m_groupOfItem;
    QTimer m_timer;
    int m_lastOverdue = 0;
};

} // namespace ic
