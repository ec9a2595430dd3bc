#pragma once

#include "models/detection/Alert.h"
#include "models/detection/AlertTriage.h"

#include <QList>

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ic {

// One alert beside the list: what the rule found, its facts, the audit rows
// that matched, and the controls to promote it, link it to an open incident
// that covers it, or dismiss it with a reason. Or a rule's group of alerts,
// with the same controls acting on all of them.
class AlertDetail : public QWidget
{
    Q_OBJECT
public:
    explicit AlertDetail(QWidget *parent = nullptr);

    // nullptr: none selected. The matched rows follow with showRows().
    void showAlert(const ic::Alert *alert);
    void showRows(const QList<ic::AlertRow> &rows);
    // A group's line: what its alerts share; the controls act on all of them.
    void showGroup(const ic::AlertGroup &group);
    // The open incidents to link to, `suggested` (may be empty) first and
    // chosen, with why it appears to cover the selection.
    void setLinkTargets(const QList<ic::Incident> &open,
                        const std::optional<ic::CoverSuggestion> &suggested);
    // The incident chosen to link to ("" when none).
    QString linkTarget() const;

    QComboBox *linkCombo() const { return m_linkTarget; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *openIncidentButton() const { return m_openIncident; }

    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_title;
    QLabel *m_facts;
    QTableWidget *m_rows;
    QPushButton *m_promote;
    QComboBox *m_linkTarget;
    QPushButton *m_link;
    QLabel *m_linkWhy;
    QPushButton *m_openIncident;
    QLineEdit *m_reason;
    QPushButton *m_dismiss;
};

} // namespace ic
