#pragma once

#include "models/actions/ActionPreview.h"
#include "models/actions/ActionRecord.h"
#include "models/actions/ActionSettings.h"
#include "models/actions/AdminApiClient.h"
#include "models/actions/Outbox.h"
#include "models/actions/RetryPolicy.h"
#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include "models/store/Permissions.h"
#include "models/team/Approvals.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <functional>
#include <memory>
#include <optional>

namespace ic {

class Clock;
class SecretStore;
class SqlExecutor;

// Runs containment actions exactly once: each is written to the outbox
// before anything is sent, sent (admin API) or executed (SQL) with retries
// under its one Idempotency-Key, and its outcome recorded after, every step
// on the incident's timeline. Unfinished actions from a crash are listed
// and resumed on request. Every call returns at once; answers come by
// callback or signal on this object's thread.
class ActionService : public QObject
{
    Q_OBJECT
public:
    ActionService(SqlExecutor *store, const Clock &clock, SecretStore *secrets, QString actor,
                  QObject *parent = nullptr);
    ~ActionService() override;

    // The audit source the SQL backend acts on and previews count in: the
    // workspace's own platform tables, or a team's separate database.
    void setPlatformSpec(const ConnectionSpec &spec);
    bool hasPlatform() const { return m_platform != nullptr; }
    // The platform primary of the settings (ActionSettings::platformPrimary)
    // with its password, once known; nullopt while it is not. When the
    // settings name one, SQL containment runs, counts and resumes there and
    // nowhere else; when they do not and the audit source is a hot standby,
    // it is refused before anything is written.
    void setPrimarySpec(const std::optional<ConnectionSpec> &spec);
    // Where SQL containment acts now ("postgresql://…" or a file), or why
    // it cannot.
    Result<QString> sqlEndpoint() const;
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    bool isReadOnly() const;
    QString readOnlyReason() const; // why this profile cannot act
    // What the person may do (the session's Permissions): a responder
    // requests actions (submit writes the outbox row and runs nothing), a
    // commander runs, resumes and dismisses them, an admin changes the
    // settings. Empty when allowed, else the sentence for the person.
    void setPermissions(const Permissions &permissions) { m_permissions = permissions; }
    const Permissions &permissions() const { return m_permissions; }
    QString whyNot(Permissions::Action action) const;
    bool may(Permissions::Action action) const { return whyNot(action).isEmpty(); }
    QString instanceId() const { return m_instance; }
    QString actor() const { return m_actor; }

    const ActionSettings &settings() const { return m_settings; }
    void loadSettings(std::function<void(const Result<ActionSettings> &)> done = {});
    // Saves over `base` (the settings the form was filled from): refused,
    // with what changed, when someone saved in between.
    void saveSettings(const ActionSettings &settings, const ActionSettings &base,
                      std::function<void(const Result<void> &)> done);
    // Over the settings this service loaded last.
    void saveSettings(const ActionSettings &settings,
                      std::function<void(const Result<void> &)> done);
    // Stores the admin API token in the keychain (never anywhere else).
    void storeToken(const QString &token, std::function<void(const Result<void> &)> done);

    void preview(const ActionRequest &request,
                 std::function<void(const Result<ActionPreview> &)> done);
    // Writes the action to the outbox, then runs it. `done` answers once it
    // is written (or refused); progress comes by actionChanged.
    void submit(const ActionPreview &preview, const QString &reason,
                std::function<void(const Result<ActionRecord> &)> done);
    // Sends an unfinished action again, with its own Idempotency-Key.
    void resume(const QString &actionId,
                std::function<void(const Result<ActionRecord> &)> done = {});
    // The commander decides not to resume it.
    void dismiss(const QString &actionId, const QString &note,
                 std::function<void(const Result<ActionRecord> &)> done = {});

    // The two-person rule (a team workspace; the server checks each). An
    // approver other than the requester approves (the note is optional)
    // or rejects (a reason is needed); either goes on the timeline, and an
    // approved action is then run by a commander's Run/Resume, once.
    // `done` gets the action as it is now.
    void approve(const QString &actionId, const QString &note,
                 std::function<void(const Result<ActionRecord> &)> done);
    void reject(const QString &actionId, const QString &reason,
                std::function<void(const Result<ActionRecord> &)> done);
    // A commander runs their own waiting request alone: the justification
    // is recorded, flagged BREAK-GLASS on the timeline, and the action is
    // sent at once. `done` answers once it is claimed (or refused: then
    // nothing was run).
    void breakGlass(const QString &actionId, const QString &justification,
                    std::function<void(const Result<ActionRecord> &)> done);
    // Requests waiting for an approver, in every incident, oldest first
    // (the person's own included; the caller tells them apart).
    void loadWaiting(std::function<void(const Result<QList<Team::ApprovalStatus>> &)> done);
    // The incidents where an action was run by break-glass.
    void
    loadBreakGlass(std::function<void(const Result<QList<Team::Approvals::BreakGlassRun>> &)> done);

    void loadIncident(const QString &incidentId);
    void loadNeedingAttention();
    bool isRunning(const QString &actionId) const { return m_runs.contains(actionId); }
    int running() const { return int(m_runs.size()); }

signals:
    void actionChanged(const ic::ActionRecord &action); // after each recorded change
    void actionsLoaded(const QString &incidentId, const QList<ic::ActionRecord> &actions);
    void attentionLoaded(const QList<ic::ActionRecord> &actions);
    void settingsChanged(const ic::ActionSettings &settings);
    void failed(const ic::Error &error);
    // The platform primary refused the password from the keychain: the
    // session forgets it and asks again (AuditSource::refused).
    void primaryRefused(const ic::Error &error);

private:
    struct Run;
    template <typename R>
    void store(std::function<Result<R>(QSqlDatabase &)> job, std::function<void(Result<R>)> done);
    void readToken(const QString &key, std::function<void(const Result<QString> &)> done);
    void start(std::shared_ptr<Run> run, bool resumed);
    // Runs an action read from the outbox (Resume, or after break-glass).
    void startRecorded(const ActionRecord &record, const QString &incidentRef, bool resumed,
                       std::function<void(const Result<ActionRecord> &)> done);
    void decide(const QString &actionId, bool approved, const QString &text,
                std::function<void(const Result<ActionRecord> &)> done);
    void attempt(std::shared_ptr<Run> run);
    void attemptApi(std::shared_ptr<Run> run);
    void attemptSql(std::shared_ptr<Run> run);
    void retryOrGiveUp(std::shared_ptr<Run> run, const AttemptReport &report, qint64 retryAfterMs,
                       bool mayHaveActed);
    void finish(std::shared_ptr<Run> run, ActionState state, const AttemptReport &report);
    void changed(const ActionRecord &record);
    Result<void> refuseIfReadOnly(Permissions::Action need = Permissions::Action::Edit) const;
    // ActionPrimary.cpp: where SQL containment acts (the primary of the
    // settings, else the audit source), and the check, on that connection,
    // that it is not a read-only standby, made before anything is written.
    struct SqlTarget
    {
        SqlExecutor *executor = nullptr;
        QString endpoint; // what ActionRecord::endpoint holds
        bool primary = false;
    };
    Result<SqlTarget> sqlTarget() const;
    Db::Engine sqlEngine() const;
    void checkWritable(const SqlTarget &target, std::function<void(const Result<void> &)> done);
    static Result<void> refuseStandby(QSqlDatabase &db, const QString &endpoint, bool primary);
    void noteSqlError(const Error &error, bool primary);

    QPointer<SqlExecutor> m_store;
    SqlExecutor *m_platform = nullptr;
    SqlExecutor *m_primary = nullptr; // the settings' platform primary, password known
    const Clock &m_clock;
    SecretStore *m_secrets;
    QString m_actor;
    Permissions m_permissions;
    QString m_instance;
    ActionSettings m_settings;
    RetryPolicy m_retry;
    AdminApiClient *m_client;
    QRandomGenerator m_random;
    QHash<QString, std::shared_ptr<Run>> m_runs;
    bool m_closing = false;
};

} // namespace ic
