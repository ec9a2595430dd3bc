#include "models/evidence/BundleFolder.h"

#include "models/core/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::BundleFolder)
};

QString kindOf(mode_t mode)
{
    if (S_ISLNK(mode))
        return Tr::tr("a symbolic link");
    if (S_ISFIFO(mode))
        return Tr::tr("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device");
    return Tr::tr("not a plain file");
}

Error refuse(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

struct Walk
{
    QList<BundleFolder::Entry> files;
    int entries = 0;
};

Result<void> walk(int dirFd, const QString &prefix, int depth, Walk &out)
{
    if (depth > BundleFolder::MaxDepth)
        return refuse(Tr::tr("The bundle nests folders more than %1 deep (at %2). Nothing was "
                             "read from it.")
                          .arg(BundleFolder::MaxDepth)
                          .arg(prefix));
    const int dupFd = fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    DIR *dir = dupFd >= 0 ? fdopendir(dupFd) : nullptr;
    if (!dir) {
        if (dupFd >= 0)
            ::close(dupFd);
        return refuse(Tr::tr("The bundle's folder %1 cannot be listed: %2")
                          .arg(prefix.isEmpty() ? QStringLiteral(".") : prefix,
                               QString::fromLocal8Bit(std::strerror(errno))));
    }
    Result<void> result;
    while (dirent *d = readdir(dir)) {
        if (!std::strcmp(d->d_name, ".") || !std::strcmp(d->d_name, ".."))
            continue;
        if (++out.entries > BundleFolder::MaxEntries) {
            result = refuse(Tr::tr("The bundle holds more than %1 entries. Nothing was read "
                                   "from it.")
                                .arg(BundleFolder::MaxEntries));
            break;
        }
        const QString name = QString::fromLocal8Bit(d->d_name);
        const QString rel = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        struct stat st;
        if (fstatat(dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            result = refuse(Tr::tr("%1 in the bundle cannot be examined: %2")
                                .arg(rel, QString::fromLocal8Bit(std::strerror(errno))));
            break;
        }
        if (S_ISREG(st.st_mode)) {
            out.files.append({rel, qint64(st.st_size)});
        } else if (S_ISDIR(st.st_mode)) {
            const int sub =
                openat(dirfd(dir), d->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) {
                result = refuse(Tr::tr("The folder %1 in the bundle cannot be opened: %2")
                                    .arg(rel, QString::fromLocal8Bit(std::strerror(errno))));
                break;
            }
            result = walk(sub, rel, depth + 1, out);
            ::close(sub);
            if (!result)
                break;
        } else {
            result = refuse(Tr::tr("%1 in the bundle is %2; a bundle holds only plain files and "
                                   "folders, so it was refused without following or opening it. "
                                   "Nothing was read from it.")
                                .arg(rel, kindOf(st.st_mode)));
            break;
        }
    }
    closedir(dir);
    return result;
}

} // namespace

BundleFolder::~BundleFolder()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

BundleFolder::BundleFolder(BundleFolder &&other) noexcept
    : m_fd(other.m_fd), m_directory(std::move(other.m_directory)), m_files(std::move(other.m_files))
{
    other.m_fd = -1;
}

Result<BundleFolder> BundleFolder::open(const QString &directory)
{
    const QByteArray path = QFile::encodeName(directory);
    struct stat st;
    if (lstat(path.constData(), &st) != 0)
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(directory)));
    if (!S_ISDIR(st.st_mode))
        return refuse(Tr::tr("%1 is %2, not a bundle's folder; it was not followed or opened.")
                          .arg(QDir::toNativeSeparators(directory),
                               S_ISREG(st.st_mode) ? Tr::tr("a file") : kindOf(st.st_mode)));
    BundleFolder f;
    f.m_directory = directory;
    f.m_fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (f.m_fd < 0)
        return refuse(Tr::tr("%1 cannot be opened: %2")
                          .arg(QDir::toNativeSeparators(directory),
                               QString::fromLocal8Bit(std::strerror(errno))));
    Walk w;
    if (auto r = walk(f.m_fd, QString(), 0, w); !r)
        return r.error();
    f.m_files = std::move(w.files);
    return f;
}

const BundleFolder::Entry *BundleFolder::find(const QString &relativePath) const
{
    for (const Entry &e : m_files) {
        if (e.path == relativePath)
            return &e;
    }
    return nullptr;
}

bool BundleFolder::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 1024 || path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c == QLatin1Char('\\') || c.unicode() == 0x7f)
            return false;
    }
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

Result<int> BundleFolder::openFile(const QString &relativePath) const
{
    if (!isSafeRelativePath(relativePath))
        return refuse(Tr::tr("\"%1\" is not a path inside the bundle.").arg(relativePath));
    // Walk the folders one by one, never following a link.
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    int dirFd = m_fd;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray name = QFile::encodeName(parts[i]);
        const bool last = i + 1 == parts.size();
        const int fd = openat(dirFd, name.constData(),
                              last ? (O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
                                   : (O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        const int saved = errno;
        if (dirFd != m_fd)
            ::close(dirFd);
        if (fd < 0)
            return Error::make(
                saved == ENOENT ? Error::Kind::NotFound : Error::Kind::InvalidInput,
                Tr::tr("%1 cannot be opened: %2")
                    .arg(relativePath, QString::fromLocal8Bit(std::strerror(saved))));
        dirFd = fd;
    }
    struct stat st;
    if (fstat(dirFd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const mode_t mode = st.st_mode;
        ::close(dirFd);
        return refuse(
            Tr::tr("%1 in the bundle is %2; it was not read.").arg(relativePath, kindOf(mode)));
    }
    return dirFd;
}

Result<QByteArray> BundleFolder::read(const QString &relativePath, qint64 maxBytes) const
{
    auto fd = openFile(relativePath);
    if (!fd)
        return fd.error();
    struct stat st;
    fstat(fd.value(), &st);
    if (qint64(st.st_size) > maxBytes) {
        ::close(fd.value());
        return refuse(Tr::tr("%1 in the bundle is %2 bytes, more than the %3 such a file can "
                             "be; it was not read.")
                          .arg(relativePath)
                          .arg(qint64(st.st_size))
                          .arg(maxBytes));
    }
    QByteArray out;
    out.resize(qsizetype(st.st_size));
    qint64 got = 0;
    while (got < qint64(st.st_size)) {
        const ssize_t n = ::read(fd.value(), out.data() + got, size_t(qint64(st.st_size) - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    // Grown while reading: refuse rather than read without end.
    char extra;
    const bool grew = got == qint64(st.st_size) && ::read(fd.value(), &extra, 1) > 0;
    ::close(fd.value());
    if (got != qint64(st.st_size) || grew)
        return refuse(Tr::tr("%1 in the bundle changed size while it was read.").arg(relativePath));
    return out;
}

Result<QString> BundleFolder::sha256(const QString &relativePath, qint64 expectedSize) const
{
    auto fd = openFile(relativePath);
    if (!fd)
        return fd.error();
    struct stat st;
    fstat(fd.value(), &st);
    if (qint64(st.st_size) != expectedSize) {
        ::close(fd.value());
        return Error::make(Error::Kind::Conflict, Tr::tr("%1 is %2 bytes; the manifest says %3.")
                                                      .arg(relativePath)
                                                      .arg(qint64(st.st_size))
                                                      .arg(expectedSize));
    }
    Sha256 h;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::read(fd.value(), buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        total += n;
        if (total > expectedSize)
            break;
        h.add(QByteArrayView(buffer.constData(), n));
    }
    ::close(fd.value());
    if (total != expectedSize)
        return Error::make(Error::Kind::Conflict,
                           Tr::tr("%1 changed size while it was read.").arg(relativePath));
    return h.hex();
}

} // namespace ic
