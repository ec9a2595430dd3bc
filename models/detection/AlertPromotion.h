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

// What linking alerts to an existing incident wrote.
struct LinkOutcome
{
    QList<Alert> linked;   // now promoted to the incident
    QList<qint64> skipped; // changed by someone else meanwhile: left as they are
    QStringList evidence;  // the extracts pinning their rows
};

// Turning an alert into an incident: the draft the incident store creates,
// then (synchronously, on a worker) everything that ties the two together.
namespace AlertPromotion {

// Title, summary (with the suggested playbook), severity and the affected
// user, tenant and key, from the alert.
NewIncident draftFor(const Alert &alert);

// One incident for several alerts of one rule (the lead first): the lead's
// draft, titled and summarised for all of them, their affected subjects
// together and the highest severity.
NewIncident draftForGroup(const QList<Alert> &alerts);

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

// In one transaction: links `alerts` (open, at the versions given) to the
// existing, not closed `incident` as if promoted to it (recorded on each
// alert, their rows pinned as evidence, one "alert.linked" event on the
// incident's timeline). An alert someone changed meanwhile is skipped; when
// every one was, or the incident is closed or gone, nothing is written.
Result<LinkOutcome> link(QSqlDatabase &db, const QList<Alert> &alerts, const Incident &incident,
                         const QString &actor, const QDateTime &nowUtc);

} // namespace AlertPromotion
} // namespace ic
