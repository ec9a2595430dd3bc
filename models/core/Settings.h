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

    static QString defaultActorName();

private:
    mutable QSettings m_settings;
};

} // namespace ic
