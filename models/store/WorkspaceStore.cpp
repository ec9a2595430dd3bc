#include "models/store/WorkspaceStore.h"

#include "models/store/SqlExecutor.h"

namespace ic {

WorkspaceStore::WorkspaceStore(SqlExecutor *executor, const Clock &clock, QString actor,
                               QObject *parent)
    : QObject(parent), m_executor(executor), m_executorAlive(executor), m_clock(clock),
      m_actor(std::move(actor))
{
    qRegisterMetaType<ic::Error>();
    if (executor)
        m_permissions = Permissions::forSpec(executor->spec());
}

WorkspaceStore::~WorkspaceStore() = default;

bool WorkspaceStore::refuseIfReadOnly(const Error &error)
{
    if (!isReadOnly())
        return false;
    emit failed(m_permissions.isTeam() ? refusal(error.message) : error);
    return true;
}

Error WorkspaceStore::refusal(const QString &profileText, Permissions::Action action) const
{
    if (!m_permissions.isTeam())
        return Error::make(Error::Kind::InvalidInput, profileText);
    return Error::make(Error::Kind::InvalidInput, m_permissions.whyNot(action) + QLatin1Char(' ') +
                                                      tr("Nothing was changed."));
}

void WorkspaceStore::run(std::function<void(QSqlDatabase &)> work,
                         std::function<void(const Error *)> then)
{
    SqlExecutor *worker = executor();
    if (!worker) {
        const Error none =
            Error::make(Error::Kind::Unreachable, tr("No workspace is open. Nothing was changed."));
        then(&none);
        return;
    }
    step(+1);
    worker->run<bool>(
        [work = std::move(work)](QSqlDatabase &db) -> Result<bool> {
            work(db);
            return true;
        },
        this,
        [this, then = std::move(then)](Result<bool> r) {
            // The answer first, then the count: a listener waiting for "all
            // saved" sees the state after the answer was handled.
            then(r ? nullptr : &r.error());
            step(-1);
        });
}

void WorkspaceStore::step(int delta)
{
    m_pending += delta;
    emit pendingChanged(m_pending);
}

} // namespace ic
