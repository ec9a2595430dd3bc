#include "models/actions/ActionService.h"

#include "models/actions/ActionRun.h"

#include "models/actions/ActionsLogging.h"
#include "models/actions/SqlContainment.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/store/SqlExecutor.h"

#include <QHostInfo>
#include <QTimer>
#include <QUuid>

namespace ic {

ActionService::ActionService(SqlExecutor *store, const Clock &clock, SecretStore *secrets,
                             QString actor, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_secrets(secrets),
      m_actor(std::move(actor)), m_client(new AdminApiClient(this)),
      m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<ic::ActionRecord>();
    m_instance = QStringLiteral("%1@%2/%3")
                     .arg(m_actor, QHostInfo::localHostName(),
                          QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

ActionService::~ActionService()
{
    // Answers that arrive now are not recorded: the rows stay in flight and
    // are listed as unfinished when the workspace opens again.
    m_closing = true;
    m_client->abortAll();
}

void ActionService::setPlatformSpec(const ConnectionSpec &spec)
{
    delete m_platform;
    ConnectionSpec s = spec;
    s.reviewer = false;
    // The audit source's spec is read-only for the explorer; containment
    // writes here, and the server's grants decide whether it may.
    s.readOnly = false;
    // Previews count on it, actions run on it: nothing waits without end
    // (an action's own statements get the time left on its claim).
    s.statementTimeoutMs = 60'000;
    m_platform = new SqlExecutor(s, QStringLiteral("actions"), this);
}

bool ActionService::isReadOnly() const
{
    return m_store &&
           (m_store->spec().readOnly || m_store->spec().reviewer || !m_permissions.canEdit());
}

QString ActionService::whyNot(Permissions::Action action) const
{
    if (m_store && (m_store->spec().readOnly || m_store->spec().reviewer))
        return readOnlyReason();
    return m_permissions.whyNot(action);
}

QString ActionService::readOnlyReason() const
{
    if (m_store && !m_store->spec().readOnly && !m_store->spec().reviewer)
        return m_permissions.whyNot(Permissions::Action::Edit);
    return tr("This is a read-only reviewer profile: it can look at actions and their outcomes "
              "but cannot run, resume or dismiss them, or change how the workspace acts. Open "
              "the workspace with a commander's profile to contain.");
}

Result<void> ActionService::refuseIfReadOnly(Permissions::Action need) const
{
    if (!m_store)
        return Error::make(Error::Kind::Unreachable, tr("No workspace is open. Nothing was sent."));
    if (isReadOnly())
        return Error::make(Error::Kind::InvalidInput, readOnlyReason() + tr(" Nothing was sent."));
    if (const QString why = whyNot(need); !why.isEmpty())
        return Error::make(Error::Kind::PermissionDenied, why + tr(" Nothing was sent."));
    return success();
}

void ActionService::changed(const ActionRecord &record)
{
    emit actionChanged(record);
}

void ActionService::loadSettings(std::function<void(const Result<ActionSettings> &)> done)
{
    store<ActionSettings>([](QSqlDatabase &db) { return ActionSettingsStore::load(db); },
                          [this, done](Result<ActionSettings> r) {
                              if (r) {
                                  m_settings = r.value();
                                  emit settingsChanged(m_settings);
                              }
                              if (done)
                                  done(r);
                              else if (!r)
                                  emit failed(r.error());
                          });
}

void ActionService::saveSettings(const ActionSettings &settings,
                                 std::function<void(const Result<void> &)> done)
{
    saveSettings(settings, m_settings, std::move(done));
}

void ActionService::saveSettings(const ActionSettings &settings, const ActionSettings &base,
                                 std::function<void(const Result<void> &)> done)
{
    Result<void> ok = refuseIfReadOnly(Permissions::Action::Administer);
    if (ok)
        ok = settings.validate();
    if (!ok) {
        done(ok);
        return;
    }
    const QString actor = m_actor;
    const QDateTime now = m_clock.now();
    store<ActionSettings>(
        [settings, base, actor, now](QSqlDatabase &db) -> Result<ActionSettings> {
            if (auto s = ActionSettingsStore::save(db, settings, base, actor, now); !s)
                return s.error();
            return ActionSettingsStore::load(db);
        },
        [this, done](Result<ActionSettings> r) {
            if (!r) {
                if (r.error().kind == Error::Kind::Conflict)
                    loadSettings(); // what is stored now, for the next form
                done(r.error());
                return;
            }
            m_settings = r.value();
            emit settingsChanged(m_settings);
            done(success());
        });
}

void ActionService::storeToken(const QString &token, std::function<void(const Result<void> &)> done)
{
    Result<void> ok = refuseIfReadOnly();
    if (ok)
        ok = ActionSettings::checkToken(token);
    if (ok) {
        if (auto u = ActionSettings::checkBaseUrl(m_settings.apiBaseUrl); !u)
            ok = u.error();
    }
    if (!ok || !m_secrets) {
        done(ok ? Error::make(Error::Kind::KeychainUnavailable, tr("No keychain is available."))
                : ok);
        return;
    }
    m_secrets->write(m_settings.tokenKey(), token, [done](Result<void> r) { done(r); });
}

void ActionService::readToken(const QString &key, std::function<void(const Result<QString> &)> done)
{
    if (!m_secrets) {
        done(
            Error::make(Error::Kind::KeychainUnavailable,
                        tr("No keychain is available for the admin API token. Nothing was sent.")));
        return;
    }
    if (auto session = m_secrets->sessionSecret(key)) {
        done(*session);
        return;
    }
    m_secrets->read(key, [done, key](SecretStore::ReadResult r) {
        if (r.status == SecretStore::Status::Found) {
            if (auto c = ActionSettings::checkToken(r.secret); !c) {
                done(c.error());
                return;
            }
            done(r.secret);
            return;
        }
        if (r.status == SecretStore::Status::NotFound) {
            done(Error::make(Error::Kind::AuthFailed,
                             tr("Your keychain holds no admin API token for %1. Nothing was sent. "
                                "Add the token in the action settings.")
                                 .arg(key.mid(key.indexOf(QLatin1Char('/')) + 1))));
            return;
        }
        done(Error::make(r.status == SecretStore::Status::Locked ? Error::Kind::KeychainLocked
                                                                 : Error::Kind::KeychainUnavailable,
                         r.message + QLatin1Char(' ') + tr("Nothing was sent.")));
    });
}

void ActionService::preview(const ActionRequest &request,
                            std::function<void(const Result<ActionPreview> &)> done)
{
    const ActionSpec &spec = Actions::spec(request.kind);
    auto target = Actions::validateTarget(spec.subject, request.target);
    if (!target) {
        done(target.error());
        return;
    }
    ActionPreview p;
    p.incidentRef = request.incidentRef;
    ActionRecord &d = p.draft;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.incidentId = request.incidentId;
    d.kind = request.kind;
    d.target = target.value();
    d.backend = m_settings.backend;
    const Db::Engine engine = sqlEngine();
    // Counted where the action would act (the primary, not a standby that
    // may lag); the admin API's counts read the audit source.
    SqlExecutor *counter = m_platform;
    QString sqlEndpoint;
    bool onPrimary = false;
    if (d.backend == Backend::Api) {
        auto ep = ApiEndpoint::from(m_settings);
        if (!ep) {
            done(ep.error());
            return;
        }
        d.endpoint = ep->baseUrl.toString();
        d.method = QStringLiteral("POST");
        d.path = ActionText::apiPath(d.kind, d.target);
        p.technical = ActionText::apiRequest(d);
    } else {
        auto t = sqlTarget();
        if (!t) {
            done(t.error());
            return;
        }
        d.endpoint = sqlEndpoint = t->endpoint;
        counter = t->executor;
        onPrimary = t->primary;
        p.technical = SqlContainment::describe(engine, d, m_actor);
    }
    if (!counter) {
        done(p);
        return;
    }
    const QDateTime now = m_clock.now();
    const ActionKind kind = d.kind;
    const QString subject = d.target;
    const bool sql = d.backend == Backend::Sql;
    counter->run<SubjectInfo>(
        [kind, subject, now, sql, sqlEndpoint, onPrimary](QSqlDatabase &db) -> Result<SubjectInfo> {
            // A standby cannot take the change: said at the preview already.
            if (sql) {
                if (auto w = refuseStandby(db, sqlEndpoint, onPrimary); !w)
                    return w.error();
            }
            return SqlContainment::inspect(db, kind, subject, now);
        },
        this,
        [this, p, done, onPrimary](Result<SubjectInfo> r) mutable {
            if (!r)
                noteSqlError(r.error(), onPrimary);
            if (r) {
                p.subject = r->description;
                p.counts = r->counts;
                p.notes = r->notes;
                p.count = r->total;
                done(p);
                return;
            }
            // The admin API does not need the platform's tables; only an
            // unknown subject stops it.
            if (p.draft.backend == Backend::Api && r.error().kind != Error::Kind::NotFound) {
                p.notes << tr("Could not count in the audit source: %1").arg(r.error().message);
                done(p);
                return;
            }
            done(r.error());
        });
}

void ActionService::submit(const ActionPreview &preview, const QString &reasonText,
                           std::function<void(const Result<ActionRecord> &)> done)
{
    if (auto ro = refuseIfReadOnly(); !ro) {
        done(ro.error());
        return;
    }
    auto reason = Actions::validateReason(reasonText);
    if (!reason) {
        done(reason.error());
        return;
    }
    if (m_runs.contains(preview.draft.id)) {
        done(Error::make(Error::Kind::Conflict, tr("This action was already submitted.")));
        return;
    }
    const Db::Engine engine = sqlEngine();
    const ActionPreview full = preview.withReason(reason.value(), m_actor, engine);
    ActionRecord draft = full.draft;
    draft.preview = full.text();
    draft.expectedCount = full.count;

    auto run = std::make_shared<Run>();
    run->incidentRef = preview.incidentRef;
    auto write = [this, run, draft, done] {
        const QString actor = m_actor;
        const QDateTime now = m_clock.now();
        store<ActionRecord>(
            [draft, actor, now](QSqlDatabase &db) { return Outbox::create(db, draft, actor, now); },
            [this, run, done](Result<ActionRecord> r) {
                if (!r) {
                    done(r.error());
                    return;
                }
                run->record = r.value();
                changed(r.value());
                done(r);
                // A responder requests: a commander runs it (the server
                // refuses the claim of anyone else).
                // One waiting for an approver is not sent: it runs once
                // approved (Run/Resume) or by break-glass.
                // A superuser is not held to the rule by the server
                // (docs/team-roles.md): it runs as before roles.
                if (may(Permissions::Action::Contain) &&
                    (!r->waitingForApproval() || !m_permissions.isTeam()))
                    start(run, false);
            });
    };
    if (draft.backend == Backend::Sql) {
        // Where it will act, checked before the outbox row is written: the
        // same place as the preview, and not a read-only standby.
        auto t = sqlTarget();
        if (!t) {
            done(t.error());
            return;
        }
        if (t->endpoint != draft.endpoint) {
            done(Error::make(Error::Kind::Conflict,
                             tr("Containment through SQL now goes to %1, not %2 as in the "
                                "preview. Nothing was done; look at the preview again.")
                                 .arg(t->endpoint, draft.endpoint)));
            return;
        }
        checkWritable(t.value(), [write, done](const Result<void> &ok) {
            if (!ok)
                done(ok.error());
            else
                write();
        });
        return;
    }
    auto ep = ApiEndpoint::from(m_settings);
    if (!ep) {
        done(ep.error());
        return;
    }
    if (ep->baseUrl.toString() != draft.endpoint) {
        done(Error::make(Error::Kind::Conflict,
                         tr("The admin API address changed since the preview. Nothing was sent; "
                            "look at the preview again.")));
        return;
    }
    run->endpoint = ep.value();
    readToken(m_settings.tokenKey(), [run, write, done](const Result<QString> &token) {
        if (!token) {
            done(token.error());
            return;
        }
        run->token = token.value();
        write();
    });
}

void ActionService::resume(const QString &actionId,
                           std::function<void(const Result<ActionRecord> &)> done)
{
    auto answer = [this, done](const Error &e) {
        if (done)
            done(e);
        else
            emit failed(e);
    };
    if (auto ro = refuseIfReadOnly(Permissions::Action::Contain); !ro) {
        answer(ro.error());
        return;
    }
    if (m_runs.contains(actionId)) {
        answer(Error::make(Error::Kind::Conflict, tr("This action is being sent right now.")));
        return;
    }
    store<std::pair<ActionRecord, QString>>(
        [actionId](QSqlDatabase &db) { return Outbox::withIncidentRef(db, actionId); },
        [this, answer, done](Result<std::pair<ActionRecord, QString>> r) {
            if (!r) {
                answer(r.error());
                return;
            }
            startRecorded(r->first, r->second, true, done);
        });
}

void ActionService::startRecorded(const ActionRecord &record, const QString &incidentRef,
                                  bool resumed,
                                  std::function<void(const Result<ActionRecord> &)> done)
{
    auto answer = [this, done](const Error &e) {
        if (done)
            done(e);
        else
            emit failed(e);
    };
    if (record.state == ActionState::Succeeded) {
        answer(Error::make(Error::Kind::Conflict,
                           tr("%1 already succeeded; it is not sent again.").arg(record.label())));
        return;
    }
    // The server refuses these claims too; said here before anything is tried.
    if (record.waitingForApproval() && m_permissions.isTeam()) {
        answer(Error::make(Error::Kind::PermissionDenied,
                           tr("%1 is waiting for approval by an approver other than %2. "
                              "Nothing was sent.")
                               .arg(record.label(), record.createdBy)));
        return;
    }
    if (record.rejected() && m_permissions.isTeam()) {
        answer(Error::make(Error::Kind::PermissionDenied,
                           tr("%1 was rejected by an approver; it is never sent. Nothing was sent.")
                               .arg(record.label())));
        return;
    }
    if (record.claimedByOther(m_instance, m_clock.now())) {
        answer(Error::make(Error::Kind::Conflict,
                           tr("%1 is being sent by another Incident Commander (%2). "
                              "Nothing was sent from here.")
                               .arg(record.label(), record.claim.instance)));
        return;
    }
    auto run = std::make_shared<Run>();
    run->record = record;
    run->incidentRef = incidentRef;
    run->onClaimed = done;
    if (record.backend == Backend::Sql) {
        auto t = sqlTarget();
        if (t && t->endpoint != record.endpoint) {
            answer(Error::make(Error::Kind::Conflict,
                               tr("%1 was meant for %2, which is not where this workspace's "
                                  "containment acts now (%3). Nothing was done.")
                                   .arg(record.label(), record.endpoint, t->endpoint)));
            return;
        }
        if (!t) {
            answer(t.error());
            return;
        }
        checkWritable(t.value(), [this, run, resumed, answer](const Result<void> &ok) {
            if (!ok)
                answer(ok.error());
            else
                start(run, resumed);
        });
        return;
    }
    auto ep = ApiEndpoint::from(m_settings);
    if (!ep) {
        answer(ep.error());
        return;
    }
    if (ep->baseUrl.toString() != record.endpoint) {
        answer(Error::make(Error::Kind::Conflict,
                           tr("%1 was meant for %2, but the settings now name %3. "
                              "Nothing was sent.")
                               .arg(record.label(), record.endpoint, ep->baseUrl.toString())));
        return;
    }
    run->endpoint = ep.value();
    readToken(m_settings.tokenKey(), [this, run, answer, resumed](const Result<QString> &token) {
        if (!token) {
            answer(token.error());
            return;
        }
        run->token = token.value();
        start(run, resumed);
    });
}

void ActionService::dismiss(const QString &actionId, const QString &note,
                            std::function<void(const Result<ActionRecord> &)> done)
{
    if (auto ro = refuseIfReadOnly(Permissions::Action::Contain);
        !ro || m_runs.contains(actionId)) {
        const Error e = ro ? Error::make(Error::Kind::Conflict,
                                         tr("This action is being sent right now; wait for its "
                                            "outcome."))
                           : ro.error();
        if (done)
            done(e);
        else
            emit failed(e);
        return;
    }
    const QString instance = m_instance;
    const QString actor = m_actor;
    const QDateTime now = m_clock.now();
    store<ActionRecord>(
        [actionId, instance, note, actor, now](QSqlDatabase &db) {
            return Outbox::dismiss(db, actionId, instance, note, actor, now);
        },
        [this, done](Result<ActionRecord> r) {
            if (r)
                changed(r.value());
            if (done)
                done(r);
            else if (!r)
                emit failed(r.error());
        });
}

void ActionService::loadIncident(const QString &incidentId)
{
    store<QList<ActionRecord>>(
        [incidentId](QSqlDatabase &db) { return Outbox::forIncident(db, incidentId); },
        [this, incidentId](Result<QList<ActionRecord>> r) {
            if (r)
                emit actionsLoaded(incidentId, r.value());
            else
                emit failed(r.error());
        });
}

void ActionService::loadNeedingAttention()
{
    store<QList<ActionRecord>>([](QSqlDatabase &db) { return Outbox::needingAttention(db); },
                               [this](Result<QList<ActionRecord>> r) {
                                   if (r)
                                       emit attentionLoaded(r.value());
                                   else
                                       emit failed(r.error());
                               });
}

} // namespace ic
