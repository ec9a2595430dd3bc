#pragma once
// Private to the checklist repository: what people and playbook files put
// into a checklist, checked before anything is stored.
#include "models/core/Result.h"
#include "models/playbooks/Playbook.h"

#include <QDateTime>
#include <QString>

namespace ic::ChecklistChecks {

bool hasNul(const QString &s);
// Whether any text of the playbook holds a NUL, which cannot be stored.
bool playbookHasNul(const Playbook &p);
// A moment someone chose (deadlines counted from it, a step done at it):
// not in the future, not before the incident was detected. `message` takes
// the moment (%1) and the reason (%2).
Result<void> checkMoment(const QDateTime &at, const QDateTime &detectedAt, const QString &message,
                         const QDateTime &nowUtc);

} // namespace ic::ChecklistChecks
