#include "IncidentStore.h"

#include "IncidentRepository.h"
#include "core/Clock.h"
#include "store/SqlExecutor.h"

#include <QCoreApplication>

namespace ic {

IncidentStore::IncidentStore(SqlExecutor *executor, const Clock &clock, QString actor,
                             QObject *parent)
    : QObject(parent), m_executor(executor), m_clock(clock), m_actor(std::move(actor))
{
    qRegisterMetaType<ic::Incident>();
    qRegisterMetaType<ic::Error>();
    qRegisterMetaType<ic::IncidentPatch>();
    qRegisterMetaType<ic::SeverityPolicy>();
}

bool IncidentStore::isReadOnly() const
{
    return m_executor && (m_executor->spec().readOnly || m_executor->spec().reviewer);
}

template <typename R>
void IncidentStore::submit(std::function<Result<R>(IncidentRepository &)> job,
                           std::function<void(Result<R>)> done)
{
    if (!m_executor) {
        emit failed(Error::make(Error::Kind::Unreachable,
                                tr("No workspace is open. Nothing was changed.")));
        return;
    }
    ++m_pending;
    emit pendingChanged(m_pending);
    const Clock *clock = &m_clock;
    m_executor->run<R>(
        [job = std::move(job), clock](QSqlDatabase &db) {
            IncidentRepository repo(db, clock->now());
            return job(repo);
        },
        this,
        [this, done = std::move(done)](Result<R> r) {
            // The answer first, then the count: a listener waiting for "all
            // saved" sees the state after the answer was handled.
            done(std::move(r));
            --m_pending;
            emit pendingChanged(m_pending);
        });
}

void IncidentStore::reload()
{
    submit<QList<Incident>>([](IncidentRepository &repo) { return repo.list(); },
                            [this](Result<QList<Incident>> r) {
                                if (r)
                                    emit incidentsLoaded(r.value());
                                else
                                    emit failed(r.error());
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
    const QString actor = m_actor;
    submit<Incident>([draft, actor](IncidentRepository &repo) { return repo.create(draft, actor); },
                     [this, done](Result<Incident> r) {
                         if (done)
                             done(r);
                         if (!r) {
                             emit failed(r.error());
                             return;
                         }
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
    const QString actor = m_actor;
    auto conflictRow = std::make_shared<IncidentConflict>();
    submit<Incident>(
        [id, baseVersion, patch, actor, conflictRow](IncidentRepository &repo) {
            return repo.update(id, baseVersion, patch, actor, conflictRow.get());
        },
        [this, patch, conflictRow, done](Result<Incident> r) {
            if (done)
                done(r, conflictRow->current);
            if (r) {
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
    submit<QList<IncidentEvent>>(
        [incidentId](IncidentRepository &repo) { return repo.events(incidentId); },
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
    const QString actor = m_actor;
    submit<bool>(
        [incidentId, actor, text](IncidentRepository &repo) -> Result<bool> {
            auto r = repo.addNote(incidentId, actor, text);
            if (!r)
                return r.error();
            return true;
        },
        [this, incidentId](Result<bool> r) {
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
    submit<SeverityPolicy>(
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
    const QString actor = m_actor;
    submit<SeverityPolicy>(
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
