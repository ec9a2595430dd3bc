#include "models/evidence/KeyPairFiles.h"

#include "models/evidence/Signing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace ic::KeyPairFiles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::KeyPairFiles)
};

using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Ctx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

QString opensslError()
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    ERR_clear_error();
    return QString::fromLatin1(buf);
}

Pkey generateKey(Algorithm a)
{
    const int id = a == Algorithm::Ed25519  ? EVP_PKEY_ED25519
                   : a == Algorithm::EcP256 ? EVP_PKEY_EC
                                            : EVP_PKEY_RSA;
    Ctx ctx(EVP_PKEY_CTX_new_id(id, nullptr), &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0)
        return Pkey(nullptr, &EVP_PKEY_free);
    if (a == Algorithm::Rsa2048 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), 2048) <= 0)
        return Pkey(nullptr, &EVP_PKEY_free);
    if (a == Algorithm::EcP256 &&
        EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), NID_X9_62_prime256v1) <= 0)
        return Pkey(nullptr, &EVP_PKEY_free);
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_keygen(ctx.get(), &raw) <= 0)
        return Pkey(nullptr, &EVP_PKEY_free);
    return Pkey(raw, &EVP_PKEY_free);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

// Creates the file only if it does not exist, readable by its owner alone
// from the first byte on.
Result<void> writeNew(const QString &path, const QByteArray &bytes, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        return Error::make(
            Error::Kind::General,
            Tr::tr("Could not create %1 (%2). No key was written.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno))));
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            ::close(fd);
            ::unlink(native.constData());
            return Error::make(Error::Kind::General,
                               Tr::tr("Could not write %1. No key was written.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
        done += n;
    }
    ::fchmod(fd, mode); // whatever the umask said
    ::close(fd);
    return success();
}

} // namespace

QString algorithmName(Algorithm a)
{
    switch (a) {
    case Algorithm::Rsa2048:
        return QStringLiteral("RSA-2048");
    case Algorithm::EcP256:
        return QStringLiteral("EC P-256");
    case Algorithm::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

Result<Written> generate(Algorithm algorithm, const QString &basePath, const QByteArray &passphrase)
{
    Written w;
    w.privatePath = basePath + QStringLiteral(".pem");
    w.publicPath = basePath + QStringLiteral(".pub.pem");
    w.algorithmName = algorithmName(algorithm);
    for (const QString &p : {w.privatePath, w.publicPath}) {
        if (QFileInfo::exists(p)) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("%1 already exists; keys are never overwritten. Choose "
                                      "another name. Nothing was written.")
                                   .arg(QDir::toNativeSeparators(p)));
        }
    }
    if (!QFileInfo(w.privatePath).absoluteDir().exists()) {
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The folder %1 does not exist. Nothing was written.")
                .arg(QDir::toNativeSeparators(QFileInfo(w.privatePath).absolutePath())));
    }
    Pkey key = generateKey(algorithm);
    if (!key)
        return Error::make(Error::Kind::General,
                           Tr::tr("OpenSSL could not generate the %1 key. Nothing was written.")
                               .arg(w.algorithmName),
                           opensslError());
    Bio priv(BIO_new(BIO_s_mem()), &BIO_free);
    const bool encrypt = !passphrase.isEmpty();
    if (!PEM_write_bio_PKCS8PrivateKey(priv.get(), key.get(), encrypt ? EVP_aes_256_cbc() : nullptr,
                                       encrypt ? passphrase.constData() : nullptr,
                                       encrypt ? int(passphrase.size()) : 0, nullptr, nullptr))
        return Error::make(Error::Kind::General, Tr::tr("Could not encode the private key."),
                           opensslError());
    Bio pub(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PUBKEY(pub.get(), key.get());
    const QByteArray publicPem = bioBytes(pub.get());

    if (auto r = writeNew(w.privatePath, bioBytes(priv.get()), 0600); !r)
        return r.error();
    if (auto r = writeNew(w.publicPath, publicPem, 0644); !r) {
        QFile::remove(w.privatePath);
        return r.error();
    }
    auto fp = Signing::fingerprint(publicPem);
    w.fingerprint = fp ? fp.value() : QString();
    return w;
}

} // namespace ic::KeyPairFiles
