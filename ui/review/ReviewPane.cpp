#include "ui/review/ReviewPane.h"

#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/core/TimeText.h"
#include "models/incidents/IncidentStore.h"
#include "models/review/ReviewStore.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/review/ReviewExport.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

ReviewPane::ReviewPane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context)
{
    setObjectName(QStringLiteral("reviewPane"));
    m_store = context.session->reviews();
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));

    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("reviewVersionCombo"));
    m_versions->setAccessibleName(tr("Version"));
    m_versions->setMinimumContentsLength(16);
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_draft = button(tr("Draft from Record"), QStringLiteral("draftReviewButton"));
    m_draft->setToolTip(tr("Write a new draft from the incident's record (summary, timeline, "
                           "time per phase)"));
    m_save = button(tr("Save Version"), QStringLiteral("saveReviewButton"));
    m_exportMd = button(tr("Markdown…"), QStringLiteral("exportMarkdownButton"));
    m_exportPdf = button(tr("PDF…"), QStringLiteral("exportPdfButton"));
    m_print = button(tr("Print…"), QStringLiteral("printReviewButton"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reviewStateLabel"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_versions);
    bar->addWidget(m_draft);
    bar->addWidget(m_save);
    bar->addStretch(1);
    // Below the text, beside its state: the pane stays narrow enough to sit
    // beside the incident list.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(new QLabel(tr("Export:"), this));
    bottom->addWidget(m_exportMd);
    bottom->addWidget(m_exportPdf);
    bottom->addWidget(m_print);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("reviewEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Review (Markdown)"));
    m_editor->setPlaceholderText(tr("No review yet. Press \"Draft from Record\" to start one."));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setOpenExternalLinks(false);
    m_preview->setAccessibleName(tr("Review preview"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_editor);
    split->addWidget(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ReviewPane::updatePreview);
    m_keepTimer = new QTimer(this);
    m_keepTimer->setSingleShot(true);
    m_keepTimer->setInterval(1500);
    connect(m_keepTimer, &QTimer::timeout, this, &ReviewPane::keepDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        if (m_loading)
            return;
        m_modified = true;
        m_keepTimer->start();
        setKeep(Keeping); // typed, not stored yet: the status bar must not say "saved"
    });
    connect(m_versions, &QComboBox::activated, this,
            [this] { showVersion(m_versions->currentData().toInt()); });
    connect(m_draft, &QPushButton::clicked, this, &ReviewPane::draftFromRecord);
    connect(m_save, &QPushButton::clicked, this, &ReviewPane::save);
    connect(m_exportMd, &QPushButton::clicked, this, &ReviewPane::exportMarkdown);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReviewPane::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &ReviewPane::print);

    m_saveAction = context.action("saveReviewAction");
    if (m_saveAction)
        connect(m_saveAction, &QAction::triggered, this, &ReviewPane::save);

    const bool editable = !m_store->isReadOnly();
    m_editor->setReadOnly(!editable);
    m_draft->setEnabled(editable);
    m_save->setEnabled(editable);
    if (!editable)
        m_draft->setToolTip(tr("A reviewer profile reads reviews; it adds review comments on the "
                               "timeline"));
    setIncident(nullptr);
}

QList<QAction *> ReviewPane::createActions(QObject *owner)
{
    return {
        makePaneAction(owner, tr("Save Review Version"), "saveReviewAction", QKeySequence::Save)};
}

QString ReviewPane::markdown() const
{
    return m_editor->toPlainText();
}

QString ReviewPane::unsavedWork() const
{
    if (!m_incident || !m_modified || (m_keep != Keeping && m_keep != KeepFailed))
        return {};
    return tr("the review draft of %1").arg(m_incident->ref);
}

void ReviewPane::setKeep(int state)
{
    const bool changed = state != m_keep;
    m_keep = state;
    updateState();
    if (changed)
        emit unsavedWorkChanged();
}

void ReviewPane::keepDraft()
{
    if (!m_incident || !m_modified || m_store->isReadOnly())
        return;
    const QString id = m_incident->id;
    const QString text = markdown();
    // The store belongs to the session and may answer after this pane is gone.
    QPointer<ReviewPane> self(this);
    m_store->keepUnsaved(
        id, text, m_shownVersion, [this, self, id, text](const Result<QDateTime> &r) {
            if (!self || !m_incident || m_incident->id != id || !m_modified)
                return;
            if (!r) {
                m_keepError = r.error().message;
                m_banner->clearActions();
                m_banner->show(MessageBanner::Kind::Error,
                               tr("Your review draft could not be kept in the workspace, so it "
                                  "exists only on this screen: %1 Save it as a version or copy it.")
                                   .arg(r.error().message),
                               r.error().detail);
                setKeep(KeepFailed);
                return;
            }
            if (markdown() != text)
                return; // typed on meanwhile: the next keep stores that
            m_keptAt = r.value();
            setKeep(Kept);
        });
}

void ReviewPane::setIncident(const Incident *incident)
{
    const bool same = incident && m_incident && m_incident->id == incident->id;
    if (same) {
        m_incident = *incident;
        return;
    }
    // Moving away keeps what was typed.
    if (m_incident && m_modified && !m_store->isReadOnly())
        m_store->keepUnsaved(m_incident->id, markdown(), m_shownVersion);
    m_keepTimer->stop();
    setKeep(NothingToKeep);
    m_banner->hide();
    if (!incident) {
        m_incident.reset();
        setText({}, false);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_incident = *incident;
    m_latest = 0;
    m_shownVersion = 0;
    setText({}, false);
    loadVersions();
}

void ReviewPane::loadVersions(int select)
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_store->versions(id, [this, id, select](const Result<QList<ReviewVersion>> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_versions->clear();
        m_latest = r->isEmpty() ? 0 : r->first().version;
        for (const ReviewVersion &v : r.value()) {
            m_versions->addItem(
                tr("Version %1 — %2, %3").arg(v.version).arg(v.savedBy, TimeText::local(v.savedAt)),
                v.version);
        }
        if (r->isEmpty())
            m_versions->addItem(tr("No saved version"), 0);
        if (select > 0) {
            m_versions->setCurrentIndex(m_versions->findData(select));
            return;
        }
        showVersion(m_latest);
        // Unsaved typing from before wins over the saved version, and says so.
        m_store->unsaved(id, [this, id](const Result<std::optional<ReviewRepository::Unsaved>> &u) {
            if (!m_incident || m_incident->id != id || !u || !u->has_value())
                return;
            const ReviewRepository::Unsaved &kept = **u;
            m_shownVersion = kept.baseVersion;
            setText(kept.markdown, true);
            m_keptAt = kept.updatedAt;
            setKeep(Kept); // it came from the workspace
            m_banner->clearActions();
            m_banner->show(MessageBanner::Kind::Info,
                           tr("Restored your unsaved changes from %1. Save them as a version, "
                              "or pick a saved version to discard them.")
                               .arg(TimeText::local(kept.updatedAt)));
        });
    });
}

void ReviewPane::showVersion(int version)
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    if (version == 0) {
        m_shownVersion = 0;
        setText({}, false);
        return;
    }
    m_store->load(id, version, [this, id, version](const Result<QString> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_shownVersion = version;
        m_versions->setCurrentIndex(m_versions->findData(version));
        setText(r.value(), false);
    });
}

void ReviewPane::draftFromRecord()
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_store->draft(id, [this, id](const Result<QString> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        setText(r.value(), true);
        m_keepTimer->start();
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info,
                       tr("Drafted from the record. Fill in the parts marked \"to be filled in\", "
                          "then save a version (Ctrl+S)."));
    });
}

void ReviewPane::save()
{
    if (!m_incident || !m_modified || !!m_store->isReadOnly())
        return;
    const QString id = m_incident->id;
    const int base = m_shownVersion;
    m_save->setEnabled(false);
    m_store->save(id, markdown(), base, [this, id, base](const Result<SavedReview> &r) {
        m_save->setEnabled(!m_store->isReadOnly());
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->clearActions();
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_modified = false;
        m_shownVersion = r->version;
        setKeep(NothingToKeep); // a version now: nothing left to keep
        m_banner->clearActions();
        if (r->previousLatest != base) {
            m_banner->show(MessageBanner::Kind::Warning,
                           tr("Saved as version %1. Someone else saved version %2 while you were "
                              "editing version %3: compare them in the version list.")
                               .arg(r->version)
                               .arg(r->previousLatest)
                               .arg(base));
        } else {
            m_banner->hide();
        }
        loadVersions(r->version);
        updateState();
    });
}

void ReviewPane::exportMarkdown()
{
    if (!m_incident)
        return;
    auto *dlg = new QFileDialog(this, tr("Export Review as Markdown"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(QStringLiteral("md"));
    dlg->setNameFilter(tr("Markdown (*.md)"));
    dlg->selectFile(m_incident->ref + QStringLiteral("-review.md"));
    const QString text = markdown();
    connect(dlg, &QFileDialog::fileSelected, this, [this, text](const QString &path) {
        if (auto r = ReviewExport::writeMarkdown(text, path); !r)
            m_banner->show(MessageBanner::Kind::Error, r.error().message);
    });
    dlg->open();
}

void ReviewPane::exportPdf()
{
    if (!m_incident)
        return;
    auto *dlg = new QFileDialog(this, tr("Export Review as PDF"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(QStringLiteral("pdf"));
    dlg->setNameFilter(tr("PDF (*.pdf)"));
    dlg->selectFile(m_incident->ref + QStringLiteral("-review.pdf"));
    const QString text = markdown();
    const QString ref = m_incident->ref, title = m_incident->title;
    connect(dlg, &QFileDialog::fileSelected, this, [this, text, ref, title](const QString &path) {
        if (auto r = ReviewExport::writePdf(text, ref, title, path); !r)
            m_banner->show(MessageBanner::Kind::Error, r.error().message);
    });
    dlg->open();
}

void ReviewPane::print()
{
    if (!m_incident)
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dlg = new QPrintDialog(printer, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString text = markdown();
    const QString header =
        tr("%1 — Post-Incident Review — %2").arg(m_incident->ref, m_incident->title);
    connect(dlg, qOverload<QPrinter *>(&QPrintDialog::accepted), this,
            [text, header](QPrinter *target) { ReviewExport::render(text, header, *target); });
    connect(dlg, &QObject::destroyed, this, [printer] { delete printer; });
    dlg->open();
}

void ReviewPane::setText(const QString &text, bool modified)
{
    m_loading = true;
    m_editor->setPlainText(text);
    m_loading = false;
    m_modified = modified;
    updatePreview();
    // A fresh draft from the record is typed work: kept shortly, like typing.
    setKeep(modified ? Keeping : NothingToKeep);
}

void ReviewPane::updatePreview()
{
    m_preview->setMarkdown(markdown());
}

void ReviewPane::updateState()
{
    const bool has = !markdown().trimmed().isEmpty();
    m_exportMd->setEnabled(has);
    m_exportPdf->setEnabled(has);
    m_print->setEnabled(has);
    m_save->setEnabled(!m_store->isReadOnly() && m_modified && has);
    m_saveAction->setEnabled(m_save->isEnabled());
    // Says the same as the status bar: a draft is stored in the workspace
    // (or on its way there, or not at all), and is not a version yet.
    if (m_modified && m_keep == Kept)
        m_state->setText(tr("Draft kept in the workspace at %1; not saved as a version yet "
                            "(Ctrl+S)")
                             .arg(TimeText::localShort(m_keptAt, m_context.clock().now())));
    else if (m_modified && m_keep == KeepFailed)
        m_state->setText(
            tr("Draft NOT kept in the workspace (%1); save it as a version").arg(m_keepError));
    else if (m_modified)
        m_state->setText(tr("Draft: being kept in the workspace…"));
    else if (m_shownVersion > 0)
        m_state->setText(
            m_shownVersion == m_latest
                ? tr("Version %1, the latest").arg(m_shownVersion)
                : tr("Version %1 of %2 (an older version)").arg(m_shownVersion).arg(m_latest));
    else
        m_state->clear();
}

} // namespace ic
