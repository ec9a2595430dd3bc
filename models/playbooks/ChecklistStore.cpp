#include "models/playbooks/ChecklistStore.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/playbooks/ChecklistRepository.h"
#include "models/store/SqlExecutor.h"

namespace ic {

ChecklistStore::ChecklistStore(SqlExecutor *executor, const Clock &clock, QString actor,
                               QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{
    qRegisterMetaType<ic::IncidentChecklists>();
}

template <typename R>
void ChecklistStore::withRepository(std::function<Result<R>(ChecklistRepository &)> job,
                                    std::function<void(Result<R>)> done)
{
    const Clock *clock = &this->clock();
    submit<R>(
        [job = std::move(job), clock](QSqlDatabase &db) {
            ChecklistRepository repo(db, clock->now());
            return job(repo);
        },
        std::move(done));
}

bool ChecklistStore::refuseReadOnly(const QString &what)
{
    return refuseIfReadOnly(
        Error::make(Error::Kind::InvalidInput,
                    tr("This is a read-only reviewer profile; %1 Nothing was changed.").arg(what)));
}

void ChecklistStore::load(const QString &incidentId)
{
    // Every pane showing the incident asks after a change; the load still
    // waiting in the queue answers all of them (by signal).
    const QString key = QStringLiteral("load:") + incidentId;
    if (isQueued(key))
        return;
    const Clock *clock = &this->clock();
    submitShared<IncidentChecklists>(
        key,
        [incidentId, clock](QSqlDatabase &db) {
            return ChecklistRepository(db, clock->now()).load(incidentId);
        },
        [this](Result<IncidentChecklists> r) {
            if (r)
                emit loaded(r.value());
            else
                emit failed(r.error());
        });
}

void ChecklistStore::attach(const QString &incidentId, const Playbook &playbook,
                            const QString &sourceSha256,
                            std::function<void(const Result<Checklist> &)> done,
                            const QDateTime &deadlinesFrom)
{
    if (isReadOnly()) {
        const Error e = refusal(tr("This is a read-only reviewer profile; playbooks cannot "
                                   "be attached. Nothing was changed."));
        if (done)
            done(e);
        emit failed(e);
        return;
    }
    const QString actor = this->actor();
    withRepository<Checklist>(
        [incidentId, playbook, sourceSha256, actor, deadlinesFrom](ChecklistRepository &repo) {
            return repo.attach(incidentId, playbook, sourceSha256, actor, deadlinesFrom);
        },
        [this, incidentId, done](Result<Checklist> r) {
            if (done)
                done(r);
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit changed(incidentId);
            load(incidentId);
        });
}

void ChecklistStore::setState(const QString &incidentId, const QString &itemId,
                              ChecklistItem::State state, const QString &reason,
                              const QDateTime &happenedAt)
{
    if (refuseReadOnly(tr("checklist steps cannot be ticked or skipped.")))
        return;
    if (state == ChecklistItem::State::Skipped) {
        if (auto v = ChecklistRepository::validateReason(reason); !v) {
            emit failed(v.error());
            return;
        }
    }
    const QString actor = this->actor();
    withRepository<ItemChange>(
        [itemId, state, reason, actor, happenedAt](ChecklistRepository &repo) {
            return repo.setState(itemId, state, reason, actor, happenedAt);
        },
        [this, incidentId](Result<ItemChange> r) {
            if (!r) {
                emit failed(r.error());
                load(incidentId); // show the state as it is
                return;
            }
            if (!r->changed) {
                const ChecklistItem &it = r->item;
                QString message;
                switch (it.state) {
                case ChecklistItem::State::Done:
                    message = tr("“%1” was already ticked by %2 at %3.")
                                  .arg(it.text, it.stateBy, TimeText::local(it.stateAt));
                    break;
                case ChecklistItem::State::Skipped:
                    message =
                        tr("“%1” was already skipped by %2 at %3: %4")
                            .arg(it.text, it.stateBy, TimeText::local(it.stateAt), it.stateReason);
                    break;
                case ChecklistItem::State::Open:
                    message = it.stateBy.isEmpty()
                                  ? tr("“%1” is open.").arg(it.text)
                                  : tr("“%1” was already reopened by %2 at %3.")
                                        .arg(it.text, it.stateBy, TimeText::local(it.stateAt));
                    break;
                }
                emit alreadyDone(incidentId, message);
            } else {
                emit changed(incidentId);
            }
            load(incidentId);
        });
}

void ChecklistStore::addNote(const QString &incidentId, const QString &itemId, const QString &text,
                             std::function<void(const Result<void> &)> done)
{
    auto refuse = [&](const Error &e) {
        if (done)
            done(e);
        emit failed(e);
    };
    if (isReadOnly()) {
        refuse(refusal(tr("This is a read-only reviewer profile; notes cannot be added. "
                          "Nothing was changed.")));
        return;
    }
    if (auto v = ChecklistRepository::validateNote(text); !v) {
        refuse(v.error());
        return;
    }
    const QString actor = this->actor();
    withRepository<bool>(
        [itemId, text, actor](ChecklistRepository &repo) -> Result<bool> {
            if (auto r = repo.addNote(itemId, text, actor); !r)
                return r.error();
            return true;
        },
        [this, incidentId, done](Result<bool> r) {
            if (done)
                done(r ? Result<void>() : Result<void>(r.error()));
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit changed(incidentId);
            load(incidentId);
        });
}

} // namespace ic
