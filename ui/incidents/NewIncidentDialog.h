#pragma once

#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ic {

// Opens a new incident: title and severity are enough; the rest can follow.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    NewIncidentDialog(const SeverityPolicy &policy, const QString &actor, const QDateTime &nowUtc,
                      QWidget *parent = nullptr);

    NewIncident draft() const;
    // Shows why the incident could not be created; the dialog stays open.
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void submitted(const ic::NewIncident &draft);

private:
    void trySubmit();

    QString m_actor;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QPlainTextEdit *m_summary;
    QCheckBox *m_takeCommand;
    QDateTimeEdit *m_detected;
    QLineEdit *m_users;
    QLineEdit *m_tenants;
    QLineEdit *m_keys;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace ic
