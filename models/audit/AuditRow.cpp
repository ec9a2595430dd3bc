#include "models/audit/AuditRow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace ic {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil): no QDateTime per row on the paging path.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(QStringView s, qsizetype at, int count, int *out)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (at + i >= s.size())
            return false;
        const char16_t c = s[at + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + int(c - u'0');
    }
    *out = v;
    return true;
}

} // namespace

namespace AuditTime {

qint64 parseMs(QStringView s)
{
    int y, mo, d, h, mi, sec;
    if (s.size() < 19 || !digits(s, 0, 4, &y) || s[4] != u'-' || !digits(s, 5, 2, &mo) ||
        s[7] != u'-' || !digits(s, 8, 2, &d) || (s[10] != u' ' && s[10] != u'T') ||
        !digits(s, 11, 2, &h) || s[13] != u':' || !digits(s, 14, 2, &mi) || s[16] != u':' ||
        !digits(s, 17, 2, &sec) || mo < 1 || mo > 12 || d < 1 || d > 31)
        return 0;
    qsizetype i = 19;
    int ms = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        int scale = 100;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
            ms += int(s[i].unicode() - u'0') * scale;
            scale /= 10;
            ++i;
        }
    }
    qint64 offsetSeconds = 0;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) {
        const int sign = s[i] == u'-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(s, i + 1, 2, &oh))
            return 0;
        i += 3;
        if (i < s.size() && s[i] == u':')
            ++i;
        if (digits(s, i, 2, &om))
            i += 2;
        offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    return ((days * 86400 + h * 3600 + mi * 60 + sec) - offsetSeconds) * 1000 + ms;
}

std::optional<qint64> parseUs(QStringView s)
{
    int y, mo, d, h, mi, sec;
    if (s.size() < 19 || !digits(s, 0, 4, &y) || s[4] != u'-' || !digits(s, 5, 2, &mo) ||
        s[7] != u'-' || !digits(s, 8, 2, &d) || (s[10] != u' ' && s[10] != u'T') ||
        !digits(s, 11, 2, &h) || s[13] != u':' || !digits(s, 14, 2, &mi) || s[16] != u':' ||
        !digits(s, 17, 2, &sec) || mo < 1 || mo > 12 || d < 1 || d > 31)
        return std::nullopt;
    qsizetype i = 19;
    qint64 us = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        qint64 scale = 100000;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
            us += qint64(s[i].unicode() - u'0') * scale;
            scale /= 10;
            ++i;
        }
    }
    qint64 offsetSeconds = 0;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) {
        const int sign = s[i] == u'-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(s, i + 1, 2, &oh))
            return std::nullopt;
        i += 3;
        if (i < s.size() && s[i] == u':')
            ++i;
        if (digits(s, i, 2, &om))
            i += 2;
        offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    return ((days * 86400 + h * 3600 + mi * 60 + sec) - offsetSeconds) * 1'000'000 + us;
}

QString iso(QStringView text)
{
    // Keep the stored precision: only the separator and the zone change.
    QString out = text.toString();
    if (out.size() >= 19)
        out[10] = u'T';
    if (out.endsWith(QLatin1String("+00")))
        out.chop(3);
    else if (out.endsWith(QLatin1String("+00:00")))
        out.chop(6);
    if (!out.endsWith(u'Z') && !out.contains(u'+'))
        out += u'Z';
    return out;
}

QString localText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString localZoneLabel()
{
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int a = qAbs(offset);
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(now.timeZoneAbbreviation(), sign)
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace AuditTime

QJsonObject AuditRow::toJson() const
{
    auto orNull = [](const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("timestamp"), AuditTime::iso(time));
    o.insert(QStringLiteral("event"), event);
    o.insert(QStringLiteral("user_id"), orNull(userId));
    o.insert(QStringLiteral("tenant_id"), orNull(tenantId));
    o.insert(QStringLiteral("api_key_id"), orNull(apiKeyId));
    o.insert(QStringLiteral("ip"), orNull(ip));
    o.insert(QStringLiteral("query"), orNull(query));
    const QJsonDocument meta = QJsonDocument::fromJson(metadata.toUtf8());
    if (meta.isObject())
        o.insert(QStringLiteral("metadata"), meta.object());
    else if (meta.isArray())
        o.insert(QStringLiteral("metadata"), meta.array());
    else
        o.insert(QStringLiteral("metadata"), metadata);
    return o;
}

QString AuditRow::toJsonText(bool indented) const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(indented ? QJsonDocument::Indented
                                                                     : QJsonDocument::Compact));
}

QString AuditRow::prettyMetadata() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(metadata.toUtf8());
    if (doc.isNull())
        return metadata; // not JSON: show it as stored
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace ic
