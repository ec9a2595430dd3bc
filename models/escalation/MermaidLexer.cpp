// The mermaid reader's scanner: messages with their line and column, and
// moving over the diagram text (spaces, words, quoted strings, the start of
// a link, recovery after an error).
#include "models/escalation/MermaidParser.h"

#include "models/escalation/MermaidText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ic::mermaid_detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MermaidReader)
};

} // namespace

// --- messages ---

void Reader::error(const QString &message)
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

void Reader::errorAt(qsizetype pos, const QString &message)
{
    m_line = lineOf(pos);
    error(Tr::tr("Line %1, column %2: %3").arg(m_line).arg(columnOf(pos)).arg(message));
}

void Reader::warnAt(qsizetype pos, const QString &message)
{
    const int line = lineOf(pos);
    if (m_result.warnings.size() < MermaidReader::MaxErrors)
        m_result.warnings.append({line, Tr::tr("Line %1: %2").arg(line).arg(message)});
}

int Reader::lineOf(qsizetype pos) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
    return m_firstLine + int(it - m_lineStarts.cbegin()) - 1;
}

int Reader::columnOf(qsizetype pos) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
    return int(pos - *(it - 1)) + 1;
}

// --- scanning ---

void Reader::skipSpaces()
{
    while (!atEnd() && isBlank(m_text.at(m_pos)))
        ++m_pos;
}

void Reader::skipBlankLines()
{
    while (!atEnd() &&
           (isBlank(peek()) || peek() == QLatin1Char('\n') || peek() == QLatin1Char(';')))
        ++m_pos;
}

QString Reader::restOfLine() const
{
    qsizetype e = m_text.indexOf(QLatin1Char('\n'), m_pos);
    if (e < 0)
        e = m_text.size();
    return m_text.mid(m_pos, e - m_pos);
}

void Reader::recover()
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

void Reader::skipStatement()
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

QString Reader::word() const
{
    qsizetype e = m_pos;
    while (e < m_text.size() && (m_text.at(e).isLetter() || m_text.at(e) == QLatin1Char('-')))
        ++e;
    return m_text.mid(m_pos, e - m_pos);
}

bool Reader::keywordEnds(qsizetype after) const
{
    return after >= m_text.size() || isBlank(m_text.at(after)) ||
           m_text.at(after) == QLatin1Char('\n') || m_text.at(after) == QLatin1Char(';');
}

bool Reader::idChar(QChar c)
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

bool Reader::linkStartsHere(qsizetype p) const
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

std::optional<QString> Reader::quotedString(bool *markdown)
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

} // namespace ic::mermaid_detail
