#pragma once

#include "models/core/Result.h"
#include "models/detection/Alert.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace ic {

// What a promotion wrote besides the incident.
struct PromotionOutcome
{
    Alert alert;          // now promoted
    QString evidenceName; // the extract pinning the matched rows
    bool playbookAttached = false;
};

// Turning an alert into an incident: the draft the incident store creates,
// then (synchronously, on a worker) everything that ties the two together.
namespace AlertPromotion {

// Title, summary (with the suggested playbook), severity and the affected
// user, tenant and key, from the alert.
NewIncident draftFor(const Alert &alert);

// The evidence extract's name for an alert's rows: "alert-12-rows".
QString evidenceName(const Alert &alert);

// In one transaction: marks the claimed alert promoted to `incident`, pins
// its matched audit rows as an evidence extract (SELECT * FROM audit_logs
// WHERE id IN (…), parameterised), attaches the suggested playbook's
// checklist when a playbook of that name is found (bundled or in
// `playbookFolders`), and records the promotion on the incident's timeline.
Result<PromotionOutcome> finish(QSqlDatabase &db, const Alert &claimed, const Incident &incident,
                                const QString &actor, const QStringList &playbookFolders,
                                const QDateTime &nowUtc);

} // namespace AlertPromotion
} // namespace ic
