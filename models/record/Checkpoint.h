#pragma once

#include "models/core/Result.h"
#include "models/record/MerkleTree.h"
#include "models/record/PersonKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ic {

class Ed25519Signer;

// A signed statement of the record's tree at one size, in the C2SP
// tlog-checkpoint format (a C2SP signed note):
//
//   incident-commander.local/workspace/<id>    origin: which log
//   1234                                       tree size, decimal
//   <base64 root hash>                         RFC 9162 root of those leaves
//   time 2026-11-22T10:00:00.000Z              extension: when it was signed
//                                              (blank line)
//   — <origin> <base64(key id || Ed25519 signature)>
//
// The key name of every signature is the origin (as the format advises);
// which person signed is found by the 4-byte key id among the keys one
// trusts. Signatures cover the text up to and including its last newline.
struct Checkpoint
{
    QString origin;
    uint64_t size = 0;
    Merkle::Hash root{};
    QDateTime time;         // invalid: no time line
    QStringList extensions; // other extension lines, kept verbatim

    QByteArray text() const; // the signed note's text
};

struct NoteSignature
{
    QString keyName;
    quint32 keyId = 0;
    QByteArray signature; // without the key id
};

struct SignedCheckpoint
{
    Checkpoint checkpoint;
    QByteArray text; // exactly the bytes the signatures cover
    QList<NoteSignature> signatures;

    QByteArray note() const; // text, blank line, signature lines
};

// What the signatures of a checkpoint say, given the keys one knows.
struct CheckpointSignatures
{
    QStringList validBy;   // fingerprints whose signature holds
    QStringList invalidBy; // fingerprints named (name and key id) whose signature fails
};

namespace Checkpoints {

// Limits of the strict reader: a checkpoint is a few hundred bytes.
constexpr qsizetype MaxNoteBytes = 16 * 1024;
constexpr int MaxSignatures = 16;
constexpr int MaxExtensions = 8;
constexpr int MaxLineBytes = 512;

// The signed-note key id: SHA-256(name || 0x0A || 0x01 || raw key)[:4].
quint32 keyId(const QString &keyName, const QByteArray &rawPublicKey);

// A strict reader: exact line grammar, canonical numbers and base64, UTF-8
// without control characters, the limits above. Every refusal says why.
Result<SignedCheckpoint> parse(QByteArrayView note);

// Signs with the key name = origin; returns the whole note.
Result<QByteArray> sign(const Checkpoint &checkpoint, const Ed25519Signer &signer);
Result<QByteArray> sign(const Checkpoint &checkpoint, const QByteArray &privatePem);

CheckpointSignatures verify(const SignedCheckpoint &checkpoint, const QList<PublicKey> &keys);

} // namespace Checkpoints
} // namespace ic
