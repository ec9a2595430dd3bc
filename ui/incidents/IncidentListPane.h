#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

namespace ic {

class IncidentListModel;
class IncidentFilterModel;

// The incident list: filters, search, and the table with live countdowns.
class IncidentListPane : public QWidget
{
    Q_OBJECT
public:
    // `model` may be null (no workspace open); setModel() changes it.
    IncidentListPane(IncidentListModel *model, QWidget *parent = nullptr);
    void setModel(IncidentListModel *model);

    QTableView *table() const { return m_table; }
    IncidentFilterModel *filterModel() const { return m_filter; }

    QString currentIncidentId() const;
    void selectIncident(const QString &id);
    void focusSearch();
    void focusTable();
    void resort();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentIncidentChanged(const QString &id);

private:
    void sizeColumns();
    void updateCount();

    QPointer<IncidentListModel> m_model;
    IncidentFilterModel *m_filter;
    QComboBox *m_status;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace ic
