// The mermaid reader's nodes: ids joined by "&", their bracket shapes and
// labels, "@{ }" shape data, classes, and the chart's node list.
#include "models/escalation/MermaidParser.h"

#include "models/escalation/MermaidText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ic::mermaid_detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MermaidReader)
};

const QString ShapeHint = QStringLiteral("Id[box], Id(round), Id{decision?}, Id((circle)), "
                                         "Id@{ shape: diamond, label: \"text\" }");

} // namespace

bool Reader::nodeGroup(QStringList &out)
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

bool Reader::node(QString *id, bool *isNode)
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

bool Reader::shapeAndLabel(const QString &id, QString *shape, std::optional<QString> *label)
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
            if (QStringView(m_text).mid(p).startsWith(QLatin1StringView(form->closers[i].first)))
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
        warnAt(formStart,
               Tr::tr("the node %1 has an empty label; it is shown by its id.").arg(quoted(id)));
    else
        *label = clean;
    return true;
}

bool Reader::shapeData(QHash<QString, QString> *out)
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

bool Reader::defineNode(const QString &id, const std::optional<QString> &givenLabel,
                        const QString &shape, qsizetype pos)
{
    Flowchart &chart = m_result.chart;
    // An empty label ("label:" with nothing after it) names nothing: the
    // node keeps its id as its name, so nobody is drawn as a blank box.
    const std::optional<QString> label =
        givenLabel && !givenLabel->trimmed().isEmpty() ? givenLabel : std::nullopt;
    if (id.size() > MermaidReader::MaxLabelLength) {
        errorAt(pos,
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

} // namespace ic::mermaid_detail
