#pragma once

#include "models/actions/ActionRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace ic {

// The actions of one incident, newest last, for the actions pane.
class ActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActionColumn,
        BackendColumn,
        StateColumn,
        AttemptsColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { ActionIdRole = Qt::UserRole + 1, StateRole, NeedsAttentionRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setActions(const QString &incidentId, QList<ActionRecord> actions);
    // Updates or appends one action of the shown incident; others are ignored.
    void upsert(const ActionRecord &action);
    void clear() { setActions({}, {}); }

    QString incidentId() const { return m_incidentId; }
    const QList<ActionRecord> &actions() const { return m_actions; }
    int rowOf(const QString &actionId) const;

private:
    QString m_incidentId;
    QList<ActionRecord> m_actions;
};

} // namespace ic
