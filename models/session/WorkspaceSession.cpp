#include "models/session/WorkspaceSession.h"

#include "models/actions/ActionService.h"
#include "models/audit/AuditStore.h"
#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/detection/AlertStore.h"
#include "models/detection/DetectionRunner.h"
#include "models/escalation/EscalationStore.h"
#include "models/evidence/EvidenceStore.h"
#include "models/evidence/SigningKeyVault.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/DeadlineFeed.h"
#include "models/notify/NotifyStore.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/record/PersonKey.h"
#include "models/review/ReviewStore.h"
#include "models/session/AuditSource.h"
#include "models/session/IncidentClocks.h"
#include "models/session/IncidentNotices.h"
#include "models/store/ChangeFeed.h"
#include "models/store/OfflineJournal.h"
#include "models/store/SqlExecutor.h"
#include "models/team/TeamAccess.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace ic {

namespace {

// The alerts' notice was first written for the Alerts view; it keeps that
// translation context so its translations still apply.
struct AlertsText
{
    Q_DECLARE_TR_FUNCTIONS(ic::AlertsView)
};

// The schema version whose migration added the hash chain of the record.
constexpr int ChainedSinceStoreVersion = 2;

// Migration steps that need code, run on the worker right after the SQL
// migrations of this open. Events written before the record was
// hash-chained get chained once, when the workspace is upgraded across
// that version; never on an ordinary open, so history that lost its hashes
// later is reported by verification, not silently chained again.
Result<void> afterMigrations(QSqlDatabase &db, const WorkspaceInfo &info)
{
    if (info.created || info.storeVersionBefore == 0 ||
        info.storeVersionBefore >= ChainedSinceStoreVersion)
        return success();
    auto chained = EventLog::chainUnchained(db);
    if (!chained)
        return chained.error();
    return success();
}

} // namespace

WorkspaceSession::WorkspaceSession(ConnectionProfile profile, Settings &settings,
                                   SecretStore *secrets, const Clock &clock, Options options,
                                   QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_settings(settings), m_secrets(secrets),
      m_clock(clock), m_options(options)
{
    qRegisterMetaType<ic::Identity>();
    qRegisterMetaType<ic::Permissions>();
    m_identity.login =
        m_profile.kind == ConnectionProfile::Kind::Postgres ? m_profile.store.user : QString();
    m_identity.actor = m_settings.actorName();
    // A reviewer still writes review comments: the app, not the
    // connection, refuses the rest (see WorkspaceConnection).
    m_permissions = m_profile.readOnly ? Permissions::reviewer() : Permissions();
}

WorkspaceSession::~WorkspaceSession()
{
    abandonKeyAnswer();
    // Events appended on this connection from now on are not this person's.
    if (SqlExecutor *executor = storeExecutor())
        EventLog::setSigner(executor->connectionName(), nullptr);
}

OpenOptions WorkspaceSession::openOptionsFor(const ConnectionProfile &profile, bool createIfMissing)
{
    OpenOptions options;
    options.createIfMissing = profile.kind == ConnectionProfile::Kind::Sqlite || createIfMissing;
    options.createPlatformTables = profile.kind == ConnectionProfile::Kind::Sqlite;
    return options;
}

const WorkspaceInfo &WorkspaceSession::info() const
{
    static const WorkspaceInfo none;
    return m_connection ? m_connection->info() : none;
}

SqlExecutor *WorkspaceSession::storeExecutor() const
{
    return m_connection ? m_connection->storeExecutor() : nullptr;
}

void WorkspaceSession::open(const QString &password, bool createIfMissing, AfterOpen afterOpen)
{
    if (m_connection)
        return; // one open per session; a new workspace is a new session
    // The person's key is asked for while the connection opens; the job
    // waits for it before it records anything, so that everything recorded
    // from the first statement on (demo data included) is signed
    // (WorkspaceRecord.cpp).
    PendingSigner pendingSigner = obtainKeyAlongside();
    OpenOptions options = openOptionsFor(m_profile, createIfMissing);
    options.readOnly = m_options.readOnly;
    m_connection = new WorkspaceConnection(m_profile, password, options, m_clock, this);
    connect(m_connection, &WorkspaceConnection::progress, this, &WorkspaceSession::progress);
    connect(m_connection, &WorkspaceConnection::opened, this, &WorkspaceSession::started);
    connect(m_connection, &WorkspaceConnection::failed, this, &WorkspaceSession::failed);
    m_connection->open(
        [afterOpen = std::move(afterOpen), sign = signOnOpen(std::move(pendingSigner))](
            QSqlDatabase &db, const WorkspaceInfo &info,
            std::function<void(int)> progress) -> Result<void> {
            if (auto steps = afterMigrations(db, info); !steps)
                return steps;
            if (!sign(db))
                return Error::make(Error::Kind::General,
                                   tr("The workspace was closed while it opened. Nothing was "
                                      "recorded."));
            if (afterOpen)
                return afterOpen(db, info, std::move(progress));
            return success();
        });
}

Result<WorkspaceInfo> WorkspaceSession::openAndWait(const QString &password, bool createIfMissing,
                                                    AfterOpen afterOpen, int timeoutMs)
{
    if (m_connection && m_open)
        return info(); // open already
    QEventLoop loop;
    std::optional<Result<WorkspaceInfo>> outcome;
    connect(this, &WorkspaceSession::opened, &loop, [&](const WorkspaceInfo &info) {
        outcome = info;
        loop.quit();
    });
    connect(this, &WorkspaceSession::failed, &loop, [&](const Error &error) {
        outcome = error;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    open(password, createIfMissing, std::move(afterOpen));
    if (!outcome)
        loop.exec();
    if (!outcome)
        return Error::make(
            Error::Kind::Unreachable,
            tr("Opening %1 took too long. Nothing was changed.").arg(m_profile.displayName()));
    return *outcome;
}

void WorkspaceSession::setActor(const QString &actor)
{
    if (m_identity.fromServer || actor.trimmed().isEmpty() || actor == m_identity.actor)
        return;
    m_identity.actor = actor;
    for (WorkspaceStore *store : std::as_const(m_stores))
        store->setActor(actor);
    if (m_notices)
        m_notices->setMe(actor);
    if (m_detection)
        m_detection->setActor(actor);
    emit identityChanged(m_identity);
}

void WorkspaceSession::setPermissions(const Permissions &permissions)
{
    if (permissions == m_permissions)
        return;
    m_permissions = permissions;
    for (WorkspaceStore *store : std::as_const(m_stores))
        store->setPermissions(permissions);
    if (m_actions)
        m_actions->setPermissions(permissions);
    emit permissionsChanged(m_permissions);
}

void WorkspaceSession::started(const WorkspaceInfo &info)
{
    SqlExecutor *executor = m_connection->storeExecutor();
    m_permissions = Permissions::forSpec(executor->spec());
    if (info.team && !info.superuser) {
        // A team workspace: who is here and what they may do are the
        // server's word, never the settings'.
        Team::Access access;
        access.team = true;
        access.login = info.login;
        access.roles = info.roles;
        access.admins = info.admins;
        m_identity.login = info.login;
        m_identity.actor = info.login;
        m_identity.name = info.displayName;
        m_identity.fromServer = true;
        // A reviewer or read-only profile stays what the person chose: the
        // roles can only narrow it further, and the server enforces them.
        if (!executor->spec().readOnly && !executor->spec().reviewer)
            m_permissions = Permissions::fromAccess(access);
    }
    m_incidents = adopt(new IncidentStore(executor, m_clock, m_identity.actor, this));
    m_list = new IncidentListModel(m_clock, this);
    m_notices = new IncidentNotices(m_list, this);
    m_notices->setMe(m_identity.actor);
    connect(m_notices, &IncidentNotices::notice, this, &WorkspaceSession::notice);
    // The notices compare with the list as it was, so they go first.
    connect(m_incidents, &IncidentStore::incidentsLoaded, this,
            [this](const QList<Incident> &list) {
                m_notices->loaded(list);
                m_list->setIncidents(list);
            });
    connect(m_incidents, &IncidentStore::incidentSaved, this, [this](const Incident &incident) {
        m_notices->saved(incident);
        m_list->upsert(incident);
    });
    connect(m_list, &IncidentListModel::overdueCountChanged, m_notices,
            &IncidentNotices::overdueChanged);
    connect(m_incidents, &IncidentStore::policyLoaded, m_list, &IncidentListModel::setPolicy);

    if (m_options.live) {
        // Regulatory clocks (GDPR, HIPAA, SOC 2, the team's own) in the list.
        m_deadlines = new DeadlineFeed(executor, m_clock, this);
        connect(m_deadlines, &DeadlineFeed::deadlinesChanged, m_list,
                &IncidentListModel::setDeadlines);
        connect(this, &WorkspaceSession::incidentChanged, m_deadlines, &DeadlineFeed::reload);
        connect(m_incidents, &IncidentStore::incidentsLoaded, m_deadlines, &DeadlineFeed::reload);
        connect(m_incidents, &IncidentStore::incidentSaved, m_deadlines, &DeadlineFeed::reload);
        // Escalations and checklist steps of every open incident (the header, the status bar).
        m_clocks = new IncidentClocks(m_list, m_deadlines, executor, m_clock, this);
        connect(this, &WorkspaceSession::incidentChanged, m_clocks,
                [this](const QString &id) { m_clocks->reload(id); });
        connect(m_incidents, &IncidentStore::incidentsLoaded, m_clocks,
                [this] { m_clocks->reload(); });
        connect(m_incidents, &IncidentStore::incidentSaved, m_clocks,
                [this](const Incident &inc) { m_clocks->reload(inc.id); });
    }
    m_open = true;
    m_incidents->loadPolicy();
    m_incidents->reload();
    if (m_options.live && m_profile.kind == ConnectionProfile::Kind::Postgres)
        startTeamSync();
    if (m_options.live)
        startDetection();
    startRecord();
    emit opened(info);
}

void WorkspaceSession::refused(const Error &error)
{
    // A role taken away while connected: the server said no, so what the
    // window shows is read again (once per refusal, no polling).
    if (error.kind == Error::Kind::PermissionDenied && m_identity.fromServer)
        reloadAccess();
}

void WorkspaceSession::reloadAccess()
{
    SqlExecutor *executor = storeExecutor();
    if (!executor || !m_identity.fromServer || m_reloadingAccess)
        return;
    m_reloadingAccess = true;
    executor->run<Team::Access>([](QSqlDatabase &db) { return Team::access(db); }, this,
                                [this](Result<Team::Access> r) {
                                    m_reloadingAccess = false;
                                    if (!r)
                                        return; // the next refusal tries again
                                    const Team::Access &a = r.value();
                                    applyAccess(a.team, a.superuser, a.login, a.displayName,
                                                Permissions::fromAccess(a));
                                });
}

void WorkspaceSession::applyAccess(bool team, bool superuser, const QString &login,
                                   const QString &name, const Permissions &permissions)
{
    if (!team || superuser)
        return; // not a person the server holds to roles (any more): keep what is shown
    Identity identity = m_identity;
    identity.login = login;
    identity.actor = login;
    identity.name = name;
    if (!(identity == m_identity)) {
        m_identity = identity;
        for (WorkspaceStore *store : std::as_const(m_stores))
            store->setActor(login);
        if (m_notices)
            m_notices->setMe(login);
        if (m_detection)
            m_detection->setActor(login);
        emit identityChanged(m_identity);
    }
    const ConnectionSpec &spec = storeExecutor()->spec();
    if (!spec.readOnly && !spec.reviewer)
        setPermissions(permissions);
    QStringList held;
    for (const QString &role : permissions.roles())
        held << Team::roleLabel(role);
    QString message;
    if (held.isEmpty())
        message = tr("The database refused a change: your login %1 no longer holds any role in "
                     "this workspace. Nothing was changed.")
                      .arg(login);
    else
        message = tr("The database refused a change: your login %1 now holds %2 in this "
                     "workspace. Nothing was changed; the window now offers only what that "
                     "allows.")
                      .arg(login, held.join(QStringLiteral(", ")));
    emit accessReloaded(message);
}

template <typename S>
S *WorkspaceSession::adopt(S *store)
{
    store->setPermissions(m_permissions);
    connect(store, &WorkspaceStore::changed, this, &WorkspaceSession::incidentChanged);
    connect(store, &WorkspaceStore::failed, this, &WorkspaceSession::refused);
    m_stores.append(store);
    return store;
}

ChecklistStore *WorkspaceSession::checklists()
{
    if (!m_checklists && m_open)
        m_checklists = adopt(new ChecklistStore(storeExecutor(), m_clock, m_identity.actor, this));
    return m_checklists;
}

PlaybookLibrary *WorkspaceSession::playbooks()
{
    if (!m_playbooks) {
        m_playbooks = new PlaybookLibrary(this);
        m_playbooks->setFolders(m_settings.playbookFolders());
    }
    return m_playbooks;
}

TimelineStore *WorkspaceSession::timeline()
{
    if (!m_timeline && m_open)
        m_timeline = adopt(new TimelineStore(storeExecutor(), m_clock, m_identity.actor, this));
    return m_timeline;
}

NotifyStore *WorkspaceSession::notifications()
{
    if (!m_notifications && m_open) {
        m_notifications = adopt(new NotifyStore(storeExecutor(), m_clock, m_identity.actor, this));
        // The organisation or the clock rules changed: every clock may have.
        connect(m_notifications, &NotifyStore::workspaceChanged, this,
                [this] { emit incidentChanged(QString()); });
    }
    return m_notifications;
}

ReviewStore *WorkspaceSession::reviews()
{
    if (!m_reviews && m_open)
        m_reviews = adopt(new ReviewStore(storeExecutor(), m_clock, m_identity.actor, this));
    return m_reviews;
}

EscalationStore *WorkspaceSession::escalation()
{
    if (!m_escalation && m_open)
        m_escalation = adopt(new EscalationStore(storeExecutor(), m_clock, m_identity.actor, this));
    return m_escalation;
}

EvidenceStore *WorkspaceSession::evidence()
{
    if (!m_evidence && m_open)
        m_evidence = adopt(new EvidenceStore(storeExecutor(), m_clock, m_identity.actor, this));
    return m_evidence;
}

SigningKeyVault *WorkspaceSession::signingKeys()
{
    if (!m_signingKeys)
        m_signingKeys = new SigningKeyVault(
            m_secrets,
            SigningKeyVault::keyNameFor(m_profile.kind == ConnectionProfile::Kind::Postgres
                                            ? m_profile.store.user
                                            : QString()),
            this);
    return m_signingKeys;
}

AuditStore *WorkspaceSession::auditWork()
{
    if (!m_auditWork && m_open)
        m_auditWork = adopt(new AuditStore(storeExecutor(), m_clock, m_identity.actor, this));
    return m_auditWork;
}

AlertStore *WorkspaceSession::alerts()
{
    if (!m_alerts && m_open) {
        m_alerts =
            adopt(new AlertStore(storeExecutor(), m_incidents, m_clock, m_identity.actor, this));
        m_alerts->setPlaybookFolders(m_settings.playbookFolders());
        // Matched rows are read where the rules read: a separate audit
        // database once its password is known.
        AuditSource *source = auditSource();
        if (source->isSeparate()) {
            m_alerts->expectAuditSource();
            if (source->spec())
                m_alerts->setAuditSource(*source->spec());
            connect(source, &AuditSource::ready, m_alerts,
                    [this](const ConnectionSpec &spec) { m_alerts->setAuditSource(spec); });
        }
    }
    return m_alerts;
}

ActionService *WorkspaceSession::actions()
{
    if (!m_actions && m_open) {
        m_actions = new ActionService(storeExecutor(), m_clock, m_secrets, m_identity.actor, this);
        m_actions->setPermissions(m_permissions);
        connect(m_actions, &ActionService::failed, this, &WorkspaceSession::refused);
        // Every step of an action is on its incident's timeline.
        connect(m_actions, &ActionService::actionChanged, this, [this](const ActionRecord &record) {
            emit incidentChanged(record.incidentId);
            emit actionChanged(record);
        });
        // SQL containment acts on the audit source: the workspace's own
        // platform tables, or a team's separate database (its password as
        // the session or keychain has it; without one the database says no).
        AuditSource *source = auditSource();
        if (!source->isSeparate()) {
            m_actions->setPlatformSpec(storeExecutor()->spec());
        } else {
            QPointer<ActionService> service(m_actions);
            const ConnectionProfile profile = m_profile;
            const ConnectionSpec store = storeExecutor()->spec();
            source->find([service, profile, store](const Result<ConnectionSpec> &r) {
                if (service)
                    service->setPlatformSpec(r ? r.value() : AuditSource::specFor(profile, store));
            });
            connect(source, &AuditSource::ready, m_actions,
                    [this](const ConnectionSpec &spec) { m_actions->setPlatformSpec(spec); });
        }
        // A standby's containment goes to the platform primary the settings
        // name, with the password the keychain has for it.
        connect(m_actions, &ActionService::settingsChanged, this,
                &WorkspaceSession::followPlatformPrimary);
        followPlatformPrimary(m_actions->settings());
        // The stored settings (backend, platform primary) are read here, not
        // by whichever pane shows them first: a session without a window
        // acts with the team's settings too.
        m_actions->loadSettings();
    }
    return m_actions;
}

void WorkspaceSession::followPlatformPrimary(const ActionSettings &settings)
{
    const std::optional<PgEndpoint> endpoint = settings.primaryEndpoint();
    if (m_platformPrimary && endpoint && m_platformPrimary->secretKey() == endpoint->secretKey() &&
        m_platformPrimary->name() == endpoint->uri())
        return; // the same primary
    delete m_platformPrimary;
    m_platformPrimary = nullptr;
    m_actions->setPrimarySpec(std::nullopt);
    if (!endpoint)
        return;
    m_platformPrimary = AuditSource::forPrimary(*endpoint, m_secrets, this);
    connect(m_platformPrimary, &AuditSource::ready, m_actions,
            [this](const ConnectionSpec &spec) { m_actions->setPrimarySpec(spec); });
    connect(m_platformPrimary, &AuditSource::passwordNeeded, m_actions,
            [this] { m_actions->setPrimarySpec(std::nullopt); });
    AuditSource *primary = m_platformPrimary;
    connect(m_actions, &ActionService::primaryRefused, primary, &AuditSource::refused);
    primary->locate();
}

AuditSource *WorkspaceSession::auditSource()
{
    if (!m_auditSource)
        m_auditSource =
            new AuditSource(m_profile, storeExecutor() ? storeExecutor()->spec() : ConnectionSpec(),
                            m_secrets, this);
    return m_auditSource;
}

void WorkspaceSession::startDetection()
{
    // The rules run here unless this profile may not (a reviewer's); the
    // alerts others raise still show either way.
    m_detection = new DetectionRunner(storeExecutor()->spec(), m_clock, m_identity.actor,
                                      m_permissions.may(Permissions::Action::Detect), this);
    m_detection->setRuleFolders(m_settings.detectionRuleFolders());
    connect(m_detection, &DetectionRunner::passFinished, this, [this](const PassSummary &s) {
        if (s.newAlerts > 0)
            emit notice(AlertsText::tr("%n new alert(s)", nullptr, s.newAlerts),
                        AlertsText::tr("The detection rules raised %n new alert(s); see the "
                                       "Alerts tab.",
                                       nullptr, s.newAlerts),
                        QString());
    });
    if (!m_detection->canDetect())
        return;
    AuditSource *source = auditSource();
    if (!source->isSeparate()) {
        m_detection->startOnWorkspace();
        return;
    }
    // The rules read the separate audit database: first its password.
    m_detection->waitForAuditSource();
    connect(source, &AuditSource::ready, m_detection,
            [this](const ConnectionSpec &spec, bool typed) {
                m_detection->setAuditSource(spec, typed);
            });
    connect(m_detection, &DetectionRunner::auditSourceRefused, source, &AuditSource::refused);
    source->locate();
}

void WorkspaceSession::startTeamSync()
{
    // Edits made while the database is unreachable wait in a local journal.
    m_journal =
        new SqlExecutor(ConnectionSpec::sqlite(OfflineJournal::pathFor(m_profile.location())),
                        QStringLiteral("journal"), this);
    m_incidents->setJournal(m_journal);
    connect(m_incidents, &IncidentStore::journalChanged, this,
            &WorkspaceSession::connectionStateChanged);
    connect(m_incidents, &IncidentStore::offlineChanged, this,
            &WorkspaceSession::connectionStateChanged);

    m_feed = new ChangeFeed(m_connection->storeExecutor()->spec(), m_options.heartbeatMs, this);
    connect(m_feed, &ChangeFeed::changed, this, &WorkspaceSession::route);
    connect(m_feed, &ChangeFeed::resyncNeeded, this, &WorkspaceSession::resynchronise);
    connect(m_feed, &ChangeFeed::stateChanged, this, [this](ChangeFeed::State state) {
        if (state == ChangeFeed::State::Live) {
            m_incidents->setOffline(false);
            m_incidents->replayJournal();
        } else if (state == ChangeFeed::State::Offline) {
            m_incidents->setOffline(true);
        }
        emit connectionStateChanged();
    });
    m_feed->start();
    m_incidents->replayJournal();
}

void WorkspaceSession::route(const StoreChange &c)
{
    // Another workstation changed something: reload only what it touched.
    if (c.table == QLatin1String("ic_incidents")) {
        const Incident *known = m_list->incidentById(c.incidentId);
        if (c.incidentId.isEmpty() || !known)
            m_incidents->reload(); // a new incident
        else if (known->version < c.version)
            m_incidents->refresh(c.incidentId);
        return;
    }
    if (c.table == QLatin1String("ic_severity_levels") ||
        c.table == QLatin1String("ic_workspace")) {
        m_incidents->loadPolicy();
    } else if (!c.incidentId.isEmpty()) {
        emit incidentChanged(c.incidentId); // whoever shows it reloads
    }
    emit tableChanged(c.table); // workspace-wide views (alerts, policies)
}

void WorkspaceSession::resynchronise()
{
    // Back after a loss: notices may have been missed, so everything reloads.
    m_incidents->reload();
    m_incidents->loadPolicy();
    emit incidentChanged(QString());
    emit tableChanged(QString());
    checkRecord();
}

} // namespace ic
