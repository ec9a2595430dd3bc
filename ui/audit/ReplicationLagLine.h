#pragma once

#include "models/audit/ReplicationLag.h"

#include <QLabel>
#include <QPointer>

namespace ic {

// One line under the audit explorer's count: where the audit data comes from
// and how fresh it is ("Audit data 2.4 s behind the primary"), from the audit
// source's replication monitor. Past the monitor's threshold it becomes a
// warning, marked by a sign and bold text as well as colour. Hidden when
// there is no monitor (the workspace's own data, or SQLite).
class ReplicationLagLine : public QLabel
{
    Q_OBJECT
public:
    explicit ReplicationLagLine(QWidget *parent = nullptr);

    void setMonitor(ReplicationMonitor *monitor);
    bool isWarning() const { return m_warning; }

private:
    void showLag(const ReplicationLag &lag);
    void showWarning(bool warning, const QString &message);
    void showFailure(const Error &error);
    void restyle();

    QPointer<ReplicationMonitor> m_monitor;
    bool m_warning = false;
    QString m_text;
};

} // namespace ic
