#include "ui/TrayNotifier.h"

#include "models/core/Settings.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace ic {

TrayNotifier::TrayNotifier(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Incident Commander"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit activated(m_lastIncident); });
    }
}

void TrayNotifier::notify(const QString &title, const QString &message, const QString &incidentId)
{
    if (!incidentId.isEmpty() && isMuted(incidentId))
        return;
    m_lastIncident = incidentId;
    m_history << title + QStringLiteral(": ") + message;
    while (m_history.size() > 50)
        m_history.removeFirst();
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10'000);
    emit notified(title, message, incidentId);
}

bool TrayNotifier::isMuted(const QString &incidentId) const
{
    return m_settings.mutedIncidents().contains(incidentId);
}

void TrayNotifier::setMuted(const QString &incidentId, bool muted)
{
    QStringList list = m_settings.mutedIncidents();
    list.removeAll(incidentId);
    if (muted)
        list << incidentId;
    m_settings.setMutedIncidents(list);
}

} // namespace ic
