#pragma once

#include "models/notify/RegulatoryClock.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace ic {

class Clock;

// The regulatory clocks of one incident as a table that counts down every
// second: which clock, who must be told, due (local time with zone), status.
class RegulatoryClockModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AudienceColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int ClockStatus, now
        RuleIdRole,
        SecondsLeftRole,
        AlarmRole, // bool: overdue, sent late, or undetermined with time running
    };

    explicit RegulatoryClockModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setStates(const QList<ic::ClockState> &states);
    const QList<ClockState> &states() const { return m_states; }
    const ClockState *state(const QString &ruleId) const;

    // Refreshes the countdown; the timer calls it each second, tests directly.
    void tick();

private:
    QList<ClockState> m_states;
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace ic
