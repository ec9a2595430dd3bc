#include "models/playbooks/PlaybookLibrary.h"

#include "models/playbooks/Markdown.h"
#include "models/playbooks/Outline.h"
#include "models/playbooks/PlaybookReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace ic {

namespace {

constexpr int MaxDepth = 4;    // folders below a playbook folder that are read
constexpr int MaxFiles = 1000; // per folder; a home directory is not a runbook folder

// The lines [first, last] of a file, for the preview of one playbook.
QByteArray lines(const QByteArray &content, int first, int last)
{
    if (first <= 1 && last <= 0)
        return content;
    QByteArray out;
    int line = 1;
    qsizetype start = 0;
    while (start <= content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        if (line >= first && (last <= 0 || line <= last))
            out += content.mid(start, end - start + 1);
        if (end >= content.size() || (last > 0 && line > last))
            break;
        start = end + 1;
        ++line;
    }
    return out;
}

} // namespace

PlaybookLibrary::PlaybookLibrary(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ic::Playbook>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300); // editors write a file in several steps
    connect(&m_debounce, &QTimer::timeout, this, &PlaybookLibrary::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PlaybookLibrary::scheduleReload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &PlaybookLibrary::scheduleReload);
    connect(&m_future, &QFutureWatcher<Snapshot>::finished, this, &PlaybookLibrary::finish);
}

PlaybookLibrary::~PlaybookLibrary()
{
    // The job touches nothing of ours; wait so it does not outlive the app.
    m_future.waitForFinished();
}

QStringList PlaybookLibrary::bundledFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/playbooks"));
    for (const QString &f : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(f));
    return out;
}

QStringList PlaybookLibrary::markdownFiles(const QString &folder, QStringList *visitedFolders)
{
    static const QSet<QString> suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                        QStringLiteral("mdown"), QStringLiteral("mkd"),
                                        QStringLiteral("txt")};
    QStringList out;
    QList<std::pair<QString, int>> pending{{QDir(folder).absolutePath(), 0}};
    while (!pending.isEmpty() && out.size() < MaxFiles) {
        const auto [path, depth] = pending.takeFirst();
        const QDir dir(path);
        if (!dir.exists())
            continue;
        if (visitedFolders)
            visitedFolders->append(path);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &fi : entries) {
            if (fi.fileName().startsWith(QLatin1Char('.')))
                continue; // .git and friends
            if (fi.isDir()) {
                if (depth + 1 <= MaxDepth && !fi.isSymLink())
                    pending.append({fi.absoluteFilePath(), depth + 1});
            } else if (suffixes.contains(fi.suffix().toLower()) && out.size() < MaxFiles) {
                out.append(fi.absoluteFilePath());
            }
        }
    }
    return out;
}

void PlaybookLibrary::setIncludeBundled(bool include)
{
    if (m_includeBundled == include)
        return;
    m_includeBundled = include;
    reload();
}

void PlaybookLibrary::setFolders(const QStringList &folders)
{
    QStringList clean;
    for (const QString &f : folders) {
        const QString p = QDir::cleanPath(f.trimmed());
        if (!p.isEmpty() && !clean.contains(p))
            clean.append(p);
    }
    if (clean == m_folders && m_generation > 0)
        return;
    m_folders = clean;
    reload();
}

const LibraryEntry *PlaybookLibrary::entry(const QString &key) const
{
    for (const LibraryEntry &e : m_entries) {
        if (e.playbook.key() == key)
            return &e;
    }
    return nullptr;
}

void PlaybookLibrary::scheduleReload()
{
    m_debounce.start();
}

void PlaybookLibrary::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    start();
}

void PlaybookLibrary::start()
{
    m_loading = true;
    m_again = false;
    const QStringList bundled = m_includeBundled ? bundledFiles() : QStringList();
    m_future.setFuture(QtConcurrent::run(&PlaybookLibrary::read, bundled, m_folders));
}

PlaybookLibrary::Snapshot PlaybookLibrary::read(const QStringList &bundled,
                                                const QStringList &folders)
{
    Snapshot s;
    QStringList paths = bundled;
    for (const QString &folder : folders) {
        const QFileInfo fi(folder);
        if (!fi.exists() || !fi.isDir()) {
            PlaybookFile f;
            f.path = folder;
            f.errors.append(QCoreApplication::translate(
                                "ic::PlaybookLibrary",
                                "The playbook folder %1 does not exist or is not a folder. No "
                                "playbooks were read from it; check Playbooks ▸ Folders.")
                                .arg(folder));
            s.files.append(f);
            if (fi.absoluteDir().exists())
                s.watchFolders.append(fi.absolutePath()); // it may appear
            continue;
        }
        paths += markdownFiles(folder, &s.watchFolders);
    }
    QSet<QString> seen;
    for (const QString &path : std::as_const(paths)) {
        if (seen.contains(path))
            continue;
        seen.insert(path);
        QByteArray content;
        PlaybookFile file = PlaybookReader::readFile(path, &content);
        const bool bundledFile = path.startsWith(QLatin1Char(':'));
        if (!bundledFile)
            s.watchFiles.append(path);
        if (file.ok()) {
            QByteArray preview = content;
            Outline::stripFrontMatter(preview);
            for (const Playbook &p : std::as_const(file.playbooks)) {
                LibraryEntry e;
                e.playbook = p;
                e.fileSha256 = QString::fromLatin1(file.sha256);
                e.bundled = bundledFile;
                e.html = Markdown::toHtml(lines(preview, p.line, p.line <= 1 ? 0 : p.endLine));
                s.entries.append(e);
            }
        }
        s.files.append(file);
    }
    return s;
}

void PlaybookLibrary::finish()
{
    Snapshot s = m_future.result();
    m_files = s.files;
    m_entries = s.entries;
    // Watch what was read; editors that replace a file drop it from the
    // watcher, so the list is renewed after every load.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!s.watchFiles.isEmpty())
        m_watcher.addPaths(s.watchFiles);
    if (!s.watchFolders.isEmpty())
        m_watcher.addPaths(s.watchFolders);
    m_loading = false;
    ++m_generation;
    emit loaded();
    if (m_again)
        start();
}

} // namespace ic
