#include "models/playbooks/Deadline.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

#include <cmath>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Deadline)
};

const QRegularExpression::PatternOptions Ci =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Units and the words for "immediately" in the languages runbooks are
// written in around here (English, German, Spanish, French, Italian);
// matched case-insensitively as whole words.
const QString MinuteWords =
    QStringLiteral("m|mn|min|mins|minute|minutes|minuten|minuto|minutos|minuti");
const QString HourWords =
    QStringLiteral("h|hr|hrs|hour|hours|std|stunde|stunden|heure|heures|hora|horas|ora|ore");
const QString DayWords = QStringLiteral(
    "d|day|days|tag|tage|tagen|jour|jours|día|dia|días|dias|giorno|giorni|calendar days");
// Not "business days": which days count depends on a calendar we do not know,
// so such a deadline is kept as text with no due time rather than guessed.
const QString WeekWords = QStringLiteral(
    "w|wk|wks|week|weeks|woche|wochen|semaine|semaines|semana|semanas|settimana|settimane");
const QString ImmediateWords =
    QStringLiteral("immediate|immediately|now|sofort|unverzüglich|umgehend|immédiat|immédiatement|"
                   "immediatamente|inmediato|inmediata|inmediatamente|immediato|de inmediato");

// Spelled-out amounts. They only count with a unit written out ("an hour",
// "eine Stunde", "dos horas"), never with "h" or "d".
const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words{{QStringLiteral("a"), 1},
                                           {QStringLiteral("an"), 1},
                                           {QStringLiteral("one"), 1},
                                           {QStringLiteral("two"), 2},
                                           {QStringLiteral("three"), 3},
                                           {QStringLiteral("four"), 4},
                                           {QStringLiteral("five"), 5},
                                           {QStringLiteral("six"), 6},
                                           {QStringLiteral("eight"), 8},
                                           {QStringLiteral("ten"), 10},
                                           {QStringLiteral("twelve"), 12},
                                           {QStringLiteral("fifteen"), 15},
                                           {QStringLiteral("twenty"), 20},
                                           {QStringLiteral("thirty"), 30},
                                           {QStringLiteral("ein"), 1},
                                           {QStringLiteral("eine"), 1},
                                           {QStringLiteral("einer"), 1},
                                           {QStringLiteral("einem"), 1},
                                           {QStringLiteral("einen"), 1},
                                           {QStringLiteral("zwei"), 2},
                                           {QStringLiteral("drei"), 3},
                                           {QStringLiteral("vier"), 4},
                                           {QStringLiteral("fünf"), 5},
                                           {QStringLiteral("zehn"), 10},
                                           {QStringLiteral("zwölf"), 12},
                                           {QStringLiteral("fünfzehn"), 15},
                                           {QStringLiteral("dreißig"), 30},
                                           {QStringLiteral("un"), 1},
                                           {QStringLiteral("una"), 1},
                                           {QStringLiteral("uno"), 1},
                                           {QStringLiteral("dos"), 2},
                                           {QStringLiteral("tres"), 3},
                                           {QStringLiteral("cuatro"), 4},
                                           {QStringLiteral("cinco"), 5},
                                           {QStringLiteral("diez"), 10},
                                           {QStringLiteral("doce"), 12},
                                           {QStringLiteral("quince"), 15},
                                           {QStringLiteral("treinta"), 30},
                                           {QStringLiteral("une"), 1},
                                           {QStringLiteral("deux"), 2},
                                           {QStringLiteral("trois"), 3},
                                           {QStringLiteral("quatre"), 4},
                                           {QStringLiteral("cinq"), 5},
                                           {QStringLiteral("dix"), 10},
                                           {QStringLiteral("douze"), 12},
                                           {QStringLiteral("quinze"), 15},
                                           {QStringLiteral("trente"), 30},
                                           {QStringLiteral("quarante-huit"), 48},
                                           {QStringLiteral("forty-eight"), 48},
                                           {QStringLiteral("seventy-two"), 72}};
    return words;
}

QString numberWordPattern()
{
    QStringList words = numberWords().keys();
    // Longest first, so "quarante-huit" wins over "quarante".
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words.join(QLatin1Char('|'));
}

// "within", "<", "≤", "T+", "innerhalb von", "spätestens nach", "en menos
// de", "dentro de", "dans les", "sous", "au plus tard dans", "entro"...
const QString Lead = QStringLiteral(
    "(?:(?:within(?:\\s+the\\s+next)?|in\\s+the\\s+next|in\\s+under|under|less\\s+than|"
    "no\\s+later\\s+than|at\\s+the\\s+latest\\s+(?:after|in)|by|max(?:imum)?|"
    "innerhalb(?:\\s+von|\\s+der\\s+nächsten|\\s+einer|\\s+eines)?|binnen|in\\s+den\\s+nächsten|"
    "spätestens(?:\\s+nach|\\s+in|\\s+innerhalb\\s+von)?|nach\\s+spätestens|"
    "dans\\s+un\\s+délai\\s+de|dans\\s+les|au\\s+plus\\s+tard\\s+(?:dans|sous|en)|sous|"
    "en\\s+moins\\s+de|d'ici|"
    "en\\s+menos\\s+de|a\\s+más\\s+tardar\\s+en|en\\s+un\\s+plazo\\s+(?:máximo\\s+)?de|"
    "dentro\\s+de(?:\\s+las?|\\s+los?)?(?:\\s+próxim[ao]s)?|antes\\s+de|en|entro)"
    "\\s*|<=?\\s*|≤\\s*|t\\s*\\+\\s*)");

bool isShortUnit(const QString &unit)
{
    static const QStringList shortUnits{
        QStringLiteral("m"), QStringLiteral("mn"), QStringLiteral("min"), QStringLiteral("mins"),
        QStringLiteral("h"), QStringLiteral("hr"), QStringLiteral("hrs"), QStringLiteral("std"),
        QStringLiteral("d"), QStringLiteral("w"),  QStringLiteral("wk"),  QStringLiteral("wks")};
    return shortUnits.contains(unit.toLower());
}

QRegularExpression durationPattern()
{
    // An amount with a unit, optionally followed by a second one ("1 h 30 min").
    const QString units =
        QStringLiteral("(%1|%2|%3|%4)").arg(MinuteWords, HourWords, DayWords, WeekWords);
    const QString amount =
        QStringLiteral("(\\d+(?:[.,]\\d+)?|%1)\\s*%2\\b").arg(numberWordPattern(), units);
    return QRegularExpression(
        QStringLiteral("(?<![\\w.])(%1)?%2(?:\\s*(?:and\\s+|und\\s+|y\\s+|et\\s+)?%3)?")
            .arg(Lead, amount, amount),
        Ci);
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

std::optional<double> amountValue(const QString &number)
{
    const auto word = numberWords().constFind(number.toLower());
    if (word != numberWords().constEnd())
        return double(*word);
    bool ok = false;
    const double n = QString(number).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

std::optional<int> amountMinutes(const QString &number, const QString &unit)
{
    const auto n = amountValue(number);
    const QString u = unit.simplified();
    if (!n)
        return std::nullopt;
    if (numberWords().contains(number.toLower()) && isShortUnit(u))
        return std::nullopt; // "a d", "un m": not an amount
    const auto per = unitMinutes(u);
    if (!per || *n < 0 || *n > 1e6)
        return std::nullopt;
    return int(std::lround(*n * *per));
}

struct Match
{
    qsizetype start = -1;
    qsizetype length = 0;
    std::optional<int> minutes;
    bool lead = false; // said with a lead word ("within", "<", "T+")
};

std::optional<Match> durationAt(const QRegularExpressionMatch &m)
{
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
    Match out;
    out.start = m.capturedStart(0);
    out.length = m.capturedLength(0);
    out.minutes = total;
    out.lead = m.capturedLength(1) > 0;
    return out;
}

// The amount is the upper end of a range ("10-15 minutes", "1 to 2 hours").
bool isRangeEnd(const QString &text, qsizetype amountStart)
{
    static const QRegularExpression before(
        QStringLiteral("(?:\\d+(?:[.,]\\d+)?)\\s*(?:-|–|—|to|bis|a|à|y|and|or|oder|ou|o)\\s*$"),
        Ci);
    return before.match(text.left(amountStart)).hasMatch();
}

// The duration follows a cadence word ("every 30 minutes", "alle 15 Min.").
bool isCadenceAmount(const QString &text, qsizetype start)
{
    static const QRegularExpression before(
        QStringLiteral("(?:\\b(?:every|each|alle|jede[nrs]?|cada|toutes\\s+les|tous\\s+les|"
                       "chaque|ogni)\\s+(?:\\d+(?:[.,]\\d+)?\\s*(?:-|–|to|bis|a|à)\\s*)?"
                       "|\\(\\s*every\\s+)$"),
        Ci);
    return before.match(text.left(start)).hasMatch();
}

std::optional<Match> firstDuration(const QString &text)
{
    static const QRegularExpression re = durationPattern();
    for (auto it = re.globalMatch(text); it.hasNext();) {
        if (auto m = durationAt(it.next()))
            return m;
    }
    return std::nullopt;
}

std::optional<Match> firstImmediate(const QString &text, bool withNow)
{
    static const QRegularExpression all(QStringLiteral("(?<!\\w)(%1)(?!\\w)").arg(ImmediateWords),
                                        Ci);
    // "Immediately" and its translations, or "(Immediate)" in brackets; not
    // "now", which running text uses for other things ("check now
    // whether..."), nor the adjective ("an immediate fix").
    static const QRegularExpression marked(
        QStringLiteral("(?<!\\w)(immediately|sofort|unverzüglich|umgehend|immédiatement|"
                       "immediatamente|inmediatamente|de inmediato|right away|at once|"
                       "sans délai|sin demora)(?!\\w)|(?<=\\()\\s*(?:immediate|immédiat|"
                       "inmediato|immediato)\\s*(?=\\))"),
        Ci);
    const auto m = (withNow ? all : marked).match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Match out;
    out.start = m.capturedStart(0);
    out.length = m.capturedLength(0);
    out.minutes = 0;
    return out;
}

// An amount with a lead word ("within", "<", "T+") or in brackets of its own.
std::optional<Match> firstMarkedDuration(const QString &text)
{
    static const QRegularExpression re = durationPattern();
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        auto d = durationAt(m);
        if (!d)
            continue;
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
        if (isCadenceAmount(text, start))
            continue;
        if (isRangeEnd(text, m.capturedStart(2))) {
            // "within 10-15 minutes": kept as text, never one of the two.
            static const QRegularExpression ledRange(
                QStringLiteral("(?:%1)(?:the\\s+first\\s+)?\\d+(?:[.,]\\d+)?\\s*"
                               "(?:-|–|—|to|bis|a|à)\\s*$")
                    .arg(Lead),
                Ci);
            static const QRegularExpression bareRange(
                QStringLiteral("\\d+(?:[.,]\\d+)?\\s*(?:-|–|—|to|bis|a|à)\\s*$"), Ci);
            const QString left = text.left(m.capturedStart(2));
            const auto led = ledRange.match(left);
            const qsizetype bare = bareRange.match(left).capturedStart(0);
            qsizetype open = bare - 1;
            while (open >= 0 && text.at(open).isSpace())
                --open;
            const bool rangeEnclosed =
                open >= 0 && after < text.size() &&
                ((text.at(open) == QLatin1Char('(') && text.at(after) == QLatin1Char(')')) ||
                 (text.at(open) == QLatin1Char('[') && text.at(after) == QLatin1Char(']')));
            if (!led.hasMatch() && !rangeEnclosed)
                continue;
            Match range;
            range.start = led.hasMatch() ? led.capturedStart(0) : bare;
            range.length = end - range.start;
            return range;
        }
        if (!d->lead && !enclosed)
            continue;
        return d;
    }
    return std::nullopt;
}

QString trimmed(const QString &text)
{
    QString t = text.trimmed();
    while (t.size() >= 2 && ((t.front() == QLatin1Char('(') && t.back() == QLatin1Char(')')) ||
                             (t.front() == QLatin1Char('[') && t.back() == QLatin1Char(']'))))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

Deadline combine(const QString &text, const std::optional<Match> &dur,
                 const std::optional<Match> &now)
{
    Deadline d;
    if (dur && (!now || now->start > dur->start || now->start + now->length + 3 >= dur->start)) {
        // "Immediately (< 5 minutes)": the number is the promise; report the whole phrase.
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

QString unitAlternatives()
{
    return QStringLiteral("(%1|%2|%3|%4)").arg(MinuteWords, HourWords, DayWords, WeekWords);
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
        if (isRangeEnd(t, dur->start) || isCadenceAmount(t, dur->start))
            return d;
        const QString rest = (t.left(dur->start) + t.mid(dur->start + dur->length)).simplified();
        static const QRegularExpression filler(
            QStringLiteral("^[\\s()\\[\\]:,;.\\-–—]*$|^\\(?\\s*(?:%1)\\s*[()\\[\\]:,;.\\-–—\\s]*$")
                .arg(ImmediateWords),
            Ci);
        if (filler.match(rest).hasMatch())
            d.minutes = dur->minutes;
        return d;
    }
    static const QRegularExpression onlyImmediate(
        QStringLiteral("^(?:%1)[.!]?$").arg(ImmediateWords), Ci);
    if (onlyImmediate.match(t).hasMatch())
        d.minutes = 0;
    return d;
}

std::optional<Deadline> Deadline::find(const QString &text)
{
    auto dur = firstDuration(text);
    if (dur && (isRangeEnd(text, dur->start) || isCadenceAmount(text, dur->start)))
        dur.reset();
    const auto now = firstImmediate(text, true);
    if (!dur && !now)
        return std::nullopt;
    return combine(text, dur, now);
}

std::optional<Deadline> Deadline::findMarked(const QString &text)
{
    const auto dur = firstMarkedDuration(text);
    const auto now = firstImmediate(text, false);
    if (!dur && !now)
        return std::nullopt;
    if (dur && !dur->minutes) {
        Deadline d;
        d.text = text.mid(dur->start, dur->length).trimmed();
        return d; // a range: shown as written
    }
    return combine(text, dur, now);
}

std::optional<Deadline> Deadline::findWindow(const QString &text)
{
    const QString n = QStringLiteral("(\\d+(?:[.,]\\d+)?|%1)").arg(numberWordPattern());
    const QString range = QStringLiteral("(?:%1\\s*(?:-|–|to|bis|a|à)\\s*)?").arg(n);
    static const QList<QRegularExpression> windows = [&] {
        const QString u = unitAlternatives();
        QList<QRegularExpression> list;
        // English, Spanish, German, French: "the first [N] unit".
        for (const QString &lead :
             {QStringLiteral("(?:within|in|during|over|for)\\s+the\\s+(?:first|initial)"),
              QStringLiteral("(?:durante|en|dentro\\s+de)\\s+(?:la|las|los|el)\\s+primer[ao]?s?"),
              QStringLiteral("(?:in|innerhalb|während|binnen)\\s+der\\s+ersten"),
              QStringLiteral("(?:dans|pendant|durant|au\\s+cours\\s+de|sous)\\s+(?:la|les|le)\\s+"
                             "premi(?:er|ère|ères|ers)")})
            list.append(QRegularExpression(
                QStringLiteral("\\b%1\\s+(?:%2%3\\s*)?%4\\b").arg(lead, range, n, u), Ci));
        // "dans les 30 premières minutes"
        list.append(QRegularExpression(
            QStringLiteral("\\bdans\\s+les\\s+%1%2\\s+premi(?:ères|ers)\\s+%3\\b").arg(range, n, u),
            Ci));
        return list;
    }();
    for (const QRegularExpression &re : windows) {
        const auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        Deadline d;
        d.text = m.captured(0).trimmed();
        // The captures: range start (1), amount (2), unit (3) for every pattern.
        if (m.capturedLength(1) > 0)
            return d; // "the first 10-15 minutes": a range, kept as text
        const QString amount = m.capturedLength(2) > 0 ? m.captured(2) : QStringLiteral("1");
        d.minutes = amountMinutes(amount, m.captured(3));
        if (!d.minutes && numberWords().contains(amount.toLower()))
            d.minutes = std::nullopt;
        return d;
    }
    static const QRegularExpression withinTheHour(
        QStringLiteral("\\b(?:dans\\s+l['’]heure|within\\s+the\\s+hour|"
                       "innerhalb\\s+der\\s+stunde)\\b"),
        Ci);
    if (const auto m = withinTheHour.match(text); m.hasMatch()) {
        Deadline d;
        d.text = m.captured(0);
        d.minutes = 60;
        return d;
    }
    return std::nullopt;
}

std::optional<Deadline> Deadline::findCadence(const QString &text)
{
    const QString n = QStringLiteral("(\\d+(?:[.,]\\d+)?)");
    static const QRegularExpression every = [&] {
        const QString u = unitAlternatives();
        return QRegularExpression(
            QStringLiteral("\\b(?:every|each|alle|jede[nrs]?|cada|toutes\\s+les|tous\\s+les|"
                           "chaque|ogni)\\s+(?:%1\\s*(?:-|–|to|bis|a|à)\\s*)?(?:%1\\s*)?%2\\b")
                .arg(n, u),
            Ci);
    }();
    if (const auto m = every.match(text); m.hasMatch()) {
        Deadline d;
        d.text = m.captured(0).trimmed();
        if (m.capturedLength(1) > 0)
            return d; // "every 15-30 minutes"
        d.minutes = amountMinutes(m.capturedLength(2) > 0 ? m.captured(2) : QStringLiteral("1"),
                                  m.captured(3));
        return d;
    }
    struct Word
    {
        const char *pattern;
        int minutes; // -1: no period
    };
    static const Word words[] = {
        {"hourly|stündlich|cada\\s+hora|toutes\\s+les\\s+heures|chaque\\s+heure|ogni\\s+ora", 60},
        {"daily|täglich|diari[ao]|diariamente|a\\s+diario|quotidien(?:ne)?(?:ment)?|"
         "chaque\\s+jour|tous\\s+les\\s+jours|giornalier[ao]",
         60 * 24},
        {"weekly|wöchentlich|semanal(?:mente)?|hebdomadaire(?:ment)?|chaque\\s+semaine|"
         "settimanale",
         60 * 24 * 7},
        {"continuous(?:ly)?|ongoing|periodic(?:ally)?|regularly|kontinuierlich|laufend|"
         "regelmäßig|fortlaufend|continu[ao]|continuamente|peri[oó]dic[ao]|"
         "peri[oó]dicamente|regularmente|en\\s+continu|régulièrement|périodiquement|"
         "periodicamente",
         -1},
    };
    // Compiled once: a runbook asks this of every step (compiling, with
    // PCRE2's JIT, took most of an import's time).
    static const auto compiled = [] {
        std::array<QRegularExpression, std::size(words)> out;
        for (size_t i = 0; i < std::size(words); ++i)
            out[i] = QRegularExpression(
                QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(QString::fromUtf8(words[i].pattern)),
                Ci);
        return out;
    }();
    for (size_t i = 0; i < std::size(words); ++i) {
        if (const auto m = compiled[i].match(text); m.hasMatch()) {
            Deadline d;
            d.text = m.captured(0);
            if (words[i].minutes >= 0)
                d.minutes = words[i].minutes;
            return d;
        }
    }
    return std::nullopt;
}

bool Deadline::isCadence(const QString &text)
{
    static const QRegularExpression edges(
        QStringLiteral("^[\\s*_:.,;()\\-–—]+|[\\s*_:.,;()\\-–—]+$"));
    QString t = text;
    t.remove(edges);
    if (t.isEmpty())
        return false;
    const auto c = findCadence(t);
    return c && c->text.size() >= t.size() - 2;
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
