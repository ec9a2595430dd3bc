#include "ui/playbooks/PlaybooksView.h"

#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/playbooks/PlaybookListModel.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/incidents/NewIncidentDialog.h"
#include "ui/playbooks/AttachTimingDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ic {

PlaybooksView::PlaybooksView(const PaneContext &context, QWidget *parent)
    : WorkspaceView(parent), m_context(context)
{
    setObjectName(QStringLiteral("playbooksView"));
    m_library = context.session->playbooks();
    m_model = new PlaybookListModel(m_library, this);
    m_filter = new PlaybookFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    connect(m_library, &PlaybookLibrary::loaded, this, &PlaybooksView::libraryLoaded);
    if (m_library->generation() > 0)
        libraryLoaded();
    else if (!m_library->isLoading())
        m_library->reload();
    updateEnabled();
}

void PlaybooksView::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("playbooksBanner"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("playbookSearchEdit"));
    m_search->setPlaceholderText(tr("Search playbooks by name, indicator or phase"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search playbooks"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &PlaybookFilterModel::setSearchText);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("playbookList"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder);
    // The name first; the file (also in the tooltip) gets what is left.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PlaybookListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(PlaybookListModel::SourceColumn,
                                           QHeaderView::Interactive);
    m_list->header()->resizeSection(PlaybookListModel::SourceColumn,
                                    fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    m_list->setColumnHidden(PlaybookListModel::PhasesColumn, true);
    m_list->header()->setSectionResizeMode(PlaybookListModel::StepsColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlaybooksView::showSelected);
    connect(m_list, &QTreeView::activated, this, [this] { newIncidentFromSelected(); });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("playbookProblemsLabel"));
    m_problems->setWordWrap(true);

    m_newIncident = new QPushButton(tr("&New Incident from Playbook…"), this);
    m_newIncident->setObjectName(QStringLiteral("newIncidentFromPlaybookButton"));
    connect(m_newIncident, &QPushButton::clicked, this, &PlaybooksView::newIncidentFromSelected);
    m_attach = new QPushButton(tr("A&ttach to Selected Incident"), this);
    m_attach->setObjectName(QStringLiteral("attachToIncidentButton"));
    connect(m_attach, &QPushButton::clicked, this, &PlaybooksView::attachToCurrent);

    m_folders = new QListWidget(this);
    m_folders->setObjectName(QStringLiteral("playbookFolderList"));
    m_folders->setMaximumHeight(fontMetrics().height() * 5);
    m_folders->setAccessibleName(tr("Playbook folders"));
    m_addFolder = new QPushButton(tr("Add &Folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("addPlaybookFolderButton"));
    connect(m_addFolder, &QPushButton::clicked, this, &PlaybooksView::addFolder);
    m_removeFolder = new QPushButton(tr("&Remove Folder"), this);
    m_removeFolder->setObjectName(QStringLiteral("removePlaybookFolderButton"));
    connect(m_removeFolder, &QPushButton::clicked, this, &PlaybooksView::removeFolder);
    connect(m_folders, &QListWidget::currentRowChanged, this, [this] { updateEnabled(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newIncident);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    auto *folderButtons = new QHBoxLayout;
    folderButtons->addWidget(m_addFolder);
    folderButtons->addWidget(m_removeFolder);
    folderButtons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_problems);
    auto *foldersLabel = new QLabel(tr("Your playbook &folders (Markdown files, read again when "
                                       "they change):"),
                                    this);
    foldersLabel->setWordWrap(true);
    foldersLabel->setBuddy(m_folders);
    leftLayout->addWidget(foldersLabel);
    leftLayout->addWidget(m_folders);
    leftLayout->addLayout(folderButtons);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("playbookPreviewBrowser"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setAccessibleName(tr("Playbook document"));

    m_checklist = new QTreeWidget(this);
    m_checklist->setObjectName(QStringLiteral("playbookChecklistTree"));
    m_checklist->setHeaderLabels({tr("Phase / step"), tr("Deadline"), tr("Code"), tr("Line")});
    m_checklist->setAccessibleName(tr("Checklist read from the playbook"));
    m_checklist->setUniformRowHeights(true);
    m_checklist->header()->setStretchLastSection(false);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_checklist->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReportText"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setTabChangesFocus(true);

    auto *docs = new QSplitter(Qt::Horizontal, this);
    docs->addWidget(m_preview);
    docs->addWidget(m_checklist);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(docs);
    right->addWidget(m_report);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("playbooksSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    m_newIncidentAction = m_context.action("newIncidentFromPlaybookAction");
    if (m_newIncidentAction)
        connect(m_newIncidentAction, &QAction::triggered, this,
                &PlaybooksView::newIncidentFromSelected);
    if (QAction *reload = m_context.action("reloadPlaybooksAction"))
        connect(reload, &QAction::triggered, m_library, &PlaybookLibrary::reload);
    if (QAction *add = m_context.action("addPlaybookFolderAction"))
        connect(add, &QAction::triggered, this, &PlaybooksView::addFolder);

    const QStringList folders = m_context.settings->playbookFolders();
    for (const QString &f : folders)
        m_folders->addItem(QDir::toNativeSeparators(f));
}

QList<QAction *> PlaybooksView::createActions(QObject *owner)
{
    return {
        makePaneAction(owner, tr("New Incident from &Playbook…"), "newIncidentFromPlaybookAction"),
        makePaneAction(owner, tr("&Reload Playbooks"), "reloadPlaybooksAction"),
        makePaneAction(owner, tr("Add Playbook &Folder…"), "addPlaybookFolderAction")};
}

void PlaybooksView::setCurrentIncident(const Incident *incident)
{
    if (incident)
        m_current = *incident;
    else
        m_current.reset();
    updateEnabled();
}

const LibraryEntry *PlaybooksView::selected() const
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return nullptr;
    return m_library->entry(i.siblingAtColumn(0).data(PlaybookListModel::KeyRole).toString());
}

bool PlaybooksView::selectPlaybook(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return false;
    m_list->setCurrentIndex(i);
    return true;
}

void PlaybooksView::libraryLoaded()
{
    int bad = 0;
    QStringList names;
    for (const PlaybookFile &f : m_library->files()) {
        if (!f.ok()) {
            ++bad;
            names.append(QFileInfo(f.path).fileName());
        }
    }
    m_problems->setText(
        bad == 0 ? tr("%n playbook(s) from %1 file(s).", nullptr, int(m_library->entries().size()))
                       .arg(m_library->files().size())
                 : tr("⚠ %n file(s) could not be read: %1. The import report "
                      "says why; the other playbooks are loaded.",
                      nullptr, bad)
                       .arg(names.join(QStringLiteral(", "))));
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    showSelected();
    updateEnabled();
}

void PlaybooksView::showSelected()
{
    const LibraryEntry *e = selected();
    m_checklist->clear();
    if (!e) {
        m_preview->clear();
        updateReport(nullptr);
        updateEnabled();
        return;
    }
    m_preview->setHtml(e->html);
    for (const PlaybookPhase &phase : e->playbook.phases) {
        auto *p = new QTreeWidgetItem(m_checklist);
        p->setText(0, phase.name);
        p->setText(1, phase.deadline.text);
        p->setText(3, QString::number(phase.line));
        QFont f = p->font(0);
        f.setBold(true);
        p->setFont(0, f);
        for (const PlaybookStep &s : phase.steps) {
            auto *item = new QTreeWidgetItem(p);
            item->setText(0, s.text);
            item->setToolTip(0, s.substeps.isEmpty()
                                    ? s.text
                                    : s.text + QStringLiteral("\n• ") +
                                          s.substepTexts().join(QStringLiteral("\n• ")));
            const Deadline &d = s.deadline.text.isEmpty() ? phase.deadline : s.deadline;
            item->setText(
                1, d.isKnown()
                       ? Deadline::describe(*d.minutes)
                       : (d.text.isEmpty() ? QString() : tr("“%1” (no due time)").arg(d.text)));
            QStringList kinds;
            for (const CodeBlock &c : s.code)
                kinds << CodeBlock::kindLabel(c.kind);
            item->setText(2, kinds.join(QStringLiteral(", ")));
            item->setText(3, QString::number(s.line));
        }
    }
    m_checklist->expandAll();
    updateReport(e);
    updateEnabled();
}

void PlaybooksView::updateReport(const LibraryEntry *entry)
{
    QString text;
    for (const PlaybookFile &f : m_library->files()) {
        if (entry && f.path == entry->playbook.sourceFile)
            text.prepend(f.reportText() + QLatin1Char('\n'));
        else if (!f.ok() || !entry)
            text += f.reportText() + QLatin1Char('\n');
    }
    m_report->setPlainText(text.trimmed());
}

void PlaybooksView::updateEnabled()
{
    const bool writable = m_context.permissions().canEdit();
    const bool has = selected() != nullptr;
    m_newIncident->setEnabled(writable && has);
    if (m_newIncidentAction)
        m_newIncidentAction->setEnabled(writable && has);
    m_attach->setEnabled(writable && has && m_current.has_value());
    m_attach->setToolTip(m_current ? tr("Attach to %1").arg(m_current->ref)
                                   : tr("Select an incident in the Incidents tab first"));
    m_removeFolder->setEnabled(m_folders->currentRow() >= 0);
}

void PlaybooksView::showError(const QString &message, const QString &detail)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, message, detail);
}

void PlaybooksView::newIncidentFromSelected()
{
    const LibraryEntry *e = selected();
    if (!e || !m_context.permissions().canEdit())
        return;
    const QString key = e->playbook.key();
    const SeverityPolicy policy = m_context.session->incidentList()->policy();
    auto *dlg = new NewIncidentDialog(policy, m_context.session->identity().actor,
                                      m_context.clock().now(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("newIncidentDialog"));
    dlg->setWindowTitle(tr("New Incident from “%1”").arg(e->playbook.name));
    if (auto *title = dlg->findChild<QLineEdit *>(QStringLiteral("newTitleEdit"))) {
        title->setText(e->playbook.name);
        title->selectAll();
    }
    QPointer<NewIncidentDialog> guard(dlg);
    connect(dlg, &NewIncidentDialog::submitted, this, [this, guard, key](const NewIncident &draft) {
        if (guard)
            guard->setBusy(true);
        // Answers arrive later: the view may be gone by then (workspace closed).
        QPointer<PlaybooksView> self(this);
        m_context.session->incidents()->create(
            draft, [self, guard, key](const Result<Incident> &r) {
                if (!self)
                    return;
                PlaybooksView *view = self;
                if (!r) {
                    if (guard) {
                        guard->setBusy(false);
                        guard->showError(r.error().message);
                    }
                    return;
                }
                const Incident incident = r.value();
                const LibraryEntry *entry = view->m_library->entry(key);
                if (!entry) {
                    if (guard)
                        guard->accept();
                    view->showError(
                        tr("%1 was opened, but the playbook is no longer in the library (its "
                           "file changed or was removed), so no checklist was attached. "
                           "Attach it from the Checklist tab.")
                            .arg(incident.ref));
                    emit view->m_context.navigator->showIncident(incident.id);
                    return;
                }
                ChecklistStore *checklists = view->m_context.session->checklists();
                checklists->attach(incident.id, entry->playbook, entry->fileSha256,
                                   [self, guard, incident](const Result<Checklist> &a) {
                                       if (!self)
                                           return;
                                       PlaybooksView *me = self;
                                       if (guard)
                                           guard->accept();
                                       if (!a) {
                                           me->showError(
                                               tr("%1 was opened, but the checklist could not "
                                                  "be attached: %2")
                                                   .arg(incident.ref, a.error().message),
                                               a.error().detail);
                                       } else {
                                           me->m_banner->hide();
                                       }
                                       emit me->m_context.navigator->showIncident(incident.id);
                                       emit me->m_context.navigator->request(
                                           QStringLiteral("checklist.show"),
                                           {{QStringLiteral("incident_id"), incident.id}});
                                   });
            });
    });
    dlg->open();
}

void PlaybooksView::attachToCurrent()
{
    const LibraryEntry *e = selected();
    if (!e || !m_current || !m_context.permissions().canEdit())
        return;
    const QDateTime now = m_context.clock().now();
    if (AttachTimingDialog::isLate(e->playbook, m_current->detectedAt, now)) {
        // Late: the commander chooses where its deadlines count from.
        auto *dlg =
            new AttachTimingDialog(e->playbook, m_current->ref, m_current->detectedAt, now, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        const QString key = e->playbook.key();
        const QString incidentId = m_current->id;
        connect(dlg, &AttachTimingDialog::chosen, this,
                [this, key, incidentId](const QDateTime &from) {
                    if (m_current && m_current->id == incidentId)
                        attachToCurrentFrom(key, from);
                });
        dlg->open();
        return;
    }
    attachToCurrentFrom(e->playbook.key(), {});
}

void PlaybooksView::attachToCurrentFrom(const QString &key, const QDateTime &deadlinesFrom)
{
    const LibraryEntry *e = m_library->entry(key);
    if (!e || !m_current || !m_context.permissions().canEdit())
        return;
    const QString incidentId = m_current->id;
    const QString ref = m_current->ref;
    const QString name = e->playbook.name;
    ChecklistStore *checklists = m_context.session->checklists();
    QPointer<PlaybooksView> self(this);
    checklists->attach(
        incidentId, e->playbook, e->fileSha256,
        [self, incidentId, ref, name](const Result<Checklist> &r) {
            if (!self)
                return;
            PlaybooksView *view = self;
            if (!r) {
                view->showError(r.error().message, r.error().detail);
                return;
            }
            view->m_banner->clearActions();
            view->m_banner->show(MessageBanner::Kind::Info,
                                 tr("Attached “%1” to %2.").arg(name, ref));
            auto *open = view->m_banner->addAction(tr("Show Checklist"),
                                                   QStringLiteral("showChecklistButton"));
            connect(open, &QPushButton::clicked, view, [view, incidentId] {
                view->m_banner->hide();
                emit view->m_context.navigator->showIncident(incidentId);
                emit view->m_context.navigator->request(
                    QStringLiteral("checklist.show"),
                    {{QStringLiteral("incident_id"), incidentId}});
            });
        },
        deadlinesFrom);
}

void PlaybooksView::addFolder()
{
    auto *dlg = new QFileDialog(this, tr("Add Playbook Folder"));
    dlg->setObjectName(QStringLiteral("playbookFolderDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::Directory);
    dlg->setOption(QFileDialog::ShowDirsOnly, true);
    connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QStringList folders = m_library->folders();
        const QString clean = QDir::cleanPath(path);
        if (folders.contains(clean))
            return;
        folders.append(clean);
        saveFolders(folders);
    });
    dlg->open();
}

void PlaybooksView::removeFolder()
{
    const int row = m_folders->currentRow();
    QStringList folders = m_library->folders();
    if (row < 0 || row >= folders.size())
        return;
    folders.removeAt(row);
    saveFolders(folders);
}

void PlaybooksView::saveFolders(const QStringList &folders)
{
    m_context.settings->setPlaybookFolders(folders);
    m_library->setFolders(folders);
    m_folders->clear();
    for (const QString &f : m_library->folders())
        m_folders->addItem(QDir::toNativeSeparators(f));
    updateEnabled();
}

} // namespace ic
