#include "models/escalation/EscalationStore.h"

#include "models/core/Clock.h"
#include "models/store/SqlExecutor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ic {

EscalationStore::EscalationStore(SqlExecutor *executor, const Clock &clock, QString actor,
                                 QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{
    qRegisterMetaType<ic::EscalationState>();
    qRegisterMetaType<ic::EscalationRecord>();
    qRegisterMetaType<ic::EscalationPolicy>();
}

template <typename R>
void EscalationStore::withRepository(std::function<Result<R>(EscalationRepository &)> job,
                                     std::function<void(Result<R>)> done)
{
    const Clock *clock = &this->clock();
    submit<R>(
        [job = std::move(job), clock](QSqlDatabase &db) {
            EscalationRepository repo(db, clock->now());
            return job(repo);
        },
        std::move(done));
}

bool EscalationStore::refuseReadOnly(const QString &what)
{
    return refuseIfReadOnly(Error::make(Error::Kind::InvalidInput,
                                        tr("This is a read-only reviewer profile; %1 was not "
                                           "recorded. Nothing was changed.")
                                            .arg(what)));
}

void EscalationStore::loadState(const QString &incidentId)
{
    withRepository<EscalationState>(
        [incidentId](EscalationRepository &repo) { return repo.state(incidentId); },
        [this, incidentId](Result<EscalationState> r) {
            if (r)
                emit stateLoaded(incidentId, r.value());
            else
                emit failed(r.error());
        });
}

void EscalationStore::record(const QString &incidentId, EscalationRecord::Kind kind,
                             const EscalationTarget &target)
{
    if (refuseReadOnly(kind == EscalationRecord::Kind::Notified ? tr("the notification")
                                                                : tr("the acknowledgement")))
        return;
    const QString actor = this->actor();
    withRepository<EscalationRecord>(
        [incidentId, kind, target, actor](EscalationRepository &repo) {
            return repo.record(incidentId, kind, target, actor);
        },
        [this, incidentId](Result<EscalationRecord> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit recorded(incidentId, r.value());
            emit changed(incidentId);
            loadState(incidentId);
        });
}

void EscalationStore::setDataBreach(const QString &incidentId, std::optional<bool> dataBreach)
{
    if (refuseReadOnly(tr("the data-breach answer")))
        return;
    const QString actor = this->actor();
    withRepository<bool>(
        [incidentId, dataBreach, actor](EscalationRepository &repo) -> Result<bool> {
            if (auto r = repo.setDataBreach(incidentId, dataBreach, actor); !r)
                return r.error();
            return true;
        },
        [this, incidentId](Result<bool> r) {
            if (!r) {
                emit failed(r.error());
                loadState(incidentId); // show what is stored, not what was asked
                return;
            }
            emit changed(incidentId);
            loadState(incidentId);
        });
}

void EscalationStore::decide(const QString &incidentId, const QString &policy,
                             const QString &nodeId, const QString &question,
                             const QString &targetId, const QString &answer)
{
    if (refuseReadOnly(tr("the decision")))
        return;
    const QString actor = this->actor();
    withRepository<bool>(
        [=](EscalationRepository &repo) -> Result<bool> {
            if (auto r = repo.decide(incidentId, policy, nodeId, question, targetId, answer, actor);
                !r)
                return r.error();
            return true;
        },
        [this, incidentId](Result<bool> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit changed(incidentId);
            loadState(incidentId);
        });
}

void EscalationStore::loadPolicies()
{
    struct Loaded
    {
        QList<EscalationPolicy> imported;
        QString active;
    };
    withRepository<Loaded>(
        [](EscalationRepository &repo) -> Result<Loaded> {
            auto imported = repo.importedPolicies();
            if (!imported)
                return imported.error();
            auto active = repo.activePolicy();
            if (!active)
                return active.error();
            return Loaded{imported.value(), active.value()};
        },
        [this](Result<Loaded> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            QList<EscalationPolicy> all = EscalationPolicies::builtIn();
            all.append(r->imported);
            emit policiesLoaded(all, r->active);
        });
}

void EscalationStore::importPolicyFile(const QString &path)
{
    if (refuseReadOnly(tr("the policy")))
        return;
    const QString actor = this->actor();
    withRepository<EscalationPolicy>(
        [path, actor](EscalationRepository &repo) -> Result<EscalationPolicy> {
            const QFileInfo info(path);
            QFile file(path);
            if (info.size() > EscalationPolicies::MaxFileBytes)
                return Error::make(Error::Kind::InvalidInput,
                                   QCoreApplication::translate(
                                       "ic::EscalationStore",
                                       "%1 is larger than %2 KiB; an escalation policy is a "
                                       "short document. Nothing was imported.")
                                       .arg(path)
                                       .arg(EscalationPolicies::MaxFileBytes / 1024));
            if (!file.open(QIODevice::ReadOnly))
                return Error::make(
                    Error::Kind::NotFound,
                    QCoreApplication::translate("ic::EscalationStore",
                                                "%1 could not be read (%2). Nothing was imported.")
                        .arg(path, file.errorString()));
            const QByteArray bytes = file.read(EscalationPolicies::MaxFileBytes + 1);
            return repo.importPolicy(info.completeBaseName(), bytes, path, actor);
        },
        [this](Result<EscalationPolicy> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit policyImported(r.value());
            loadPolicies();
        });
}

void EscalationStore::choosePolicyGraph(const QString &name, int graph)
{
    if (refuseReadOnly(tr("the policy")))
        return;
    const QString actor = this->actor();
    withRepository<EscalationPolicy>(
        [name, graph, actor](EscalationRepository &repo) {
            return repo.choosePolicyGraph(name, graph, actor);
        },
        [this](Result<EscalationPolicy> r) {
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit policyGraphChosen(r.value());
            loadPolicies();
        });
}

void EscalationStore::setActivePolicy(const QString &name)
{
    if (refuseReadOnly(tr("the choice of policy")))
        return;
    withRepository<bool>(
        [name](EscalationRepository &repo) -> Result<bool> {
            if (auto r = repo.setActivePolicy(name); !r)
                return r.error();
            return true;
        },
        [this](Result<bool> r) {
            if (!r)
                emit failed(r.error());
            loadPolicies();
        });
}

} // namespace ic
