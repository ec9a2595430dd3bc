#include "models/incidents/IncidentStore.h"

#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
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
}

template <typename R>
void IncidentStore::withRepository(std::function<Result<R>(IncidentRepository &)> job,
                                   std::function<void(Result<R>)> done)
{
    const Clock *clock = &this->clock();
    submit<R>(
        [job = std::move(job), clock](QSqlDatabase &db) {
            IncidentRepository repo(db, clock->now());
            return job(repo);
        },
        std::move(done));
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
        refuse(Error::make(Error::Kind::InvalidInput,
                           tr("This is a read-only reviewer profile; incidents cannot be created. "
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
        const Error e = Error::make(Error::Kind::InvalidInput,
                                    tr("This is a read-only reviewer profile; the incident was "
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
        emit failed(Error::make(Error::Kind::InvalidInput,
                                tr("This is a read-only reviewer profile; the note was not "
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
    if (isReadOnly()) {
        emit failed(Error::make(Error::Kind::InvalidInput,
                                tr("This is a read-only reviewer profile; the severity policy was "
                                   "not changed.")));
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

struct IncidentStore::JournalEntry : OfflineJournal::Entry
{};

void IncidentStore::setJournal(SqlExecutor *journal)
{
    m_journal = journal;
    countJournal();
}

void IncidentStore::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

void IncidentStore::countJournal()
{
    if (!m_journal)
        return;
    m_journal->run<int>(
        [](QSqlDatabase &db) -> Result<int> {
            if (auto s = OfflineJournal::ensureSchema(db); !s)
                return s.error();
            auto p = OfflineJournal::pending(db);
            if (!p)
                return p.error();
            return int(p->size());
        },
        this,
        [this](Result<int> r) {
            m_waiting = r ? r.value() : 0;
            emit journalChanged(m_waiting);
        });
}

void IncidentStore::keepOffline(const QString &kind, const QString &incidentId, QJsonObject payload,
                                std::function<void(Result<int>)> done)
{
    const QDateTime now = clock().now();
    m_journal->run<int>(
        [kind, incidentId, payload, now](QSqlDatabase &db) -> Result<int> {
            if (auto s = OfflineJournal::ensureSchema(db); !s)
                return s.error();
            auto waiting = OfflineJournal::pending(db);
            if (!waiting)
                return waiting.error();
            // Edits to one incident merge into the one waiting, keeping its
            // base version: replayed, they are one change with one conflict check.
            if (kind == QLatin1String("incident.update")) {
                for (auto it = waiting->crbegin(); it != waiting->crend(); ++it) {
                    if (it->incidentId != incidentId)
                        continue;
                    if (it->kind == QLatin1String("incident.update")) {
                        QJsonObject merged = it->payload;
                        merged.insert(
                            QStringLiteral("patch"),
                            patchToJson(mergePatches(
                                patchFromJson(
                                    it->payload.value(QStringLiteral("patch")).toObject()),
                                patchFromJson(payload.value(QStringLiteral("patch")).toObject()))));
                        if (auto r = OfflineJournal::replacePayload(db, it->seq, merged); !r)
                            return r.error();
                        return int(waiting->size());
                    }
                    break;
                }
            }
            auto added = OfflineJournal::append(db, {0, kind, incidentId, payload, now});
            if (!added)
                return added.error();
            return int(waiting->size()) + 1;
        },
        this,
        [this, done](Result<int> r) {
            if (r) {
                m_waiting = r.value();
                emit journalChanged(m_waiting);
            }
            done(r);
        });
}

void IncidentStore::replayJournal()
{
    if (!m_journal || m_replaying)
        return;
    m_replaying = true;
    m_journal->run<QList<OfflineJournal::Entry>>(
        [](QSqlDatabase &db) -> Result<QList<OfflineJournal::Entry>> {
            if (auto s = OfflineJournal::ensureSchema(db); !s)
                return s.error();
            return OfflineJournal::pending(db);
        },
        this,
        [this](Result<QList<OfflineJournal::Entry>> r) {
            QList<JournalEntry> entries;
            if (r) {
                for (const OfflineJournal::Entry &e : r.value())
                    entries.append(JournalEntry{e});
            }
            replayNext(entries);
        });
}

void IncidentStore::replayNext(QList<JournalEntry> rest)
{
    if (rest.isEmpty()) {
        m_replaying = false;
        countJournal();
        return;
    }
    const JournalEntry e = rest.takeFirst();
    const QString actor = e.payload.value(QStringLiteral("actor")).toString();
    auto done = [this, e, rest](bool sent) {
        if (!sent) {
            // Still offline: keep this and the rest for the next attempt.
            m_replaying = false;
            setOffline(true);
            countJournal();
            return;
        }
        m_journal->run<bool>(
            [seq = e.seq](QSqlDatabase &db) -> Result<bool> {
                if (auto r = OfflineJournal::remove(db, seq); !r)
                    return r.error();
                return true;
            },
            this, [this, rest](Result<bool>) { replayNext(rest); });
    };
    if (e.kind == QLatin1String("incident.create")) {
        const NewIncident draft = newIncidentFromJson(e.payload);
        withRepository<Incident>(
            [draft, actor](IncidentRepository &repo) { return repo.create(draft, actor); },
            [this, done](Result<Incident> r) {
                if (!r && r.error().kind == Error::Kind::Unreachable)
                    return done(false);
                setOffline(false);
                if (r) {
                    remember(r.value());
                    emit incidentSaved(r.value());
                    emit changed(r->id);
                } else {
                    emit failed(r.error());
                }
                done(true);
            });
    } else if (e.kind == QLatin1String("incident.update")) {
        const QString id = e.incidentId;
        const int base = e.payload.value(QStringLiteral("base_version")).toInt();
        const IncidentPatch patch =
            patchFromJson(e.payload.value(QStringLiteral("patch")).toObject());
        auto conflictRow = std::make_shared<IncidentConflict>();
        withRepository<Incident>(
            [id, base, patch, actor, conflictRow](IncidentRepository &repo) {
                return repo.update(id, base, patch, actor, conflictRow.get());
            },
            [this, done, patch, conflictRow](Result<Incident> r) {
                if (!r && r.error().kind == Error::Kind::Unreachable)
                    return done(false);
                setOffline(false);
                if (r) {
                    remember(r.value());
                    emit incidentSaved(r.value());
                    emit changed(r->id);
                } else if (r.error().kind == Error::Kind::Conflict) {
                    // Someone changed it meanwhile: the commander sees both and chooses.
                    remember(conflictRow->current);
                    emit incidentSaved(conflictRow->current);
                    emit conflict(conflictRow->current, patch);
                } else {
                    emit failed(r.error());
                }
                done(true);
            });
    } else if (e.kind == QLatin1String("incident.note")) {
        const QString id = e.incidentId;
        const QString text = e.payload.value(QStringLiteral("text")).toString();
        const QDateTime at = QDateTime::fromString(e.payload.value(QStringLiteral("at")).toString(),
                                                   Qt::ISODateWithMs);
        withRepository<bool>(
            [id, actor, text, at](IncidentRepository &repo) -> Result<bool> {
                auto r = repo.addNote(id, actor, text, at);
                if (!r)
                    return r.error();
                return true;
            },
            [this, done, id](Result<bool> r) {
                if (!r && r.error().kind == Error::Kind::Unreachable)
                    return done(false);
                setOffline(false);
                if (r)
                    emit changed(id);
                else
                    emit failed(r.error());
                done(true);
            });
    } else {
        done(true); // an entry this version does not know: dropped after logging
    }
}

} // namespace ic
