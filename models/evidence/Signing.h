#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

namespace ic::Signing {

// An Ed25519 key pair as PEM text (PKCS#8 private key, SubjectPublicKeyInfo
// public key). The private key only ever lives in the keychain.
struct KeyPair
{
    QByteArray privatePem;
    QByteArray publicPem;
};

Result<KeyPair> generateEd25519();
Result<QByteArray> publicPemOf(const QByteArray &privatePem);
Result<QByteArray> sign(const QByteArray &privatePem, const QByteArray &message);
// Ok only when the signature holds for this message and key.
Result<void> verify(const QByteArray &publicPem, const QByteArray &message,
                    const QByteArray &signature);
// "SHA256:" + hex of the SHA-256 of the public key's DER encoding.
Result<QString> fingerprint(const QByteArray &publicPem);

} // namespace ic::Signing
