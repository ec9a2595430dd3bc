#pragma once

#include "models/actions/ActionSettings.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ic {

class ActionService;
class AuditSource;

// How this workspace acts: direct SQL or the admin API with its address,
// private CA, public-key pin and timeout; the token goes to the keychain.
class ActionSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ActionSettingsDialog(ActionService *service, QWidget *parent = nullptr);

    // Loads a PEM file as the private CA (the dialog's Browse… does this).
    bool loadCaFile(const QString &path);
    // Where the platform primary's password goes once the settings are
    // saved: the session's source for the primary they name (its keychain
    // flow), asked after the save because a new primary makes a new one.
    void setPrimarySource(std::function<AuditSource *()> source) { m_primarySource = source; }

private:
    void save();
    void updateEnabled();
    void showError(QLabel *where, const QString &text);

    ActionService *m_service;
    ActionSettings m_base; // what the form was filled from: a save goes over it only
    QRadioButton *m_sql;
    QRadioButton *m_api;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QLineEdit *m_ca;
    QString m_caPem;
    QPushButton *m_caBrowse;
    QPushButton *m_caClear;
    QLabel *m_caError;
    QLineEdit *m_pin;
    QLabel *m_pinError;
    QSpinBox *m_timeout;
    QLineEdit *m_token;
    QLabel *m_tokenError;
    QLineEdit *m_primary;
    QLabel *m_primaryError;
    QLineEdit *m_primaryPassword;
    std::function<AuditSource *()> m_primarySource;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace ic
