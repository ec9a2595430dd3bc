#pragma once

#include "models/detection/Alert.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ic {

// One alert beside the list: what the rule found, its facts, the audit rows
// that matched, and the controls to promote it or dismiss it with a reason.
class AlertDetail : public QWidget
{
    Q_OBJECT
public:
    explicit AlertDetail(QWidget *parent = nullptr);

    // nullptr: none selected. The matched rows follow with showRows().
    void showAlert(const ic::Alert *alert);
    void showRows(const QList<ic::AlertRow> &rows);

    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_title;
    QLabel *m_facts;
    QTableWidget *m_rows;
    QPushButton *m_promote;
    QLineEdit *m_reason;
    QPushButton *m_dismiss;
};

} // namespace ic
