#include "ui/playbooks/ChecklistPane.h"

#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/core/TimeText.h"
#include "models/playbooks/ChecklistModel.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/playbooks/StepCodePanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ic {

namespace {

// Overdue steps in the overdue colour and bold, settled ones muted; the
// text always says the same ("OVERDUE 5m", "☑", "Skipped by ...").
class ChecklistDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool phase = index.data(ChecklistModel::IsPhaseRole).toBool();
        const auto timing = ChecklistModel::Timing(index.data(ChecklistModel::TimingRole).toInt());
        if (phase)
            option->font.setBold(true);
        if (timing == ChecklistModel::Timing::Overdue &&
            (phase ? index.column() == ChecklistModel::RemainingColumn
                   : index.column() != ChecklistModel::KindColumn)) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, Theme::overdueColor(option->palette));
        } else if (timing == ChecklistModel::Timing::Settled && !phase) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        } else if (timing == ChecklistModel::Timing::Settled && phase &&
                   index.column() == ChecklistModel::RemainingColumn) {
            option->palette.setColor(QPalette::Text, Theme::okColor(option->palette));
        }
    }
};

} // namespace

ChecklistPane::ChecklistPane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context)
{
    setObjectName(QStringLiteral("checklistPane"));
    m_library = context.session->playbooks();
    m_model = new ChecklistModel(context.clock(), this);
    buildUi();

    ChecklistStore *s = store();
    connect(s, &ChecklistStore::loaded, this, [this](const IncidentChecklists &c) {
        if (!m_incident || c.incidentId != m_incident->id)
            return;
        IncidentChecklists shown = c;
        shown.detectedAt = m_incident->detectedAt; // the incident as this window knows it
        const bool first = m_model->incidentId() != c.incidentId || m_model->rowCount() == 0;
        const bool firstLoad = m_pickerIncident != c.incidentId;
        m_model->setChecklists(shown);
        m_suggested = c.suggestedPlaybooks;
        updatePicker(firstLoad);
        m_pickerIncident = c.incidentId;
        if (first) {
            m_view->expandAll();
            // Start where the work is: the first open step.
            for (const ChecklistItem &it : shown.items) {
                if (!it.isSettled()) {
                    m_view->setCurrentIndex(m_model->indexOfItem(it.id));
                    break;
                }
            }
        }
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
        updateDetails();
        updateSummary();
        updateEnabled();
    });
    connect(s, &ChecklistStore::alreadyDone, this,
            [this](const QString &incidentId, const QString &message) {
                if (m_incident && m_incident->id == incidentId)
                    showNotice(message);
            });
    connect(s, &ChecklistStore::failed, this, &ChecklistPane::showError);
    // Ticks and notes written anywhere (here, another pane, another
    // workstation) reload the checklist; the store's one load answers all.
    connect(context.session, &WorkspaceSession::incidentChanged, this, [this](const QString &id) {
        if (m_incident && (id.isEmpty() || m_incident->id == id))
            reload();
    });
    connect(m_library, &PlaybookLibrary::loaded, this, &ChecklistPane::updateLibrary);
    connect(m_model, &ChecklistModel::dataChanged, this, [this] { updateSummary(); });

    // Another commander's ticks arrive through the database: look again
    // now and then while the pane is on screen.
    m_poll = new QTimer(this);
    m_poll->setInterval(15'000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible() && m_incident && store()->pending() == 0)
            reload();
    });
    m_poll->start();

    updateLibrary();
    setIncident(nullptr);
}

ChecklistStore *ChecklistPane::store()
{
    return m_context.session->checklists();
}

void ChecklistPane::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("checklistBanner"));

    m_playbooks = new QComboBox(this);
    m_playbooks->setObjectName(QStringLiteral("attachPlaybookCombo"));
    m_playbooks->setAccessibleName(tr("Playbook to attach"));
    m_playbooks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_playbooks->setMinimumContentsLength(20);
    m_playbooks->setPlaceholderText(tr("Choose a playbook to attach…"));
    connect(m_playbooks, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    m_suggestion = new QLabel(this);
    m_suggestion->setObjectName(QStringLiteral("suggestedPlaybookLabel"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->hide();
    m_attach = new QPushButton(tr("&Attach Playbook"), this);
    m_attach->setObjectName(QStringLiteral("attachPlaybookButton"));
    m_attach->setToolTip(tr("Add the playbook's steps to this incident as a checklist"));
    connect(m_attach, &QPushButton::clicked, this, &ChecklistPane::attachSelected);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummaryLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_playbooks, 1);
    top->addWidget(m_attach);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noChecklistLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChecklistDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Checklist: Space ticks or unticks the selected step"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::StepColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::DueColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::RemainingColumn,
                                           QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ChecklistModel::KindColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(ChecklistModel::RemainingColumn,
                                    fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateEnabled();
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);

    // The selected step: text, state, sub-steps, code with its action, and
    // the things one does to it.
    auto *details = new QWidget(this);
    m_stepText = new QLabel(details);
    m_stepText->setObjectName(QStringLiteral("stepTextLabel"));
    m_stepText->setWordWrap(true);
    m_stepText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_stepText->font();
    bold.setBold(true);
    m_stepText->setFont(bold);
    m_stepState = new QLabel(details);
    m_stepState->setObjectName(QStringLiteral("stepStateLabel"));
    m_stepState->setWordWrap(true);
    m_stepState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_substeps = new QLabel(details);
    m_substeps->setObjectName(QStringLiteral("substepsLabel"));
    m_substeps->setWordWrap(true);
    m_substeps->setTextFormat(Qt::PlainText);
    m_code = new StepCodePanel(details);
    connect(m_code, &StepCodePanel::copied, this, &ChecklistPane::showNotice);
    connect(m_code, &StepCodePanel::requested, this,
            [this](const QString &what, const QVariantMap &arguments) {
                emit m_context.navigator->request(what, arguments);
            });

    m_tick = new QPushButton(tr("Tick (Space)"), details);
    m_tick->setObjectName(QStringLiteral("tickButton"));
    connect(m_tick, &QPushButton::clicked, this, &ChecklistPane::toggleCurrent);
    m_tickEarlier = new QPushButton(tr("Done &Earlier…"), details);
    m_tickEarlier->setObjectName(QStringLiteral("tickEarlierButton"));
    m_tickEarlier->setToolTip(tr("Tick a step that was done before now, with the time it was "
                                 "done; recorded as entered later, by you"));
    connect(m_tickEarlier, &QPushButton::clicked, this, &ChecklistPane::tickEarlier);
    m_reason = new QLineEdit(details);
    m_reason->setObjectName(QStringLiteral("skipReasonEdit"));
    m_reason->setPlaceholderText(tr("Why is this step skipped? (required)"));
    m_reason->setAccessibleName(tr("Reason for skipping"));
    m_reason->setMaxLength(2000);
    connect(m_reason, &QLineEdit::returnPressed, this, &ChecklistPane::skipCurrent);
    m_skip = new QPushButton(tr("S&kip"), details);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    connect(m_skip, &QPushButton::clicked, this, &ChecklistPane::skipCurrent);
    m_note = new QLineEdit(details);
    m_note->setObjectName(QStringLiteral("checklistNoteEdit"));
    m_note->setPlaceholderText(tr("Add a note to this step"));
    m_note->setAccessibleName(tr("Note"));
    connect(m_note, &QLineEdit::returnPressed, this, &ChecklistPane::addNote);
    m_addNote = new QPushButton(tr("Add &Note"), details);
    m_addNote->setObjectName(QStringLiteral("addChecklistNoteButton"));
    connect(m_addNote, &QPushButton::clicked, this, &ChecklistPane::addNote);
    m_notes = new QListWidget(details);
    m_notes->setObjectName(QStringLiteral("checklistNotesList"));
    m_notes->setWordWrap(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 6);

    auto *skipRow = new QHBoxLayout;
    skipRow->addWidget(m_tick);
    skipRow->addWidget(m_tickEarlier);
    skipRow->addWidget(m_reason, 1);
    skipRow->addWidget(m_skip);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);

    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->addWidget(m_stepText);
    detailLayout->addWidget(m_stepState);
    detailLayout->addWidget(m_substeps);
    detailLayout->addWidget(m_code);
    detailLayout->addLayout(skipRow);
    detailLayout->addLayout(noteRow);
    detailLayout->addWidget(m_notes);
    detailLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepDetailsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    m_attachAction = m_context.action("attachPlaybookAction");
    if (m_attachAction) {
        connect(m_attachAction, &QAction::triggered, this, [this] {
            m_playbooks->setFocus();
            m_playbooks->showPopup();
        });
    }
}

QList<QAction *> ChecklistPane::createActions(QObject *owner)
{
    return {makePaneAction(owner, tr("Attach &Playbook to Incident"), "attachPlaybookAction")};
}

bool ChecklistPane::handleRequest(const QString &what, const QVariantMap &arguments)
{
    if (what != QLatin1String("checklist.show"))
        return false;
    const QString id = arguments.value(QStringLiteral("incident_id")).toString();
    if (!m_incident || m_incident->id != id)
        return false;
    reload();
    m_view->setFocus();
    return true;
}

void ChecklistPane::setIncident(const Incident *incident)
{
    const QString before = m_incident ? m_incident->id : QString();
    if (incident)
        m_incident = *incident;
    else
        m_incident.reset();
    if (!incident) {
        m_model->clear();
        m_playbooks->setCurrentIndex(-1);
        m_suggested.clear();
        m_pickerIncident.clear();
        m_suggestion->hide();
        m_empty->setText(tr("Select an incident to see its playbook checklists."));
        m_stack->setCurrentIndex(0);
        m_banner->hide();
        m_code->clear();
    } else if (incident->id != before) {
        m_model->clear();
        m_banner->hide();
        // Another incident never inherits this one's choice: the picker waits
        // for the new incident's suggestion (or the user's pick).
        m_playbooks->setCurrentIndex(-1);
        m_suggested.clear();
        m_pickerIncident.clear();
        m_suggestion->hide();
        m_empty->setText(tr("No playbook is attached to %1 yet. Pick one above and press "
                            "Attach, or start an incident from the Playbooks tab.")
                             .arg(incident->ref));
        m_stack->setCurrentIndex(0);
        m_code->clear();
        reload();
    } else {
        // Same incident, newer copy: detection time and affected subjects
        // feed the due times and the prefilled actions.
        m_model->setDetectedAt(incident->detectedAt);
        m_code->clear();
    }
    updateDetails();
    updateSummary();
    updateEnabled();
}

void ChecklistPane::reload()
{
    if (m_incident)
        store()->load(m_incident->id);
}

const ChecklistItem *ChecklistPane::currentItem() const
{
    return m_model->item(m_view->currentIndex());
}

void ChecklistPane::updateSummary()
{
    if (!m_incident || m_model->rowCount() == 0) {
        m_summary->clear();
        m_summary->hide();
        return;
    }
    int total = 0, done = 0, skipped = 0;
    for (const ChecklistItem &it : m_model->checklists().items) {
        ++total;
        done += it.state == ChecklistItem::State::Done ? 1 : 0;
        skipped += it.state == ChecklistItem::State::Skipped ? 1 : 0;
    }
    QString text = tr("%1 of %2 steps done").arg(done).arg(total);
    if (skipped > 0)
        text += QStringLiteral(", ") + tr("%n skipped", nullptr, skipped);
    const int overdue = m_model->overdueCount();
    if (overdue > 0)
        text += QStringLiteral(" — ⚠ ") + tr("%n OVERDUE", nullptr, overdue);
    if (m_summary->text() != text)
        m_summary->setText(text);
    m_summary->show();
}

void ChecklistPane::updateEnabled()
{
    const bool writable = !!m_context.permissions().canEdit() && m_incident.has_value();
    const ChecklistItem *it = currentItem();
    m_playbooks->setEnabled(writable && m_playbooks->count() > 0);
    m_attach->setEnabled(writable && m_playbooks->currentIndex() >= 0);
    m_attachAction->setEnabled(writable && m_playbooks->count() > 0);
    m_tick->setEnabled(writable && it);
    m_tickEarlier->setEnabled(writable && it && it->state == ChecklistItem::State::Open);
    m_reason->setEnabled(writable && it && it->state != ChecklistItem::State::Skipped);
    m_skip->setEnabled(writable && it && it->state != ChecklistItem::State::Skipped);
    m_note->setEnabled(writable && it);
    m_addNote->setEnabled(writable && it);
    // Why the steps cannot be changed here, on each control that says it.
    const QString why = m_context.permissions().whyNot(Permissions::Action::Edit);
    for (QPushButton *w : {m_attach, m_tick, m_tickEarlier, m_skip, m_addNote}) {
        if (!why.isEmpty())
            w->setToolTip(why);
    }
    if (it) {
        m_tick->setText(it->state == ChecklistItem::State::Done      ? tr("Untick (Space)")
                        : it->state == ChecklistItem::State::Skipped ? tr("Reopen (Space)")
                                                                     : tr("Tick (Space)"));
    }
}

void ChecklistPane::updateDetails()
{
    const ChecklistItem *it = currentItem();
    const bool visible = it != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_stepText), static_cast<QWidget *>(m_stepState),
                       static_cast<QWidget *>(m_substeps), static_cast<QWidget *>(m_code),
                       static_cast<QWidget *>(m_notes)})
        w->setVisible(visible);
    if (!it) {
        m_stepText->clear();
        m_code->clear();
        return;
    }
    m_stepText->setText(it->text);
    QStringList state;
    switch (it->state) {
    case ChecklistItem::State::Done:
        state << (it->isBackdated()
                      ? tr("☑ Done at %1 (entered later: by %2 at %3)")
                            .arg(TimeText::local(it->stateHappenedAt), it->stateBy,
                                 TimeText::local(it->stateAt))
                      : tr("☑ Done by %1 at %2").arg(it->stateBy, TimeText::local(it->stateAt)));
        break;
    case ChecklistItem::State::Skipped:
        state << tr("⊘ Skipped by %1 at %2: %3")
                     .arg(it->stateBy, TimeText::local(it->stateAt), it->stateReason);
        break;
    case ChecklistItem::State::Open:
        state << tr("☐ Open");
        break;
    }
    const Deadline &d = it->effectiveDeadline();
    const QDateTime due = it->due(m_model->checklists().detectedAt);
    const bool fromAttach = it->deadlinesFrom.isValid();
    if (due.isValid() && d.isImmediate())
        state << (fromAttach ? tr("due when the playbook was attached, %1")
                             : tr("due at detection, %1"))
                     .arg(TimeText::local(due));
    else if (due.isValid())
        state << (fromAttach ? tr("due %1 (%2 after the playbook was attached)")
                             : tr("due %1 (%2 after detection)"))
                     .arg(TimeText::local(due), Deadline::describe(*d.minutes));
    else if (!d.text.isEmpty())
        state << tr("deadline “%1” has no due time").arg(d.text);
    state << tr("%1 › %2, line %3").arg(it->playbookName, it->phase).arg(it->sourceLine);
    m_stepState->setText(state.join(QStringLiteral(" · ")));
    m_substeps->setText(it->substeps.isEmpty()
                            ? QString()
                            : QStringLiteral("• ") + it->substeps.join(QStringLiteral("\n• ")));
    m_substeps->setVisible(!it->substeps.isEmpty());

    m_notes->clear();
    for (const ChecklistNote &n : it->notes)
        m_notes->addItem(tr("%1 %2: %3").arg(TimeText::local(n.at), n.actor, n.text));
    m_notes->setVisible(!it->notes.isEmpty());

    m_code->showStep(*it, m_incident.value_or(Incident()));
}

void ChecklistPane::tickEarlier()
{
    const ChecklistItem *it = currentItem();
    if (!it || !m_context.permissions().canEdit() || !m_incident ||
        it->state != ChecklistItem::State::Open)
        return;
    const QDateTime now = m_context.clock().now();
    auto *dlg = new QDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("tickEarlierDialog"));
    dlg->setWindowTitle(tr("Done Earlier"));
    auto *step = new QLabel(it->text, dlg);
    step->setWordWrap(true);
    step->setTextFormat(Qt::PlainText);
    auto *when = new QDateTimeEdit(now.toLocalTime(), dlg);
    when->setObjectName(QStringLiteral("doneAtEdit"));
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    when->setCalendarPopup(true);
    if (m_incident->detectedAt.isValid())
        when->setMinimumDateTime(m_incident->detectedAt.toLocalTime());
    when->setMaximumDateTime(now.toLocalTime());
    auto *note = new QLabel(tr("Recorded as entered later, by %1, now; the timeline shows it at "
                               "the time it was done.")
                                .arg(store()->actor()),
                            dlg);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Step"), step);
    form->addRow(tr("Done at"), when);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dlg);
    QPushButton *ok = buttons->addButton(tr("Mark Done"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("markDoneAtButton"));
    auto *layout = new QVBoxLayout(dlg);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    const QString incidentId = m_incident->id;
    const QString itemId = it->id;
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dlg, [this, dlg, when, incidentId, itemId] {
        store()->setState(incidentId, itemId, ChecklistItem::State::Done, {},
                          when->dateTime().toUTC());
        dlg->accept();
    });
    dlg->open();
    when->setFocus();
}

void ChecklistPane::toggleCurrent()
{
    const ChecklistItem *it = currentItem();
    if (!it || !m_context.permissions().canEdit() || !m_incident)
        return;
    const auto target = it->state == ChecklistItem::State::Open ? ChecklistItem::State::Done
                                                                : ChecklistItem::State::Open;
    m_banner->hide();
    store()->setState(m_incident->id, it->id, target);
}

void ChecklistPane::skipCurrent()
{
    const ChecklistItem *it = currentItem();
    if (!it || !m_context.permissions().canEdit() || !m_incident)
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        showNotice(tr("Say why the step is skipped first: the reason goes into the incident "
                      "record."));
        m_reason->setFocus();
        return;
    }
    m_banner->hide();
    store()->setState(m_incident->id, it->id, ChecklistItem::State::Skipped, m_reason->text());
    m_reason->clear();
    m_view->setFocus();
}

void ChecklistPane::addNote()
{
    const ChecklistItem *it = currentItem();
    if (!it || !m_context.permissions().canEdit() || !m_incident)
        return;
    const QString text = m_note->text();
    QPointer<QLineEdit> note(m_note);
    store()->addNote(m_incident->id, it->id, text, [note, text](const Result<void> &r) {
        // Keep what was typed unless it was saved.
        if (r && note && note->text() == text)
            note->clear();
    });
}

bool ChecklistPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    return IncidentPane::eventFilter(watched, event);
}

void ChecklistPane::showError(const Error &error)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, error.message, error.detail);
}

void ChecklistPane::showNotice(const QString &text)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Info, text);
}

} // namespace ic
