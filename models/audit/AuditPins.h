#pragma once

#include "models/audit/AuditRow.h"
#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/timeline/TimelineEvent.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

namespace ic {

// Audit rows pinned to an incident as evidence. A pin is an 'audit.pinned'
// event on the incident's hash-chained record (holding the whole row) and a
// row in ic_audit_pins, written together in the workspace's store.
namespace AuditPins {

inline const QString EventKind = QStringLiteral("audit.pinned");

// Pins `row` (read from `source`) to the incident. Refuses a closed or
// unknown incident and a row already pinned to it; then nothing changes.
Result<IncidentEvent> pin(QSqlDatabase &store, const QString &incidentId, const AuditRow &row,
                          const QString &source, const QString &actor, const QDateTime &nowUtc);

// The audit ids from `source` pinned to the incident.
Result<QSet<qint64>> pinnedIds(QSqlDatabase &store, const QString &incidentId,
                               const QString &source);

} // namespace AuditPins
} // namespace ic
