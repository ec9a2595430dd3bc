#pragma once

#include "models/detection/Alert.h"

#include <QAbstractTableModel>
#include <QList>

namespace ic {

// The alerts as a table: severity written out (readable without colour),
// rule, subject, matched rows, how often seen, when, and how it ended.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        MatchedColumn,
        SeenColumn,
        FirstSeenColumn,
        LastSeenColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { AlertIdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setAlerts(const QList<ic::Alert> &alerts);
    // Replaces the alert with the same id (or adds it on top).
    void updateAlert(const ic::Alert &alert);
    const Alert *alertAt(int row) const;
    int rowOf(qint64 alertId) const;

    static QString statusText(const Alert &alert);

private:
    QList<Alert> m_alerts;
};

} // namespace ic
