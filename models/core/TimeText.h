#pragma once

#include <QDateTime>
#include <QString>

namespace ic::TimeText {

// "45s", "12m", "1h 05m", "3d 4h": compact, for countdowns.
QString duration(qint64 seconds);

// Local time with the zone abbreviation, e.g. "2026-11-22 21:10 CET".
QString local(const QDateTime &utc);

// The local zone beside a time field: " CET (UTC+01:00)".
QString zoneSuffix();

// Local time, short, for tables: "21:10" today, "Nov 20 21:10" otherwise.
QString localShort(const QDateTime &utc, const QDateTime &nowUtc);

} // namespace ic::TimeText
