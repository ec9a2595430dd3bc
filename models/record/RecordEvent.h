#pragma once

#include "models/core/Result.h"
#include "models/record/MerkleTree.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ic {

struct IncidentEvent;

// One event of the record as its author signs it and as the log holds it.
struct RecordEvent
{
    QString origin;         // the log it belongs to (a checkpoint's origin)
    uint64_t leafIndex = 0; // its place in that log
    QString incidentId;
    qint64 seq = 0;       // 1, 2, 3... within the incident
    QDateTime occurredAt; // UTC, milliseconds
    QDateTime recordedAt; // UTC, milliseconds (the database server's clock)
    QString actor;        // the login that recorded it
    QString kind;
    QString summary;
    QJsonObject details;
    bool backdated = false;
    qint64 correctsEventId = 0;
    QString signer;       // fingerprint of the author's key; empty: unsigned (legacy)
    QByteArray signature; // Ed25519 over signedBytes(); empty when unsigned

    static RecordEvent from(const IncidentEvent &event, const QString &origin, uint64_t leafIndex);
};

// The canonical encoding of an event, version 1. Every field in a fixed
// order, each as a 4-byte big-endian length and its bytes, behind a magic
// and a version byte; integers as 8-byte big-endian, times as milliseconds
// since 1970 UTC, details as compact JSON with sorted keys. Two different
// events never encode the same, and the encoding never reads as a
// checkpoint or a manifest (it starts "ic-event" and a NUL byte).
//
//   signedBytes = "ic-event\0" 0x01 origin leaf incident seq occurred
//                 recorded actor kind summary details backdated corrects signer
//   leafData    = signedBytes || field(signature)
//   leaf hash   = SHA-256(0x00 || leafData)          (RFC 9162)
namespace EventEncoding {

constexpr quint8 Version = 1;
constexpr qsizetype MaxFieldBytes = 1 << 20;
constexpr qsizetype MaxLeafBytes = 4 << 20;

QByteArray signedBytes(const RecordEvent &event);
QByteArray leafData(const RecordEvent &event);
// The same, from signedBytes already made (verifiers need both).
QByteArray leafData(const QByteArray &signedBytes, const QByteArray &signature);
Merkle::Hash leafHash(const RecordEvent &event);

// Reads leafData back, strictly (exact lengths, UTF-8, nothing after).
Result<RecordEvent> decodeLeaf(QByteArrayView data);

// Details as the encoding writes them.
QByteArray detailsBytes(const QJsonObject &details);

} // namespace EventEncoding
} // namespace ic
