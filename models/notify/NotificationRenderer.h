#pragma once

#include "models/incidents/Incident.h"
#include "models/notify/NotificationFacts.h"
#include "models/notify/NotificationTemplate.h"
#include "models/notify/RegulatoryClock.h"
#include "models/timeline/TimelineEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// Everything a notification may say about an incident.
struct RenderInput
{
    Incident incident;
    QString severityName; // from the workspace's severity policy: "Critical"
    NotificationFacts facts;
    OrganisationProfile organisation;
    QList<IncidentEvent> events;     // the timeline; actions taken come from here
    std::optional<ClockState> clock; // the clock the notification answers
    QDateTime now;                   // UTC
};

struct RenderedNotification
{
    QString to;
    QString subject;
    QString body;
    QList<TemplateElement> missing; // required, with no value: shown as markers
    QStringList unknownNames;       // tags that name no field
    QString error;                  // the template engine refused it

    bool ok() const { return error.isEmpty() && unknownNames.isEmpty(); }
};

// Fills a template from an incident's facts with kainjow Mustache. Text goes
// in as written (no HTML escaping: the result is plain text and Markdown).
// A required element without a value is rendered as a visible marker
// "[[MISSING: label]]" that blocks review until someone fills it in.
namespace NotificationRenderer {

RenderedNotification render(const NotificationTemplate &tmpl, const RenderInput &input);

// Renders one Mustache text against the input; for checks and the fuzzer.
RenderedNotification renderText(const QString &mustache, const RenderInput &input);

// A complete input (every field set, every list with an entry) and an empty
// one: templates are checked against both, so tags inside sections that
// only one of them opens are checked too.
RenderInput completeSample();
RenderInput emptySample();

// Every field path a template may use ("incident.ref", "facts.consequences",
// "actions" …), and whether it is a list or a yes/no field.
struct Field
{
    QString path;
    enum class Kind { Text, List, Flag, Object } kind = Kind::Text;
};
QList<Field> fields();
bool isKnownField(const QString &path);
bool isFlagField(const QString &path);

// The timeline events that count as actions taken: containment and
// completed admin actions (not requests, attempts or failures).
bool isActionTaken(const QString &eventKind);

// Markers for missing elements and finding them again in edited text.
QString missingMarker(const QString &label);
QStringList missingIn(const QString &text); // the labels, in order, unique

// Dates in documents: the organisation's zone with its abbreviation, and UTC
// beside it unless the zone is UTC ("2026-03-27 10:00 CET (09:00 UTC)").
QString documentTime(const QDateTime &utc, const QString &organisationZone);

} // namespace NotificationRenderer
} // namespace ic
