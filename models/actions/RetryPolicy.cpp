#include "models/actions/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace ic {

int RetryPolicy::backoffMs(int failedAttempts, QRandomGenerator &random) const
{
    const int n = std::clamp(failedAttempts, 1, 30);
    const qint64 exp = qint64(std::max(1, baseDelayMs)) << std::min(n - 1, 20);
    const qint64 capped = std::min<qint64>(exp, std::max(1, maxDelayMs));
    const qint64 half = capped / 2;
    return int(half + random.bounded(qint64(half + 1)));
}

std::optional<qint64> parseRetryAfter(const QByteArray &raw, const QDateTime &nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty() || value.size() > 64)
        return std::nullopt;
    bool digits = true;
    for (char c : value)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        if (value.size() > 9) // more than 30 years: treat as "far too long", not as overflow
            return qint64(999'999'999) * 1000;
        return value.toLongLong() * 1000;
    }
    // HTTP-date (RFC 9110 5.6.7): IMF-fixdate, then the two obsolete forms.
    const QString text = QString::fromLatin1(value);
    static const QRegularExpression imf(
        QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) "
                       "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                       "(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-"
                       "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{2}) "
                       "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};

    int day = 0, month = 0, year = 0, h = 0, m = 0, s = 0;
    if (const auto x = imf.match(text); x.hasMatch()) {
        day = x.captured(2).toInt();
        month = int(months.indexOf(x.captured(3))) + 1;
        year = x.captured(4).toInt();
        h = x.captured(5).toInt();
        m = x.captured(6).toInt();
        s = x.captured(7).toInt();
    } else if (const auto y = rfc850.match(text); y.hasMatch()) {
        day = y.captured(2).toInt();
        month = int(months.indexOf(y.captured(3))) + 1;
        // Two-digit years: the nearest century that is not more than 50 years ahead.
        year = 2000 + y.captured(4).toInt();
        if (year > nowUtc.date().year() + 50)
            year -= 100;
        h = y.captured(5).toInt();
        m = y.captured(6).toInt();
        s = y.captured(7).toInt();
    } else if (const auto z = asctime.match(text); z.hasMatch()) {
        month = int(months.indexOf(z.captured(2))) + 1;
        day = z.captured(3).trimmed().toInt();
        h = z.captured(4).toInt();
        m = z.captured(5).toInt();
        s = z.captured(6).toInt();
        year = z.captured(7).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(h, m, s == 60 ? 59 : s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime when(date, time, Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

} // namespace ic
