#pragma once

#include "models/core/Result.h"
#include "models/record/Checkpoint.h"

#include <QString>

#include <optional>

namespace ic {

// This workstation's memory of each workspace's record: the latest
// checkpoint it verified, one file per workspace id in the application's
// own data folder (QStandardPaths::AppDataLocation/checkpoints), never in
// the workspace, so whoever can write the database cannot move it. Written
// atomically (QSaveFile): a crash leaves the old checkpoint or the new one.
class CheckpointStore
{
public:
    explicit CheckpointStore(QString directory = defaultDirectory());
    static QString defaultDirectory();

    // The stored checkpoint, if any. A file that is not a readable
    // checkpoint is an error (it was damaged or tampered with), never
    // silently "none".
    Result<std::optional<SignedCheckpoint>> latest(const QString &workspaceId) const;

    // Keeps `note` as the latest for this workspace. The caller has
    // verified it (signature, and consistency with latest()). Refuses a
    // smaller tree than the one kept, or another log's checkpoint.
    Result<void> save(const QString &workspaceId, const QByteArray &note);

    QString pathFor(const QString &workspaceId) const;
    static bool isWorkspaceId(const QString &id);

private:
    QString m_directory;
};

} // namespace ic
