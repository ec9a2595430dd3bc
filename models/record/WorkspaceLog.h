#pragma once

#include "models/core/Result.h"
#include "models/record/Checkpoint.h"
#include "models/record/MerkleTree.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ic {

// The workspace's one Merkle log as stored in its database (store step 40):
// the events with a leaf index, the complete-subtree hashes in
// ic_record_nodes and the head in ic_record_head. What a verifier or a
// workstation asks of it.
namespace WorkspaceLog {

struct Head
{
    QString origin;
    uint64_t size = 0;
    Merkle::Hash root{}; // from the stored hashes (a cache, not evidence)
};

// The log's origin, size (ic_record_head) and root (read from O(log n)
// stored hashes).
Result<Head> head(QSqlDatabase &db);

struct TreeCheck
{
    bool intact = true;
    uint64_t size = 0;   // the head's
    uint64_t events = 0; // events in the log
    Merkle::Hash root{}; // of the leaves recomputed from the events
    QString problem;     // for people: the first thing wrong, where
};

// Recomputes every leaf from the events (the canonical encoding) and
// compares them with the stored leaves, the stored root and the head.
Result<TreeCheck> checkStoredTree(QSqlDatabase &db);

struct Consistency
{
    bool consistent = false;
    QString problem; // why not, for people
};

// Whether the log now (size, root: a checkpoint's or the stored one) extends
// the tree `kept` states, by a consistency proof read from the stored
// hashes. An error only when the database cannot be read; a proof that
// cannot be made (hashes missing, the tree smaller) is an inconsistency.
Result<Consistency> checkConsistency(QSqlDatabase &db, const Checkpoint &kept, uint64_t size,
                                     const Merkle::Hash &root);

// Events recorded before the log (leaf_index NULL: an upgraded workspace)
// are put into it once, oldest first, by an explicit admin step (never on
// open), and each incident they belong to gets a "record.legacy-adopted"
// event saying so. Returns how many were adopted (0: none left).
Result<int> adoptLegacy(QSqlDatabase &db, const QString &actor, const QDateTime &nowUtc);

} // namespace WorkspaceLog
} // namespace ic
