#pragma once

#include "models/actions/ActionRecord.h"
#include "models/core/Result.h"
#include "models/session/Identity.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/Permissions.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceConnection.h"

#include <QObject>
#include <QPointer>

#include <future>
#include <memory>

class QTimer;

namespace ic {

class ActionService;
struct ActionSettings;
class Ed25519Signer;
class AlertStore;
class AuditSource;
class AuditStore;
class ChangeFeed;
class ChecklistStore;
class Clock;
class DeadlineFeed;
class DetectionRunner;
class EscalationStore;
class EvidenceStore;
class IncidentClocks;
class IncidentListModel;
class IncidentNotices;
class IncidentStore;
class NotifyStore;
class PlaybookLibrary;
class ReviewStore;
class SecretStore;
class SigningKeyVault;
class Settings;
class SqlExecutor;
class TimelineStore;
class WorkspaceStore;
struct StoreChange;

// One open workspace, for the window and for the command line alike: its
// connections and worker threads, who is connected and what they may do,
// the incident store and the incident list, the change feed and where its
// notices go, the offline journal and the regulatory deadlines. Everything
// it owns is its child: deleting the session closes the workspace.
//
// Data flows one way: a store writes on its worker, announces the change,
// and the session passes it on (incidentChanged, tableChanged) to whoever
// shows that incident or table; notices from other workstations arrive
// through the change feed and take the same path.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // A team workspace gets its change feed and offline journal, and
        // the incident list its deadlines: what a window needs. The command
        // line leaves them out.
        bool live = true;
        int heartbeatMs = 2000; // how often the change feed checks its connection
        // Only to read (some sub-commands): nothing is created, migrated or
        // written, on a connection that cannot write.
        bool readOnly = false;
    };

    using AfterOpen = WorkspaceConnection::AfterOpen;

    WorkspaceSession(ConnectionProfile profile, Settings &settings, SecretStore *secrets,
                     const Clock &clock, Options options, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // What opening a profile may do: a new SQLite file is created; a team
    // database only when asked to, and then without the platform's tables.
    static OpenOptions openOptionsFor(const ConnectionProfile &profile, bool createIfMissing);

    // Opens on a worker thread (the caller never waits): checks the
    // workspace, applies pending migrations, runs `afterOpen` there, then
    // answers with opened() or failed(). `password`: a team database's,
    // held in memory for this session only.
    void open(const QString &password = {}, bool createIfMissing = false, AfterOpen afterOpen = {});
    // For the command line: open(), then waits in an event loop.
    Result<WorkspaceInfo> openAndWait(const QString &password = {}, bool createIfMissing = false,
                                      AfterOpen afterOpen = {}, int timeoutMs = 600'000);

    bool isOpen() const { return m_open; }
    const ConnectionProfile &profile() const { return m_profile; }
    const WorkspaceInfo &info() const;
    const Clock &clock() const { return m_clock; }
    Settings &settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }
    // The workspace's own worker and connection, for model services only.
    SqlExecutor *storeExecutor() const;

    // Who is connected, and what they may do (see Permissions).
    const Identity &identity() const { return m_identity; }
    const Permissions &permissions() const { return m_permissions; }
    // The name recorded with everything done from now on. A team
    // workspace records the server's session_user instead: there this
    // changes nothing.
    void setActor(const QString &actor);
    // What the person may do changed (per-person roles read from the
    // server): every store follows at once, and permissionsChanged() tells
    // the panes to enable their controls again, with the reasons.
    void setPermissions(const Permissions &permissions);
    // A team workspace: reads who is connected and their roles from the
    // server again (on the store's worker) and announces what changed. The
    // session does this by itself once a write is refused by the server.
    void reloadAccess();

    // Valid once opened, until the session is deleted.
    IncidentStore *incidents() const { return m_incidents; }
    IncidentListModel *incidentList() const { return m_list; }
    // Team workspaces with Options::live: the live feed (else null).
    ChangeFeed *changeFeed() const { return m_feed; }
    DeadlineFeed *deadlines() const { return m_deadlines; }
    // Every clock of every open incident, for the header and the status bar
    // (with Options::live, else null).
    IncidentClocks *clocks() const { return m_clocks; }

    // One instance of each feature service, made on first use. Each store
    // announces what it wrote; the session passes it on (incidentChanged).
    ChecklistStore *checklists();
    PlaybookLibrary *playbooks();
    TimelineStore *timeline();
    NotifyStore *notifications();
    ReviewStore *reviews();
    EscalationStore *escalation();
    EvidenceStore *evidence();
    // The key that signs evidence bundles (it lives in the keychain).
    SigningKeyVault *signingKeys();
    AuditStore *auditWork();
    AlertStore *alerts();
    ActionService *actions();
    // Checks the workspace's record against the checkpoint this workstation
    // kept (on the store's worker; also done on open and on every resync):
    // recordRewritten() when the log no longer extends it, else a newer
    // checkpoint is signed and kept. With a keychain, the person's key is
    // registered first and signs every event appended from then on.
    // `everyLeaf`: also every event against its stored leaf (open, resync).
    void checkRecord(bool everyLeaf = true);
    // After events are appended (here or by others), a newer checkpoint is
    // kept once the log has been quiet this long (default 2 s), so a copy of
    // the record made elsewhere is never far behind what this workstation saw.
    void setCheckpointDelay(int ms);
    // Where this workstation keeps the last checkpoint it verified of each
    // workspace's record (default: CheckpointStore's, in the application's
    // own data, never in the workspace). Before open().
    void setCheckpointDirectory(const QString &directory) { m_checkpointDirectory = directory; }
    // The last check's outcome (rewritten stays until the next open finds
    // the log consistent again, which it cannot: the kept checkpoint is
    // never moved past a rewrite).
    bool recordRewrittenFound() const { return m_recordRewritten; }

    // Where the audit logs are read, and the one place that knows its password.
    AuditSource *auditSource();
    // The platform primary of the action settings, where SQL containment
    // writes (its password by the same flow as the audit source's); null
    // while the settings name none. Replaced when the settings change.
    AuditSource *platformPrimary() const { return m_platformPrimary; }
    // The detection rules' detector and its life (null without Options::live).
    DetectionRunner *detection() const { return m_detection; }

signals:
    void progress(int percent);
    void opened(const ic::WorkspaceInfo &info);
    void failed(const ic::Error &error);
    // Something of this incident was written, here or on another
    // workstation; empty: anything may have changed (after a reconnect).
    void incidentChanged(const QString &incidentId);
    // A workspace-wide table changed on another workstation (alerts,
    // policies...); empty: anything may have changed.
    void tableChanged(const QString &table);
    // The change feed's state, the offline state or the journal changed.
    void connectionStateChanged();
    void identityChanged(const ic::Identity &identity);
    void permissionsChanged(const ic::Permissions &permissions);
    // The server refused a write and the roles were read again: `message`
    // says what was refused and what the person may do now.
    void accessReloaded(const QString &message);
    // Worth a desktop notification: a new incident, one assigned to you, an
    // overdue response, new alerts.
    void notice(const QString &title, const QString &message, const QString &incidentId);
    // The record was rewritten since this workstation last saw it: a loud,
    // persistent alarm (the window shows it until acknowledged). Also
    // recorded as a "record.rewritten" event on every open incident.
    void recordRewritten(const QString &message);
    // A record check finished (rewritten or not): for tests and status.
    void recordChecked(bool rewritten, const QString &message);
    // A containment action changed state (submitted, sent, done, failed),
    // for the window's feedback line.
    void actionChanged(const ic::ActionRecord &action);

private:
    template <typename S>
    S *adopt(S *store);
    void started(const WorkspaceInfo &info);
    void startDetection();
    void startTeamSync();
    void startRecord();
    // The keychain's answer as the opening job waits for it on the worker.
    using PendingSigner = std::shared_future<std::shared_ptr<const Ed25519Signer>>;
    // Asks the keychain for the person's key while the connection opens
    // (an invalid future: nothing to ask, the open signs nothing new).
    PendingSigner obtainKeyAlongside();
    // Closing before the keychain answered: the opening job stops waiting
    // and records nothing.
    void abandonKeyAnswer();
    // Asks the keychain for the person's key (m_recordSigner), then `then`
    // while this session lives.
    void obtainSigner(std::function<void()> then);
    // What the opening job does, on the worker, before anything is
    // recorded: waits for the key, registers it and signs the connection's
    // events with it.
    // False: the session closed before the keychain answered.
    std::function<bool(QSqlDatabase &)> signOnOpen(PendingSigner pending) const;
    void route(const StoreChange &change);
    void resynchronise();
    void applyAccess(bool team, bool superuser, const QString &login, const QString &name,
                     const Permissions &permissions);
    void refused(const Error &error);
    void followPlatformPrimary(const ActionSettings &settings);

    ConnectionProfile m_profile;
    Settings &m_settings;
    SecretStore *m_secrets;
    const Clock &m_clock;
    Options m_options;
    Identity m_identity;
    Permissions m_permissions;
    bool m_open = false;
    bool m_reloadingAccess = false;
    bool m_recordRewritten = false;
    QString m_checkpointDirectory;
    bool m_checkingRecord = false;
    bool m_checkAgain = false; // asked for while a check ran
    bool m_checkAgainEveryLeaf = false;
    QTimer *m_keepCheckpoint = nullptr; // quiet time after appends
    std::shared_ptr<const Ed25519Signer> m_recordSigner;
    bool m_keyObtained = false; // asked the keychain (m_recordSigner: its answer)
    struct KeyAnswer;
    std::shared_ptr<KeyAnswer> m_keyAnswer; // what the opening job waits for

    WorkspaceConnection *m_connection = nullptr;
    IncidentStore *m_incidents = nullptr;
    IncidentListModel *m_list = nullptr;
    IncidentNotices *m_notices = nullptr;
    DeadlineFeed *m_deadlines = nullptr;
    IncidentClocks *m_clocks = nullptr;
    ChangeFeed *m_feed = nullptr;
    SqlExecutor *m_journal = nullptr;

    QList<WorkspaceStore *> m_stores; // every store made, for who and what they may do
    ChecklistStore *m_checklists = nullptr;
    PlaybookLibrary *m_playbooks = nullptr;
    TimelineStore *m_timeline = nullptr;
    NotifyStore *m_notifications = nullptr;
    ReviewStore *m_reviews = nullptr;
    EscalationStore *m_escalation = nullptr;
    EvidenceStore *m_evidence = nullptr;
    SigningKeyVault *m_signingKeys = nullptr;
    AuditStore *m_auditWork = nullptr;
    AlertStore *m_alerts = nullptr;
    ActionService *m_actions = nullptr;
    AuditSource *m_auditSource = nullptr;
    AuditSource *m_platformPrimary = nullptr;
    DetectionRunner *m_detection = nullptr;
};

} // namespace ic
