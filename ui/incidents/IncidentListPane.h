#pragma once

#include <QHash>
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

    // Width the Response column keeps whatever the window's width: its
    // widest text in the current language, marker and bold included.
    int responseColumnWidth() const;
    // The width a column's header needs to show its title whole.
    int headerWidth(int column) const;

signals:
    void currentIncidentChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeColumns();
    // Shares the table's width: the title shrinks (elided, its tooltip
    // whole) and then the secondary columns; never the countdown.
    void fitColumns();
    void updateCount();

    QPointer<IncidentListModel> m_model;
    IncidentFilterModel *m_filter;
    QComboBox *m_status;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QHash<int, int> m_natural; // column -> width from what it holds
};

} // namespace ic
