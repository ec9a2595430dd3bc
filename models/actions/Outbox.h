#pragma once

#include "models/actions/ActionRecord.h"
#include "models/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ic {

// What one attempt came to, as recorded in the outbox and on the timeline.
struct AttemptReport
{
    int httpStatus = 0;
    QString requestId;
    int affected = -1;
    QString result; // for people: what happened on this attempt
};

// The durable outbox of containment actions (ic_actions) in the workspace.
// Every change of state is one transaction with its timeline event
// (EventLog), so the record and the outbox never disagree.
namespace Outbox {

// Writes a new action as pending, with an "action.requested" event, before
// anything is sent. `draft.id` must be a new UUID.
Result<ActionRecord> create(QSqlDatabase &db, const ActionRecord &draft, const QString &actor,
                            const QDateTime &nowUtc);

// Takes the action for sending by `claim` and counts the attempt
// ("action.attempt"). Refuses a succeeded action and one another running app
// is sending. `resumed`: the commander picked it up again after a restart.
Result<ActionRecord> claim(QSqlDatabase &db, const QString &id, const ActionClaim &claim,
                           const QString &actor, bool resumed, const QDateTime &nowUtc);

// The attempt failed in a way worth retrying; the next one is due at `next`.
// Only the app whose claim (`instance`) the row still holds may record it:
// one whose lease ran out and was taken over gets a Conflict.
Result<ActionRecord> retryLater(QSqlDatabase &db, const QString &id, const QString &instance,
                                const AttemptReport &report, const QDateTime &next,
                                const QString &actor, const QDateTime &nowUtc);

// The final outcome: succeeded, failed or unknown. Releases the claim.
// Never turns a succeeded action into anything else; refused (Conflict) to
// an app that no longer holds the claim.
Result<ActionRecord> finish(QSqlDatabase &db, const QString &id, const QString &instance,
                            ActionState state, const AttemptReport &report, const QString &actor,
                            const QDateTime &nowUtc);

// The commander decided not to resume an unfinished action or one with an
// unknown outcome; recorded with their note.
Result<ActionRecord> dismiss(QSqlDatabase &db, const QString &id, const QString &instance,
                             const QString &note, const QString &actor, const QDateTime &nowUtc);

Result<ActionRecord> byId(QSqlDatabase &db, const QString &id);
// An action and its incident's reference (for what is sent with it).
Result<std::pair<ActionRecord, QString>> withIncidentRef(QSqlDatabase &db, const QString &id);
Result<QList<ActionRecord>> forIncident(QSqlDatabase &db, const QString &incidentId);
// Unfinished or unknown and not dismissed, in every incident, oldest first.
Result<QList<ActionRecord>> needingAttention(QSqlDatabase &db);

} // namespace Outbox
} // namespace ic
