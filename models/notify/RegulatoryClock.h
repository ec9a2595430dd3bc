#pragma once

#include "models/core/Result.h"
#include "models/incidents/IncidentDeadline.h"
#include "models/notify/NotificationFacts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ic {

// A legal or contractual deadline to notify someone, counted from the moment
// the organisation became aware of the incident, and when it applies.
struct ClockRule
{
    enum class Unit { Hours, CalendarDays };

    QString id;        // "gdpr-art33"; custom rules "custom-…"
    QString name;      // "GDPR Art. 33 — supervisory authority"
    QString shortName; // "GDPR 72 h", for the incident list
    QString audience;  // who must be told
    bool needsPersonalData = false;
    bool needsPhi = false;
    bool needsDataBreach = false;
    QStringList jurisdictions; // any of these (see Jurisdictions::within); empty: anywhere
    int amount = 0;
    Unit unit = Unit::Hours;
    QString templateId; // the template that drafts this notification
    QString basis;      // the legal text or commitment, for the tooltip
    bool builtIn = false;
    QDateTime createdAt;
    QString createdBy;

    bool operator==(const ClockRule &) const = default;

    // Hours are elapsed time (UTC arithmetic, so a daylight-saving change in
    // between does not stretch them). Calendar days keep the wall-clock time
    // in the organisation's time zone, so day N ends at the same local time.
    // Never depends on the viewer's time zone.
    QDateTime dueFrom(const QDateTime &awareUtc, const QTimeZone &organisationZone) const;
    QString limitText() const; // "72 hours", "60 calendar days"
    Result<void> validate() const;

    static QString unitCode(Unit unit); // "hours" / "days"
    static std::optional<Unit> unitFromCode(const QString &code);
    static QList<ClockRule> builtIns();
    static QString customId(const QString &name); // "custom-uk-ico"
};

enum class ClockStatus {
    NotRequired,  // the facts say it does not apply
    Undetermined, // a fact it depends on is not answered yet
    NotStarted,   // it applies, but the became-aware time is not set
    Open,         // running, due in the future
    Overdue,      // running, past due
    SentOnTime,
    SentLate,
};

// The first notification sent for a clock.
struct SentRecord
{
    QString draftId;
    QDateTime sentAt;
    QString sentBy;
    QString delayReasons;
};

// One clock on one incident, at one moment.
struct ClockState
{
    ClockRule rule;
    ClockStatus status = ClockStatus::NotRequired;
    QStringList openQuestions; // what to answer when Undetermined
    QDateTime awareAt;         // UTC
    QDateTime due;             // UTC; invalid when not started
    std::optional<SentRecord> sent;

    bool isRunning() const
    {
        return status == ClockStatus::Open || status == ClockStatus::Overdue ||
               (status == ClockStatus::Undetermined && due.isValid());
    }
    qint64 secondsLeft(const QDateTime &nowUtc) const;
    // Open turns Overdue as time passes, without a reload.
    ClockStatus statusAt(const QDateTime &nowUtc) const;
    QString statusText(const QDateTime &nowUtc) const; // for people, translated
    QString dueText() const;                           // local time with zone
};

namespace RegulatoryClocks {

// Every rule's clock for one incident. `sent` maps rule id to the first
// notification sent for it.
QList<ClockState> evaluate(const QDateTime &awareUtc, const NotificationFacts &facts,
                           const QList<ClockRule> &rules, const QHash<QString, SentRecord> &sent,
                           const QTimeZone &organisationZone, const QDateTime &nowUtc);

std::optional<IncidentDeadline> nearest(const QList<ClockState> &states);

// The organisation's zone, UTC when the id is empty or unknown.
QTimeZone zone(const QString &ianaId);

} // namespace RegulatoryClocks
} // namespace ic

Q_DECLARE_METATYPE(ic::ClockRule)
