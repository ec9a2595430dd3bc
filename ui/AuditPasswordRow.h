#pragma once

#include <QWidget>

class QLineEdit;

namespace ic {

class AuditSource;

// The row where the person types the separate audit database's password
// when neither this session nor the keychain has it. What is typed goes to
// the session's audit source (kept in the keychain, else for this session
// only), which tells every view that waited.
class AuditPasswordRow : public QWidget
{
    Q_OBJECT
public:
    // `name`: the object-name stem of the row and its fields ("alertsAudit").
    AuditPasswordRow(AuditSource *source, const QString &name, const QString &label,
                     const QString &placeholder, QWidget *parent = nullptr);

    // Shows the row and takes the keyboard when it is on screen.
    void ask();
    void focusField();

private:
    AuditSource *m_source;
    QLineEdit *m_password;
};

} // namespace ic
