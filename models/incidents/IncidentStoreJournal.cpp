// The offline journal of incident edits: what was kept while the database
// was away, its replay in order when it is back, and the commander's
// decision on an edit that conflicts with someone else's.
#include "models/incidents/IncidentStore.h"

#include "models/incidents/IncidentStoreJobs.h"
#include "models/store/OfflineJournal.h"
#include "models/store/SqlExecutor.h"

#include <QCoreApplication>
#include <QUuid>

namespace ic {

struct IncidentStore::JournalEntry : OfflineJournal::Entry
{};

// What one replayed entry came to on the database.
struct IncidentStore::Replayed
{
    bool already = false;  // its edit id was on the record: applied before, not again
    bool conflict = false; // someone changed the incident after the edit's base version
    Incident incident;     // created or updated; for a conflict, the current row
    QString problem;       // for a conflict: the message
};

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
    m_journal->run<std::pair<int, int>>(
        [](QSqlDatabase &db) -> Result<std::pair<int, int>> {
            if (auto s = OfflineJournal::ensureSchema(db); !s)
                return s.error();
            auto p = OfflineJournal::pending(db);
            if (!p)
                return p.error();
            int flagged = 0;
            for (const OfflineJournal::Entry &e : p.value())
                flagged += e.needsDecision() ? 1 : 0;
            return std::pair{int(p->size()) - flagged, flagged};
        },
        this,
        [this](Result<std::pair<int, int>> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            m_waiting = r->first;
            m_flagged = r->second;
            emit journalChanged(m_waiting);
            emit journalFlaggedChanged(m_flagged);
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
            auto kept = OfflineJournal::pending(db);
            if (!kept)
                return kept.error();
            int waiting = 0;
            for (const OfflineJournal::Entry &e : kept.value())
                waiting += e.needsDecision() ? 0 : 1;
            // Edits to one incident merge into the one waiting, keeping its
            // base version: replayed, they are one change with one conflict
            // check. One kept for a decision is left as it is.
            if (kind == QLatin1String("incident.update")) {
                for (auto it = kept->crbegin(); it != kept->crend(); ++it) {
                    if (it->incidentId != incidentId)
                        continue;
                    if (it->kind == QLatin1String("incident.update") && !it->needsDecision()) {
                        QJsonObject merged = it->payload;
                        merged.insert(
                            QStringLiteral("patch"),
                            patchToJson(mergePatches(
                                patchFromJson(
                                    it->payload.value(QStringLiteral("patch")).toObject()),
                                patchFromJson(payload.value(QStringLiteral("patch")).toObject()))));
                        if (auto r = OfflineJournal::replacePayload(db, it->seq, merged); !r)
                            return r.error();
                        return waiting;
                    }
                    break;
                }
            }
            OfflineJournal::Entry e;
            e.kind = kind;
            e.incidentId = incidentId;
            e.payload = payload;
            e.createdAt = now;
            auto added = OfflineJournal::append(db, e);
            if (!added)
                return added.error();
            return waiting + 1;
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
    m_heldBack.clear();
    m_journal->run<QList<OfflineJournal::Entry>>(
        [](QSqlDatabase &db) -> Result<QList<OfflineJournal::Entry>> {
            if (auto s = OfflineJournal::ensureSchema(db); !s)
                return s.error();
            return OfflineJournal::pending(db);
        },
        this,
        [this](Result<QList<OfflineJournal::Entry>> r) {
            if (!r) {
                m_replaying = false;
                emit failed(r.error());
                return;
            }
            QList<JournalEntry> entries;
            for (const OfflineJournal::Entry &e : r.value())
                entries.append(JournalEntry{e});
            replayNext(entries);
        });
}

void IncidentStore::replayNext(QList<JournalEntry> rest)
{
    // Entries kept for a decision wait, and so does everything after them
    // for the same incident (a note on an incident whose creation waits).
    while (!rest.isEmpty()) {
        const JournalEntry &first = rest.first();
        if (first.needsDecision())
            m_heldBack.insert(first.incidentId);
        if (!first.needsDecision() && !m_heldBack.contains(first.incidentId))
            break;
        rest.removeFirst();
    }
    if (rest.isEmpty()) {
        m_replaying = false;
        countJournal();
        return;
    }
    const JournalEntry e = rest.takeFirst();
    const QString actor = e.payload.value(QStringLiteral("actor")).toString();
    const QString editId = e.editId;
    auto settle = [this, e, rest](Result<Replayed> r) { settleReplay(e, rest, r); };
    // Each job first asks whether the edit is on the record already (a
    // commit whose acknowledgement was lost), then applies it with its id.
    auto alreadyApplied = [editId](IncidentRepository &repo) -> Result<bool> {
        auto has = repo.hasEdit(editId);
        if (!has)
            return has.error();
        repo.setEditId(editId);
        return has.value();
    };
    if (e.kind == QLatin1String("incident.create")) {
        const NewIncident draft = newIncidentFromJson(e.payload);
        withRepository<Replayed>(
            [draft, actor, alreadyApplied](IncidentRepository &repo) -> Result<Replayed> {
                auto already = alreadyApplied(repo);
                if (!already)
                    return already.error();
                if (already.value())
                    return Replayed{true, false, {}, {}};
                auto r = repo.create(draft, actor);
                if (!r && IncidentRepository::isDuplicateEdit(r.error()))
                    return Replayed{true, false, {}, {}};
                if (!r)
                    return r.error();
                return Replayed{false, false, r.value(), {}};
            },
            settle);
    } else if (e.kind == QLatin1String("incident.update")) {
        const QString id = e.incidentId;
        const int base = e.payload.value(QStringLiteral("base_version")).toInt();
        const IncidentPatch patch =
            patchFromJson(e.payload.value(QStringLiteral("patch")).toObject());
        withRepository<Replayed>(
            [id, base, patch, actor, alreadyApplied](IncidentRepository &repo) -> Result<Replayed> {
                auto already = alreadyApplied(repo);
                if (!already)
                    return already.error();
                if (already.value())
                    return Replayed{true, false, {}, {}};
                IncidentConflict conflictRow;
                auto r = repo.update(id, base, patch, actor, &conflictRow);
                if (!r && IncidentRepository::isDuplicateEdit(r.error()))
                    return Replayed{true, false, {}, {}};
                if (!r && r.error().kind == Error::Kind::Conflict)
                    return Replayed{false, true, conflictRow.current, r.error().message};
                if (!r)
                    return r.error();
                return Replayed{false, false, r.value(), {}};
            },
            [this, e, rest, patch](Result<Replayed> r) {
                if (r && r->conflict) {
                    // Someone changed it meanwhile: the commander sees both and chooses.
                    remember(r->incident);
                    emit incidentSaved(r->incident);
                    emit conflict(r->incident, patch);
                }
                settleReplay(e, rest, r);
            });
    } else {
        const QString id = e.incidentId;
        const QString text = e.payload.value(QStringLiteral("text")).toString();
        const QDateTime at = QDateTime::fromString(e.payload.value(QStringLiteral("at")).toString(),
                                                   Qt::ISODateWithMs);
        withRepository<Replayed>(
            [id, actor, text, at, alreadyApplied](IncidentRepository &repo) -> Result<Replayed> {
                auto already = alreadyApplied(repo);
                if (!already)
                    return already.error();
                if (already.value())
                    return Replayed{true, false, {}, {}};
                auto r = repo.addNote(id, actor, text, at);
                if (!r && IncidentRepository::isDuplicateEdit(r.error()))
                    return Replayed{true, false, {}, {}};
                if (!r)
                    return r.error();
                return Replayed{};
            },
            settle);
    }
}

void IncidentStore::settleReplay(const JournalEntry &e, QList<JournalEntry> rest,
                                 const Result<Replayed> &r)
{
    if (!r && r.error().kind == Error::Kind::Unreachable) {
        // Still offline (or the answer was lost): this entry and the rest
        // stay for the next attempt; the edit id keeps a lost commit from
        // being applied twice.
        m_replaying = false;
        setOffline(true);
        countJournal();
        return;
    }
    setOffline(false);
    if (r && !r->conflict) {
        if (!r->already && !r->incident.id.isEmpty()) {
            remember(r->incident);
            emit incidentSaved(r->incident);
        }
        emit changed(e.incidentId);
        m_journal->run<bool>(
            [seq = e.seq](QSqlDatabase &db) -> Result<bool> {
                if (auto d = OfflineJournal::remove(db, seq); !d)
                    return d.error();
                return true;
            },
            this,
            [this, rest](Result<bool> removed) {
                if (!removed)
                    emit failed(removed.error());
                replayNext(rest);
            });
        return;
    }
    // The database did not take it: kept, with why, for the person.
    QString kind = QStringLiteral("failed");
    QString problem;
    if (r) {
        kind = QStringLiteral("conflict");
        problem = r->problem;
    } else {
        const Error &err = r.error();
        if (err.kind == Error::Kind::InvalidInput || err.kind == Error::Kind::NotFound)
            kind = QStringLiteral("refused");
        problem = err.detail.isEmpty() ? err.message
                                       : err.message + QStringLiteral(" (") + err.detail.left(300) +
                                             QLatin1Char(')');
    }
    m_heldBack.insert(e.incidentId);
    const QDateTime now = clock().now();
    m_journal->run<bool>(
        [seq = e.seq, kind, problem, now](QSqlDatabase &db) -> Result<bool> {
            if (auto f = OfflineJournal::flag(db, seq, kind, problem, now); !f)
                return f.error();
            return true;
        },
        this,
        [this, rest, kind, problem](Result<bool> flagged) {
            if (!flagged)
                emit failed(flagged.error());
            else if (kind != QLatin1String("conflict"))
                emit failed(Error::make(Error::Kind::Queued,
                                        tr("An edit kept on this workstation was not accepted by "
                                           "the team database: %1 It stays in the journal until "
                                           "you decide what to do with it.")
                                            .arg(problem)));
            replayNext(rest);
        });
}

void IncidentStore::loadJournal()
{
    if (!m_journal)
        return;
    m_journal->run<QList<OfflineJournal::Entry>>(
        [](QSqlDatabase &db) -> Result<QList<OfflineJournal::Entry>> {
            if (auto s = OfflineJournal::ensureSchema(db); !s)
                return s.error();
            return OfflineJournal::pending(db);
        },
        this,
        [this](Result<QList<OfflineJournal::Entry>> r) {
            if (r)
                emit journalLoaded(r.value());
            else
                emit failed(r.error());
        });
}

void IncidentStore::resolveJournalEntry(qint64 seq, JournalDecision decision,
                                        std::function<void(const Result<void> &)> done)
{
    auto answer = [this, done](const Result<void> &r) {
        if (done)
            done(r);
        else if (!r)
            emit failed(r.error());
    };
    if (!m_journal) {
        answer(Error::make(Error::Kind::Unreachable, tr("No journal is open.")));
        return;
    }
    auto finish = [this, answer, decision](Result<bool> r) {
        if (!r) {
            answer(r.error());
            return;
        }
        countJournal();
        loadJournal();
        if (decision != JournalDecision::Discard && !m_offline)
            replayJournal();
        answer(success());
    };
    if (decision != JournalDecision::ApplyOverCurrent) {
        m_journal->run<bool>(
            [seq, decision](QSqlDatabase &db) -> Result<bool> {
                auto r = decision == JournalDecision::Discard ? OfflineJournal::remove(db, seq)
                                                              : OfflineJournal::unflag(db, seq);
                if (!r)
                    return r.error();
                return true;
            },
            this, finish);
        return;
    }
    // Over the current version: read it, then send the edit again based on it.
    m_journal->run<OfflineJournal::Entry>(
        [seq](QSqlDatabase &db) -> Result<OfflineJournal::Entry> {
            auto all = OfflineJournal::pending(db);
            if (!all)
                return all.error();
            for (const OfflineJournal::Entry &e : all.value()) {
                if (e.seq == seq)
                    return e;
            }
            return Error::make(Error::Kind::NotFound,
                               tr("This kept edit is no longer in the journal."));
        },
        this,
        [this, seq, answer, finish](Result<OfflineJournal::Entry> entry) {
            if (!entry || entry->kind != QLatin1String("incident.update")) {
                answer(entry ? Error::make(Error::Kind::InvalidInput,
                                           tr("Only a change to an incident can be applied over "
                                              "the current version."))
                             : entry.error());
                return;
            }
            const QString id = entry->incidentId;
            const QJsonObject payload = entry->payload;
            withRepository<int>(
                [id](IncidentRepository &repo) -> Result<int> {
                    auto current = repo.get(id);
                    if (!current)
                        return current.error();
                    return current->version;
                },
                [this, seq, payload, answer, finish](Result<int> version) {
                    if (!version) {
                        answer(version.error());
                        return;
                    }
                    QJsonObject rebased = payload;
                    rebased.insert(QStringLiteral("base_version"), version.value());
                    m_journal->run<bool>(
                        [seq, rebased](QSqlDatabase &db) -> Result<bool> {
                            if (auto u = OfflineJournal::unflag(db, seq, rebased); !u)
                                return u.error();
                            return true;
                        },
                        this, finish);
                });
        });
}

} // namespace ic
