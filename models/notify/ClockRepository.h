#pragma once

#include "models/core/Result.h"
#include "models/notify/NotificationFacts.h"
#include "models/notify/NotificationRenderer.h"
#include "models/notify/RegulatoryClock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ic {

// What the workspace knows for notifications: per-incident facts, the
// organisation profile, clock rules, and the clocks they make. Synchronous:
// call it on a worker thread (NotifyStore) or from a command-line tool.
// Facts changes are recorded on the incident's timeline in the same
// transaction, with who and when.
class ClockRepository
{
public:
    ClockRepository(QSqlDatabase db, const QDateTime &nowUtc);

    // Version 0 with nothing answered when none were saved yet.
    Result<NotificationFacts> facts(const QString &incidentId);
    // Saves if the stored version is still `facts.version`; otherwise fails
    // with Error::Kind::Conflict and fills `current` with what is stored.
    Result<NotificationFacts> saveFacts(const NotificationFacts &facts, const QString &actor,
                                        NotificationFacts *current = nullptr);

    Result<OrganisationProfile> organisation();
    Result<OrganisationProfile> saveOrganisation(const OrganisationProfile &profile,
                                                 const QString &actor,
                                                 OrganisationProfile *current = nullptr);

    // The built-in rules, then the workspace's own.
    Result<QList<ClockRule>> rules();
    // Gives the rule a free id made from its name ("custom-…").
    Result<ClockRule> addRule(ClockRule rule, const QString &actor);
    Result<void> removeRule(const QString &id);

    Result<QList<ClockState>> clocks(const QString &incidentId);
    // Every incident's most urgent running clock, for the incident list.
    Result<QHash<QString, IncidentDeadline>> nearestDeadlines();

    // Everything a template may say about the incident; `clockRuleId` picks
    // the clock the notification answers (may be empty).
    Result<RenderInput> renderInput(const QString &incidentId, const QString &clockRuleId);

private:
    Result<QHash<QString, SentRecord>> sentRecords(const QString &incidentId);
    NotificationFacts factsFromQuery(const class QSqlQuery &q) const;

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace ic
