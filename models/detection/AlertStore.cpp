#include "models/detection/AlertStore.h"

#include "models/core/Clock.h"
#include "models/detection/AlertRepository.h"
#include "models/incidents/IncidentStore.h"
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
    if (!alert.canResolve()) {
        refuse(Error::make(Error::Kind::InvalidInput,
                           tr("Alert %1 is already %2. Nothing was changed.")
                               .arg(alert.id)
                               .arg(AlertText::statusLabel(alert.status).toLower())));
        return;
    }
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
        [this, done, actor, folders, clock](Result<Alert> claimed) {
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
            m_incidents->create(AlertPromotion::draftFor(a), [this, a, done, actor, folders, clock](
                                                                 const Result<Incident> &incident) {
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
                    [this, inc, done](Result<PromotionOutcome> r) {
                        if (done)
                            done(r);
                        if (!r) {
                            emit failed(r.error());
                            return;
                        }
                        emit changed(inc.id); // evidence and playbook on its record
                        emit alertChanged(r->alert);
                        emit promoted(r->alert, inc, r->playbookAttached);
                    });
            });
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
