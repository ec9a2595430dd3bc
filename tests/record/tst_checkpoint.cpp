// Checkpoints as C2SP signed notes: what is written is exactly the format,
// a trusted key's signature holds and any change breaks it, unknown keys
// are ignored, and the strict reader refuses every malformed note with a
// reason.
#include "models/core/Sha256.h"
#include "models/evidence/Signing.h"
#include "models/record/Checkpoint.h"
#include "models/record/PersonKey.h"

#include <QTest>

using namespace ic;

namespace {

struct Person
{
    QByteArray privatePem;
    PublicKey key;
};

Person newPerson()
{
    const auto pair = Signing::generateEd25519().value();
    return {pair.privatePem, PersonKey::fromPem(pair.publicPem).value()};
}

Checkpoint sample()
{
    Checkpoint c;
    c.origin = QStringLiteral("incident-commander.local/workspace/3f1c");
    c.size = 20852163;
    c.root = Merkle::leafHash(QByteArrayLiteral("root"));
    c.time = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00.125Z"), Qt::ISODateWithMs);
    return c;
}

QByteArray replaced(QByteArray note, const QByteArray &from, const QByteArray &to)
{
    return note.replace(from, to);
}

} // namespace

class TestCheckpoint : public QObject
{
    Q_OBJECT
private:
    Person m_alex = newPerson();
    Person m_sam = newPerson();

private slots:
    void writesTheC2spFormat()
    {
        const Checkpoint c = sample();
        auto note = Checkpoints::sign(c, m_alex.privatePem);
        QVERIFY(note.ok());
        const QList<QByteArray> lines = note->split('\n');
        QCOMPARE(lines.size(), 7); // 4 text lines, blank, signature, after the last newline
        QCOMPARE(lines[0], c.origin.toUtf8());
        QCOMPARE(lines[1], QByteArray("20852163"));
        QCOMPARE(lines[2], Merkle::toBase64(c.root));
        QCOMPARE(lines[3], QByteArray("time 2026-11-22T10:00:00.125Z"));
        QCOMPARE(lines[4], QByteArray());
        QVERIFY(lines[5].startsWith("\xE2\x80\x94 " + c.origin.toUtf8() + ' '));
        QCOMPARE(lines[6], QByteArray());

        // The signature blob: the key id (computed here from the spec's
        // formula) and 64 bytes of Ed25519 over the text, newline included.
        const QByteArray blob = QByteArray::fromBase64(lines[5].split(' ').last());
        QCOMPARE(blob.size(), 68);
        const QByteArray id = Sha256::of(c.origin.toUtf8() + "\n\x01" + m_alex.key.raw).left(4);
        QCOMPARE(blob.left(4), id);
        const QByteArray text = note->left(note->indexOf("\n\n") + 1);
        QVERIFY(Ed25519Verifier(m_alex.key).verify(text, blob.mid(4)));
    }

    void trustedSignatureHoldsAndAnyChangeBreaksIt()
    {
        const QByteArray note = Checkpoints::sign(sample(), m_alex.privatePem).value();
        auto parsed = Checkpoints::parse(note);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->checkpoint.size, uint64_t(20852163));
        QVERIFY(parsed->checkpoint.root == sample().root);
        QCOMPARE(parsed->checkpoint.time, sample().time);
        QCOMPARE(parsed->note(), note);

        auto v = Checkpoints::verify(parsed.value(), {m_sam.key, m_alex.key});
        QCOMPARE(v.validBy, QStringList{m_alex.key.fingerprint});
        QVERIFY(v.invalidBy.isEmpty());
        // Only Sam is known: Alex's signature is someone unknown's.
        v = Checkpoints::verify(parsed.value(), {m_sam.key});
        QVERIFY(v.validBy.isEmpty() && v.invalidBy.isEmpty());

        // A bigger tree, a different root, another time: the signature fails.
        const QByteArray root = Merkle::toBase64(sample().root);
        for (const QByteArray &forged :
             {replaced(note, "\n20852163\n", "\n20852164\n"),
              replaced(note, "\n20852163\n", "\n2085216\n"),
              replaced(note, root, Merkle::toBase64(Merkle::leafHash(QByteArrayLiteral("x")))),
              replaced(note, "10:00:00.125Z", "09:00:00.125Z")}) {
            auto p = Checkpoints::parse(forged);
            QVERIFY(p.ok());
            const auto f = Checkpoints::verify(p.value(), {m_alex.key});
            QVERIFY(f.validBy.isEmpty());
            QCOMPARE(f.invalidBy, QStringList{m_alex.key.fingerprint});
        }
    }

    void unknownSignaturesAreIgnoredNotTrusted()
    {
        const QByteArray byAlex = Checkpoints::sign(sample(), m_alex.privatePem).value();
        const QByteArray bySam = Checkpoints::sign(sample(), m_sam.privatePem).value();
        // Both signatures on one note (witness-style): each key finds its own.
        const QByteArray both = byAlex + bySam.mid(bySam.indexOf("\n\n") + 2);
        auto p = Checkpoints::parse(both);
        QVERIFY(p.ok());
        QCOMPARE(p->signatures.size(), 2);
        QCOMPARE(Checkpoints::verify(p.value(), {m_alex.key}).validBy,
                 QStringList{m_alex.key.fingerprint});
        auto v = Checkpoints::verify(p.value(), {m_alex.key, m_sam.key});
        QCOMPARE(v.validBy.size(), 2);
        // A signature under another name is not this log's, even by a known key.
        Checkpoint other = sample();
        other.origin = QStringLiteral("elsewhere.example/log");
        const QByteArray foreign = Checkpoints::sign(other, m_alex.privatePem).value();
        const QByteArray mixed =
            bySam.left(bySam.indexOf("\n\n") + 2) + foreign.mid(foreign.indexOf("\n\n") + 2);
        auto m = Checkpoints::parse(mixed);
        QVERIFY(m.ok());
        QVERIFY(Checkpoints::verify(m.value(), {m_alex.key}).validBy.isEmpty());
    }

    void strictReaderRefuses_data()
    {
        QTest::addColumn<QByteArray>("note");
        const QByteArray good = Checkpoints::sign(sample(), newPerson().privatePem).value();
        const QByteArray sigLine = good.mid(good.indexOf("\n\n") + 2);
        const QByteArray root = Merkle::toBase64(sample().root);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no blank line") << replaced(good, "\n\n", "\n");
        QTest::newRow("no signature") << good.left(good.indexOf("\n\n") + 2);
        QTest::newRow("no final newline") << good.chopped(1);
        QTest::newRow("CRLF") << replaced(good, "\n", "\r\n");
        QTest::newRow("control character") << replaced(good, "incident",
                                                       "inci\x01"
                                                       "dent");
        QTest::newRow("invalid UTF-8") << replaced(good, "incident",
                                                   "inci\xC3\x28"
                                                   "dent");
        QTest::newRow("leading zero") << replaced(good, "\n20852163\n", "\n020852163\n");
        QTest::newRow("plus sign") << replaced(good, "\n20852163\n", "\n+20852163\n");
        QTest::newRow("negative") << replaced(good, "\n20852163\n", "\n-1\n");
        QTest::newRow("beyond int64") << replaced(good, "\n20852163\n", "\n9223372036854775808\n");
        QTest::newRow("hex size") << replaced(good, "\n20852163\n", "\n0x13E2E03\n");
        QTest::newRow("short root") << replaced(good, root, root.left(40) + "====");
        QTest::newRow("root with a space")
            << replaced(good, root, root.left(20) + ' ' + root.mid(21));
        QTest::newRow("missing root") << replaced(good, root + '\n', QByteArray());
        QTest::newRow("empty extension") << replaced(good, "time ", "\ntime ");
        QTest::newRow("two time lines")
            << replaced(good, "time 2026-11-22T10:00:00.125Z\n",
                        "time 2026-11-22T10:00:00.125Z\ntime 2026-11-22T10:00:00.125Z\n");
        QTest::newRow("time without ms") << replaced(good, ".125Z", "Z");
        QTest::newRow("time in a zone") << replaced(good, ".125Z", ".125+01:00");
        QTest::newRow("origin with space") << replaced(good, "incident-commander.local", "a b");
        QTest::newRow("double dash") << replaced(good, "\xE2\x80\x94 ", "-- ");
        QTest::newRow("key name with plus") << replaced(
            good, "\xE2\x80\x94 incident-commander.local", "\xE2\x80\x94 incident+commander.local");
        QTest::newRow("two spaces") << replaced(good, "/3f1c ", "/3f1c  ");
        QTest::newRow("signature not base64") << good.left(good.size() - 10) + "!!!!!!!!!\n";
        QTest::newRow("signature too short")
            << good.left(good.indexOf("\n\n") + 2) + "\xE2\x80\x94 x AAAA\n";
        QByteArray many = good;
        for (int i = 0; i < 16; ++i)
            many += sigLine;
        QTest::newRow("17 signatures") << many;
        QTest::newRow("too large") << good + QByteArray(17 * 1024, 'a');
        QTest::newRow("lines out of order") << replaced(good, "time 2026-11-22T10:00:00.125Z\n",
                                                        "ext\ntime 2026-11-22T10:00:00.125Z\n");
    }
    void strictReaderRefuses()
    {
        QFETCH(QByteArray, note);
        auto p = Checkpoints::parse(note);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.startsWith(QLatin1String("The checkpoint cannot be read: ")),
                 qPrintable(p.error().message));
        QVERIFY(p.error().message.size() > 40); // says why
    }

    void extensionLinesAreKept()
    {
        Checkpoint c = sample();
        c.time = QDateTime();
        c.extensions = {QStringLiteral("note: made by a test")};
        auto n = Checkpoints::sign(c, m_alex.privatePem);
        QVERIFY(n.ok());
        auto p = Checkpoints::parse(n.value());
        QVERIFY(p.ok());
        QCOMPARE(p->checkpoint.extensions, c.extensions);
        QVERIFY(!p->checkpoint.time.isValid());
        // An empty tree.
        Checkpoint empty = sample();
        empty.size = 0;
        empty.root = Merkle::emptyRoot();
        QVERIFY(Checkpoints::parse(Checkpoints::sign(empty, m_alex.privatePem).value()).ok());
        // Nothing is signed that our reader would refuse.
        Checkpoint bad = sample();
        bad.origin = QStringLiteral("has space");
        QVERIFY(!Checkpoints::sign(bad, m_alex.privatePem).ok());
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
