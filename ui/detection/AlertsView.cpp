#include "ui/detection/AlertsView.h"

#include "models/core/Settings.h"
#include "models/detection/AlertListModel.h"
#include "models/detection/AlertStore.h"
#include "models/detection/DetectionRunner.h"
#include "models/detection/Detector.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "ui/AuditPasswordRow.h"
#include "ui/ColumnFit.h"
#include "ui/MessageBanner.h"
#include "ui/SeverityDelegate.h"
#include "ui/Theme.h"
#include "ui/detection/AlertDetail.h"
#include "ui/detection/RulesPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ic {

namespace {

// Severity as in the incident list; a group's line in bold; a suggested
// incident ("INC-… ?") in italics: not linked yet.
class AlertsDelegate : public SeverityDelegate
{
public:
    explicit AlertsDelegate(QObject *parent)
        : SeverityDelegate(AlertListModel::SeverityColumn, AlertListModel::SeverityRole, parent)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        SeverityDelegate::initStyleOption(option, index);
        if (index.data(AlertListModel::GroupSizeRole).toInt() > 0 &&
            index.column() != AlertListModel::SeverityColumn)
            option->font.setBold(true);
        if (index.column() == AlertListModel::IncidentColumn &&
            index.data(AlertListModel::IncidentStateRole).toInt() ==
                int(AlertListModel::IncidentState::Suggested)) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, Theme::okColor(option->palette));
        }
    }
};

} // namespace

QList<QAction *> AlertsView::createActions(QObject *owner)
{
    return {makePaneAction(owner, tr("&Run Detection Rules Now"), "runDetectionAction",
                           QKeySequence(tr("Ctrl+Shift+R"))),
            makePaneAction(owner, tr("&Promote Alert to Incident"), "promoteAlertAction",
                           QKeySequence(tr("Ctrl+Shift+P"))),
            makePaneAction(owner, tr("&Dismiss Alert…"), "dismissAlertAction",
                           QKeySequence(tr("Ctrl+Shift+D"))),
            makePaneAction(owner, tr("&Link Alert to Open Incident"), "linkAlertAction",
                           QKeySequence(tr("Ctrl+Shift+L")))};
}

AlertsView::AlertsView(const PaneContext &context, QWidget *parent)
    : WorkspaceView(parent), m_context(context), m_store(context.session->alerts()),
      m_runner(context.session->detection()), m_source(context.session->auditSource()),
      m_model(new AlertListModel(this))
{
    setObjectName(QStringLiteral("alertsView"));
    m_canDetect = m_runner && m_runner->canDetect();
    buildUi();

    if (m_store) {
        connect(m_store, &AlertStore::alertsLoaded, this, [this](const QList<Alert> &alerts) {
            // A plain id and flag: g++ 12 takes a copied optional for
            // uninitialised here (-Wmaybe-uninitialized).
            bool keep = false;
            qint64 keepId = 0;
            if (m_wantSelected) {
                keep = true;
                keepId = *m_wantSelected;
            } else if (const Alert *current = selected()) {
                keep = true;
                keepId = current->id;
            }
            const QString keepGroup = m_model->groupRule(m_table->selectionModel()->currentIndex());
            m_model->setAlerts(alerts);
            const QModelIndex group = m_model->groupIndex(keepGroup);
            if (!keep && group.isValid())
                m_table->setCurrentIndex(group);
            else if (!keep || !selectAlert(keepId))
                showSelected();
            // Something to read beside the list at once: the newest line.
            if (!m_table->selectionModel()->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            m_wantSelected.reset();
            updateEnabled();
        });
        connect(m_store, &AlertStore::ruleStatesLoaded, m_rules, &RulesPanel::setStates);
        connect(m_store, &AlertStore::rowsLoaded, this, &AlertsView::showRows);
        connect(m_store, &AlertStore::alertChanged, this, [this](const Alert &a) {
            if (a.status == AlertStatus::Dismissed && selected() && selected()->id == a.id)
                m_reason->clear();
            m_model->updateAlert(a);
            const QList<Alert> shown = selectedAlerts();
            if (std::any_of(shown.begin(), shown.end(),
                            [&a](const Alert &s) { return s.id == a.id; }))
                showSelected();
            updateEnabled();
        });
        connect(
            m_store, &AlertStore::promoted, this,
            [this](const Alert &a, const Incident &incident, bool playbookAttached) {
                m_banner->clearActions();
                QString text = tr("Alert %1 is now the incident %2. Its %n matched row(s) are "
                                  "pinned as evidence.",
                                  nullptr, int(qMin<qint64>(a.matchedRows, INT_MAX)))
                                   .arg(a.id)
                                   .arg(incident.ref);
                if (!a.playbook.isEmpty())
                    text += QLatin1Char(' ') +
                            (playbookAttached
                                 ? tr("The suggested playbook \"%1\" is attached.").arg(a.playbook)
                                 : tr("No playbook named \"%1\" was found; the suggestion is in "
                                      "the incident's summary.")
                                       .arg(a.playbook));
                m_banner->show(MessageBanner::Kind::Info, text);
                m_promotedIncident = incident.id;
                const QString id = incident.id;
                QPushButton *open = m_banner->addAction(
                    tr("&Open Incident"), QStringLiteral("openPromotedIncidentButton"));
                connect(open, &QPushButton::clicked, this, [this, id] {
                    if (m_context.navigator)
                        emit m_context.navigator->showIncident(id);
                });
                // Containment is "Immediate": straight to the action palette
                // on the new incident's subjects (user, tenant, key).
                QPushButton *contain = m_banner->addAction(
                    tr("&Contain…"), QStringLiteral("containPromotedIncidentButton"));
                contain->setToolTip(tr("Open the incident and its containment actions (Ctrl+K)"));
                connect(contain, &QPushButton::clicked, this, [this, id] {
                    if (!m_context.navigator)
                        return;
                    emit m_context.navigator->showIncident(id);
                    emit m_context.navigator->request(QStringLiteral("actions.palette"),
                                                      {{QStringLiteral("incident_id"), id}});
                });
                reload();
            });
        connectTriage();
        connect(m_store, &AlertStore::failed, this, &AlertsView::showError);
        connect(m_store, &AlertStore::pendingChanged, this, [this] { updateEnabled(); });
    }
    // The detector lives in the session; this view shows what it does.
    if (m_runner) {
        connect(m_runner, &DetectionRunner::detectorChanged, this, &AlertsView::watchDetector);
        connect(m_runner, &DetectionRunner::passFinished, this, &AlertsView::passFinished);
        watchDetector(m_runner->detector());
    }
    // Rules and matched rows read a separate audit database: its password
    // (the session's, the keychain's, else typed here or in the audit view).
    if (m_source->isSeparate()) {
        connect(m_source, &AuditSource::ready, this, &AlertsView::auditSourceReady);
        connect(m_source, &AuditSource::passwordNeeded, this, &AlertsView::askAuditPassword);
        if (m_source->state() == AuditSource::State::NeedsPassword)
            askAuditPassword(m_source->problem());
        else if (m_source->state() != AuditSource::State::Ready)
            m_source->locate();
        if (isWaitingForAuditPassword() && m_canDetect)
            m_runStatus->setText(tr("The detection rules are waiting for the password of the "
                                    "audit database."));
    }
    if (m_store && !m_canDetect) {
        // Without a detector (reviewer profile) others' alerts still show up.
        auto *poll = new QTimer(this);
        poll->setInterval(30'000);
        connect(poll, &QTimer::timeout, this, &AlertsView::reload);
        poll->start();
    }
    if (m_store) {
        // Alerts raised, promoted or dismissed on another workstation arrive
        // through the change feed; a burst of them is one reload.
        auto *coalesce = new QTimer(this);
        coalesce->setSingleShot(true);
        coalesce->setInterval(250);
        connect(coalesce, &QTimer::timeout, this, &AlertsView::reload);
        connect(context.session, &WorkspaceSession::tableChanged, this,
                [coalesce](const QString &table) {
                    if (table.isEmpty() || table.startsWith(QLatin1String("ic_alert")) ||
                        table.startsWith(QLatin1String("ic_detection")))
                        coalesce->start();
                });
    }
    reload();
    updateEnabled();
}

AlertsView::~AlertsView() = default;

bool AlertsView::isWaitingForAuditPassword() const
{
    return m_source->isSeparate() && m_source->state() != AuditSource::State::Ready;
}

Detector *AlertsView::detector() const
{
    return m_runner ? m_runner->detector() : nullptr;
}

void AlertsView::watchDetector(Detector *d)
{
    m_rules->setRunning({});
    if (d) {
        connect(d, &Detector::passStarted, this, [this] {
            m_runStatus->setText(tr("Running the detection rules…"));
            updateEnabled();
        });
        connect(d, &Detector::rulesLoaded, this,
                [this, d] { m_rules->setRules(d->rules(), d->problems()); });
        connect(d, &Detector::ruleStarted, m_rules, &RulesPanel::setRunning);
        connect(d, &Detector::ruleFinished, this, [this] {
            m_rules->setRunning({});
            m_store->loadRuleStates();
        });
        if (!d->rules().isEmpty() || !d->problems().isEmpty())
            m_rules->setRules(d->rules(), d->problems());
    }
    updateEnabled();
}

void AlertsView::askAuditPassword(const QString &problem)
{
    const QString where = m_source->name();
    QString text = m_canDetect
                       ? tr("The detection rules read the audit database %1 and are waiting for "
                            "its password; no rule runs until it is entered.")
                             .arg(where)
                       : tr("The matched rows of alerts are in the audit database %1; enter its "
                            "password to see them.")
                             .arg(where);
    if (!problem.isEmpty())
        text += QLatin1Char(' ') + problem;
    if (m_canDetect)
        m_runStatus->setText(tr("The detection rules are waiting for the password of the audit "
                                "database."));
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Info, text);
    m_bannerAsksPassword = true;
    m_passwordRow->ask();
    updateEnabled();
}

void AlertsView::auditSourceReady()
{
    m_passwordRow->hide();
    if (m_bannerAsksPassword) {
        m_banner->hide();
        m_bannerAsksPassword = false;
    }
    if (m_canDetect)
        m_runStatus->clear();
    showSelected(); // its rows, now from the audit database
}

QList<ColumnFit::Give> AlertsView::giveWay() const
{
    const int pad = 16;
    const QFontMetrics fm = fontMetrics();
    // The widest subject of one alert (a group's line lists several).
    int subject = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex top = m_model->index(r, 0);
        const int children = m_model->rowCount(top);
        for (int c = 0; c < qMax(1, children); ++c) {
            const QModelIndex line = children > 0 ? m_model->index(c, 0, top) : top;
            subject =
                qMax(subject,
                     fm.horizontalAdvance(
                         line.siblingAtColumn(AlertListModel::SubjectColumn).data().toString()));
        }
    }
    using M = AlertListModel;
    return {{M::SubjectColumn, subject + pad},
            {M::StatusColumn, fm.horizontalAdvance(QStringLiteral("Promoted to INC-0000")) + pad},
            {M::RuleColumn, fm.horizontalAdvance(QStringLiteral("Token used from a new…")) + pad},
            {M::SubjectColumn, fm.horizontalAdvance(QStringLiteral("IP address 000.0…")) + pad}};
}

void AlertsView::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("alertsBanner"));
    connect(m_banner, &MessageBanner::dismissed, this, [this] { m_bannerAsksPassword = false; });

    // The separate audit database's password, when neither this session nor
    // the keychain has it.
    m_passwordRow = new AuditPasswordRow(m_source, QStringLiteral("alertsAudit"),
                                         tr("Audit database pass&word:"),
                                         tr("Password of the audit database"), this);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("alertFilterCombo"));
    m_filter->addItem(tr("Open alerts"), 0);
    m_filter->addItem(tr("All alerts"), 1);
    m_filter->addItem(tr("Promoted"), 2);
    m_filter->addItem(tr("Dismissed"), 3);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AlertsView::reload);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    m_runNow = new QPushButton(tr("Run &Now"), this);
    m_runNow->setObjectName(QStringLiteral("runNowButton"));
    m_runNow->setToolTip(tr("Run every detection rule now, whatever its schedule"));
    connect(m_runNow, &QPushButton::clicked, this, &AlertsView::runNow);
    m_runStatus = new QLabel(this);
    m_runStatus->setObjectName(QStringLiteral("detectionStatusLabel"));
    m_runStatus->setWordWrap(true);
    if (!m_canDetect)
        m_runStatus->setText(tr("Rules do not run from a read-only profile; the alerts others "
                                "raise are shown."));

    // Grouped by rule: six alerts of one rule are one line with a count.
    m_group = new QCheckBox(tr("&Group by rule"), this);
    m_group->setObjectName(QStringLiteral("alertGroupCheck"));
    m_group->setToolTip(tr("One line per rule with the number of alerts, the highest severity "
                           "and the latest time seen; Right arrow opens a group"));
    // As the person left it (kept across restarts).
    const bool grouped = m_context.settings->alertsGroupedByRule();
    m_group->setChecked(grouped);
    m_model->setGrouped(grouped);
    connect(m_group, &QCheckBox::toggled, this, [this](bool on) {
        m_context.settings->setAlertsGroupedByRule(on);
        setGrouped(on);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_group);
    top->addWidget(m_runNow);
    top->addWidget(m_runStatus, 1);

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AlertsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setAlternatingRowColors(true);
    m_table->setExpandsOnDoubleClick(false); // activation toggles (and opens incidents)
    m_table->setIndentation(fontMetrics().height());
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Alerts"));
    // Every column whole when there is room; the rule's name takes what is
    // left. Narrow (1366 px): a group's list of subjects gives way first
    // (each alert's own subject stays whole: it tells the lines apart), then
    // the status, then the rule's name down to a few words (elided; whole in
    // its tooltip and in the detail).
    QHeaderView *header = m_table->header();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("Rows")) + 12);
    m_fit = new ColumnFit(m_table, header, AlertListModel::RuleColumn, giveWay());
    connect(m_model, &QAbstractItemModel::modelReset, m_fit,
            [this] { m_fit->setGiveWay(giveWay()); });
    m_table->setColumnHidden(AlertListModel::FirstSeenColumn, true); // in the detail
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsView::showSelected);
    connect(m_table, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == AlertListModel::IncidentColumn &&
            !index.data(AlertListModel::IncidentIdRole).toString().isEmpty()) {
            openIncident(index.data(AlertListModel::IncidentIdRole).toString());
            return;
        }
        const QModelIndex first = index.siblingAtColumn(0);
        if (m_model->rowCount(first) > 0)
            m_table->setExpanded(first, !m_table->isExpanded(first));
    });
    connect(m_table, &QTreeView::expanded, this,
            [this](const QModelIndex &i) { m_expanded.insert(m_model->groupRule(i)); });
    connect(m_table, &QTreeView::collapsed, this,
            [this](const QModelIndex &i) { m_expanded.remove(m_model->groupRule(i)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (const QString &rule : std::as_const(m_expanded))
            m_table->expand(m_model->groupIndex(rule));
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("alertsSplitter"));
    split->addWidget(m_table);
    m_detail = new AlertDetail(this);
    m_reason = m_detail->reasonEdit();
    m_promote = m_detail->promoteButton();
    m_dismiss = m_detail->dismissButton();
    connect(m_promote, &QPushButton::clicked, this, &AlertsView::promoteSelected);
    connect(m_reason, &QLineEdit::returnPressed, this, &AlertsView::dismissSelected);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    connect(m_dismiss, &QPushButton::clicked, this, &AlertsView::dismissSelected);
    connect(m_detail->linkButton(), &QPushButton::clicked, this, &AlertsView::linkSelected);
    connect(m_detail->openIncidentButton(), &QPushButton::clicked, this,
            &AlertsView::openSelectedIncident);
    connect(m_detail->linkCombo(), &QComboBox::currentIndexChanged, this,
            [this] { updateEnabled(); });
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    // Seven tenths for the list: at 1366 px its rules' names whole, in German too.
    split->setSizes({7000, 3000});

    m_rules = new RulesPanel(!m_canDetect, this);
    m_rules->setFolders(m_context.settings->detectionRuleFolders());
    connect(m_rules, &RulesPanel::addFolderRequested, this, &AlertsView::chooseRuleFolder);
    connect(m_rules, &RulesPanel::foldersChanged, this, &AlertsView::saveRuleFolders);
    // Resetting a rule is an admin's (the server refuses it to others).
    auto resetRefusal = [this] {
        m_rules->setResetRefusal(
            m_context.session->permissions().whyNot(Permissions::Action::Administer));
    };
    resetRefusal();
    connect(m_context.session, &WorkspaceSession::permissionsChanged, m_rules, resetRefusal);
    connect(m_rules, &RulesPanel::rescanRequested, this, [this](const QString &ruleId) {
        if (m_store)
            m_store->resetWatermark(ruleId);
        m_banner->clearActions();
        m_banner->show(
            MessageBanner::Kind::Info,
            tr("The rule %1 reads the whole audit log again at its next run.").arg(ruleId));
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("alertsTabs"));
    m_tabs->addTab(split, tr("&Alerts"));
    m_tabs->addTab(m_rules, tr("R&ules"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_passwordRow);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    // The window's menu actions (they exist before this view); made here
    // when the view stands alone.
    m_runAction = m_context.action("runDetectionAction");
    m_promoteAction = m_context.action("promoteAlertAction");
    m_dismissAction = m_context.action("dismissAlertAction");
    m_linkAction = m_context.action("linkAlertAction");
    if (!m_runAction || !m_promoteAction || !m_dismissAction || !m_linkAction) {
        const QList<QAction *> own = createActions(this);
        m_runAction = own.at(0);
        m_promoteAction = own.at(1);
        m_dismissAction = own.at(2);
        m_linkAction = own.at(3);
    }
    connect(m_linkAction, &QAction::triggered, this, &AlertsView::linkSelected);
    connect(m_runAction, &QAction::triggered, this, &AlertsView::runNow);
    connect(m_promoteAction, &QAction::triggered, this, &AlertsView::promoteSelected);
    connect(m_dismissAction, &QAction::triggered, this, [this] {
        // The reason comes first: take the keyboard there.
        m_tabs->setCurrentIndex(0);
        m_reason->setFocus(Qt::ShortcutFocusReason);
    });
}

void AlertsView::reload()
{
    if (!m_store)
        return;
    QList<AlertStatus> statuses;
    switch (m_filter->currentData().toInt()) {
    case 0:
        statuses = {AlertStatus::Open, AlertStatus::Promoting};
        break;
    case 2:
        statuses = {AlertStatus::Promoted};
        break;
    case 3:
        statuses = {AlertStatus::Dismissed};
        break;
    default:
        break;
    }
    // Among the open alerts every status says "Open": the room goes to the rule.
    m_table->setColumnHidden(AlertListModel::StatusColumn, m_filter->currentData().toInt() == 0);
    m_fit->fit();
    m_store->reload(statuses);
    m_store->loadRuleStates();
}

void AlertsView::runNow()
{
    if (!detector()) {
        if (isWaitingForAuditPassword() && m_passwordRow->isVisible())
            m_passwordRow->focusField();
        return;
    }
    if (!m_runner->runNow())
        m_runStatus->setText(tr("The rules are running already; the results come in shortly."));
}

void AlertsView::passFinished(const PassSummary &s)
{
    QString text;
    if (!s.error.isEmpty()) {
        text = tr("The detection rules could not run: %1").arg(s.error);
    } else {
        QStringList parts;
        parts << tr("%n rule(s) run", nullptr, s.rules);
        parts << tr("%n new alert(s)", nullptr, s.newAlerts);
        if (s.groupedAlerts > 0)
            parts << tr("%n added to open alerts", nullptr, s.groupedAlerts);
        if (s.failed > 0)
            parts << tr("%n failed (see Rules)", nullptr, s.failed);
        if (s.skipped > 0)
            parts << tr("%n left to another workstation", nullptr, s.skipped);
        if (s.problems > 0)
            parts << tr("%n rule file(s) could not be used", nullptr, s.problems);
        text = tr("Last run %1: %2.")
                   .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                        parts.join(QStringLiteral(", ")));
    }
    m_runStatus->setText(text);
    reload();
    updateEnabled();
}

void AlertsView::showRows(qint64 alertId, const QList<AlertRow> &rows)
{
    const Alert *a = selected();
    if (a && a->id == alertId)
        m_detail->showRows(rows);
}

void AlertsView::chooseRuleFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Add a Folder of Detection Rules"));
    if (!folder.isEmpty())
        addRuleFolder(folder);
}

void AlertsView::addRuleFolder(const QString &folder)
{
    QStringList folders = m_rules->folders();
    if (folders.contains(folder))
        return;
    folders << folder;
    m_rules->setFolders(folders);
    saveRuleFolders(folders);
}

void AlertsView::saveRuleFolders(const QStringList &folders)
{
    m_context.settings->setDetectionRuleFolders(folders);
    if (m_runner) {
        m_runner->setRuleFolders(folders);
        m_runner->runNow(); // show what the folders hold (and what is wrong with them)
    }
}

void AlertsView::showError(const Error &error)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, error.message, error.detail);
    if (error.kind == Error::Kind::InvalidInput && m_reason->isEnabled())
        m_reason->setFocus(Qt::OtherFocusReason);
    if (error.kind == Error::Kind::Conflict)
        reload();
    updateEnabled();
}

} // namespace ic
