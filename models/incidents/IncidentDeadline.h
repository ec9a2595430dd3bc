#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ic {

// The most urgent deadline running on an incident, as the incident list
// counts down to it. Where it comes from (the regulatory clocks of notify/)
// is the session's business; the list only shows it.
struct IncidentDeadline
{
    QDateTime due; // UTC; invalid: a clock applies but has not started
    QString ruleId;
    QString ruleName;         // short name
    bool conditional = false; // undetermined: due only if it turns out to apply
    int running = 0;          // running clocks on the incident

    bool isValid() const { return !ruleId.isEmpty(); }
    // "GDPR 72 h: 5h 03m left", "GDPR 72 h: overdue by 2h 10m",
    // "GDPR 72 h?: 5h 03m left" (conditional), "Clock not started".
    QString text(const QDateTime &nowUtc) const;
    qint64 secondsLeft(const QDateTime &nowUtc) const;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::IncidentDeadline)
