#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// What notifications need to know about an incident beyond its own record:
// whether personal data or PHI is involved, where, how much, and what it
// means. Yes/no questions stay unanswered (nullopt) until someone answers,
// so a clock that depends on them says "undetermined", never "not required".
struct NotificationFacts
{
    QString incidentId;
    std::optional<bool> personalData;
    std::optional<bool> phi;        // protected health information (HIPAA)
    std::optional<bool> dataBreach; // customer data was accessed or taken (SOC 2)
    QStringList jurisdictions;      // "EU", "DE", "US", "US-CA", "UK"...
    QString peopleAffected;         // approximate number of data subjects
    QString recordsAffected;        // approximate number of records
    QStringList subjectCategories;  // categories of data subjects: "customers' end users"
    QStringList dataCategories;     // categories of personal data / types of PHI
    QStringList affectedSystems;
    QString breachPeriod;  // when the breach happened, as known
    QString consequences;  // likely consequences
    QString measuresTaken; // beyond the actions on the timeline
    QString measuresProposed;
    QString mitigation;      // to mitigate possible adverse effects
    QString individualSteps; // what affected people should do
    QStringList nextSteps;
    QString delayReasons; // why a notification goes out late
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0; // 0: never saved

    bool operator==(const NotificationFacts &) const = default;

    // Refuses what cannot be stored (NUL characters, absurd sizes) and
    // jurisdiction codes that are not codes; says which field and that
    // nothing was saved.
    Result<void> validate() const;

    // Field labels for messages and the timeline, by column name.
    static QString fieldLabel(const QString &column);
};

// Who the organisation is and how people reach it; one per workspace.
struct OrganisationProfile
{
    QString name;
    QString contactName; // DPO or other contact point
    QString contactRole; // "Data Protection Officer"
    QString contactEmail;
    QString contactPhone;
    QString securityEmail;
    QString tollFreePhone;
    QString website;
    QString postalAddress;
    QString chatChannel;   // the internal incident channel, "#incident-response"
    QString authorityName; // lead supervisory authority
    QString authorityEmail;
    QString timeZone = QStringLiteral("UTC"); // IANA id: dates in documents, calendar-day clocks
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;

    bool operator==(const OrganisationProfile &) const = default;

    Result<void> validate() const;
};

// Jurisdiction codes: ISO 3166 country codes, "US-CA" style subdivisions,
// and the groups "EU" and "EEA".
namespace Jurisdictions {
bool isValidCode(const QString &code);
QString normalized(const QString &code); // trimmed, upper case
// Whether `code` lies in `area` ("EEA" covers the EU members, IS, LI, NO and
// the groups; "US" covers "US-CA"; otherwise the same code).
bool within(const QString &code, const QString &area);
bool anyWithin(const QStringList &codes, const QString &area);
} // namespace Jurisdictions

} // namespace ic

Q_DECLARE_METATYPE(ic::NotificationFacts)
Q_DECLARE_METATYPE(ic::OrganisationProfile)
