// Ed25519 signatures of evidence manifests (OpenSSL EVP).
#include "models/evidence/Signing.h"

#include <QTest>

using namespace ic;

class TestSigning : public QObject
{
    Q_OBJECT
private slots:
    void signAndVerify()
    {
        auto pair = Signing::generateEd25519();
        QVERIFY(pair.ok());
        QVERIFY(pair->privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(pair->publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(Signing::publicPemOf(pair->privatePem).value(), pair->publicPem);
        const QByteArray message = "{\"files\":[]}\n";
        auto sig = Signing::sign(pair->privatePem, message);
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), 64);
        QVERIFY(Signing::verify(pair->publicPem, message, sig.value()).ok());

        QByteArray altered = message;
        altered[3] = 'F';
        QVERIFY(!Signing::verify(pair->publicPem, altered, sig.value()).ok());
        QByteArray badSig = sig.value();
        badSig[10] = char(badSig[10] ^ 1);
        QVERIFY(!Signing::verify(pair->publicPem, message, badSig).ok());
        auto other = Signing::generateEd25519();
        QVERIFY(!Signing::verify(other->publicPem, message, sig.value()).ok());
    }

    void fingerprints()
    {
        auto a = Signing::generateEd25519();
        auto b = Signing::generateEd25519();
        const QString fa = Signing::fingerprint(a->publicPem).value();
        QVERIFY(fa.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(fa.size(), 7 + 64);
        QCOMPARE(Signing::fingerprint(a->publicPem).value(), fa);
        QVERIFY(Signing::fingerprint(b->publicPem).value() != fa);
    }

    void badKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a key at all");
        QTest::newRow("truncated")
            << QByteArray("-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----\n");
    }
    void badKeys()
    {
        QFETCH(QByteArray, pem);
        QVERIFY(!Signing::verify(pem, "x", QByteArray(64, 'a')).ok());
        QVERIFY(!Signing::fingerprint(pem).ok());
        QVERIFY(!Signing::sign(pem, "x").ok());
        QVERIFY(!Signing::publicPemOf(pem).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
