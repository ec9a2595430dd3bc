#pragma once

#include "models/core/Result.h"
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"
#include "models/escalation/GraphLayout.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>

namespace ic {

class EscalationNodeItem;
class EscalationEdgeItem;

// Colours and fonts the graph items paint with; follows the palette.
struct EscalationGraphStyle
{
    QColor text;
    QColor dimText;
    QColor base;
    QColor pathFill;
    QColor path;
    QColor overdue;
    QColor ok;
    QColor focus;
    bool printing = false; // exporting: no focus ring
    QFont font;
    QFont bold;
    QFont small;
};

// The escalation policy drawn as a graph: Graphviz lays it out off the UI
// thread, nodes are boxes, rounded boxes or diamonds, arrows carry their
// labels. The incident's overlay lights up the path taken and writes each
// node's state as text (readable without colour). Ctrl+wheel or Ctrl+=/-
// zoom, dragging pans, Tab walks the nodes, Enter opens the current one.
class EscalationGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit EscalationGraphView(QWidget *parent = nullptr);
    ~EscalationGraphView() override;

    // Lays the policy out (asynchronously); layoutFinished() follows.
    void setPolicy(const ic::EscalationPolicy &policy);
    // Restyles the nodes and edges for an incident; nullptr: no incident.
    void setOverlay(const ic::EscalationOverlay *overlay, const ic::IncidentFacts &facts,
                    const QDateTime &nowUtc);

    bool isLaidOut() const { return m_laidOut; }
    const EscalationGraphStyle &graphStyle() const { return m_style; }
    QString currentNode() const { return m_current; }
    void setCurrentNode(const QString &nodeId);
    QStringList nodeOrder() const { return m_order; } // reading order (Tab order)

    // For tests and accessibility: where a node is, what it says.
    QRectF nodeSceneRect(const QString &nodeId) const;
    QString nodeText(const QString &nodeId) const;
    bool edgeHighlighted(int edge) const;

    void zoomIn();
    void zoomOut();
    // The whole graph in the view, however small its text gets.
    void fitToView();
    // The readable view: the graph fills the view at 100 % or more (text at
    // least the body font) and centres on the incident's current step. The
    // view keeps to it until the user zooms or pans.
    void followPath();
    qreal zoom() const;
    // The step the view follows: the first overdue one on the path, else
    // who is next, else the last one reached ("" without an incident).
    QString focusNode() const { return m_focus; }
    // The direction the graph is drawn in ("TB", "LR"...): a top-down chart
    // is drawn left to right in a wide view, so that it fills it.
    QString drawnDirection() const { return m_direction; }

    Result<void> exportSvg(const QString &path);
    Result<void> exportPng(const QString &path);

signals:
    void currentNodeChanged(const QString &nodeId);
    void nodeActivated(const QString &nodeId); // Enter or double click
    void layoutFinished(bool ok);
    void layoutFailed(const ic::Error &error);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateStyle();
    void startLayout();
    void layoutDone();
    void buildScene(const GraphLayout &layout);
    void applyOverlay();
    EscalationNodeItem *nodeAt(const QPoint &viewPos) const;
    void scaleBy(qreal factor);
    QString preferredDirection() const;
    void applyView(); // followPath() unless the user zoomed

    EscalationGraphStyle m_style;
    EscalationPolicy m_policy;
    QHash<QString, EscalationNodeItem *> m_nodes;
    QList<EscalationEdgeItem *> m_edges;
    QStringList m_order;
    QString m_current;
    // What a layout job hands back (QFuture wants a default-constructible type).
    struct LayoutOutcome
    {
        GraphLayout layout;
        bool ok = false;
        Error error;
    };
    QFutureWatcher<LayoutOutcome> m_watcher;
    qreal m_statusWidth = 0;
    bool m_laidOut = false;
    bool m_userZoomed = false;
    bool m_panning = false;
    bool m_wholeGraph = false; // fitToView() chosen: keep fitting on resize
    QString m_direction;
    QString m_focus;
    // The last overlay, reapplied after a new layout.
    std::optional<EscalationOverlay> m_overlay;
    IncidentFacts m_facts;
    QDateTime m_now;
};

} // namespace ic
