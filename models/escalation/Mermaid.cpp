// The mermaid flowchart reader. Written for this project from mermaid's
// published grammar (packages/mermaid/src/diagrams/flowchart/parser/flow.jison)
// and its flowchart syntax documentation; no code was taken from mermaid,
// and no C or C++ parser of mermaid exists to use instead. A hand-written
// scanner over the whole diagram text (labels, quoted strings and shape data
// may span lines), statement by statement, with error recovery at the next
// line or ";".
#include "models/escalation/Mermaid.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MermaidReader)
};

const QString ShapeHint = QStringLiteral("Id[box], Id(round), Id{decision?}, Id((circle)), "
                                         "Id@{ shape: diamond, label: \"text\" }");
const QString LinkHint = QStringLiteral("-->, ---, -.->, ==>, ~~~, --o, --x, <-->, "
                                        "-->|label|, -- label -->");

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

QString quoted(const QString &s)
{
    constexpr int Max = 40;
    QString t = s;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t = t.trimmed();
    if (t.size() > Max)
        t = t.left(Max) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(t);
}

// --- shapes -----------------------------------------------------------------

struct ShapeName
{
    const char *name;
    NodeShape drawn;
    const char *aliases; // space separated
};

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

// --- text -------------------------------------------------------------------

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("num"), QStringLiteral("#")},
        {QStringLiteral("semi"), QStringLiteral(";")},
        {QStringLiteral("colon"), QStringLiteral(":")},
        {QStringLiteral("lpar"), QStringLiteral("(")},
        {QStringLiteral("rpar"), QStringLiteral(")")},
        {QStringLiteral("lsqb"), QStringLiteral("[")},
        {QStringLiteral("rsqb"), QStringLiteral("]")},
        {QStringLiteral("lbrace"), QStringLiteral("{")},
        {QStringLiteral("rbrace"), QStringLiteral("}")},
        {QStringLiteral("verbar"), QStringLiteral("|")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("trade"), QStringLiteral("™")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},
        {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pound"), QStringLiteral("£")},
        {QStringLiteral("sect"), QStringLiteral("§")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("bull"), QStringLiteral("•")},
        {QStringLiteral("larr"), QStringLiteral("←")},
        {QStringLiteral("rarr"), QStringLiteral("→")},
        {QStringLiteral("uarr"), QStringLiteral("↑")},
        {QStringLiteral("darr"), QStringLiteral("↓")},
        {QStringLiteral("harr"), QStringLiteral("↔")},
        {QStringLiteral("hearts"), QStringLiteral("♥")},
        {QStringLiteral("check"), QStringLiteral("✓")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
    };
    if (name.startsWith(QLatin1Char('x')) || name.startsWith(QLatin1Char('X'))) {
        bool ok = false;
        const uint code = name.mid(1).toUInt(&ok, 16);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    bool ok = false;
    const uint code = name.toUInt(&ok, 10);
    if (ok) {
        if (code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    return named.value(name.toLower());
}

// "#quot;" (mermaid's own escapes) and "&quot;" (HTML) decoded.
QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char(';')))
        return text;
    static const QRegularExpression entity(QStringLiteral("[#&]#?([A-Za-z]{1,10}|\\d{1,7}|"
                                                          "[xX][0-9A-Fa-f]{1,6});"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString decoded = decodeEntity(m.captured(1));
        if (decoded.isEmpty())
            continue;
        out += text.mid(last, m.capturedStart(0) - last) + decoded;
        last = m.capturedEnd(0);
    }
    return out + text.mid(last);
}

// A label as people read it: entities decoded, <br> and Markdown newlines
// as line breaks, other HTML tags, Markdown emphasis and icons left out.
QString cleanLabel(const QString &raw, bool markdown)
{
    QString t = raw;
    if (markdown) {
        t.remove(QStringLiteral("**"));
        t.remove(QStringLiteral("__"));
        t.remove(QLatin1Char('*'));
    } else {
        t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"),
                                       QRegularExpression::CaseInsensitiveOption);
    t.replace(br, QStringLiteral("\n"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9]{0,15}"
                                                       "(?:\\s[^<>]{0,200})?/?>"));
    t.remove(tag);
    static const QRegularExpression icon(QStringLiteral("\\bfa[bsrl]?:fa-[a-z0-9-]+\\s?"));
    t.remove(icon);
    t = decodeEntities(t);
    QStringList lines = t.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.simplified();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0) ||
           c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

// --- preparation ------------------------------------------------------------

// Blanks what is not diagram (front matter, %%{init}%% directives, %%
// comment lines, carriage returns) without moving any character, so
// positions and lines stay those of the input.
struct Prepared
{
    QString text;
    QString title;
    QList<int> longLines; // 0-based lines over MaxLineLength, blanked
};

void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\n'))
            text[i] = QLatin1Char(' ');
    }
}

Prepared prepare(const QString &input)
{
    Prepared p;
    p.text = input;
    p.text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    QString &t = p.text;

    // Line starts.
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('\n'))
            starts.append(i + 1);
    }
    auto lineText = [&](int l) {
        const qsizetype s = starts[l];
        const qsizetype e = l + 1 < starts.size() ? starts[l + 1] - 1 : t.size();
        return QStringView(t).mid(s, e - s);
    };
    const int lineCount = int(starts.size());

    // Directives: %%{ ... }%%, possibly over several lines.
    for (qsizetype at = t.indexOf(QLatin1String("%%{")); at >= 0;
         at = t.indexOf(QLatin1String("%%{"), at)) {
        const qsizetype end = t.indexOf(QLatin1String("}%%"), at + 3);
        const qsizetype stop = end < 0 ? t.size() : end + 3;
        blank(t, at, stop);
        at = stop;
    }

    // Comment lines, and lines too long to read.
    for (int l = 0; l < lineCount; ++l) {
        const QStringView line = lineText(l);
        if (line.size() > MermaidReader::MaxLineLength) {
            p.longLines.append(l);
            blank(t, starts[l], starts[l] + line.size());
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String("%%")))
            blank(t, starts[l], starts[l] + line.size());
    }
    // Front matter: "---" first, up to the next "---".
    int first = 0;
    while (first < lineCount && lineText(first).trimmed().isEmpty())
        ++first;
    if (first < lineCount && lineText(first).trimmed() == QLatin1String("---")) {
        for (int l = first + 1; l < lineCount && l < first + 500; ++l) {
            if (lineText(l).trimmed() == QLatin1String("---")) {
                static const QRegularExpression title(QStringLiteral("^title\\s*:\\s*(.*?)\\s*$"));
                for (int k = first + 1; k < l; ++k) {
                    const auto m = title.match(lineText(k).toString());
                    if (m.hasMatch()) {
                        QString v = m.captured(1);
                        if (v.size() >= 2 &&
                            (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
                            v.back() == v.front())
                            v = v.mid(1, v.size() - 2);
                        p.title = cleanLabel(v, false);
                    }
                }
                const qsizetype end = l + 1 < lineCount ? starts[l + 1] : t.size();
                blank(t, starts[first], end);
                break;
            }
        }
    }

    return p;
}

// --- the reader -------------------------------------------------------------

struct Link
{
    bool invisible = false;
    EdgeStroke stroke = EdgeStroke::Normal;
    EdgeEnd head = EdgeEnd::Arrow;
    EdgeEnd tail = EdgeEnd::None;
    int length = 1;
    QString label;
    QString id;
};

struct OpenSubgraph
{
    int index = 0; // into chart.subgraphs
    QStringList mentioned;
};

class Reader
{
public:
    explicit Reader(int firstLine) : m_firstLine(firstLine) {}

    MermaidResult run(const QString &input)
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

private:
    // --- messages ---

    void error(const QString &message)
    {
        if (m_stop)
            return;
        if (m_result.errors.size() >= MermaidReader::MaxErrors) {
            m_result.errors.append(
                {m_line, Tr::tr("Line %1: too many problems; reading stopped here.").arg(m_line)});
            m_stop = true;
            return;
        }
        m_result.errors.append({m_line, message});
    }

    void errorAt(qsizetype pos, const QString &message)
    {
        m_line = lineOf(pos);
        error(Tr::tr("Line %1, column %2: %3").arg(m_line).arg(columnOf(pos)).arg(message));
    }

    void warnAt(qsizetype pos, const QString &message)
    {
        const int line = lineOf(pos);
        if (m_result.warnings.size() < MermaidReader::MaxErrors)
            m_result.warnings.append({line, Tr::tr("Line %1: %2").arg(line).arg(message)});
    }

    int lineOf(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
        return m_firstLine + int(it - m_lineStarts.cbegin()) - 1;
    }
    int columnOf(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
        return int(pos - *(it - 1)) + 1;
    }

    // --- scanning ---

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    bool at(QLatin1StringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }
    void skipSpaces()
    {
        while (!atEnd() && isBlank(m_text.at(m_pos)))
            ++m_pos;
    }
    void skipBlankLines()
    {
        while (!atEnd() &&
               (isBlank(peek()) || peek() == QLatin1Char('\n') || peek() == QLatin1Char(';')))
            ++m_pos;
    }
    bool atStatementEnd() const
    {
        return atEnd() || peek() == QLatin1Char('\n') || peek() == QLatin1Char(';');
    }
    // What is left of the line, for messages.
    QString restOfLine() const
    {
        qsizetype e = m_text.indexOf(QLatin1Char('\n'), m_pos);
        if (e < 0)
            e = m_text.size();
        return m_text.mid(m_pos, e - m_pos);
    }
    // After an error: on to the next line or ";" outside quotes.
    void recover()
    {
        bool inQuote = false;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char('\n'))
                break;
            if (c == QLatin1Char('"'))
                inQuote = !inQuote;
            if (c == QLatin1Char(';') && !inQuote)
                break;
            ++m_pos;
        }
        if (!atEnd())
            ++m_pos;
    }
    // The rest of a statement whose content is not drawn (style, click...).
    void skipStatement()
    {
        bool inQuote = false;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char('\n') || (c == QLatin1Char(';') && !inQuote))
                return;
            if (c == QLatin1Char('"'))
                inQuote = !inQuote;
            ++m_pos;
        }
    }

    QString word() const
    {
        qsizetype e = m_pos;
        while (e < m_text.size() && (m_text.at(e).isLetter() || m_text.at(e) == QLatin1Char('-')))
            ++e;
        return m_text.mid(m_pos, e - m_pos);
    }
    bool keywordEnds(qsizetype after) const
    {
        return after >= m_text.size() || isBlank(m_text.at(after)) ||
               m_text.at(after) == QLatin1Char('\n') || m_text.at(after) == QLatin1Char(';');
    }

    // --- header ---

    bool header()
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

    bool statement()
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

    bool expectStatementEnd()
    {
        skipSpaces();
        if (atStatementEnd())
            return true;
        errorAt(m_pos, Tr::tr("unexpected %1; a statement ends at the end of the line or at "
                              "“;”.")
                           .arg(quoted(restOfLine())));
        return false;
    }

    bool classStatement(qsizetype start)
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

    bool subgraphStart(qsizetype start)
    {
        Flowchart &chart = m_result.chart;
        if (chart.subgraphs.size() >= MermaidReader::MaxSubgraphs) {
            errorAt(start, Tr::tr("more than %1 subgraphs; split the diagram.")
                               .arg(MermaidReader::MaxSubgraphs));
            m_stop = true;
            return false;
        }
        if (m_open.size() >= MermaidReader::MaxSubgraphDepth) {
            errorAt(start, Tr::tr("subgraphs nested deeper than %1 levels.")
                               .arg(MermaidReader::MaxSubgraphDepth));
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

    void closeSubgraph(int endLine)
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

    bool vertexStatement()
    {
        QStringList group;
        if (!nodeGroup(group))
            return false;
        while (!m_stop) {
            skipSpaces();
            if (atStatementEnd())
                return true;
            const qsizetype linkStart = m_pos;
            Link link;
            if (!parseLink(link))
                return false;
            skipSpaces();
            if (atStatementEnd()) {
                errorAt(linkStart, Tr::tr("the link from %1 points at nothing; name the node it "
                                          "leads to.")
                                       .arg(quoted(group.value(0))));
                return false;
            }
            if (group.isEmpty()) {
                errorAt(linkStart, Tr::tr("a link needs a node before it."));
                return false;
            }
            QStringList next;
            if (!nodeGroup(next))
                return false;
            if (next.isEmpty()) {
                errorAt(linkStart, Tr::tr("the link from %1 points at nothing; name the node it "
                                          "leads to.")
                                       .arg(quoted(group.value(0))));
                return false;
            }
            for (const QString &from : std::as_const(group)) {
                for (const QString &to : std::as_const(next)) {
                    if (!addEdge(from, to, link, linkStart))
                        return false;
                }
            }
            group = next;
        }
        return true;
    }

    bool nodeGroup(QStringList &out)
    {
        QString id;
        bool isNode = true;
        if (!node(&id, &isNode))
            return false;
        if (isNode)
            out.append(id);
        while (true) {
            const qsizetype save = m_pos;
            skipSpaces();
            if (peek() != QLatin1Char('&')) {
                m_pos = save;
                return true;
            }
            ++m_pos;
            skipSpaces();
            if (atStatementEnd() || linkStartsHere(m_pos)) {
                errorAt(m_pos, Tr::tr("“&” must be followed by another node."));
                return false;
            }
            if (!node(&id, &isNode))
                return false;
            if (isNode)
                out.append(id);
        }
    }

    static bool idChar(QChar c)
    {
        if (c.isLetterOrNumber() || c.isMark())
            return true;
        switch (c.unicode()) {
        case '_':
        case '.':
        case '/':
        case '\\':
        case '$':
        case '!':
        case '\'':
        case '*':
        case '+':
        case '?':
        case '#':
        case '%':
        case '`':
            return true;
        default:
            return false;
        }
    }

    bool linkStartsHere(qsizetype p) const
    {
        auto c = [this, p](int k) { return p + k < m_text.size() ? m_text.at(p + k) : QChar(); };
        QChar a = c(0);
        int k = 0;
        if (a == QLatin1Char('<') || a == QLatin1Char('o') || a == QLatin1Char('x')) {
            k = 1;
            a = c(1);
        }
        const QChar b = c(k + 1);
        return (a == QLatin1Char('-') &&
                (b == QLatin1Char('-') || b == QLatin1Char('.') || b == QLatin1Char('>'))) ||
               (a == QLatin1Char('=') && b == QLatin1Char('=')) ||
               (k == 0 && a == QLatin1Char('~') && b == QLatin1Char('~'));
    }

    // One node: an id, then its shape and label, shape data and class.
    // `isNode` false: the id named an edge ("e1@{ animate: true }").
    bool node(QString *id, bool *isNode)
    {
        *isNode = true;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            if (idChar(c)) {
                if (c == QLatin1Char('.') && peek(1) == QLatin1Char('-'))
                    break;
                ++m_pos;
                continue;
            }
            // Inner '-' and '=' belong to the id ("on-call"); "--", "->", "-." start links.
            if ((c == QLatin1Char('-') || c == QLatin1Char('=')) && m_pos > start &&
                (peek(1).isLetterOrNumber() || peek(1) == QLatin1Char('_'))) {
                ++m_pos;
                continue;
            }
            break;
        }
        if (m_pos == start) {
            if (atStatementEnd())
                errorAt(m_pos, Tr::tr("a node id is missing."));
            else if (peek() == QLatin1Char('&'))
                errorAt(m_pos, Tr::tr("“&” needs a node on each side."));
            else if (linkStartsHere(m_pos))
                errorAt(m_pos, Tr::tr("a link needs a node before it."));
            else if (QStringLiteral("[({>\"").contains(peek()))
                errorAt(m_pos, Tr::tr("a label needs a node id before it, e.g. %1.")
                                   .arg(QStringLiteral("Lead[%1]").arg(restOfLine().left(20))));
            else
                errorAt(m_pos, Tr::tr("expected a node id (letters, digits, _), found %1. Nodes "
                                      "look like %2.")
                                   .arg(quoted(restOfLine()), ShapeHint));
            return false;
        }
        *id = m_text.mid(start, m_pos - start);

        std::optional<QString> label;
        QString shape;
        const qsizetype afterId = m_pos;
        skipSpaces();
        const QChar open = peek();
        const bool shapeFollows = open == QLatin1Char('[') || open == QLatin1Char('(') ||
                                  open == QLatin1Char('{') ||
                                  (open == QLatin1Char('>') && m_pos == afterId);
        if (shapeFollows) {
            if (!shapeAndLabel(*id, &shape, &label))
                return false;
        } else {
            m_pos = afterId;
        }
        if (peek() == QLatin1Char('@') && peek(1) == QLatin1Char('{')) {
            QHash<QString, QString> data;
            const qsizetype dataStart = m_pos;
            if (!shapeData(&data))
                return false;
            if (m_edgeIds.contains(*id) && !shapeFollows) {
                *isNode = false; // edge properties (animation): nothing to draw here
                return true;
            }
            if (data.contains(QStringLiteral("shape"))) {
                const ShapeName *s = findShape(data.value(QStringLiteral("shape")));
                if (s) {
                    shape = QString::fromLatin1(s->name);
                } else {
                    warnAt(dataStart, Tr::tr("the shape %1 of %2 is not one mermaid knows; it is "
                                             "drawn as a box.")
                                          .arg(quoted(data.value(QStringLiteral("shape"))), *id));
                    shape = QStringLiteral("rect");
                }
            } else if (data.contains(QStringLiteral("icon"))) {
                shape = QStringLiteral("icon");
            } else if (data.contains(QStringLiteral("img"))) {
                shape = QStringLiteral("image");
            }
            if (data.contains(QStringLiteral("label"))) {
                const QString l = cleanLabel(data.value(QStringLiteral("label")), true);
                if (l.size() > MermaidReader::MaxLabelLength) {
                    errorAt(dataStart, Tr::tr("the label of %1 is longer than %2 characters.")
                                           .arg(quoted(*id))
                                           .arg(MermaidReader::MaxLabelLength));
                    return false;
                }
                label = l;
            }
        }
        QStringList classes;
        while (at(QLatin1StringView(":::"))) {
            m_pos += 3;
            const qsizetype cs = m_pos;
            while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('_') ||
                                peek() == QLatin1Char('-')))
                ++m_pos;
            if (m_pos == cs) {
                errorAt(cs, Tr::tr("“:::” must be followed by a class name."));
                return false;
            }
            classes.append(m_text.mid(cs, m_pos - cs));
        }
        if (!defineNode(*id, label, shape, start))
            return false;
        if (!classes.isEmpty()) {
            FlowNode &n = m_result.chart.nodes[m_result.chart.indexOf(*id)];
            for (const QString &c : std::as_const(classes)) {
                if (!n.classes.contains(c))
                    n.classes.append(c);
            }
        }
        return true;
    }

    // A quoted string at m_pos ("text" or "`markdown`"); m_pos after it.
    std::optional<QString> quotedString(bool *markdown)
    {
        const qsizetype open = m_pos;
        ++m_pos;
        if (peek() == QLatin1Char('`')) {
            const qsizetype close = m_text.indexOf(QLatin1String("`\""), m_pos + 1);
            if (close >= 0) {
                *markdown = true;
                const QString s = m_text.mid(m_pos + 1, close - m_pos - 1);
                m_pos = close + 2;
                return s;
            }
        }
        const qsizetype close = m_text.indexOf(QLatin1Char('"'), m_pos);
        if (close < 0) {
            errorAt(open, Tr::tr("a quoted text has no closing quote."));
            m_pos = m_text.size();
            return std::nullopt;
        }
        const QString s = m_text.mid(m_pos, close - m_pos);
        m_pos = close + 1;
        return s;
    }

    // The bracket form after an id: which shape, and its text.
    bool shapeAndLabel(const QString &id, QString *shape, std::optional<QString> *label)
    {
        struct Form
        {
            const char *open;
            const char *shape;
            QList<std::pair<const char *, const char *>> closers; // closer, shape if it differs
        };
        static const QList<Form> forms{
            {"(((", "doublecircle", {{")))", nullptr}}},
            {"((", "circle", {{"))", nullptr}}},
            {"([", "stadium", {{"])", nullptr}}},
            {"(-", "ellipse", {{"-)", nullptr}}},
            {"(", "round", {{")", nullptr}}},
            {"[[", "subroutine", {{"]]", nullptr}}},
            {"[(", "cyl", {{")]", nullptr}}},
            {"[/", "lean_right", {{"/]", nullptr}, {"\\]", "trapezoid"}}},
            {"[\\", "lean_left", {{"\\]", nullptr}, {"/]", "inv_trapezoid"}}},
            {"[|", "rect", {{"]", nullptr}}},
            {"[", "rect", {{"]", nullptr}}},
            {"{{", "hexagon", {{"}}", nullptr}}},
            {"{", "diamond", {{"}", nullptr}}},
            {">", "odd", {{"]", nullptr}}},
        };
        const qsizetype formStart = m_pos;
        const Form *form = nullptr;
        for (const Form &f : forms) {
            if (at(QLatin1StringView(f.open))) {
                form = &f;
                break;
            }
        }
        if (!form)
            return false; // not reached: the caller saw an opener
        m_pos += qstrlen(form->open);
        *shape = QString::fromLatin1(form->shape);
        if (qstrcmp(form->open, "[|") == 0) {
            // [|field:value|text]: the field is styling only.
            const qsizetype bar = m_text.indexOf(QLatin1Char('|'), m_pos);
            if (bar < 0) {
                errorAt(formStart, Tr::tr("the label of %1 has no closing “|”.").arg(quoted(id)));
                return false;
            }
            m_pos = bar + 1;
        }
        skipSpaces();
        QString text;
        bool markdown = false;
        const char *closedWith = nullptr;
        const char *closeShape = nullptr;
        auto closerAt = [&](qsizetype p) -> int {
            for (int i = 0; i < form->closers.size(); ++i) {
                if (QStringView(m_text).mid(p).startsWith(
                        QLatin1StringView(form->closers[i].first)))
                    return i;
            }
            return -1;
        };
        if (peek() == QLatin1Char('"')) {
            std::optional<QString> s = quotedString(&markdown);
            if (!s)
                return false;
            text = *s;
            skipSpaces();
            const int c = closerAt(m_pos);
            if (c < 0) {
                errorAt(m_pos,
                        Tr::tr("expected %1 after the quoted label of %2; text and "
                               "quotes cannot be mixed in one label.")
                            .arg(quoted(QString::fromLatin1(form->closers[0].first)), quoted(id)));
                return false;
            }
            closedWith = form->closers[c].first;
            closeShape = form->closers[c].second;
        } else {
            const qsizetype textStart = m_pos;
            qsizetype p = m_pos;
            int c = -1;
            while (p < m_text.size()) {
                c = closerAt(p);
                if (c >= 0)
                    break;
                if (m_text.at(p) == QLatin1Char('"')) {
                    errorAt(p, Tr::tr("the label of %1 has a quote inside; put the whole label in "
                                      "quotes, e.g. %2[\"…\"].")
                                   .arg(quoted(id), id));
                    return false;
                }
                if (p - textStart > MermaidReader::MaxLabelLength * 4)
                    break;
                ++p;
            }
            if (c < 0) {
                errorAt(formStart, Tr::tr("the label of %1 has no closing %2.")
                                       .arg(quoted(id))
                                       .arg(quoted(QString::fromLatin1(form->closers[0].first))));
                return false;
            }
            text = m_text.mid(textStart, p - textStart);
            m_pos = p;
            closedWith = form->closers[c].first;
            closeShape = form->closers[c].second;
        }
        m_pos += qstrlen(closedWith);
        if (closeShape)
            *shape = QString::fromLatin1(closeShape);
        const QString clean = cleanLabel(text, markdown);
        if (clean.size() > MermaidReader::MaxLabelLength) {
            errorAt(formStart, Tr::tr("the label of %1 is longer than %2 characters.")
                                   .arg(quoted(id))
                                   .arg(MermaidReader::MaxLabelLength));
            return false;
        }
        if (clean.isEmpty())
            warnAt(
                formStart,
                Tr::tr("the node %1 has an empty label; it is shown by its id.").arg(quoted(id)));
        else
            *label = clean;
        return true;
    }

    // "@{ shape: diamond, label: "text" }", possibly over several lines.
    bool shapeData(QHash<QString, QString> *out)
    {
        const qsizetype start = m_pos;
        m_pos += 2;
        qsizetype p = m_pos;
        bool inQuote = false;
        while (p < m_text.size()) {
            const QChar c = m_text.at(p);
            if (c == QLatin1Char('"'))
                inQuote = !inQuote;
            else if (c == QLatin1Char('}') && !inQuote)
                break;
            if (p - start > MermaidReader::MaxLineLength)
                break;
            ++p;
        }
        if (p >= m_text.size() || m_text.at(p) != QLatin1Char('}')) {
            errorAt(start, Tr::tr("the shape data “@{” has no closing “}”."));
            m_pos = p;
            return false;
        }
        const QString body = m_text.mid(m_pos, p - m_pos);
        m_pos = p + 1;
        // key: value entries separated by commas or line breaks.
        QStringList entries;
        QString current;
        inQuote = false;
        for (const QChar c : body) {
            if (c == QLatin1Char('"'))
                inQuote = !inQuote;
            if (!inQuote && (c == QLatin1Char(',') || c == QLatin1Char('\n'))) {
                entries.append(current);
                current.clear();
                continue;
            }
            current.append(c);
        }
        entries.append(current);
        for (const QString &e : std::as_const(entries)) {
            if (e.trimmed().isEmpty())
                continue;
            const qsizetype colon = e.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                errorAt(start, Tr::tr("the shape data %1 is not “key: value”.").arg(quoted(e)));
                return false;
            }
            const QString key = e.left(colon).trimmed().toLower();
            QString value = e.mid(colon + 1).trimmed();
            if (value.size() >= 2 && value.front() == QLatin1Char('"') &&
                value.back() == QLatin1Char('"'))
                value = value.mid(1, value.size() - 2);
            static const QRegularExpression lineBreak(QStringLiteral("\\n\\s*"));
            value.replace(lineBreak, QStringLiteral("<br>"));
            out->insert(key, value);
        }
        return true;
    }

    // A link at m_pos: its stroke, ends, length and label.
    bool parseLink(Link &l)
    {
        const qsizetype start = m_pos;
        // An edge id: "e1@-->".
        {
            qsizetype p = m_pos;
            while (p < m_text.size() && idChar(m_text.at(p)))
                ++p;
            if (p > m_pos && p + 1 < m_text.size() && m_text.at(p) == QLatin1Char('@') &&
                m_text.at(p + 1) != QLatin1Char('{') && linkStartsHere(p + 1)) {
                l.id = m_text.mid(m_pos, p - m_pos);
                m_pos = p + 1;
            }
        }
        const qsizetype linkStart = m_pos;
        auto endKind = [](QChar c) {
            if (c == QLatin1Char('>'))
                return EdgeEnd::Arrow;
            if (c == QLatin1Char('o'))
                return EdgeEnd::Circle;
            if (c == QLatin1Char('x'))
                return EdgeEnd::Cross;
            return EdgeEnd::None;
        };
        auto count = [this](QChar c) {
            int n = 0;
            while (peek() == c) {
                ++n;
                ++m_pos;
            }
            return n;
        };
        if (peek() == QLatin1Char('<') || peek() == QLatin1Char('o') ||
            peek() == QLatin1Char('x')) {
            if (linkStartsHere(m_pos) && peek(1) != QLatin1Char('~')) {
                l.tail = peek() == QLatin1Char('<') ? EdgeEnd::Arrow : endKind(peek());
                ++m_pos;
            }
        }
        const QChar c = peek();
        auto refuse = [&](const QString &what) {
            errorAt(linkStart,
                    Tr::tr("%1 is not a mermaid link; links look like %2.").arg(what, LinkHint));
            return false;
        };
        if (c == QLatin1Char('~')) {
            const int n = count(QLatin1Char('~'));
            if (n < 3)
                return refuse(quoted(QString(n, QLatin1Char('~'))));
            l.invisible = true;
        } else if (c == QLatin1Char('-')) {
            const int dashes = count(QLatin1Char('-'));
            if (peek() == QLatin1Char('.')) {
                l.stroke = EdgeStroke::Dotted;
                const int dots = count(QLatin1Char('.'));
                if (peek() == QLatin1Char('-')) {
                    ++m_pos;
                    l.head = endKind(peek());
                    if (l.head != EdgeEnd::None)
                        ++m_pos;
                    l.length = dots;
                } else {
                    if (dashes != 1 || dots != 1)
                        return refuse(quoted(m_text.mid(linkStart, m_pos - linkStart)));
                    // "-. text .->"
                    static const QRegularExpression end(QStringLiteral("\\.+-[>ox]?"));
                    if (!textLink(l, end, linkStart))
                        return false;
                }
            } else if (dashes >= 2 && endKind(peek()) != EdgeEnd::None) {
                l.head = endKind(peek());
                ++m_pos;
                l.length = dashes - 1;
            } else if (dashes >= 3) {
                l.head = EdgeEnd::None;
                l.length = dashes - 2;
            } else if (dashes == 2) {
                // "-- text -->" or "-- text ---"
                static const QRegularExpression end(QStringLiteral("--+[->ox]"));
                if (!textLink(l, end, linkStart))
                    return false;
            } else {
                return refuse(quoted(m_text.mid(linkStart, 2)) + QStringLiteral(" (") +
                              Tr::tr("a single dash") + QLatin1Char(')'));
            }
        } else if (c == QLatin1Char('=')) {
            l.stroke = EdgeStroke::Thick;
            const int n = count(QLatin1Char('='));
            if (n >= 2 && endKind(peek()) != EdgeEnd::None) {
                l.head = endKind(peek());
                ++m_pos;
                l.length = n - 1;
            } else if (n >= 3) {
                l.head = EdgeEnd::None;
                l.length = n - 2;
            } else if (n == 2) {
                static const QRegularExpression end(QStringLiteral("==+[=>ox]"));
                if (!textLink(l, end, linkStart))
                    return false;
            } else {
                return refuse(quoted(QStringLiteral("=")));
            }
        } else {
            errorAt(start, Tr::tr("unexpected %1; expected a link (%2) or the end of the "
                                  "statement.")
                               .arg(quoted(restOfLine()), LinkHint));
            return false;
        }
        if (l.invisible && l.tail != EdgeEnd::None)
            return refuse(quoted(m_text.mid(linkStart, m_pos - linkStart)));
        // "-->|label|"
        const qsizetype save = m_pos;
        skipSpaces();
        if (peek() == QLatin1Char('|') && l.label.isEmpty()) {
            const qsizetype open = m_pos;
            ++m_pos;
            skipSpaces();
            QString text;
            bool markdown = false;
            if (peek() == QLatin1Char('"')) {
                std::optional<QString> s = quotedString(&markdown);
                if (!s)
                    return false;
                text = *s;
                skipSpaces();
                if (peek() != QLatin1Char('|')) {
                    errorAt(m_pos, Tr::tr("the link label has no closing “|”."));
                    return false;
                }
            } else {
                const qsizetype close = m_text.indexOf(QLatin1Char('|'), m_pos);
                const qsizetype nl = m_text.indexOf(QLatin1Char('\n'), m_pos);
                if (close < 0 || (nl >= 0 && nl < close)) {
                    errorAt(open, Tr::tr("the link label has no closing “|”."));
                    return false;
                }
                text = m_text.mid(m_pos, close - m_pos);
                m_pos = close;
            }
            ++m_pos; // the closing '|'
            l.label = cleanLabel(text, markdown);
            if (l.label.isEmpty()) {
                errorAt(open, Tr::tr("the link label between “|” and “|” is empty."));
                return false;
            }
            if (l.label.size() > MermaidReader::MaxLabelLength) {
                errorAt(open, Tr::tr("the link label is longer than %1 characters.")
                                  .arg(MermaidReader::MaxLabelLength));
                return false;
            }
        } else {
            m_pos = save;
        }
        return true;
    }

    // The text of "-- text -->", "== text ==>", "-. text .->" up to its end.
    bool textLink(Link &l, const QRegularExpression &end, qsizetype linkStart)
    {
        qsizetype lineEnd = m_text.indexOf(QLatin1Char('\n'), m_pos);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        QString text;
        bool markdown = false;
        skipSpaces();
        qsizetype searchFrom = m_pos;
        if (peek() == QLatin1Char('"')) {
            std::optional<QString> s = quotedString(&markdown);
            if (!s)
                return false;
            text = *s;
            searchFrom = m_pos;
        }
        const auto m = end.match(m_text, searchFrom);
        if (!m.hasMatch() || m.capturedStart(0) >= lineEnd) {
            errorAt(linkStart, Tr::tr("the link label after %1 never reaches the link's end "
                                      "(e.g. “-- label -->”).")
                                   .arg(quoted(m_text.mid(linkStart, 2))));
            return false;
        }
        if (text.isEmpty() && !markdown)
            text = m_text.mid(searchFrom, m.capturedStart(0) - searchFrom);
        else if (!m_text.mid(searchFrom, m.capturedStart(0) - searchFrom).trimmed().isEmpty()) {
            errorAt(searchFrom, Tr::tr("text after the quoted link label; quote all of it."));
            return false;
        }
        const QString token = m.captured(0);
        m_pos = m.capturedEnd(0);
        const QChar last = token.back();
        if (last == QLatin1Char('>'))
            l.head = EdgeEnd::Arrow;
        else if (last == QLatin1Char('o'))
            l.head = EdgeEnd::Circle;
        else if (last == QLatin1Char('x'))
            l.head = EdgeEnd::Cross;
        else
            l.head = EdgeEnd::None;
        l.length = qMax(1, int(token.size()) - 2);
        l.label = cleanLabel(text, markdown);
        if (l.label.size() > MermaidReader::MaxLabelLength) {
            errorAt(linkStart, Tr::tr("the link label is longer than %1 characters.")
                                   .arg(MermaidReader::MaxLabelLength));
            return false;
        }
        return true;
    }

    bool defineNode(const QString &id, const std::optional<QString> &label, const QString &shape,
                    qsizetype pos)
    {
        Flowchart &chart = m_result.chart;
        if (id.size() > MermaidReader::MaxLabelLength) {
            errorAt(
                pos,
                Tr::tr("a node id longer than %1 characters.").arg(MermaidReader::MaxLabelLength));
            return false;
        }
        if (!m_open.isEmpty())
            m_open.last().mentioned.append(id);
        const int line = lineOf(pos);
        const auto found = m_index.constFind(id);
        if (found == m_index.constEnd()) {
            if (chart.nodes.size() >= MermaidReader::MaxNodes) {
                errorAt(pos, Tr::tr("more than %1 nodes; a policy this large cannot be drawn "
                                    "legibly. Split it.")
                                 .arg(MermaidReader::MaxNodes));
                m_stop = true;
                return false;
            }
            m_index.insert(id, int(chart.nodes.size()));
            FlowNode n;
            n.id = id;
            n.label = label.value_or(id);
            n.mermaidShape = shape.isEmpty() ? QStringLiteral("rect") : shape;
            n.shape = MermaidReader::shapeClass(n.mermaidShape);
            n.line = line;
            chart.nodes.append(n);
            if (label)
                m_definedOn.insert(id, line);
            return true;
        }
        FlowNode &n = chart.nodes[*found];
        if (!shape.isEmpty()) {
            n.mermaidShape = shape;
            n.shape = MermaidReader::shapeClass(shape);
        }
        if (!label)
            return true;
        const int defined = m_definedOn.value(id);
        if (defined > 0 && n.label != *label) {
            warnAt(pos, Tr::tr("the node %1 was labelled %2 on line %3 and %4 here; the later "
                               "label is used, as mermaid does.")
                            .arg(quoted(id), quoted(n.label))
                            .arg(defined)
                            .arg(quoted(*label)));
        }
        n.label = *label;
        m_definedOn.insert(id, line);
        return true;
    }

    bool addEdge(const QString &from, const QString &to, const Link &link, qsizetype pos)
    {
        if (link.invisible) {
            ++m_result.chart.invisibleLinks;
            return true;
        }
        if (m_result.chart.edges.size() >= MermaidReader::MaxEdges) {
            errorAt(pos, Tr::tr("more than %1 links; a policy this large cannot be drawn "
                                "legibly. Split it.")
                             .arg(MermaidReader::MaxEdges));
            m_stop = true;
            return false;
        }
        FlowEdge e;
        e.from = from;
        e.to = to;
        e.label = link.label;
        e.line = lineOf(pos);
        e.stroke = link.stroke;
        e.head = link.head;
        e.tail = link.tail;
        e.length = link.length;
        e.id = link.id;
        if (!link.id.isEmpty())
            m_edgeIds.insert(link.id);
        m_result.chart.edges.append(e);
        return true;
    }

    // Links written to or from a subgraph reach the nodes inside it: those
    // nothing inside leads to (entries) or that lead nowhere inside (exits).
    void resolveSubgraphEndpoints()
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
            const QStringList froms =
                ids.contains(e.from) ? ends(e.from, false) : QStringList{e.from};
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

    MermaidResult m_result;
    QHash<QString, int> m_index;
    QHash<QString, int> m_definedOn;
    QSet<QString> m_edgeIds;
    QList<OpenSubgraph> m_open;
    QList<qsizetype> m_lineStarts;
    QString m_text;
    qsizetype m_pos = 0;
    int m_firstLine;
    int m_line = 0;
    int m_headerLine = 0;
    bool m_stop = false;
};

} // namespace

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

bool MermaidReader::isFlowchart(const QString &text)
{
    const Prepared p = prepare(text.left(MaxTextLength));
    static const QRegularExpression head(QStringLiteral("^[\\s;]*(?:graph|flowchart|"
                                                        "flowchart-elk)(?![\\w-])"),
                                         QRegularExpression::CaseInsensitiveOption);
    return head.match(p.text).hasMatch();
}

} // namespace ic
