#include "models/actions/Outbox.h"

#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ic::Outbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

const QString Columns = QStringLiteral(
    "id, incident_id, kind, target, reason, backend, endpoint, method, path, body, preview, "
    "expected_count, state, attempts, next_attempt_at, http_status, request_id, affected_count, "
    "result, claimed_by, claimed_host, claimed_pid, claimed_until, created_at, created_by, "
    "updated_at, finished_at, dismissed_at, dismissed_by");
// A PostgreSQL workspace has the two-person rule (store step 16).
const QString ApprovalColumns = QStringLiteral(", approval_state, break_glass_reason");

int intOr(const QVariant &v, int fallback)
{
    return v.isNull() ? fallback : v.toInt();
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableInt(QSqlDatabase &, int v)
{
    return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}

Result<ActionRecord> fromQuery(const QSqlQuery &q)
{
    ActionRecord r;
    r.id = q.value(0).toString();
    r.incidentId = q.value(1).toString();
    const auto kind = Actions::fromCode(q.value(2).toString());
    const auto backend = backendFromCode(q.value(5).toString());
    const auto state = stateFromCode(q.value(12).toString());
    if (!kind || !backend || !state) {
        return Error::make(Error::Kind::NewerVersion,
                           Tr::tr("The workspace holds an action this version does not know (%1). "
                                  "It was left as it is; update Incident Commander to see it.")
                               .arg(q.value(2).toString()));
    }
    r.kind = *kind;
    r.target = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.backend = *backend;
    r.endpoint = q.value(6).toString();
    r.method = q.value(7).toString();
    r.path = q.value(8).toString();
    r.body = q.value(9).toString().toUtf8();
    r.preview = q.value(10).toString();
    r.expectedCount = intOr(q.value(11), -1);
    r.state = *state;
    r.attempts = q.value(13).toInt();
    r.nextAttemptAt = Db::readTime(q.value(14));
    r.httpStatus = intOr(q.value(15), 0);
    r.requestId = q.value(16).toString();
    r.affectedCount = intOr(q.value(17), -1);
    r.result = q.value(18).toString();
    r.claim.instance = q.value(19).toString();
    r.claim.host = q.value(20).toString();
    r.claim.pid = q.value(21).toLongLong();
    r.claim.until = Db::readTime(q.value(22));
    r.createdAt = Db::readTime(q.value(23));
    r.createdBy = q.value(24).toString();
    r.updatedAt = Db::readTime(q.value(25));
    r.finishedAt = Db::readTime(q.value(26));
    r.dismissedAt = Db::readTime(q.value(27));
    r.dismissedBy = q.value(28).toString();
    if (q.record().count() > 29) {
        r.approvalState = q.value(29).toString();
        r.breakGlassReason = q.value(30).toString();
    }
    return r;
}

Result<QList<ActionRecord>> select(QSqlDatabase &db, const QString &where,
                                   const QVariantList &params)
{
    auto q = Db::exec(db,
                      QStringLiteral("SELECT ") + Columns +
                          (Db::isPostgres(db) ? ApprovalColumns : QString()) +
                          QStringLiteral(" FROM ic_actions ") + where,
                      params);
    if (!q)
        return q.error();
    QList<ActionRecord> out;
    while (q->next()) {
        auto r = fromQuery(q.value());
        if (!r)
            return r.error();
        out << r.value();
    }
    return out;
}

// Reads the row for a change in this transaction (locked on PostgreSQL).
Result<ActionRecord> lockRow(QSqlDatabase &db, const QString &id)
{
    auto rows = select(db,
                       QStringLiteral("WHERE id = ?") +
                           (Db::isPostgres(db) ? QStringLiteral(" FOR UPDATE") : QString()),
                       {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The action %1 is not in this workspace's outbox. Nothing was "
                                  "changed.")
                               .arg(id));
    }
    return rows->first();
}

QString via(const ActionRecord &r)
{
    return Tr::tr("%1 via %2").arg(r.label(), backendLabel(r.backend));
}

Result<void> record(QSqlDatabase &db, const ActionRecord &r, const QString &kind,
                    const QString &summary, const QString &actor, const QDateTime &now)
{
    EventDraft d;
    d.incidentId = r.incidentId;
    d.actor = actor;
    d.kind = kind;
    d.summary = summary;
    d.details = r.details();
    auto e = EventLog::append(db, d, now);
    if (!e)
        return e.error();
    return success();
}

QString outcomeText(const ActionRecord &r)
{
    QStringList parts;
    if (r.httpStatus > 0)
        parts << Tr::tr("HTTP %1").arg(r.httpStatus);
    if (!r.requestId.isEmpty())
        parts << Tr::tr("request id %1").arg(r.requestId);
    if (r.affectedCount >= 0)
        parts << Tr::tr("%n object(s) changed", nullptr, r.affectedCount);
    return parts.join(QStringLiteral(", "));
}

void apply(ActionRecord &r, const AttemptReport &report)
{
    r.httpStatus = report.httpStatus;
    r.requestId = report.requestId;
    if (report.affected >= 0)
        r.affectedCount = report.affected;
    r.result = report.result;
}

Result<void> writeState(QSqlDatabase &db, const ActionRecord &r)
{
    auto q = Db::exec(
        db,
        QStringLiteral("UPDATE ic_actions SET state = ?, attempts = ?, next_attempt_at = ?, "
                       "http_status = ?, request_id = ?, affected_count = ?, result = ?, "
                       "claimed_by = ?, claimed_host = ?, claimed_pid = ?, claimed_until = ?, "
                       "updated_at = ?, finished_at = ?, dismissed_at = ?, dismissed_by = ? "
                       "WHERE id = ?"),
        {stateCode(r.state), r.attempts, Db::bindTime(db, r.nextAttemptAt),
         r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(QMetaType(QMetaType::Int)),
         text(r.requestId), nullableInt(db, r.affectedCount), text(r.result),
         text(r.claim.instance), text(r.claim.host), r.claim.pid, Db::bindTime(db, r.claim.until),
         Db::bindTime(db, r.updatedAt), Db::bindTime(db, r.finishedAt),
         Db::bindTime(db, r.dismissedAt), text(r.dismissedBy), r.id});
    if (!q)
        return q.error();
    return success();
}

// Whether the app `instance` still holds the row's claim: after its lease ran
// out another app may have taken the action over, and what this one saw is
// not recorded over that one's attempt.
Result<void> stillHeld(const ActionRecord &r, const QString &instance)
{
    if (r.claim.instance == instance && !instance.isEmpty())
        return success();
    return Error::make(Error::Kind::Conflict,
                       r.claim.instance.isEmpty()
                           ? Tr::tr("%1 is no longer claimed by this Incident Commander (it was "
                                    "dismissed or finished elsewhere); this attempt's outcome was "
                                    "not recorded over it.")
                                 .arg(r.label())
                           : Tr::tr("%1 was taken over by another Incident Commander (%2) after "
                                    "this one's claim ran out; this attempt's outcome was not "
                                    "recorded over it.")
                                 .arg(r.label(), r.claim.instance));
}

// One change of state and its event, in one transaction.
Result<ActionRecord>
change(QSqlDatabase &db, const QString &id,
       const std::function<Result<std::pair<QString, QString>>(ActionRecord &)> &fn,
       const QString &actor, const QDateTime &now)
{
    ActionRecord out;
    auto t = Db::transaction(db, [&]() -> Result<void> {
        auto row = lockRow(db, id);
        if (!row)
            return row.error();
        ActionRecord r = row.value();
        auto event = fn(r);
        if (!event)
            return event.error();
        r.updatedAt = now;
        if (auto w = writeState(db, r); !w)
            return w;
        if (auto e = record(db, r, event->first, event->second, actor, now); !e)
            return e;
        out = r;
        return success();
    });
    if (!t)
        return t.error();
    return out;
}

} // namespace

Result<ActionRecord> create(QSqlDatabase &db, const ActionRecord &draft, const QString &actor,
                            const QDateTime &now)
{
    ActionRecord r = draft;
    r.state = ActionState::Pending;
    r.attempts = 0;
    r.createdAt = now;
    r.createdBy = actor;
    r.updatedAt = now;
    auto t = Db::transaction(db, [&]() -> Result<void> {
        // A team workspace records the requester as the server's session_user
        // and refuses a row in anyone else's name (store step 16).
        const bool pg = Db::isPostgres(db);
        auto q = Db::exec(
            db,
            QStringLiteral("INSERT INTO ic_actions (id, incident_id, kind, target, reason, "
                           "backend, endpoint, method, path, body, preview, expected_count, "
                           "state, attempts, created_at, created_by, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, %1, ?)%2")
                .arg(pg ? QStringLiteral("ic_actor(?)") : QStringLiteral("?"),
                     pg ? QStringLiteral(" RETURNING created_by, approval_state") : QString()),
            {r.id, r.incidentId, Actions::spec(r.kind).code, r.target, text(r.reason),
             backendCode(r.backend), text(r.endpoint), text(r.method), text(r.path),
             text(QString::fromUtf8(r.body)), text(r.preview), nullableInt(db, r.expectedCount),
             stateCode(r.state), Db::bindTime(db, now), actor, Db::bindTime(db, now)});
        if (!q)
            return q.error();
        if (pg && q->next()) {
            r.createdBy = q->value(0).toString();
            r.approvalState = q->value(1).toString(); // the server's choice
        }
        return record(db, r, QStringLiteral("action.requested"),
                      Tr::tr("Requested: %1 — reason: %2").arg(via(r), r.reason), actor, now);
    });
    if (!t)
        return t.error();
    return r;
}

Result<ActionRecord> claim(QSqlDatabase &db, const QString &id, const ActionClaim &claim,
                           const QString &actor, bool resumed, const QDateTime &now)
{
    return change(
        db, id,
        [&](ActionRecord &r) -> Result<std::pair<QString, QString>> {
            if (r.state == ActionState::Succeeded) {
                return Error::make(
                    Error::Kind::Conflict,
                    Tr::tr("%1 already succeeded; it is not sent again.").arg(r.label()));
            }
            if (r.claimedByOther(claim.instance, now)) {
                return Error::make(
                    Error::Kind::Conflict,
                    Tr::tr("%1 is being sent by another Incident Commander (%2) until %3. "
                           "Nothing was sent from here; wait for it to finish.")
                        .arg(r.label(), r.claim.instance,
                             r.claim.until.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            }
            r.state = ActionState::InFlight;
            r.attempts += 1;
            r.claim = claim;
            r.nextAttemptAt = {};
            r.dismissedAt = {};
            r.dismissedBy.clear();
            const QString what = r.backend == Backend::Api
                                     ? QStringLiteral("%1 %2%3").arg(r.method, r.endpoint, r.path)
                                     : r.endpoint;
            const QString summary =
                resumed ? Tr::tr("Resumed, attempt %1: %2 (%3)").arg(r.attempts).arg(via(r), what)
                        : Tr::tr("Attempt %1: %2 (%3)").arg(r.attempts).arg(via(r), what);
            return std::pair{QStringLiteral("action.attempt"), summary};
        },
        actor, now);
}

Result<ActionRecord> retryLater(QSqlDatabase &db, const QString &id, const QString &instance,
                                const AttemptReport &report, const QDateTime &next,
                                const QString &actor, const QDateTime &now)
{
    return change(
        db, id,
        [&](ActionRecord &r) -> Result<std::pair<QString, QString>> {
            if (r.state == ActionState::Succeeded)
                return Error::make(Error::Kind::Conflict,
                                   Tr::tr("%1 already succeeded.").arg(r.label()));
            if (auto held = stillHeld(r, instance); !held)
                return held.error();
            apply(r, report);
            r.state = ActionState::Pending;
            r.nextAttemptAt = next;
            const qint64 waitS = qMax<qint64>(0, (now.msecsTo(next) + 999) / 1000);
            return std::pair{QStringLiteral("action.retrying"),
                             Tr::tr("Attempt %1 of %2 did not finish: %3. Retrying in %n s with "
                                    "the same Idempotency-Key.",
                                    nullptr, int(waitS))
                                 .arg(r.attempts)
                                 .arg(r.label(), report.result)};
        },
        actor, now);
}

Result<ActionRecord> finish(QSqlDatabase &db, const QString &id, const QString &instance,
                            ActionState state, const AttemptReport &report, const QString &actor,
                            const QDateTime &now)
{
    return change(
        db, id,
        [&](ActionRecord &r) -> Result<std::pair<QString, QString>> {
            if (r.state == ActionState::Succeeded && state != ActionState::Succeeded) {
                return Error::make(Error::Kind::Conflict,
                                   Tr::tr("%1 already succeeded; the later outcome was not "
                                          "recorded over it.")
                                       .arg(r.label()));
            }
            if (auto held = stillHeld(r, instance); !held)
                return held.error();
            apply(r, report);
            r.state = state;
            r.nextAttemptAt = {};
            r.claim = ActionClaim();
            if (state != ActionState::Unknown)
                r.finishedAt = now;
            const QString detail = outcomeText(r);
            switch (state) {
            case ActionState::Succeeded:
                return std::pair{
                    QStringLiteral("action.succeeded"),
                    detail.isEmpty()
                        ? Tr::tr("Succeeded: %1. %2").arg(via(r), report.result)
                        : Tr::tr("Succeeded: %1 (%2). %3").arg(via(r), detail, report.result)};
            case ActionState::Failed:
                return std::pair{QStringLiteral("action.failed"),
                                 Tr::tr("Failed: %1. %2").arg(via(r), report.result)};
            case ActionState::Unknown:
                return std::pair{QStringLiteral("action.outcome_unknown"),
                                 Tr::tr("Outcome unknown: %1. %2 Resume it (same "
                                        "Idempotency-Key, it cannot act twice) or check on the "
                                        "platform.")
                                     .arg(via(r), report.result)};
            default:
                return Error::make(Error::Kind::General,
                                   QStringLiteral("finish() needs a final state"));
            }
        },
        actor, now);
}

Result<ActionRecord> dismiss(QSqlDatabase &db, const QString &id, const QString &instance,
                             const QString &note, const QString &actor, const QDateTime &now)
{
    return change(
        db, id,
        [&](ActionRecord &r) -> Result<std::pair<QString, QString>> {
            if (r.isFinished()) {
                return Error::make(Error::Kind::Conflict,
                                   Tr::tr("%1 is finished (%2); there is nothing to decide.")
                                       .arg(r.label(), stateLabel(r.state)));
            }
            if (r.claimedByOther(instance, now)) {
                return Error::make(Error::Kind::Conflict,
                                   Tr::tr("%1 is being sent by another Incident Commander (%2); it "
                                          "was left as it is.")
                                       .arg(r.label(), r.claim.instance));
            }
            r.dismissedAt = now;
            r.dismissedBy = actor;
            r.claim = ActionClaim();
            const QString n = note.trimmed();
            return std::pair{QStringLiteral("action.dismissed"),
                             n.isEmpty() ? Tr::tr("Not resumed, by decision of %1: %2 (%3)")
                                               .arg(actor, r.label(), stateLabel(r.state))
                                         : Tr::tr("Not resumed, by decision of %1: %2 (%3) — %4")
                                               .arg(actor, r.label(), stateLabel(r.state), n)};
        },
        actor, now);
}

Result<std::pair<ActionRecord, QString>> withIncidentRef(QSqlDatabase &db, const QString &id)
{
    auto r = byId(db, id);
    if (!r)
        return r.error();
    auto q =
        Db::exec(db, QStringLiteral("SELECT ref FROM ic_incidents WHERE id = ?"), {r->incidentId});
    if (!q)
        return q.error();
    return std::pair{r.value(), q->next() ? q->value(0).toString() : QString()};
}

Result<ActionRecord> byId(QSqlDatabase &db, const QString &id)
{
    auto rows = select(db, QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The action %1 is not in this workspace's outbox.").arg(id));
    return rows->first();
}

Result<QList<ActionRecord>> forIncident(QSqlDatabase &db, const QString &incidentId)
{
    return select(db, QStringLiteral("WHERE incident_id = ? ORDER BY created_at, id"),
                  {incidentId});
}

Result<QList<ActionRecord>> needingAttention(QSqlDatabase &db)
{
    return select(db,
                  QStringLiteral("WHERE state IN ('pending', 'in_flight', 'unknown') AND "
                                 "dismissed_at IS NULL ") +
                      (Db::isPostgres(db)
                           ? QStringLiteral("AND (attempts > 0 OR approval_state NOT IN "
                                            "('required', 'rejected')) ")
                           : QString()) +
                      QStringLiteral("ORDER BY created_at, id"),
                  {});
}

} // namespace ic::Outbox
