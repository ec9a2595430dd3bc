#include "models/team/Approvals.h"

#include "models/actions/ActionKind.h"
#include "models/store/Database.h"
#include "models/team/TeamAccess.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ic::Team::Approvals {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Team::Approvals)
};

constexpr int MaxReason = 2000;

Result<void> requireTwoPersonRule(QSqlDatabase &db)
{
    if (!Db::isPostgres(db))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("This workspace is single-person: its actions need no "
                                  "approval. Nothing was changed."));
    auto q = exec(db, QStringLiteral("SELECT to_regprocedure('ic_decide_action(text,text,text)') "
                                     "IS NOT NULL"));
    if (!q)
        return q.error();
    if (!q->next() || !q->value(0).toBool())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("This workspace has no approvals yet (it was made by an older "
                                  "version). Nothing was changed; open it once with this "
                                  "version as its owner."));
    return success();
}

Approval approvalFrom(const QSqlQuery &q, int at)
{
    Approval a;
    a.id = q.value(at).toLongLong();
    a.actionId = q.value(at + 1).toString();
    a.incidentId = q.value(at + 2).toString();
    a.decision = q.value(at + 3).toString();
    a.reason = q.value(at + 4).toString();
    a.decidedBy = q.value(at + 5).toString();
    a.decidedAt = Db::readTime(q.value(at + 6));
    return a;
}

const QString ApprovalColumns =
    QStringLiteral("id, action_id, incident_id, decision, reason, decided_by, decided_at");

QString label(const QString &kindCode, const QString &target)
{
    const auto kind = Actions::fromCode(kindCode);
    return kind ? Actions::label(*kind, target) : kindCode + QLatin1Char(' ') + target;
}

// One decision and its timeline event, in one transaction.
Result<Approval> decide(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                        const QDateTime &now)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t.error();
    Approval out;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        auto q = exec(db, sql, params);
        if (!q)
            return q.error();
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        auto row = exec(db,
                        QStringLiteral("SELECT ") + ApprovalColumns +
                            QStringLiteral(", (SELECT kind FROM ic_actions WHERE id = action_id), "
                                           "(SELECT target FROM ic_actions WHERE id = action_id), "
                                           "(SELECT created_by FROM ic_actions WHERE id = "
                                           "action_id) FROM ic_approvals WHERE id = ?"),
                        {id});
        if (!row)
            return row.error();
        if (!row->next())
            return Error::make(Error::Kind::General,
                               Tr::tr("The decision was not recorded. Nothing was changed."));
        out = approvalFrom(row.value(), 0);
        const QString what = label(row->value(7).toString(), row->value(8).toString());
        const QString requester = row->value(9).toString();
        EventDraft e;
        e.incidentId = out.incidentId;
        e.actor = out.decidedBy; // the server records its session_user whatever is sent
        e.details = QJsonObject{{QStringLiteral("action_id"), out.actionId},
                                {QStringLiteral("decision"), out.decision},
                                {QStringLiteral("reason"), out.reason},
                                {QStringLiteral("requested_by"), requester}};
        if (out.decision == QLatin1String("approved")) {
            e.kind = QStringLiteral("action.approved");
            e.summary = out.reason.isEmpty()
                            ? Tr::tr("Approved: %1 (requested by %2)").arg(what, requester)
                            : Tr::tr("Approved: %1 (requested by %2) — %3")
                                  .arg(what, requester, out.reason);
        } else if (out.decision == QLatin1String("rejected")) {
            e.kind = QStringLiteral("action.rejected");
            e.summary =
                Tr::tr("Rejected: %1 (requested by %2) — %3").arg(what, requester, out.reason);
        } else {
            e.kind = QStringLiteral("action.break_glass");
            e.summary = Tr::tr("BREAK-GLASS: %1 runs without a second person's approval — %2")
                            .arg(what, out.reason);
        }
        auto appended = EventLog::append(db, e, now);
        if (!appended)
            return explain(appended.error());
        return success();
    });
    if (!r)
        return r.error();
    return out;
}

Result<QString> checkText(const QString &text, bool required, int minimum, const QString &what)
{
    const QString t = text.trimmed();
    if (t.contains(QChar(QChar::Null)) || t.size() > MaxReason)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The %1 is longer than %2 characters or contains a NUL "
                                  "character. Nothing was changed.")
                               .arg(what)
                               .arg(MaxReason));
    if (required && t.size() < minimum)
        return Error::make(Error::Kind::InvalidInput,
                           minimum <= 1
                               ? Tr::tr("Give the %1; it goes on the timeline. Nothing was "
                                        "changed.")
                                     .arg(what)
                               : Tr::tr("Give the %1 (at least %2 characters); it goes on the "
                                        "timeline. Nothing was changed.")
                                     .arg(what)
                                     .arg(minimum));
    return t;
}

ApprovalStatus statusFrom(const QSqlQuery &q)
{
    ApprovalStatus s;
    s.actionId = q.value(0).toString();
    s.incidentId = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.target = q.value(3).toString();
    s.requestedBy = q.value(4).toString();
    s.actionState = q.value(5).toString();
    s.approvalState = q.value(6).toString();
    s.breakGlassReason = q.value(7).toString();
    s.preview = q.value(8).toString();
    return s;
}

const QString StatusColumns =
    QStringLiteral("id, incident_id, kind, target, created_by, state, approval_state, "
                   "break_glass_reason, preview");

Result<void> fillDecisions(QSqlDatabase &db, ApprovalStatus &s)
{
    auto q = exec(db,
                  QStringLiteral("SELECT ") + ApprovalColumns +
                      QStringLiteral(" FROM ic_approvals WHERE action_id = ? ORDER BY "
                                     "decided_at, id"),
                  {s.actionId});
    if (!q)
        return q.error();
    while (q->next())
        s.decisions << approvalFrom(q.value(), 0);
    return success();
}

} // namespace

Result<Approval> approve(QSqlDatabase &db, const QString &actionId, const QString &note,
                         const QDateTime &nowUtc)
{
    auto n = checkText(note, false, 0, Tr::tr("note"));
    if (!n)
        return n.error();
    return decide(db, QStringLiteral("SELECT ic_decide_action(?, 'approved', ?)"),
                  {actionId, n.value()}, nowUtc);
}

Result<Approval> reject(QSqlDatabase &db, const QString &actionId, const QString &reason,
                        const QDateTime &nowUtc)
{
    auto r = checkText(reason, true, 1, Tr::tr("reason for the rejection"));
    if (!r)
        return r.error();
    return decide(db, QStringLiteral("SELECT ic_decide_action(?, 'rejected', ?)"),
                  {actionId, r.value()}, nowUtc);
}

Result<Approval> breakGlass(QSqlDatabase &db, const QString &actionId, const QString &justification,
                            const QDateTime &nowUtc)
{
    auto j = checkText(justification, true, 10, Tr::tr("justification"));
    if (!j)
        return j.error();
    return decide(db, QStringLiteral("SELECT ic_break_glass(?, ?)"), {actionId, j.value()}, nowUtc);
}

Result<ApprovalStatus> status(QSqlDatabase &db, const QString &actionId)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t.error();
    auto q = exec(db,
                  QStringLiteral("SELECT ") + StatusColumns +
                      QStringLiteral(" FROM ic_actions WHERE id = ?"),
                  {actionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(
            Error::Kind::NotFound,
            Tr::tr("The action %1 is not in this workspace's outbox.").arg(actionId));
    ApprovalStatus s = statusFrom(q.value());
    if (auto d = fillDecisions(db, s); !d)
        return d.error();
    return s;
}

Result<QList<ApprovalStatus>> waiting(QSqlDatabase &db)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t.error();
    auto q = exec(db, QStringLiteral("SELECT ") + StatusColumns +
                          QStringLiteral(" FROM ic_actions WHERE approval_state = 'required' AND "
                                         "state = 'pending' AND dismissed_at IS NULL ORDER BY "
                                         "created_at, id"));
    if (!q)
        return q.error();
    QList<ApprovalStatus> out;
    while (q->next())
        out << statusFrom(q.value());
    return out;
}

Result<QStringList> incidentsWithBreakGlass(QSqlDatabase &db)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t.error();
    auto q = exec(db, QStringLiteral("SELECT DISTINCT incident_id FROM ic_actions WHERE "
                                     "approval_state = 'break_glass' ORDER BY incident_id"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<BreakGlassRun>> breakGlassRuns(QSqlDatabase &db)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t.error();
    auto q = exec(db, QStringLiteral("SELECT id, incident_id FROM ic_actions WHERE "
                                     "approval_state = 'break_glass' ORDER BY incident_id, id"));
    if (!q)
        return q.error();
    QList<BreakGlassRun> out;
    while (q->next())
        out << BreakGlassRun{q->value(0).toString(), q->value(1).toString()};
    return out;
}

Result<QStringList> policy(QSqlDatabase &db)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t.error();
    auto q = exec(db, QStringLiteral("SELECT kind FROM ic_approval_policy ORDER BY kind"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<void> setPolicy(QSqlDatabase &db, const QStringList &kinds)
{
    if (auto t = requireTwoPersonRule(db); !t)
        return t;
    QStringList wanted;
    for (const QString &k : kinds) {
        if (k != QLatin1String("ip.block.wide") && !Actions::fromCode(k))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is not a kind of containment action. Nothing was "
                                      "changed.")
                                   .arg(k.left(80)));
        if (!wanted.contains(k))
            wanted << k;
    }
    return Db::transaction(db, [&]() -> Result<void> {
        auto current = policy(db);
        if (!current)
            return current.error();
        for (const QString &k : current.value()) {
            if (wanted.contains(k))
                continue;
            if (auto d =
                    exec(db, QStringLiteral("DELETE FROM ic_approval_policy WHERE kind = ?"), {k});
                !d)
                return d.error();
        }
        for (const QString &k : std::as_const(wanted)) {
            if (current->contains(k))
                continue;
            if (auto i = exec(
                    db, QStringLiteral("INSERT INTO ic_approval_policy (kind) VALUES (?)"), {k});
                !i)
                return i.error();
        }
        return success();
    });
}

Result<bool> needsApproval(QSqlDatabase &db, const QString &kindCode, const QString &target)
{
    if (!Db::isPostgres(db))
        return false;
    if (auto t = requireTwoPersonRule(db); !t)
        return false;
    auto q = exec(db, QStringLiteral("SELECT ic_needs_approval(?, ?)"), {kindCode, target});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace ic::Team::Approvals
