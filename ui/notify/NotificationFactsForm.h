#pragma once

#include "models/notify/NotificationFacts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ic {

// The facts notifications need about one incident, as a form: yes/no
// questions that start or rule out clocks, jurisdictions, numbers, and the
// texts regulators ask for. Saves on request, against the version it shows.
class NotificationFactsForm : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationFactsForm(QWidget *parent = nullptr);

    void setFacts(const ic::NotificationFacts &facts); // clears "modified"
    NotificationFacts facts() const;                   // the form's values
    bool isModified() const { return m_modified; }
    void setEditable(bool editable);
    void setStatus(const QString &text);
    // Base version for the next save (after a conflict: the stored one).
    void setBaseVersion(int version) { m_facts.version = version; }

signals:
    void saveRequested();
    void modifiedChanged(bool modified);

private:
    void markModified();

    NotificationFacts m_facts;
    bool m_modified = false;
    bool m_loading = false;

    QComboBox *m_personal;
    QComboBox *m_phi;
    QComboBox *m_breach;
    QLineEdit *m_jurisdictions;
    QLineEdit *m_people;
    QLineEdit *m_records;
    QPlainTextEdit *m_subjectCategories;
    QPlainTextEdit *m_dataCategories;
    QPlainTextEdit *m_systems;
    QLineEdit *m_period;
    QPlainTextEdit *m_consequences;
    QPlainTextEdit *m_taken;
    QPlainTextEdit *m_proposed;
    QPlainTextEdit *m_mitigation;
    QPlainTextEdit *m_steps;
    QPlainTextEdit *m_nextSteps;
    QPlainTextEdit *m_delay;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace ic
