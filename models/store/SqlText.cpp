#include "models/store/SqlText.h"

namespace ic::SqlText {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

bool isTagStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isTagChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.unicode() >= 0x80;
}

} // namespace

Scan scanPostgres(QStringView sql)
{
    Scan s;
    const qsizetype n = sql.size();
    qsizetype codeStart = 0;
    qsizetype i = 0;
    auto push = [&s](Part part, qsizetype begin, qsizetype end) {
        if (end > begin)
            s.spans.append(Span{part, begin, end});
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        qsizetype start = i;
        qsizetype end = i;
        Part part = Part::Code;
        bool closed = true;
        if (c == u'\'') {
            // E'...' (not the end of a longer name) lets a backslash escape.
            const bool escapes = i > 0 && (sql.at(i - 1) == u'E' || sql.at(i - 1) == u'e') &&
                                 (i < 2 || !isIdentifierChar(sql.at(i - 2)));
            if (escapes)
                start = i - 1;
            closed = false;
            qsizetype j = i + 1;
            while (j < n) {
                if (escapes && sql.at(j) == u'\\') {
                    j += 2;
                    continue;
                }
                if (sql.at(j) == u'\'') {
                    if (j + 1 < n && sql.at(j + 1) == u'\'') {
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                ++j;
            }
            end = qMin(j, n);
            part = Part::String;
        } else if (c == u'"') {
            closed = false;
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == u'"') {
                    if (j + 1 < n && sql.at(j + 1) == u'"') {
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                ++j;
            }
            end = qMin(j, n);
            part = Part::Identifier;
        } else if (c == u'-' && next == u'-') {
            const qsizetype nl = sql.indexOf(u'\n', i + 2);
            end = nl < 0 ? n : nl + 1;
            part = Part::Comment;
        } else if (c == u'/' && next == u'*') {
            // PostgreSQL block comments nest.
            int depth = 1;
            qsizetype j = i + 2;
            while (j < n && depth > 0) {
                if (sql.at(j) == u'/' && j + 1 < n && sql.at(j + 1) == u'*') {
                    ++depth;
                    j += 2;
                } else if (sql.at(j) == u'*' && j + 1 < n && sql.at(j + 1) == u'/') {
                    --depth;
                    j += 2;
                } else {
                    ++j;
                }
            }
            closed = depth == 0;
            end = j;
            part = Part::Comment;
        } else if (c == u'$' && (i == 0 || !isIdentifierChar(sql.at(i - 1))) &&
                   (next == u'$' || isTagStart(next))) {
            // $tag$ ... $tag$ ($1, a parameter, and a$b, a name, are code).
            qsizetype j = i + 1;
            while (j < n && isTagChar(sql.at(j)))
                ++j;
            if (j >= n || sql.at(j) != u'$') {
                ++i;
                continue;
            }
            const QStringView tag = sql.mid(i, j - i + 1);
            const qsizetype stop = sql.indexOf(tag, j + 1);
            closed = stop >= 0;
            end = closed ? stop + tag.size() : n;
            part = Part::String;
        } else {
            ++i;
            continue;
        }
        push(Part::Code, codeStart, start);
        push(part, start, end);
        if (!closed)
            s.complete = false;
        i = end;
        codeStart = end;
    }
    push(Part::Code, codeStart, n);
    return s;
}

QString numberPlaceholders(QStringView sql, int *count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    for (const Span &span : scanPostgres(sql).spans) {
        const QStringView text = sql.mid(span.begin, span.end - span.begin);
        if (span.part != Part::Code) {
            out += text;
            continue;
        }
        for (QChar c : text) {
            if (c == u'?')
                out += QLatin1Char('$') + QString::number(++n);
            else
                out += c;
        }
    }
    if (count)
        *count = n;
    return out;
}

bool isEnclosable(QStringView sql)
{
    const Scan scan = scanPostgres(sql);
    if (!scan.complete)
        return false;
    int depth = 0;
    for (const Span &span : scan.spans) {
        if (span.part != Part::Code)
            continue;
        for (qsizetype i = span.begin; i < span.end; ++i) {
            const QChar c = sql.at(i);
            if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                if (--depth < 0)
                    return false;
            } else if (c == u';') {
                return false;
            }
        }
    }
    return depth == 0;
}

} // namespace ic::SqlText
