#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditRow.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ic {

// Everything about one audit row: every column, the metadata pretty-printed,
// and what to do next (copy it as JSON, pin it to the incident, look at
// everything by the same user, key, IP or tenant around that time).
class AuditRowDetail : public QWidget
{
    Q_OBJECT
public:
    explicit AuditRowDetail(QWidget *parent = nullptr);

    void setRow(const AuditRow *row); // nullptr: nothing selected (or not loaded yet)
    bool hasRow() const { return m_hasRow; }
    const AuditRow &row() const { return m_row; }
    // Why pinning is unavailable (no incident, read-only...); empty: it is.
    void setPinBlocked(const QString &reason);

signals:
    void pinRequested(const ic::AuditRow &row);
    void aroundRequested(ic::AuditField field, const QString &value, const QDateTime &timeUtc);
    void copied(const QString &what);

private:
    QLineEdit *addField(const QString &label, const char *name);
    void updateButtons();

    QLabel *m_title;
    QLineEdit *m_time;
    QLineEdit *m_event;
    QLineEdit *m_user;
    QLineEdit *m_tenant;
    QLineEdit *m_apiKey;
    QLineEdit *m_ip;
    QPlainTextEdit *m_query;
    QPlainTextEdit *m_metadata;
    QPushButton *m_copy;
    QPushButton *m_pin;
    QPushButton *m_aroundUser;
    QPushButton *m_aroundKey;
    QPushButton *m_aroundIp;
    QPushButton *m_aroundTenant;
    QFormLayout *m_form;
    AuditRow m_row;
    bool m_hasRow = false;
    QString m_pinBlocked;
};

} // namespace ic
