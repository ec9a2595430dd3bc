#pragma once

#include "models/core/Result.h"
#include "models/detection/Alert.h"
#include "models/detection/Rule.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ic {

// Matched rows kept per alert; beyond this only the count grows (the rows
// stay findable by the rule, subject and time span).
constexpr int MaxStoredRows = 10'000;

// Audit row ids as one bound value: a bigint[] literal for PostgreSQL
// (`= ANY(CAST(? AS bigint[]))`), a JSON array for SQLite (`json_each(?)`).
QString idsParameter(const QList<qint64> &ids, bool postgres);

// How stored detections landed.
struct RecordOutcome
{
    int newAlerts = 0;
    int grouped = 0; // added to an open alert of the same rule and subject
};

// Reads and writes alerts and rule state in one workspace database.
// Synchronous: call it on a worker thread or from a tool.
class AlertRepository
{
public:
    AlertRepository(QSqlDatabase db, const QDateTime &nowUtc);

    // --- rule state
    Result<void> registerRules(const QList<Rule> &rules);
    Result<QList<RuleState>> ruleStates();
    Result<RuleState> ruleState(const QString &ruleId);
    // Moves the watermark from `from` to `to` if nobody else moved it
    // (false then), recording the run.
    Result<bool> advance(const QString &ruleId, qint64 from, qint64 to, qint64 rowsRead, int alerts,
                         qint64 elapsedMs, const QString &actor);
    // Marks the rule failed with its error; the watermark stays.
    Result<void> recordFailure(const QString &ruleId, const Error &error, qint64 elapsedMs,
                               const QString &actor);
    // Forgets the watermark: the next run reads every audit row again.
    Result<void> resetWatermark(const QString &ruleId);

    // --- alerts
    // Stores one run's detections: a detection joins the open alert of the
    // same rule and subject whose last row is within the rule's group window
    // of its first one; otherwise it becomes a new alert.
    Result<RecordOutcome> record(const Rule &rule, const QList<Detection> &detections);

    // Newest first; `statuses` empty: all.
    Result<QList<Alert>> list(const QList<AlertStatus> &statuses = {}, int limit = 2000);
    Result<Alert> get(qint64 id);
    Result<QList<qint64>> rowIds(qint64 alertId);
    // The matched audit rows, when this workspace is also the audit source.
    Result<QList<AlertRow>> rows(qint64 alertId, int limit = 1000);
    // The audit rows with these ids from `audit` (a separate audit database:
    // the alert's row ids come from rowIds() in the workspace), in the same
    // order as rows().
    static Result<QList<AlertRow>> auditRows(QSqlDatabase audit, const QList<qint64> &ids,
                                             int limit = 1000);

    // Dismisses an open alert with a reason (refused if someone changed it
    // since `version`: Error::Kind::Conflict).
    Result<Alert> dismiss(qint64 id, int version, const QString &reason, const QString &actor);
    // Marks the alert as being promoted by `actor`, so nobody else promotes
    // or dismisses it meanwhile.
    Result<Alert> claim(qint64 id, int version, const QString &actor);
    // Gives a claimed alert back (the incident could not be created).
    Result<void> release(qint64 id);
    // Records the incident the alert became.
    Result<Alert> markPromoted(qint64 id, const QString &incidentId, const QString &actor);

    static Result<void> validateReason(const QString &reason);

private:
    Result<int> storeRows(qint64 alertId, const QList<qint64> &ids);
    Result<qint64> storedRows(qint64 alertId);
    Alert fromQuery(const class QSqlQuery &q) const;

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace ic
