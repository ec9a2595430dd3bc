#include "models/record/RecordEvent.h"

#include "models/timeline/TimelineEvent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTimeZone>
#include <QtEndian>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EventEncoding)
};

const QByteArray Magic = QByteArrayLiteral("ic-event\0");
constexpr int FieldCount = 14; // 13 signed fields and the signature

void putField(QByteArray &out, QByteArrayView bytes)
{
    char len[4];
    qToBigEndian(quint32(bytes.size()), len);
    out.append(len, 4);
    out.append(bytes.data(), bytes.size());
}

void putInt(QByteArray &out, qint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    putField(out, QByteArrayView(b, 8));
}

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : qint64(INT64_MIN);
}

QDateTime fromMs(qint64 v)
{
    return v == INT64_MIN ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v, Qt::UTC);
}

Error refuse(const QString &why)
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("A recorded event cannot be read: %1").arg(why));
}

} // namespace

RecordEvent RecordEvent::from(const IncidentEvent &e, const QString &origin, uint64_t leafIndex)
{
    RecordEvent r;
    r.origin = origin;
    r.leafIndex = leafIndex;
    r.incidentId = e.incidentId;
    r.seq = e.seq;
    r.occurredAt = e.occurredAt.toUTC();
    r.recordedAt = e.recordedAt.toUTC();
    r.actor = e.actor;
    r.kind = e.kind;
    r.summary = e.summary;
    r.details = e.details;
    r.backdated = e.backdated;
    r.correctsEventId = e.correctsEventId;
    return r;
}

namespace EventEncoding {

QByteArray detailsBytes(const QJsonObject &details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QByteArray signedBytes(const RecordEvent &e)
{
    QByteArray out;
    out.reserve(256 + e.summary.size() * 2);
    out += Magic;
    out += char(Version);
    putField(out, e.origin.toUtf8());
    putInt(out, qint64(e.leafIndex));
    putField(out, e.incidentId.toUtf8());
    putInt(out, e.seq);
    putInt(out, ms(e.occurredAt));
    putInt(out, ms(e.recordedAt));
    putField(out, e.actor.toUtf8());
    putField(out, e.kind.toUtf8());
    putField(out, e.summary.toUtf8());
    putField(out, detailsBytes(e.details));
    const char flag = e.backdated ? 1 : 0;
    putField(out, QByteArrayView(&flag, 1));
    putInt(out, e.correctsEventId);
    putField(out, e.signer.toUtf8());
    return out;
}

QByteArray leafData(const QByteArray &signedBytes, const QByteArray &signature)
{
    QByteArray out;
    out.reserve(signedBytes.size() + 4 + signature.size());
    out += signedBytes;
    putField(out, signature);
    return out;
}

QByteArray leafData(const RecordEvent &e)
{
    return leafData(signedBytes(e), e.signature);
}

Merkle::Hash leafHash(const RecordEvent &e)
{
    return Merkle::leafHash(leafData(e));
}

Result<RecordEvent> decodeLeaf(QByteArrayView data)
{
    if (data.size() > MaxLeafBytes)
        return refuse(Tr::tr("it is larger than %1 bytes.").arg(MaxLeafBytes));
    if (!data.startsWith(QByteArrayView(Magic)) || data.size() < Magic.size() + 1)
        return refuse(Tr::tr("it does not start with the event magic."));
    if (quint8(data[Magic.size()]) != Version)
        return refuse(
            Tr::tr("its encoding version %1 is unknown.").arg(quint8(data[Magic.size()])));
    qsizetype at = Magic.size() + 1;
    QByteArrayView fields[FieldCount];
    for (auto &f : fields) {
        if (data.size() - at < 4)
            return refuse(Tr::tr("it ends inside a field."));
        const quint32 len = qFromBigEndian<quint32>(data.data() + at);
        at += 4;
        if (len > quint32(MaxFieldBytes) || qsizetype(len) > data.size() - at)
            return refuse(Tr::tr("a field is longer than the data."));
        f = data.sliced(at, qsizetype(len));
        at += qsizetype(len);
    }
    if (at != data.size())
        return refuse(Tr::tr("there are bytes after the last field."));

    bool textOk = true;
    auto text = [&textOk](QByteArrayView b) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = utf8.decode(b);
        if (utf8.hasError())
            textOk = false;
        return s;
    };
    bool intOk = true;
    auto integer = [&intOk](QByteArrayView b) -> qint64 {
        if (b.size() != 8) {
            intOk = false;
            return 0;
        }
        return qFromBigEndian<qint64>(b.data());
    };
    RecordEvent e;
    e.origin = text(fields[0]);
    const qint64 leaf = integer(fields[1]);
    e.leafIndex = uint64_t(leaf);
    e.incidentId = text(fields[2]);
    e.seq = integer(fields[3]);
    e.occurredAt = fromMs(integer(fields[4]));
    e.recordedAt = fromMs(integer(fields[5]));
    e.actor = text(fields[6]);
    e.kind = text(fields[7]);
    e.summary = text(fields[8]);
    QJsonParseError perr;
    const QJsonDocument details = QJsonDocument::fromJson(fields[9].toByteArray(), &perr);
    if (perr.error != QJsonParseError::NoError || !details.isObject())
        return refuse(Tr::tr("its details are not a JSON object."));
    e.details = details.object();
    if (fields[10].size() != 1 || (fields[10][0] != 0 && fields[10][0] != 1))
        return refuse(Tr::tr("its backdated flag is not 0 or 1."));
    e.backdated = fields[10][0] == 1;
    e.correctsEventId = integer(fields[11]);
    e.signer = text(fields[12]);
    e.signature = fields[13].toByteArray();
    if (!textOk)
        return refuse(Tr::tr("a text field is not valid UTF-8."));
    if (!intOk)
        return refuse(Tr::tr("a number field is not 8 bytes."));
    if (leaf < 0)
        return refuse(Tr::tr("its leaf index is negative."));
    // One encoding per event: details and times must read back identically.
    if (leafData(e) != data)
        return refuse(Tr::tr("it is not in canonical form."));
    return e;
}

} // namespace EventEncoding
} // namespace ic
