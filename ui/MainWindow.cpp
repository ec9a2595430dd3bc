#include "ui/MainWindow.h"

#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/SessionOpener.h"
#include "models/store/ChangeFeed.h"
#include "ui/MessageBanner.h"
#include "ui/PaneHost.h"
#include "ui/Theme.h"
#include "ui/TrayNotifier.h"
#include "ui/incidents/IncidentCommands.h"
#include "ui/incidents/IncidentDetailPane.h"
#include "ui/incidents/IncidentListPane.h"
#include "ui/incidents/JournalDialog.h"
#include "ui/shell/CommanderShell.h"
#include "ui/shell/IncidentHeader.h"
#include "ui/shell/OverdueLabel.h"
#include "ui/shell/PaneNavigation.h"
#include "ui/shell/Toast.h"
#include "ui/store/WorkspaceChooser.h"
#include "ui/team/TeamShell.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ic {

MainWindow::MainWindow(Settings &settings, SecretStore *secrets, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_secrets(secrets), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Incident Commander"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/incident-commander.svg")));

    m_list = new IncidentListPane(nullptr, this);
    m_banner = new MessageBanner(this);
    // The record alarm has its own banner: no other message replaces it,
    // and only the person acknowledging it makes it go.
    m_recordAlarm = new MessageBanner(this);
    m_recordAlarm->setObjectName(QStringLiteral("recordAlarmBanner"));
    m_recordAlarm->hide();
    m_opener = new SessionOpener(m_settings, m_secrets, m_clock, this);
    connect(m_opener, &SessionOpener::started, this, [this] {
        m_banner->hide();
        m_progress->setValue(0);
        updateStatus();
    });
    connect(m_opener, &SessionOpener::progress, this, [this](int percent) {
        m_progress->show();
        m_progress->setValue(percent);
        m_progress->setFormat(tr("Creating demo data %p%"));
    });
    connect(m_opener, &SessionOpener::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_opener, &SessionOpener::failed, this, &MainWindow::openFailed);
    m_chooser = new WorkspaceChooser(m_settings, m_opener, this);
    connect(m_opener, &SessionOpener::notice, this,
            [this](const QString &text) { m_pendingNotice = text; });

    m_navigator = new Navigator;
    m_navigator->setParent(this);
    connect(m_navigator, &Navigator::showIncident, this, [this](const QString &id) {
        m_mainTabs->setCurrentIndex(0);
        m_list->selectIncident(id);
    });
    connect(m_navigator, &Navigator::request, this, &MainWindow::routeRequest);
    m_notifier = new TrayNotifier(m_settings, this);
    connect(m_notifier, &TrayNotifier::activated, this, [this](const QString &id) {
        raise();
        activateWindow();
        if (!id.isEmpty())
            m_navigator->showIncident(id);
    });

    // Right: the selected incident, its details first, then feature panes,
    // named in a list down the side (every name whole, at any width).
    m_incidentTabs = new SideTabWidget(this);
    m_incidentTabs->setObjectName(QStringLiteral("incidentTabs"));
    m_incidentTabs->setDocumentMode(true);
    auto *placeholder = new QLabel(tr("Opening workspace…"), this);
    placeholder->setObjectName(QStringLiteral("openingLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    m_incidentTabs->addTab(placeholder, tr("Details"));
    // The incidents first; workspace-wide views (audit logs...) beside them.
    m_mainTabs = new QTabWidget(this);
    m_mainTabs->setObjectName(QStringLiteral("mainTabs"));
    m_mainTabs->setDocumentMode(true);
    m_shell = new CommanderShell(this, m_mainTabs, m_incidentTabs, m_list, m_navigator,
                                 [this](const QString &name) { return showPane(name); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_shell->incidentSide());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_mainTabs->addTab(m_splitter, tr("Incidents"));

    m_team = new TeamShell(this, m_banner, m_notifier, m_navigator,
                           [this](const QString &name) { return showPane(name); });

    m_central = new QWidget(this);
    auto *layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(6, 6, 6, 0);
    // The selected incident's clocks above every tab; what just happened below.
    layout->addWidget(m_recordAlarm);
    layout->addWidget(m_banner);
    layout->addWidget(m_team->noticeBanner());
    layout->addWidget(m_shell->header());
    layout->addWidget(m_mainTabs, 1);
    layout->addWidget(m_shell->toast());
    setCentralWidget(m_central);
    updateTabBars();

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    m_actorLabel = new QLabel(this);
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("openProgressBar"));
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 100);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_team->waitingButton());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_shell->overdueLabel());
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_actorLabel);
    // Offline edits kept on this workstation; opens the journal dialog.
    m_journalIndicator = new JournalIndicator(this);
    statusBar()->addPermanentWidget(m_journalIndicator);

    m_commands = new IncidentCommands(this, m_list, m_notifier, m_clock);
    m_commands->setToast(m_shell->toast());
    connect(m_commands, &IncidentCommands::detailsWanted, m_shell, &CommanderShell::showDetails);
    createMenus();

    connect(m_list, &IncidentListPane::currentIncidentChanged, this,
            &MainWindow::selectedIncidentChanged);

    // First start: most of the screen; afterwards, wherever the user left it.
    if (QScreen *sc = screen())
        resize(sc->availableGeometry().size() * 0.9);
    else
        resize(1280, 800);
    m_splitter->setSizes({width() * 58 / 100, width() * 42 / 100});
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_list->restoreHeaderState(m_settings.incidentTableState());
    if (!m_settings.splitterState().isEmpty())
        m_splitter->restoreState(m_settings.splitterState());
    m_commands->update();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The panes leave while the tabs and menus the host put them in are
    // still here (the window's children go in the order they were made).
    delete m_host;
    m_host = nullptr;
}

IncidentHeader *MainWindow::header() const
{
    return m_shell->header();
}

Toast *MainWindow::toast() const
{
    return m_shell->toast();
}

IncidentStore *MainWindow::incidentStore() const
{
    return m_session ? m_session->incidents() : nullptr;
}

IncidentListModel *MainWindow::incidentModel() const
{
    return m_session ? m_session->incidentList() : nullptr;
}

QString MainWindow::demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-workspace.icw");
}

QString MainWindow::defaultWorkspacePath()
{
    return WorkspaceChooser::defaultWorkspacePath();
}

void MainWindow::setTheme(Settings::Theme theme)
{
    m_settings.setTheme(theme);
    Theme::apply(theme);
}

void MainWindow::updateStatus()
{
    if (m_session) {
        const auto &p = m_session->profile();
        QString text =
            p.kind == ConnectionProfile::Kind::Sqlite
                ? tr("Workspace: %1 (SQLite)").arg(QDir::toNativeSeparators(p.sqlitePath))
                : tr("Workspace: %1 (PostgreSQL)").arg(p.store.uri());
        if (p.readOnly)
            text += tr(" — read-only reviewer");
        m_workspaceLabel->setText(text);
    } else if (m_opener->opening()) {
        m_workspaceLabel->setText(
            tr("Opening %1…").arg(m_opener->opening()->profile().displayName()));
    } else {
        m_workspaceLabel->setText(tr("No workspace open"));
    }
    m_shell->overdueLabel()->refresh();
    // Who is connected, as the session knows it.
    m_actorLabel->setText(tr("You: %1").arg(m_session ? m_session->identity().displayName()
                                                      : m_settings.actorName()));
    const int pending = m_store ? m_store->pending() : 0;
    // "All changes saved" only when the panes have nothing typed that is not
    // in the workspace yet (a review draft between keystrokes and storing).
    const QStringList unsaved = m_host ? m_host->unsavedWork() : QStringList();
    m_saveLabel->setText(pending > 0 ? tr("Saving…")
                         : !unsaved.isEmpty()
                             ? tr("Not stored yet: %1").arg(unsaved.join(QStringLiteral(", ")))
                         : m_store ? tr("All changes saved")
                                   : QString());
}

void MainWindow::showError(const Error &error)
{
    m_banner->clearActions();
    // Kept on this workstation while offline: news, not a failure.
    m_banner->show(error.kind == Error::Kind::Queued ? MessageBanner::Kind::Info
                                                     : MessageBanner::Kind::Error,
                   error.message, error.detail);
}

void MainWindow::watchTeamSync()
{
    if (!m_session->changeFeed())
        return;
    connect(m_session, &WorkspaceSession::connectionStateChanged, this,
            &MainWindow::updateLiveLabel);
    // Edits kept on this workstation while the database was unreachable.
    m_journalIndicator->setStore(m_store);
    connect(m_store, &IncidentStore::conflict, this,
            [this](const Incident &current, const IncidentPatch &mine) {
                // A change kept offline met someone else's: show both, let the commander choose.
                if (m_detail && m_detail->incidentId() == current.id)
                    return; // the details pane shows its own conflicts
                m_banner->clearActions();
                m_banner->show(
                    MessageBanner::Kind::Warning,
                    tr("Your change to %1, made while offline, was not applied: %2 changed it "
                       "meanwhile. Open the incident to compare, or keep yours.")
                        .arg(current.ref, current.updatedBy));
                auto *keep =
                    m_banner->addAction(tr("Keep Mine"), QStringLiteral("keepOfflineChangeButton"));
                connect(keep, &QPushButton::clicked, this, [this, current, mine] {
                    m_banner->hide();
                    m_store->update(current.id, current.version, mine);
                });
                auto *open = m_banner->addAction(tr("Open"), QStringLiteral("openConflictButton"));
                connect(open, &QPushButton::clicked, this, [this, id = current.id] {
                    m_banner->hide();
                    m_list->selectIncident(id);
                });
            });
    updateLiveLabel();
}

void MainWindow::updateLiveLabel()
{
    ChangeFeed *feed = m_session ? m_session->changeFeed() : nullptr;
    if (!feed || !m_store) {
        m_liveLabel->clear();
        return;
    }
    QString text = m_store->isOffline() && feed->state() == ChangeFeed::State::Live
                       ? tr("Reconnecting…")
                       : feed->stateText();
    if (feed->state() == ChangeFeed::State::Live && !m_store->isOffline())
        text = tr("● Live");
    else
        text = tr("○ ") + text;
    if (m_store->waitingInJournal() > 0)
        text += tr(" — %n change(s) waiting to be sent", nullptr, m_store->waitingInJournal());
    m_liveLabel->setText(text);
}

void MainWindow::openSqliteFile(const QString &path)
{
    openWorkspace(ConnectionProfile::forSqlite(path));
}

void MainWindow::openDemoWorkspace()
{
    m_opener->openDemo(demoWorkspacePath(), tr("Demo workspace"));
}

void MainWindow::openWorkspace(const ConnectionProfile &profile, const QString &password,
                               WorkspaceSession::AfterOpen afterOpen, bool createIfMissing)
{
    m_opener->open(profile, password, std::move(afterOpen), createIfMissing);
}

void MainWindow::openFailed(const Error &error, const ConnectionProfile &profile)
{
    m_progress->hide();
    showError(error);
    updateStatus();
    emit workspaceFailed(error);
    if (profile.kind == ConnectionProfile::Kind::Postgres &&
        error.kind == Error::Kind::NotAWorkspace) {
        auto *create = m_banner->addAction(tr("Set Up Incident Store Here"),
                                           QStringLiteral("createStoreButton"));
        connect(create, &QPushButton::clicked, this, [this, profile] {
            m_banner->hide();
            connectTeam(profile, {}, true);
        });
    }
}

void MainWindow::closeWorkspace()
{
    m_commands->setWorkspace(nullptr, nullptr);
    m_shell->setSession(nullptr);
    destroyFeaturePanes();
    if (m_detail) {
        m_detail->showIncident(nullptr);
        m_detail->deleteLater();
        m_detail = nullptr;
    }
    m_list->setModel(nullptr);
    m_team->setSession(nullptr, nullptr);
    m_store = nullptr;
    m_model = nullptr;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
    }
    m_session = nullptr;
    updateLiveLabel();
}

void MainWindow::onWorkspaceOpened(WorkspaceSession *session)
{
    m_progress->hide();
    closeWorkspace();
    session->setParent(this);
    m_session = session;
    m_store = session->incidents();
    m_model = session->incidentList();
    m_list->setModel(m_model);
    const WorkspaceInfo info = session->info();
    const ConnectionProfile &profile = session->profile();
    m_settings.addRecentWorkspace(profile.location());
    if (profile.kind == ConnectionProfile::Kind::Sqlite)
        m_settings.setLastWorkspace(profile.location());

    connect(session, &WorkspaceSession::notice, m_notifier, &TrayNotifier::notify);
    connect(session, &WorkspaceSession::identityChanged, this, &MainWindow::updateStatus);
    connect(m_model, &IncidentListModel::overdueCountChanged, this, &MainWindow::updateStatus);
    m_shell->setSession(session);
    m_detail = new IncidentDetailPane(m_store, m_clock, this);
    m_detail->setReadOnly(profile.readOnly || !session->permissions().canEdit());
    // A team workspace's roles can change while it is open (a write the
    // server refused re-reads them): the window follows and says so.
    connect(session, &WorkspaceSession::permissionsChanged, this,
            [this](const Permissions &permissions) {
                if (m_detail)
                    m_detail->setReadOnly(m_session->profile().readOnly || !permissions.canEdit());
            });
    connect(session, &WorkspaceSession::recordRewritten, this, [this](const QString &message) {
        m_recordAlarm->clearActions();
        m_recordAlarm->show(MessageBanner::Kind::Error, message);
        QPushButton *ack = m_recordAlarm->addAction(tr("Acknowledge"),
                                                    QStringLiteral("acknowledgeRecordAlarmButton"));
        connect(ack, &QPushButton::clicked, m_recordAlarm, &QWidget::hide);
    });
    connect(session, &WorkspaceSession::accessReloaded, this, [this](const QString &message) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Warning, message);
    });
    QWidget *old = m_incidentTabs->widget(0);
    m_incidentTabs->removeTab(0);
    m_incidentTabs->insertTab(0, m_detail, tr("Details"));
    m_incidentTabs->setCurrentIndex(0);
    if (old && old != m_detail)
        old->deleteLater();
    m_commands->setWorkspace(session, m_detail);
    createFeaturePanes();

    connect(m_store, &IncidentStore::incidentsLoaded, this, [this](const QList<Incident> &list) {
        const QString keep = m_list->currentIncidentId();
        m_list->resort();
        const QString target = !m_pendingSelect.isEmpty() ? m_pendingSelect : keep;
        m_pendingSelect.clear();
        if (!target.isEmpty())
            m_list->selectIncident(target);
        else if (m_list->filterModel()->rowCount() > 0)
            m_list->table()->setCurrentIndex(m_list->filterModel()->index(0, 0));
        updateStatus();
        emit incidentsShown(int(list.size()));
    });
    connect(m_store, &IncidentStore::incidentSaved, this, [this](const Incident &inc) {
        if (m_detail)
            m_detail->incidentUpdated(inc);
        if (m_host && m_list->currentIncidentId() == inc.id)
            m_host->setIncident(m_model->incidentById(inc.id));
        m_commands->update();
    });
    connect(m_store, &IncidentStore::policyLoaded, this, [this](const SeverityPolicy &p) {
        if (m_detail)
            m_detail->setPolicy(p);
    });
    connect(m_store, &IncidentStore::failed, this, &MainWindow::showError);
    // What other panes and workstations write is on the record the details list.
    connect(session, &WorkspaceSession::incidentChanged, this, [this](const QString &id) {
        if (m_detail && !m_detail->incidentId().isEmpty() &&
            (id.isEmpty() || id == m_detail->incidentId()))
            m_store->loadEvents(m_detail->incidentId());
    });
    connect(m_store, &IncidentStore::pendingChanged, this, [this](int pending) {
        updateStatus();
        if (pending == 0 && m_closeRequested && !(m_detail && m_detail->hasUnsavedChanges()))
            close();
    });
    watchTeamSync();
    setWindowTitle(tr("%1 — Incident Commander").arg(profile.displayName()));
    if (info.created && profile.kind == ConnectionProfile::Kind::Sqlite) {
        m_banner->clearActions();
        m_banner->show(
            MessageBanner::Kind::Info,
            profile.sqlitePath == demoWorkspacePath()
                ? tr("Created the demo workspace: 200,000 audit-log rows with one "
                     "instance of every attack the playbooks describe, and a handful "
                     "of incidents to work on.")
                : tr("Created the workspace %1.").arg(QDir::toNativeSeparators(info.location)));
    }
    if (!m_pendingNotice.isEmpty()) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Warning, m_pendingNotice);
        m_pendingNotice.clear();
    }
    m_team->setSession(m_session, m_model);
    m_commands->update();
    updateStatus();
    emit workspaceOpened(info);
}

void MainWindow::selectedIncidentChanged(const QString &id)
{
    if (!m_detail)
        return;
    const Incident *incident = id.isEmpty() ? nullptr : m_model->incidentById(id);
    m_detail->showIncident(incident);
    m_shell->setIncident(id);
    if (m_host)
        m_host->setIncident(incident);
    m_commands->update();
}

void MainWindow::createFeaturePanes()
{
    PaneContext context;
    context.session = m_session;
    context.settings = &m_settings;
    context.navigator = m_navigator;
    m_host = new PaneHost(context, this, m_incidentTabs, m_mainTabs, m_incidentMenu,
                          m_helpMenu->menuAction());
    connect(m_host, &PaneHost::unsavedWorkChanged, this, &MainWindow::updateStatus);
    m_shell->setHost(m_host);
    updateTabBars();
}

void MainWindow::destroyFeaturePanes()
{
    delete m_host;
    m_host = nullptr;
    updateTabBars();
}

QWidget *MainWindow::showPane(const QString &objectName)
{
    return m_host ? m_host->showPane(objectName) : nullptr;
}

void MainWindow::routeRequest(const QString &what, const QVariantMap &arguments)
{
    if (what == QLatin1String("notify")) {
        m_notifier->notify(arguments.value(QStringLiteral("title")).toString(),
                           arguments.value(QStringLiteral("message")).toString(),
                           arguments.value(QStringLiteral("incidentId")).toString());
        return;
    }
    if (m_host)
        m_host->route(what, arguments);
}

void MainWindow::updateTabBars()
{
    // A tab bar with one tab is noise: show it only when there is a choice.
    m_mainTabs->tabBar()->setVisible(m_mainTabs->count() > 1);
    if (m_shell)
        m_shell->setHost(m_host);
}

void MainWindow::connectTeam(const ConnectionProfile &profile, const QString &password,
                             bool createStore)
{
    m_opener->connectTeam(profile, password, createStore);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_detail)
        m_detail->flushTyping();
    if (m_store && (m_store->pending() > 0 || (m_detail && m_detail->hasUnsavedChanges()))) {
        // Never lose what was typed: close once the last save is confirmed.
        m_closeRequested = true;
        m_saveLabel->setText(tr("Saving before closing…"));
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setIncidentTableState(m_list->saveHeaderState());
    QMainWindow::closeEvent(event);
}

} // namespace ic
