#include "models/core/Csv.h"

namespace ic::Csv {

namespace {

bool startsDangerously(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// [+-] digits [. digits] [e [+-] digits], or [+-] . digits [e ...]
bool isPlainNumber(QByteArrayView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == '+' || s[i] == '-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(s[i]))
        ++i, ++digits;
    if (i < n && s[i] == '.') {
        ++i;
        while (i < n && isDigit(s[i]))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        qsizetype exponent = 0;
        while (i < n && isDigit(s[i]))
            ++i, ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == n;
}

void appendQuoted(QByteArray &out, QByteArrayView utf8, bool neutralise)
{
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralise)
            out += '\'';
        out.append(utf8);
        return;
    }
    out += '"';
    if (neutralise)
        out += '\'';
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '"')
            continue;
        out.append(utf8.sliced(run, i + 1 - run)); // the quote, then its double
        out += '"';
        run = i + 1;
    }
    out.append(utf8.sliced(run));
    out += '"';
}

} // namespace

bool isFormulaLike(QByteArrayView utf8)
{
    return !utf8.isEmpty() && startsDangerously(utf8[0]) && !isPlainNumber(utf8);
}

void appendField(QByteArray &out, QByteArrayView utf8)
{
    appendQuoted(out, utf8, isFormulaLike(utf8));
}

bool rewriteRow(QByteArrayView row, QByteArray *rewritten)
{
    const qsizetype n = row.size();
    QByteArray &out = *rewritten;
    out.clear();
    qsizetype copied = 0; // row[0, copied) is already in `out`
    qsizetype pos = 0;
    for (;;) {
        const qsizetype start = pos;
        qsizetype end = pos;
        bool quoted = false;
        if (pos < n && row[pos] == '"') {
            quoted = true;
            qsizetype j = pos + 1;
            while (j < n) {
                if (row[j] == '"') {
                    if (j + 1 < n && row[j + 1] == '"') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            end = qMin(j + 1, n);
        } else {
            while (end < n && row[end] != ',' && row[end] != '\n' && row[end] != '\r')
                ++end;
        }
        const qsizetype first = quoted ? start + 1 : start;
        if (first < end && startsDangerously(row[first])) {
            QByteArray value;
            if (quoted) {
                const qsizetype stop = end > start + 1 && row[end - 1] == '"' ? end - 1 : end;
                for (qsizetype k = start + 1; k < stop; ++k) {
                    value += row[k];
                    if (row[k] == '"' && k + 1 < stop && row[k + 1] == '"')
                        ++k;
                }
            } else {
                value = row.sliced(start, end - start).toByteArray();
            }
            if (isFormulaLike(value)) {
                if (out.isEmpty())
                    out.reserve(n + 8);
                out.append(row.sliced(copied, start - copied));
                appendField(out, value);
                copied = end;
            }
        }
        pos = end;
        if (pos < n && row[pos] == ',') {
            ++pos;
            continue;
        }
        break;
    }
    if (copied == 0)
        return false;
    out.append(row.sliced(copied));
    return true;
}

QByteArray neutraliseRow(QByteArrayView row)
{
    QByteArray out;
    return rewriteRow(row, &out) ? out : row.toByteArray();
}

} // namespace ic::Csv
