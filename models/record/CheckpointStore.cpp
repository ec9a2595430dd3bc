#include "models/record/CheckpointStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::CheckpointStore)
};

} // namespace

CheckpointStore::CheckpointStore(QString directory) : m_directory(std::move(directory)) {}

QString CheckpointStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("checkpoints"));
}

bool CheckpointStore::isWorkspaceId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\z"));
    return re.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

QString CheckpointStore::pathFor(const QString &workspaceId) const
{
    return QDir(m_directory).filePath(workspaceId + QStringLiteral(".checkpoint"));
}

Result<std::optional<SignedCheckpoint>> CheckpointStore::latest(const QString &workspaceId) const
{
    if (!isWorkspaceId(workspaceId))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("\"%1\" is not a workspace id.").arg(workspaceId));
    const QString path = pathFor(workspaceId);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::optional<SignedCheckpoint>();
    if (info.isSymLink() || !info.isFile())
        return Error::make(Error::Kind::General,
                           Tr::tr("The stored checkpoint %1 is not a plain file; it was not "
                                  "used. Remove it only if you know why it changed.")
                               .arg(QDir::toNativeSeparators(path)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::General,
                           Tr::tr("The stored checkpoint %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray bytes = f.read(Checkpoints::MaxNoteBytes + 1);
    auto parsed = Checkpoints::parse(bytes);
    if (!parsed)
        return Error::make(Error::Kind::General,
                           Tr::tr("The stored checkpoint %1 was damaged or edited; it was not "
                                  "used.")
                               .arg(QDir::toNativeSeparators(path)),
                           parsed.error().message);
    return std::optional<SignedCheckpoint>(parsed.value());
}

Result<void> CheckpointStore::save(const QString &workspaceId, const QByteArray &note)
{
    auto parsed = Checkpoints::parse(note);
    if (!parsed)
        return parsed.error();
    auto current = latest(workspaceId);
    if (!current)
        return current.error();
    if (current.value()) {
        const Checkpoint &kept = current.value()->checkpoint;
        if (kept.origin != parsed->checkpoint.origin)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("The checkpoint is for the log %1, but this workspace's "
                                      "log is %2. The stored checkpoint was kept.")
                                   .arg(parsed->checkpoint.origin, kept.origin));
        if (parsed->checkpoint.size < kept.size)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("The checkpoint covers %1 events, fewer than the %2 this "
                                      "workstation already saw. The stored checkpoint was kept.")
                                   .arg(parsed->checkpoint.size)
                                   .arg(kept.size));
    }
    if (!QDir().mkpath(m_directory))
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not create %1; the checkpoint was not stored.")
                               .arg(QDir::toNativeSeparators(m_directory)));
    QSaveFile f(pathFor(workspaceId));
    if (!f.open(QIODevice::WriteOnly) || f.write(note) != note.size() || !f.commit())
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not store the checkpoint in %1: %2. The previous one "
                                  "is unchanged.")
                               .arg(QDir::toNativeSeparators(m_directory), f.errorString()));
    return success();
}

} // namespace ic
