#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ic {

class IncidentStore;

// The edits one commander makes to incidents, one save at a time per
// incident: an edit made while a save is in flight waits, merged with the
// ones after it, and is sent on top of the saved version, so a commander
// never conflicts with themselves. An edit the store refused (someone else
// changed the incident first, or an error) is kept until the commander
// decides. Per incident, so moving the selection never drops an edit.
class IncidentEditQueue : public QObject
{
    Q_OBJECT
public:
    // What waits for the commander's decision.
    struct Rejected
    {
        IncidentPatch patch;                     // what was not saved
        std::optional<Incident> conflictCurrent; // someone else's version, on a conflict
        std::optional<Error> error;              // else why not
    };

    explicit IncidentEditQueue(IncidentStore *store, QObject *parent = nullptr);

    // Saves `patch` on the incident as shown (`baseVersion`), or queues it
    // behind the save in flight.
    void submit(const QString &incidentId, int baseVersion, const IncidentPatch &patch);
    // Sends at once on `baseVersion` (the commander keeps theirs after a
    // conflict), whatever was queued or refused before.
    void send(const QString &incidentId, int baseVersion, const IncidentPatch &patch);

    bool isTracked(const QString &incidentId) const { return m_saves.contains(incidentId); }
    // A save in flight or waiting, for any incident.
    bool hasUnsavedChanges() const;
    std::optional<Rejected> rejected(const QString &incidentId) const;
    // The commander decided about what was refused: forget it.
    void forget(const QString &incidentId) { m_saves.remove(incidentId); }

signals:
    void sending(const QString &incidentId);
    void saved(const ic::Incident &incident);
    // Kept on this workstation (the database is away): shown as edited.
    void keptOffline(const QString &incidentId, const ic::IncidentPatch &patch);
    void refused(const QString &incidentId);

private:
    struct Save
    {
        bool inFlight = false;
        int baseVersion = 0;
        std::optional<IncidentPatch> queued;
        std::optional<Rejected> rejected;
    };

    QPointer<IncidentStore> m_store;
    QHash<QString, Save> m_saves;
};

} // namespace ic
