#pragma once

#include "models/core/Result.h"
#include "models/detection/Rule.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// What one rule found for one subject in one run, before grouping.
struct Detection
{
    QString subject;
    QList<qint64> rowIds;   // matched audit rows, ascending; at most MaxStoredRows
    qint64 matchedRows = 0; // all matched rows (rowIds may hold fewer)
    QDateTime firstSeen;    // audit time of the earliest matched row (UTC)
    QDateTime lastSeen;
    double measure = 0;                  // the highest window total, or the matched rows
    QStringList users, tenants, apiKeys; // found on the matched rows
};

enum class AlertStatus { Open, Promoting, Promoted, Dismissed };

// An alert as stored in the workspace: one rule, one subject, grouped
// duplicates, and how it ended.
struct Alert
{
    qint64 id = 0;
    QString ruleId;
    QString ruleName;
    QString description;
    Severity severity = Severity::P2;
    QString playbook;
    RuleSubject subjectKind = RuleSubject::User;
    QString subject;
    qint64 windowSeconds = 0;
    QString aggregate; // "count", "sum", "distinct"; empty for row rules
    QString threshold; // ">= 20"
    double measure = 0;
    AlertStatus status = AlertStatus::Open;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int detections = 1; // this and the duplicates grouped into it
    qint64 matchedRows = 0;
    QStringList affectedUsers, affectedTenants, affectedApiKeys;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString incidentId;
    QString incidentRef; // from the incident, when promoted
    QString resolvedBy;
    QDateTime resolvedAt;
    QString dismissReason;
    int version = 1;

    bool canResolve() const
    {
        return status == AlertStatus::Open || status == AlertStatus::Promoting;
    }
};

// One audit row as the alert detail shows it.
struct AlertRow
{
    qint64 id = 0;
    QDateTime timestamp;
    QString event, userId, tenantId, apiKeyId, ip, query, metadata;
};

// A rule's shared state: its watermark and how its last run went.
struct RuleState
{
    QString ruleId;
    QString name;
    QString source;
    qint64 watermark = 0; // highest audit_logs.id evaluated
    QString status;       // "new", "ok", "failed"
    QDateTime lastRunAt;
    QString lastRunBy;
    qint64 lastRunMs = 0;
    qint64 lastRows = 0; // audit rows past the watermark in the last run
    int lastAlerts = 0;
    QString lastError;
    int failures = 0; // in a row
};

// How one run of one rule went.
struct RuleRunResult
{
    enum class Outcome { Ok, Failed, Skipped };

    QString ruleId;
    QString ruleName;
    Outcome outcome = Outcome::Ok;
    qint64 fromId = 0;    // the watermark before
    qint64 toId = 0;      // after (unchanged when failed or skipped)
    bool caughtUp = true; // false: newer rows wait for the next run
    int detections = 0;
    int newAlerts = 0;
    int groupedAlerts = 0;
    qint64 elapsedMs = 0;
    qint64 queryMs = 0;
    Error error;    // when failed
    QString reason; // when skipped: why
};

namespace AlertText {
QString statusCode(AlertStatus status); // "open"
std::optional<AlertStatus> statusFromCode(const QString &code);
QString statusLabel(AlertStatus status); // "Open" (translated)
// "P1 High": the level and its word, readable without colour.
QString severityText(Severity severity);
// "60 matching rows within 1h (threshold >= 20)" and the like.
QString measureText(const Alert &alert);
// "User usr_1a2b" / "IP address 91.240.118.30".
QString subjectText(RuleSubject kind, const QString &subject);
} // namespace AlertText

} // namespace ic

Q_DECLARE_METATYPE(ic::Alert)
Q_DECLARE_METATYPE(ic::RuleRunResult)
