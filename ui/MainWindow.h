#pragma once

#include "models/core/Result.h"
#include "models/core/Settings.h"
#include "models/incidents/Incident.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/ConnectionProfile.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QProgressBar;

namespace ic {

class Clock;
class IncidentDetailPane;
class IncidentListModel;
class IncidentListPane;
class IncidentStore;
class TeamShell;
class JournalIndicator;
class MessageBanner;
class SecretStore;
class IncidentCommands;
class SessionOpener;
class TrayNotifier;
class WorkspaceChooser;
class Navigator;
class PaneHost;
class IncidentHeader;
class SideTabWidget;
class Toast;
class CommanderShell;

// The main window: the incident list beside the selected incident, and the
// workspace-wide views beside them. Window chrome only: menus, panes,
// dialogs, the status bar. The open workspace is a WorkspaceSession; the
// window asks it and shows what it says.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings &settings, SecretStore *secrets, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; the window stays responsive while it opens.
    void openWorkspace(const ConnectionProfile &profile, const QString &password = {},
                       WorkspaceSession::AfterOpen afterOpen = {}, bool createIfMissing = false);
    void openSqliteFile(const QString &path);
    void openDemoWorkspace();
    // Team workspace: password from the argument, else the keychain, else
    // asks. `createStore` sets up the incident store in a database without one.
    void connectTeam(const ConnectionProfile &profile, const QString &password = {},
                     bool createStore = false);

    static QString demoWorkspacePath();
    static QString defaultWorkspacePath();

    // The open workspace, or null.
    WorkspaceSession *session() const { return m_session; }
    IncidentStore *incidentStore() const;
    IncidentListModel *incidentModel() const;
    MessageBanner *banner() const { return m_banner; }
    // The record of the workspace was rewritten: shown until acknowledged.
    MessageBanner *recordAlarm() const { return m_recordAlarm; }
    Navigator *navigator() const { return m_navigator; }
    // Builds the feature pane with that object name if need be, shows its
    // tab and returns it (null without an open workspace).
    QWidget *showPane(const QString &objectName);
    TrayNotifier *notifier() const { return m_notifier; }
    // A team workspace's two-person rule (null otherwise).
    // A team workspace's menu, approvals and notices.
    TeamShell *team() const { return m_team; }
    // The header, the side list of panes, the overdue count, the feedback line.
    CommanderShell *shell() const { return m_shell; }
    IncidentHeader *header() const;
    Toast *toast() const;

signals:
    void workspaceOpened(const ic::WorkspaceInfo &info);
    void workspaceFailed(const ic::Error &error);
    void incidentsShown(int count); // after each full load

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateStatus();
    void showError(const Error &error);
    void openFailed(const Error &error, const ConnectionProfile &profile);
    void onWorkspaceOpened(WorkspaceSession *session);
    void closeWorkspace();
    void selectedIncidentChanged(const QString &id);
    void setTheme(Settings::Theme theme);
    void createFeaturePanes();
    void destroyFeaturePanes();
    void routeRequest(const QString &what, const QVariantMap &arguments);
    void updateTabBars();
    void watchTeamSync();
    void updateLiveLabel();

    Settings &m_settings;
    SecretStore *m_secrets;
    const Clock &m_clock;

    SessionOpener *m_opener;
    WorkspaceChooser *m_chooser;
    QPointer<WorkspaceSession> m_session;
    IncidentStore *m_store = nullptr;     // the session's, while one is open
    IncidentListModel *m_model = nullptr; // the session's, while one is open
    TrayNotifier *m_notifier;
    IncidentListPane *m_list;
    IncidentDetailPane *m_detail = nullptr;
    QSplitter *m_splitter;
    QTabWidget *m_mainTabs;
    SideTabWidget *m_incidentTabs;
    CommanderShell *m_shell = nullptr;
    Navigator *m_navigator;
    PaneHost *m_host = nullptr; // the open workspace's feature panes
    QMenu *m_incidentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    TeamShell *m_team = nullptr;
    MessageBanner *m_banner;
    MessageBanner *m_recordAlarm;
    QWidget *m_central;
    QString m_pendingSelect;
    QString m_pendingNotice; // shown once the workspace is open
    bool m_closeRequested = false;

    QLabel *m_workspaceLabel;
    QLabel *m_saveLabel;
    QLabel *m_actorLabel;
    QLabel *m_liveLabel;
    JournalIndicator *m_journalIndicator = nullptr;
    QProgressBar *m_progress;

    IncidentCommands *m_commands;
};

} // namespace ic
