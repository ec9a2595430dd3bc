#pragma once

#include "models/core/Result.h"
#include "models/timeline/TimelineEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ic {

class Ed25519Signer;
struct RecordEvent;

// What a feature records on an incident's timeline.
struct EventDraft
{
    QString incidentId;
    QString actor;
    QString kind;
    QString summary;
    QJsonObject details;
    QDateTime occurredAt;       // invalid: now
    bool backdated = false;     // a manual entry with a chosen, earlier time
    qint64 correctsEventId = 0; // a correction names the event it corrects
};

// Where the first break in an incident's record is, if any.
struct ChainVerification
{
    bool intact = true;
    int events = 0;
    int firstBrokenSeq = 0; // 0 when intact
    QString problem;        // for people: what is wrong, where
};

// The append-only, hash-chained record of everything that happened on an
// incident. Every feature writes its events through append(); nothing
// updates or deletes them. Each event stores the SHA-256 (OpenSSL) of its
// canonical content including the previous event's hash; the incident row
// keeps the head, so an altered, deleted, reordered or inserted row shows.
namespace EventLog {

// The workspace's one Merkle log (docs/record.md): its id in ic_record_nodes.
constexpr const char *LogId = "workspace";

// Appends in the caller's transaction (or its own). Serialises appends per
// incident and per workspace log (row locks on PostgreSQL, the write lock on
// SQLite). The event gets the next leaf of the workspace log and the
// server's clock as recorded_at (`nowUtc` only on SQLite, where this machine
// is the server); its leaf and the subtrees it completes are written in the
// same transaction. Signed with the connection's signer (setSigner), if any.
Result<IncidentEvent> append(QSqlDatabase &db, const EventDraft &draft, const QDateTime &nowUtc);

// Events in chain order (seq).
Result<QList<IncidentEvent>> events(QSqlDatabase &db, const QString &incidentId);

// Every event in the workspace log, in leaf order (legacy events not yet
// adopted into the log are left out).
Result<QList<IncidentEvent>> logEvents(QSqlDatabase &db);

// Recomputes the chain and compares it with what is stored.
Result<ChainVerification> verify(QSqlDatabase &db, const QString &incidentId);

// Chains events written before the record was hash-chained (schema 2).
Result<int> chainUnchained(QSqlDatabase &db);

// The checkpoint origin of a workspace's log, and of this database's.
QString originFor(const QString &workspaceId);
Result<QString> logOrigin(QSqlDatabase &db);

// An event as the log holds it (its leaf data is the canonical encoding).
RecordEvent recordEvent(const IncidentEvent &event, const QString &origin);

// Events appended on this connection are signed with `signer` (the person's
// key; null: unsigned). Thread-safe; keyed by the connection's name.
void setSigner(const QString &connectionName, std::shared_ptr<const Ed25519Signer> signer);

// The canonical bytes an event's hash covers, and the hash.
QByteArray canonical(const IncidentEvent &event);
QString hashOf(const IncidentEvent &event);

} // namespace EventLog
} // namespace ic
