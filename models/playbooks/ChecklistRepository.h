#pragma once

#include "models/core/Result.h"
#include "models/playbooks/Checklist.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace ic {

// Reads and writes the checklists of incidents in one workspace database.
// Synchronous: call it on a worker thread (ChecklistStore) or from a test.
// Every change is recorded as an incident event in the same transaction.
class ChecklistRepository
{
public:
    ChecklistRepository(QSqlDatabase db, const QDateTime &nowUtc);

    Result<IncidentChecklists> load(const QString &incidentId);

    // Copies the playbook's steps onto the incident. A playbook is attached
    // once per incident; a second attach is refused and changes nothing.
    // deadlinesFrom: where its deadlines count from when not from detection
    // (a playbook attached late); between detection and now.
    Result<Checklist> attach(const QString &incidentId, const Playbook &playbook,
                             const QString &sourceSha256, const QString &actor,
                             const QDateTime &deadlinesFrom = {});

    // Moves an item to `state` (a skip needs a reason). Idempotent: when the
    // item already is in that state nothing is written or recorded, and the
    // answer says so with the row as someone else left it. happenedAt: a
    // step done earlier than it is ticked (between detection and now; only
    // for Done); recorded as backdated, by `actor`, now.
    Result<ItemChange> setState(const QString &itemId, ChecklistItem::State state,
                                const QString &reason, const QString &actor,
                                const QDateTime &happenedAt = {});

    Result<void> addNote(const QString &itemId, const QString &text, const QString &actor);

    static Result<void> validateReason(const QString &reason);
    static Result<void> validateNote(const QString &text);

private:
    Result<ChecklistItem> item(const QString &itemId, bool lock);

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace ic
