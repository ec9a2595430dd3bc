#include "models/playbooks/Deadline.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Deadline)
};

// Units and the words for "immediately" in the languages runbooks are
// written in around here; matched case-insensitively as whole words.
const QString MinuteWords =
    QStringLiteral("m|min|mins|minute|minutes|minuten|minuto|minutos|minuti");
const QString HourWords =
    QStringLiteral("h|hr|hrs|hour|hours|std|stunde|stunden|heure|heures|hora|horas|ora|ore");
const QString DayWords = QStringLiteral(
    "d|day|days|tag|tage|tagen|jour|jours|día|dia|días|dias|giorno|giorni|calendar days");
// Not "business days": which days count depends on a calendar we do not know,
// so such a deadline is kept as text with no due time rather than guessed.
const QString WeekWords = QStringLiteral(
    "w|wk|wks|week|weeks|woche|wochen|semaine|semaines|semana|semanas|settimana|settimane");
const QString ImmediateWords = QStringLiteral(
    "immediate|immediately|now|sofort|unverzüglich|immédiat|immédiatement|immediatamente|"
    "inmediato|inmediatamente|immediato");

// "within", "<", "≤", "T+", "innerhalb von", "dans les", "en", "entro"...
const QString Lead = QStringLiteral(
    "(?:(?:within|in\\s+under|under|less\\s+than|no\\s+later\\s+than|by|max(?:imum)?|"
    "innerhalb(?:\\s+von)?|binnen|dans\\s+les|sous|en\\s+menos\\s+de|en|dentro\\s+de|entro)"
    "\\s*|<=?\\s*|≤\\s*|t\\s*\\+\\s*)");

QRegularExpression durationPattern()
{
    // An amount with a unit, optionally followed by a second one ("1 h 30 min").
    const QString amount = QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(%1|%2|%3|%4)\\b")
                               .arg(MinuteWords, HourWords, DayWords, WeekWords);
    return QRegularExpression(
        QStringLiteral("(?<![\\w.])(%1)?%2(?:\\s*(?:and\\s+)?%3)?").arg(Lead, amount, amount),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QRegularExpression immediatePattern()
{
    return QRegularExpression(QStringLiteral("(?<!\\w)(%1)(?!\\w)").arg(ImmediateWords),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

std::optional<double> unitMinutes(const QString &unit)
{
    const QString u = unit.toLower();
    auto in = [&u](const QString &words) { return words.split(QLatin1Char('|')).contains(u); };
    if (in(MinuteWords))
        return 1;
    if (in(HourWords))
        return 60;
    if (in(DayWords))
        return 60 * 24;
    if (in(WeekWords))
        return 60 * 24 * 7;
    return std::nullopt;
}

std::optional<int> amountMinutes(const QString &number, const QString &unit)
{
    bool ok = false;
    const double n = QString(number).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    const auto per = unitMinutes(unit.simplified());
    if (!ok || !per || n < 0 || n > 1e6)
        return std::nullopt;
    return int(std::lround(n * *per));
}

struct Match
{
    qsizetype start = -1;
    qsizetype length = 0;
    int minutes = 0;
};

std::optional<Match> firstDuration(const QString &text)
{
    static const QRegularExpression re = durationPattern();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto first = amountMinutes(m.captured(2), m.captured(3));
    if (!first)
        return std::nullopt;
    int total = *first;
    if (m.capturedLength(4) > 0) {
        auto second = amountMinutes(m.captured(4), m.captured(5));
        if (!second)
            return std::nullopt;
        total += *second;
    }
    return Match{m.capturedStart(0), m.capturedLength(0), total};
}

std::optional<Match> firstImmediate(const QString &text)
{
    static const QRegularExpression re = immediatePattern();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Match{m.capturedStart(0), m.capturedLength(0), 0};
}

// An amount with a lead word ("within", "<", "T+") or in brackets of its own.
std::optional<Match> firstMarkedDuration(const QString &text)
{
    static const QRegularExpression re = durationPattern();
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        auto first = amountMinutes(m.captured(2), m.captured(3));
        if (!first)
            continue;
        int total = *first;
        if (m.capturedLength(4) > 0) {
            auto second = amountMinutes(m.captured(4), m.captured(5));
            if (!second)
                continue;
            total += *second;
        }
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = m.capturedEnd(0);
        qsizetype before = start - 1;
        while (before >= 0 && text.at(before).isSpace())
            --before;
        qsizetype after = end;
        while (after < text.size() && text.at(after).isSpace())
            ++after;
        const bool enclosed =
            before >= 0 && after < text.size() &&
            ((text.at(before) == QLatin1Char('(') && text.at(after) == QLatin1Char(')')) ||
             (text.at(before) == QLatin1Char('[') && text.at(after) == QLatin1Char(']')));
        if (m.capturedLength(1) > 0 || enclosed)
            return Match{start, end - start, total};
    }
    return std::nullopt;
}

// "Immediately" and its translations; not "now", which running text uses
// for other things ("check now whether...").
std::optional<Match> firstMarkedImmediate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(?<!\\w)(%1)(?!\\w)")
            .arg(QString(ImmediateWords).remove(QStringLiteral("|now"))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Match{m.capturedStart(0), m.capturedLength(0), 0};
}

QString trimmed(const QString &text)
{
    QString t = text.trimmed();
    while (t.size() >= 2 && ((t.front() == QLatin1Char('(') && t.back() == QLatin1Char(')')) ||
                             (t.front() == QLatin1Char('[') && t.back() == QLatin1Char(']'))))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

} // namespace

Deadline Deadline::parse(const QString &text)
{
    Deadline d;
    d.text = text.trimmed();
    const QString t = trimmed(text);
    if (t.isEmpty())
        return d;
    // "Immediate (< 5 minutes)": the number is the promise; "Immediate" alone is 0.
    if (auto dur = firstDuration(t)) {
        const QString rest = (t.left(dur->start) + t.mid(dur->start + dur->length)).simplified();
        static const QRegularExpression filler(
            QStringLiteral("^[\\s()\\[\\]:,;.\\-–—]*$|^\\(?\\s*(?:%1)\\s*[()\\[\\]:,;.\\-–—\\s]*$")
                .arg(ImmediateWords),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        if (filler.match(rest).hasMatch())
            d.minutes = dur->minutes;
        return d;
    }
    static const QRegularExpression onlyImmediate(
        QStringLiteral("^(?:%1)[.!]?$").arg(ImmediateWords),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (onlyImmediate.match(t).hasMatch())
        d.minutes = 0;
    return d;
}

std::optional<Deadline> Deadline::find(const QString &text)
{
    const auto dur = firstDuration(text);
    const auto now = firstImmediate(text);
    if (!dur && !now)
        return std::nullopt;
    Deadline d;
    if (dur && (!now || now->start > dur->start || now->start + now->length + 3 >= dur->start)) {
        // "Immediate (< 5 minutes)" counts as 5 minutes; report the whole phrase.
        const qsizetype start = now && now->start < dur->start ? now->start : dur->start;
        qsizetype end = dur->start + dur->length;
        if (start < dur->start && end < text.size() && text.at(end) == QLatin1Char(')'))
            ++end;
        d.text = text.mid(start, end - start).trimmed();
        d.minutes = dur->minutes;
        return d;
    }
    d.text = text.mid(now->start, now->length);
    d.minutes = 0;
    return d;
}

std::optional<Deadline> Deadline::findMarked(const QString &text)
{
    const auto dur = firstMarkedDuration(text);
    const auto now = firstMarkedImmediate(text);
    if (!dur && !now)
        return std::nullopt;
    Deadline d;
    if (dur && (!now || now->start > dur->start || now->start + now->length + 3 >= dur->start)) {
        // "Immediately (< 5 minutes)": the number is the promise.
        const qsizetype start = now && now->start < dur->start ? now->start : dur->start;
        qsizetype end = dur->start + dur->length;
        if (start < dur->start && end < text.size() && text.at(end) == QLatin1Char(')'))
            ++end;
        d.text = text.mid(start, end - start).trimmed();
        d.minutes = dur->minutes;
        return d;
    }
    d.text = text.mid(now->start, now->length);
    d.minutes = 0;
    return d;
}

QString Deadline::describe(int minutes)
{
    if (minutes <= 0)
        return Tr::tr("Immediate");
    if (minutes % (60 * 24 * 7) == 0)
        return Tr::tr("%1 wk").arg(minutes / (60 * 24 * 7));
    if (minutes % (60 * 24) == 0)
        return Tr::tr("%1 d").arg(minutes / (60 * 24));
    if (minutes % 60 == 0)
        return Tr::tr("%1 h").arg(minutes / 60);
    if (minutes > 60)
        return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1 min").arg(minutes);
}

} // namespace ic
