#pragma once

#include "models/actions/ActionKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ic {

// Where an action is: written (pending), being sent (in flight), or done
// with a known or unknown outcome.
enum class ActionState { Pending, InFlight, Succeeded, Failed, Unknown };

QString stateCode(ActionState s); // "pending", "in_flight", ...
std::optional<ActionState> stateFromCode(const QString &code);
QString stateLabel(ActionState s); // translated

// Who is sending an action right now: one running app, identified so that
// another can tell whether it is still alive (same workstation: its process
// id; elsewhere: the lease).
struct ActionClaim
{
    QString instance; // unique per running app
    QString host;     // Workstation::id(): installation and boot, not the host name
    qint64 pid = 0;
    QDateTime until; // the lease; renewed with every attempt

    static ActionClaim forThisProcess(const QString &instance, const QDateTime &until);
};

// One row of the outbox (ic_actions): the action, what was confirmed, and
// what became of it.
struct ActionRecord
{
    QString id; // a UUID; also the Idempotency-Key
    QString incidentId;
    ActionKind kind = ActionKind::RevokeUserTokens;
    QString target;
    QString reason;
    Backend backend = Backend::Sql;
    QString endpoint;       // API base URL, or the audit source described
    QString method;         // "POST" (API)
    QString path;           // "/admin/users/usr_1/revoke-all-tokens" (API)
    QByteArray body;        // the exact bytes sent on every attempt (API)
    QString preview;        // what the commander saw and confirmed
    int expectedCount = -1; // objects the preview counted; -1 unknown
    ActionState state = ActionState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int httpStatus = 0;
    QString requestId;
    int affectedCount = -1;
    QString result; // last outcome, for people
    ActionClaim claim;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QDateTime dismissedAt;
    QString dismissedBy;
    // The two-person rule (team workspaces; empty elsewhere): none,
    // required, approved, rejected, break_glass. Chosen by the server.
    QString approvalState;
    QString breakGlassReason;

    // Never tried: a superuser (whom the server does not hold to the rule)
    // may have sent one anyway, and then it is an ordinary action.
    bool waitingForApproval() const
    {
        return approvalState == QLatin1String("required") && attempts == 0;
    }
    bool rejected() const { return approvalState == QLatin1String("rejected") && attempts == 0; }
    bool brokeGlass() const { return approvalState == QLatin1String("break_glass"); }

    bool isFinished() const
    {
        return state == ActionState::Succeeded || state == ActionState::Failed;
    }
    // Left unfinished or with an unknown outcome, and nobody decided yet.
    // One waiting for approval or rejected is not unfinished: nobody may
    // run it yet, or ever.
    bool needsAttention() const
    {
        return !dismissedAt.isValid() && !isFinished() && !waitingForApproval() && !rejected();
    }
    // Another running app is sending it (its lease holds and, on this host,
    // its process is alive).
    bool claimedByOther(const QString &instance, const QDateTime &nowUtc) const;
    QString label() const { return Actions::label(kind, target); }
    // The timeline details of this action (never the token).
    QJsonObject details() const;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::ActionRecord)
