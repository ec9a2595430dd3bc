#pragma once

#include "models/notify/NotificationDraft.h"
#include "models/notify/NotificationFacts.h"
#include "models/notify/NotificationTemplate.h"
#include "models/notify/RegulatoryClock.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace ic {

class Clock;
class MessageBanner;
class NotifyStore;

// What the editor needs to know beyond the draft itself.
struct DraftContext
{
    QString incidentId;
    QString incidentRef;
    OrganisationProfile organisation;
    std::optional<ClockState> clock; // the clock the draft answers
    QString factsDelayReasons;       // offered when it goes out late
    std::optional<NotificationTemplate> tmpl;
};

// One notification draft: To, Subject and a Markdown body beside a live
// preview, what is still missing (it blocks review), saved versions with a
// diff, review by someone who did not write it, marking it sent (then it is
// frozen), and exports. Unsaved typing is kept in the workspace.
class DraftEditor : public QWidget
{
    Q_OBJECT
public:
    DraftEditor(NotifyStore *store, const Clock &clock, MessageBanner *banner,
                QWidget *parent = nullptr);

    // nullptr: no draft. The same draft again only updates its state.
    void setDraft(const ic::NotificationDraft *draft);
    void setContext(const ic::DraftContext &context);
    const std::optional<NotificationDraft> &draft() const { return m_draft; }

    DraftVersion currentText() const;
    bool isModified() const { return m_modified; }
    QStringList missing() const; // in the text as shown

    void save();
    void markReviewed();
    void markSent();
    void refill();
    void compare();

signals:
    // Saved, reviewed or sent: the pane reloads the list and the clocks.
    void draftChanged(const QString &draftId);

private:
    void loadVersions(int select = 0);
    void showVersion(int version);
    void setText(const DraftVersion &text, bool modified);
    void textEdited();
    void updatePreview();
    void updateState();
    void error(const Error &e);
    void exportAs(const QString &suffix);
    void copyToClipboard();
    void openInMail();
    bool isLate() const;

    NotifyStore *m_store;
    const Clock &m_clock;
    MessageBanner *m_banner;
    std::optional<NotificationDraft> m_draft;
    DraftContext m_context;
    QList<DraftVersion> m_versions; // newest first
    int m_shownVersion = 0;
    bool m_modified = false;
    bool m_loading = false;

    QComboBox *m_versionCombo;
    QLabel *m_stateLabel;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QListWidget *m_missing;
    QLabel *m_readyLabel;
    QLabel *m_delayLabel;
    QPlainTextEdit *m_delayReasons;
    QPushButton *m_save;
    QPushButton *m_refill;
    QPushButton *m_compare;
    QPushButton *m_review;
    QPushButton *m_send;
    QToolButton *m_export;
    QPushButton *m_copy;
    QPushButton *m_mail;
    QTimer *m_previewTimer;
    QTimer *m_keepTimer;
};

} // namespace ic
