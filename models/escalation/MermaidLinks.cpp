// The mermaid reader's links: chains of nodes and links ("A & B --> C"),
// each link's stroke, ends, length and label, and the chart's edge list.
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

const QString LinkHint = QStringLiteral("-->, ---, -.->, ==>, ~~~, --o, --x, <-->, "
                                        "-->|label|, -- label -->");

} // namespace

bool Reader::vertexStatement()
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

bool Reader::parseLink(Link &l)
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
    if (peek() == QLatin1Char('<') || peek() == QLatin1Char('o') || peek() == QLatin1Char('x')) {
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

bool Reader::textLink(Link &l, const QRegularExpression &end, qsizetype linkStart)
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

bool Reader::addEdge(const QString &from, const QString &to, const Link &link, qsizetype pos)
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

} // namespace ic::mermaid_detail
