#pragma once

#include "models/core/Result.h"
#include "models/record/MerkleTree.h"
#include "models/record/RecordEvent.h"
#include "models/record/TrustList.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

// The files of an evidence bundle that describe the record, with strict
// readers (each has a libFuzzer target): the manifest, the events and their
// inclusion proofs. The checkpoint is a C2SP note (models/record/Checkpoint).
namespace ic::BundleFormat {

constexpr auto FormatV1 = "incident-commander-evidence/1";
constexpr auto FormatV2 = "incident-commander-evidence/2";

constexpr qint64 MaxManifestBytes = 16 << 20;
constexpr qint64 MaxSignatureBytes = 1024;
constexpr qint64 MaxPublicKeyBytes = 4096;
constexpr qint64 MaxEventsBytes = 1LL << 30;
constexpr qint64 MaxProofsBytes = 1LL << 30;
constexpr int MaxFiles = 50'000;

struct ManifestFile
{
    QString path;
    QString sha256; // 64 lowercase hex
    qint64 bytes = 0;
    QString kind;
};

struct Manifest
{
    QString format;
    QDateTime createdAt;
    QString createdBy;
    QString incidentId;
    QString incidentRef;
    QString signerFingerprint;
    QByteArray signerPublicKey; // raw 32 bytes (version 2)
    // Version 2: the record's checkpoint and files, and the keys the
    // exporting workspace trusted (vouched for by the manifest's signer).
    QString origin;
    uint64_t treeSize = 0;
    Merkle::Hash rootHash{};
    QString checkpointPath, eventsPath, proofsPath;
    qint64 eventCount = 0;
    QList<TrustedKey> keys;
    QList<ManifestFile> files;

    bool hasRecord() const { return format == QLatin1String(FormatV2); }
};

// Strict: known format, every required field with its type, safe and
// unique paths, canonical hashes and sizes; at most MaxFiles files.
Result<Manifest> parseManifest(const QByteArray &json);

// events.jsonl: one JSON object per line, every field of RecordEvent.
QByteArray eventLine(const RecordEvent &event);
Result<QList<RecordEvent>> parseEvents(const QByteArray &jsonl, const QString &origin);

// proofs.txt:
//   ic-inclusion-proofs/1
//   <origin>
//   <tree size>
//   <leaf index> <base64 hash> <base64 hash> ...     (one line per event)
// Leaf indexes strictly ascending, each proof exactly as long as the tree
// shape needs, single spaces, canonical numbers and base64.
struct InclusionProofs
{
    QString origin;
    uint64_t treeSize = 0;
    QMap<uint64_t, std::vector<Merkle::Hash>> proofs;
};
QByteArray writeProofs(const InclusionProofs &proofs);
Result<InclusionProofs> parseProofs(const QByteArray &text);

} // namespace ic::BundleFormat
