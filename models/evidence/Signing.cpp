#include "models/evidence/Signing.h"

#include "models/core/Sha256.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace ic::Signing {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Signing)
};

using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

QString opensslError()
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    ERR_clear_error();
    return QString::fromLatin1(buf);
}

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())), &BIO_free);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

Pkey readPrivate(const QByteArray &pem)
{
    Bio bio = memoryBio(pem);
    return Pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

Pkey readPublic(const QByteArray &pem)
{
    Bio bio = memoryBio(pem);
    return Pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

QByteArray publicPem(EVP_PKEY *key)
{
    Bio out(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PUBKEY(out.get(), key);
    return bioBytes(out.get());
}

Error keyError(const QString &what)
{
    return Error::make(Error::Kind::InvalidInput, what, opensslError());
}

} // namespace

Result<KeyPair> generateEd25519()
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_keygen(ctx.get(), &raw) <= 0)
        return keyError(Tr::tr("Could not generate a signing key."));
    Pkey key(raw, &EVP_PKEY_free);
    Bio priv(BIO_new(BIO_s_mem()), &BIO_free);
    if (!PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return keyError(Tr::tr("Could not encode the signing key."));
    return KeyPair{bioBytes(priv.get()), publicPem(key.get())};
}

Result<QByteArray> publicPemOf(const QByteArray &privatePem)
{
    Pkey key = readPrivate(privatePem);
    if (!key)
        return keyError(Tr::tr("The stored signing key cannot be read."));
    return publicPem(key.get());
}

Result<QByteArray> sign(const QByteArray &privatePem, const QByteArray &message)
{
    Pkey key = readPrivate(privatePem);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return keyError(Tr::tr("The signing key is not an Ed25519 private key."));
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) <= 0 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) <= 0)
        return keyError(Tr::tr("Signing failed."));
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) <= 0)
        return keyError(Tr::tr("Signing failed."));
    signature.resize(qsizetype(length));
    return signature;
}

Result<void> verify(const QByteArray &pem, const QByteArray &message, const QByteArray &signature)
{
    Pkey key = readPublic(pem);
    if (!key)
        return keyError(Tr::tr("The public key is not a readable PEM public key."));
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The public key is not an Ed25519 key."));
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) <= 0)
        return keyError(Tr::tr("The public key cannot verify signatures."));
    const int ok = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
        size_t(message.size()));
    ERR_clear_error();
    if (ok != 1)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The signature does not match: the manifest or the key changed "
                                  "after signing."));
    return success();
}

Result<QString> fingerprint(const QByteArray &pem)
{
    Pkey key = readPublic(pem);
    if (!key)
        return keyError(Tr::tr("The public key is not a readable PEM public key."));
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(key.get(), &der);
    if (n <= 0)
        return keyError(Tr::tr("The public key cannot be encoded."));
    const QString hex = Sha256::hexOf(QByteArrayView(reinterpret_cast<const char *>(der), n));
    OPENSSL_free(der);
    return QStringLiteral("SHA256:") + hex;
}

} // namespace ic::Signing
