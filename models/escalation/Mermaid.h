#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ic {

// How the app draws and treats a node: a box, a decision (mermaid's
// diamond: its arrows are the branches), or a rounded shape.
enum class NodeShape { Box, Decision, Round };

QString shapeCode(NodeShape shape); // "box", "decision", "round"

struct FlowNode
{
    QString id;
    QString label; // as written, entities decoded; "<br>" and Markdown newlines are line breaks
    NodeShape shape = NodeShape::Box;
    QString mermaidShape = QStringLiteral("rect"); // mermaid's name: "round", "stadium", "cyl"...
    int line = 0;     // where it was first named (1-based, in the whole file)
    QString subgraph; // the innermost subgraph it is drawn in; "" at the top
    QStringList classes;
};

enum class EdgeStroke { Normal, Thick, Dotted };
enum class EdgeEnd { None, Arrow, Circle, Cross };

struct FlowEdge
{
    QString from;
    QString to;
    QString label; // "" when the link has none
    int line = 0;
    EdgeStroke stroke = EdgeStroke::Normal;
    EdgeEnd head = EdgeEnd::Arrow; // at `to`; None: an open link ("---")
    EdgeEnd tail = EdgeEnd::None;  // at `from`: "<-->", "o--o", "x--x"
    int length = 1;                // extra dashes ask for a longer link
    QString id;                    // "e1" of "A e1@--> B"
    QString viaSubgraph;           // written to or from this subgraph; drawn to its members
};

// A mermaid subgraph, drawn as a cluster around its nodes.
struct FlowSubgraph
{
    QString id;
    QString title;
    QString direction; // "" : as the graph
    QString parent;    // "" : at the top
    int line = 0;
    int endLine = 0;
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
    QString title;                            // YAML front matter "title:"
    QList<FlowNode> nodes;
    QList<FlowEdge> edges;
    QList<FlowSubgraph> subgraphs; // a parent before its children
    int invisibleLinks = 0;        // "~~~": they only place nodes, nobody escalates along them

    int indexOf(const QString &id) const;
    const FlowNode *node(const QString &id) const;
    const FlowSubgraph *subgraph(const QString &id) const;
    QList<int> outgoing(const QString &id) const; // indices into edges
    QList<int> incoming(const QString &id) const;
};

struct MermaidResult
{
    Flowchart chart;
    QList<PolicyIssue> errors;   // empty: the chart is complete and usable
    QList<PolicyIssue> warnings; // read, but probably not what the author meant
};

// Reads mermaid flowcharts: the language as mermaid itself accepts it
// (its flow.jison grammar and the flowchart syntax documentation), written
// here from that description. No C or C++ parser of mermaid exists to
// depend on, and none is packaged for Debian.
//
//   graph|flowchart|flowchart-elk [TD|TB|BT|LR|RL|>|<|^|v]
//   nodes    Id  Id[box]  Id(round)  Id([stadium])  Id[[subroutine]]  Id[(cylinder)]
//            Id((circle))  Id(((double)))  Id>odd]  Id{decision}  Id{{hexagon}}
//            Id[/lean/]  Id[\lean\]  Id[/trapezoid\]  Id[\trapezoid/]  Id(-ellipse-)
//            Id[|field:value|text]  Id@{ shape: diamond, label: "text" }
//   labels   "quoted [text]", "`**Markdown** string`", #quot; #35; entities, <br>
//   links    --> --- -.-> -.- ==> === ~~~ --o --x <--> o--o x--x, any length,
//            -->|label|  -- label -->  == label ==>  -. label .->  e1@-->
//   chains   A --> B --> C     A & B --> C & D     A:::class
//   blocks   subgraph id [title] ... end (nested, "direction LR" inside)
//   other    classDef class style linkStyle click accTitle accDescr: read, not drawn
//            %% comments, %%{init}%% directives, YAML front matter, ";" separators
//
// Everything that is not mermaid is refused with the line, the column and a
// hint; reading goes on after an error so one run reports them all (up to
// MaxErrors). Sizes are bounded for hostile input.
namespace MermaidReader {

constexpr int MaxErrors = 50;
constexpr int MaxNodes = 300;
constexpr int MaxEdges = 1000;
constexpr int MaxSubgraphs = 100;
constexpr int MaxSubgraphDepth = 16;
constexpr int MaxLineLength = 4000;
constexpr int MaxLabelLength = 300;
constexpr int MaxTextLength = 256 * 1024;

// `firstLine` is the file line of the text's first line, for messages.
MermaidResult read(const QString &text, int firstLine = 1);

// The drawing class of a mermaid shape name or alias ("diam" → Decision),
// and its canonical name ("question" → "diamond"); "" when unknown.
NodeShape shapeClass(const QString &mermaidShape);
QString canonicalShape(const QString &nameOrAlias);

// Whether the text (after comments and front matter) is a flowchart.
bool isFlowchart(const QString &text);

} // namespace MermaidReader
} // namespace ic
