// The run loop of ActionService: claim the action in the outbox (recording
// the attempt), send or execute it, then retry with backoff, or record the
// outcome. Every step is written before the next one starts.
#include "models/actions/ActionRun.h"
#include "models/actions/ActionsLogging.h"
#include "models/actions/SqlContainment.h"
#include "models/core/Clock.h"
#include "models/store/SqlExecutor.h"

#include <QTimer>

#include <climits>

namespace ic {

void ActionService::start(std::shared_ptr<Run> run, bool resumed)
{
    m_runs.insert(run->record.id, run);
    // The claim lasts one attempt's own limit and a margin: the admin API
    // client ends an attempt at its deadline, and the SQL backend never runs
    // a statement or commits past the claim.
    const int attemptS = run->record.backend == Backend::Api
                             ? (run->endpoint.timeoutMs + 999) / 1000
                             : qBound(1, m_settings.timeoutSeconds, 600);
    const int leaseS = attemptS + 60;
    const QDateTime now = m_clock.now();
    const ActionClaim claim = ActionClaim::forThisProcess(m_instance, now.addSecs(leaseS));
    const QString id = run->record.id;
    const QString actor = m_actor;
    store<ActionRecord>(
        [id, claim, actor, resumed, now](QSqlDatabase &db) {
            return Outbox::claim(db, id, claim, actor, resumed, now);
        },
        [this, run](Result<ActionRecord> r) {
            if (m_closing)
                return;
            auto onClaimed = std::exchange(run->onClaimed, nullptr);
            if (!r) {
                m_runs.remove(run->record.id);
                if (onClaimed)
                    onClaimed(r.error());
                else
                    emit failed(r.error());
                return;
            }
            run->record = r.value();
            changed(r.value());
            if (onClaimed)
                onClaimed(r);
            attempt(run);
        });
}

void ActionService::attempt(std::shared_ptr<Run> run)
{
    ++run->runAttempts;
    if (run->record.backend == Backend::Api)
        attemptApi(run);
    else
        attemptSql(run);
}

void ActionService::attemptApi(std::shared_ptr<Run> run)
{
    const ActionRecord &r = run->record;
    ApiCall call;
    call.method = r.method.toLatin1();
    call.path = r.path;
    call.body = r.body;
    call.idempotencyKey = r.id;
    call.requestId = QStringLiteral("%1.%2").arg(r.id).arg(r.attempts);
    m_client->send(run->endpoint, call, run->token, [this, run](const ApiAttempt &a) {
        if (m_closing)
            return;
        AttemptReport rep{a.httpStatus, a.requestId, a.affected, a.message};
        if (a.replayed)
            rep.result += QLatin1Char(' ') + tr("The platform answered from its idempotency "
                                                "record: an earlier attempt had done it.");
        run->mayHaveActed = run->mayHaveActed || a.mayHaveActed;
        switch (a.outcome) {
        case ApiAttempt::Outcome::Succeeded:
            finish(run, ActionState::Succeeded, rep);
            return;
        case ApiAttempt::Outcome::Unknown:
            finish(run, ActionState::Unknown, rep);
            return;
        case ApiAttempt::Outcome::Failed:
            if (run->mayHaveActed) {
                rep.result += QLatin1Char(' ') + tr("An earlier attempt may have been carried "
                                                    "out, so the outcome is unknown.");
                finish(run, ActionState::Unknown, rep);
            } else {
                finish(run, ActionState::Failed, rep);
            }
            return;
        case ApiAttempt::Outcome::Retry:
            retryOrGiveUp(run, rep, a.retryAfterMs, a.mayHaveActed);
            return;
        }
    });
}

void ActionService::attemptSql(std::shared_ptr<Run> run)
{
    auto target = sqlTarget();
    if (target && target->endpoint != run->record.endpoint)
        target = Error::make(Error::Kind::Conflict,
                             tr("Containment through SQL now goes to %1, not %2. Nothing was run.")
                                 .arg(target->endpoint, run->record.endpoint));
    if (!target) {
        finish(run, run->mayHaveActed ? ActionState::Unknown : ActionState::Failed,
               {0, {}, -1, target.error().message});
        return;
    }
    const ActionRecord record = run->record;
    const QString actor = m_actor;
    const QString ref = run->incidentRef;
    const QDateTime now = m_clock.now();
    const bool primary = target->primary;
    target->executor->run<SqlOutcome>(
        [record, actor, ref, now](QSqlDatabase &db) {
            return SqlContainment::execute(db, record, actor, ref, now, record.claim.until);
        },
        this,
        [this, run, primary](Result<SqlOutcome> r) {
            if (m_closing)
                return;
            if (r) {
                finish(run, ActionState::Succeeded, {0, {}, r->affected, r->summary});
                return;
            }
            noteSqlError(r.error(), primary);
            const QString text = r.error().detail.isEmpty()
                                     ? r.error().message
                                     : r.error().message + QStringLiteral(" (") + r.error().detail +
                                           QLatin1Char(')');
            if (r.error().kind == Error::Kind::Unreachable) {
                // The commit may or may not have happened; the audit row tells on the next try.
                run->mayHaveActed = true;
                retryOrGiveUp(run, {0, {}, -1, text}, -1, true);
                return;
            }
            finish(run, run->mayHaveActed ? ActionState::Unknown : ActionState::Failed,
                   {0,
                    {},
                    -1,
                    text + QLatin1Char(' ') +
                        tr("The transaction was rolled back; nothing was changed.")});
        });
}

void ActionService::retryOrGiveUp(std::shared_ptr<Run> run, const AttemptReport &report,
                                  qint64 retryAfterMs, bool mayHaveActed)
{
    run->mayHaveActed = run->mayHaveActed || mayHaveActed;
    const ActionState giveUp = run->mayHaveActed ? ActionState::Unknown : ActionState::Failed;
    if (run->runAttempts >= m_retry.maxAttempts) {
        AttemptReport rep = report;
        rep.result +=
            QLatin1Char(' ') + tr("Gave up after %n attempt(s).", nullptr, run->runAttempts);
        finish(run, giveUp, rep);
        return;
    }
    if (retryAfterMs > m_retry.maxRetryAfterMs) {
        AttemptReport rep = report;
        rep.result += QLatin1Char(' ') + tr("The platform asked to wait %1 s; resume the action "
                                            "later.")
                                             .arg((retryAfterMs + 999) / 1000);
        finish(run, giveUp, rep);
        return;
    }
    const qint64 delay =
        retryAfterMs >= 0 ? retryAfterMs : m_retry.backoffMs(run->runAttempts, m_random);
    const QDateTime now = m_clock.now();
    const QDateTime next = now.addMSecs(delay);
    const QString id = run->record.id;
    const QString actor = m_actor;
    const QString instance = m_instance;
    store<ActionRecord>(
        [id, instance, report, next, actor, now](QSqlDatabase &db) {
            return Outbox::retryLater(db, id, instance, report, next, actor, now);
        },
        [this, run, delay](Result<ActionRecord> r) {
            if (m_closing)
                return;
            if (!r) {
                m_runs.remove(run->record.id);
                emit failed(r.error());
                return;
            }
            run->record = r.value();
            changed(r.value());
            qCDebug(lcActions) << "retrying" << run->record.id << "in" << delay << "ms";
            QTimer::singleShot(int(qMin<qint64>(delay, INT_MAX)), this, [this, run] {
                if (m_closing)
                    return;
                m_runs.remove(run->record.id);
                start(run, false);
            });
        });
}

void ActionService::finish(std::shared_ptr<Run> run, ActionState state, const AttemptReport &report)
{
    const QString id = run->record.id;
    const QString actor = m_actor;
    const QString instance = m_instance;
    const QDateTime now = m_clock.now();
    store<ActionRecord>(
        [id, instance, state, report, actor, now](QSqlDatabase &db) {
            return Outbox::finish(db, id, instance, state, report, actor, now);
        },
        [this, run, state, report](Result<ActionRecord> r) {
            m_runs.remove(run->record.id);
            run->token.clear();
            if (m_closing)
                return;
            if (!r) {
                Error e = r.error();
                e.message =
                    tr("%1 ended (%2: %3), but the workspace did not record it: %4 It "
                       "stays listed as unfinished; resuming it cannot act twice.")
                        .arg(run->record.label(), stateLabel(state), report.result, e.message);
                emit failed(e);
                return;
            }
            changed(r.value());
        });
}

} // namespace ic
