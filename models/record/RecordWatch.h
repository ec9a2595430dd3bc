#pragma once

#include "models/core/Result.h"
#include "models/record/Checkpoint.h"
#include "models/record/CheckpointStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ic {

class Ed25519Signer;

// What a workstation checks of a workspace's record on every open and every
// change-feed resync (on the workspace's worker, never the UI thread).
struct RecordCheck
{
    bool rewritten = false;
    QString message;       // for people: what was found (the alarm's text)
    QDateTime lastSeen;    // the time of the checkpoint this workstation kept
    uint64_t size = 0;     // the log's size now
    bool advanced = false; // a newer checkpoint was signed and kept
};

namespace RecordWatch {

// 1. Reads this workstation's kept checkpoint of the workspace (never in the
//    workspace) and asks the stored tree for a consistency proof from it to
//    the log as it is now; also checks the newest checkpoint stored in the
//    workspace whose signer is a registered key against the stored tree.
// 2. A failure is `rewritten`, with the reason, and is recorded as a
//    "record.rewritten" event on every open incident (once per finding);
//    the kept checkpoint is not moved, so the next open finds it again.
// 3. Otherwise, with a signer, signs a checkpoint of the log now, stores it
//    in the workspace and keeps it here.
// `mayWrite` false (a read-only open): nothing is written anywhere.
// `everyLeaf` false (the checkpoint kept after appends): step 1 without
// reading every event against its stored leaf, which open and resync do.
Result<RecordCheck> check(QSqlDatabase &db, const QString &workspaceId, CheckpointStore &kept,
                          const Ed25519Signer *signer, const QString &actor,
                          const QDateTime &nowUtc, bool mayWrite = true, bool everyLeaf = true);

// Signs a checkpoint of the log as it is now with `signer` and stores it in
// the workspace; returns the note.
Result<QByteArray> signAndStore(QSqlDatabase &db, const Ed25519Signer &signer, const QString &actor,
                                const QDateTime &nowUtc);

} // namespace RecordWatch
} // namespace ic
