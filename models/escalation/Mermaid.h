#pragma once

#include <QList>
#include <QString>

namespace ic {

// How a node is drawn: mermaid's Id[Label], Id{Decision?} and Id(Label).
enum class NodeShape { Box, Decision, Round };

QString shapeCode(NodeShape shape); // "box", "decision", "round"

struct FlowNode
{
    QString id;
    QString label; // as written; "<br>" becomes a line break
    NodeShape shape = NodeShape::Box;
    int line = 0; // where it was first named (1-based, in the whole file)
};

struct FlowEdge
{
    QString from;
    QString to;
    QString label; // "" when the arrow has none
    int line = 0;
};

// A problem in an input file, at a line (0: the file as a whole).
struct PolicyIssue
{
    int line = 0;
    QString message;
};

// A flowchart as read from mermaid text: nodes in order of first mention.
struct Flowchart
{
    QString direction = QStringLiteral("TD"); // TD, TB, BT, LR or RL
    QList<FlowNode> nodes;
    QList<FlowEdge> edges;

    int indexOf(const QString &id) const;
    const FlowNode *node(const QString &id) const;
    QList<int> outgoing(const QString &id) const; // indices into edges
    QList<int> incoming(const QString &id) const;
};

struct MermaidResult
{
    Flowchart chart;
    QList<PolicyIssue> errors; // empty: the chart is complete and usable
};

// Reads the subset of mermaid flowchart syntax escalation policies use. No
// Debian library parses mermaid, so this small reader is ours. The subset:
//
//   graph TD | graph LR | flowchart TD ...   header: graph or flowchart, then
//                                            TD, TB, BT, LR or RL (default TD)
//   Id[Label]     a box          Id(Label)     a rounded box
//   Id{Question?} a decision     Id            a node named before, or a box
//   A --> B       an arrow       A -->|label| B  an arrow with a label
//   A --> B --> C a chain        A[x] --> B{y}   shapes inside chains
//   %% text       a comment line  ;               ends a statement
//
// Ids are letters, digits, '_' and inner '-'. A label may be quoted
// ("Label [with] brackets"). Everything else mermaid knows (subgraph, style,
// classDef, click, other arrows and shapes, other diagram types) is refused
// with the line and a hint, never guessed at. Reading goes on after an error
// so one run reports them all (up to MaxErrors).
namespace MermaidReader {

constexpr int MaxErrors = 50;
constexpr int MaxNodes = 300;
constexpr int MaxEdges = 1000;
constexpr int MaxLineLength = 4000;
constexpr int MaxLabelLength = 300;

// `firstLine` is the file line of the text's first line, for messages.
MermaidResult read(const QString &text, int firstLine = 1);

} // namespace MermaidReader
} // namespace ic
