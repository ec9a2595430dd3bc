#pragma once
// Private to IncidentStore's two files: a job on the incident repository,
// run on the store's worker at the store's clock.
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"

namespace ic {

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

} // namespace ic
