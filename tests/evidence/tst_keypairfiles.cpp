// The key rotation helper: RSA-2048, EC P-256 and Ed25519 key pairs that load
// back with OpenSSL, private keys with mode 0600, optionally encrypted.
#include "models/evidence/KeyPairFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <sys/stat.h>

using namespace ic;

namespace {

EVP_PKEY *loadPrivate(const QString &path, const char *passphrase)
{
    FILE *f = fopen(QFile::encodeName(path).constData(), "r");
    if (!f)
        return nullptr;
    EVP_PKEY *k = PEM_read_PrivateKey(f, nullptr, nullptr, const_cast<char *>(passphrase));
    fclose(f);
    return k;
}

EVP_PKEY *loadPublic(const QString &path)
{
    FILE *f = fopen(QFile::encodeName(path).constData(), "r");
    if (!f)
        return nullptr;
    EVP_PKEY *k = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
    fclose(f);
    return k;
}

int mode(const QString &path)
{
    struct stat st
    {};
    stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

} // namespace

class TestKeyPairFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void generate_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("rsa-2048") << int(KeyPairFiles::Algorithm::Rsa2048) << EVP_PKEY_RSA
                                  << QByteArray();
        QTest::newRow("rsa-2048 encrypted") << int(KeyPairFiles::Algorithm::Rsa2048) << EVP_PKEY_RSA
                                            << QByteArray("correct horse battery staple");
        QTest::newRow("ec-p256") << int(KeyPairFiles::Algorithm::EcP256) << EVP_PKEY_EC
                                 << QByteArray();
        QTest::newRow("ed25519 encrypted")
            << int(KeyPairFiles::Algorithm::Ed25519) << EVP_PKEY_ED25519 << QByteArray("pässwörd");
    }
    void generate()
    {
        QFETCH(int, algorithm);
        QFETCH(int, type);
        QFETCH(QByteArray, passphrase);
        const QString base = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('_')));
        umask(0022);
        auto r = KeyPairFiles::generate(KeyPairFiles::Algorithm(algorithm), base, passphrase);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QCOMPARE(mode(r->privatePath), 0600);
        QCOMPARE(mode(r->publicPath), 0644);
        QVERIFY(r->fingerprint.startsWith(QLatin1String("SHA256:")));

        QFile priv(r->privatePath);
        QVERIFY(priv.open(QIODevice::ReadOnly));
        const QByteArray pem = priv.readAll();
        QCOMPARE(pem.contains("ENCRYPTED PRIVATE KEY"), !passphrase.isEmpty());

        EVP_PKEY *key =
            loadPrivate(r->privatePath, passphrase.isEmpty() ? "" : passphrase.constData());
        QVERIFY2(key, "the private key loads back with OpenSSL");
        QCOMPARE(EVP_PKEY_get_id(key), type);
        if (type == EVP_PKEY_RSA)
            QCOMPARE(EVP_PKEY_get_bits(key), 2048);
        EVP_PKEY *pub = loadPublic(r->publicPath);
        QVERIFY(pub);
        QCOMPARE(EVP_PKEY_eq(key, pub), 1); // the public key belongs to the private one
        EVP_PKEY_free(pub);
        EVP_PKEY_free(key);
        if (!passphrase.isEmpty()) {
            ERR_clear_error();
            QVERIFY2(!loadPrivate(r->privatePath, "wrong passphrase"), "a wrong passphrase fails");
        }
    }

    void neverOverwrites()
    {
        const QString base = m_dir.filePath(QStringLiteral("once"));
        QVERIFY(KeyPairFiles::generate(KeyPairFiles::Algorithm::Ed25519, base, {}).ok());
        QFile f(base + QStringLiteral(".pem"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto again = KeyPairFiles::generate(KeyPairFiles::Algorithm::Ed25519, base, {});
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("never overwritten")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void missingFolder()
    {
        auto r = KeyPairFiles::generate(KeyPairFiles::Algorithm::EcP256,
                                        QStringLiteral("/nonexistent-folder/key"), {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestKeyPairFiles)
#include "tst_keypairfiles.moc"
