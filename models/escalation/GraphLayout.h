#pragma once

#include "models/core/Result.h"
#include "models/escalation/Mermaid.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace ic {

struct LayoutEdge
{
    int edge = -1;                   // index into the chart's edges
    QList<QPointF> points;           // cubic Bézier: start, then (control, control, end)...
    std::optional<QPointF> arrowTip; // the arrow head ends here (on the head node)
    QRectF labelRect;                // empty when the edge has no label
};

// A subgraph drawn as a Graphviz cluster: a frame around its nodes with
// its title at the top.
struct LayoutCluster
{
    int subgraph = -1; // index into the chart's subgraphs
    QRectF rect;
    QRectF labelRect; // empty when the subgraph has no title
};

// Where the nodes and edges of a flowchart go, in points with y growing
// downwards (scene coordinates); nodes in the chart's order.
struct GraphLayout
{
    QRectF bounds;
    QList<QRectF> nodes;
    QList<LayoutEdge> edges;       // in the chart's edge order
    QList<LayoutCluster> clusters; // in the chart's subgraph order
};

// Lays out a flowchart with Graphviz's dot engine (cgraph + gvc). The caller
// measures the text, so node and edge-label sizes come in; no user text is
// handed to Graphviz. Graphviz keeps global state: calls are serialised, and
// they may run on any thread (the view runs them off the UI thread).
namespace GraphLayouter {

// nodeSizes: one per node; labelSizes: one per edge (empty size: no label);
// titleSizes: one per subgraph, or none (no room kept for titles).
// Subgraphs become clusters; Graphviz has one direction per graph, so a
// subgraph's own "direction" is not drawn.
Result<GraphLayout> layout(const Flowchart &chart, const QList<QSizeF> &nodeSizes,
                           const QList<QSizeF> &labelSizes, const QList<QSizeF> &titleSizes = {});

} // namespace GraphLayouter
} // namespace ic
