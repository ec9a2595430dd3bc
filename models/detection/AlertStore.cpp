#include "models/detection/AlertStore.h"

#include "models/core/Clock.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/AlertTriage.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"

namespace ic {

AlertStore::AlertStore(SqlExecutor *executor, IncidentStore *incidents, const Clock &clock,
                       QString actor, QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent), m_incidents(incidents)
{
    qRegisterMetaType<ic::Alert>();
}

bool AlertStore::refuseReadOnly(const QString &what)
{
    return refuseIfReadOnly(Error::make(
        Error::Kind::InvalidInput,
        tr("This is a read-only reviewer profile; %1. Nothing was changed.").arg(what)));
}

void AlertStore::reload(const QList<AlertStatus> &statuses)
{
    const Clock *clock = &this->clock();
    submit<QList<Alert>>(
        [statuses, clock](QSqlDatabase &db) {
            return AlertRepository(db, clock->now()).list(statuses);
        },
        [this](Result<QList<Alert>> r) {
            if (r)
                emit alertsLoaded(r.value());
            else
                emit failed(r.error());
        });
}

void AlertStore::loadRuleStates()
{
    const Clock *clock = &this->clock();
    submit<QList<RuleState>>(
        [clock](QSqlDatabase &db) { return AlertRepository(db, clock->now()).ruleStates(); },
        [this](Result<QList<RuleState>> r) {
            if (r)
                emit ruleStatesLoaded(r.value());
            else
                emit failed(r.error());
        });
}

void AlertStore::setAuditSource(const ConnectionSpec &spec)
{
    delete m_audit;
    ConnectionSpec readOnly = spec;
    readOnly.readOnly = true;
    readOnly.purpose = QStringLiteral("alerts");
    m_audit = new SqlExecutor(readOnly, QStringLiteral("alert-rows"), this);
    m_auditExpected = true;
}

void AlertStore::loadRows(qint64 alertId)
{
    const Clock *clock = &this->clock();
    if (m_auditExpected) {
        if (!m_audit) { // no password yet
            emit rowsLoaded(alertId, {});
            return;
        }
        // The ids from the workspace, the rows from the audit database.
        submit<QList<qint64>>(
            [alertId, clock](QSqlDatabase &db) {
                return AlertRepository(db, clock->now()).rowIds(alertId);
            },
            [this, alertId](Result<QList<qint64>> ids) {
                if (!ids) {
                    emit failed(ids.error());
                    return;
                }
                const QList<qint64> wanted = ids.value();
                // Only a read, so not counted with the jobs in flight (an
                // answer lost with a replaced executor must not stay counted).
                m_audit->run<QList<AlertRow>>(
                    [wanted](QSqlDatabase &db) { return AlertRepository::auditRows(db, wanted); },
                    this,
                    [this, alertId](Result<QList<AlertRow>> r) {
                        if (r)
                            emit rowsLoaded(alertId, r.value());
                        else
                            emit failed(r.error());
                    });
            });
        return;
    }
    submit<QList<AlertRow>>(
        [alertId, clock](QSqlDatabase &db) {
            return AlertRepository(db, clock->now()).rows(alertId);
        },
        [this, alertId](Result<QList<AlertRow>> r) {
            if (r)
                emit rowsLoaded(alertId, r.value());
            else
                emit failed(r.error());
        });
}

void AlertStore::dismiss(const Alert &alert, const QString &reason)
{
    if (refuseReadOnly(tr("alerts cannot be dismissed")))
        return;
    if (auto v = AlertRepository::validateReason(reason); !v) {
        emit failed(v.error());
        return;
    }
    const Clock *clock = &this->clock();
    const QString actor = this->actor();
    const qint64 id = alert.id;
    const int version = alert.version;
    submit<Alert>(
        [id, version, reason, actor, clock](QSqlDatabase &db) {
            return AlertRepository(db, clock->now()).dismiss(id, version, reason, actor);
        },
        [this](Result<Alert> r) {
            if (r)
                emit alertChanged(r.value());
            else
                emit failed(r.error());
        });
}

void AlertStore::promote(const Alert &alert,
                         std::function<void(const Result<PromotionOutcome> &)> done)
{
    promoteGroup({alert}, std::move(done));
}

void AlertStore::promoteGroup(const QList<Alert> &alerts,
                              std::function<void(const Result<PromotionOutcome> &)> done)
{
    auto refuse = [&](const Error &e) {
        if (done)
            done(e);
        emit failed(e);
    };
    if (isReadOnly() || !m_incidents) {
        refuse(refusal(tr("This is a read-only reviewer profile; alerts cannot be promoted. "
                          "Nothing was changed.")));
        return;
    }
    QList<Alert> open;
    for (const Alert &a : alerts) {
        if (a.canResolve())
            open << a;
    }
    if (open.isEmpty()) {
        const Alert a = alerts.value(0);
        refuse(Error::make(Error::Kind::InvalidInput,
                           alerts.size() == 1
                               ? tr("Alert %1 is already %2. Nothing was changed.")
                                     .arg(a.id)
                                     .arg(AlertText::statusLabel(a.status).toLower())
                               : tr("None of these alerts is still open. Nothing was changed.")));
        return;
    }
    const NewIncident draft = open.size() == 1 ? AlertPromotion::draftFor(open.first())
                                               : AlertPromotion::draftForGroup(open);
    promoteWith(open.first(), draft, open.mid(1), std::move(done));
}

void AlertStore::promoteWith(const Alert &alert, const NewIncident &draft, const QList<Alert> &rest,
                             std::function<void(const Result<PromotionOutcome> &)> done)
{
    const Clock *clock = &this->clock();
    const QString actor = this->actor();
    const QStringList folders = m_playbookFolders;
    const qint64 id = alert.id;
    const int version = alert.version;
    // 1. Claim the alert, so nobody promotes or dismisses it meanwhile.
    submit<Alert>(
        [id, version, actor, clock](QSqlDatabase &db) {
            return AlertRepository(db, clock->now()).claim(id, version, actor);
        },
        [this, done, actor, folders, clock, draft, rest](Result<Alert> claimed) {
            if (!claimed) {
                if (done)
                    done(claimed.error());
                emit failed(claimed.error());
                return;
            }
            emit alertChanged(claimed.value());
            if (!m_incidents) {
                if (done)
                    done(Error::make(Error::Kind::Cancelled, tr("The workspace was closed.")));
                return;
            }
            // 2. The incident, through the store every pane listens to.
            const Alert a = claimed.value();
            m_incidents->create(draft, [this, a, done, actor, folders, clock,
                                        rest](const Result<Incident> &incident) {
                if (!incident) {
                    // Give the alert back; the incident store said why.
                    submit<bool>(
                        [id = a.id, clock](QSqlDatabase &db) -> Result<bool> {
                            if (auto r = AlertRepository(db, clock->now()).release(id); !r)
                                return r.error();
                            return true;
                        },
                        [this, id = a.id, clock](Result<bool>) {
                            submit<Alert>(
                                [id, clock](QSqlDatabase &db) {
                                    return AlertRepository(db, clock->now()).get(id);
                                },
                                [this](Result<Alert> r) {
                                    if (r)
                                        emit alertChanged(r.value());
                                });
                        });
                    if (done)
                        done(incident.error());
                    return;
                }
                // 3. Tie them together: evidence, playbook, timeline.
                const Incident inc = incident.value();
                submit<PromotionOutcome>(
                    [a, inc, actor, folders, clock](QSqlDatabase &db) {
                        return AlertPromotion::finish(db, a, inc, actor, folders, clock->now());
                    },
                    [this, inc, done, rest](Result<PromotionOutcome> r) {
                        if (done)
                            done(r);
                        if (!r) {
                            emit failed(r.error());
                            return;
                        }
                        emit changed(inc.id); // evidence and playbook on its record
                        emit alertChanged(r->alert);
                        emit promoted(r->alert, inc, r->playbookAttached);
                        if (!rest.isEmpty()) // the group's other alerts join it
                            linkJob(rest, inc, {});
                    });
            });
        });
}

void AlertStore::link(const QList<Alert> &alerts, const Incident &incident,
                      std::function<void(const Result<LinkOutcome> &)> done)
{
    auto refuse = [&](const Error &e) {
        if (done)
            done(e);
        emit failed(e);
    };
    if (isReadOnly()) {
        refuse(refusal(tr("This is a read-only reviewer profile; alerts cannot be linked to an "
                          "incident. Nothing was changed.")));
        return;
    }
    auto open = AlertTriage::linkable(alerts, incident);
    if (!open) {
        refuse(open.error());
        return;
    }
    linkJob(open.value(), incident, std::move(done));
}

void AlertStore::linkJob(const QList<Alert> &alerts, const Incident &incident,
                         std::function<void(const Result<LinkOutcome> &)> done)
{
    const Clock *clock = &this->clock();
    const QString actor = this->actor();
    submit<LinkOutcome>(
        [alerts, incident, actor, clock](QSqlDatabase &db) {
            return AlertPromotion::link(db, alerts, incident, actor, clock->now());
        },
        [this, incident, done](Result<LinkOutcome> r) {
            if (done)
                done(r);
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit changed(incident.id); // the event and the evidence on its record
            for (const Alert &a : std::as_const(r->linked))
                emit alertChanged(a);
            emit linked(r->linked, incident, r->skipped);
        });
}

void AlertStore::dismissAll(const QList<Alert> &alerts, const QString &reason)
{
    if (refuseReadOnly(tr("alerts cannot be dismissed")))
        return;
    if (auto v = AlertRepository::validateReason(reason); !v) {
        emit failed(v.error());
        return;
    }
    QList<Alert> open;
    for (const Alert &a : alerts) {
        if (a.status == AlertStatus::Open)
            open << a;
    }
    if (open.isEmpty()) {
        emit failed(Error::make(Error::Kind::InvalidInput,
                                tr("None of these alerts is still open. Nothing was changed.")));
        return;
    }
    const Clock *clock = &this->clock();
    const QString actor = this->actor();
    using Outcome = std::pair<QList<Alert>, QList<qint64>>;
    submit<Outcome>(
        [open, reason, actor, clock](QSqlDatabase &db) -> Result<Outcome> {
            Outcome out;
            auto r = Db::transaction(db, [&]() -> Result<void> {
                AlertRepository repo(db, clock->now());
                for (const Alert &a : open) {
                    auto d = repo.dismiss(a.id, a.version, reason, actor);
                    if (!d && d.error().kind == Error::Kind::Conflict)
                        out.second << a.id; // changed meanwhile: left as it is
                    else if (!d)
                        return d.error();
                    else
                        out.first << d.value();
                }
                return success();
            });
            if (!r)
                return r.error();
            return out;
        },
        [this](Result<Outcome> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            for (const Alert &a : std::as_const(r->first))
                emit alertChanged(a);
            emit dismissedAll(r->first, r->second);
        });
}

void AlertStore::resetWatermark(const QString &ruleId)
{
    if (refuseReadOnly(tr("rules cannot be reset")))
        return;
    // An admin's decision (the server refuses it to anyone else, store step 52).
    if (!permissions().may(Permissions::Action::Administer)) {
        emit failed(refusal(tr("Only an admin may reset a detection rule. Nothing was changed."),
                            Permissions::Action::Administer));
        return;
    }
    const Clock *clock = &this->clock();
    submit<bool>(
        [ruleId, clock](QSqlDatabase &db) -> Result<bool> {
            if (auto r = AlertRepository(db, clock->now()).resetWatermark(ruleId); !r)
                return r.error();
            return true;
        },
        [this](Result<bool> r) {
            if (!r)
                emit failed(r.error());
            loadRuleStates();
        });
}

} // namespace ic
