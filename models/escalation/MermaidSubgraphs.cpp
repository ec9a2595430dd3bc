// The mermaid reader's subgraphs: opening one (its id and title), closing it
// (its nodes), and links written to or from a subgraph.
#include "models/escalation/MermaidParser.h"

#include "models/escalation/MermaidText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ic::mermaid_detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MermaidReader)
};

} // namespace

bool Reader::subgraphStart(qsizetype start)
{
    Flowchart &chart = m_result.chart;
    if (chart.subgraphs.size() >= MermaidReader::MaxSubgraphs) {
        errorAt(
            start,
            Tr::tr("more than %1 subgraphs; split the diagram.").arg(MermaidReader::MaxSubgraphs));
        m_stop = true;
        return false;
    }
    if (m_open.size() >= MermaidReader::MaxSubgraphDepth) {
        errorAt(
            start,
            Tr::tr("subgraphs nested deeper than %1 levels.").arg(MermaidReader::MaxSubgraphDepth));
        m_stop = true;
        return false;
    }
    skipSpaces();
    QString id;
    QString title;
    bool markdown = false;
    if (atStatementEnd()) {
        // anonymous
    } else if (peek() == QLatin1Char('"')) {
        std::optional<QString> s = quotedString(&markdown);
        if (!s)
            return false;
        title = *s;
        if (std::none_of(title.cbegin(), title.cend(), [](QChar c) { return c.isSpace(); }))
            id = title;
    } else {
        const qsizetype textStart = m_pos;
        while (!atStatementEnd() && peek() != QLatin1Char('['))
            ++m_pos;
        const QString text = m_text.mid(textStart, m_pos - textStart).trimmed();
        if (peek() == QLatin1Char('[')) {
            id = text;
            ++m_pos;
            skipSpaces();
            if (peek() == QLatin1Char('"')) {
                std::optional<QString> s = quotedString(&markdown);
                if (!s)
                    return false;
                title = *s;
                skipSpaces();
                if (peek() != QLatin1Char(']')) {
                    errorAt(m_pos, Tr::tr("expected “]” after the subgraph title."));
                    return false;
                }
                ++m_pos;
            } else {
                const qsizetype close = m_text.indexOf(QLatin1Char(']'), m_pos);
                const qsizetype nl = m_text.indexOf(QLatin1Char('\n'), m_pos);
                if (close < 0 || (nl >= 0 && nl < close)) {
                    errorAt(m_pos, Tr::tr("the subgraph title has no closing “]”."));
                    return false;
                }
                title = m_text.mid(m_pos, close - m_pos);
                m_pos = close + 1;
            }
        } else {
            title = text;
            if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
                id = text;
        }
    }
    title = cleanLabel(title, markdown);
    if (title.size() > MermaidReader::MaxLabelLength) {
        errorAt(start, Tr::tr("the subgraph title is longer than %1 characters.")
                           .arg(MermaidReader::MaxLabelLength));
        return false;
    }
    if (id.isEmpty())
        id = QStringLiteral("subGraph%1").arg(chart.subgraphs.size());
    if (chart.subgraph(id)) {
        warnAt(start, Tr::tr("a second subgraph is called %1; it is kept apart as %1 (%2).")
                          .arg(quoted(id))
                          .arg(chart.subgraphs.size()));
        id = QStringLiteral("%1 (%2)").arg(id).arg(chart.subgraphs.size());
    }
    FlowSubgraph s;
    s.id = id;
    s.title = title;
    s.line = m_line;
    s.endLine = m_line;
    s.parent = m_open.isEmpty() ? QString() : chart.subgraphs.at(m_open.constLast().index).id;
    chart.subgraphs.append(s);
    OpenSubgraph open;
    open.index = int(chart.subgraphs.size()) - 1;
    m_open.append(open);
    return expectStatementEnd();
}

void Reader::closeSubgraph(int endLine)
{
    OpenSubgraph open = m_open.takeLast();
    Flowchart &chart = m_result.chart;
    FlowSubgraph &s = chart.subgraphs[open.index];
    s.endLine = endLine;
    // Inner subgraphs close first, so a node stays in the innermost one
    // that names it.
    for (const QString &id : std::as_const(open.mentioned)) {
        const int i = chart.indexOf(id);
        if (i >= 0 && chart.nodes[i].subgraph.isEmpty())
            chart.nodes[i].subgraph = s.id;
    }
    if (!m_open.isEmpty())
        m_open.last().mentioned += open.mentioned;
}

void Reader::resolveSubgraphEndpoints()
{
    Flowchart &chart = m_result.chart;
    if (chart.subgraphs.isEmpty())
        return;
    QSet<QString> ids;
    for (const FlowSubgraph &s : std::as_const(chart.subgraphs))
        ids.insert(s.id);
    bool any = false;
    for (const FlowEdge &e : std::as_const(chart.edges))
        any = any || ids.contains(e.from) || ids.contains(e.to);
    // A node named like a subgraph is the subgraph.
    QList<FlowNode> kept;
    for (const FlowNode &n : std::as_const(chart.nodes)) {
        if (!ids.contains(n.id))
            kept.append(n);
    }
    if (!any && kept.size() == chart.nodes.size())
        return;
    chart.nodes = kept;
    m_index.clear();
    for (int i = 0; i < chart.nodes.size(); ++i)
        m_index.insert(chart.nodes[i].id, i);

    auto within = [&chart](const QString &node, const QString &sub) {
        const FlowNode *n = chart.node(node);
        if (!n)
            return false;
        for (QString s = n->subgraph; !s.isEmpty();) {
            if (s == sub)
                return true;
            const FlowSubgraph *g = chart.subgraph(s);
            s = g ? g->parent : QString();
        }
        return false;
    };
    QList<FlowEdge> plain;
    for (const FlowEdge &e : std::as_const(chart.edges)) {
        if (!ids.contains(e.from) && !ids.contains(e.to))
            plain.append(e);
    }
    auto ends = [&](const QString &sub, bool entries) {
        QStringList members;
        for (const FlowNode &n : std::as_const(chart.nodes)) {
            if (within(n.id, sub))
                members.append(n.id);
        }
        QStringList out;
        for (const QString &m : std::as_const(members)) {
            bool inner = false;
            for (const FlowEdge &e : std::as_const(plain)) {
                if (entries && e.to == m && e.from != m && members.contains(e.from))
                    inner = true;
                if (!entries && e.from == m && e.to != m && members.contains(e.to))
                    inner = true;
            }
            if (!inner)
                out.append(m);
        }
        return out.isEmpty() ? members : out;
    };
    QList<FlowEdge> edges;
    for (const FlowEdge &e : std::as_const(chart.edges)) {
        if (!ids.contains(e.from) && !ids.contains(e.to)) {
            edges.append(e);
            continue;
        }
        const QStringList froms = ids.contains(e.from) ? ends(e.from, false) : QStringList{e.from};
        const QStringList tos = ids.contains(e.to) ? ends(e.to, true) : QStringList{e.to};
        if (froms.isEmpty() || tos.isEmpty()) {
            m_result.warnings.append(
                {e.line, Tr::tr("Line %1: the link between %2 and %3 leads to an empty "
                                "subgraph; it was left out.")
                             .arg(e.line)
                             .arg(quoted(e.from), quoted(e.to))});
            continue;
        }
        for (const QString &f : froms) {
            for (const QString &t : tos) {
                if (f == t)
                    continue;
                if (edges.size() >= MermaidReader::MaxEdges) {
                    m_line = e.line;
                    error(Tr::tr("Line %1: links to subgraphs make more than %2 links; split "
                                 "the diagram.")
                              .arg(e.line)
                              .arg(MermaidReader::MaxEdges));
                    chart.edges = edges;
                    return;
                }
                FlowEdge x = e;
                x.from = f;
                x.to = t;
                x.viaSubgraph = ids.contains(e.to) ? e.to : e.from;
                edges.append(x);
            }
        }
    }
    chart.edges = edges;
}

} // namespace ic::mermaid_detail
