#pragma once

#include "models/core/Result.h"
#include "models/core/Settings.h"
#include "models/incidents/Incident.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/WorkspaceConnection.h"

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
class JournalIndicator;
class MessageBanner;
class SecretStore;
class NewIncidentDialog;
class ChangeFeed;
class TrayNotifier;
class SqlExecutor;
class IncidentPane;
class WorkspaceView;
class Navigator;

// The main window: the incident list beside the selected incident. It
// composes the panes and owns the open workspace; everything slow happens
// on worker threads and answers by signal.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings &settings, SecretStore *secrets, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; the window stays responsive while it opens.
    void openWorkspace(const ConnectionProfile &profile, const QString &password = {},
                       WorkspaceConnection::AfterOpen afterOpen = {}, bool createIfMissing = false);
    void openSqliteFile(const QString &path);
    void openDemoWorkspace();
    // Team workspace: password from the argument, else the keychain, else
    // asks. `createStore` sets up the incident store in a database without one.
    void connectTeam(const ConnectionProfile &profile, const QString &password = {},
                     bool createStore = false);

    static QString demoWorkspacePath();
    static QString defaultWorkspacePath();

    IncidentStore *incidentStore() const { return m_store; }
    IncidentListModel *incidentModel() const { return m_model; }
    const WorkspaceConnection *workspace() const { return m_workspace; }
    MessageBanner *banner() const { return m_banner; }
    Navigator *navigator() const { return m_navigator; }
    TrayNotifier *notifier() const { return m_notifier; }

signals:
    void workspaceOpened(const ic::WorkspaceInfo &info);
    void workspaceFailed(const ic::Error &error);
    void incidentsShown(int count); // after each full load

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void showError(const Error &error);
    void showNewIncidentDialog();
    void showPolicyDialog();
    void showConnectDialog();
    void chooseWorkspaceFile(bool create);
    void askPassword(const ConnectionProfile &profile, const QString &reason,
                     bool createStore = false);
    void onWorkspaceOpened(const WorkspaceInfo &info);
    void closeWorkspace();
    void selectedIncidentChanged(const QString &id);
    void setTheme(Settings::Theme theme);
    void createFeaturePanes();
    void destroyFeaturePanes();
    void routeRequest(const QString &what, const QVariantMap &arguments);
    void updateTabBars();
    void startTeamSync();
    void updateLiveLabel();
    void notifyNewIncidents(const QList<Incident> &incidents);
    void notifyOverdue();

    Settings &m_settings;
    SecretStore *m_secrets;
    const Clock &m_clock;

    QPointer<WorkspaceConnection> m_workspace;
    QPointer<WorkspaceConnection> m_opening;
    IncidentStore *m_store = nullptr;
    ChangeFeed *m_feed = nullptr; // team workspaces: the live change feed
    TrayNotifier *m_notifier;
    QSet<QString> m_knownIncidents;   // to tell new incidents from a reload
    bool m_listLoaded = false;        // the first load notifies nothing
    QSet<QString> m_overdueIncidents; // to notify each overdue response once
    QAction *m_mute = nullptr;
    SqlExecutor *m_journal = nullptr; // team workspaces: edits kept while offline
    IncidentListModel *m_model;
    IncidentListPane *m_list;
    IncidentDetailPane *m_detail = nullptr;
    QSplitter *m_splitter;
    QTabWidget *m_mainTabs;
    QTabWidget *m_incidentTabs;
    Navigator *m_navigator;
    QList<IncidentPane *> m_panes;
    QList<WorkspaceView *> m_views;
    QList<QMenu *> m_featureMenus;
    QList<QAction *> m_featureIncidentActions;
    QMenu *m_incidentMenu = nullptr;
    MessageBanner *m_banner;
    QWidget *m_central;
    QPointer<NewIncidentDialog> m_newDialog;
    QString m_pendingSelect;
    QString m_pendingNotice; // shown once the workspace is open
    // The secret key whose stored password is being tried: if the server
    // refuses it, ask for a new one.
    QString m_triedStoredSecret;
    bool m_closeRequested = false;

    QLabel *m_workspaceLabel;
    QLabel *m_saveLabel;
    QLabel *m_overdueLabel;
    QLabel *m_actorLabel;
    QLabel *m_liveLabel;
    JournalIndicator *m_journalIndicator = nullptr;
    QProgressBar *m_progress;

    QMenu *m_recentMenu = nullptr;
    QAction *m_newIncident = nullptr;
    QAction *m_takeCommand = nullptr;
    QAction *m_closeIncident = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_editTitle = nullptr;
    QAction *m_policy = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_focusList = nullptr;
};

} // namespace ic
