#include "TestPki.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ic::test::TestPki {

namespace {

struct Free
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
    void operator()(X509 *x) const { X509_free(x); }
    void operator()(BIO *b) const { BIO_free(b); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;
using Bio = std::unique_ptr<BIO, Free>;

Error fail(const char *what)
{
    return Error::make(Error::Kind::General,
                       QStringLiteral("Test PKI: OpenSSL could not %1").arg(QLatin1String(what)));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCert(EVP_PKEY *key, const QByteArray &cn, X509 *issuer, EVP_PKEY *issuerKey, bool ca,
              const QByteArray &san)
{
    Cert x(X509_new());
    if (!x)
        return nullptr;
    X509_set_version(x.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 24 * 3600);
    X509_set_pubkey(x.get(), key);
    X509_NAME *name = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509 *signer = issuer ? issuer : x.get();
    bool ok = addExtension(x.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExtension(x.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (ca) {
        ok = ok && addExtension(x.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(x.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(x.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(x.get(), signer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(x.get(), signer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(x.get(), signer, NID_subject_alt_name, san);
    }
    if (!ok || X509_sign(x.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return x;
}

QByteArray pem(X509 *x)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(n));
}

QByteArray pem(EVP_PKEY *k)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), k, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(n));
}

QByteArray spkiPin(EVP_PKEY *k)
{
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(k, &der);
    QByteArray digest;
    if (n > 0)
        digest = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<char *>(der), n),
                                          QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return digest;
}

} // namespace

Result<TlsIdentity> makeServerIdentity(const QString &caName, const QStringList &dnsNames,
                                       const QList<QHostAddress> &addresses)
{
    Key caKey(EVP_EC_gen("P-256"));
    Key leafKey(EVP_EC_gen("P-256"));
    if (!caKey || !leafKey)
        return fail("generate a P-256 key");
    QStringList san;
    for (const QString &d : dnsNames)
        san << QStringLiteral("DNS:") + d;
    for (const QHostAddress &a : addresses)
        san << QStringLiteral("IP:") + a.toString();
    Cert ca = makeCert(caKey.get(), caName.toUtf8(), nullptr, caKey.get(), true, {});
    if (!ca)
        return fail("make the CA certificate");
    Cert leaf = makeCert(leafKey.get(), "incident-commander test server", ca.get(), caKey.get(),
                         false, san.join(QLatin1Char(',')).toLatin1());
    if (!leaf)
        return fail("make the server certificate");
    TlsIdentity id;
    id.caPem = pem(ca.get());
    id.ca = QSslCertificate(id.caPem, QSsl::Pem);
    id.certificate = QSslCertificate(pem(leaf.get()), QSsl::Pem);
    id.privateKey = QSslKey(pem(leafKey.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    id.pin = spkiPin(leafKey.get());
    if (id.ca.isNull() || id.certificate.isNull() || id.privateKey.isNull() || id.pin.isEmpty())
        return fail("hand the certificates to Qt");
    return id;
}

} // namespace ic::test::TestPki
