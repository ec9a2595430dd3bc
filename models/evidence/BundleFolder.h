#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ic {

// A folder from outside (an evidence bundle someone hands you), read
// without trusting it: every entry is looked at with lstat before anything
// is opened; only plain files and folders are accepted (a symbolic link, a
// FIFO, a socket or a device is refused by name, never followed or opened);
// files are opened relative to the folder with O_NOFOLLOW | O_NONBLOCK and
// checked again with fstat; every read has a size limit.
class BundleFolder
{
public:
    struct Entry
    {
        QString path; // relative, '/'-separated
        qint64 size = 0;
    };

    static constexpr int MaxEntries = 100'000;
    static constexpr int MaxDepth = 8;

    ~BundleFolder();
    BundleFolder(const BundleFolder &) = delete;
    BundleFolder &operator=(const BundleFolder &) = delete;
    BundleFolder(BundleFolder &&other) noexcept;

    // Opens the folder and lists every file in it (refusing the kinds above).
    static Result<BundleFolder> open(const QString &directory);

    const QList<Entry> &files() const { return m_files; }
    const Entry *find(const QString &relativePath) const;

    // The whole file, refused when larger than maxBytes (before reading).
    Result<QByteArray> read(const QString &relativePath, qint64 maxBytes) const;
    // Streams the file through SHA-256 (hex), refusing it at once when its
    // size is not expectedSize.
    Result<QString> sha256(const QString &relativePath, qint64 expectedSize) const;

    // A relative path as a manifest may name it: no "..", ".", empty or
    // absolute parts, no backslash or control characters.
    static bool isSafeRelativePath(const QString &path);

private:
    BundleFolder() = default;
    Result<int> openFile(const QString &relativePath) const;

    int m_fd = -1;
    QString m_directory;
    QList<Entry> m_files;
};

} // namespace ic
