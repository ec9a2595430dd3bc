#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ic::Team {

// One decision on a containment action: an approver's approval or
// rejection, or a commander's break-glass.
struct Approval
{
    qint64 id = 0;
    QString actionId;
    QString incidentId;
    QString decision; // approved, rejected, break_glass
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
};

// Where an action stands with the two-person rule.
struct ApprovalStatus
{
    QString actionId;
    QString incidentId;
    QString kind; // the action's code, "tenant.suspend"
    QString target;
    QString requestedBy;
    QString actionState;   // pending, in_flight, ...
    QString approvalState; // none, required, approved, rejected, break_glass
    QString breakGlassReason;
    QString preview; // what the requester saw and confirmed
    QList<Approval> decisions;

    bool waiting() const { return approvalState == QLatin1String("required"); }
};

// The two-person rule of a team workspace (store schema 16 on). Each
// decision is checked by the server (ic_decide_action, ic_break_glass) and
// goes on the incident's timeline in the same transaction. A refusal comes
// back as Error::Kind::PermissionDenied with the server's reason ("Only an
// approver other than you can approve this: you requested it. ...").
namespace Approvals {

Result<Approval> approve(QSqlDatabase &db, const QString &actionId, const QString &note,
                         const QDateTime &nowUtc);
Result<Approval> reject(QSqlDatabase &db, const QString &actionId, const QString &reason,
                        const QDateTime &nowUtc);
Result<Approval> breakGlass(QSqlDatabase &db, const QString &actionId, const QString &justification,
                            const QDateTime &nowUtc);

Result<ApprovalStatus> status(QSqlDatabase &db, const QString &actionId);
// Requests waiting for a decision, oldest first (what approvers are shown).
Result<QList<ApprovalStatus>> waiting(QSqlDatabase &db);
// Actions run by break-glass, per incident (the incident list's flag).
Result<QStringList> incidentsWithBreakGlass(QSqlDatabase &db);
// Every action run by break-glass: each is news to every member, the second
// in an incident as much as the first.
struct BreakGlassRun
{
    QString actionId;
    QString incidentId;
};
Result<QList<BreakGlassRun>> breakGlassRuns(QSqlDatabase &db);

// Which action kinds need approval (codes; "ip.block.wide": networks wider
// than /24 or /48), and the admins' change of it (recorded).
Result<QStringList> policy(QSqlDatabase &db);
Result<void> setPolicy(QSqlDatabase &db, const QStringList &kinds);
Result<bool> needsApproval(QSqlDatabase &db, const QString &kindCode, const QString &target);

} // namespace Approvals
} // namespace ic::Team
