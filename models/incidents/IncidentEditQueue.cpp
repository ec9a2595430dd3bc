#include "models/incidents/IncidentEditQueue.h"

#include "models/incidents/IncidentStore.h"

namespace ic {

IncidentEditQueue::IncidentEditQueue(IncidentStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

bool IncidentEditQueue::hasUnsavedChanges() const
{
    for (const Save &s : m_saves) {
        if (s.inFlight || s.queued)
            return true;
    }
    return false;
}

std::optional<IncidentEditQueue::Rejected>
IncidentEditQueue::rejected(const QString &incidentId) const
{
    const auto it = m_saves.constFind(incidentId);
    if (it == m_saves.constEnd())
        return std::nullopt;
    return it->rejected;
}

void IncidentEditQueue::submit(const QString &incidentId, int baseVersion,
                               const IncidentPatch &patch)
{
    if (patch.isEmpty())
        return;
    Save &save = m_saves[incidentId];
    if (save.inFlight) {
        save.queued = save.queued ? mergePatches(*save.queued, patch) : patch;
        return;
    }
    send(incidentId, baseVersion, patch);
}

void IncidentEditQueue::send(const QString &id, int baseVersion, const IncidentPatch &patch)
{
    if (!m_store)
        return;
    Save &save = m_saves[id];
    save.inFlight = true;
    save.baseVersion = baseVersion;
    save.rejected.reset();
    emit sending(id);
    m_store->update(id, baseVersion, patch,
                    [this, id, patch](const Result<Incident> &r, const Incident &current) {
                        Save &st = m_saves[id];
                        st.inFlight = false;
                        if (r) {
                            emit saved(r.value());
                            if (st.queued) {
                                const IncidentPatch next = *st.queued;
                                st.queued.reset();
                                send(id, r->version, next);
                            } else {
                                m_saves.remove(id);
                            }
                            return;
                        }
                        if (r.error().kind == Error::Kind::Queued) {
                            // Kept on this workstation: carry on editing on top of it.
                            emit keptOffline(id, patch);
                            if (st.queued) {
                                const IncidentPatch next = *st.queued;
                                st.queued.reset();
                                send(id, st.baseVersion, next);
                            } else {
                                m_saves.remove(id);
                            }
                            return;
                        }
                        Rejected rejected;
                        rejected.patch = st.queued ? mergePatches(patch, *st.queued) : patch;
                        st.queued.reset();
                        if (r.error().kind == Error::Kind::Conflict)
                            rejected.conflictCurrent = current;
                        else
                            rejected.error = r.error();
                        st.rejected = rejected;
                        emit refused(id);
                    });
}

} // namespace ic
