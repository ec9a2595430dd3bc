#include "models/record/Checkpoint.h"

#include "models/core/Sha256.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QTimeZone>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Checkpoints)
};

const QByteArray SignaturePrefix = QByteArrayLiteral("\xE2\x80\x94 "); // em dash, space
constexpr auto TimeFormat = "yyyy-MM-ddTHH:mm:ss.zzzZ";

Error refuse(const QString &why)
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("The checkpoint cannot be read: %1").arg(why));
}

bool isKeyName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('+'))
            return false;
    }
    return true;
}

// Canonical decimal: digits only, no leading zero except "0" itself, fits.
bool parseSize(QByteArrayView text, uint64_t *out)
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

QDateTime parseTime(QByteArrayView text)
{
    if (text.size() != 24)
        return {};
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), QLatin1String(TimeFormat));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    // Canonical only: reformatting must give the same text.
    if (t.toString(QLatin1String(TimeFormat)).toLatin1() != text)
        return {};
    return t;
}

} // namespace

QByteArray Checkpoint::text() const
{
    QByteArray out = origin.toUtf8() + '\n' + QByteArray::number(quint64(size)) + '\n' +
                     Merkle::toBase64(root) + '\n';
    if (time.isValid())
        out += "time " + time.toUTC().toString(QLatin1String(TimeFormat)).toLatin1() + '\n';
    for (const QString &e : extensions)
        out += e.toUtf8() + '\n';
    return out;
}

QByteArray SignedCheckpoint::note() const
{
    QByteArray out = text + '\n';
    for (const NoteSignature &s : signatures) {
        QByteArray blob(4, '\0');
        blob[0] = char(s.keyId >> 24);
        blob[1] = char(s.keyId >> 16);
        blob[2] = char(s.keyId >> 8);
        blob[3] = char(s.keyId);
        out += SignaturePrefix + s.keyName.toUtf8() + ' ' + (blob + s.signature).toBase64() + '\n';
    }
    return out;
}

namespace Checkpoints {

quint32 keyId(const QString &keyName, const QByteArray &rawPublicKey)
{
    const QByteArray h = Sha256::of(keyName.toUtf8() + '\n' + char(0x01) + rawPublicKey);
    return (quint32(quint8(h[0])) << 24) | (quint32(quint8(h[1])) << 16) |
           (quint32(quint8(h[2])) << 8) | quint32(quint8(h[3]));
}

Result<SignedCheckpoint> parse(QByteArrayView note)
{
    if (note.size() > MaxNoteBytes)
        return refuse(Tr::tr("it is larger than %1 bytes.").arg(MaxNoteBytes));
    if (note.isEmpty())
        return refuse(Tr::tr("it is empty."));
    for (char c : note) {
        if (uchar(c) < 0x20 && c != '\n')
            return refuse(Tr::tr("it contains a control character."));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(note);
    if (utf8.hasError())
        return refuse(Tr::tr("it is not valid UTF-8."));
    Q_UNUSED(decoded);
    if (!note.endsWith('\n'))
        return refuse(Tr::tr("it does not end with a newline."));

    // The text ends at the last blank line; signature lines follow.
    const qsizetype blank = QByteArray::fromRawData(note.data(), note.size()).lastIndexOf("\n\n");
    if (blank < 0)
        return refuse(Tr::tr("it has no blank line before its signatures."));
    SignedCheckpoint out;
    out.text = note.first(blank + 1).toByteArray();
    const QByteArrayView sigBlock = note.sliced(blank + 2);
    if (sigBlock.isEmpty())
        return refuse(Tr::tr("it has no signature."));

    const QList<QByteArray> sigLines = sigBlock.toByteArray().split('\n');
    // The block ends with a newline, so the last piece is empty.
    for (qsizetype i = 0; i + 1 < sigLines.size(); ++i) {
        const QByteArray &line = sigLines[i];
        if (out.signatures.size() >= MaxSignatures)
            return refuse(Tr::tr("it has more than %1 signatures.").arg(MaxSignatures));
        if (line.size() > MaxLineBytes * 2 || !line.startsWith(SignaturePrefix))
            return refuse(Tr::tr("signature line %1 does not start with \"— \".").arg(i + 1));
        const QByteArray rest = line.mid(SignaturePrefix.size());
        const qsizetype space = rest.indexOf(' ');
        if (space <= 0 || rest.indexOf(' ', space + 1) >= 0)
            return refuse(Tr::tr("signature line %1 is not \"— NAME SIGNATURE\".").arg(i + 1));
        NoteSignature s;
        s.keyName = QString::fromUtf8(rest.first(space));
        if (!isKeyName(s.keyName))
            return refuse(
                Tr::tr("signature line %1 has a key name with a space or \"+\".").arg(i + 1));
        const QByteArray b64 = rest.mid(space + 1);
        auto blob = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!blob || blob.decoded.size() < 5 || blob.decoded.toBase64() != b64)
            return refuse(Tr::tr("signature line %1 is not canonical base64 of a key id and a "
                                 "signature.")
                              .arg(i + 1));
        const QByteArray &d = blob.decoded;
        s.keyId = (quint32(quint8(d[0])) << 24) | (quint32(quint8(d[1])) << 16) |
                  (quint32(quint8(d[2])) << 8) | quint32(quint8(d[3]));
        s.signature = d.mid(4);
        out.signatures.append(s);
    }

    // The text: origin, size, root, extension lines; none empty.
    QList<QByteArray> lines = out.text.split('\n');
    lines.removeLast(); // after the final newline
    if (lines.size() < 3)
        return refuse(Tr::tr("it needs an origin, a tree size and a root hash."));
    if (lines.size() > 3 + MaxExtensions)
        return refuse(Tr::tr("it has more than %1 extension lines.").arg(MaxExtensions));
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            return refuse(Tr::tr("it has an empty line in its text."));
        if (line.size() > MaxLineBytes)
            return refuse(Tr::tr("a line is longer than %1 bytes.").arg(MaxLineBytes));
    }
    Checkpoint &cp = out.checkpoint;
    cp.origin = QString::fromUtf8(lines[0]);
    if (!isKeyName(cp.origin))
        return refuse(Tr::tr("its origin contains a space or \"+\"."));
    if (!parseSize(lines[1], &cp.size))
        return refuse(Tr::tr("its tree size \"%1\" is not a plain decimal number.")
                          .arg(QString::fromUtf8(lines[1].left(40))));
    if (!Merkle::fromBase64(lines[2], &cp.root))
        return refuse(Tr::tr("its root hash is not the base64 of 32 bytes."));
    for (qsizetype i = 3; i < lines.size(); ++i) {
        if (lines[i].startsWith("time ")) {
            if (cp.time.isValid())
                return refuse(Tr::tr("it has two time lines."));
            cp.time = parseTime(QByteArrayView(lines[i]).sliced(5));
            if (!cp.time.isValid())
                return refuse(Tr::tr("its time line is not \"time YYYY-MM-DDTHH:MM:SS.sssZ\"."));
        } else {
            cp.extensions << QString::fromUtf8(lines[i]);
        }
    }
    // What we read must be what we would write: one spelling per checkpoint.
    if (cp.text() != out.text)
        return refuse(Tr::tr("its lines are not in the expected order."));
    return out;
}

Result<QByteArray> sign(const Checkpoint &checkpoint, const Ed25519Signer &signer)
{
    if (!isKeyName(checkpoint.origin))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("A checkpoint's origin cannot contain spaces or \"+\"."));
    SignedCheckpoint s;
    s.checkpoint = checkpoint;
    s.text = checkpoint.text();
    auto signature = signer.sign(s.text);
    if (!signature)
        return signature.error();
    s.signatures.append(
        {checkpoint.origin, keyId(checkpoint.origin, signer.publicKey().raw), signature.value()});
    const QByteArray note = s.note();
    // Never hand out a note our own reader would refuse.
    if (auto back = parse(note); !back)
        return back.error();
    return note;
}

Result<QByteArray> sign(const Checkpoint &checkpoint, const QByteArray &privatePem)
{
    auto signer = Ed25519Signer::fromPem(privatePem);
    if (!signer)
        return signer.error();
    return sign(checkpoint, *signer.value());
}

CheckpointSignatures verify(const SignedCheckpoint &checkpoint, const QList<PublicKey> &keys)
{
    CheckpointSignatures out;
    for (const NoteSignature &s : checkpoint.signatures) {
        for (const PublicKey &k : keys) {
            if (s.keyName != checkpoint.checkpoint.origin || s.keyId != keyId(s.keyName, k.raw))
                continue;
            const Ed25519Verifier v(k);
            QStringList &into =
                v.verify(checkpoint.text, s.signature) ? out.validBy : out.invalidBy;
            if (!into.contains(k.fingerprint))
                into << k.fingerprint;
        }
    }
    return out;
}

} // namespace Checkpoints
} // namespace ic
