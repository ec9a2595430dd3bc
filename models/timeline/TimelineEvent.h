#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ic {

// Something that happened on an incident, with who and when. Append-only:
// a correction is a new event that names the one it corrects.
struct IncidentEvent
{
    qint64 id = 0;
    QString incidentId;
    int seq = 0;          // 1, 2, 3... per incident, in the order recorded
    QDateTime occurredAt; // when it happened (may be backdated)
    QDateTime recordedAt; // when it was written
    QString actor;
    QString kind; // "incident.created", "incident.updated", "note", ...
    QString summary;
    QJsonObject details;
    bool backdated = false; // a manual entry with a chosen time
    qint64 correctsEventId = 0;
    QString prevHash; // hash of event seq-1 ("" for the first)
    QString hash;     // SHA-256 of the canonical content and prevHash
    // Its place in the workspace's Merkle log (docs/record.md); -1: an event
    // recorded before the log, not yet adopted into it.
    qint64 leafIndex = -1;
    QString signer;       // fingerprint of the author's key; empty: unsigned
    QByteArray signature; // Ed25519 over the canonical encoding (RecordEvent)
};

} // namespace ic

Q_DECLARE_METATYPE(ic::IncidentEvent)
