#pragma once

#include "models/core/Result.h"
#include "models/timeline/TimelineEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ic {

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

// Appends in the caller's transaction (or its own). Serialises appends per
// incident (row lock on PostgreSQL, the write lock on SQLite).
Result<IncidentEvent> append(QSqlDatabase &db, const EventDraft &draft, const QDateTime &nowUtc);

// Events in chain order (seq).
Result<QList<IncidentEvent>> events(QSqlDatabase &db, const QString &incidentId);

// Recomputes the chain and compares it with what is stored.
Result<ChainVerification> verify(QSqlDatabase &db, const QString &incidentId);

// Chains events written before the record was hash-chained (schema 2).
Result<int> chainUnchained(QSqlDatabase &db);

// The canonical bytes an event's hash covers, and the hash.
QByteArray canonical(const IncidentEvent &event);
QString hashOf(const IncidentEvent &event);

} // namespace EventLog
} // namespace ic
