#include "models/incidents/IncidentStore.h"

#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStoreJobs.h"
#include "models/store/OfflineJournal.h"
#include "models/store/SqlExecutor.h"

#include <QUuid>

#include <QCoreApplication>

namespace ic {

IncidentStore::IncidentStore(SqlExecutor *executor, const Clock &clock, QString actor,
                             QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{
    qRegisterMetaType<ic::Incident>();
    qRegisterMetaType<ic::IncidentPatch>();
    qRegisterMetaType<ic::SeverityPolicy>();
    qRegisterMetaType<ic::OfflineJournal::Entry>();
}

void IncidentStore::reload()
{
    withRepository<QList<Incident>>([](IncidentRepository &repo) { return repo.list(); },
                                    [this](Result<QList<Incident>> r) {
                                        if (r) {
                                            m_cache.clear();
                                            for (const Incident &i : r.value())
                                                remember(i);
                                            emit incidentsLoaded(r.value());
                                        } else {
                                            emit failed(r.error());
                                        }
                                    });
}

void IncidentStore::refresh(const QString &incidentId)
{
    withRepository<Incident>(
        [incidentId](IncidentRepository &repo) { return repo.get(incidentId); },
        [this, incidentId](Result<Incident> r) {
            if (r) {
                remember(r.value());
                emit incidentSaved(r.value());
                emit changed(incidentId);
            } else if (r.error().kind == Error::Kind::NotFound) {
                reload();
            } else {
                emit failed(r.error());
            }
        });
}

void IncidentStore::create(const NewIncident &draft, CreateCallback done)
{
    auto refuse = [&](const Error &e) {
        if (done)
            done(e);
        emit failed(e);
    };
    if (isReadOnly()) {
        refuse(refusal(tr("This is a read-only reviewer profile; incidents cannot be created. "
                          "Nothing was changed.")));
        return;
    }
    if (auto v = IncidentRepository::validate(draft); !v) {
        refuse(v.error());
        return;
    }
    const QString actor = this->actor();
    auto keep = [this, draft, actor, done] {
        // Opened offline: a client-chosen id, numbered when it reaches the database.
        NewIncident d = draft;
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject payload = newIncidentToJson(d);
        payload.insert(QStringLiteral("actor"), actor);
        keepOffline(QStringLiteral("incident.create"), d.id, payload,
                    [this, d, actor, done](Result<int> kept) {
                        if (!kept) {
                            if (done)
                                done(kept.error());
                            emit failed(kept.error());
                            return;
                        }
                        Incident i;
                        i.id = d.id;
                        i.ref = tr("(offline)");
                        i.detectedAt = d.detectedAt.isValid() ? d.detectedAt : clock().now();
                        i.createdAt = i.updatedAt = clock().now();
                        i.createdBy = i.updatedBy = actor;
                        i = applyPatch(i,
                                       IncidentPatch{d.title, d.summary, d.severity, d.status,
                                                     d.commander, d.affectedUsers,
                                                     d.affectedTenants, d.affectedApiKeys,
                                                     std::nullopt, d.becameAwareAt, false},
                                       clock().now());
                        remember(i);
                        if (done)
                            done(i);
                        emit incidentCreated(i);
                        emit incidentSaved(i);
                    });
    };
    if (m_journal && m_offline) {
        keep();
        return;
    }
    withRepository<Incident>(
        [draft, actor](IncidentRepository &repo) { return repo.create(draft, actor); },
        [this, done, keep](Result<Incident> r) {
            if (!r && r.error().kind == Error::Kind::Unreachable && m_journal) {
                setOffline(true);
                keep();
                return;
            }
            if (done)
                done(r);
            if (!r) {
                emit failed(r.error());
                return;
            }
            remember(r.value());
            emit incidentCreated(r.value());
            emit incidentSaved(r.value());
            emit changed(r->id);
        });
}

void IncidentStore::update(const QString &id, int baseVersion, const IncidentPatch &patch,
                           UpdateCallback done)
{
    if (isReadOnly()) {
        const Error e = refusal(tr("This is a read-only reviewer profile; the incident was "
                                   "not changed."));
        if (done)
            done(e, Incident());
        emit failed(e);
        return;
    }
    const QString actor = this->actor();
    auto keep = [this, id, baseVersion, patch, actor, done] {
        QJsonObject payload{{QStringLiteral("base_version"), baseVersion},
                            {QStringLiteral("patch"), patchToJson(patch)},
                            {QStringLiteral("actor"), actor}};
        keepOffline(QStringLiteral("incident.update"), id, payload,
                    [this, id, patch, done](Result<int> kept) {
                        if (!kept) {
                            if (done)
                                done(kept.error(), Incident());
                            emit failed(kept.error());
                            return;
                        }
                        // Shown as edited now; the version changes when it is sent.
                        if (m_cache.contains(id)) {
                            const Incident shown =
                                applyPatch(m_cache.value(id), patch, clock().now());
                            remember(shown);
                            emit incidentSaved(shown);
                        }
                        if (done)
                            done(Error::make(Error::Kind::Queued,
                                             tr("Saved on this workstation: the team database "
                                                "cannot be reached. It is sent when the database "
                                                "is back.")),
                                 Incident());
                    });
    };
    if (m_journal && m_offline) {
        keep();
        return;
    }
    auto conflictRow = std::make_shared<IncidentConflict>();
    withRepository<Incident>(
        [id, baseVersion, patch, actor, conflictRow](IncidentRepository &repo) {
            return repo.update(id, baseVersion, patch, actor, conflictRow.get());
        },
        [this, patch, conflictRow, done, keep](Result<Incident> r) {
            if (!r && r.error().kind == Error::Kind::Unreachable && m_journal) {
                setOffline(true);
                keep();
                return;
            }
            if (done)
                done(r, conflictRow->current);
            if (r) {
                remember(r.value());
                emit incidentSaved(r.value());
                emit changed(r->id);
            } else if (r.error().kind == Error::Kind::Conflict) {
                emit conflict(conflictRow->current, patch);
            } else {
                emit failed(r.error());
            }
        });
}

void IncidentStore::loadEvents(const QString &incidentId)
{
    // The details ask after an edit and after the change it announces: the
    // load still waiting in the queue answers both.
    const QString key = QStringLiteral("events:") + incidentId;
    if (isQueued(key))
        return;
    const Clock *clock = &this->clock();
    submitShared<QList<IncidentEvent>>(
        key,
        [incidentId, clock](QSqlDatabase &db) {
            return IncidentRepository(db, clock->now()).events(incidentId);
        },
        [this, incidentId](Result<QList<IncidentEvent>> r) {
            if (r)
                emit eventsLoaded(incidentId, r.value());
            else
                emit failed(r.error());
        });
}

void IncidentStore::addNote(const QString &incidentId, const QString &text)
{
    if (isReadOnly()) {
        emit failed(refusal(tr("This is a read-only reviewer profile; the note was not "
                               "added.")));
        return;
    }
    const QString actor = this->actor();
    const QDateTime at = clock().now();
    auto keep = [this, incidentId, text, actor, at] {
        keepOffline(QStringLiteral("incident.note"), incidentId,
                    {{QStringLiteral("text"), text},
                     {QStringLiteral("actor"), actor},
                     {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}},
                    [this](Result<int> kept) {
                        emit failed(kept ? Error::make(Error::Kind::Queued,
                                                       tr("The note is saved on this workstation "
                                                          "and added to the record when the team "
                                                          "database is back."))
                                         : kept.error());
                    });
    };
    if (m_journal && m_offline) {
        keep();
        return;
    }
    withRepository<bool>(
        [incidentId, actor, text](IncidentRepository &repo) -> Result<bool> {
            auto r = repo.addNote(incidentId, actor, text);
            if (!r)
                return r.error();
            return true;
        },
        [this, incidentId, keep](Result<bool> r) {
            if (!r && r.error().kind == Error::Kind::Unreachable && m_journal) {
                setOffline(true);
                keep();
                return;
            }
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit changed(incidentId);
            loadEvents(incidentId);
        });
}

void IncidentStore::loadPolicy()
{
    const bool readOnly = isReadOnly();
    withRepository<SeverityPolicy>(
        [readOnly](IncidentRepository &repo) {
            return readOnly ? repo.policy() : repo.ensurePolicy();
        },
        [this](Result<SeverityPolicy> r) {
            if (r)
                emit policyLoaded(r.value());
            else if (r.error().kind == Error::Kind::NotFound)
                emit policyLoaded(SeverityPolicy::securityTeam());
            else
                emit failed(r.error());
        });
}

void IncidentStore::savePolicy(const SeverityPolicy &policy)
{
    if (isReadOnly() || !permissions().may(Permissions::Action::Administer)) {
        emit failed(refusal(tr("This is a read-only reviewer profile; the severity policy was "
                               "not changed."),
                            Permissions::Action::Administer));
        return;
    }
    if (auto v = policy.validate(); !v) {
        emit failed(v.error());
        return;
    }
    const QString actor = this->actor();
    withRepository<SeverityPolicy>(
        [policy, actor](IncidentRepository &repo) -> Result<SeverityPolicy> {
            if (auto s = repo.savePolicy(policy, actor); !s)
                return s.error();
            return repo.policy();
        },
        [this](Result<SeverityPolicy> r) {
            if (r)
                emit policyLoaded(r.value());
            else
                emit failed(r.error());
        });
}

} // namespace ic
