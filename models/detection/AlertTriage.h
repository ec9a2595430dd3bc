#pragma once

#include "models/core/Result.h"
#include "models/detection/Alert.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// An open incident that appears to cover an alert already, and why (in
// words, for a tooltip): a suggestion until someone links them.
struct CoverSuggestion
{
    QString incidentId;
    QString ref;
    QString title;
    QString reason; // "its affected API keys include key_a"
    int score = 0;  // more shared subjects: a better match
};

// The alerts of one rule, as one line: how many, on which subjects, the
// highest severity, the span they cover, and how they ended.
struct AlertGroup
{
    QString ruleId;
    QString ruleName;
    QString description;
    RuleSubject subjectKind = RuleSubject::User;
    Severity severity = Severity::P3; // the highest of its alerts
    QList<qint64> alertIds;           // in list order
    QStringList subjects;             // distinct, in list order
    qint64 matchedRows = 0;
    int detections = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int open = 0, promoting = 0, promoted = 0, dismissed = 0;
};

namespace AlertTriage {

// The open incident among `incidents` that best covers `alert`: its subject
// is one of the incident's affected users, tenants or API keys, or the
// alert's affected users, tenants or keys overlap the incident's, or the
// incident's title or summary names the subject. Closed incidents never.
std::optional<CoverSuggestion> coveringIncident(const Alert &alert,
                                                const QList<Incident> &incidents);

// The indexes of `alerts` by rule, in the order each rule first appears.
QList<QList<int>> groupByRule(const QList<Alert> &alerts);

// One group's line from its alerts (all of one rule).
AlertGroup summarise(const QList<const Alert *> &alerts);

// "6 open" / "4 open, 2 promoted" (translated).
QString groupStatusText(const AlertGroup &group);

// Whether `alerts` can be linked to `incident`: refused (nothing is
// changed) when the incident is closed or none of the alerts is still open.
// The alerts returned are the ones to link (open or being promoted).
Result<QList<Alert>> linkable(const QList<Alert> &alerts, const Incident &incident);

} // namespace AlertTriage
} // namespace ic
