#include "models/record/PersonKey.h"

#include "models/core/Sha256.h"
#include "models/evidence/Signing.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sodium.h>

#include <cstring>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PersonKey)
};

// sodium_init is thread-safe and returns 1 once it has run before; -1 only
// when the library cannot start (then no key is usable and nothing verifies).
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<QString> fingerprintOf(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(key, &der);
    if (n <= 0) {
        ERR_clear_error();
        return Error::make(Error::Kind::InvalidInput, Tr::tr("The public key cannot be encoded."));
    }
    const QString hex = Sha256::hexOf(QByteArrayView(reinterpret_cast<const char *>(der), n));
    OPENSSL_free(der);
    return QStringLiteral("SHA256:") + hex;
}

Result<PublicKey> describe(EVP_PKEY *key)
{
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        ERR_clear_error();
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The key is not an Ed25519 key; the record uses Ed25519 only."));
    }
    PublicKey out;
    out.raw.resize(PersonKey::RawSize);
    size_t length = size_t(out.raw.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.raw.data()),
                                    &length) != 1 ||
        length != size_t(PersonKey::RawSize)) {
        ERR_clear_error();
        return Error::make(Error::Kind::InvalidInput, Tr::tr("The public key cannot be read."));
    }
    // A key of small order (or outside the group its signatures live in)
    // accepts trivial signatures anyone can make: refused wherever a key
    // comes in, so it can be neither registered nor trusted.
    if (!sodiumReady() || crypto_core_ed25519_is_valid_point(
                              reinterpret_cast<const unsigned char *>(out.raw.constData())) != 1)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The public key is not one a person can sign with (a point of "
                                  "small order or outside the signing group); it is refused."));
    auto fp = fingerprintOf(key);
    if (!fp)
        return fp.error();
    out.fingerprint = fp.value();
    return out;
}

EVP_PKEY *rawPublic(const QByteArray &raw)
{
    if (raw.size() != PersonKey::RawSize)
        return nullptr;
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()),
        size_t(raw.size()));
    if (!key)
        ERR_clear_error();
    return key;
}

} // namespace

namespace PersonKey {

Result<PublicKey> fromPem(const QByteArray &publicPem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(publicPem.constData(), int(publicPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!key) {
        ERR_clear_error();
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The public key is not a readable PEM public key."));
    }
    return describe(key.get());
}

Result<PublicKey> fromRaw(const QByteArray &raw)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(rawPublic(raw), &EVP_PKEY_free);
    if (!key)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("An Ed25519 public key is 32 bytes; this one is not usable."));
    return describe(key.get());
}

Result<PublicKey> ofPrivate(const QByteArray &privatePem)
{
    auto pem = Signing::publicPemOf(privatePem);
    if (!pem)
        return pem.error();
    return fromPem(pem.value());
}

Result<QByteArray> toPem(const PublicKey &key)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> k(rawPublic(key.raw), &EVP_PKEY_free);
    if (!k)
        return Error::make(Error::Kind::InvalidInput, Tr::tr("The public key is not usable."));
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PUBKEY(out.get(), k.get());
    char *data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(n));
}

bool isFingerprint(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\ASHA256:[0-9a-f]{64}\\z"));
    return re.match(text).hasMatch();
}

} // namespace PersonKey

Ed25519Verifier::Ed25519Verifier(const PublicKey &key)
{
    static_assert(sizeof m_key == crypto_sign_PUBLICKEYBYTES);
    if (!sodiumReady() || key.raw.size() != PersonKey::RawSize)
        return;
    // The key must also be one OpenSSL accepts, as everywhere else.
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> parsed(rawPublic(key.raw), &EVP_PKEY_free);
    if (!parsed)
        return;
    std::memcpy(m_key, key.raw.constData(), sizeof m_key);
    m_valid = true;
}

bool Ed25519Verifier::verify(const QByteArray &message, const QByteArray &signature) const
{
    static_assert(PersonKey::SignatureSize == crypto_sign_BYTES);
    if (!m_valid || signature.size() != PersonKey::SignatureSize)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()), m_key) == 0;
}

Result<std::unique_ptr<Ed25519Signer>> Ed25519Signer::fromPem(const QByteArray &privatePem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(privatePem.constData(), int(privatePem.size())), &BIO_free);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The signing key is not an Ed25519 private key."));
    }
    std::unique_ptr<Ed25519Signer> signer(new Ed25519Signer);
    signer->m_key = key;
    auto pub = describe(key);
    if (!pub)
        return pub.error();
    signer->m_public = pub.value();
    return signer;
}

Ed25519Signer::~Ed25519Signer()
{
    EVP_PKEY_free(m_key);
}

Result<QByteArray> Ed25519Signer::sign(const QByteArray &message) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(PersonKey::SignatureSize, '\0');
    size_t length = size_t(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        length != size_t(PersonKey::SignatureSize)) {
        ERR_clear_error();
        return Error::make(Error::Kind::General, Tr::tr("Signing failed; nothing was signed."));
    }
    return signature;
}

} // namespace ic
