#pragma once

#include "models/store/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ic {

// Connects to a team workspace on PostgreSQL. Passwords typed here go to the
// keychain, never to settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const ConnectionProfile &initial, QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    QString storePassword() const;
    QString auditPassword() const;
    // Set up the incident store if the database has none yet.
    bool createStore() const;
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    struct EndpointFields
    {
        QLineEdit *host;
        QSpinBox *port;
        QLineEdit *database;
        QLineEdit *user;
        QComboBox *sslMode;
        QLabel *sslWarning; // shown while the mode is weaker than verify-full
        QLineEdit *password;
    };
    EndpointFields makeFields(QWidget *parent, const QString &prefix, const PgEndpoint &e);
    static PgEndpoint endpoint(const EndpointFields &f);
    static void updateSslWarning(const EndpointFields &f);
    QString validate() const;

    QLineEdit *m_name;
    EndpointFields m_store;
    QCheckBox *m_separateAudit;
    QGroupBox *m_auditGroup;
    EndpointFields m_audit;
    QCheckBox *m_readOnly;
    QCheckBox *m_createStore;
    QLabel *m_error;
    QPushButton *m_connect;
};

} // namespace ic
