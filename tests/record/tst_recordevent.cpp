// The canonical encoding of an event: one encoding per event and one event
// per encoding (fields cannot slide into each other), every field covered
// by the leaf hash and the author's signature, and a strict decoder.
#include "models/evidence/Signing.h"
#include "models/record/PersonKey.h"
#include "models/record/RecordEvent.h"

#include <QJsonArray>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace ic;

namespace {

RecordEvent sample()
{
    RecordEvent e;
    e.origin = QStringLiteral("incident-commander.local/workspace/3f1c");
    e.leafIndex = 41;
    e.incidentId = QStringLiteral("9b2e");
    e.seq = 7;
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(1'795'000'000'123, Qt::UTC);
    e.recordedAt = QDateTime::fromMSecsSinceEpoch(1'795'000'000'456, Qt::UTC);
    e.actor = QStringLiteral("alex");
    e.kind = QStringLiteral("note");
    e.summary = QStringLiteral("Tokens of usr_victim revoked — ünïcode");
    e.details = QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), QStringLiteral("x")}};
    e.correctsEventId = 3;
    e.signer = QStringLiteral("SHA256:") + QString(64, QLatin1Char('a'));
    e.signature = QByteArray(64, '\x5a');
    return e;
}

// Rewrites the 4-byte length at `at` in `data`.
QByteArray withLength(QByteArray data, qsizetype at, quint32 length)
{
    qToBigEndian(length, data.data() + at);
    return data;
}

} // namespace

class TestRecordEvent : public QObject
{
    Q_OBJECT
private slots:
    void layoutAndRoundTrip()
    {
        const RecordEvent e = sample();
        const QByteArray leaf = EventEncoding::leafData(e);
        QVERIFY(leaf.startsWith(QByteArrayView("ic-event\0\x01", 10)));
        QVERIFY(leaf.startsWith(EventEncoding::signedBytes(e)));
        auto back = EventEncoding::decodeLeaf(leaf);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->origin, e.origin);
        QCOMPARE(back->leafIndex, e.leafIndex);
        QCOMPARE(back->seq, e.seq);
        QCOMPARE(back->occurredAt, e.occurredAt);
        QCOMPARE(back->recordedAt, e.recordedAt);
        QCOMPARE(back->summary, e.summary);
        QCOMPARE(back->details, e.details);
        QCOMPARE(back->signer, e.signer);
        QCOMPARE(back->signature, e.signature);
        QCOMPARE(EventEncoding::leafData(back.value()), leaf);
        // Unsigned (legacy) events encode too.
        RecordEvent u = sample();
        u.signer.clear();
        u.signature.clear();
        QVERIFY(EventEncoding::decodeLeaf(EventEncoding::leafData(u)).ok());
    }

    void everyFieldIsCovered()
    {
        const QByteArray base = EventEncoding::leafData(sample());
        const Merkle::Hash baseHash = EventEncoding::leafHash(sample());
        const QList<std::function<void(RecordEvent &)>> changes{
            [](RecordEvent &e) { e.origin += QLatin1Char('x'); },
            [](RecordEvent &e) { e.leafIndex += 1; },
            [](RecordEvent &e) { e.incidentId = QStringLiteral("9b2f"); },
            [](RecordEvent &e) { e.seq += 1; },
            [](RecordEvent &e) { e.occurredAt = e.occurredAt.addMSecs(1); },
            [](RecordEvent &e) { e.recordedAt = e.recordedAt.addMSecs(-1); },
            [](RecordEvent &e) { e.actor = QStringLiteral("sam"); },
            [](RecordEvent &e) { e.kind = QStringLiteral("note.corrected"); },
            [](RecordEvent &e) { e.summary = QStringLiteral("Nothing happened"); },
            [](RecordEvent &e) { e.details.insert(QStringLiteral("c"), true); },
            [](RecordEvent &e) { e.backdated = true; },
            [](RecordEvent &e) { e.correctsEventId = 0; },
            [](RecordEvent &e) { e.signer = QStringLiteral("SHA256:") + QString(64, u'b'); },
            [](RecordEvent &e) { e.signature[0] = 'X'; },
        };
        for (int i = 0; i < changes.size(); ++i) {
            RecordEvent e = sample();
            changes[i](e);
            QVERIFY2(EventEncoding::leafHash(e) != baseHash, qPrintable(QString::number(i)));
            if (i < changes.size() - 1) // everything but the signature is signed
                QVERIFY(EventEncoding::signedBytes(e) != EventEncoding::signedBytes(sample()));
        }
        QCOMPARE(EventEncoding::leafData(sample()), base); // deterministic
    }

    void fieldsCannotSlideIntoEachOther()
    {
        // The same characters split differently between neighbouring fields.
        RecordEvent a = sample(), b = sample();
        a.actor = QStringLiteral("al");
        a.kind = QStringLiteral("exnote");
        b.actor = QStringLiteral("alex");
        b.kind = QStringLiteral("note");
        QVERIFY(EventEncoding::signedBytes(a) != EventEncoding::signedBytes(b));
        RecordEvent c = sample(), d = sample();
        c.summary = QStringLiteral("a");
        c.details = {};
        d.summary = QStringLiteral("a{}");
        d.details = {};
        QVERIFY(EventEncoding::signedBytes(c) != EventEncoding::signedBytes(d));
        // Key order in details does not matter (sorted); values do.
        RecordEvent e = sample(), f = sample();
        e.details = QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
        f.details = QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}};
        QCOMPARE(EventEncoding::signedBytes(e), EventEncoding::signedBytes(f));
    }

    void authorSignatureCoversTheEvent()
    {
        const auto pair = Signing::generateEd25519().value();
        auto signer = Ed25519Signer::fromPem(pair.privatePem);
        QVERIFY(signer.ok());
        RecordEvent e = sample();
        e.signer = signer.value()->publicKey().fingerprint;
        e.signature = signer.value()->sign(EventEncoding::signedBytes(e)).value();
        const Ed25519Verifier verifier(PersonKey::fromPem(pair.publicPem).value());
        QVERIFY(verifier.verify(EventEncoding::signedBytes(e), e.signature));
        RecordEvent forged = e;
        forged.summary = QStringLiteral("Nothing happened");
        QVERIFY(!verifier.verify(EventEncoding::signedBytes(forged), e.signature));
        // Another person's key does not verify it.
        const Ed25519Verifier other(
            PersonKey::fromPem(Signing::generateEd25519()->publicPem).value());
        QVERIFY(!other.verify(EventEncoding::signedBytes(e), e.signature));
        QVERIFY(!verifier.verify(EventEncoding::signedBytes(e), e.signature.left(63)));
    }

    // The verifier (libsodium) accepts every signature OpenSSL makes for an
    // honest key, and nothing OpenSSL would refuse.
    void verifierAgreesWithTheSigner()
    {
        const auto pair = Signing::generateEd25519().value();
        auto signer = Ed25519Signer::fromPem(pair.privatePem);
        QVERIFY(signer.ok());
        const Ed25519Verifier verifier(signer.value()->publicKey());
        QVERIFY(verifier.isValid());
        for (int n = 0; n < 64; ++n) {
            RecordEvent e = sample();
            e.summary = QStringLiteral("step %1").arg(n).repeated(n + 1);
            const QByteArray bytes = EventEncoding::signedBytes(e);
            const QByteArray sig = signer.value()->sign(bytes).value();
            QVERIFY2(verifier.verify(bytes, sig), qPrintable(QString::number(n)));
            // One flipped bit anywhere in the signature or the message fails.
            QByteArray badSig = sig;
            badSig[n] = char(badSig[n] ^ (1 << (n % 8)));
            QVERIFY(!verifier.verify(bytes, badSig));
            QByteArray badBytes = bytes;
            badBytes[n % bytes.size()] = char(badBytes[n % bytes.size()] ^ 0x01);
            QVERIFY(!verifier.verify(badBytes, sig));
        }
        // S + L (the group order): the same point, a malleated signature.
        const QByteArray bytes = EventEncoding::signedBytes(sample());
        QByteArray sig = signer.value()->sign(bytes).value();
        static const unsigned char order[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
                                                0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
                                                0,    0,    0,    0,    0,    0,    0,    0,
                                                0,    0,    0,    0,    0,    0,    0,    0x10};
        unsigned carry = 0;
        for (int i = 0; i < 32; ++i) {
            const unsigned sum = unsigned(uchar(sig[32 + i])) + order[i] + carry;
            sig[32 + i] = char(sum & 0xff);
            carry = sum >> 8;
        }
        QVERIFY(!verifier.verify(bytes, sig));
        QVERIFY(!verifier.verify(bytes, QByteArray()));
    }

    // A key of small order (here the neutral point) would accept one
    // trivial signature for every message: whoever registers it could sign
    // as anyone who "holds" it. It verifies nothing.
    void smallOrderKeyVerifiesNothing()
    {
        QByteArray neutral(32, '\0');
        neutral[0] = '\x01';
        const Ed25519Verifier verifier(PublicKey{neutral, QString()});
        const QByteArray trivial = neutral + QByteArray(32, '\0'); // R = neutral, S = 0
        QVERIFY(!verifier.verify(QByteArrayLiteral("Nothing happened"), trivial));
        QVERIFY(!verifier.verify(EventEncoding::signedBytes(sample()), trivial));
        // Nor can it be registered: reading it says why.
        const auto read = PersonKey::fromRaw(neutral);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("small order")),
                 qPrintable(read.error().message));
        QByteArray order8 =
            QByteArray::fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        QVERIFY(!PersonKey::fromRaw(order8).ok());
        // An honest key still reads.
        QVERIFY(PersonKey::fromPem(Signing::generateEd25519()->publicPem).ok());
    }

    void strictDecoderRefuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = EventEncoding::leafData(sample());
        const qsizetype first = 10; // the origin's length
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic") << QByteArray("ix-event") + good.mid(8);
        QTest::newRow("version 2") << good.left(9) + '\x02' + good.mid(10);
        QTest::newRow("truncated") << good.chopped(1);
        QTest::newRow("trailing byte") << good + 'x';
        QTest::newRow("length past the end") << withLength(good, first, 0x7fffffff);
        QTest::newRow("length too small") << withLength(good, first, 3);
        RecordEvent bad = sample();
        bad.details = {};
        QByteArray detailsSpaced = EventEncoding::leafData(bad);
        const qsizetype at = detailsSpaced.indexOf("{}");
        detailsSpaced = withLength(detailsSpaced.replace(at, 2, "{ }"), at - 4, 3);
        QTest::newRow("details not canonical") << detailsSpaced;
        QByteArray list = EventEncoding::leafData(bad);
        list.replace(list.indexOf("{}"), 2, "[]");
        QTest::newRow("details a list") << list;
        QByteArray utf8 = good;
        utf8.replace(utf8.indexOf("alex"), 4, "al\xC3\x28");
        QTest::newRow("invalid UTF-8") << utf8;
        QByteArray flag = EventEncoding::leafData(sample());
        // The backdated flag is the one 1-byte field: 00 00 00 01 00.
        const qsizetype f = flag.indexOf(QByteArrayView("\x00\x00\x00\x01\x00", 5));
        QVERIFY(f > 0);
        flag[f + 4] = 2;
        QTest::newRow("backdated 2") << flag;
        QTest::newRow("too large") << QByteArray(5 << 20, 'a');
    }
    void strictDecoderRefuses()
    {
        QFETCH(QByteArray, data);
        auto r = EventEncoding::decodeLeaf(data);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QLatin1String("A recorded event cannot be read: ")));
    }
};

QTEST_GUILESS_MAIN(TestRecordEvent)
#include "tst_recordevent.moc"
