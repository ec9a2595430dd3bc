#pragma once

#include "models/playbooks/Playbook.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace ic {

// One playbook as the library offers it.
struct LibraryEntry
{
    Playbook playbook;
    QString fileSha256;
    QString html; // the playbook's part of its file, rendered for a preview
    bool bundled = false;
};

// The playbooks the app knows: the ones shipped with it and the Markdown
// files in the folders the user added. Files are read on a worker thread;
// a file or folder that changes on disk is read again while the app runs.
// A file that cannot be read is reported and never stops the others.
class PlaybookLibrary : public QObject
{
    Q_OBJECT
public:
    explicit PlaybookLibrary(QObject *parent = nullptr);
    ~PlaybookLibrary() override;

    // The bundled runbooks (":/playbooks/...").
    static QStringList bundledFiles();
    // Files in `folder` (and below, a few levels) that may hold playbooks.
    static QStringList markdownFiles(const QString &folder, QStringList *visitedFolders = nullptr);

    void setIncludeBundled(bool include);
    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }

    // Reads everything again; answers with loaded().
    void reload();
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation; } // completed loads

    const QList<PlaybookFile> &files() const { return m_files; }
    const QList<LibraryEntry> &entries() const { return m_entries; }
    const LibraryEntry *entry(const QString &key) const;

signals:
    void loaded();

private:
    struct Snapshot
    {
        QList<PlaybookFile> files;
        QList<LibraryEntry> entries;
        QStringList watchFiles;
        QStringList watchFolders;
    };
    static Snapshot read(const QStringList &bundled, const QStringList &folders);
    void scheduleReload();
    void start();
    void finish();

    QStringList m_folders;
    bool m_includeBundled = true;
    QList<PlaybookFile> m_files;
    QList<LibraryEntry> m_entries;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QFutureWatcher<Snapshot> m_future;
    bool m_loading = false;
    bool m_again = false;
    int m_generation = 0;
};

} // namespace ic
