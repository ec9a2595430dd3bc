#include "models/playbooks/StepReader.h"

#include "models/playbooks/Outline.h"

namespace ic::StepReader {

QString cleanText(const QString &text)
{
    QString t = text.simplified();
    while (t.endsWith(QLatin1Char(':')))
        t.chop(1);
    return t.trimmed();
}

namespace {

using Markdown::Block;

// A comment line in shell, SQL or configuration code, and its text.
std::optional<QString> commentText(const QString &line)
{
    const QString t = line.trimmed();
    for (const char *marker : {"--", "//", "#"}) {
        if (t.startsWith(QLatin1String(marker)) && !t.startsWith(QLatin1String("#!")))
            return t.mid(int(qstrlen(marker))).trimmed();
    }
    return std::nullopt;
}

bool splittable(CodeBlock::Kind kind)
{
    return kind == CodeBlock::Kind::AdminApi || kind == CodeBlock::Kind::SqlQuery ||
           kind == CodeBlock::Kind::SqlChange || kind == CodeBlock::Kind::Shell;
}

void collectItem(const Block &item, PlaybookStep &step, int depth, QSet<const Block *> &used)
{
    for (const Block &child : item.children) {
        switch (child.type) {
        case Block::Type::List:
            used.insert(&child);
            for (const Block &sub : child.children) {
                const QString t = cleanText(Markdown::itemText(sub));
                if (!t.isEmpty())
                    step.substeps.append(t);
                collectItem(sub, step, depth + 1, used);
            }
            break;
        case Block::Type::CodeBlock:
            used.insert(&child);
            step.code.append(CodeBlock::classify(child.literal, child.info,
                                                 child.startLine + (child.fenced ? 1 : 0)));
            break;
        case Block::Type::BlockQuote:
            collectItem(child, step, depth + 1, used);
            break;
        default:
            break;
        }
    }
}

} // namespace

PlaybookStep fromItem(const Block &item, QSet<const Block *> &used)
{
    PlaybookStep step;
    step.text = cleanText(Markdown::itemText(item));
    step.line = item.startLine;
    step.checkedInSource = item.checked;
    collectItem(item, step, 0, used);
    if (step.text.isEmpty() && !step.code.isEmpty())
        step.text = CodeBlock::kindLabel(step.code.first().kind);
    if (auto d = Deadline::findMarked(step.text))
        step.deadline = *d;
    return step;
}

QStringList listTexts(const Block &list, QSet<const Block *> &used)
{
    QStringList out;
    used.insert(&list);
    for (const Block &item : list.children) {
        const QString t = cleanText(Markdown::itemText(item));
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// A code block standing on its own in a phase: each commented part ("#
// Revoke all tokens" + its commands) is a step of its own.
QList<PlaybookStep> fromCode(const Block &code, const QString &fallbackText)
{
    const int firstLine = code.startLine + (code.fenced ? 1 : 0);
    const CodeBlock whole = CodeBlock::classify(code.literal, code.info, firstLine);
    auto fallback = [&] {
        return fallbackText.isEmpty() ? CodeBlock::kindLabel(whole.kind) : fallbackText;
    };

    struct Chunk
    {
        QString title;
        QStringList lines;
        int line = 0;
    };
    QList<Chunk> chunks;
    if (splittable(whole.kind)) {
        QStringList lines = code.literal.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        QStringList pendingComments; // a comment-only paragraph heads the next one
        int pendingLine = 0;
        for (int i = 0; i < lines.size();) {
            if (lines[i].trimmed().isEmpty()) {
                ++i;
                continue;
            }
            const int start = i;
            QStringList para;
            while (i < lines.size() && !lines[i].trimmed().isEmpty())
                para.append(lines[i++]);
            int comments = 0;
            QStringList title;
            while (comments < para.size()) {
                const auto c = commentText(para[comments]);
                if (!c)
                    break;
                if (!c->isEmpty())
                    title.append(*c);
                ++comments;
            }
            if (comments == para.size()) { // comments only
                if (!chunks.isEmpty() && pendingComments.isEmpty()) {
                    chunks.last().lines << QString() << para;
                } else {
                    if (pendingComments.isEmpty())
                        pendingLine = firstLine + start;
                    pendingComments << para;
                }
                continue;
            }
            if (comments == 0 && !chunks.isEmpty() && pendingComments.isEmpty()) {
                chunks.last().lines << QString() << para; // continues the part above
                continue;
            }
            Chunk c;
            c.line = pendingComments.isEmpty() ? firstLine + start : pendingLine;
            for (const QString &p : std::as_const(pendingComments)) {
                if (const auto t = commentText(p); t && !t->isEmpty())
                    c.title += (c.title.isEmpty() ? QString() : QStringLiteral(" ")) + *t;
            }
            c.lines = pendingComments + para;
            pendingComments.clear();
            if (!title.isEmpty())
                c.title += (c.title.isEmpty() ? QString() : QStringLiteral(" ")) +
                           title.join(QLatin1Char(' '));
            chunks.append(c);
        }
        if (!pendingComments.isEmpty() && !chunks.isEmpty())
            chunks.last().lines << QString() << pendingComments;
    }

    QList<PlaybookStep> steps;
    if (chunks.size() <= 1) {
        PlaybookStep s;
        s.text = chunks.size() == 1 && !chunks.first().title.isEmpty()
                     ? cleanText(chunks.first().title)
                     : fallback();
        s.line = chunks.size() == 1 ? chunks.first().line : firstLine;
        s.code.append(whole);
        if (auto d = Deadline::findMarked(s.text))
            s.deadline = *d;
        steps.append(s);
        return steps;
    }
    for (const Chunk &c : std::as_const(chunks)) {
        PlaybookStep s;
        s.text = c.title.isEmpty() ? fallback() : cleanText(c.title);
        s.line = c.line;
        s.code.append(CodeBlock::classify(c.lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                                          code.info, c.line));
        if (auto d = Deadline::findMarked(s.text))
            s.deadline = *d;
        steps.append(s);
    }
    return steps;
}

// Rows of a table with a step column; the phase column, when there is one,
// says which phase each row belongs to ("" continues the phase above).
std::optional<QList<std::pair<QString, PlaybookStep>>> fromTable(const Block &table,
                                                                 QSet<const Block *> &used)
{
    if (table.children.isEmpty() || !table.children.first().headerRow)
        return std::nullopt;
    const Block &header = table.children.first();
    int stepCol = -1, phaseCol = -1, deadlineCol = -1, doneCol = -1;
    QStringList headers;
    for (int c = 0; c < header.children.size(); ++c) {
        headers.append(header.children[c].text);
        switch (Outline::columnKind(header.children[c].text)) {
        case Outline::Column::Step:
            stepCol = stepCol < 0 ? c : stepCol;
            break;
        case Outline::Column::Phase:
            phaseCol = phaseCol < 0 ? c : phaseCol;
            break;
        case Outline::Column::Deadline:
        case Outline::Column::Response:
            deadlineCol = deadlineCol < 0 ? c : deadlineCol;
            break;
        case Outline::Column::Done:
            doneCol = doneCol < 0 ? c : doneCol;
            break;
        default:
            break;
        }
    }
    if (stepCol < 0)
        return std::nullopt;
    QList<std::pair<QString, PlaybookStep>> out;
    QString phase;
    for (int r = 1; r < table.children.size(); ++r) {
        const Block &row = table.children[r];
        auto cell = [&row](int c) {
            return c >= 0 && c < row.children.size() ? row.children[c].text : QString();
        };
        if (phaseCol >= 0 && !cell(phaseCol).trimmed().isEmpty())
            phase = cleanText(cell(phaseCol));
        PlaybookStep s;
        s.text = cleanText(cell(stepCol));
        if (s.text.isEmpty())
            continue;
        s.line = row.startLine > 0 ? row.startLine : table.startLine + r + 1;
        const QString due = cell(deadlineCol).trimmed();
        if (!due.isEmpty() && due != QLatin1String("-") && due != QStringLiteral("—")) {
            s.deadline = Deadline::parse(due);
            if (!s.deadline.isKnown()) {
                if (auto d = Deadline::find(due))
                    s.deadline = *d;
                else
                    s.deadline.text = due; // kept as written, no due time
            }
        } else if (auto d = Deadline::findMarked(s.text)) {
            s.deadline = *d;
        }
        const QString done = cell(doneCol).trimmed().toLower();
        s.checkedInSource = done == QLatin1String("x") || done == QLatin1String("[x]") ||
                            done == QStringLiteral("✓") || done == QStringLiteral("✔") ||
                            done == QLatin1String("done") || done == QLatin1String("yes");
        for (int c = 0; c < row.children.size() && c < headers.size(); ++c) {
            if (c == stepCol || c == phaseCol || c == deadlineCol || c == doneCol)
                continue;
            const QString v = cell(c).trimmed();
            if (!v.isEmpty())
                s.substeps.append(QStringLiteral("%1: %2").arg(headers[c], v));
        }
        out.append({phase, s});
    }
    used.insert(&table);
    return out;
}

} // namespace ic::StepReader
