#pragma once

#include "models/record/MerkleTree.h"
#include "models/record/PersonKey.h"
#include "models/record/RecordEvent.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace ic {

// What checking a run of events found: each event's leaf hash and whether
// its author's signature holds by a key we have. Whether that key is
// trusted at the event's time is the caller's question.
struct EventCheck
{
    std::vector<Merkle::Hash> leaves; // per event, in order
    QList<int> unsignedEvents;        // positions
    QList<int> unknownSigner;         // signed by a key not in `keys`
    QList<int> badSignature;          // the signature does not hold
};

namespace RecordVerifier {

// Hashes every event's leaf and verifies every signature, on `threads`
// threads (0: one per core). Ed25519 verification is the cost: about 0.1 ms
// per event per core.
EventCheck checkEvents(const QList<RecordEvent> &events, const QHash<QString, PublicKey> &keys,
                       int threads = 0);

// The root of a tree of exactly these leaves (no store needed).
Merkle::Hash rootOf(const std::vector<Merkle::Hash> &leaves);

} // namespace RecordVerifier
} // namespace ic
