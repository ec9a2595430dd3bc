// The outline reader's first pass: front matter, MkDocs admonitions and
// template tags rewritten in place, and the runbook as a tree of sections.
#include "models/playbooks/Outline.h"

#include <QRegularExpression>

#include <limits>

namespace ic::Outline {

namespace {

using Markdown::Block;

// Lines of a byte array: start and end offsets (end excludes the '\n').
QList<std::pair<qsizetype, qsizetype>> lineSpans(const QByteArray &utf8, int max)
{
    QList<std::pair<qsizetype, qsizetype>> lines;
    qsizetype offset = 0;
    while (offset <= utf8.size() && lines.size() < max) {
        qsizetype nl = utf8.indexOf('\n', offset);
        if (nl < 0)
            nl = utf8.size();
        lines.append({offset, nl});
        if (nl >= utf8.size())
            break;
        offset = nl + 1;
    }
    return lines;
}

void blankBytes(QByteArray &utf8, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to && k < utf8.size(); ++k) {
        if (utf8[k] != '\r' && utf8[k] != '\n')
            utf8[k] = ' ';
    }
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
        v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

FrontMatter stripFrontMatter(QByteArray &utf8)
{
    FrontMatter fm;
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3); // a BOM is not content
    const bool yaml = utf8.startsWith("---\n") || utf8.startsWith("---\r\n");
    const bool toml = utf8.startsWith("+++\n") || utf8.startsWith("+++\r\n");
    if (!yaml && !toml)
        return fm;
    const QByteArray fence = yaml ? "---" : "+++";
    // The closing line within the first 300 lines.
    const auto lines = lineSpans(utf8, 300);
    auto lineAt = [&](int i) { return utf8.mid(lines[i].first, lines[i].second - lines[i].first); };
    int close = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = lineAt(i).trimmed();
        if (l == fence || (yaml && l == "...")) {
            close = i;
            break;
        }
        // Front matter is "key: value" (YAML) or "key = value" (TOML) lines,
        // lists, tables, comments and blank lines.
        static const QRegularExpression fieldish(
            QStringLiteral("^(?:[\\w\"' .-]+\\s*[:=].*|\\s*-.*|\\s+.*|#.*|\\[.*\\]\\s*|)$"));
        if (!fieldish.match(QString::fromUtf8(l)).hasMatch() && !lineAt(i).startsWith(' '))
            return fm;
    }
    if (close < 0)
        return fm;
    static const QRegularExpression field(
        QStringLiteral("^([A-Za-z_][\\w.-]{0,60})\\s*[:=]\\s*(.*?)\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s+-\\s*(.+?)\\s*$"));
    for (int i = 1; i < close && fm.fields.size() < 100; ++i) {
        const QString l = QString::fromUtf8(lineAt(i));
        if (const auto m = field.match(l); m.hasMatch()) {
            QString v = m.captured(2);
            if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) {
                QStringList parts = v.mid(1, v.size() - 2).split(QLatin1Char(','));
                for (QString &p : parts)
                    p = unquote(p);
                parts.removeAll(QString());
                v = parts.join(QStringLiteral(", "));
            }
            fm.fields.append({m.captured(1), unquote(v).left(500)});
            if (m.captured(1).compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
                fm.title = unquote(v).trimmed();
        } else if (const auto it = item.match(l); it.hasMatch() && !fm.fields.isEmpty()) {
            MetadataField &last = fm.fields.last();
            if (last.value.size() < 500)
                last.value += (last.value.isEmpty() ? QString() : QStringLiteral(", ")) +
                              unquote(it.captured(1));
        }
    }
    // Blank the lines (keep the newlines so line numbers stay right).
    for (int i = 0; i <= close; ++i)
        blankBytes(utf8, lines[i].first, lines[i].second);
    fm.lines = close + 1;
    return fm;
}

Prepared prepare(QByteArray &utf8)
{
    Prepared out;
    if (!utf8.contains("!!!") && !utf8.contains("???") && !utf8.contains("{%"))
        return out;
    const auto lines = lineSpans(utf8, std::numeric_limits<int>::max());
    static const QRegularExpression marker(
        QStringLiteral("^( {0,3})(?:!!!|\\?\\?\\?\\+?)\\s*([A-Za-z][\\w-]*)(?:\\s+\"([^\"]*)\")?"
                       "\\s*$"));
    static const QRegularExpression tagLine(QStringLiteral("^\\s*(?:\\{%.*?%\\}\\s*)+$"));
    QByteArray rebuilt;
    rebuilt.reserve(utf8.size() + 256);
    int inAdmonition = -1; // the marker's indent while inside one
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = utf8.mid(lines[i].first, lines[i].second - lines[i].first);
        const bool cr = line.endsWith('\r');
        if (cr)
            line.chop(1);
        const QByteArray trimmedLine = line.trimmed();
        if (inAdmonition < 0 && (trimmedLine.startsWith("```") || trimmedLine.startsWith("~~~")))
            inFence = !inFence;
        const QString text = QString::fromUtf8(line);
        if (!inFence && inAdmonition >= 0) {
            // The body: lines indented four more than the marker, and blank
            // lines between them.
            const QByteArray indent(inAdmonition + 4, ' ');
            bool body =
                line.startsWith(indent) || line.startsWith(QByteArray(inAdmonition, ' ') + '\t');
            if (!body && trimmedLine.isEmpty()) {
                // A blank line belongs to the body if more body follows.
                for (int k = i + 1; k < lines.size(); ++k) {
                    const QByteArray next =
                        utf8.mid(lines[k].first, lines[k].second - lines[k].first);
                    if (next.trimmed().isEmpty())
                        continue;
                    body = next.startsWith(indent) ||
                           next.startsWith(QByteArray(inAdmonition, ' ') + '\t');
                    break;
                }
            }
            if (body) {
                QByteArray content = trimmedLine.isEmpty()     ? QByteArray()
                                     : line.startsWith(indent) ? line.mid(indent.size())
                                                               : line.mid(inAdmonition + 1);
                line = QByteArray(inAdmonition, ' ') + "> " + content;
                rebuilt += line + (cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
                continue;
            }
            inAdmonition = -1;
        }
        if (!inFence) {
            if (const auto m = marker.match(text); m.hasMatch()) {
                inAdmonition = int(m.captured(1).size());
                out.admonitionLines.append(i + 1);
                QString head = m.captured(1) + QStringLiteral("> [!") + m.captured(2).toUpper() +
                               QLatin1Char(']');
                if (!m.captured(3).isEmpty())
                    head += QLatin1Char(' ') + m.captured(3);
                rebuilt += head.toUtf8() + (cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
                continue;
            }
            if (line.contains("{%") && tagLine.match(text).hasMatch()) {
                out.templateLines.append(i + 1);
                rebuilt += QByteArray(cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
                continue;
            }
        }
        rebuilt += line + (cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
    }
    utf8 = rebuilt;
    return out;
}

QString fillBlanks(const QString &text, QStringList *blanks)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    static const QRegularExpression tag(QStringLiteral("\\{%.*?%\\}"));
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([^{}]{1,80}?)\\s*\\}\\}"));
    QString t = text;
    t.remove(tag);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        QString name = m.captured(1).trimmed();
        // "{{ service | default('api') }}": the name before any filter.
        name = name.section(QLatin1Char('|'), 0, 0).trimmed();
        out += t.mid(last, m.capturedStart(0) - last) + QStringLiteral("‹%1›").arg(name);
        last = m.capturedEnd(0);
        if (blanks && !blanks->contains(name))
            blanks->append(name);
    }
    out += t.mid(last);
    return out.simplified();
}

QList<Section> build(const Markdown::Document &doc)
{
    QList<Section> sections;
    Section root;
    root.level = 0;
    root.line = 1;
    root.endLine = qMax(1, doc.lineCount);
    sections.append(root);
    QList<int> stack{0};

    auto close = [&](int index, int endLine) {
        sections[index].endLine = qMax(sections[index].line, endLine);
    };
    auto push = [&](const QString &title, int level, bool label, int line) {
        Section s;
        s.title = title;
        s.level = level;
        s.label = label;
        s.line = line;
        s.endLine = line;
        s.parent = stack.constLast();
        sections.append(s);
        const int index = int(sections.size()) - 1;
        sections[s.parent].children.append(index);
        stack.append(index);
    };
    auto popWhile = [&](auto pred, int nextLine) {
        while (stack.size() > 1 && pred(sections[stack.constLast()])) {
            close(stack.constLast(), nextLine - 1);
            stack.removeLast();
        }
    };

    static const QRegularExpression shortLabel(QStringLiteral("^[^.!?]{1,60}:$"));
    for (const Block &b : doc.root.children) {
        if (b.type == Block::Type::Heading) {
            const int level = qBound(1, b.headingLevel, 6);
            popWhile([level](const Section &s) { return s.level >= level; }, b.startLine);
            push(b.text, level, false, b.startLine);
            continue;
        }
        if (b.type == Block::Type::ThematicBreak) {
            popWhile([](const Section &s) { return s.label; }, b.startLine);
            continue;
        }
        if (b.type == Block::Type::Paragraph && b.startLine == b.endLine &&
            ((b.strongOnly && b.text.size() <= 80) || shortLabel.match(b.text).hasMatch())) {
            popWhile([](const Section &s) { return s.label; }, b.startLine);
            QString title = b.text;
            while (title.endsWith(QLatin1Char(':')))
                title.chop(1);
            push(title.trimmed(), 7, true, b.startLine);
            continue;
        }
        sections[stack.constLast()].blocks.append(&b);
        int end = b.endLine;
        for (int i : std::as_const(stack))
            sections[i].endLine = qMax(sections[i].endLine, end);
    }
    const int last = qMax(1, doc.lineCount);
    while (stack.size() > 1) {
        close(stack.constLast(), last);
        stack.removeLast();
    }
    sections[0].endLine = last;
    return sections;
}

} // namespace ic::Outline
