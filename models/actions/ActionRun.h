#pragma once

#include "models/actions/ActionService.h"
#include "models/store/SqlExecutor.h"

namespace ic {

// One run of an action in this app: from its claim through its attempts to
// its recorded outcome. Shared by ActionService.cpp (which starts runs) and
// ActionRuns.cpp (which drives them).
struct ActionService::Run
{
    ActionRecord record;
    QString incidentRef;
    QString token; // in memory for this run only; never logged or stored
    ApiEndpoint endpoint;
    int runAttempts = 0;
    bool mayHaveActed = false; // some attempt of this run may have reached the platform
    std::function<void(const Result<ActionRecord> &)> onClaimed;
};

// Runs a job on the workspace connection (worker thread); answers here.
template <typename R>
void ActionService::store(std::function<Result<R>(QSqlDatabase &)> job,
                          std::function<void(Result<R>)> done)
{
    if (!m_store) {
        done(Error::make(Error::Kind::Unreachable, tr("No workspace is open. Nothing was sent.")));
        return;
    }
    m_store->run<R>(std::move(job), this, std::move(done));
}

} // namespace ic
