// The mermaid reader's statements: the run over the diagram, its header
// ("graph TD") and each statement (subgraph, end, direction, class, style,
// accessibility text, or nodes and links).
#include "models/escalation/MermaidParser.h"

#include "models/escalation/MermaidText.h"

#include <QCoreApplication>
#include <QHash>

namespace ic::mermaid_detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MermaidReader)
};

// Mermaid diagram keywords that are not flowcharts, for a precise refusal.
bool isOtherDiagram(const QString &word)
{
    static const QStringList kinds{QStringLiteral("sequencediagram"),
                                   QStringLiteral("classdiagram"),
                                   QStringLiteral("classdiagram-v2"),
                                   QStringLiteral("statediagram"),
                                   QStringLiteral("statediagram-v2"),
                                   QStringLiteral("erdiagram"),
                                   QStringLiteral("gantt"),
                                   QStringLiteral("pie"),
                                   QStringLiteral("journey"),
                                   QStringLiteral("gitgraph"),
                                   QStringLiteral("mindmap"),
                                   QStringLiteral("timeline"),
                                   QStringLiteral("quadrantchart"),
                                   QStringLiteral("requirementdiagram"),
                                   QStringLiteral("c4context"),
                                   QStringLiteral("c4container"),
                                   QStringLiteral("c4component"),
                                   QStringLiteral("c4dynamic"),
                                   QStringLiteral("c4deployment"),
                                   QStringLiteral("sankey-beta"),
                                   QStringLiteral("sankey"),
                                   QStringLiteral("xychart-beta"),
                                   QStringLiteral("xychart"),
                                   QStringLiteral("block-beta"),
                                   QStringLiteral("block"),
                                   QStringLiteral("packet-beta"),
                                   QStringLiteral("packet"),
                                   QStringLiteral("kanban"),
                                   QStringLiteral("architecture-beta"),
                                   QStringLiteral("architecture"),
                                   QStringLiteral("radar-beta"),
                                   QStringLiteral("treemap-beta"),
                                   QStringLiteral("zenuml"),
                                   QStringLiteral("info"),
                                   QStringLiteral("requirement")};
    return kinds.contains(word.toLower());
}

} // namespace

MermaidResult Reader::run(const QString &input)
{
    if (input.size() > MermaidReader::MaxTextLength) {
        m_line = m_firstLine;
        error(Tr::tr("Line %1: the diagram is longer than %2 KiB; it was not read.")
                  .arg(m_firstLine)
                  .arg(MermaidReader::MaxTextLength / 1024));
        return std::move(m_result);
    }
    Prepared prepared = prepare(input);
    m_text = prepared.text;
    m_result.chart.title = prepared.title;
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == QLatin1Char('\n'))
            m_lineStarts.append(i + 1);
    }
    for (int l : std::as_const(prepared.longLines)) {
        m_line = m_firstLine + l;
        error(Tr::tr("Line %1 is longer than %2 characters; it was not read.")
                  .arg(m_line)
                  .arg(MermaidReader::MaxLineLength));
    }

    skipBlankLines();
    if (atEnd()) {
        m_line = m_firstLine;
        error(Tr::tr("Line %1: the mermaid block is empty; it must start with “graph TD” or "
                     "“flowchart TD”.")
                  .arg(m_firstLine));
        return std::move(m_result);
    }
    if (!header())
        return std::move(m_result);
    while (!m_stop) {
        skipBlankLines();
        if (atEnd())
            break;
        const qsizetype before = m_pos;
        if (!statement() || m_pos == before)
            recover();
    }
    if (m_stop)
        return std::move(m_result);
    while (!m_open.isEmpty()) {
        const FlowSubgraph &s = m_result.chart.subgraphs.at(m_open.constLast().index);
        m_line = s.line;
        error(Tr::tr("Line %1: the subgraph %2 is never closed; add “end” after its "
                     "nodes.")
                  .arg(s.line)
                  .arg(quoted(s.title.isEmpty() ? s.id : s.title)));
        closeSubgraph(lineOf(m_text.size()));
    }
    resolveSubgraphEndpoints();
    if (m_result.chart.nodes.isEmpty() && !m_stop) {
        m_line = m_headerLine;
        error(Tr::tr("Line %1: the graph has no nodes. Add some, e.g. "
                     "“OnCall[On-Call Engineer] --> Lead[Engineering Lead]”.")
                  .arg(m_headerLine));
    }
    return std::move(m_result);
}

// --- header ---

bool Reader::header()
{
    const qsizetype start = m_pos;
    m_line = lineOf(start);
    m_headerLine = m_line;
    const QString kind = word();
    const QString lower = kind.toLower();
    if (lower != QLatin1String("graph") && lower != QLatin1String("flowchart") &&
        lower != QLatin1String("flowchart-elk")) {
        if (isOtherDiagram(kind))
            error(Tr::tr("Line %1: this is a mermaid “%2” diagram; an escalation policy must "
                         "be a flowchart (“graph TD” or “flowchart TD”).")
                      .arg(m_line)
                      .arg(kind));
        else
            error(Tr::tr("Line %1: a flowchart starts with “graph TD” or “flowchart TD”; "
                         "found %2.")
                      .arg(m_line)
                      .arg(quoted(restOfLine())));
        m_stop = true; // the rest would only repeat this
        return false;
    }
    m_pos += kind.size();
    skipSpaces();
    if (!atStatementEnd()) {
        const qsizetype dirStart = m_pos;
        while (!atEnd() && !isBlank(peek()) && !atStatementEnd())
            ++m_pos;
        const QString dir = m_text.mid(dirStart, m_pos - dirStart);
        static const QHash<QString, QString> directions{
            {QStringLiteral("TD"), QStringLiteral("TD")},
            {QStringLiteral("TB"), QStringLiteral("TB")},
            {QStringLiteral("BT"), QStringLiteral("BT")},
            {QStringLiteral("LR"), QStringLiteral("LR")},
            {QStringLiteral("RL"), QStringLiteral("RL")},
            {QStringLiteral(">"), QStringLiteral("LR")},
            {QStringLiteral("<"), QStringLiteral("RL")},
            {QStringLiteral("^"), QStringLiteral("BT")},
            {QStringLiteral("V"), QStringLiteral("TB")}};
        const QString mapped = directions.value(dir.toUpper());
        if (mapped.isEmpty()) {
            error(Tr::tr("Line %1: unknown direction %2; use TD, TB, BT, LR or RL.")
                      .arg(m_line)
                      .arg(quoted(dir)));
        } else {
            m_result.chart.direction = mapped;
        }
        skipSpaces();
        if (!atStatementEnd()) {
            error(Tr::tr("Line %1: unexpected %2 after “%3 %4”; put statements on their own "
                         "lines or after a “;”.")
                      .arg(m_line)
                      .arg(quoted(restOfLine()), kind, dir));
            recover();
        }
    }
    return true;
}

// --- statements ---

bool Reader::statement()
{
    const qsizetype start = m_pos;
    m_line = lineOf(start);
    const QString w = word();
    const qsizetype after = m_pos + w.size();
    if (w == QLatin1String("subgraph") && keywordEnds(after)) {
        m_pos = after;
        return subgraphStart(start);
    }
    if (w == QLatin1String("end") && keywordEnds(after)) {
        m_pos = after;
        if (m_open.isEmpty()) {
            errorAt(start, Tr::tr("“end” without a subgraph to close."));
            return false;
        }
        closeSubgraph(m_line);
        return expectStatementEnd();
    }
    if (w == QLatin1String("direction") && keywordEnds(after)) {
        m_pos = after;
        skipSpaces();
        const QString dir = word().toUpper();
        static const QStringList known{QStringLiteral("TB"), QStringLiteral("TD"),
                                       QStringLiteral("BT"), QStringLiteral("LR"),
                                       QStringLiteral("RL")};
        if (!known.contains(dir)) {
            errorAt(m_pos, Tr::tr("unknown direction %1; use TD, TB, BT, LR or RL.")
                               .arg(quoted(restOfLine())));
            return false;
        }
        m_pos += dir.size();
        if (m_open.isEmpty())
            m_result.chart.direction = dir;
        else
            m_result.chart.subgraphs[m_open.constLast().index].direction = dir;
        return expectStatementEnd();
    }
    if ((w == QLatin1String("classDef") || w == QLatin1String("class")) && keywordEnds(after)) {
        m_pos = after;
        skipSpaces();
        if (w == QLatin1String("class"))
            return classStatement(start);
        skipStatement();
        return true;
    }
    if ((w == QLatin1String("style") || w == QLatin1String("linkStyle") ||
         w == QLatin1String("click")) &&
        keywordEnds(after)) {
        m_pos = after;
        skipStatement(); // how it looks or what clicking does: not part of the policy
        return true;
    }
    if (w == QLatin1String("accTitle") || w == QLatin1String("accDescr")) {
        qsizetype p = after;
        while (p < m_text.size() && isBlank(m_text.at(p)))
            ++p;
        if (p < m_text.size() && m_text.at(p) == QLatin1Char(':')) {
            m_pos = p;
            while (!atEnd() && peek() != QLatin1Char('\n'))
                ++m_pos;
            return true;
        }
        if (w == QLatin1String("accDescr") && p < m_text.size() &&
            m_text.at(p) == QLatin1Char('{')) {
            const qsizetype close = m_text.indexOf(QLatin1Char('}'), p);
            if (close < 0) {
                errorAt(p, Tr::tr("the description “accDescr {” is never closed with “}”."));
                m_pos = m_text.size();
                return true;
            }
            m_pos = close + 1;
            return expectStatementEnd();
        }
    }
    return vertexStatement();
}

bool Reader::expectStatementEnd()
{
    skipSpaces();
    if (atStatementEnd())
        return true;
    errorAt(m_pos, Tr::tr("unexpected %1; a statement ends at the end of the line or at "
                          "“;”.")
                       .arg(quoted(restOfLine())));
    return false;
}

bool Reader::classStatement(qsizetype start)
{
    // class a,b className
    const qsizetype listStart = m_pos;
    while (!atStatementEnd() && !isBlank(peek()))
        ++m_pos;
    const QStringList ids =
        m_text.mid(listStart, m_pos - listStart).split(QLatin1Char(','), Qt::SkipEmptyParts);
    skipSpaces();
    const qsizetype nameStart = m_pos;
    while (!atStatementEnd() && !isBlank(peek()))
        ++m_pos;
    const QString name = m_text.mid(nameStart, m_pos - nameStart);
    if (ids.isEmpty() || name.isEmpty()) {
        errorAt(start, Tr::tr("“class” names the nodes and then the class, e.g. "
                              "“class A,B urgent”."));
        return false;
    }
    for (const QString &id : ids) {
        const int i = m_result.chart.indexOf(id.trimmed());
        if (i >= 0 && !m_result.chart.nodes[i].classes.contains(name))
            m_result.chart.nodes[i].classes.append(name);
    }
    return expectStatementEnd();
}

} // namespace ic::mermaid_detail
