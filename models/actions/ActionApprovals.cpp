// Approvals of high-impact actions: an approver's decision, the requester's
// break-glass, and the lists of what waits.
#include "models/actions/ActionService.h"

#include "models/actions/ActionRun.h"
#include "models/core/Clock.h"

namespace ic {

void ActionService::approve(const QString &actionId, const QString &note,
                            std::function<void(const Result<ActionRecord> &)> done)
{
    decide(actionId, true, note, std::move(done));
}

void ActionService::reject(const QString &actionId, const QString &reason,
                           std::function<void(const Result<ActionRecord> &)> done)
{
    decide(actionId, false, reason, std::move(done));
}

void ActionService::decide(const QString &actionId, bool approved, const QString &text,
                           std::function<void(const Result<ActionRecord> &)> done)
{
    // An approver need not edit anything else: only this right counts.
    if (!m_store) {
        done(Error::make(Error::Kind::Unreachable,
                         tr("No workspace is open. Nothing was changed.")));
        return;
    }
    if (const QString why = whyNot(Permissions::Action::Approve); !why.isEmpty()) {
        done(Error::make(Error::Kind::PermissionDenied, why + tr(" Nothing was changed.")));
        return;
    }
    const QDateTime now = m_clock.now();
    store<ActionRecord>(
        [actionId, approved, text, now](QSqlDatabase &db) -> Result<ActionRecord> {
            auto d = approved ? Team::Approvals::approve(db, actionId, text, now)
                              : Team::Approvals::reject(db, actionId, text, now);
            if (!d)
                return d.error();
            return Outbox::byId(db, actionId);
        },
        [this, done](Result<ActionRecord> r) {
            if (r)
                changed(r.value());
            done(r);
        });
}

void ActionService::breakGlass(const QString &actionId, const QString &justification,
                               std::function<void(const Result<ActionRecord> &)> done)
{
    if (auto ro = refuseIfReadOnly(Permissions::Action::Contain); !ro) {
        done(Error(ro.error()));
        return;
    }
    if (justification.trimmed().isEmpty()) {
        done(Error::make(Error::Kind::InvalidInput,
                         tr("Breaking glass needs a justification; it goes on the timeline, "
                            "flagged. Nothing was run.")));
        return;
    }
    if (m_runs.contains(actionId)) {
        done(Error::make(Error::Kind::Conflict, tr("This action is being sent right now.")));
        return;
    }
    const QDateTime now = m_clock.now();
    store<std::pair<ActionRecord, QString>>(
        [actionId, justification,
         now](QSqlDatabase &db) -> Result<std::pair<ActionRecord, QString>> {
            auto d = Team::Approvals::breakGlass(db, actionId, justification, now);
            if (!d)
                return d.error();
            return Outbox::withIncidentRef(db, actionId);
        },
        [this, done](Result<std::pair<ActionRecord, QString>> r) {
            if (!r) {
                Error e = r.error();
                if (!e.message.contains(QLatin1String("Nothing was")))
                    e.message += tr(" Nothing was run.");
                done(e);
                return;
            }
            changed(r->first);
            startRecorded(r->first, r->second, false, done);
        });
}

void ActionService::loadWaiting(
    std::function<void(const Result<QList<Team::ApprovalStatus>> &)> done)
{
    if (!m_store || !m_permissions.isTeam()) {
        done(QList<Team::ApprovalStatus>{});
        return;
    }
    store<QList<Team::ApprovalStatus>>(
        [](QSqlDatabase &db) { return Team::Approvals::waiting(db); },
        [done](Result<QList<Team::ApprovalStatus>> r) { done(r); });
}

void ActionService::loadBreakGlass(
    std::function<void(const Result<QList<Team::Approvals::BreakGlassRun>> &)> done)
{
    if (!m_store || !m_permissions.isTeam()) {
        done(QList<Team::Approvals::BreakGlassRun>{});
        return;
    }
    store<QList<Team::Approvals::BreakGlassRun>>(
        [](QSqlDatabase &db) { return Team::Approvals::breakGlassRuns(db); },
        [done](Result<QList<Team::Approvals::BreakGlassRun>> r) { done(r); });
}

} // namespace ic
