#include "models/escalation/GraphLayout.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <clocale>
#include <cmath>
#include <locale.h>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::GraphLayouter)
};

// Graphviz is not thread-safe: one context, one layout at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QByteArray &graphvizMessages()
{
    static QByteArray messages;
    return messages;
}

int collectMessage(char *message)
{
    QByteArray &m = graphvizMessages();
    if (m.size() < 4096)
        m.append(message);
    return 0;
}

GVC_t *context()
{
    static GVC_t *gvc = gvContext(); // kept for the process; plugins load once
    return gvc;
}

// Graphviz reads numbers with strtod, which follows LC_NUMERIC; Qt sets the
// user's locale, so "1.5" could read as 1 under a comma locale.
class CNumericLocale
{
public:
    CNumericLocale()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", static_cast<locale_t>(nullptr))),
          m_old(m_c ? uselocale(m_c) : static_cast<locale_t>(nullptr))
    {}
    ~CNumericLocale()
    {
        if (m_c) {
            uselocale(m_old);
            freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c;
    locale_t m_old;
};

char *cstr(const QByteArray &b)
{
    return const_cast<char *>(b.constData());
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), cstr(value), const_cast<char *>(""));
}

QByteArray inches(qreal points)
{
    return QByteArray::number(std::max(points, 1.0) / 72.0, 'f', 4);
}

} // namespace

Result<GraphLayout> GraphLayouter::layout(const Flowchart &chart, const QList<QSizeF> &nodeSizes,
                                          const QList<QSizeF> &labelSizes,
                                          const QList<QSizeF> &titleSizes)
{
    if (nodeSizes.size() != chart.nodes.size() || labelSizes.size() != chart.edges.size() ||
        (!titleSizes.isEmpty() && titleSizes.size() != chart.subgraphs.size()))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The graph could not be laid out: sizes are missing for some "
                                  "nodes or arrows."));
    if (chart.nodes.isEmpty())
        return GraphLayout{};

    QMutexLocker lock(&graphvizMutex());
    CNumericLocale cLocale;
    graphvizMessages().clear();
    agseterr(AGERR);
    agseterrf(&collectMessage);

    GVC_t *gvc = context();
    if (!gvc)
        return Error::make(Error::Kind::General,
                           Tr::tr("Graphviz could not start, so the graph cannot be drawn. "
                                  "Check that the graphviz libraries are installed."));
    Agraph_t *g = agopen(const_cast<char *>("escalation"), Agdirected, nullptr);
    const QByteArray rankdir =
        chart.direction == QLatin1String("TD") ? QByteArray("TB") : chart.direction.toLatin1();
    agattr(g, AGRAPH, const_cast<char *>("rankdir"), cstr(rankdir));
    agattr(g, AGRAPH, const_cast<char *>("nodesep"), const_cast<char *>("0.45"));
    agattr(g, AGRAPH, const_cast<char *>("ranksep"), const_cast<char *>("0.55"));
    agattr(g, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(g, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    agattr(g, AGNODE, const_cast<char *>("style"), const_cast<char *>(""));
    agattr(g, AGEDGE, const_cast<char *>("label"), const_cast<char *>(""));

    // Clusters, a parent before its children (the reader keeps that order).
    QList<Agraph_t *> clusters;
    for (qsizetype i = 0; i < chart.subgraphs.size(); ++i) {
        const FlowSubgraph &s = chart.subgraphs.at(i);
        Agraph_t *parent = g;
        for (qsizetype p = 0; p < i; ++p) {
            if (chart.subgraphs.at(p).id == s.parent)
                parent = clusters.value(p, g);
        }
        const QByteArray name = "cluster_" + QByteArray::number(i);
        Agraph_t *c = agsubg(parent, cstr(name), 1);
        set(c, "margin", "12");
        const QSizeF t = titleSizes.value(i);
        if (!t.isEmpty()) {
            const QByteArray html = "<TABLE FIXEDSIZE=\"TRUE\" WIDTH=\"" +
                                    QByteArray::number(int(std::ceil(t.width()))) + "\" HEIGHT=\"" +
                                    QByteArray::number(int(std::ceil(t.height()))) +
                                    "\" BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\">"
                                    "<TR><TD></TD></TR></TABLE>";
            agsafeset(c, const_cast<char *>("label"), agstrdup_html(c, cstr(html)),
                      const_cast<char *>(""));
            set(c, "labelloc", "t");
            set(c, "labeljust", "l");
        }
        clusters.append(c);
    }
    auto clusterOf = [&chart, &clusters](const QString &id) -> Agraph_t * {
        for (qsizetype i = 0; i < chart.subgraphs.size(); ++i) {
            if (chart.subgraphs.at(i).id == id)
                return clusters.at(i);
        }
        return nullptr;
    };

    QList<Agnode_t *> nodes;
    for (qsizetype i = 0; i < chart.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(g, cstr(name), 1);
        const QSizeF s = nodeSizes.at(i);
        set(n, "width", inches(s.width()));
        set(n, "height", inches(s.height()));
        if (Agraph_t *c = clusterOf(chart.nodes.at(i).subgraph))
            agsubnode(c, n, 1);
        switch (chart.nodes.at(i).shape) {
        case NodeShape::Decision:
            set(n, "shape", "diamond");
            break;
        case NodeShape::Round:
            set(n, "style", "rounded");
            break;
        case NodeShape::Box:
            break;
        }
        nodes.append(n);
    }
    QList<Agedge_t *> edges;
    for (qsizetype i = 0; i < chart.edges.size(); ++i) {
        const FlowEdge &fe = chart.edges.at(i);
        Agnode_t *from = nodes.value(chart.indexOf(fe.from));
        Agnode_t *to = nodes.value(chart.indexOf(fe.to));
        if (!from || !to) {
            edges.append(nullptr);
            continue;
        }
        const QByteArray key = "e" + QByteArray::number(i); // keeps parallel arrows apart
        Agedge_t *e = agedge(g, from, to, cstr(key), 1);
        if (fe.head == EdgeEnd::None)
            set(e, "arrowhead", "none");
        const QSizeF s = labelSizes.at(i);
        if (!s.isEmpty()) {
            // A fixed-size HTML table reserves exactly the room the view measured.
            const QByteArray html = "<TABLE FIXEDSIZE=\"TRUE\" WIDTH=\"" +
                                    QByteArray::number(int(std::ceil(s.width()))) + "\" HEIGHT=\"" +
                                    QByteArray::number(int(std::ceil(s.height()))) +
                                    "\" BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\">"
                                    "<TR><TD></TD></TR></TABLE>";
            agsafeset(e, const_cast<char *>("label"), agstrdup_html(g, cstr(html)),
                      const_cast<char *>(""));
        }
        edges.append(e);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        const QString detail = QString::fromUtf8(graphvizMessages()).trimmed();
        agclose(g);
        return Error::make(Error::Kind::General,
                           Tr::tr("Graphviz could not lay out the graph, so it is shown as a list "
                                  "only. Nothing was changed."),
                           detail);
    }

    const boxf bb = GD_bb(g);
    const qreal top = bb.UR.y;
    auto toScene = [top](pointf p) { return QPointF(p.x, top - p.y); };
    GraphLayout out;
    out.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (Agnode_t *n : std::as_const(nodes)) {
        const QPointF c = toScene(ND_coord(n));
        const qreal w = ND_width(n) * 72.0;
        const qreal h = ND_height(n) * 72.0;
        out.nodes.append(QRectF(c.x() - w / 2, c.y() - h / 2, w, h));
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        LayoutEdge le;
        le.edge = int(i);
        Agedge_t *e = edges.at(i);
        if (e && ED_spl(e)) {
            const splines *spl = ED_spl(e);
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int p = 0; p < bz.size; ++p)
                    le.points.append(toScene(bz.list[p]));
                if (bz.eflag)
                    le.arrowTip = toScene(bz.ep);
            }
        }
        if (e && ED_label(e) && ED_label(e)->set) {
            const QPointF c = toScene(ED_label(e)->pos);
            const QSizeF s = labelSizes.at(i);
            le.labelRect =
                QRectF(c.x() - s.width() / 2, c.y() - s.height() / 2, s.width(), s.height());
        }
        out.edges.append(le);
    }
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        LayoutCluster lc;
        lc.subgraph = int(i);
        const boxf cb = GD_bb(clusters.at(i));
        lc.rect = QRectF(toScene(cb.LL), toScene(cb.UR)).normalized();
        const textlabel_t *label = GD_label(clusters.at(i));
        const QSizeF t = titleSizes.value(i);
        if (label && label->set && !t.isEmpty()) {
            const QPointF c = toScene(label->pos);
            lc.labelRect =
                QRectF(c.x() - t.width() / 2, c.y() - t.height() / 2, t.width(), t.height());
        }
        out.clusters.append(lc);
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    return out;
}

} // namespace ic
