// libFuzzer target: any file a user may open as a workspace. The check must
// refuse or accept without crashing, and never change the file.
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {
QTemporaryDir *dir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // QtSql loads its drivers through it
    dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = dir->filePath(QStringLiteral("input.icw"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto result = ic::Workspace::inspectSqliteFile(path);
    if (!result && result.error().message.isEmpty())
        __builtin_trap(); // every refusal says why
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        __builtin_trap();
    const QByteArray after = f.readAll();
    if (after.size() != qsizetype(size) ||
        (size && std::memcmp(after.constData(), data, size) != 0))
        __builtin_trap(); // the file was changed
    return 0;
}
