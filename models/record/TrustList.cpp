#include "models/record/TrustList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::TrustList)
};

constexpr auto Format = "incident-commander-trusted-keys/1";
constexpr auto TimeFormat = "yyyy-MM-ddTHH:mm:ss.zzzZ";

Error refuse(const QString &why)
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("The trusted-keys file cannot be used: %1 Nothing is trusted from "
                              "it.")
                           .arg(why));
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(QLatin1String(TimeFormat)))
                       : QJsonValue(QJsonValue::Null);
}

// null, or a canonical UTC time with milliseconds.
bool readTime(const QJsonValue &v, QDateTime *out)
{
    if (v.isNull() || v.isUndefined()) {
        *out = QDateTime();
        return true;
    }
    if (!v.isString())
        return false;
    QDateTime t = QDateTime::fromString(v.toString(), QLatin1String(TimeFormat));
    if (!t.isValid())
        return false;
    t.setTimeSpec(Qt::UTC);
    if (t.toString(QLatin1String(TimeFormat)) != v.toString())
        return false;
    *out = t;
    return true;
}

} // namespace

bool TrustedKey::validAt(const QDateTime &t) const
{
    if (!t.isValid())
        return !validFrom.isValid() && !validUntil.isValid();
    return (!validFrom.isValid() || t >= validFrom) && (!validUntil.isValid() || t < validUntil);
}

Result<TrustList> TrustList::parse(const QByteArray &json)
{
    if (json.size() > MaxBytes)
        return refuse(Tr::tr("it is larger than %1 bytes.").arg(MaxBytes));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(Tr::tr("it is not a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return refuse(Tr::tr("its \"format\" is not \"%1\".").arg(QLatin1String(Format)));
    TrustList out;
    out.workspaceId = o.value(QStringLiteral("workspace")).toString();
    if (!readTime(o.value(QStringLiteral("exported_at")), &out.exportedAt))
        return refuse(Tr::tr("\"exported_at\" is not a UTC time."));
    const QJsonValue keys = o.value(QStringLiteral("keys"));
    if (!keys.isArray())
        return refuse(Tr::tr("it has no \"keys\" list."));
    if (keys.toArray().size() > MaxKeys)
        return refuse(Tr::tr("it lists more than %1 keys.").arg(MaxKeys));
    QSet<QString> seen;
    int n = 0;
    for (const QJsonValue &v : keys.toArray()) {
        ++n;
        if (!v.isObject())
            return refuse(Tr::tr("key %1 is not an object.").arg(n));
        const QJsonObject k = v.toObject();
        const QString fp = k.value(QStringLiteral("fingerprint")).toString();
        if (!PersonKey::isFingerprint(fp))
            return refuse(
                Tr::tr("key %1 has no fingerprint of the form SHA256:<64 hex digits>.").arg(n));
        const QString b64 = k.value(QStringLiteral("public_key")).toString();
        auto raw =
            QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!raw || raw.decoded.size() != PersonKey::RawSize)
            return refuse(Tr::tr("key %1 (%2) has no 32-byte base64 public key.").arg(n).arg(fp));
        auto key = PersonKey::fromRaw(raw.decoded);
        if (!key)
            return refuse(Tr::tr("key %1 (%2) is not a usable Ed25519 key.").arg(n).arg(fp));
        if (key->fingerprint != fp)
            return refuse(Tr::tr("key %1: its public key's fingerprint is %2, not %3.")
                              .arg(n)
                              .arg(key->fingerprint, fp));
        if (seen.contains(fp))
            return refuse(Tr::tr("%1 is listed twice.").arg(fp));
        seen.insert(fp);
        TrustedKey t;
        t.key = key.value();
        t.person = k.value(QStringLiteral("person")).toString();
        if (t.person.isEmpty() || t.person.size() > 256)
            return refuse(Tr::tr("key %1 (%2) names no person.").arg(n).arg(fp));
        if (!readTime(k.value(QStringLiteral("valid_from")), &t.validFrom) ||
            !readTime(k.value(QStringLiteral("valid_until")), &t.validUntil))
            return refuse(Tr::tr("key %1 (%2) has a validity that is not null or a UTC time "
                                 "like 2026-11-22T10:00:00.000Z.")
                              .arg(n)
                              .arg(fp));
        if (t.validFrom.isValid() && t.validUntil.isValid() && t.validUntil <= t.validFrom)
            return refuse(Tr::tr("key %1 (%2) ends before it starts.").arg(n).arg(fp));
        out.m_keys.append(t);
    }
    return out;
}

QByteArray TrustList::toJson() const
{
    QJsonArray keys;
    for (const TrustedKey &t : m_keys)
        keys.append(
            QJsonObject{{QStringLiteral("fingerprint"), t.key.fingerprint},
                        {QStringLiteral("person"), t.person},
                        {QStringLiteral("public_key"), QString::fromLatin1(t.key.raw.toBase64())},
                        {QStringLiteral("valid_from"), timeJson(t.validFrom)},
                        {QStringLiteral("valid_until"), timeJson(t.validUntil)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(Format)},
                                     {QStringLiteral("workspace"), workspaceId},
                                     {QStringLiteral("exported_at"), timeJson(exportedAt)},
                                     {QStringLiteral("keys"), keys}})
        .toJson(QJsonDocument::Indented);
}

void TrustList::add(const TrustedKey &key)
{
    for (TrustedKey &t : m_keys) {
        if (t.key.fingerprint == key.key.fingerprint) {
            t = key;
            return;
        }
    }
    m_keys.append(key);
}

const TrustedKey *TrustList::find(const QString &fingerprint) const
{
    for (const TrustedKey &t : m_keys) {
        if (t.key.fingerprint == fingerprint)
            return &t;
    }
    return nullptr;
}

QList<PublicKey> TrustList::publicKeys() const
{
    QList<PublicKey> out;
    for (const TrustedKey &t : m_keys)
        out << t.key;
    return out;
}

} // namespace ic
