#include "models/actions/ApiResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>

namespace ic {

QString ApiResponse::safeText(const QString &text, int max)
{
    QString out;
    out.reserve(qMin(text.size(), qsizetype(max)));
    bool space = false;
    for (QChar c : text) {
        if (out.size() >= max)
            break;
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control ||
                           c.category() == QChar::Other_Format || c.isSurrogate() ||
                           c.category() == QChar::Other_NotAssigned;
        if (blank) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
            if (out.size() >= max)
                break;
        }
        out += c;
    }
    return out;
}

QString ApiResponse::safeId(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 128)
        return {};
    for (char c : v) {
        if (c < 0x21 || c > 0x7e)
            return {};
    }
    return QString::fromLatin1(v);
}

ApiResponse ApiResponse::parse(const QByteArray &raw)
{
    ApiResponse r;
    const QByteArray body = raw.left(MaxBodyBytes);
    if (body.trimmed().isEmpty())
        return r;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // Not JSON (a proxy's HTML page, plain text): keep a readable line.
        r.message = safeText(QString::fromUtf8(body.left(1024)), 300);
        return r;
    }
    const QJsonObject o = doc.object();
    const QJsonValue affected = o.value(QLatin1String("affected"));
    if (affected.isDouble()) {
        const double d = affected.toDouble();
        if (d >= 0 && d <= std::numeric_limits<int>::max() && d == double(qint64(d)))
            r.affected = int(d);
    }
    const QJsonValue id = o.value(QLatin1String("request_id"));
    if (id.isString())
        r.requestId = safeId(id.toString().toUtf8());
    QJsonValue message = o.value(QLatin1String("message"));
    if (!message.isString()) {
        const QJsonValue err = o.value(QLatin1String("error"));
        message = err.isObject() ? err.toObject().value(QLatin1String("message")) : err;
    }
    if (message.isString())
        r.message = safeText(message.toString(), 300);
    return r;
}

} // namespace ic
