// The mermaid flowchart reader. Written for this project from mermaid's
// published grammar (packages/mermaid/src/diagrams/flowchart/parser/flow.jison)
// and its flowchart syntax documentation; no code was taken from mermaid,
// and no C or C++ parser of mermaid exists to use instead. A hand-written
// scanner over the whole diagram text (labels, quoted strings and shape data
// may span lines), statement by statement, with error recovery at the next
// line or ";".
#include "models/escalation/Mermaid.h"

#include "models/escalation/MermaidParser.h"
#include "models/escalation/MermaidText.h"

#include <QRegularExpression>

namespace ic {

using mermaid_detail::prepare;
using mermaid_detail::Prepared;
using mermaid_detail::Reader;

int Flowchart::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return int(i);
    }
    return -1;
}

const FlowNode *Flowchart::node(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &nodes.at(i);
}

const FlowSubgraph *Flowchart::subgraph(const QString &id) const
{
    for (const FlowSubgraph &s : subgraphs) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<int> Flowchart::outgoing(const QString &id) const
{
    QList<int> out;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (edges.at(i).from == id)
            out.append(int(i));
    }
    return out;
}

QList<int> Flowchart::incoming(const QString &id) const
{
    QList<int> in;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (edges.at(i).to == id)
            in.append(int(i));
    }
    return in;
}

MermaidResult MermaidReader::read(const QString &text, int firstLine)
{
    return Reader(firstLine).run(text);
}

bool MermaidReader::isFlowchart(const QString &text)
{
    const Prepared p = prepare(text.left(MaxTextLength));
    static const QRegularExpression head(QStringLiteral("^[\\s;]*(?:graph|flowchart|"
                                                        "flowchart-elk)(?![\\w-])"),
                                         QRegularExpression::CaseInsensitiveOption);
    return head.match(p.text).hasMatch();
}

} // namespace ic
