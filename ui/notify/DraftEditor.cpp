#include "ui/notify/DraftEditor.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/notify/NotificationRenderer.h"
#include "models/notify/NotifyStore.h"
#include "ui/MessageBanner.h"
#include "ui/notify/NotificationExport.h"
#include "ui/notify/VersionDiffDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ic {

DraftEditor::DraftEditor(NotifyStore *store, const Clock &clock, MessageBanner *banner,
                         QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_banner(banner)
{
    setObjectName(QStringLiteral("draftEditor"));
    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_versionCombo = new QComboBox(this);
    m_versionCombo->setObjectName(QStringLiteral("draftVersionCombo"));
    m_versionCombo->setAccessibleName(tr("Version"));
    m_versionCombo->setMinimumContentsLength(14);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("draftStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_compare = button(tr("Compare…"), QStringLiteral("compareVersionsButton"));
    m_refill = button(tr("Refill from Facts"), QStringLiteral("refillDraftButton"));
    m_refill->setToolTip(tr("Fill the template in again from today's facts (as unsaved changes)"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_versionCombo);
    top->addWidget(m_compare);
    top->addWidget(m_refill);
    top->addWidget(m_stateLabel, 1);

    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("draftToEdit"));
    m_to->setPlaceholderText(tr("name@example.org, Name <other@example.org>"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("draftSubjectEdit"));
    auto *header = new QFormLayout;
    header->addRow(tr("To:"), m_to);
    header->addRow(tr("Subject:"), m_subject);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("draftBodyEdit"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setAccessibleName(tr("Notification text (Markdown)"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("draftPreview"));
    m_preview->setOpenExternalLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_body);
    split->addWidget(m_preview);

    m_readyLabel = new QLabel(this);
    m_readyLabel->setObjectName(QStringLiteral("draftReadyLabel"));
    m_readyLabel->setWordWrap(true);
    m_missing = new QListWidget(this);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setAccessibleName(tr("Missing elements"));
    m_missing->setMaximumHeight(m_missing->fontMetrics().lineSpacing() * 5 + 8);
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // Jump to the gap in the text.
        const QString marker = NotificationRenderer::missingMarker(item->text());
        QTextCursor c = m_body->document()->find(marker);
        if (!c.isNull()) {
            m_body->setTextCursor(c);
            m_body->setFocus();
        }
    });

    m_delayLabel = new QLabel(this);
    m_delayLabel->setObjectName(QStringLiteral("sendDelayLabel"));
    m_delayLabel->setWordWrap(true);
    m_delayReasons = new QPlainTextEdit(this);
    m_delayReasons->setObjectName(QStringLiteral("sendDelayReasonsEdit"));
    m_delayReasons->setMaximumHeight(m_delayReasons->fontMetrics().lineSpacing() * 3 + 12);
    m_delayReasons->setPlaceholderText(tr("Why it goes out after the deadline (recorded with it)"));
    connect(m_delayReasons, &QPlainTextEdit::textChanged, this, &DraftEditor::updateState);

    m_save = button(tr("Save Version"), QStringLiteral("saveDraftButton"));
    m_review = button(tr("Mark Reviewed"), QStringLiteral("markReviewedButton"));
    m_send = button(tr("Mark Sent"), QStringLiteral("markSentButton"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportDraftButton"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    auto exportAction = [this, menu](const QString &text, const QString &name,
                                     const QString &suffix) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, suffix] { exportAs(suffix); });
    };
    exportAction(tr("Mail Message (.eml)…"), QStringLiteral("exportEmlAction"),
                 QStringLiteral("eml"));
    exportAction(tr("Markdown…"), QStringLiteral("exportMarkdownAction"), QStringLiteral("md"));
    exportAction(tr("Plain Text…"), QStringLiteral("exportTextAction"), QStringLiteral("txt"));
    exportAction(tr("PDF…"), QStringLiteral("exportPdfAction"), QStringLiteral("pdf"));
    m_export->setMenu(menu);
    m_copy = button(tr("Copy"), QStringLiteral("copyDraftButton"));
    m_copy->setToolTip(tr("Copy subject and text as plain text (and Markdown)"));
    m_mail = button(tr("Open in Mail"), QStringLiteral("openInMailButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_review);
    actions->addWidget(m_send);
    actions->addStretch(1);
    actions->addWidget(m_export);
    actions->addWidget(m_copy);
    actions->addWidget(m_mail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addWidget(m_readyLabel);
    layout->addWidget(m_missing);
    layout->addWidget(m_delayLabel);
    layout->addWidget(m_delayReasons);
    layout->addLayout(actions);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &DraftEditor::updatePreview);
    m_keepTimer = new QTimer(this);
    m_keepTimer->setSingleShot(true);
    m_keepTimer->setInterval(1500);
    connect(m_keepTimer, &QTimer::timeout, this, [this] {
        if (m_draft && m_modified && !m_draft->isFrozen()) {
            const DraftVersion t = currentText();
            m_store->keepUnsaved(m_draft->id,
                                 UnsavedDraft{t.recipients, t.subject, t.body, m_shownVersion, {}});
        }
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &DraftEditor::textEdited);
    connect(m_to, &QLineEdit::textEdited, this, &DraftEditor::textEdited);
    connect(m_subject, &QLineEdit::textEdited, this, &DraftEditor::textEdited);
    connect(m_versionCombo, &QComboBox::activated, this,
            [this] { showVersion(m_versionCombo->currentData().toInt()); });
    connect(m_save, &QPushButton::clicked, this, &DraftEditor::save);
    connect(m_review, &QPushButton::clicked, this, &DraftEditor::markReviewed);
    connect(m_send, &QPushButton::clicked, this, &DraftEditor::markSent);
    connect(m_refill, &QPushButton::clicked, this, &DraftEditor::refill);
    connect(m_compare, &QPushButton::clicked, this, &DraftEditor::compare);
    connect(m_copy, &QPushButton::clicked, this, &DraftEditor::copyToClipboard);
    connect(m_mail, &QPushButton::clicked, this, &DraftEditor::openInMail);

    setDraft(nullptr);
}

void DraftEditor::setContext(const DraftContext &context)
{
    const bool reasonsUntouched = m_delayReasons->toPlainText().trimmed().isEmpty() ||
                                  m_delayReasons->toPlainText() == m_context.factsDelayReasons;
    m_context = context;
    if (reasonsUntouched) {
        const QSignalBlocker block(m_delayReasons);
        m_delayReasons->setPlainText(context.factsDelayReasons);
    }
    updateState();
}

void DraftEditor::setDraft(const NotificationDraft *draft)
{
    const bool same = draft && m_draft && m_draft->id == draft->id;
    if (same) {
        const int before = m_draft->latestVersion;
        m_draft = *draft;
        // Someone saved a newer version: show it unless we are typing.
        if (draft->latestVersion != before)
            loadVersions(m_modified ? m_shownVersion : 0);
        updateState();
        return;
    }
    if (m_draft && m_modified && !m_draft->isFrozen()) {
        const DraftVersion t = currentText();
        m_store->keepUnsaved(m_draft->id,
                             UnsavedDraft{t.recipients, t.subject, t.body, m_shownVersion, {}});
    }
    m_keepTimer->stop();
    m_versions.clear();
    m_versionCombo->clear();
    m_shownVersion = 0;
    if (!draft) {
        m_draft.reset();
        setText({}, false);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_draft = *draft;
    setText({}, false);
    loadVersions();
}

void DraftEditor::loadVersions(int select)
{
    if (!m_draft)
        return;
    const QString id = m_draft->id;
    m_store->versions(id, [this, id, select](const Result<QList<DraftVersion>> &r) {
        if (!m_draft || m_draft->id != id)
            return;
        if (!r) {
            error(r.error());
            return;
        }
        m_versions = r.value();
        m_versionCombo->clear();
        for (const DraftVersion &v : std::as_const(m_versions))
            m_versionCombo->addItem(
                tr("Version %1 — %2, %3").arg(v.version).arg(v.savedBy, TimeText::local(v.savedAt)),
                v.version);
        if (select > 0) {
            m_versionCombo->setCurrentIndex(m_versionCombo->findData(select));
            updateState();
            return;
        }
        showVersion(m_versions.isEmpty() ? 0 : m_versions.first().version);
        if (m_draft->isFrozen())
            return;
        // Unsaved typing from before wins over the saved version, and says so.
        m_store->unsaved(id, [this, id](const Result<std::optional<UnsavedDraft>> &u) {
            if (!m_draft || m_draft->id != id || !u || !u->has_value())
                return;
            const UnsavedDraft &kept = **u;
            m_shownVersion = kept.baseVersion;
            setText(
                DraftVersion{kept.baseVersion, kept.recipients, kept.subject, kept.body, {}, {}},
                true);
            m_banner->clearActions();
            m_banner->show(MessageBanner::Kind::Info,
                           tr("Restored your unsaved changes from %1. Save them as a version, or "
                              "pick a saved version to discard them.")
                               .arg(TimeText::local(kept.updatedAt)));
        });
    });
}

void DraftEditor::showVersion(int version)
{
    for (const DraftVersion &v : std::as_const(m_versions)) {
        if (v.version == version) {
            m_shownVersion = version;
            m_versionCombo->setCurrentIndex(m_versionCombo->findData(version));
            setText(v, false);
            return;
        }
    }
}

void DraftEditor::setText(const DraftVersion &text, bool modified)
{
    m_loading = true;
    m_to->setText(text.recipients);
    m_subject->setText(text.subject);
    m_body->setPlainText(text.body);
    m_loading = false;
    m_modified = modified;
    updatePreview();
    updateState();
}

DraftVersion DraftEditor::currentText() const
{
    return DraftVersion{m_shownVersion,
                        m_to->text().trimmed(),
                        m_subject->text().trimmed(),
                        m_body->toPlainText(),
                        {},
                        {}};
}

QStringList DraftEditor::missing() const
{
    const DraftVersion t = currentText();
    return NotificationRenderer::missingIn(t.recipients + QLatin1Char('\n') + t.subject +
                                           QLatin1Char('\n') + t.body);
}

void DraftEditor::textEdited()
{
    m_previewTimer->start();
    if (m_loading || !m_draft)
        return;
    m_modified = true;
    m_keepTimer->start();
    updateState();
}

void DraftEditor::updatePreview()
{
    static const QRegularExpression marker(QStringLiteral("\\[\\[MISSING: ([^\\]\\n]*)\\]\\]"));
    QString md = m_body->toPlainText();
    md.replace(marker, QStringLiteral("**⚠ [[MISSING: \\1]]**"));
    m_preview->setMarkdown(md);
}

bool DraftEditor::isLate() const
{
    return m_context.clock && m_context.clock->due.isValid() &&
           m_context.clock->statusAt(m_clock.now()) == ClockStatus::Overdue;
}

void DraftEditor::updateState()
{
    const bool has = m_draft.has_value();
    const bool frozen = has && m_draft->isFrozen();
    const bool editable = has && !frozen && !m_store->isReadOnly();
    const QString actor = m_store->actor();
    QStringList written;
    for (const DraftVersion &v : std::as_const(m_versions)) {
        if (v.savedBy == actor)
            written.prepend(QString::number(v.version));
    }
    const QStringList gaps = missing();

    m_to->setReadOnly(!editable);
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_save->setEnabled(editable && m_modified);
    m_refill->setEnabled(editable && m_context.tmpl.has_value());
    m_compare->setEnabled(m_versions.size() > 1);
    m_export->setEnabled(has);
    m_copy->setEnabled(has);
    m_mail->setEnabled(has && !m_to->text().trimmed().isEmpty());

    m_missing->clear();
    m_missing->addItems(gaps);
    m_missing->setVisible(!gaps.isEmpty());
    const bool late = has && !frozen && isLate();
    m_delayLabel->setVisible(late);
    m_delayReasons->setVisible(late);
    if (late)
        m_delayLabel->setText(tr("The deadline (%1, due %2) has passed: marking it sent asks for "
                                 "the reasons for the delay.")
                                  .arg(m_context.clock->rule.name, m_context.clock->dueText()));

    const bool isDraft = has && m_draft->state == NotificationDraft::State::Draft;
    const bool isReviewed = has && m_draft->state == NotificationDraft::State::Reviewed;
    const bool latestShown = has && m_shownVersion == m_draft->latestVersion;
    m_review->setEnabled(editable && isDraft && !m_modified && latestShown && gaps.isEmpty() &&
                         written.isEmpty());
    m_review->setToolTip(
        !written.isEmpty()
            ? tr("You wrote version %1 of this draft: someone else reviews it.")
                  .arg(written.join(QStringLiteral(", ")))
            : tr("Record that you reviewed this version (someone who did not write it)"));
    m_send->setEnabled(editable && isReviewed && !m_modified && latestShown &&
                       (!late || !m_delayReasons->toPlainText().trimmed().isEmpty()));

    if (!has) {
        m_stateLabel->clear();
        m_readyLabel->clear();
        return;
    }
    if (m_modified)
        m_readyLabel->setText(
            tr("Unsaved changes (kept in the workspace until you save a version)"));
    else if (!gaps.isEmpty())
        m_readyLabel->setText(tr("Not ready: %n required element(s) missing. Fill them in, then "
                                 "save a version.",
                                 nullptr, int(gaps.size())));
    else if (isDraft)
        m_readyLabel->setText(written.isEmpty() ? tr("Ready for review.")
                                                : tr("Ready for review by someone who did not "
                                                     "write it."));
    else
        m_readyLabel->clear();

    switch (m_draft->state) {
    case NotificationDraft::State::Draft:
        m_stateLabel->setText(
            tr("Draft, version %1 of %2").arg(m_shownVersion).arg(m_draft->latestVersion));
        break;
    case NotificationDraft::State::Reviewed:
        m_stateLabel->setText(tr("Reviewed by %1, %2 (version %3)")
                                  .arg(m_draft->reviewedBy, TimeText::local(m_draft->reviewedAt))
                                  .arg(m_draft->reviewedVersion));
        break;
    case NotificationDraft::State::Sent: {
        QString text = tr("Sent by %1, %2 (version %3); frozen.")
                           .arg(m_draft->sentBy, TimeText::local(m_draft->sentAt))
                           .arg(m_draft->sentVersion);
        if (!m_draft->delayReasons.isEmpty())
            text +=
                QLatin1Char(' ') + tr("After the deadline; reasons: %1").arg(m_draft->delayReasons);
        m_stateLabel->setText(text);
        break;
    }
    }
}

void DraftEditor::error(const Error &e)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, e.message, e.detail);
}

void DraftEditor::save()
{
    if (!m_draft || !m_modified || !m_save->isEnabled())
        return;
    const QString id = m_draft->id;
    const int base = m_shownVersion;
    m_save->setEnabled(false);
    m_store->saveDraft(m_context.incidentId, id, currentText(), base,
                       [this, id, base](const Result<SavedDraft> &r) {
                           if (!m_draft || m_draft->id != id)
                               return;
                           if (!r) {
                               error(r.error());
                               updateState();
                               return;
                           }
                           m_modified = false;
                           m_banner->clearActions();
                           if (r->previousLatest != base && !r->unchanged)
                               m_banner->show(MessageBanner::Kind::Warning,
                                              tr("Saved as version %1. Someone else saved version "
                                                 "%2 while you were editing version %3: compare "
                                                 "them.")
                                                  .arg(r->version)
                                                  .arg(r->previousLatest)
                                                  .arg(base));
                           else if (r->reviewCleared)
                               m_banner->show(MessageBanner::Kind::Info,
                                              tr("Saved as version %1. It changed after the "
                                                 "review, so it needs a new review.")
                                                  .arg(r->version));
                           else
                               m_banner->hide();
                           m_shownVersion = r->version;
                           m_draft->latestVersion = r->version;
                           loadVersions(r->version);
                           emit draftChanged(id);
                       });
}

void DraftEditor::markReviewed()
{
    if (!m_draft)
        return;
    const QString id = m_draft->id;
    m_review->setEnabled(false);
    m_store->markReviewed(m_context.incidentId, id, m_shownVersion,
                          [this, id](const Result<NotificationDraft> &r) {
                              if (!m_draft || m_draft->id != id)
                                  return;
                              if (!r) {
                                  error(r.error());
                                  updateState();
                                  return;
                              }
                              m_draft = r.value();
                              m_banner->hide();
                              updateState();
                              emit draftChanged(id);
                          });
}

void DraftEditor::markSent()
{
    if (!m_draft)
        return;
    const QString id = m_draft->id;
    const QString reasons = isLate() ? m_delayReasons->toPlainText().trimmed() : QString();
    m_send->setEnabled(false);
    m_store->markSent(m_context.incidentId, id, m_shownVersion, reasons,
                      [this, id](const Result<NotificationDraft> &r) {
                          if (!m_draft || m_draft->id != id)
                              return;
                          if (!r) {
                              error(r.error());
                              updateState();
                              return;
                          }
                          m_draft = r.value();
                          m_banner->clearActions();
                          m_banner->show(MessageBanner::Kind::Info,
                                         tr("Recorded “%1” as sent. It is frozen now; a "
                                            "correction or follow-up is a new draft.")
                                             .arg(m_draft->templateName));
                          updateState();
                          emit draftChanged(id);
                      });
}

void DraftEditor::refill()
{
    if (!m_draft || !m_context.tmpl)
        return;
    const QString id = m_draft->id;
    m_store->render(
        m_context.incidentId, *m_context.tmpl, m_draft->clockRuleId,
        [this, id](const Result<RenderedNotification> &r) {
            if (!m_draft || m_draft->id != id)
                return;
            if (!r) {
                error(r.error());
                return;
            }
            setText(DraftVersion{m_shownVersion, r->to, r->subject, r->body, {}, {}}, true);
            m_keepTimer->start();
            m_banner->clearActions();
            m_banner->show(MessageBanner::Kind::Info,
                           r->missing.isEmpty()
                               ? tr("Filled in again from the facts. Save it as a "
                                    "version when it reads right.")
                               : tr("Filled in again from the facts; %n element(s) "
                                    "still missing.",
                                    nullptr, int(r->missing.size())));
        });
}

void DraftEditor::compare()
{
    if (m_versions.size() < 2)
        return;
    const int to = m_versions.first().version;
    const int from =
        m_shownVersion < to && m_shownVersion > 0 ? m_shownVersion : m_versions.at(1).version;
    auto *dlg = new VersionDiffDialog(m_versions, from, to, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void DraftEditor::exportAs(const QString &suffix)
{
    if (!m_draft)
        return;
    const DraftVersion text = currentText();
    const QString ref = m_context.incidentRef;
    const QString name = m_draft->templateName;
    // Checked before choosing a file, so a message that cannot be written
    // says why at once.
    std::optional<MailMessage> message;
    if (suffix == QLatin1String("eml")) {
        auto m = NotificationExport::message(text, m_context.organisation, ref, m_clock.now());
        if (!m) {
            error(m.error());
            return;
        }
        message = m.value();
    }
    auto *dlg = new QFileDialog(this, tr("Export Notification"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(suffix);
    dlg->selectFile(QStringLiteral("%1-%2.%3").arg(ref, m_draft->templateId, suffix));
    connect(dlg, &QFileDialog::fileSelected, this,
            [this, suffix, text, ref, name, message](const QString &path) {
                if (auto r = NotificationExport::write(suffix, text, message, ref, name, path); !r)
                    error(r.error());
            });
    dlg->open();
}

void DraftEditor::copyToClipboard()
{
    NotificationExport::copyToClipboard(currentText());
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Info, tr("Copied the notification as plain text."));
}

void DraftEditor::openInMail()
{
    if (auto r = NotificationExport::openInMail(currentText()); !r)
        error(r.error());
}

} // namespace ic
