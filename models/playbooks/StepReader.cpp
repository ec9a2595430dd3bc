#include "models/playbooks/StepReader.h"

#include "models/playbooks/Outline.h"

#include <QRegularExpression>

#include <algorithm>

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
    if (depth > Markdown::Document::MaxDepth)
        return;
    for (const Block &child : item.children) {
        switch (child.type) {
        case Block::Type::List:
            used.insert(&child);
            for (const Block &sub : child.children) {
                const QString t =
                    cleanText(Outline::fillBlanks(Markdown::itemText(sub), &step.blanks));
                if (!t.isEmpty()) {
                    PlaybookSubstep s;
                    s.text = t;
                    s.line = sub.startLine;
                    s.depth = depth + 1;
                    s.task = sub.task;
                    s.checkedInSource = sub.checked;
                    step.substeps.append(s);
                }
                collectItem(sub, step, depth + 1, used);
            }
            break;
        case Block::Type::CodeBlock:
            used.insert(&child);
            step.code.append(CodeBlock::classify(child.literal, child.info,
                                                 child.startLine + (child.fenced ? 1 : 0)));
            break;
        case Block::Type::BlockQuote:
            collectItem(child, step, depth, used);
            break;
        default:
            break;
        }
    }
}

} // namespace

void readTimes(PlaybookStep &step, const QString &label)
{
    if (!label.isEmpty()) {
        const Deadline whole = Deadline::parse(label);
        const auto marked = Deadline::findMarked(label);
        if (whole.isKnown()) {
            step.deadline = whole;
        } else if (marked && marked->text.size() + 3 >= label.size()) {
            step.deadline = *marked; // a range: shown as written
        } else if (Deadline::isCadence(label)) {
            step.cadence = *Deadline::findCadence(label);
        }
    }
    if (step.deadline.text.isEmpty()) {
        if (auto d = Deadline::findMarked(step.text))
            step.deadline = *d;
    }
    // A label without a period ("**Continuous**:") gives way to one in the
    // text ("every 15 minutes").
    if (step.cadence.text.isEmpty() || !step.cadence.minutes) {
        if (auto c = Deadline::findCadence(step.text);
            c && (step.cadence.text.isEmpty() || c->minutes)) {
            // "Continuous" inside a sentence says little; "every 30 min" does.
            if (c->minutes ||
                std::any_of(c->text.cbegin(), c->text.cend(),
                            [](QChar ch) { return ch.isDigit(); }) ||
                step.text.size() < 40)
                step.cadence = *c;
        }
    }
}

PlaybookStep fromItem(const Block &item, QSet<const Block *> &used)
{
    PlaybookStep step;
    step.line = item.startLine;
    step.checkedInSource = item.checked;
    QString text = Markdown::itemText(item);
    QString label;
    // A leading label that is a time: "**Within 5 min**: …", "**Daily**: …".
    if (!item.children.isEmpty() && item.children.first().type == Block::Type::Paragraph) {
        if (const auto l = Outline::labelledText(item.children.first())) {
            const QString key = l->first;
            if (Deadline::parse(key).isKnown() || Deadline::isCadence(key) ||
                (Deadline::findMarked(key) &&
                 Deadline::findMarked(key)->text.size() + 3 >= key.size())) {
                label = key;
                text = l->second;
            }
        }
    }
    step.text = cleanText(Outline::fillBlanks(text, &step.blanks));
    collectItem(item, step, 0, used);
    if (step.text.isEmpty() && !step.code.isEmpty())
        step.text = CodeBlock::kindLabel(step.code.first().kind);
    readTimes(step, label);
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
        readTimes(s, QString());
        steps.append(s);
        return steps;
    }
    for (const Chunk &c : std::as_const(chunks)) {
        PlaybookStep s;
        s.text = c.title.isEmpty() ? fallback() : cleanText(c.title);
        s.line = c.line;
        s.code.append(CodeBlock::classify(c.lines.join(QLatin1Char('\n')) + QLatin1Char('\n'),
                                          code.info, c.line));
        readTimes(s, QString());
        steps.append(s);
    }
    return steps;
}

namespace {

bool numericCell(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^\\s*(?:#?\\d{1,3}[.)]?|[IVX]{1,5}\\.?)\\s*$"));
    return number.match(text).hasMatch();
}

} // namespace

QStringList tableTexts(const Block &table)
{
    QStringList out;
    if (table.children.isEmpty())
        return out;
    const Block &header = table.children.first();
    for (int r = 1; r < table.children.size(); ++r) {
        QStringList cells;
        const Block &row = table.children[r];
        for (int c = 0; c < row.children.size(); ++c) {
            const QString v = row.children[c].text.simplified();
            if (v.isEmpty())
                continue;
            const QString h =
                c < header.children.size() ? header.children[c].text.simplified() : QString();
            cells << (h.isEmpty() ? v : QStringLiteral("%1: %2").arg(h, v));
        }
        if (!cells.isEmpty())
            out << cells.join(QStringLiteral("; "));
    }
    return out;
}

// Rows of a table with a step column; the phase column, when there is one,
// says which phase each row belongs to ("" continues the phase above).
std::optional<QList<std::pair<QString, PlaybookStep>>> fromTable(const Block &table,
                                                                 QSet<const Block *> &used)
{
    if (table.children.size() < 2 || !table.children.first().headerRow)
        return std::nullopt;
    const Block &header = table.children.first();
    const int columns = int(header.children.size());
    int stepCol = -1, phaseCol = -1, deadlineCol = -1, doneCol = -1;
    QStringList headers;
    QList<int> stepCandidates;
    // What each column holds: checkboxes, numbers, or text (and how much).
    QList<int> boxes(columns, 0), numbers(columns, 0), letters(columns, 0);
    for (int r = 1; r < table.children.size(); ++r) {
        const Block &row = table.children[r];
        for (int c = 0; c < row.children.size() && c < columns; ++c) {
            const Block &cell = row.children[c];
            if (cell.checkbox)
                ++boxes[c];
            else if (numericCell(cell.text))
                ++numbers[c];
            for (const QChar ch : cell.text)
                letters[c] += ch.isLetter() ? 1 : 0;
        }
    }
    const int rows = int(table.children.size()) - 1;
    for (int c = 0; c < columns; ++c) {
        headers.append(header.children[c].text);
        switch (Outline::columnKind(header.children[c].text)) {
        case Outline::Column::Step:
            stepCandidates.append(c);
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
    // Of the step-like columns, the one with words rather than numbers
    // ("Paso | Acción operativa": the action).
    for (int c : std::as_const(stepCandidates)) {
        if (numbers[c] * 2 > rows)
            continue;
        if (stepCol < 0 || letters[c] > letters[stepCol])
            stepCol = c;
    }
    // A column of checkboxes: the steps are the text beside it.
    int boxCol = -1;
    for (int c = 0; c < columns; ++c) {
        if (boxes[c] * 2 > rows)
            boxCol = c;
    }
    if (stepCol < 0 && boxCol >= 0) {
        for (int c = 0; c < columns; ++c) {
            if (c == boxCol || c == phaseCol || c == deadlineCol)
                continue;
            if (stepCol < 0 || letters[c] > letters[stepCol])
                stepCol = c;
        }
        doneCol = doneCol < 0 ? boxCol : doneCol;
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
        s.text = cleanText(Outline::fillBlanks(cell(stepCol), &s.blanks));
        if (s.text.isEmpty())
            continue;
        s.line = row.startLine > 0 ? row.startLine : table.startLine + r + 1;
        const QString due = cell(deadlineCol).trimmed();
        if (!due.isEmpty() && due != QLatin1String("-") && due != QStringLiteral("—")) {
            s.deadline = Deadline::parse(due);
            if (!s.deadline.isKnown()) {
                if (Deadline::isCadence(due)) {
                    s.deadline = Deadline();
                    s.cadence = *Deadline::findCadence(due);
                } else if (auto d = Deadline::find(due)) {
                    s.deadline = *d;
                } else {
                    s.deadline.text = due; // kept as written, no due time
                }
            }
        } else {
            readTimes(s, QString());
        }
        const QString done = cell(doneCol).trimmed().toLower();
        s.checkedInSource = done == QLatin1String("x") || done == QLatin1String("[x]") ||
                            done == QStringLiteral("✓") || done == QStringLiteral("✔") ||
                            done == QLatin1String("done") || done == QLatin1String("yes");
        for (int c = 0; c < row.children.size() && c < headers.size(); ++c) {
            if (c == stepCol || c == phaseCol || c == deadlineCol || c == doneCol || c == boxCol ||
                numericCell(cell(c)))
                continue;
            const QString v = cell(c).trimmed();
            if (!v.isEmpty()) {
                PlaybookSubstep sub;
                sub.text = headers[c].trimmed().isEmpty()
                               ? v
                               : QStringLiteral("%1: %2").arg(headers[c].trimmed(), v);
                sub.line = s.line;
                s.substeps.append(sub);
            }
        }
        out.append({phase, s});
    }
    used.insert(&table);
    return out;
}

} // namespace ic::StepReader
