#include "ui/MainWindow.h"

#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/demo/DemoData.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/DeadlineFeed.h"
#include "models/store/ChangeFeed.h"
#include "models/store/OfflineJournal.h"
#include "models/store/SqlExecutor.h"
#include "ui/MessageBanner.h"
#include "ui/Panes.h"
#include "ui/Theme.h"
#include "ui/TrayNotifier.h"
#include "ui/incidents/IncidentDetailPane.h"
#include "ui/incidents/IncidentListPane.h"
#include "ui/incidents/NewIncidentDialog.h"
#include "ui/incidents/SeverityPolicyDialog.h"
#include "ui/store/ConnectDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
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
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

MainWindow::MainWindow(Settings &settings, SecretStore *secrets, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_secrets(secrets), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Incident Commander"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/incident-commander.svg")));

    m_model = new IncidentListModel(clock, this);
    m_list = new IncidentListPane(m_model, this);
    m_banner = new MessageBanner(this);

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

    // Right: the selected incident, its details first, then feature panes.
    m_incidentTabs = new QTabWidget(this);
    m_incidentTabs->setObjectName(QStringLiteral("incidentTabs"));
    m_incidentTabs->setDocumentMode(true);
    auto *placeholder = new QLabel(tr("Opening workspace…"), this);
    placeholder->setObjectName(QStringLiteral("openingLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    m_incidentTabs->addTab(placeholder, tr("Details"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_incidentTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // The incidents first; workspace-wide views (audit logs...) beside them.
    m_mainTabs = new QTabWidget(this);
    m_mainTabs->setObjectName(QStringLiteral("mainTabs"));
    m_mainTabs->setDocumentMode(true);
    m_mainTabs->addTab(m_splitter, tr("Incidents"));

    m_central = new QWidget(this);
    auto *layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainTabs, 1);
    setCentralWidget(m_central);
    updateTabBars();

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    m_overdueLabel = new QLabel(this);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_actorLabel = new QLabel(this);
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("openProgressBar"));
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 100);
    m_progress->hide();
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_overdueLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_actorLabel);

    createActions();
    createMenus();

    connect(m_list, &IncidentListPane::currentIncidentChanged, this,
            &MainWindow::selectedIncidentChanged);
    connect(m_model, &IncidentListModel::overdueCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &IncidentListModel::overdueCountChanged, this, &MainWindow::notifyOverdue);

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
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-workspace.icw");
}

QString MainWindow::defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace.icw");
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };
    m_newIncident =
        make(tr("&New Incident…"), QStringLiteral("newIncidentAction"), QKeySequence::New);
    connect(m_newIncident, &QAction::triggered, this, &MainWindow::showNewIncidentDialog);
    m_takeCommand =
        make(tr("&Take Command"), QStringLiteral("takeCommandAction"), QKeySequence(tr("Ctrl+T")));
    connect(m_takeCommand, &QAction::triggered, this, [this] {
        if (m_detail)
            m_detail->takeCommand();
    });
    m_closeIncident = make(tr("&Close Incident"), QStringLiteral("closeIncidentAction"),
                           QKeySequence(tr("Ctrl+Shift+W")));
    connect(m_closeIncident, &QAction::triggered, this, [this] {
        if (m_detail)
            m_detail->toggleClosed();
    });
    m_addNote =
        make(tr("Add &Note"), QStringLiteral("addNoteAction"), QKeySequence(tr("Ctrl+Shift+N")));
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (m_detail)
            m_detail->focusNote();
    });
    m_editTitle =
        make(tr("&Edit Title"), QStringLiteral("editTitleAction"), QKeySequence(Qt::Key_F2));
    connect(m_editTitle, &QAction::triggered, this, [this] {
        if (m_detail)
            m_detail->focusTitle();
    });
    m_mute =
        make(tr("&Mute Notifications for This Incident"), QStringLiteral("muteIncidentAction"));
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        if (m_detail && !m_detail->incidentId().isEmpty())
            m_notifier->setMuted(m_detail->incidentId(), muted);
    });
    m_policy = make(tr("Severity &Policy…"), QStringLiteral("severityPolicyAction"));
    connect(m_policy, &QAction::triggered, this, &MainWindow::showPolicyDialog);
    m_findAction = make(tr("&Find Incident"), QStringLiteral("findAction"), QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_list, &IncidentListPane::focusSearch);
    m_focusList = make(tr("Go to Incident &List"), QStringLiteral("focusListAction"),
                       QKeySequence(tr("Ctrl+L")));
    connect(m_focusList, &QAction::triggered, m_list, &IncidentListPane::focusTable);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *openFile =
        file->addAction(tr("&Open Workspace…"), this, [this] { chooseWorkspaceFile(false); });
    openFile->setShortcut(QKeySequence::Open);
    openFile->setObjectName(QStringLiteral("openWorkspaceAction"));
    auto *newFile =
        file->addAction(tr("New &Workspace…"), this, [this] { chooseWorkspaceFile(true); });
    newFile->setObjectName(QStringLiteral("newWorkspaceAction"));
    auto *team =
        file->addAction(tr("Connect to &Team Workspace…"), this, &MainWindow::showConnectDialog);
    team->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    team->setObjectName(QStringLiteral("connectTeamAction"));
    auto *demo = file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoWorkspace);
    demo->setObjectName(QStringLiteral("openDemoAction"));
    m_recentMenu = file->addMenu(tr("&Recent Workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    m_incidentMenu = incident;
    incident->addAction(m_newIncident);
    incident->addSeparator();
    incident->addAction(m_takeCommand);
    incident->addAction(m_editTitle);
    incident->addAction(m_addNote);
    incident->addAction(m_closeIncident);
    incident->addAction(m_mute);
    incident->addSeparator();
    incident->addAction(m_findAction);
    incident->addAction(m_focusList);
    incident->addSeparator();
    incident->addAction(m_policy);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const std::pair<Settings::Theme, QString> themes[] = {{Settings::Theme::System, tr("&System")},
                                                          {Settings::Theme::Light, tr("&Light")},
                                                          {Settings::Theme::Dark, tr("&Dark")}};
    for (const auto &[value, label] : themes) {
        QAction *a = theme->addAction(label, this, [this, value] { setTheme(value); });
        a->setCheckable(true);
        a->setChecked(m_settings.theme() == value);
        group->addAction(a);
    }
    auto *name = view->addAction(tr("Your &Name…"), this, [this] {
        auto *dlg = new QInputDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->setWindowTitle(tr("Your Name"));
        dlg->setLabelText(tr("The name recorded with everything you do:"));
        dlg->setTextValue(m_settings.actorName());
        connect(dlg, &QInputDialog::textValueSelected, this, [this](const QString &v) {
            if (v.trimmed().isEmpty())
                return;
            m_settings.setActorName(v);
            if (m_store)
                m_store->setActor(m_settings.actorName());
            updateStatus();
        });
        dlg->open();
    });
    name->setObjectName(QStringLiteral("actorNameAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Incident Commander"), this, [this] {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info,
                       tr("Incident Commander %1 — a desktop console for security incidents: "
                          "live incidents, response countdowns, playbooks, containment and "
                          "notifications.")
                           .arg(QStringLiteral(IC_VERSION)));
    });
}

void MainWindow::setTheme(Settings::Theme theme)
{
    m_settings.setTheme(theme);
    Theme::apply(theme);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &location : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(location));
        connect(a, &QAction::triggered, this, [this, location] {
            const auto profile = ConnectionProfile::fromLocation(location);
            if (!profile)
                return;
            if (profile->kind == ConnectionProfile::Kind::Postgres)
                connectTeam(*profile);
            else
                openWorkspace(*profile);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    const bool writable = open && !m_store->isReadOnly();
    const bool selected = m_detail && !m_detail->incidentId().isEmpty();
    m_newIncident->setEnabled(writable);
    m_takeCommand->setEnabled(writable && selected);
    m_closeIncident->setEnabled(writable && selected);
    m_addNote->setEnabled(writable && selected);
    m_editTitle->setEnabled(writable && selected);
    m_policy->setEnabled(writable);
    m_mute->setEnabled(selected);
    {
        const QSignalBlocker block(m_mute);
        m_mute->setChecked(selected && m_notifier->isMuted(m_detail->incidentId()));
    }
    if (selected && m_model) {
        const Incident *inc = m_model->incidentById(m_detail->incidentId());
        m_closeIncident->setText(inc && inc->isClosed() ? tr("Re&open Incident")
                                                        : tr("&Close Incident"));
    }
}

void MainWindow::updateStatus()
{
    if (m_workspace) {
        const auto &p = m_workspace->profile();
        QString text =
            p.kind == ConnectionProfile::Kind::Sqlite
                ? tr("Workspace: %1 (SQLite)").arg(QDir::toNativeSeparators(p.sqlitePath))
                : tr("Workspace: %1 (PostgreSQL)").arg(p.store.uri());
        if (p.readOnly)
            text += tr(" — read-only reviewer");
        m_workspaceLabel->setText(text);
    } else if (m_opening) {
        m_workspaceLabel->setText(tr("Opening %1…").arg(m_opening->profile().displayName()));
    } else {
        m_workspaceLabel->setText(tr("No workspace open"));
    }
    const int overdue = m_model->overdueCount();
    m_overdueLabel->setText(overdue > 0 ? tr("⚠ %n overdue", nullptr, overdue) : QString());
    m_actorLabel->setText(tr("You: %1").arg(m_settings.actorName()));
    const int pending = m_store ? m_store->pending() : 0;
    // "All changes saved" only when the panes have nothing typed that is not
    // in the workspace yet (a review draft between keystrokes and storing).
    QStringList unsaved;
    for (const IncidentPane *pane : std::as_const(m_panes)) {
        if (const QString work = pane->unsavedWork(); !work.isEmpty())
            unsaved << work;
    }
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

void MainWindow::startTeamSync()
{
    if (!m_workspace || m_workspace->profile().kind != ConnectionProfile::Kind::Postgres)
        return;
    // Edits made while the database is unreachable wait in a local journal.
    m_journal = new SqlExecutor(
        ConnectionSpec::sqlite(OfflineJournal::pathFor(m_workspace->profile().location())),
        QStringLiteral("journal"), this);
    m_store->setJournal(m_journal);
    connect(m_store, &IncidentStore::journalChanged, this, &MainWindow::updateLiveLabel);
    connect(m_store, &IncidentStore::offlineChanged, this, &MainWindow::updateLiveLabel);
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

    m_feed = new ChangeFeed(m_workspace->storeExecutor()->spec(), 2000, this);
    connect(m_feed, &ChangeFeed::changed, this, [this](const StoreChange &c) {
        if (c.table == QLatin1String("ic_incidents")) {
            const Incident *known = m_model->incidentById(c.incidentId);
            if (c.incidentId.isEmpty() || !known)
                m_store->reload(); // a new incident
            else if (known->version < c.version)
                m_store->refresh(c.incidentId);
        } else if (c.table == QLatin1String("ic_severity_levels") ||
                   c.table == QLatin1String("ic_workspace")) {
            m_store->loadPolicy();
        } else if (!c.incidentId.isEmpty()) {
            m_store->announceChange(c.incidentId); // panes showing it reload
        }
        if (c.table != QLatin1String("ic_incidents"))
            m_store->announceTableChange(c.table); // workspace views (alerts, policies)
    });
    connect(m_feed, &ChangeFeed::resyncNeeded, this, [this] {
        m_store->reload();
        m_store->loadPolicy();
        if (const QString id = m_list->currentIncidentId(); !id.isEmpty())
            m_store->announceChange(id);
        m_store->announceTableChange(QString());
    });
    connect(m_feed, &ChangeFeed::stateChanged, this, [this](ChangeFeed::State state) {
        if (state == ChangeFeed::State::Live) {
            m_store->setOffline(false);
            m_store->replayJournal();
        } else if (state == ChangeFeed::State::Offline) {
            m_store->setOffline(true);
        }
        updateLiveLabel();
    });
    m_feed->start();
    m_store->replayJournal();
    updateLiveLabel();
}

void MainWindow::notifyNewIncidents(const QList<Incident> &incidents)
{
    const bool first = !m_listLoaded;
    m_listLoaded = true;
    const QString me = m_settings.actorName();
    for (const Incident &inc : incidents) {
        if (!first && !m_knownIncidents.contains(inc.id) && inc.createdBy != me)
            m_notifier->notify(
                tr("New incident %1").arg(inc.ref),
                tr("%1 %2, opened by %3").arg(severityCode(inc.severity), inc.title, inc.createdBy),
                inc.id);
        m_knownIncidents.insert(inc.id);
    }
}

void MainWindow::notifyOverdue()
{
    QSet<QString> now;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex idx = m_model->index(row, IncidentListModel::ResponseColumn);
        if (ResponseState::Kind(idx.data(IncidentListModel::ResponseKindRole).toInt()) !=
            ResponseState::Kind::Overdue)
            continue;
        const Incident *inc = m_model->incident(row);
        now.insert(inc->id);
        if (!m_overdueIncidents.contains(inc->id))
            m_notifier->notify(
                tr("%1 is overdue").arg(inc->ref),
                tr("No one has taken command of %1 %2 within its %3 response target.")
                    .arg(severityCode(inc->severity), inc->title,
                         m_model->policy().level(inc->severity).responseText),
                inc->id);
    }
    m_overdueIncidents = now;
}

void MainWindow::updateLiveLabel()
{
    if (!m_feed || !m_store) {
        m_liveLabel->clear();
        return;
    }
    QString text = m_store->isOffline() && m_feed->state() == ChangeFeed::State::Live
                       ? tr("Reconnecting…")
                       : m_feed->stateText();
    if (m_feed->state() == ChangeFeed::State::Live && !m_store->isOffline())
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
    const QString path = demoWorkspacePath();
    WorkspaceConnection::AfterOpen fill = [](QSqlDatabase &db, const WorkspaceInfo &info,
                                             std::function<void(int)> progress) -> Result<void> {
        if (!info.created)
            return success();
        DemoOptions options;
        auto r = DemoData::fill(db, options, [progress](qint64 done, qint64 total) {
            progress(int(done * 100 / qMax<qint64>(total, 1)));
        });
        if (!r)
            return r.error();
        return success();
    };
    ConnectionProfile profile = ConnectionProfile::forSqlite(path);
    profile.name = tr("Demo workspace");
    openWorkspace(profile, {}, fill);
}

void MainWindow::openWorkspace(const ConnectionProfile &profile, const QString &password,
                               WorkspaceConnection::AfterOpen afterOpen, bool createIfMissing)
{
    if (m_opening)
        m_opening->deleteLater();
    OpenOptions options;
    // A new SQLite file is created; a team database only when asked to, and
    // then without platform tables (those are the platform's own).
    options.createIfMissing = profile.kind == ConnectionProfile::Kind::Sqlite || createIfMissing;
    options.createPlatformTables = profile.kind == ConnectionProfile::Kind::Sqlite;
    auto *conn = new WorkspaceConnection(profile, password, options, m_clock, this);
    m_opening = conn;
    m_banner->hide();
    m_progress->setValue(0);
    connect(conn, &WorkspaceConnection::progress, this, [this, conn](int percent) {
        if (conn != m_opening)
            return;
        m_progress->show();
        m_progress->setValue(percent);
        m_progress->setFormat(tr("Creating demo data %p%"));
    });
    connect(conn, &WorkspaceConnection::opened, this, [this, conn](const WorkspaceInfo &info) {
        if (conn != m_opening)
            return;
        m_progress->hide();
        closeWorkspace();
        m_workspace = conn;
        m_opening = nullptr;
        onWorkspaceOpened(info);
    });
    connect(conn, &WorkspaceConnection::failed, this, [this, conn](const Error &error) {
        if (conn != m_opening)
            return;
        m_progress->hide();
        m_opening = nullptr;
        conn->deleteLater();
        const ConnectionProfile p = conn->profile();
        showError(error);
        updateStatus();
        emit workspaceFailed(error);
        if (p.kind == ConnectionProfile::Kind::Postgres && error.kind == Error::Kind::AuthFailed) {
            const QString key = p.store.secretKey();
            m_secrets->forgetSession(key);
            // The stored password no longer works (rotated?): ask for the new one.
            if (m_triedStoredSecret == key)
                askPassword(p, error.message);
        }
        m_triedStoredSecret.clear();
        if (p.kind == ConnectionProfile::Kind::Postgres &&
            error.kind == Error::Kind::NotAWorkspace) {
            auto *create = m_banner->addAction(tr("Set Up Incident Store Here"),
                                               QStringLiteral("createStoreButton"));
            connect(create, &QPushButton::clicked, this, [this, p] {
                m_banner->hide();
                connectTeam(p, {}, true);
            });
        }
    });
    conn->open(std::move(afterOpen));
    updateStatus();
}

void MainWindow::closeWorkspace()
{
    destroyFeaturePanes();
    delete m_feed;
    m_feed = nullptr;
    if (m_detail) {
        m_detail->showIncident(nullptr);
        m_detail->deleteLater();
        m_detail = nullptr;
    }
    if (m_store) {
        m_store->deleteLater();
        m_store = nullptr;
    }
    if (m_journal) {
        m_journal->deleteLater();
        m_journal = nullptr;
    }
    updateLiveLabel();
    m_model->setIncidents({});
    m_model->setDeadlines({});
    m_knownIncidents.clear();
    m_overdueIncidents.clear();
    m_listLoaded = false;
    if (m_workspace)
        m_workspace->deleteLater();
    m_workspace = nullptr;
}

void MainWindow::onWorkspaceOpened(const WorkspaceInfo &info)
{
    const ConnectionProfile &profile = m_workspace->profile();
    m_settings.addRecentWorkspace(profile.location());
    if (profile.kind == ConnectionProfile::Kind::Sqlite)
        m_settings.setLastWorkspace(profile.location());
    updateRecentMenu();

    m_store =
        new IncidentStore(m_workspace->storeExecutor(), m_clock, m_settings.actorName(), this);
    // Regulatory clocks (GDPR, HIPAA, SOC 2, the team's own) in the incident list.
    auto *deadlines = new DeadlineFeed(m_workspace->storeExecutor(), m_clock, m_store, m_store);
    connect(deadlines, &DeadlineFeed::deadlinesChanged, m_model, &IncidentListModel::setDeadlines);
    m_detail = new IncidentDetailPane(m_store, m_clock, this);
    m_detail->setReadOnly(profile.readOnly);
    QWidget *old = m_incidentTabs->widget(0);
    m_incidentTabs->removeTab(0);
    m_incidentTabs->insertTab(0, m_detail, tr("Details"));
    m_incidentTabs->setCurrentIndex(0);
    if (old && old != m_detail)
        old->deleteLater();
    createFeaturePanes();

    connect(m_store, &IncidentStore::incidentsLoaded, this, [this](const QList<Incident> &list) {
        notifyNewIncidents(list);
        const QString keep = m_list->currentIncidentId();
        m_model->setIncidents(list);
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
        const Incident *before = m_model->incidentById(inc.id);
        const QString me = m_settings.actorName();
        if (inc.commander == me && inc.updatedBy != me && (!before || before->commander != me))
            m_notifier->notify(
                tr("%1 assigned to you").arg(inc.ref),
                tr("%1 made you the commander of %2 %3: %4")
                    .arg(inc.updatedBy, inc.ref, severityCode(inc.severity), inc.title),
                inc.id);
        if (!before && inc.createdBy != me && m_listLoaded && !m_knownIncidents.contains(inc.id))
            m_notifier->notify(
                tr("New incident %1").arg(inc.ref),
                tr("%1 %2, opened by %3").arg(severityCode(inc.severity), inc.title, inc.createdBy),
                inc.id);
        m_knownIncidents.insert(inc.id);
        m_model->upsert(inc);
        if (m_detail)
            m_detail->incidentUpdated(inc);
        if (m_list->currentIncidentId() == inc.id) {
            const Incident *current = m_model->incidentById(inc.id);
            for (IncidentPane *pane : std::as_const(m_panes))
                pane->setIncident(current);
            for (WorkspaceView *view : std::as_const(m_views))
                view->setCurrentIncident(current);
        }
        updateActions();
    });
    connect(m_store, &IncidentStore::policyLoaded, this, [this](const SeverityPolicy &p) {
        m_model->setPolicy(p);
        if (m_detail)
            m_detail->setPolicy(p);
    });
    connect(m_store, &IncidentStore::failed, this, &MainWindow::showError);
    connect(m_store, &IncidentStore::pendingChanged, this, [this](int pending) {
        updateStatus();
        if (pending == 0 && m_closeRequested && !(m_detail && m_detail->hasUnsavedChanges()))
            close();
    });

    m_store->loadPolicy();
    m_store->reload();
    startTeamSync();
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
    updateActions();
    updateStatus();
    emit workspaceOpened(info);
}

void MainWindow::selectedIncidentChanged(const QString &id)
{
    if (!m_detail)
        return;
    const Incident *incident = id.isEmpty() ? nullptr : m_model->incidentById(id);
    m_detail->showIncident(incident);
    for (IncidentPane *pane : std::as_const(m_panes))
        pane->setIncident(incident);
    for (WorkspaceView *view : std::as_const(m_views))
        view->setCurrentIncident(incident);
    updateActions();
}

void MainWindow::createFeaturePanes()
{
    PaneContext context;
    context.workspace = m_workspace;
    context.store = m_store;
    context.incidents = m_model;
    context.clock = &m_clock;
    context.settings = &m_settings;
    context.secrets = m_secrets;
    context.navigator = m_navigator;
    context.readOnly = m_workspace && m_workspace->profile().readOnly;

    m_panes = createIncidentPanes(context, m_incidentTabs);
    for (IncidentPane *pane : std::as_const(m_panes)) {
        m_incidentTabs->addTab(pane, pane->title());
        connect(pane, &IncidentPane::unsavedWorkChanged, this, &MainWindow::updateStatus);
        const QList<QAction *> actions = pane->menuActions();
        if (!actions.isEmpty()) {
            m_featureIncidentActions << m_incidentMenu->addSeparator();
            for (QAction *a : actions) {
                m_incidentMenu->addAction(a);
                addAction(a);
                m_featureIncidentActions << a;
            }
        }
    }
    m_views = createWorkspaceViews(context, m_mainTabs);
    for (WorkspaceView *view : std::as_const(m_views)) {
        m_mainTabs->addTab(view, view->title());
        const QList<QAction *> actions = view->menuActions();
        if (!actions.isEmpty()) {
            QMenu *menu = new QMenu(view->title(), this);
            menu->addActions(actions);
            addActions(actions);
            menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
            m_featureMenus << menu;
        }
    }
    // Ctrl+1.. switch the main tabs, Alt+1.. the incident tabs.
    for (int i = 0; i < m_mainTabs->count() && i < 9; ++i) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, m_mainTabs, [this, i] { m_mainTabs->setCurrentIndex(i); });
        addAction(a);
        m_featureIncidentActions << a;
    }
    for (int i = 0; i < m_incidentTabs->count() && i < 9; ++i) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, m_incidentTabs, [this, i] {
            m_mainTabs->setCurrentIndex(0);
            m_incidentTabs->setCurrentIndex(i);
        });
        addAction(a);
        m_featureIncidentActions << a;
    }
    updateTabBars();
}

void MainWindow::destroyFeaturePanes()
{
    for (QAction *a : std::as_const(m_featureIncidentActions)) {
        m_incidentMenu->removeAction(a);
        removeAction(a);
        if (a->parent() == this)
            a->deleteLater();
    }
    m_featureIncidentActions.clear();
    for (QMenu *menu : std::as_const(m_featureMenus)) {
        menuBar()->removeAction(menu->menuAction());
        menu->deleteLater();
    }
    m_featureMenus.clear();
    for (IncidentPane *pane : std::as_const(m_panes)) {
        for (QAction *a : pane->menuActions())
            removeAction(a);
        m_incidentTabs->removeTab(m_incidentTabs->indexOf(pane));
        pane->deleteLater();
    }
    m_panes.clear();
    for (WorkspaceView *view : std::as_const(m_views)) {
        for (QAction *a : view->menuActions())
            removeAction(a);
        m_mainTabs->removeTab(m_mainTabs->indexOf(view));
        view->deleteLater();
    }
    m_views.clear();
    updateTabBars();
}

void MainWindow::routeRequest(const QString &what, const QVariantMap &arguments)
{
    if (what == QLatin1String("notify")) { // e.g. a new alert from the detection rules
        m_notifier->notify(arguments.value(QStringLiteral("title")).toString(),
                           arguments.value(QStringLiteral("message")).toString(),
                           arguments.value(QStringLiteral("incidentId")).toString());
        return;
    }
    for (WorkspaceView *view : std::as_const(m_views)) {
        if (view->handleRequest(what, arguments)) {
            m_mainTabs->setCurrentWidget(view);
            return;
        }
    }
    for (IncidentPane *pane : std::as_const(m_panes)) {
        if (pane->handleRequest(what, arguments)) {
            m_mainTabs->setCurrentIndex(0);
            m_incidentTabs->setCurrentWidget(pane);
            return;
        }
    }
}

void MainWindow::updateTabBars()
{
    // A tab bar with one tab is noise: show it only when there is a choice.
    m_mainTabs->tabBar()->setVisible(m_mainTabs->count() > 1);
    m_incidentTabs->tabBar()->setVisible(m_incidentTabs->count() > 1);
}

void MainWindow::showNewIncidentDialog()
{
    if (!m_store || m_store->isReadOnly())
        return;
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto *dlg =
        new NewIncidentDialog(m_model->policy(), m_settings.actorName(), m_clock.now(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dlg;
    connect(dlg, &NewIncidentDialog::submitted, this, [this, dlg](const NewIncident &draft) {
        QPointer<NewIncidentDialog> guard(dlg);
        m_store->create(draft, [this, guard](const Result<Incident> &r) {
            if (!r) {
                if (guard)
                    guard->showError(r.error().message);
                return;
            }
            m_model->upsert(r.value());
            m_list->resort();
            m_list->selectIncident(r->id);
            if (guard)
                guard->accept();
            m_list->focusTable();
        });
    });
    dlg->open();
}

void MainWindow::showPolicyDialog()
{
    if (!m_store)
        return;
    auto *dlg = new SeverityPolicyDialog(m_model->policy(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &SeverityPolicyDialog::submitted, this, [this, dlg](const SeverityPolicy &p) {
        m_store->savePolicy(p);
        dlg->accept();
    });
    dlg->open();
}

void MainWindow::chooseWorkspaceFile(bool create)
{
    auto *dlg = new QFileDialog(this, create ? tr("New Workspace") : tr("Open Workspace"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setNameFilters({tr("Incident Commander workspaces (*.icw)"), tr("All files (*)")});
    dlg->setDirectory(QFileInfo(defaultWorkspacePath()).absolutePath());
    if (create) {
        dlg->setAcceptMode(QFileDialog::AcceptSave);
        dlg->setDefaultSuffix(QStringLiteral("icw"));
    } else {
        dlg->setFileMode(QFileDialog::ExistingFile);
    }
    connect(dlg, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openSqliteFile(path); });
    dlg->open();
}

void MainWindow::showConnectDialog()
{
    ConnectionProfile initial;
    initial.kind = ConnectionProfile::Kind::Postgres;
    const QVariantList saved = m_settings.connectionProfiles();
    if (!saved.isEmpty())
        initial = ConnectionProfile::fromVariant(saved.first().toMap());
    auto *dlg = new ConnectDialog(initial, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &ConnectDialog::submitted, this, [this, dlg] {
        const ConnectionProfile profile = dlg->profile();
        const QString password = dlg->storePassword();
        // Remember the profile (never the password) for next time.
        QVariantList profiles = m_settings.connectionProfiles();
        profiles.prepend(profile.toVariant());
        while (profiles.size() > 8)
            profiles.removeLast();
        m_settings.setConnectionProfiles(profiles);
        QPointer<ConnectDialog> guard(dlg);
        auto conn = std::make_shared<QMetaObject::Connection>();
        auto conn2 = std::make_shared<QMetaObject::Connection>();
        *conn = connect(this, &MainWindow::workspaceOpened, this, [guard, conn, conn2] {
            QObject::disconnect(*conn);
            QObject::disconnect(*conn2);
            if (guard)
                guard->accept();
        });
        *conn2 =
            connect(this, &MainWindow::workspaceFailed, this, [guard, conn, conn2](const Error &e) {
                QObject::disconnect(*conn);
                QObject::disconnect(*conn2);
                if (guard)
                    guard->showError(e.fullText());
            });
        connectTeam(profile, password, dlg->createStore());
    });
    dlg->open();
}

void MainWindow::connectTeam(const ConnectionProfile &profile, const QString &password,
                             bool createStore)
{
    const QString key = profile.store.secretKey();
    if (!password.isEmpty()) {
        m_triedStoredSecret.clear();
        // Store first; the keychain is the only place a password may live.
        m_secrets->write(
            key, password, [this, profile, password, key, createStore](const Result<void> &r) {
                if (!r) {
                    m_secrets->keepForSession(key, password);
                    m_pendingNotice = tr("The password could not be stored in your keychain, so "
                                         "it is kept in memory for this session only; you will be "
                                         "asked again next time. It was not written anywhere "
                                         "else.") +
                                      QLatin1Char('\n') + r.error().message;
                }
                openWorkspace(profile, password, {}, createStore);
            });
        return;
    }
    m_secrets->find(key, [this, profile, key, createStore](const SecretStore::ReadResult &r) {
        switch (r.status) {
        case SecretStore::Status::Found:
            m_triedStoredSecret = key;
            openWorkspace(profile, r.secret, {}, createStore);
            return;
        case SecretStore::Status::NotFound:
            askPassword(profile, tr("Enter the password for %1.").arg(profile.store.uri()),
                        createStore);
            return;
        case SecretStore::Status::Locked:
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Failed:
            askPassword(profile,
                        r.message + QLatin1Char(' ') +
                            tr("The password you enter now is kept in memory for this session "
                               "only."),
                        createStore);
            return;
        }
    });
}

void MainWindow::askPassword(const ConnectionProfile &profile, const QString &reason,
                             bool createStore)
{
    auto *dlg = new QInputDialog(this);
    dlg->setObjectName(QStringLiteral("passwordDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Database Password"));
    dlg->setLabelText(reason);
    dlg->setTextEchoMode(QLineEdit::Password);
    connect(dlg, &QInputDialog::textValueSelected, this,
            [this, profile, createStore](const QString &pw) {
                if (pw.isEmpty())
                    return;
                connectTeam(profile, pw, createStore);
            });
    dlg->open();
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
