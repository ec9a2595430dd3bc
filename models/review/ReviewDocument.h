#pragma once

#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/timeline/TimelineEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ic {

// How long the incident took to reach each milestone, from its record.
struct PhaseTimes
{
    QDateTime detected;
    QDateTime acknowledged; // someone took command
    QDateTime contained;    // containment finished (status moved past Containment)
    QDateTime resolved;     // closed
};

// Drafts the post-incident review in the shape of the Security Team's
// template (summary, timeline, root cause, action items) with the platform
// playbook's post-mortem checklist, as CommonMark + GFM tables and task lists.
namespace ReviewDocument {

PhaseTimes phaseTimes(const Incident &incident, const QList<IncidentEvent> &events);

QString draft(const Incident &incident, const QList<IncidentEvent> &events,
              const SeverityPolicy &policy, const QDateTime &nowUtc);

// Text from people, made to read literally inside Markdown (and table cells).
QString escape(const QString &text);

// The sections every review has, in order (for checks and tests).
QStringList sectionTitles();

} // namespace ReviewDocument
} // namespace ic
