#pragma once

#include "models/playbooks/Playbook.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

// A playbook attached to an incident.
struct Checklist
{
    QString id;
    QString incidentId;
    QString playbookName;
    QString source;       // the file it was read from
    QString sourceSha256; // of that file when attached
    int position = 0;
    QDateTime attachedAt;
    QString attachedBy;
    // Deadlines count from here (a playbook attached late, counted from when
    // it was attached); invalid: from the incident's detection.
    QDateTime deadlinesFrom;
};

struct ChecklistNote
{
    QDateTime at;
    QString actor;
    QString text;
};

// One step of an attached playbook, with where it stands.
struct ChecklistItem
{
    enum class State { Open, Done, Skipped };

    QString id;
    QString checklistId;
    QString incidentId;
    QString playbookName;
    int checklistPosition = 0;
    int position = 0;      // within its checklist
    int phasePosition = 0; // the phase's place in the playbook
    QString phase;
    Deadline phaseDeadline;
    QString text;
    int sourceLine = 0;
    Deadline deadline; // the step's own; empty text: none
    QStringList substeps;
    QList<CodeBlock> code;
    State state = State::Open;
    QString stateReason; // why it was skipped
    QString stateBy;     // who recorded the state
    QDateTime stateAt;   // when it was recorded
    // When it happened, if earlier than recorded ("done at 14:10", ticked at
    // 21:36); invalid: when it was recorded.
    QDateTime stateHappenedAt;
    int version = 1;
    QList<ChecklistNote> notes; // oldest first
    QDateTime deadlinesFrom;    // its checklist's (invalid: from detection)

    // The step's own deadline when it has a known one, else its phase's.
    const Deadline &effectiveDeadline() const;
    // Detection time (or the checklist's deadlinesFrom) + deadline; invalid
    // when the deadline is not known.
    QDateTime due(const QDateTime &detectedAt) const;
    bool isSettled() const { return state != State::Open; }
    // When the step was done or skipped, as it happened.
    QDateTime settledAt() const { return stateHappenedAt.isValid() ? stateHappenedAt : stateAt; }
    bool isBackdated() const { return stateHappenedAt.isValid() && stateHappenedAt < stateAt; }

    static QString stateCode(State state); // "open", "done", "skipped"
    static std::optional<State> stateFromCode(const QString &code);
};

// Everything attached to one incident, in display order.
struct IncidentChecklists
{
    QString incidentId;
    QDateTime detectedAt;
    QList<Checklist> checklists;
    QList<ChecklistItem> items; // by checklist, then position
    // Playbooks the incident's alerts (their detection rules) suggested, by
    // name, in the order the alerts came; attached or not.
    QStringList suggestedPlaybooks;
};

// The result of ticking, skipping or reopening an item.
struct ItemChange
{
    ChecklistItem item;   // as it is now
    bool changed = false; // false: it already was in that state (someone else was faster)
};

} // namespace ic

Q_DECLARE_METATYPE(ic::IncidentChecklists)
