#include "ui/escalation/EscalationPane.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/escalation/EscalationModel.h"
#include "models/escalation/EscalationStore.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/escalation/EscalationGraphView.h"
#include "ui/escalation/EscalationLadder.h"
#include "ui/escalation/EscalationNodePanel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ic {

EscalationPane::EscalationPane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context)
{
    setObjectName(QStringLiteral("escalationPane"));
    m_store = context.session->escalation();
    m_model = new EscalationModel(context.clock(), this);
    buildUi();

    connect(m_store, &EscalationStore::policiesLoaded, this, &EscalationPane::policiesLoaded);
    connect(m_store, &EscalationStore::stateLoaded, this,
            [this](const QString &id, const EscalationState &state) {
                if (id != m_incidentId)
                    return; // an answer for an incident no longer shown
                m_model->setIncident(m_facts, state);
            });
    connect(m_store, &EscalationStore::failed, this, &EscalationPane::showError);
    // A refused choice of flowchart: the picker shows the one still drawn.
    connect(m_store, &EscalationStore::failed, this,
            [this] { updateGraphChoice(m_model->policy()); });
    connect(
        m_store, &EscalationStore::recorded, this,
        [this](const QString &, const EscalationRecord &r) {
            m_banner->clearActions();
            m_banner->show(
                MessageBanner::Kind::Info,
                r.kind == EscalationRecord::Kind::Notified
                    ? tr("Recorded: %1 notified at %2.").arg(r.role, TimeText::local(r.at))
                    : tr("Recorded: %1 acknowledged at %2.").arg(r.role, TimeText::local(r.at)));
        });
    connect(m_store, &EscalationStore::policyImported, this, [this](const EscalationPolicy &p) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info,
                       tr("Imported the escalation policy “%1” into this workspace; it is now "
                          "the workspace's policy.")
                           .arg(p.title),
                       p.warnings.isEmpty() ? QString() : p.warnings.first().message);
        m_store->setActivePolicy(p.name);
    });
    connect(m_store, &EscalationStore::policyGraphChosen, this, [this](const EscalationPolicy &p) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info,
                       tr("The escalation graph of “%1” is now flowchart %2 of the document "
                          "(line %3).")
                           .arg(p.title)
                           .arg(p.graphIndex + 1)
                           .arg(p.graphLine));
    });
    connect(m_model, &EscalationModel::overlayChanged, this, &EscalationPane::refreshViews);
    // Announced changes (another pane, or another workstation) reload the record.
    connect(context.session, &WorkspaceSession::incidentChanged, this, [this](const QString &id) {
        if (!m_incidentId.isEmpty() && (id.isEmpty() || id == m_incidentId) &&
            m_store->pending() == 0)
            m_store->loadState(m_incidentId);
    });
    // Policies imported or chosen on another workstation.
    connect(context.session, &WorkspaceSession::tableChanged, this, [this](const QString &table) {
        if (table.isEmpty() || table == QLatin1String("ic_escalation_policies") ||
            table == QLatin1String("ic_workspace"))
            m_store->loadPolicies();
    });

    m_tick = new QTimer(this);
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, m_model, &EscalationModel::refresh);
    m_tick->start();

    m_store->loadPolicies();
}

EscalationPane::~EscalationPane() = default;

bool EscalationPane::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user drags a divider: two thirds of the height for the
    // graph, and three fifths of the width below it for the ladder.
    // (Splitters otherwise start from their children's size hints, which let
    // a long word-wrapped hint in the node panel take most of the room.)
    if (event->type() == QEvent::Resize && !m_userSplit &&
        (watched == m_split || watched == m_ladderSplit)) {
        const QSize size = static_cast<QResizeEvent *>(event)->size();
        if (watched == m_split) {
            const int h = std::max(1, size.height() - m_split->handleWidth());
            m_split->setSizes({h * 2 / 3, h - h * 2 / 3});
        } else {
            // Narrow (beside the incident list at 1366 px): the ladder takes
            // all but the panel's least.
            const int w = std::max(1, size.width() - m_ladderSplit->handleWidth());
            const bool narrow = w < fontMetrics().horizontalAdvance(QLatin1Char('M')) * 56;
            const int ladder = narrow ? w - m_ladderSplit->widget(1)->minimumWidth() : w * 3 / 5;
            m_ladderSplit->setSizes({ladder, w - ladder});
        }
    }
    return IncidentPane::eventFilter(watched, event);
}

void EscalationPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("escalationBanner"));
    layout->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    auto *policyLabel = new QLabel(tr("&Policy:"), this);
    m_policyCombo = new QComboBox(this);
    m_policyCombo->setObjectName(QStringLiteral("policyCombo"));
    m_policyCombo->setToolTip(tr("The workspace's escalation policy (shared by everyone in it)"));
    m_policyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policyCombo->setMinimumContentsLength(16);
    policyLabel->setBuddy(m_policyCombo);
    connect(m_policyCombo, &QComboBox::activated, this, &EscalationPane::choosePolicy);
    m_importButton = new QPushButton(tr("&Import Policy…"), this);
    m_importButton->setObjectName(QStringLiteral("importPolicyButton"));
    m_importButton->setToolTip(tr("Add the team's own policy file (Markdown with a mermaid graph "
                                  "and a contact table) to this workspace"));
    // Escalation policies are an admin's; roles can change while open.
    auto gateImport = [this] {
        const QString why = m_context.permissions().whyNot(Permissions::Action::Administer);
        m_importButton->setEnabled(why.isEmpty());
        m_importButton->setToolTip(why.isEmpty()
                                       ? tr("Add the team's own policy file (Markdown with a "
                                            "mermaid graph and a contact table) to this "
                                            "workspace")
                                       : why);
    };
    gateImport();
    connect(m_context.session, &WorkspaceSession::permissionsChanged, this, gateImport);
    connect(m_importButton, &QPushButton::clicked, this, &EscalationPane::importPolicy);
    // A document with several flowcharts: which one is the escalation graph.
    m_graphLabel = new QLabel(tr("&Flowchart:"), this);
    m_graphCombo = new QComboBox(this);
    m_graphCombo->setObjectName(QStringLiteral("policyGraphCombo"));
    m_graphCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_graphCombo->setMinimumContentsLength(14);
    m_graphLabel->setBuddy(m_graphCombo);
    m_graphLabel->hide();
    m_graphCombo->hide();
    connect(m_graphCombo, &QComboBox::activated, this, &EscalationPane::chooseGraph);
    auto *breachLabel = new QLabel(tr("Data &breach:"), this);
    m_breachCombo = new QComboBox(this);
    m_breachCombo->setObjectName(QStringLiteral("dataBreachCombo"));
    m_breachCombo->addItem(tr("Not decided"), QString());
    m_breachCombo->addItem(tr("Yes"), QStringLiteral("yes"));
    m_breachCombo->addItem(tr("No"), QStringLiteral("no"));
    m_breachCombo->setEnabled(false);
    breachLabel->setBuddy(m_breachCombo);
    connect(m_breachCombo, &QComboBox::activated, this, [this](int index) {
        const QString v = m_breachCombo->itemData(index).toString();
        setDataBreach(v.isEmpty() ? std::nullopt : std::optional<bool>(v == QLatin1String("yes")));
    });
    bar->addWidget(policyLabel);
    bar->addWidget(m_policyCombo, 1);
    bar->addWidget(m_importButton);
    bar->addWidget(m_graphLabel);
    bar->addWidget(m_graphCombo, 1);
    bar->addStretch(1);
    // The data-breach answer beside the graph's tools, below "who is next"
    // (the pane stays narrow enough for the incident list's countdown
    // beside it at 1366 px, in German too).
    auto *breachRow = new QHBoxLayout;
    breachRow->addWidget(breachLabel);
    breachRow->addWidget(m_breachCombo);
    breachRow->addStretch(1);

    m_graph = new EscalationGraphView(this);
    auto *tools = new QHBoxLayout; // beside the data-breach answer, above the graph
    auto addTool = [&](const QString &text, const QString &name, const QKeySequence &key,
                       auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, m_graph, slot);
        addAction(a);
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(a);
        tools->addWidget(b);
    };
    addTool(tr("Zoom Out"), QStringLiteral("zoomOutButton"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
            &EscalationGraphView::zoomOut);
    addTool(tr("Zoom In"), QStringLiteral("zoomInButton"), QKeySequence(Qt::CTRL | Qt::Key_Equal),
            &EscalationGraphView::zoomIn);
    // Short faces, so that "who is next" beside them keeps its room; the
    // tooltip and the accessible name say what they do.
    for (const auto &[name, face] :
         {std::pair{"zoomOutButton", "−"}, std::pair{"zoomInButton", "+"}}) {
        if (auto *b = findChild<QToolButton *>(QLatin1String(name))) {
            b->setAccessibleName(b->defaultAction()->text());
            b->defaultAction()->setIconText(QString::fromUtf8(face));
        }
    }
    addTool(tr("Follow"), QStringLiteral("followButton"), QKeySequence(Qt::CTRL | Qt::Key_0),
            &EscalationGraphView::followPath);
    addTool(tr("Whole Graph"), QStringLiteral("fitButton"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0), &EscalationGraphView::fitToView);
    // Ctrl++ as well, where "+" needs Shift.
    auto *zoomPlus = new QAction(this);
    zoomPlus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    zoomPlus->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomPlus, &QAction::triggered, m_graph, &EscalationGraphView::zoomIn);
    addAction(zoomPlus);

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    QAction *svg = menu->addAction(tr("Export as SVG…"));
    svg->setObjectName(QStringLiteral("exportSvgAction"));
    connect(svg, &QAction::triggered, this, [this] { exportGraph(true); });
    QAction *png = menu->addAction(tr("Export as PNG…"));
    png->setObjectName(QStringLiteral("exportPngAction"));
    connect(png, &QAction::triggered, this, [this] { exportGraph(false); });
    m_exportButton->setMenu(menu);
    tools->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_nextLabel = new QLabel(this);
    m_nextLabel->setObjectName(QStringLiteral("nextEscalationLabel"));
    m_nextLabel->setTextFormat(Qt::PlainText);
    m_nextLabel->setWordWrap(true);
    QFont bold = m_nextLabel->font();
    bold.setBold(true);
    m_nextLabel->setFont(bold);
    layout->addWidget(m_nextLabel);
    breachRow->addLayout(tools);
    layout->addLayout(breachRow);

    m_panel = new EscalationNodePanel(this);
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setObjectName(QStringLiteral("escalationNodeArea"));
    panelScroll->setWidgetResizable(true);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrap instead
    panelScroll->setWidget(m_panel);
    panelScroll->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);

    m_table = makeEscalationLadder(m_model, this);
    // The graph takes the pane's full width and most of its height; below
    // it the ladder (who, due, notified, acknowledged) and, beside the
    // ladder, the selected step's contacts and actions.
    m_ladderSplit = new QSplitter(Qt::Horizontal, this);
    m_ladderSplit->setObjectName(QStringLiteral("escalationLadderSplitter"));
    m_ladderSplit->addWidget(m_table);
    m_ladderSplit->addWidget(panelScroll);
    m_ladderSplit->setStretchFactor(0, 3);
    m_ladderSplit->setStretchFactor(1, 2);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("escalationSplitter"));
    m_split->addWidget(m_graph);
    m_split->addWidget(m_ladderSplit);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    for (QSplitter *s : {m_split, m_ladderSplit}) {
        connect(s, &QSplitter::splitterMoved, this, [this] { m_userSplit = true; });
        s->installEventFilter(this);
    }
    layout->addWidget(m_split, 1);

    connect(m_graph, &EscalationGraphView::currentNodeChanged, this, [this](const QString &id) {
        showCurrentNode();
        const int row = m_model->rowOf(id);
        const QModelIndex current = m_table->currentIndex();
        if (row >= 0 &&
            (!current.isValid() || current.data(EscalationModel::NodeIdRole).toString() != id))
            m_table->setCurrentIndex(m_table->model()->index(row, 0));
    });
    connect(m_graph, &EscalationGraphView::nodeActivated, this, [this](const QString &) {
        showCurrentNode();
        m_panel->focusFirstAction();
    });
    connect(m_graph, &EscalationGraphView::layoutFailed, this, &EscalationPane::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_graph->setCurrentNode(index.data(EscalationModel::NodeIdRole).toString());
            });
    connect(m_panel, &EscalationNodePanel::notifyRequested, this,
            [this](const QString &node, int position) { record(node, position, false); });
    connect(m_panel, &EscalationNodePanel::acknowledgeRequested, this,
            [this](const QString &node, int position) { record(node, position, true); });
    connect(m_panel, &EscalationNodePanel::dataBreachRequested, this,
            &EscalationPane::setDataBreach);
    connect(m_panel, &EscalationNodePanel::branchChosen, this,
            [this](const QString &node, const QString &target, const QString &answer) {
                const FlowNode *n = m_model->policy().chart.node(node);
                m_store->decide(m_incidentId, m_model->policy().name, node, n ? n->label : node,
                                target, answer);
            });
    connect(m_panel, &EscalationNodePanel::backToGraph, this,
            [this] { m_graph->setFocus(Qt::OtherFocusReason); });
}

void EscalationPane::policiesLoaded(const QList<EscalationPolicy> &policies, const QString &active)
{
    m_policies = policies;
    m_activePolicy = active;
    m_policyCombo->clear();
    int activeIndex = 0;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const EscalationPolicy &p = policies.at(i);
        QString text = p.builtIn ? tr("%1 (built in)").arg(p.title) : p.title;
        if (!p.isValid())
            text = tr("%1 — has errors").arg(text);
        m_policyCombo->addItem(text, p.name);
        if (p.name == active)
            activeIndex = int(i);
    }
    m_policyCombo->setCurrentIndex(activeIndex);
    if (!policies.isEmpty())
        applyPolicy(policies.at(activeIndex)); // also a re-imported file of the same name
}

void EscalationPane::applyPolicy(const EscalationPolicy &policy)
{
    if (!policy.isValid()) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Warning,
                       tr("The escalation policy “%1” has errors, so it cannot be drawn. Choose "
                          "another policy or import a corrected file.")
                           .arg(policy.title),
                       policy.errors.value(0).message);
    }
    m_model->setPolicy(policy);
    m_graph->setPolicy(policy);
    updateGraphChoice(policy);
}

void EscalationPane::updateGraphChoice(const EscalationPolicy &policy)
{
    m_graphCombo->clear();
    int flowcharts = 0;
    for (qsizetype i = 0; i < policy.graphs.size(); ++i) {
        const PolicyGraph &g = policy.graphs.at(i);
        if (g.kind != QLatin1String("flowchart"))
            continue;
        ++flowcharts;
        const QString title = g.title.isEmpty() ? tr("untitled, line %1").arg(g.line) : g.title;
        m_graphCombo->addItem(tr("%1. %2 (nodes: %3)").arg(i + 1).arg(title).arg(g.nodes),
                              int(i + 1));
        m_graphCombo->setItemData(
            m_graphCombo->count() - 1,
            tr("Flowchart %1 of the document, at line %2").arg(i + 1).arg(g.line), Qt::ToolTipRole);
        if (i == policy.graphIndex)
            m_graphCombo->setCurrentIndex(m_graphCombo->count() - 1);
    }
    const bool choice = !policy.builtIn && flowcharts > 1;
    m_graphLabel->setVisible(choice);
    m_graphCombo->setVisible(choice);
    const QString why = m_context.permissions().whyNot(Permissions::Action::Administer);
    m_graphCombo->setEnabled(why.isEmpty());
    m_graphCombo->setToolTip(why.isEmpty() ? tr("The document has %1 flowcharts; choose the one "
                                                "that is the escalation path")
                                                 .arg(flowcharts)
                                           : why);
}

void EscalationPane::chooseGraph(int index)
{
    const int graph = m_graphCombo->itemData(index).toInt();
    const EscalationPolicy &policy = m_model->policy();
    if (graph <= 0 || graph - 1 == policy.graphIndex)
        return;
    m_store->choosePolicyGraph(policy.name, graph);
}

void EscalationPane::setIncident(const Incident *incident)
{
    const QString id = incident ? incident->id : QString();
    const bool other = id != m_incidentId;
    m_incidentId = id;
    m_breachCombo->setEnabled(incident && m_context.permissions().canEdit());
    if (!incident) {
        m_model->clear();
        return;
    }
    m_facts = {};
    m_facts.severity = incident->severity;
    m_facts.detectedAt =
        incident->detectedAt.isValid() ? incident->detectedAt : incident->createdAt;
    m_facts.acknowledgedAt = incident->acknowledgedAt;
    m_facts.acknowledgedBy = incident->commander;
    if (other)
        m_model->clear(); // nothing shown as overdue before the record is read
    else
        m_model->setIncident(m_facts, m_model->state()); // severity may have changed
    m_store->loadState(id);
}

void EscalationPane::refreshViews()
{
    const QDateTime now = m_context.clock().now();
    IncidentFacts facts = m_model->facts();
    m_graph->setOverlay(m_model->hasIncident() ? &m_model->overlay() : nullptr, facts, now);
    // Nothing chosen by the user: show the step the incident is at, with its
    // contacts and buttons, instead of an empty panel; it moves on with the
    // incident until the user picks a node.
    const QString current = m_graph->currentNode();
    const QString focus = m_graph->focusNode();
    if (!focus.isEmpty() && (current.isEmpty() || current == m_autoNode) && current != focus) {
        m_autoNode = focus;
        m_graph->setCurrentNode(focus);
    }
    if (!m_model->hasIncident()) {
        m_nextLabel->setText(m_incidentId.isEmpty()
                                 ? tr("Select an incident to see its escalation path.")
                                 : tr("Reading the escalation record…"));
    } else {
        const QString next = m_model->nextText();
        const int overdue = m_model->overlay().overdue;
        QString text =
            next.isEmpty() ? tr("Everyone on this incident's path has been notified.") : next;
        if (overdue > 0)
            text = tr("⚠ %n escalation(s) overdue. ", nullptr, overdue) + text;
        m_nextLabel->setText(text);
    }
    const std::optional<bool> breach = m_model->state().dataBreach;
    m_breachCombo->setCurrentIndex(!breach ? 0 : *breach ? 1 : 2);
    showCurrentNode();
}

void EscalationPane::showCurrentNode()
{
    m_panel->showNode(*m_model, m_graph->currentNode(), !m_context.permissions().canEdit());
}

void EscalationPane::record(const QString &nodeId, int contactPosition, bool acknowledged)
{
    if (m_incidentId.isEmpty())
        return;
    const NodeStatus *n = m_model->overlay().node(nodeId);
    const FlowNode *node = m_model->policy().chart.node(nodeId);
    if (!n || !node || contactPosition < 0 || contactPosition >= n->contacts.size())
        return;
    const ContactStatus &c = n->contacts.at(contactPosition);
    EscalationTarget target;
    target.policy = m_model->policy().name;
    target.nodeId = nodeId;
    target.nodeLabel = QString(node->label).replace(QLatin1Char('\n'), QLatin1Char(' '));
    target.role = c.role;
    target.contact = c.contact;
    target.due = c.due;
    m_store->record(m_incidentId,
                    acknowledged ? EscalationRecord::Kind::Acknowledged
                                 : EscalationRecord::Kind::Notified,
                    target);
}

void EscalationPane::setDataBreach(std::optional<bool> value)
{
    if (m_incidentId.isEmpty())
        return;
    m_store->setDataBreach(m_incidentId, value);
}

void EscalationPane::choosePolicy(int index)
{
    const QString name = m_policyCombo->itemData(index).toString();
    if (name.isEmpty() || name == m_activePolicy)
        return;
    if (!m_context.permissions().canEdit()) {
        // A reviewer may look at another policy without changing the workspace's.
        for (const EscalationPolicy &p : std::as_const(m_policies)) {
            if (p.name == name)
                applyPolicy(p);
        }
        return;
    }
    m_store->setActivePolicy(name);
}

void EscalationPane::importPolicy()
{
    auto *dlg = new QFileDialog(this, tr("Import Escalation Policy"));
    dlg->setObjectName(QStringLiteral("importPolicyDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::ExistingFile);
    dlg->setNameFilters({tr("Markdown policies (*.md *.markdown *.txt)"), tr("All files (*)")});
    dlg->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(dlg, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_store->importPolicyFile(path); });
    dlg->open();
}

void EscalationPane::exportGraph(bool svg)
{
    auto *dlg = new QFileDialog(this, svg ? tr("Export Graph as SVG") : tr("Export Graph as PNG"));
    dlg->setObjectName(QStringLiteral("exportGraphDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    dlg->setNameFilters({svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)")});
    dlg->selectFile(
        QStringLiteral("escalation-%1.%2")
            .arg(m_model->policy().name, svg ? QStringLiteral("svg") : QStringLiteral("png")));
    connect(dlg, &QFileDialog::fileSelected, this, [this, svg](const QString &path) {
        const Result<void> r = svg ? m_graph->exportSvg(path) : m_graph->exportPng(path);
        m_banner->clearActions();
        if (r)
            m_banner->show(MessageBanner::Kind::Info, tr("Exported the graph to %1.").arg(path));
        else
            showError(r.error());
    });
    dlg->open();
}

bool EscalationPane::handleRequest(const QString &what, const QVariantMap &arguments)
{
    if (what != QLatin1String("escalation.show"))
        return false;
    const QString node = arguments.value(QStringLiteral("node")).toString();
    if (!node.isEmpty())
        m_graph->setCurrentNode(node);
    return true;
}

void EscalationPane::showError(const Error &error)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, error.message, error.detail);
}

} // namespace ic
