#pragma once

#include "ui/Panes.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ic {

class MessageBanner;
class ReviewStore;

// The post-incident review of the selected incident: drafted from the
// record, edited as Markdown beside a live preview, saved as versions, and
// exported as Markdown or PDF, or printed. Typing is kept as an unsaved copy
// in the workspace, so nothing is lost before it is saved as a version.
class ReviewPane : public IncidentPane
{
    Q_OBJECT
public:
    ReviewPane(const PaneContext &context, QWidget *parent = nullptr);

    static QString paneTitle() { return tr("Review"); }
    static QList<QAction *> createActions(QObject *owner);
    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;
    QString unsavedWork() const override;

    QString markdown() const;
    int shownVersion() const { return m_shownVersion; }
    bool isModified() const { return m_modified; }

private:
    void loadVersions(int select = 0);
    void showVersion(int version);
    void draftFromRecord();
    void save();
    void exportMarkdown();
    void exportPdf();
    void print();
    void setText(const QString &markdown, bool modified);
    void updatePreview();
    void updateState();
    void keepDraft();
    void setKeep(int state);

    PaneContext m_context;
    std::optional<Incident> m_incident;
    ReviewStore *m_store;
    int m_latest = 0;
    int m_shownVersion = 0;
    bool m_modified = false;
    bool m_loading = false;
    // Typed text not saved as a version is kept in the workspace as a draft:
    // is what is on screen stored there yet?
    enum Keep { NothingToKeep, Keeping, Kept, KeepFailed };
    int m_keep = NothingToKeep;
    QDateTime m_keptAt;
    QString m_keepError;

    MessageBanner *m_banner;
    QComboBox *m_versions;
    QPushButton *m_draft;
    QPushButton *m_save;
    QPushButton *m_exportMd;
    QPushButton *m_exportPdf;
    QPushButton *m_print;
    QLabel *m_state;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    QTimer *m_keepTimer;
    QAction *m_saveAction;
};

} // namespace ic
