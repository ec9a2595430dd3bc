#include "models/evidence/BundleFormat.h"

#include "models/evidence/BundleFolder.h"
#include "models/record/PersonKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ic::BundleFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::BundleFormat)
};

constexpr auto TimeFormat = "yyyy-MM-ddTHH:mm:ss.zzzZ";
constexpr auto ProofsHeader = "ic-inclusion-proofs/1";
constexpr double MaxExactInteger = 9007199254740991.0; // 2^53 - 1

Error manifestError(const QString &why)
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("manifest.json cannot be read as an evidence manifest: %1").arg(why));
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QLatin1String(TimeFormat)) : QString();
}

bool readTime(const QJsonValue &v, QDateTime *out, bool nullable)
{
    if (v.isNull() && nullable) {
        *out = {};
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

bool readInt(const QJsonValue &v, qint64 *out, qint64 min = 0)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > MaxExactInteger)
        return false;
    *out = qint64(d);
    return true;
}

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9a-f]{64}\\z"));
    return re.match(s).hasMatch();
}

bool readPath(const QJsonObject &o, const QString &key, QString *out)
{
    *out = o.value(key).toString();
    return BundleFolder::isSafeRelativePath(*out);
}

// Canonical decimal for a uint64 that fits in int64.
bool parseDecimal(QByteArrayView text, uint64_t *out)
{
    if (text.isEmpty() || text.size() > 19 || (text.size() > 1 && text.front() == '0'))
        return false;
    uint64_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + uint64_t(c - '0');
    }
    if (v > uint64_t(INT64_MAX))
        return false;
    *out = v;
    return true;
}

} // namespace

Result<Manifest> parseManifest(const QByteArray &json)
{
    if (json.size() > MaxManifestBytes)
        return manifestError(Tr::tr("it is larger than %1 bytes.").arg(MaxManifestBytes));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return manifestError(Tr::tr("it is not a JSON object."));
    const QJsonObject o = doc.object();
    Manifest m;
    m.format = o.value(QStringLiteral("format")).toString();
    if (m.format != QLatin1String(FormatV1) && m.format != QLatin1String(FormatV2))
        return manifestError(Tr::tr("its format is not one this version reads."));
    if (!readTime(o.value(QStringLiteral("created_at")), &m.createdAt, false))
        return manifestError(Tr::tr("\"created_at\" is not a UTC time."));
    m.createdBy = o.value(QStringLiteral("created_by")).toString();
    const QJsonObject incident = o.value(QStringLiteral("incident")).toObject();
    m.incidentId = incident.value(QStringLiteral("id")).toString();
    m.incidentRef = incident.value(QStringLiteral("ref")).toString();
    if (m.incidentId.isEmpty())
        return manifestError(Tr::tr("it names no incident."));
    const QJsonObject key = o.value(QStringLiteral("signing_key")).toObject();
    m.signerFingerprint = key.value(QStringLiteral("fingerprint")).toString();
    if (key.value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519") ||
        !PersonKey::isFingerprint(m.signerFingerprint))
        return manifestError(Tr::tr("it names no Ed25519 signing key."));

    const QJsonValue files = o.value(QStringLiteral("files"));
    if (!files.isArray() || files.toArray().size() > MaxFiles)
        return manifestError(
            Tr::tr("its list of files is missing or longer than %1.").arg(MaxFiles));
    QSet<QString> paths;
    for (const QJsonValue &v : files.toArray()) {
        const QJsonObject f = v.toObject();
        ManifestFile mf;
        if (!readPath(f, QStringLiteral("path"), &mf.path))
            return manifestError(Tr::tr("a file's path \"%1\" leaves the bundle or is not a "
                                        "plain relative path.")
                                     .arg(f.value(QStringLiteral("path")).toString().left(200)));
        mf.sha256 = f.value(QStringLiteral("sha256")).toString();
        if (!isSha256Hex(mf.sha256))
            return manifestError(
                Tr::tr("%1 has no SHA-256 of 64 lowercase hex digits.").arg(mf.path));
        if (!readInt(f.value(QStringLiteral("bytes")), &mf.bytes))
            return manifestError(Tr::tr("%1 has no size in bytes.").arg(mf.path));
        mf.kind = f.value(QStringLiteral("kind")).toString();
        if (paths.contains(mf.path))
            return manifestError(Tr::tr("%1 is listed twice.").arg(mf.path));
        paths.insert(mf.path);
        m.files.append(mf);
    }
    if (!m.hasRecord())
        return m;

    auto raw = QByteArray::fromBase64Encoding(
        key.value(QStringLiteral("public_key")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!raw || raw.decoded.size() != PersonKey::RawSize)
        return manifestError(Tr::tr("its signing key has no 32-byte public key."));
    m.signerPublicKey = raw.decoded;

    const QJsonObject record = o.value(QStringLiteral("record")).toObject();
    m.origin = record.value(QStringLiteral("origin")).toString();
    if (m.origin.isEmpty() || m.origin.size() > 256)
        return manifestError(Tr::tr("its record names no log."));
    qint64 size = 0;
    if (!readInt(record.value(QStringLiteral("tree_size")), &size) ||
        !readInt(record.value(QStringLiteral("events")), &m.eventCount) || m.eventCount > size)
        return manifestError(Tr::tr("its record has no tree size or event count."));
    m.treeSize = uint64_t(size);
    if (!Merkle::fromBase64(record.value(QStringLiteral("root_hash")).toString().toLatin1(),
                            &m.rootHash))
        return manifestError(Tr::tr("its record's root hash is not the base64 of 32 bytes."));
    if (!readPath(record, QStringLiteral("checkpoint"), &m.checkpointPath) ||
        !readPath(record, QStringLiteral("events_file"), &m.eventsPath) ||
        !readPath(record, QStringLiteral("proofs"), &m.proofsPath))
        return manifestError(Tr::tr("its record does not name its checkpoint, events and proofs "
                                    "files."));
    for (const QString &p : {m.checkpointPath, m.eventsPath, m.proofsPath}) {
        if (!paths.contains(p))
            return manifestError(Tr::tr("%1 is not in its list of files.").arg(p));
    }
    // The keys the workspace trusted at export: a trust list's entries.
    QJsonObject asList{
        {QStringLiteral("format"), QStringLiteral("incident-commander-trusted-keys/1")},
        {QStringLiteral("keys"), o.value(QStringLiteral("keys"))},
        {QStringLiteral("exported_at"), QJsonValue::Null}};
    auto keys = TrustList::parse(QJsonDocument(asList).toJson(QJsonDocument::Compact));
    if (!keys)
        return manifestError(
            Tr::tr("its list of keys is not valid (%1)").arg(keys.error().message));
    m.keys = keys->keys();
    return m;
}

QByteArray eventLine(const RecordEvent &e)
{
    const QJsonObject o{
        {QStringLiteral("leaf_index"), qint64(e.leafIndex)},
        {QStringLiteral("incident_id"), e.incidentId},
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("occurred_at"),
         e.occurredAt.isValid() ? QJsonValue(iso(e.occurredAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("recorded_at"),
         e.recordedAt.isValid() ? QJsonValue(iso(e.recordedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("details"), e.details},
        {QStringLiteral("backdated"), e.backdated},
        {QStringLiteral("corrects_event_id"), e.correctsEventId},
        {QStringLiteral("signer"), e.signer},
        {QStringLiteral("signature"), QString::fromLatin1(e.signature.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Result<QList<RecordEvent>> parseEvents(const QByteArray &jsonl, const QString &origin)
{
    static const QStringList keys{QStringLiteral("actor"),
                                  QStringLiteral("backdated"),
                                  QStringLiteral("corrects_event_id"),
                                  QStringLiteral("details"),
                                  QStringLiteral("incident_id"),
                                  QStringLiteral("kind"),
                                  QStringLiteral("leaf_index"),
                                  QStringLiteral("occurred_at"),
                                  QStringLiteral("recorded_at"),
                                  QStringLiteral("seq"),
                                  QStringLiteral("signature"),
                                  QStringLiteral("signer"),
                                  QStringLiteral("summary")};
    if (jsonl.size() > MaxEventsBytes)
        return Error::make(Error::Kind::InvalidInput, Tr::tr("events.jsonl is too large."));
    QList<RecordEvent> out;
    if (jsonl.isEmpty())
        return out;
    if (!jsonl.endsWith('\n'))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("events.jsonl does not end with a newline."));
    qsizetype at = 0;
    int line = 0;
    while (at < jsonl.size()) {
        const qsizetype end = jsonl.indexOf('\n', at);
        ++line;
        auto bad = [line](const QString &why) {
            return Error::make(
                Error::Kind::InvalidInput,
                Tr::tr("Line %1 of events.jsonl cannot be read: %2").arg(line).arg(why));
        };
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(jsonl.constData() + at, end - at), &perr);
        at = end + 1;
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return bad(Tr::tr("it is not a JSON object."));
        const QJsonObject o = doc.object();
        if (o.keys() != keys)
            return bad(Tr::tr("its fields are not exactly those of an event."));
        RecordEvent e;
        e.origin = origin;
        qint64 leaf = 0;
        if (!readInt(o.value(QStringLiteral("leaf_index")), &leaf) ||
            !readInt(o.value(QStringLiteral("seq")), &e.seq, 1) ||
            !readInt(o.value(QStringLiteral("corrects_event_id")), &e.correctsEventId))
            return bad(Tr::tr("a number is missing or not a whole number."));
        e.leafIndex = uint64_t(leaf);
        if (!readTime(o.value(QStringLiteral("occurred_at")), &e.occurredAt, true) ||
            !readTime(o.value(QStringLiteral("recorded_at")), &e.recordedAt, true))
            return bad(Tr::tr("a time is not a UTC time with milliseconds."));
        for (const auto &[key, into] : {std::pair{QStringLiteral("incident_id"), &e.incidentId},
                                        std::pair{QStringLiteral("actor"), &e.actor},
                                        std::pair{QStringLiteral("kind"), &e.kind},
                                        std::pair{QStringLiteral("summary"), &e.summary},
                                        std::pair{QStringLiteral("signer"), &e.signer}}) {
            if (!o.value(key).isString())
                return bad(Tr::tr("\"%1\" is not text.").arg(key));
            *into = o.value(key).toString();
        }
        if (!o.value(QStringLiteral("details")).isObject() ||
            !o.value(QStringLiteral("backdated")).isBool() ||
            !o.value(QStringLiteral("signature")).isString())
            return bad(Tr::tr("details, backdated or signature has the wrong type."));
        e.details = o.value(QStringLiteral("details")).toObject();
        e.backdated = o.value(QStringLiteral("backdated")).toBool();
        auto sig = QByteArray::fromBase64Encoding(
            o.value(QStringLiteral("signature")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!sig || (sig.decoded.size() != 0 && sig.decoded.size() != PersonKey::SignatureSize))
            return bad(Tr::tr("the signature is not base64 of 64 bytes."));
        e.signature = sig.decoded;
        if (e.signer.isEmpty() != e.signature.isEmpty() ||
            (!e.signer.isEmpty() && !PersonKey::isFingerprint(e.signer)))
            return bad(Tr::tr("signer and signature do not go together."));
        out.append(e);
    }
    return out;
}

QByteArray writeProofs(const InclusionProofs &p)
{
    QByteArray out = QByteArray(ProofsHeader) + '\n' + p.origin.toUtf8() + '\n' +
                     QByteArray::number(quint64(p.treeSize)) + '\n';
    for (auto it = p.proofs.cbegin(); it != p.proofs.cend(); ++it) {
        out += QByteArray::number(quint64(it.key()));
        for (const Merkle::Hash &h : it.value())
            out += ' ' + Merkle::toBase64(h);
        out += '\n';
    }
    return out;
}

Result<InclusionProofs> parseProofs(const QByteArray &text)
{
    auto bad = [](int line, const QString &why) {
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("Line %1 of the inclusion proofs cannot be read: %2").arg(line).arg(why));
    };
    if (text.size() > MaxProofsBytes)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The inclusion proofs are too large."));
    if (!text.endsWith('\n'))
        return bad(0, Tr::tr("the file does not end with a newline."));
    InclusionProofs out;
    qsizetype at = 0;
    int line = 0;
    bool haveLast = false;
    uint64_t last = 0;
    while (at < text.size()) {
        const qsizetype end = text.indexOf('\n', at);
        const QByteArrayView l(text.constData() + at, end - at);
        at = end + 1;
        ++line;
        if (line == 1) {
            if (l != QByteArrayView(ProofsHeader))
                return bad(line, Tr::tr("it is not \"%1\".").arg(QLatin1String(ProofsHeader)));
            continue;
        }
        if (line == 2) {
            out.origin = QString::fromUtf8(l);
            if (l.isEmpty() || l.size() > 256 || out.origin.toUtf8() != l ||
                out.origin.contains(QLatin1Char(' ')))
                return bad(line, Tr::tr("it is not a log's origin."));
            continue;
        }
        if (line == 3) {
            if (!parseDecimal(l, &out.treeSize))
                return bad(line, Tr::tr("it is not a tree size."));
            continue;
        }
        const qsizetype space = l.indexOf(' ');
        uint64_t index = 0;
        if (!parseDecimal(space < 0 ? l : l.first(space), &index))
            return bad(line, Tr::tr("it does not start with a leaf index."));
        if (index >= out.treeSize)
            return bad(line,
                       Tr::tr("leaf %1 is not in a tree of %2.").arg(index).arg(out.treeSize));
        if (haveLast && index <= last)
            return bad(line, Tr::tr("leaf indexes are not in ascending order."));
        haveLast = true;
        last = index;
        const int expected = Merkle::inclusionProofLength(index, out.treeSize);
        // Exactly `expected` hashes of 44 characters, one space before each.
        const qsizetype rest = space < 0 ? 0 : l.size() - space;
        if (rest != qsizetype(expected) * 45)
            return bad(line,
                       Tr::tr("leaf %1 needs a proof of %2 hashes.").arg(index).arg(expected));
        std::vector<Merkle::Hash> proof(static_cast<size_t>(expected));
        for (int i = 0; i < expected; ++i) {
            const QByteArrayView h = l.sliced(space + qsizetype(i) * 45, 45);
            if (h.front() != ' ' || !Merkle::fromBase64(h.sliced(1), &proof[size_t(i)]))
                return bad(line, Tr::tr("hash %1 is not the base64 of 32 bytes.").arg(i + 1));
        }
        out.proofs.insert(index, std::move(proof));
    }
    if (line < 3)
        return bad(line, Tr::tr("the header is incomplete."));
    return out;
}

} // namespace ic::BundleFormat
