#include "ui/escalation/EscalationGraphView.h"

#include "models/core/TimeText.h"
#include "ui/Theme.h"
#include "ui/escalation/EscalationGraphItems.h"

#include <QFileInfo>
#include <QFocusEvent>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace ic {

EscalationGraphView::EscalationGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("escalationGraphView"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Escalation graph"));
    setAccessibleDescription(tr("Tab moves through the nodes, Enter opens the current node's "
                                "contacts and actions, Ctrl+wheel zooms."));
    updateStyle();
    connect(&m_watcher, &QFutureWatcher<LayoutOutcome>::finished, this,
            &EscalationGraphView::layoutDone);
    // The scroll bars moved by hand: the user looks elsewhere.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { m_userZoomed = true; });
}

EscalationGraphView::~EscalationGraphView()
{
    // The job holds only copies; wait so it never outlives the process's pool.
    m_watcher.waitForFinished();
}

void EscalationGraphView::updateStyle()
{
    const QPalette p = palette();
    m_style.text = p.color(QPalette::Text);
    m_style.base = p.color(QPalette::Base);
    m_style.dimText = p.color(QPalette::PlaceholderText);
    m_style.path = p.color(QPalette::Highlight);
    if (Theme::isDark(p))
        m_style.path = m_style.path.lighter(140); // keep contrast against the dark base
    m_style.pathFill = GraphDraw::mix(m_style.base, m_style.path, 0.12);
    m_style.overdue = Theme::overdueColor(p);
    m_style.ok = Theme::okColor(p);
    m_style.focus = p.color(QPalette::Text);
    m_style.font = font();
    m_style.bold = font();
    m_style.bold.setBold(true);
    // Every text of the graph at the body size at least: states are read
    // under pressure, not decoded.
    m_style.small = font();
    setBackgroundBrush(m_style.base);
    const QFontMetricsF sm(m_style.small);
    const QString sample = QStringLiteral("Nov 22 10:00");
    m_statusWidth = 0;
    for (const QString &t :
         {tr("⚠ OVERDUE — due %1").arg(sample), tr("✔ Acknowledged %1").arg(sample),
          tr("✉ Notified %1").arg(sample), tr("Detected %1").arg(sample)})
        m_statusWidth = std::max(m_statusWidth, sm.horizontalAdvance(t));
    m_statusWidth = std::min(m_statusWidth, 200.0);
    if (scene())
        scene()->update();
}

void EscalationGraphView::setPolicy(const EscalationPolicy &policy)
{
    m_policy = policy;
    startLayout();
}

void EscalationGraphView::startLayout()
{
    m_laidOut = false;
    scene()->clear();
    m_nodes.clear();
    m_edges.clear();
    m_order.clear();
    if (m_policy.chart.nodes.isEmpty()) {
        emit layoutFinished(false);
        return;
    }
    scene()
        ->addText(tr("Laying out the escalation graph…"), m_style.font)
        ->setDefaultTextColor(m_style.dimText);

    // Text is measured here, with the fonts the items paint with.
    const QFontMetricsF bold(m_style.bold);
    const QFontMetricsF small(m_style.small);
    QList<QSizeF> sizes;
    for (const FlowNode &n : std::as_const(m_policy.chart.nodes)) {
        const QRectF label = bold.boundingRect(QRectF(0, 0, GraphDraw::MaxLabelWidth, 10000),
                                               Qt::AlignHCenter | Qt::TextWordWrap, n.label);
        const qreal w = std::max(label.width(), m_statusWidth);
        const qreal h = label.height() + GraphDraw::Gap + small.height();
        if (n.shape == NodeShape::Decision)
            sizes << QSizeF(std::ceil(w / 0.6 + 2 * GraphDraw::PadX),
                            std::ceil(h / 0.4 + GraphDraw::PadY));
        else
            sizes << QSizeF(std::ceil(w + 2 * GraphDraw::PadX), std::ceil(h + 2 * GraphDraw::PadY));
    }
    QList<QSizeF> labels;
    for (const FlowEdge &e : std::as_const(m_policy.chart.edges)) {
        if (e.label.isEmpty()) {
            labels << QSizeF();
            continue;
        }
        // Room for the bold version a taken arrow shows.
        labels << QSizeF(std::ceil(bold.horizontalAdvance(e.label) + 8),
                         std::ceil(bold.height() + 2));
    }
    QList<QSizeF> titles;
    for (const FlowSubgraph &sg : std::as_const(m_policy.chart.subgraphs))
        titles << (sg.title.isEmpty() ? QSizeF()
                                      : QSizeF(std::ceil(small.horizontalAdvance(sg.title) + 8),
                                               std::ceil(small.height() + 2)));
    Flowchart chart = m_policy.chart;
    m_direction = preferredDirection();
    chart.direction = m_direction;
    m_watcher.setFuture(QtConcurrent::run([chart, sizes, labels, titles] {
        LayoutOutcome out;
        auto r = GraphLayouter::layout(chart, sizes, labels, titles);
        out.ok = r.ok();
        if (r.ok())
            out.layout = std::move(r).value();
        else
            out.error = r.error();
        return out;
    }));
}

void EscalationGraphView::layoutDone()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const LayoutOutcome out = m_watcher.result();
    scene()->clear();
    if (!out.ok) {
        scene()->addText(out.error.message, m_style.font)->setDefaultTextColor(m_style.text);
        emit layoutFailed(out.error);
        emit layoutFinished(false);
        return;
    }
    buildScene(out.layout);
    m_laidOut = true;
    applyOverlay();
    if (!m_current.isEmpty() && !m_nodes.contains(m_current))
        m_current.clear();
    setCurrentNode(m_current);
    applyView();
    emit layoutFinished(true);
}

void EscalationGraphView::buildScene(const GraphLayout &layout)
{
    const Flowchart &chart = m_policy.chart;
    // Subgraphs: a frame with the title, behind everything.
    for (const LayoutCluster &c : layout.clusters) {
        if (c.subgraph < 0 || c.subgraph >= chart.subgraphs.size())
            continue;
        QPainterPath frame;
        frame.addRoundedRect(c.rect, 6, 6);
        auto *box = scene()->addPath(frame, QPen(m_style.dimText, 1, Qt::DashLine), QBrush());
        box->setZValue(-3);
        const QString title = chart.subgraphs.at(c.subgraph).title;
        if (!title.isEmpty() && !c.labelRect.isEmpty()) {
            auto *text = scene()->addSimpleText(title, m_style.small);
            text->setBrush(m_style.dimText);
            text->setPos(c.labelRect.topLeft() + QPointF(4, 1));
            text->setZValue(-3);
        }
    }
    for (qsizetype i = 0; i < layout.edges.size() && i < chart.edges.size(); ++i) {
        auto *item = new EscalationEdgeItem(layout.edges.at(i), chart.edges.at(i).label, &m_style);
        scene()->addItem(item);
        m_edges.append(item);
    }
    QList<std::pair<QPointF, QString>> reading;
    for (qsizetype i = 0; i < layout.nodes.size() && i < chart.nodes.size(); ++i) {
        const QRectF r = layout.nodes.at(i);
        auto *item = new EscalationNodeItem(chart.nodes.at(i), r.size(), &m_style);
        item->setPos(r.topLeft());
        scene()->addItem(item);
        m_nodes.insert(chart.nodes.at(i).id, item);
        reading.append({r.center(), chart.nodes.at(i).id});
    }
    // Tab order: the way people read the drawing, by rank then across.
    const bool horizontal =
        m_direction == QLatin1String("LR") || m_direction == QLatin1String("RL");
    std::stable_sort(reading.begin(), reading.end(), [horizontal](const auto &a, const auto &b) {
        const qreal a1 = horizontal ? a.first.x() : a.first.y();
        const qreal b1 = horizontal ? b.first.x() : b.first.y();
        if (std::abs(a1 - b1) > 4)
            return a1 < b1;
        return (horizontal ? a.first.y() : a.first.x()) < (horizontal ? b.first.y() : b.first.x());
    });
    if (m_direction == QLatin1String("BT") || m_direction == QLatin1String("RL"))
        std::reverse(reading.begin(), reading.end());
    for (const auto &r : std::as_const(reading))
        m_order << r.second;
    scene()->setSceneRect(layout.bounds.adjusted(-12, -12, 12, 12));
}

void EscalationGraphView::setOverlay(const EscalationOverlay *overlay, const IncidentFacts &facts,
                                     const QDateTime &nowUtc)
{
    if (overlay)
        m_overlay = *overlay;
    else
        m_overlay.reset();
    m_facts = facts;
    m_now = nowUtc;
    applyOverlay();
}

void EscalationGraphView::applyOverlay()
{
    const QDateTime nowUtc = m_now;
    const IncidentFacts &facts = m_facts;
    if (!m_laidOut)
        return;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const NodeStatus *n = m_overlay ? m_overlay->node(it.key()) : nullptr;
        if (!n) {
            it.value()->setStatus(NodeState::OffPath, QString());
            continue;
        }
        QString status;
        QDateTime lastNotified, lastAck;
        int required = 0, notified = 0;
        for (const ContactStatus &c : n->contacts) {
            if (c.applies == Applies::No)
                continue;
            ++required;
            if (c.notifiedAt.isValid()) {
                ++notified;
                lastNotified = std::max(lastNotified, c.notifiedAt);
            }
            if (c.acknowledgedAt.isValid())
                lastAck = std::max(lastAck, c.acknowledgedAt);
        }
        const QString due = TimeText::localShort(n->due, nowUtc);
        switch (n->state) {
        case NodeState::OffPath:
            break;
        case NodeState::Start:
            status = tr("Detected %1").arg(TimeText::localShort(facts.detectedAt, nowUtc));
            break;
        case NodeState::Decided:
            status = QStringLiteral("→ %1").arg(n->decisionAnswer);
            break;
        case NodeState::Undecided:
            status = tr("? Decision needed");
            break;
        case NodeState::NotRequired:
            status = tr("Not required");
            break;
        case NodeState::Pending:
            status = n->due.isValid() ? tr("Due %1").arg(due) : tr("To notify");
            break;
        case NodeState::Overdue:
            status = tr("⚠ OVERDUE — due %1").arg(due);
            break;
        case NodeState::Notified:
            status = tr("✉ Notified %1").arg(TimeText::localShort(lastNotified, nowUtc));
            break;
        case NodeState::Acknowledged:
            status = tr("✔ Acknowledged %1").arg(TimeText::localShort(lastAck, nowUtc));
            break;
        }
        if (required > 1 && notified > 0 && notified < required)
            status += tr(" · %1/%2 notified").arg(notified).arg(required);
        it.value()->setStatus(n->state, status);
    }
    for (qsizetype i = 0; i < m_edges.size(); ++i)
        m_edges.at(i)->setTaken(m_overlay && m_overlay->path.takes(int(i)));

    // Where the incident stands: the first overdue step, else who is next,
    // else the last step reached.
    QString focus;
    if (m_overlay) {
        for (const QString &id : std::as_const(m_overlay->path.nodes)) {
            const NodeStatus *n = m_overlay->node(id);
            if (n && n->state == NodeState::Overdue) {
                focus = id;
                break;
            }
        }
        if (focus.isEmpty())
            focus = m_overlay->nextNodeId;
        for (qsizetype i = m_overlay->path.nodes.size() - 1; focus.isEmpty() && i >= 0; --i) {
            const NodeStatus *n = m_overlay->node(m_overlay->path.nodes.at(i));
            if (n && (n->state == NodeState::Notified || n->state == NodeState::Acknowledged))
                focus = n->nodeId;
        }
    }
    if (focus != m_focus) {
        m_focus = focus;
        applyView();
    }
}

void EscalationGraphView::setCurrentNode(const QString &nodeId)
{
    const QString id = m_nodes.contains(nodeId) ? nodeId : QString();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setCurrent(it.key() == id);
    if (EscalationNodeItem *item = m_nodes.value(id))
        ensureVisible(item, 20, 20);
    if (id == m_current)
        return;
    m_current = id;
    emit currentNodeChanged(id);
}

QRectF EscalationGraphView::nodeSceneRect(const QString &nodeId) const
{
    const EscalationNodeItem *item = m_nodes.value(nodeId);
    return item ? item->mapRectToScene(item->nodeRect()) : QRectF();
}

QString EscalationGraphView::nodeText(const QString &nodeId) const
{
    const EscalationNodeItem *item = m_nodes.value(nodeId);
    return item ? item->text() : QString();
}

bool EscalationGraphView::edgeHighlighted(int edge) const
{
    return edge >= 0 && edge < m_edges.size() && m_edges.at(edge)->taken();
}

qreal EscalationGraphView::zoom() const
{
    return transform().m11();
}

void EscalationGraphView::scaleBy(qreal factor)
{
    // A large graph fits only below MinZoom: zooming out may then go to half
    // of the whole graph's size, never less.
    qreal lowest = GraphDraw::MinZoom;
    const QRectF scene = sceneRect();
    if (!scene.isEmpty())
        lowest = std::min(lowest, std::min(viewport()->width() / scene.width(),
                                           viewport()->height() / scene.height()) /
                                      2);
    const qreal target = std::clamp(zoom() * factor, lowest, GraphDraw::MaxZoom);
    const qreal f = target / zoom();
    scale(f, f);
    m_userZoomed = true;
    m_wholeGraph = false;
}

QString EscalationGraphView::preferredDirection() const
{
    // A top-down chart in a wide view is drawn left to right (and the other
    // way round), so that the graph fills the view instead of a strip of it.
    const QString d = m_policy.chart.direction == QLatin1String("TD") ? QStringLiteral("TB")
                                                                      : m_policy.chart.direction;
    const QSize v = viewport()->size();
    if (v.width() < 50 || v.height() < 50)
        return d;
    if (d == QLatin1String("TB") && v.width() > v.height() * 1.4)
        return QStringLiteral("LR");
    if (d == QLatin1String("LR") && v.height() > v.width() * 1.4)
        return QStringLiteral("TB");
    return d;
}

void EscalationGraphView::applyView()
{
    if (!m_laidOut || m_userZoomed)
        return;
    if (m_wholeGraph)
        fitToView();
    else
        followPath();
}

void EscalationGraphView::followPath()
{
    const QRectF scene = this->scene()->sceneRect();
    if (scene.isEmpty())
        return;
    const QSizeF view = viewport()->size();
    // As large as fills the view, never smaller than 100 % (the body font)
    // and not blown up past 150 %.
    const qreal fit = std::min(view.width() / scene.width(), view.height() / scene.height());
    const qreal s = std::clamp(fit * 0.98, 1.0, 1.5);
    resetTransform();
    scale(s, s);
    const QRectF focus = nodeSceneRect(m_focus.isEmpty() ? m_current : m_focus);
    centerOn(focus.isEmpty() ? scene.center() : focus.center());
    m_userZoomed = false;
    m_wholeGraph = false;
}

void EscalationGraphView::zoomIn()
{
    scaleBy(1.2);
}

void EscalationGraphView::zoomOut()
{
    scaleBy(1 / 1.2);
}

void EscalationGraphView::fitToView()
{
    if (scene()->sceneRect().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Small graphs are not blown up past 150 %.
    if (zoom() > 1.5) {
        resetTransform();
        scale(1.5, 1.5);
    }
    m_userZoomed = false;
    m_wholeGraph = true;
}

void EscalationGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            scaleBy(std::pow(1.0015, delta));
        event->accept();
        return;
    }
    m_userZoomed = true; // scrolling away from the followed step
    QGraphicsView::wheelEvent(event);
}

void EscalationGraphView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
         event->key() == Qt::Key_Space) &&
        !m_current.isEmpty()) {
        emit nodeActivated(m_current);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

EscalationNodeItem *EscalationGraphView::nodeAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> hits = items(viewPos);
    for (QGraphicsItem *item : hits) {
        auto *node = dynamic_cast<EscalationNodeItem *>(item);
        if (node && node->shape().contains(node->mapFromScene(mapToScene(viewPos))))
            return node;
    }
    return nullptr;
}

void EscalationGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (EscalationNodeItem *node = nodeAt(event->position().toPoint())) {
            setFocus(Qt::MouseFocusReason);
            setCurrentNode(node->id());
            event->accept();
            return;
        }
    }
    m_panning = event->button() == Qt::LeftButton;
    QGraphicsView::mousePressEvent(event); // empty space: drag to pan
}

void EscalationGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (EscalationNodeItem *node = nodeAt(event->position().toPoint())) {
        setCurrentNode(node->id());
        emit nodeActivated(node->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void EscalationGraphView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (m_order.isEmpty())
        return;
    if (event->reason() == Qt::TabFocusReason)
        setCurrentNode(m_order.first());
    else if (event->reason() == Qt::BacktabFocusReason)
        setCurrentNode(m_order.last());
    else if (m_current.isEmpty() && event->reason() != Qt::MouseFocusReason)
        setCurrentNode(m_order.first()); // a click chooses its own node
}

bool EscalationGraphView::focusNextPrevChild(bool next)
{
    if (!hasFocus() || m_order.isEmpty())
        return QGraphicsView::focusNextPrevChild(next);
    const qsizetype i = m_order.indexOf(m_current);
    const qsizetype j = i < 0 ? (next ? 0 : m_order.size() - 1) : (next ? i + 1 : i - 1);
    if (j < 0 || j >= m_order.size())
        return QGraphicsView::focusNextPrevChild(next); // past the last node: leave the graph
    setCurrentNode(m_order.at(j));
    return true;
}

void EscalationGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateStyle();
        if (event->type() == QEvent::FontChange && !m_policy.chart.nodes.isEmpty())
            startLayout(); // sizes depend on the font
    }
}

void EscalationGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_policy.chart.nodes.isEmpty() && m_laidOut && preferredDirection() != m_direction) {
        startLayout(); // the view changed shape: draw the chart the other way
        return;
    }
    applyView();
}

void EscalationGraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // A drag: the user looks elsewhere, stop following the path.
    if (m_panning)
        m_userZoomed = true;
}

void EscalationGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    m_panning = false;
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace ic
