#pragma once

#include "models/core/Result.h"
#include "models/detection/Alert.h"
#include "models/detection/Rule.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ic {

class Clock;
class QueryCanceller;

// What a run needs besides the rule.
struct RunOptions
{
    QString actor;                       // recorded as who ran it
    QueryCanceller *canceller = nullptr; // lets another thread stop it
    bool lock = true;                    // PostgreSQL: one workstation at a time
    // At most this many audit ids past the watermark per run: a first run
    // over a long history goes in steps, each with its own timeout and
    // commit (RuleRunResult::caughtUp says whether more are waiting).
    qint64 maxIds = 1'000'000;
};

// Runs detection rules on a workspace connection, reading the audit log
// either from the workspace itself or from a separate audit database.
// Synchronous: the Detector calls it on its worker thread; the benchmark and
// tests call it directly. A run reads only audit rows past the rule's
// watermark (windowed rules also read the window around them), stores what
// it found as alerts, and moves the watermark, in one transaction; a failing
// rule is marked failed and keeps its watermark.
//
// With a separate audit database, everything that reads the platform tables
// (the rule's query, the affected users and keys, the highest audit id) runs
// there, read-only; alerts, rule state and the team lock stay in the
// workspace (`store`).
class RuleRunner
{
public:
    // Gives the audit database's connection when a run first needs it (after
    // the rule's lock is taken); an error fails the run and is recorded like
    // any other failure.
    using AuditConnection = std::function<Result<QSqlDatabase>()>;

    // The workspace is also the audit source (read, in a team workspace, as
    // its read-only audit reader: models/team/AuditReader).
    RuleRunner(QSqlDatabase db, const Clock &clock);
    // The audit log is read from a separate database.
    RuleRunner(QSqlDatabase store, QSqlDatabase audit, const Clock &clock);
    RuleRunner(QSqlDatabase store, AuditConnection audit, const Clock &clock);

    RuleRunResult run(const Rule &rule, const RunOptions &options);

    // The highest audit_logs.id of the audit source now (0 for an empty log).
    Result<qint64> latestAuditId();

    // Only the evaluation: what the rule finds among rows (after, upto],
    // without touching state or alerts. `queryMs` gets the database's part.
    Result<QList<Detection>> evaluate(const Rule &rule, qint64 afterId, qint64 uptoId,
                                      QueryCanceller *canceller = nullptr,
                                      qint64 *queryMs = nullptr, qint64 *rowsRead = nullptr);

    // The advisory lock key of a rule (stable across machines).
    static qint32 lockKey(const QString &ruleId);
    static constexpr qint32 LockClass = 0x49434454; // "ICDT"

private:
    Result<QSqlDatabase> source(); // where the audit log is read
    Result<QList<Detection>> query(const Rule &rule, qint64 afterId, qint64 uptoId,
                                   QueryCanceller *canceller, qint64 *queryMs, qint64 *rowsRead);
    Result<void> fillAffected(QList<Detection> &detections);
    void endRead();
    Error queryFailed(const Rule &rule, const QString &driverText, bool timedOut,
                      bool cancelled) const;

    QSqlDatabase m_db;           // the workspace: alerts, rule state, the lock
    QSqlDatabase m_source;       // the audit log; m_db unless a separate one
    AuditConnection m_openAudit; // opens m_source on first use
    const Clock &m_clock;
    bool m_readTransaction = false; // PostgreSQL: the rule's read-only transaction is open
};

} // namespace ic
