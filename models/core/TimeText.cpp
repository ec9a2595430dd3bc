#include "models/core/TimeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace ic::TimeText {

QString duration(qint64 seconds)
{
    const qint64 s = std::llabs(seconds);
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0)
        return QStringLiteral("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return QStringLiteral("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QStringLiteral("%1m %2s").arg(minutes).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(s);
}

QString local(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime l = utc.toLocalTime();
    return l.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + l.timeZoneAbbreviation();
}

QString localShort(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDateTime l = utc.toLocalTime();
    const QDateTime n = nowUtc.toLocalTime();
    if (l.date() == n.date())
        return l.toString(QStringLiteral("HH:mm"));
    if (l.date().year() == n.date().year())
        return QLocale().toString(l, QStringLiteral("MMM d HH:mm"));
    return l.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString zoneSuffix()
{
    // The offset from the local time itself: QTimeZone::systemTimeZone()
    // parses the zone database, a noticeable part of the window's start.
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    const QString utc = QStringLiteral("%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral(" %1 (UTC%2)").arg(now.timeZoneAbbreviation(), utc);
}

} // namespace ic::TimeText
