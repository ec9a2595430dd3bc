#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

enum class Severity { P0 = 0, P1 = 1, P2 = 2, P3 = 3 };

// The phases of the platform playbook, then closed.
enum class IncidentStatus { Triage, Containment, Eradication, Recovery, PostMortem, Closed };

QString severityCode(Severity s); // "P0"
std::optional<Severity> severityFromCode(const QString &code);
QString statusCode(IncidentStatus s); // "containment"
std::optional<IncidentStatus> statusFromCode(const QString &code);
QString statusLabel(IncidentStatus s); // "Containment" (translated)
const QList<IncidentStatus> &allStatuses();

// One incident as stored in the workspace.
struct Incident
{
    QString id;  // stable UUID
    QString ref; // INC-2026-001
    QString title;
    QString summary;
    Severity severity = Severity::P2;
    IncidentStatus status = IncidentStatus::Triage;
    QString commander;
    QStringList affectedUsers;
    QStringList affectedTenants;
    QStringList affectedApiKeys;
    QDateTime detectedAt;    // UTC
    QDateTime becameAwareAt; // UTC; starts regulatory clocks
    QDateTime acknowledgedAt;
    QDateTime closedAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0; // row version for safe concurrent edits

    bool isClosed() const { return status == IncidentStatus::Closed; }
};

// The fields a commander fills in to open an incident.
struct NewIncident
{
    QString id; // empty: the store assigns one (set when created offline)
    QString title;
    QString summary;
    Severity severity = Severity::P2;
    IncidentStatus status = IncidentStatus::Triage;
    QString commander;
    QStringList affectedUsers;
    QStringList affectedTenants;
    QStringList affectedApiKeys;
    QDateTime detectedAt;    // default: now
    QDateTime becameAwareAt; // optional
};

// A change to some fields of an incident; unset fields stay as they are.
struct IncidentPatch
{
    std::optional<QString> title;
    std::optional<QString> summary;
    std::optional<Severity> severity;
    std::optional<IncidentStatus> status;
    std::optional<QString> commander;
    std::optional<QStringList> affectedUsers;
    std::optional<QStringList> affectedTenants;
    std::optional<QStringList> affectedApiKeys;
    std::optional<QDateTime> detectedAt;
    std::optional<QDateTime> becameAwareAt; // invalid QDateTime clears it
    bool acknowledge = false;               // set acknowledged_at if not yet

    bool isEmpty() const;
};

// Splits "a, b; c\nd" into trimmed, de-duplicated items.
QStringList splitList(const QString &text);

// Combines two patches; fields set in `later` win.
IncidentPatch mergePatches(const IncidentPatch &earlier, const IncidentPatch &later);

// The incident as it reads after `patch` (for edits kept while offline).
Incident applyPatch(Incident incident, const IncidentPatch &patch, const QDateTime &nowUtc);

// For the offline journal: patches and new incidents as JSON and back.
QJsonObject patchToJson(const IncidentPatch &patch);
IncidentPatch patchFromJson(const QJsonObject &json);
QJsonObject newIncidentToJson(const NewIncident &draft);
NewIncident newIncidentFromJson(const QJsonObject &json);

} // namespace ic

Q_DECLARE_METATYPE(ic::Incident)
Q_DECLARE_METATYPE(ic::IncidentPatch)
