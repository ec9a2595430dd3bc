#include "models/escalation/Mermaid.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MermaidReader)
};

const QString SubsetHint =
    QStringLiteral("Id[Label], Id(Label), Id{Question?}, A --> B, A -->|label| B");

// Mermaid diagram keywords that are not flowcharts, for a precise refusal.
bool isOtherDiagram(const QString &word)
{
    static const QStringList kinds{
        QStringLiteral("sequencediagram"), QStringLiteral("classdiagram"),
        QStringLiteral("classdiagram-v2"), QStringLiteral("statediagram"),
        QStringLiteral("statediagram-v2"), QStringLiteral("erdiagram"),
        QStringLiteral("gantt"),           QStringLiteral("pie"),
        QStringLiteral("journey"),         QStringLiteral("gitgraph"),
        QStringLiteral("mindmap"),         QStringLiteral("timeline"),
        QStringLiteral("quadrantchart"),   QStringLiteral("requirementdiagram"),
        QStringLiteral("c4context"),       QStringLiteral("sankey-beta"),
        QStringLiteral("xychart-beta"),    QStringLiteral("block-beta")};
    return kinds.contains(word.toLower());
}

bool isIdChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString quoted(const QString &s)
{
    constexpr int Max = 40;
    const QString t = s.size() > Max ? s.left(Max) + QStringLiteral("…") : s;
    return QStringLiteral("“%1”").arg(t);
}

QString cleanLabel(QString label)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"),
                                       QRegularExpression::CaseInsensitiveOption);
    label.replace(br, QStringLiteral("\n"));
    QStringList lines = label.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.simplified();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

class Reader
{
public:
    explicit Reader(int firstLine) : m_firstLine(firstLine) {}

    MermaidResult run(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        int lastLine = m_firstLine;
        for (qsizetype i = 0; i < lines.size() && !m_stop; ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            m_line = m_firstLine + int(i);
            const QString t = line.trimmed();
            if (t.isEmpty() || t.startsWith(QLatin1String("%%")))
                continue;
            lastLine = m_line;
            if (line.size() > MermaidReader::MaxLineLength) {
                error(Tr::tr("Line %1 is longer than %2 characters; it was not read.")
                          .arg(m_line)
                          .arg(MermaidReader::MaxLineLength));
                continue;
            }
            m_text = line;
            m_pos = 0;
            if (!m_headerSeen)
                header();
            else
                statements();
        }
        if (!m_stop) {
            m_line = m_headerSeen ? lastLine : m_firstLine;
            if (!m_headerSeen)
                error(Tr::tr("Line %1: the mermaid block is empty; it must start with “graph TD” "
                             "or “flowchart TD”.")
                          .arg(m_firstLine));
            else if (m_result.chart.nodes.isEmpty())
                error(Tr::tr("Line %1: the graph has no nodes. Add some, e.g. "
                             "“OnCall[On-Call Engineer] --> Lead[Engineering Lead]”.")
                          .arg(lastLine));
        }
        return std::move(m_result);
    }

private:
    void error(const QString &message)
    {
        if (m_result.errors.size() >= MermaidReader::MaxErrors) {
            m_stop = true;
            return;
        }
        m_result.errors.append({m_line, message});
        if (m_result.errors.size() == MermaidReader::MaxErrors) {
            m_result.errors.append(
                {m_line, Tr::tr("Line %1: too many problems; reading stopped here.").arg(m_line)});
            m_stop = true;
        }
    }

    // "Line 4, column 12: ..." for problems inside a statement.
    void errorAt(qsizetype pos, const QString &message)
    {
        error(Tr::tr("Line %1, column %2: %3").arg(m_line).arg(pos + 1).arg(message));
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    void skipSpaces()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    void header()
    {
        const qsizetype semicolon = m_text.indexOf(QLatin1Char(';'));
        const QString head = semicolon < 0 ? m_text : m_text.left(semicolon);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList words = head.split(space, Qt::SkipEmptyParts);
        const QString kind = words.value(0);
        if (kind.compare(QLatin1String("graph"), Qt::CaseInsensitive) != 0 &&
            kind.compare(QLatin1String("flowchart"), Qt::CaseInsensitive) != 0) {
            if (isOtherDiagram(kind))
                error(Tr::tr("Line %1: this is a mermaid “%2” diagram; an escalation policy must "
                             "be a flowchart (“graph TD” or “flowchart TD”).")
                          .arg(m_line)
                          .arg(kind));
            else
                error(Tr::tr("Line %1: a flowchart starts with “graph TD” or “flowchart TD”; "
                             "found %2.")
                          .arg(m_line)
                          .arg(quoted(m_text.trimmed())));
            m_stop = true; // the rest would only repeat this
            return;
        }
        m_headerSeen = true;
        if (words.size() > 2) {
            error(Tr::tr("Line %1: unexpected %2 after “%3 %4”; put statements on their own "
                         "lines.")
                      .arg(m_line)
                      .arg(quoted(words.mid(2).join(QLatin1Char(' '))), kind, words.at(1)));
        }
        if (words.size() > 1) {
            const QString dir = words.at(1).toUpper();
            static const QStringList directions{QStringLiteral("TD"), QStringLiteral("TB"),
                                                QStringLiteral("BT"), QStringLiteral("LR"),
                                                QStringLiteral("RL")};
            if (directions.contains(dir))
                m_result.chart.direction = dir;
            else
                error(Tr::tr("Line %1: unknown direction %2; use TD, TB, BT, LR or RL.")
                          .arg(m_line)
                          .arg(quoted(words.at(1))));
        }
        if (semicolon >= 0) {
            m_pos = semicolon + 1;
            statements();
        }
    }

    void statements()
    {
        while (!m_stop) {
            skipSpaces();
            if (atEnd())
                return;
            if (peek() == QLatin1Char(';')) {
                ++m_pos;
                continue;
            }
            if (!statement())
                return; // the rest of a broken line would only add noise
        }
    }

    bool statement()
    {
        // Keywords of the parts of mermaid we do not draw.
        qsizetype end = m_pos;
        while (end < m_text.size() &&
               (m_text.at(end).isLetter() || m_text.at(end) == QLatin1Char('-')))
            ++end;
        const QString word = m_text.mid(m_pos, end - m_pos);
        static const QStringList unsupported{
            QStringLiteral("subgraph"),  QStringLiteral("end"),       QStringLiteral("style"),
            QStringLiteral("classDef"),  QStringLiteral("class"),     QStringLiteral("click"),
            QStringLiteral("linkStyle"), QStringLiteral("direction"), QStringLiteral("accTitle"),
            QStringLiteral("accDescr")};
        if (unsupported.contains(word) && (end >= m_text.size() || m_text.at(end).isSpace() ||
                                           m_text.at(end) == QLatin1Char(':'))) {
            errorAt(m_pos, Tr::tr("“%1” is not in the supported subset of mermaid; remove it. "
                                  "Supported: %2.")
                               .arg(word, SubsetHint));
            return false;
        }

        QString from;
        if (!node(&from))
            return false;
        while (true) {
            skipSpaces();
            if (atEnd() || peek() == QLatin1Char(';'))
                return true;
            QString label;
            if (!link(&label))
                return false;
            skipSpaces();
            if (atEnd() || peek() == QLatin1Char(';')) {
                errorAt(m_pos, Tr::tr("the arrow from “%1” points at nothing; name the node it "
                                      "leads to.")
                                   .arg(from));
                return false;
            }
            QString to;
            if (!node(&to))
                return false;
            addEdge(from, to, label);
            from = to;
        }
    }

    bool node(QString *id)
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            // An inner '-' belongs to the id ("on-call"); "--" starts an arrow.
            if (isIdChar(c) || (c == QLatin1Char('-') && m_pos > start && isIdChar(peek(1))))
                ++m_pos;
            else
                break;
        }
        if (m_pos == start) {
            if (atEnd())
                errorAt(m_pos, Tr::tr("a node id is missing."));
            else if (peek() == QLatin1Char('&'))
                errorAt(m_pos, Tr::tr("“&” (several nodes at once) is not in the supported "
                                      "subset; write one arrow per line."));
            else
                errorAt(m_pos, Tr::tr("expected a node id (letters, digits, _), found %1. "
                                      "Supported: %2.")
                                   .arg(quoted(m_text.mid(m_pos)), SubsetHint));
            return false;
        }
        *id = m_text.mid(start, m_pos - start);
        const qsizetype afterId = m_pos;
        skipSpaces();
        const QChar open = peek();
        NodeShape shape;
        QChar close;
        if (open == QLatin1Char('[')) {
            shape = NodeShape::Box;
            close = QLatin1Char(']');
        } else if (open == QLatin1Char('(')) {
            shape = NodeShape::Round;
            close = QLatin1Char(')');
        } else if (open == QLatin1Char('{')) {
            shape = NodeShape::Decision;
            close = QLatin1Char('}');
        } else if (open == QLatin1Char('>')) {
            errorAt(m_pos, Tr::tr("the shape “%1>…]” is not in the supported subset; use %1[…], "
                                  "%1(…) or %1{…}.")
                               .arg(*id));
            return false;
        } else {
            m_pos = afterId;
            return defineNode(*id, std::nullopt, NodeShape::Box, start);
        }
        const QChar second = peek(1);
        const bool doubled = (open == QLatin1Char('[') &&
                              (second == QLatin1Char('[') || second == QLatin1Char('(') ||
                               second == QLatin1Char('/') || second == QLatin1Char('\\'))) ||
                             (open == QLatin1Char('(') &&
                              (second == QLatin1Char('(') || second == QLatin1Char('['))) ||
                             (open == QLatin1Char('{') && second == QLatin1Char('{'));
        if (doubled) {
            errorAt(m_pos, Tr::tr("the shape “%1%2%3…” is not in the supported subset; use "
                                  "%1[…] (box), %1(…) (rounded) or %1{…} (decision).")
                               .arg(*id, open, second));
            return false;
        }
        const qsizetype labelStart = m_pos;
        ++m_pos;
        skipSpaces();
        QString label;
        if (peek() == QLatin1Char('"')) {
            const qsizetype endQuote = m_text.indexOf(QLatin1Char('"'), m_pos + 1);
            if (endQuote < 0) {
                errorAt(m_pos, Tr::tr("the quoted label of “%1” has no closing quote.").arg(*id));
                return false;
            }
            label = m_text.mid(m_pos + 1, endQuote - m_pos - 1);
            m_pos = endQuote + 1;
            skipSpaces();
            if (peek() != close) {
                errorAt(
                    m_pos,
                    Tr::tr("expected “%1” after the quoted label of “%2”.").arg(close).arg(*id));
                return false;
            }
            ++m_pos;
        } else {
            const qsizetype end = m_text.indexOf(close, m_pos);
            if (end < 0) {
                errorAt(labelStart,
                        Tr::tr("the label of “%1” has no closing “%2”.").arg(*id).arg(close));
                return false;
            }
            label = m_text.mid(m_pos, end - m_pos);
            m_pos = end + 1;
        }
        label = cleanLabel(label);
        if (label.isEmpty()) {
            errorAt(labelStart, Tr::tr("the node “%1” has an empty label; write its name inside "
                                       "the brackets.")
                                    .arg(*id));
            return false;
        }
        if (label.size() > MermaidReader::MaxLabelLength) {
            errorAt(labelStart, Tr::tr("the label of “%1” is longer than %2 characters.")
                                    .arg(*id)
                                    .arg(MermaidReader::MaxLabelLength));
            return false;
        }
        return defineNode(*id, label, shape, start);
    }

    // "-->" or "-->|label|"; refuses the other arrows with a hint.
    bool link(QString *label)
    {
        const qsizetype start = m_pos;
        const QString rest = m_text.mid(m_pos, 4);
        auto refuse = [&](const QString &what) {
            errorAt(start, Tr::tr("%1 is not in the supported subset; use “-->” or "
                                  "“-->|label|”.")
                               .arg(what));
            return false;
        };
        if (peek() == QLatin1Char('<'))
            return refuse(Tr::tr("a two-way arrow"));
        if (peek() == QLatin1Char('='))
            return refuse(Tr::tr("a thick arrow (==>)"));
        if (rest.startsWith(QLatin1String("-.")) || peek() == QLatin1Char('.'))
            return refuse(Tr::tr("a dotted arrow (-.->)"));
        if (peek() == QLatin1Char('~'))
            return refuse(Tr::tr("an invisible link (~~~)"));
        if (peek() != QLatin1Char('-')) {
            errorAt(m_pos, Tr::tr("unexpected %1; expected an arrow “-->” or the end of the "
                                  "statement. Supported: %2.")
                               .arg(quoted(m_text.mid(m_pos)), SubsetHint));
            return false;
        }
        int dashes = 0;
        while (peek() == QLatin1Char('-')) {
            ++dashes;
            ++m_pos;
        }
        if (peek() == QLatin1Char('>') && dashes >= 2) {
            ++m_pos;
        } else if (dashes < 2) {
            return refuse(QStringLiteral("“-%1”").arg(peek()));
        } else if (peek() == QLatin1Char('o') || peek() == QLatin1Char('x')) {
            return refuse(Tr::tr("an arrow ending in “%1”").arg(peek()));
        } else if (dashes == 2) {
            return refuse(Tr::tr("a label between dashes (“-- text -->”)"));
        } else {
            return refuse(Tr::tr("a line without an arrow head (“---”)"));
        }
        skipSpaces();
        if (peek() == QLatin1Char('|')) {
            const qsizetype end = m_text.indexOf(QLatin1Char('|'), m_pos + 1);
            if (end < 0) {
                errorAt(m_pos, Tr::tr("the arrow label has no closing “|”."));
                return false;
            }
            QString text = m_text.mid(m_pos + 1, end - m_pos - 1).trimmed();
            if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) &&
                text.endsWith(QLatin1Char('"')))
                text = text.mid(1, text.size() - 2);
            *label = cleanLabel(text);
            if (label->isEmpty()) {
                errorAt(m_pos, Tr::tr("the arrow label between “|” and “|” is empty."));
                return false;
            }
            if (label->size() > MermaidReader::MaxLabelLength) {
                errorAt(m_pos, Tr::tr("the arrow label is longer than %1 characters.")
                                   .arg(MermaidReader::MaxLabelLength));
                return false;
            }
            m_pos = end + 1;
        }
        return true;
    }

    bool defineNode(const QString &id, const std::optional<QString> &label, NodeShape shape,
                    qsizetype column)
    {
        Flowchart &chart = m_result.chart;
        const auto found = m_index.constFind(id);
        if (found == m_index.constEnd()) {
            if (chart.nodes.size() >= MermaidReader::MaxNodes) {
                errorAt(column, Tr::tr("more than %1 nodes; a policy this large cannot be drawn "
                                       "legibly. Split it.")
                                    .arg(MermaidReader::MaxNodes));
                m_stop = true;
                return false;
            }
            m_index.insert(id, int(chart.nodes.size()));
            chart.nodes.append({id, label.value_or(id), shape, m_line});
            if (label)
                m_definedOn.insert(id, m_line);
            return true;
        }
        if (!label)
            return true;
        FlowNode &n = chart.nodes[*found];
        const int defined = m_definedOn.value(id);
        if (defined > 0) {
            if (n.label != *label || n.shape != shape) {
                errorAt(column, Tr::tr("the node “%1” was already defined on line %2 as %3; "
                                       "define each node once and refer to it by id.")
                                    .arg(id)
                                    .arg(defined)
                                    .arg(quoted(n.label)));
                return false;
            }
            return true;
        }
        n.label = *label;
        n.shape = shape;
        m_definedOn.insert(id, m_line);
        return true;
    }

    void addEdge(const QString &from, const QString &to, const QString &label)
    {
        if (m_result.chart.edges.size() >= MermaidReader::MaxEdges) {
            error(Tr::tr("Line %1: more than %2 arrows; a policy this large cannot be drawn "
                         "legibly. Split it.")
                      .arg(m_line)
                      .arg(MermaidReader::MaxEdges));
            m_stop = true;
            return;
        }
        m_result.chart.edges.append({from, to, label, m_line});
    }

    MermaidResult m_result;
    QHash<QString, int> m_index;
    QHash<QString, int> m_definedOn;
    QString m_text;
    qsizetype m_pos = 0;
    int m_firstLine;
    int m_line = 0;
    bool m_headerSeen = false;
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

} // namespace ic
