#include "ui/timeline/TimelinePane.h"

#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/core/TimeText.h"
#include "models/incidents/IncidentListModel.h"
#include "models/notify/NotifyStore.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/session/WorkspaceSession.h"
#include "models/timeline/TimelineModel.h"
#include "models/timeline/TimelineStore.h"
#include "ui/MessageBanner.h"
#include "ui/timeline/TimelineView.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ic {

TimelinePane::TimelinePane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context)
{
    setObjectName(QStringLiteral("timelinePane"));
    m_store = context.session->timeline();
    // Read only: step due times and regulatory clocks become markers. The
    // stores are the session's, shared with the checklist and notification
    // panes: a change loads each once.
    m_checklists = context.session->checklists();
    m_clocks = context.session->notifications();
    m_model = new TimelineModel(this);
    m_filter = new TimelineFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new TimelineView(m_model, m_filter, this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("timelineBanner"));

    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("timelineLanesCombo"));
    m_lanes->addItem(tr("Lanes by actor"), int(TimelineView::Lanes::ByActor));
    m_lanes->addItem(tr("Lanes by kind"), int(TimelineView::Lanes::ByKind));
    m_lanes->setAccessibleName(tr("Lanes"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("timelineKindCombo"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("timelineSearchEdit"));
    m_search->setPlaceholderText(tr("Search the timeline"));
    m_search->setClearButtonEnabled(true);
    auto tool = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        return b;
    };
    auto *zoomIn = tool(QStringLiteral("+"), QStringLiteral("zoomInButton"), tr("Zoom in (+)"));
    auto *zoomOut = tool(QStringLiteral("−"), QStringLiteral("zoomOutButton"), tr("Zoom out (-)"));
    auto *fit = tool(tr("Fit"), QStringLiteral("fitButton"), tr("Show everything (Home)"));
    auto *now = tool(tr("Now"), QStringLiteral("nowButton"), tr("Go to now (N)"));
    m_addEntry = new QPushButton(tr("Add Entry…"), this);
    m_addEntry->setObjectName(QStringLiteral("addEntryButton"));
    m_addEntry->setToolTip(tr("Record something that happened, with the time it happened"));
    m_review = new QPushButton(tr("Review Comment…"), this);
    m_review->setObjectName(QStringLiteral("reviewCommentButton"));
    m_verify = new QPushButton(tr("Verify Record"), this);
    m_verify->setObjectName(QStringLiteral("verifyRecordButton"));
    m_verify->setToolTip(tr("Check that no event was changed, deleted, reordered or added "
                            "directly in the database"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_lanes);
    bar->addWidget(m_kind);
    bar->addWidget(m_search, 1);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    bar->addWidget(fit);
    bar->addWidget(now);
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("timelineLoading"));
    m_loading->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addEntry);
    actions->addWidget(m_review);
    actions->addWidget(m_loading);
    actions->addStretch(1);
    actions->addWidget(m_verify);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(
        TimelineModel::TimeColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("2026-11-22 20:10:00 (entered later)")));
    m_table->setAccessibleName(tr("Timeline events"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setLanes(TimelineView::Lanes(m_lanes->currentData().toInt())); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kind->currentData().toString();
        m_filter->setKinds(kind.isEmpty() ? QSet<QString>() : QSet<QString>{kind});
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setSearchText);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.5); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(2.0); });
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(now, &QToolButton::clicked, m_view, &TimelineView::scrollToNow);
    connect(m_addEntry, &QPushButton::clicked, this, [this] { showEntryDialog(false); });
    connect(m_review, &QPushButton::clicked, this, [this] { showEntryDialog(true); });
    connect(m_verify, &QPushButton::clicked, this, &TimelinePane::verifyRecord);

    // Selection is shared between the lanes and the table.
    connect(m_view, &TimelineView::eventActivated, this, &TimelinePane::syncTableToView);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(TimelineModel::EventIdRole).toLongLong();
                if (id && id != m_view->currentEvent())
                    m_view->setCurrentEvent(id);
            });

    connect(m_store, &TimelineStore::loaded, this,
            [this](const QString &id, const QList<IncidentEvent> &events) {
                if (!m_incident || m_incident->id != id)
                    return;
                const qint64 keep = m_view->currentEvent();
                m_model->setEvents(id, events);
                m_loading->hide();
                updateKinds();
                if (keep)
                    syncTableToView(keep);
            });
    // A large incident shown for the first time: its newest events now, the
    // rest when they are read.
    connect(m_store, &TimelineStore::previewed, this,
            [this](const QString &id, const QList<IncidentEvent> &events) {
                if (!m_incident || m_incident->id != id)
                    return;
                m_model->setEvents(id, events);
                m_loading->setText(tr("Showing the newest %L1 events; reading the earlier ones…")
                                       .arg(TimelineStore::PreviewEvents));
                m_loading->show();
                updateKinds();
            });
    connect(m_store, &TimelineStore::failed, this, [this](const Error &e) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Error, e.message, e.detail);
    });
    connect(m_store, &TimelineStore::appended, this,
            [this](const IncidentEvent &e) { m_view->setCurrentEvent(e.id); });
    // Events written anywhere (edits, notes, other panes, other
    // workstations) reload the timeline.
    connect(context.session, &WorkspaceSession::incidentChanged, this, [this](const QString &id) {
        if (m_incident && (id.isEmpty() || m_incident->id == id)) {
            reload();
            loadDeadlines();
        }
    });
    connect(m_checklists, &ChecklistStore::loaded, this, [this](const IncidentChecklists &c) {
        if (!m_incident || m_incident->id != c.incidentId)
            return;
        // Steps due at the same moment (a phase's deadline) make one marker.
        QMap<QDateTime, QList<const ChecklistItem *>> byDue;
        for (const ChecklistItem &item : c.items) {
            if (const QDateTime due = item.due(c.detectedAt); due.isValid())
                byDue[due].append(&item);
        }
        m_stepMarkers.clear();
        for (auto it = byDue.cbegin(); it != byDue.cend(); ++it) {
            const QList<const ChecklistItem *> &items = it.value();
            const int settled =
                int(std::count_if(items.cbegin(), items.cend(),
                                  [](const ChecklistItem *i) { return i->isSettled(); }));
            TimelineMarker m;
            m.at = it.key();
            m.label = items.size() == 1 ? tr("Step due: %1").arg(items.first()->text.left(60))
                                        : tr("%1: %2 steps due, %3 settled")
                                              .arg(items.first()->phase)
                                              .arg(items.size())
                                              .arg(settled);
            m.met = settled == items.size();
            m_stepMarkers.append(m);
        }
        updateMarkers();
    });
    // Markers are an aid: a failed load leaves them out, and the checklist
    // pane reports its own errors.

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30'000);
    connect(m_clockTimer, &QTimer::timeout, this,
            [this] { m_view->setNow(m_context.clock().now()); });
    m_clockTimer->start();
    m_view->setNow(context.clock().now());

    const bool reviewer = !context.permissions().canEdit();
    m_addEntry->setEnabled(!reviewer);
    if (context.permissions().isReviewer())
        m_addEntry->setToolTip(tr("A reviewer can add review comments only"));
    else if (reviewer)
        m_addEntry->setToolTip(context.permissions().whyNot(Permissions::Action::Edit));
    setIncident(nullptr);
}

void TimelinePane::setIncident(const Incident *incident)
{
    const bool same = incident && m_incident && m_incident->id == incident->id;
    if (!incident) {
        m_incident.reset();
        m_model->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_incident = *incident;
    if (!same) {
        m_banner->hide();
        m_model->clear();
        m_stepMarkers.clear();
        m_clockMarkers.clear();
        reload();
        loadDeadlines();
    }
    updateMarkers();
}

void TimelinePane::reload()
{
    if (!m_incident)
        return;
    // Another incident's events are on screen: show the newest of this one's
    // first. The same incident reloads whole, so the part in view never empties.
    const bool shownOrComing =
        m_model->incidentId() == m_incident->id || m_previewFor == m_incident->id;
    m_store->load(m_incident->id,
                  shownOrComing ? TimelineStore::Load::All : TimelineStore::Load::PreviewFirst);
    if (!shownOrComing)
        m_previewFor = m_incident->id;
}

void TimelinePane::updateMarkers()
{
    if (!m_incident)
        return;
    const SeverityPolicy &policy = m_context.session->incidentList()->policy();
    const ResponseState st = responseState(*m_incident, policy, m_context.clock().now());
    TimelineMarker response;
    response.at = st.due;
    response.label = tr("Response target %1 (%2)")
                         .arg(severityCode(m_incident->severity),
                              policy.level(m_incident->severity).responseText);
    response.met = st.kind == ResponseState::Kind::Met || st.kind == ResponseState::Kind::MetLate;
    m_view->setMarkers(QList<TimelineMarker>{response} + m_stepMarkers + m_clockMarkers);
}

void TimelinePane::loadDeadlines()
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_checklists->load(id);
    QPointer<TimelinePane> guard(this);
    m_clocks->clocks(id, [guard, id](const Result<QList<ClockState>> &r) {
        if (!guard || !guard->m_incident || guard->m_incident->id != id || !r)
            return;
        guard->m_clockMarkers.clear();
        for (const ClockState &clock : r.value()) {
            if (!clock.due.isValid() || clock.status == ClockStatus::NotRequired)
                continue;
            TimelineMarker m;
            m.at = clock.due;
            m.label = clock.rule.shortName.isEmpty() ? clock.rule.name : clock.rule.shortName;
            m.met = clock.sent.has_value();
            guard->m_clockMarkers.append(m);
        }
        guard->updateMarkers();
    });
}

void TimelinePane::updateKinds()
{
    const QString current = m_kind->currentData().toString();
    m_kind->blockSignals(true);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    QStringList kinds = m_model->kinds();
    std::sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
        return TimelineModel::kindLabel(a) < TimelineModel::kindLabel(b);
    });
    for (const QString &k : kinds)
        m_kind->addItem(TimelineModel::kindLabel(k), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
    m_kind->blockSignals(false);
}

void TimelinePane::syncTableToView(qint64 eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return;
    const QModelIndex idx = m_filter->mapFromSource(m_model->index(row, 0));
    if (idx.isValid()) {
        m_table->setCurrentIndex(idx);
        m_table->scrollTo(idx);
    }
    m_view->setCurrentEvent(eventId);
}

void TimelinePane::showEntryDialog(bool review)
{
    if (!m_incident)
        return;
    auto *dlg = new QDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(review ? QStringLiteral("reviewCommentDialog")
                              : QStringLiteral("timelineEntryDialog"));
    dlg->setWindowTitle(review ? tr("Review Comment") : tr("Add to the Record"));
    auto *text = new QPlainTextEdit(dlg);
    text->setObjectName(QStringLiteral("entryTextEdit"));
    text->setTabChangesFocus(true);
    auto *when = new QDateTimeEdit(m_context.clock().now().toLocalTime(), dlg);
    when->setObjectName(QStringLiteral("entryTimeEdit"));
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    when->setCalendarPopup(true);
    auto *error = new QLabel(dlg);
    error->setObjectName(QStringLiteral("entryErrorLabel"));
    error->setWordWrap(true);
    error->hide();
    auto *form = new QFormLayout;
    const qint64 about = m_view->currentEvent();
    if (review) {
        const int row = m_model->rowOfEvent(about);
        form->addRow(tr("About"), new QLabel(row >= 0 ? m_model->events().at(row).summary
                                                      : tr("the whole incident"),
                                             dlg));
        when->hide();
    } else {
        form->addRow(tr("Happened at"), when);
    }
    form->addRow(review ? tr("Comment") : tr("What happened"), text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dlg);
    auto *add = buttons->addButton(review ? tr("Add Comment") : tr("Add to Record"),
                                   QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addToRecordButton"));
    auto *layout = new QVBoxLayout(dlg);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    const QString incidentId = m_incident->id;
    connect(buttons, &QDialogButtonBox::accepted, dlg, [=, this] {
        auto onDone = [dlg = QPointer<QDialog>(dlg), error](const Result<IncidentEvent> &r) {
            if (!dlg)
                return;
            if (r) {
                dlg->accept();
            } else {
                error->setText(r.error().message);
                error->show();
            }
        };
        if (review)
            m_store->addReviewComment(incidentId, text->toPlainText(), about, onDone);
        else
            m_store->addEntry(incidentId, text->toPlainText(), when->dateTime().toUTC(), onDone);
    });
    dlg->open();
    text->setFocus();
}

void TimelinePane::verifyRecord()
{
    if (!m_incident)
        return;
    const QString ref = m_incident->ref;
    m_verify->setEnabled(false);
    m_store->verify(m_incident->id, [this, ref](const Result<ChainVerification> &r) {
        m_verify->setEnabled(true);
        m_banner->clearActions();
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
        } else if (r->intact) {
            m_banner->show(MessageBanner::Kind::Info,
                           tr("The record of %1 is intact: %n event(s), each linked to the one "
                              "before by its SHA-256.",
                              nullptr, r->events)
                               .arg(ref));
        } else {
            m_banner->show(MessageBanner::Kind::Error,
                           tr("The record of %1 was altered in the database, first at event "
                              "%2: %3")
                               .arg(ref)
                               .arg(r->firstBrokenSeq)
                               .arg(r->problem));
        }
    });
}

} // namespace ic
