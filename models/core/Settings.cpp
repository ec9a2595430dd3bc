#include "models/core/Settings.h"

#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace ic {

namespace Key {
constexpr auto RecentWorkspaces = "workspace/recent";
constexpr auto LastWorkspace = "workspace/last";
constexpr auto WindowGeometry = "window/geometry";
constexpr auto WindowState = "window/state";
constexpr auto SplitterState = "window/splitter";
constexpr auto IncidentTableState = "window/incidentTable";
constexpr auto Theme = "appearance/theme";
constexpr auto Language = "appearance/language";
constexpr auto ActorName = "identity/name";
constexpr auto Profiles = "connections/profiles";
constexpr auto MutedIncidents = "notifications/muted";
constexpr auto PlaybookFolders = "playbooks/folders";
constexpr auto DetectionRuleFolders = "detection/ruleFolders";
constexpr auto AlertsGrouped = "detection/groupByRule";
constexpr auto NotificationTemplates = "notifications/templateFolder";
} // namespace Key

namespace {
constexpr int MaxRecent = 8;
QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

Settings::Settings() = default;

QStringList Settings::recentWorkspaces() const
{
    return m_settings.value(key(Key::RecentWorkspaces)).toStringList();
}

void Settings::addRecentWorkspace(const QString &location)
{
    QStringList list = recentWorkspaces();
    list.removeAll(location);
    list.prepend(location);
    while (list.size() > MaxRecent)
        list.removeLast();
    m_settings.setValue(key(Key::RecentWorkspaces), list);
}

void Settings::removeRecentWorkspace(const QString &location)
{
    QStringList list = recentWorkspaces();
    list.removeAll(location);
    m_settings.setValue(key(Key::RecentWorkspaces), list);
}

QString Settings::lastWorkspace() const
{
    return m_settings.value(key(Key::LastWorkspace)).toString();
}

void Settings::setLastWorkspace(const QString &location)
{
    m_settings.setValue(key(Key::LastWorkspace), location);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key(Key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key(Key::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key(Key::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key(Key::WindowState), state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(key(Key::SplitterState)).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(key(Key::SplitterState), state);
}

QByteArray Settings::incidentTableState() const
{
    return m_settings.value(key(Key::IncidentTableState)).toByteArray();
}

void Settings::setIncidentTableState(const QByteArray &state)
{
    m_settings.setValue(key(Key::IncidentTableState), state);
}

Settings::Theme Settings::theme() const
{
    const QString t = m_settings.value(key(Key::Theme), QStringLiteral("system")).toString();
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    if (t == QLatin1String("light"))
        return Theme::Light;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    const char *names[] = {"system", "light", "dark"};
    m_settings.setValue(key(Key::Theme), QString::fromLatin1(names[int(theme)]));
}

QString Settings::language() const
{
    return m_settings.value(key(Key::Language)).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(key(Key::Language), language);
}

QString Settings::actorName() const
{
    const QString name = m_settings.value(key(Key::ActorName)).toString().trimmed();
    return name.isEmpty() ? defaultActorName() : name;
}

void Settings::setActorName(const QString &name)
{
    m_settings.setValue(key(Key::ActorName), name.trimmed());
}

QVariantList Settings::connectionProfiles() const
{
    return m_settings.value(key(Key::Profiles)).toList();
}

void Settings::setConnectionProfiles(const QVariantList &profiles)
{
    m_settings.setValue(key(Key::Profiles), profiles);
}

QStringList Settings::playbookFolders() const
{
    return m_settings.value(key(Key::PlaybookFolders)).toStringList();
}

void Settings::setPlaybookFolders(const QStringList &folders)
{
    m_settings.setValue(key(Key::PlaybookFolders), folders);
}

QStringList Settings::detectionRuleFolders() const
{
    return m_settings.value(key(Key::DetectionRuleFolders)).toStringList();
}

void Settings::setDetectionRuleFolders(const QStringList &folders)
{
    m_settings.setValue(key(Key::DetectionRuleFolders), folders);
}

QString Settings::notificationTemplateFolder() const
{
    return m_settings.value(key(Key::NotificationTemplates)).toString();
}

void Settings::setNotificationTemplateFolder(const QString &folder)
{
    m_settings.setValue(key(Key::NotificationTemplates), folder.trimmed());
}

bool Settings::alertsGroupedByRule() const
{
    return m_settings.value(key(Key::AlertsGrouped), true).toBool();
}

void Settings::setAlertsGroupedByRule(bool grouped)
{
    m_settings.setValue(key(Key::AlertsGrouped), grouped);
}

QStringList Settings::mutedIncidents() const
{
    return m_settings.value(key(Key::MutedIncidents)).toStringList();
}

void Settings::setMutedIncidents(const QStringList &ids)
{
    m_settings.setValue(key(Key::MutedIncidents), ids);
}

QString Settings::defaultActorName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var).trimmed();
        if (!v.isEmpty())
            return v;
    }
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

} // namespace ic
