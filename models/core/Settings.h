#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ic {

// Typed application settings with their defaults in one place.
// Secrets never go here: they live only in the keychain (SecretStore).
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    Settings();

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &location); // most recent first, max 8
    void removeRecentWorkspace(const QString &location);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &location);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray incidentTableState() const;
    void setIncidentTableState(const QByteArray &state);

    Theme theme() const;
    void setTheme(Theme theme);

    // Empty means: follow the system language.
    QString language() const;
    void setLanguage(const QString &language);

    // The name recorded as "who" on incident events.
    QString actorName() const;
    void setActorName(const QString &name);

    // Team connection profiles as plain maps (ConnectionProfile::toVariant);
    // they never contain a password.
    QVariantList connectionProfiles() const;
    void setConnectionProfiles(const QVariantList &profiles);

    // Folders of the team's own Markdown playbooks, read beside the bundled ones.
    QStringList playbookFolders() const;
    void setPlaybookFolders(const QStringList &folders);

    // Folders of the team's own detection rules (*.rule), run beside the built-in ones.
    QStringList detectionRuleFolders() const;
    void setDetectionRuleFolders(const QStringList &folders);

    // The team's own notification templates; a file there replaces the
    // shipped template with the same id. Empty: only the shipped ones.
    QString notificationTemplateFolder() const;
    void setNotificationTemplateFolder(const QString &folder);

    // The Alerts view shows one line per rule (true, the default) or per alert.
    bool alertsGroupedByRule() const;
    void setAlertsGroupedByRule(bool grouped);

    // Incidents whose desktop notifications are muted.
    QStringList mutedIncidents() const;
    void setMutedIncidents(const QStringList &ids);

    static QString defaultActorName();

private:
    mutable QSettings m_settings;
};

} // namespace ic
