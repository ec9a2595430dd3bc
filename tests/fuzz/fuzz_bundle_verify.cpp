// libFuzzer target: verifying an evidence bundle, a folder from outside.
// The input is a small archive unpacked into a fresh folder:
//   repeated: 1 byte name length, name, 3 bytes big-endian content length,
//             content; a name ending in '/' makes a folder; a name starting
//             with '@' makes a symbolic link to the content; '|' a FIFO.
// Verification must finish (never block on a FIFO or follow a link), and
// every refusal says why.
#include "models/evidence/EvidenceBundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <sys/stat.h>

namespace {
QTemporaryDir *root = nullptr;
int run = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    root = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString dir = root->filePath(QStringLiteral("b%1").arg(++run));
    QDir().mkpath(dir);
    size_t at = 0;
    int entries = 0;
    while (at < size && entries++ < 64) {
        const size_t nameLength = data[at++];
        if (at + nameLength + 3 > size)
            break;
        QString name =
            QString::fromLatin1(reinterpret_cast<const char *>(data + at), qsizetype(nameLength));
        at += nameLength;
        const size_t length = (size_t(data[at]) << 16) | (size_t(data[at + 1]) << 8) | data[at + 2];
        at += 3;
        const QByteArray content(reinterpret_cast<const char *>(data + at),
                                 qsizetype(qMin(length, size - at)));
        at += size_t(content.size());
        const bool link = name.startsWith(QLatin1Char('@'));
        const bool fifo = name.startsWith(QLatin1Char('|'));
        if (link || fifo)
            name = name.mid(1);
        // Only names inside the folder (the unpacker is ours, not the verifier).
        if (name.isEmpty() || name.contains(QLatin1String("..")) ||
            name.startsWith(QLatin1Char('/')))
            continue;
        const QString path = QDir(dir).filePath(name);
        if (name.endsWith(QLatin1Char('/'))) {
            QDir().mkpath(path);
        } else if (link) {
            QFile::link(QString::fromLatin1(content), path);
        } else if (fifo) {
            mkfifo(QFile::encodeName(path).constData(), 0600);
        } else {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
        }
    }
    ic::TrustAnchors anchors;
    const auto v = ic::EvidenceBundle::verify(dir, anchors);
    if (v.outcome() == ic::BundleVerification::Outcome::Unreadable && v.problem.isEmpty())
        __builtin_trap();
    if (v.ok()) // nothing was trusted, so nothing can be OK
        __builtin_trap();
    QDir(dir).removeRecursively();
    return 0;
}
