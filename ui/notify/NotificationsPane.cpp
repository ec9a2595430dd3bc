#include "ui/notify/NotificationsPane.h"

#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/core/TimeText.h"
#include "models/notify/NotifyStore.h"
#include "models/notify/RegulatoryClockModel.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/notify/DraftEditor.h"
#include "ui/notify/NotificationFactsForm.h"
#include "ui/notify/OrganisationDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ic {

NotificationsPane::NotificationsPane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context)
{
    setObjectName(QStringLiteral("notificationsPane"));
    m_store = context.session->notifications();
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("notifyBanner"));

    // Clocks.
    m_clockModel = new RegulatoryClockModel(context.clock(), this);
    m_clockTable = new QTableView(this);
    m_clockTable->setObjectName(QStringLiteral("clockTable"));
    m_clockTable->setModel(m_clockModel);
    m_clockTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_clockTable->verticalHeader()->hide();
    m_clockTable->horizontalHeader()->setStretchLastSection(true);
    m_clockTable->setWordWrap(true);
    m_clockTable->setMaximumHeight(m_clockTable->fontMetrics().lineSpacing() * 9);
    m_clockTable->setAccessibleName(tr("Regulatory clocks"));
    m_clockHint = new QLabel(this);
    m_clockHint->setObjectName(QStringLiteral("clockHintLabel"));
    m_clockHint->setWordWrap(true);
    m_settingsButton = new QPushButton(tr("Organisation, Rules, Templates…"), this);
    m_settingsButton->setObjectName(QStringLiteral("notificationSettingsButton"));
    connect(m_settingsButton, &QPushButton::clicked, this, &NotificationsPane::openSettings);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_clockHint, 1);
    hintRow->addWidget(m_settingsButton);

    // Drafts.
    auto *draftsPage = new QWidget(this);
    m_templateCombo = new QComboBox(draftsPage);
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    m_templateCombo->setAccessibleName(tr("Template"));
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateCombo->setMinimumContentsLength(16);
    m_clockCombo = new QComboBox(draftsPage);
    m_clockCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clockCombo->setMinimumContentsLength(12);
    m_clockCombo->setObjectName(QStringLiteral("draftClockCombo"));
    m_clockCombo->setAccessibleName(tr("Clock this notification answers"));
    m_newDraft = new QPushButton(tr("New Draft"), draftsPage);
    m_newDraft->setObjectName(QStringLiteral("newDraftButton"));
    connect(m_templateCombo, &QComboBox::currentIndexChanged, this,
            &NotificationsPane::templateChosen);
    connect(m_newDraft, &QPushButton::clicked, this, &NotificationsPane::newDraft);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(new QLabel(tr("Template:"), draftsPage));
    newRow->addWidget(m_templateCombo, 1);
    newRow->addWidget(new QLabel(tr("Answers:"), draftsPage));
    newRow->addWidget(m_clockCombo);
    newRow->addWidget(m_newDraft);
    m_templateProblems = new QLabel(draftsPage);
    m_templateProblems->setObjectName(QStringLiteral("templateProblemsLabel"));
    m_templateProblems->setWordWrap(true);
    m_templateProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateProblems->setVisible(false);
    m_draftList = new QListWidget(draftsPage);
    m_draftList->setObjectName(QStringLiteral("draftList"));
    m_draftList->setAccessibleName(tr("Drafts"));
    connect(m_draftList, &QListWidget::currentRowChanged, this,
            &NotificationsPane::showSelectedDraft);
    m_editor = new DraftEditor(m_store, context.clock(), m_banner, draftsPage);
    connect(m_editor, &DraftEditor::draftChanged, this, [this](const QString &id) {
        m_selectDraft = id;
        reloadDrafts();
        reloadClocks();
    });
    auto *split = new QSplitter(Qt::Horizontal, draftsPage);
    split->addWidget(m_draftList);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 3);
    auto *draftsLayout = new QVBoxLayout(draftsPage);
    draftsLayout->setContentsMargins(0, 4, 0, 0);
    draftsLayout->addLayout(newRow);
    draftsLayout->addWidget(m_templateProblems);
    draftsLayout->addWidget(split, 1);

    // Facts.
    m_factsForm = new NotificationFactsForm(this);
    connect(m_factsForm, &NotificationFactsForm::saveRequested, this,
            &NotificationsPane::saveFacts);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("notifyTabs"));
    m_tabs->addTab(draftsPage, tr("Drafts"));
    m_tabs->addTab(m_factsForm, tr("Facts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_clockTable);
    layout->addLayout(hintRow);
    layout->addWidget(m_tabs, 1);

    const bool editable = !m_store->isReadOnly();
    m_factsForm->setEditable(editable);
    m_newDraft->setEnabled(editable);

    // The store announces its writes and the session passes them on (the
    // timeline and the incident list reload too), with everyone else's.
    connect(m_store, &NotifyStore::workspaceChanged, this, &NotificationsPane::reloadOrganisation);
    connect(context.session, &WorkspaceSession::incidentChanged, this, [this](const QString &id) {
        if (m_incident && (id.isEmpty() || m_incident->id == id)) {
            reloadClocks();
            reloadDrafts();
            if (!m_factsForm->isModified())
                reloadFacts();
        }
    });
    connect(&m_templateWatcher, &QFutureWatcher<TemplateLibrary>::finished, this, [this] {
        m_templates = m_templateWatcher.result();
        const QString keep = m_templateCombo->currentData().toString();
        m_templateCombo->clear();
        for (const NotificationTemplate &t : m_templates.templates()) {
            m_templateCombo->addItem(t.shipped ? t.name : tr("%1 (team template)").arg(t.name),
                                     t.id);
            m_templateCombo->setItemData(m_templateCombo->count() - 1,
                                         t.description + QLatin1Char('\n') + t.source,
                                         Qt::ToolTipRole);
        }
        if (const int i = m_templateCombo->findData(keep); i >= 0)
            m_templateCombo->setCurrentIndex(i);
        // Stays in view (not a banner another message replaces) until fixed.
        m_templateProblems->setText(m_templates.problemTexts().join(QLatin1Char('\n')));
        m_templateProblems->setVisible(!m_templates.problems().isEmpty());
        updateEditorContext();
        emit templatesLoaded();
    });
    reloadTemplates();
    reloadOrganisation();
    setIncident(nullptr);
}

NotificationsPane::~NotificationsPane()
{
    m_templateWatcher.waitForFinished(); // a few small files; never the database
}

void NotificationsPane::reloadTemplates()
{
    const QString folder = m_context.settings->notificationTemplateFolder();
    // Files from a team folder (possibly a network share): off the UI thread.
    m_templateWatcher.setFuture(
        QtConcurrent::run([folder] { return TemplateLibrary::load(folder); }));
}

void NotificationsPane::setIncident(const Incident *incident)
{
    const bool same = incident && m_incident && m_incident->id == incident->id;
    if (same) {
        const bool awareChanged = m_incident->becameAwareAt != incident->becameAwareAt;
        m_incident = *incident;
        updateClockHint();
        if (awareChanged)
            reloadClocks();
        updateEditorContext();
        return;
    }
    m_banner->hide();
    m_drafts.clear();
    m_draftList->clear();
    m_editor->setDraft(nullptr);
    m_clockModel->setStates({});
    if (!incident) {
        m_incident.reset();
        m_clockHint->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_incident = *incident;
    updateClockHint();
    reloadAll();
}

void NotificationsPane::reloadAll()
{
    reloadFacts();
    reloadClocks();
    reloadDrafts();
}

void NotificationsPane::updateClockHint()
{
    if (!m_incident)
        return;
    m_clockHint->setText(
        m_incident->becameAwareAt.isValid()
            ? tr("Clocks run from when the organisation became aware: %1.")
                  .arg(TimeText::local(m_incident->becameAwareAt))
            : tr("The became-aware time is not set, so no regulatory clock has started. Set it "
                 "on the Details tab (it can differ from the detection time)."));
}

void NotificationsPane::reloadFacts()
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_store->facts(id, [this, id](const Result<NotificationFacts> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_facts = r.value();
        m_factsForm->setFacts(m_facts);
        updateEditorContext();
    });
}

void NotificationsPane::reloadOrganisation()
{
    m_store->organisation([this](const Result<OrganisationProfile> &r) {
        if (!r)
            return; // the clocks say it too; nothing here depends on it alone
        m_organisation = r.value();
        updateEditorContext();
    });
}

void NotificationsPane::reloadClocks()
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_store->clocks(id, [this, id](const Result<QList<ClockState>> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_clockModel->setStates(r.value());
        m_clockTable->resizeColumnsToContents();
        fillClockCombo();
        updateEditorContext();
    });
}

void NotificationsPane::fillClockCombo()
{
    const QString keep = m_clockCombo->currentData().toString();
    m_clockCombo->clear();
    m_clockCombo->addItem(tr("(no clock)"), QString());
    for (const ClockState &s : m_clockModel->states())
        m_clockCombo->addItem(s.rule.name, s.rule.id);
    const int i = m_clockCombo->findData(keep);
    m_clockCombo->setCurrentIndex(i >= 0 ? i : 0);
    templateChosen();
}

void NotificationsPane::templateChosen()
{
    const NotificationTemplate *t = m_templates.find(m_templateCombo->currentData().toString());
    if (!t)
        return;
    const int i = m_clockCombo->findData(t->clockRuleId);
    m_clockCombo->setCurrentIndex(i >= 0 ? i : 0);
}

void NotificationsPane::reloadDrafts()
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_store->drafts(id, [this, id](const Result<QList<NotificationDraft>> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        const QString keep = !m_selectDraft.isEmpty()
                                 ? m_selectDraft
                                 : (m_editor->draft() ? m_editor->draft()->id : QString());
        m_selectDraft.clear();
        m_drafts = r.value();
        const QSignalBlocker block(m_draftList);
        m_draftList->clear();
        int select = -1;
        for (const NotificationDraft &d : std::as_const(m_drafts)) {
            m_draftList->addItem(tr("%1 — %2, v%3")
                                     .arg(d.templateName, NotificationDraft::stateLabel(d.state))
                                     .arg(d.latestVersion));
            if (d.id == keep)
                select = m_draftList->count() - 1;
        }
        if (select < 0 && !m_drafts.isEmpty() && !m_editor->draft())
            select = int(m_drafts.size()) - 1;
        m_draftList->setCurrentRow(select);
        showSelectedDraft();
    });
}

void NotificationsPane::showSelectedDraft()
{
    const int row = m_draftList->currentRow();
    m_editor->setDraft(row >= 0 && row < m_drafts.size() ? &m_drafts.at(row) : nullptr);
    updateEditorContext();
}

void NotificationsPane::updateEditorContext()
{
    if (!m_incident)
        return;
    DraftContext c;
    c.incidentId = m_incident->id;
    c.incidentRef = m_incident->ref;
    c.organisation = m_organisation;
    c.factsDelayReasons = m_facts.delayReasons;
    if (const auto &d = m_editor->draft()) {
        if (const ClockState *s = m_clockModel->state(d->clockRuleId))
            c.clock = *s;
        if (const NotificationTemplate *t = m_templates.find(d->templateId))
            c.tmpl = *t;
    }
    m_editor->setContext(c);
}

void NotificationsPane::saveFacts()
{
    if (!m_incident)
        return;
    NotificationFacts f = m_factsForm->facts();
    f.incidentId = m_incident->id;
    const QString id = m_incident->id;
    m_store->saveFacts(f, [this, id](const Result<NotificationFacts> &r,
                                     const NotificationFacts &current) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->clearActions();
            m_banner->show(r.error().kind == Error::Kind::Conflict ? MessageBanner::Kind::Warning
                                                                   : MessageBanner::Kind::Error,
                           r.error().message, r.error().detail);
            // Keep what was typed; the next save is based on what is stored.
            if (r.error().kind == Error::Kind::Conflict)
                m_factsForm->setBaseVersion(current.version);
            return;
        }
        m_banner->hide();
        m_facts = r.value();
        m_factsForm->setFacts(m_facts);
        updateEditorContext();
    });
}

void NotificationsPane::newDraft()
{
    if (!m_incident)
        return;
    const NotificationTemplate *t = m_templates.find(m_templateCombo->currentData().toString());
    if (!t)
        return;
    const QString id = m_incident->id;
    m_newDraft->setEnabled(false);
    m_store->createDraft(id, *t, m_clockCombo->currentData().toString(),
                         [this, id](const Result<NotificationDraft> &r) {
                             m_newDraft->setEnabled(!m_store->isReadOnly());
                             if (!m_incident || m_incident->id != id)
                                 return;
                             if (!r) {
                                 m_banner->clearActions();
                                 m_banner->show(MessageBanner::Kind::Error, r.error().message,
                                                r.error().detail);
                                 return;
                             }
                             m_banner->hide();
                             m_selectDraft = r->id;
                             m_tabs->setCurrentIndex(0);
                             reloadDrafts();
                         });
}

void NotificationsPane::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    m_settingsDialog = new OrganisationDialog(m_store, m_context.settings, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &OrganisationDialog::templateFolderChanged, this,
            &NotificationsPane::reloadTemplates);
    m_settingsDialog->open();
}

} // namespace ic
