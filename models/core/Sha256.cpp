#include "models/core/Sha256.h"

#include <openssl/evp.h>

namespace ic {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QString Sha256::hex()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::of(QByteArrayView bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.result();
}

QString Sha256::hexOf(QByteArrayView bytes)
{
    return QString::fromLatin1(of(bytes).toHex());
}

} // namespace ic
