#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QSystemTrayIcon;

namespace ic {

class Settings;

// Desktop notifications for what needs the commander's attention while the
// window is in the background: a new incident or alert, an overdue response,
// an incident assigned to them. Muted per incident.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(Settings &settings, QObject *parent = nullptr);

    // Shows a desktop notification unless the incident is muted.
    void notify(const QString &title, const QString &message, const QString &incidentId = {});

    bool isMuted(const QString &incidentId) const;
    void setMuted(const QString &incidentId, bool muted);

    // What was shown, newest last (for the status line and tests).
    const QStringList &history() const { return m_history; }

signals:
    void notified(const QString &title, const QString &message, const QString &incidentId);
    void activated(const QString &incidentId); // the user clicked the notification

private:
    Settings &m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastIncident;
    QStringList m_history;
};

} // namespace ic
