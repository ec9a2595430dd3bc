// Mermaid's node shapes: the bracket forms' and the @{ shape: } names, their
// aliases, and how the app draws each.
#include "models/escalation/MermaidText.h"

namespace ic {

namespace mermaid_detail {

namespace {

// Mermaid's shape names (bracket forms and the @{ shape: } names of v11)
// with the aliases its documentation lists.
const ShapeName Shapes[] = {
    {"rect", NodeShape::Box, "rectangle proc process square"},
    {"round", NodeShape::Round, "rounded event"},
    {"stadium", NodeShape::Round, "pill terminal"},
    {"subroutine", NodeShape::Box, "fr-rect framed-rectangle subproc subprocess"},
    {"cyl", NodeShape::Box, "cylinder database db"},
    {"circle", NodeShape::Round, "circ"},
    {"doublecircle", NodeShape::Round, "dbl-circ double-circle"},
    {"odd", NodeShape::Box, "asymmetric"},
    {"diamond", NodeShape::Decision, "diam decision question rhombus"},
    {"hexagon", NodeShape::Box, "hex prepare"},
    {"lean_right", NodeShape::Box, "lean-r lean-right in-out parallelogram"},
    {"lean_left", NodeShape::Box, "lean-l lean-left out-in parallelogram-alt"},
    {"trapezoid", NodeShape::Box, "trap-b trapezoid-bottom priority"},
    {"inv_trapezoid", NodeShape::Box, "trap-t trapezoid-top inv-trapezoid manual"},
    {"ellipse", NodeShape::Round, ""},
    {"notch-rect", NodeShape::Box, "card notched-rectangle"},
    {"cloud", NodeShape::Round, ""},
    {"bang", NodeShape::Box, ""},
    {"hourglass", NodeShape::Box, "collate"},
    {"bolt", NodeShape::Box, "com-link lightning-bolt"},
    {"brace", NodeShape::Box, "brace-l comment"},
    {"brace-r", NodeShape::Box, ""},
    {"braces", NodeShape::Box, ""},
    {"datastore", NodeShape::Box, "data-store"},
    {"delay", NodeShape::Round, "half-rounded-rectangle"},
    {"h-cyl", NodeShape::Box, "das horizontal-cylinder"},
    {"lin-cyl", NodeShape::Box, "disk lined-cylinder"},
    {"curv-trap", NodeShape::Box, "curved-trapezoid display"},
    {"div-rect", NodeShape::Box, "div-proc divided-process divided-rectangle"},
    {"doc", NodeShape::Box, "document"},
    {"tri", NodeShape::Box, "extract triangle"},
    {"fork", NodeShape::Box, "join"},
    {"win-pane", NodeShape::Box, "internal-storage window-pane"},
    {"f-circ", NodeShape::Round, "filled-circle junction"},
    {"lin-doc", NodeShape::Box, "lined-document"},
    {"lin-rect", NodeShape::Box, "lin-proc lined-process lined-rectangle shaded-process"},
    {"notch-pent", NodeShape::Box, "loop-limit notched-pentagon"},
    {"flip-tri", NodeShape::Box, "flipped-triangle manual-file"},
    {"sl-rect", NodeShape::Box, "manual-input sloped-rectangle"},
    {"docs", NodeShape::Box, "documents st-doc stacked-document"},
    {"st-rect", NodeShape::Box, "processes procs stacked-rectangle"},
    {"flag", NodeShape::Box, "paper-tape"},
    {"sm-circ", NodeShape::Round, "small-circle start"},
    {"fr-circ", NodeShape::Round, "framed-circle stop"},
    {"bow-rect", NodeShape::Box, "bow-tie-rectangle stored-data"},
    {"cross-circ", NodeShape::Round, "crossed-circle summary"},
    {"tag-doc", NodeShape::Box, "tagged-document"},
    {"tag-rect", NodeShape::Box, "tag-proc tagged-process tagged-rectangle"},
    {"text", NodeShape::Box, ""},
    {"icon", NodeShape::Box, ""},
    {"image", NodeShape::Box, "img"},
};

} // namespace

const ShapeName *findShape(const QString &nameOrAlias)
{
    const QString n = nameOrAlias.trimmed().toLower();
    if (n.isEmpty())
        return nullptr;
    for (const ShapeName &s : Shapes) {
        if (n == QLatin1String(s.name))
            return &s;
    }
    for (const ShapeName &s : Shapes) {
        const QStringList aliases =
            QString::fromLatin1(s.aliases).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (aliases.contains(n))
            return &s;
    }
    return nullptr;
}

} // namespace mermaid_detail

using mermaid_detail::findShape;
using mermaid_detail::ShapeName;

QString shapeCode(NodeShape shape)
{
    switch (shape) {
    case NodeShape::Box:
        return QStringLiteral("box");
    case NodeShape::Decision:
        return QStringLiteral("decision");
    case NodeShape::Round:
        return QStringLiteral("round");
    }
    return QStringLiteral("box");
}

NodeShape MermaidReader::shapeClass(const QString &mermaidShape)
{
    const ShapeName *s = findShape(mermaidShape);
    return s ? s->drawn : NodeShape::Box;
}

QString MermaidReader::canonicalShape(const QString &nameOrAlias)
{
    const ShapeName *s = findShape(nameOrAlias);
    return s ? QString::fromLatin1(s->name) : QString();
}

} // namespace ic
