#pragma once

#include "models/audit/AuditRow.h"
#include "models/audit/Investigation.h"
#include "models/core/Result.h"
#include "models/store/WorkspaceStore.h"

#include <QStringList>

#include <functional>

namespace ic {

// What the audit explorer keeps in the workspace: audit rows pinned to an
// incident as evidence, and the team's saved investigations. Every call
// returns at once and answers by callback; pins are announced with
// changed(incidentId) (they are on the incident's record).
class AuditStore : public WorkspaceStore
{
    Q_OBJECT
public:
    AuditStore(SqlExecutor *executor, const Clock &clock, QString actor, QObject *parent = nullptr);

    template <typename T>
    using Done = std::function<void(const Result<T> &)>;

    struct Pinned
    {
        int pinned = 0;
        QStringList problems; // the rows that were not pinned, and why
    };
    // Pins each row (read from `source`) to the incident; a row refused does
    // not stop the others.
    void pin(const QString &incidentId, const QList<AuditRow> &rows, const QString &source,
             Done<Pinned> done);

    void savedInvestigations(Done<QList<Investigation>> done);
    void saveInvestigation(const Investigation &investigation, Done<Investigation> done);
    void removeInvestigation(const QString &id, Done<bool> done);
};

} // namespace ic
