#pragma once

#include "ui/Panes.h"

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;
class QTreeWidget;

namespace ic {

class MessageBanner;
class PlaybookFilterModel;
class PlaybookLibrary;
class PlaybookListModel;
struct LibraryEntry;

// The playbook library: search by name and indicators, the rendered
// document beside the checklist read from it, the import report, the
// team's playbook folders, and starting an incident from a playbook.
class PlaybooksView : public WorkspaceView
{
    Q_OBJECT
public:
    PlaybooksView(const PaneContext &context, QWidget *parent = nullptr);

    static QString paneTitle() { return tr("Playbooks"); }
    static QList<QAction *> createActions(QObject *owner);
    QString title() const override { return paneTitle(); }
    void setCurrentIncident(const ic::Incident *incident) override;

    PlaybookLibrary *library() const { return m_library; }
    bool selectPlaybook(const QString &key);

    // Opens the new-incident dialog for the selected playbook (non-modal).
    void newIncidentFromSelected();

private:
    void buildUi();
    void libraryLoaded();
    void showSelected();
    void updateReport(const LibraryEntry *entry);
    void updateEnabled();
    void attachToCurrent();
    void attachToCurrentFrom(const QString &key, const QDateTime &deadlinesFrom);
    void addFolder();
    void removeFolder();
    void saveFolders(const QStringList &folders);
    const LibraryEntry *selected() const;
    void showError(const QString &message, const QString &detail = {});

    PaneContext m_context;
    PlaybookLibrary *m_library;
    PlaybookListModel *m_model;
    PlaybookFilterModel *m_filter;
    std::optional<Incident> m_current;

    MessageBanner *m_banner;
    QLineEdit *m_search;
    QTreeView *m_list;
    QLabel *m_problems;
    QListWidget *m_folders;
    QPushButton *m_addFolder;
    QPushButton *m_removeFolder;
    QPushButton *m_newIncident;
    QPushButton *m_attach;
    QTextBrowser *m_preview;
    QTreeWidget *m_checklist;
    QPlainTextEdit *m_report;
    QAction *m_newIncidentAction = nullptr;
};

} // namespace ic
