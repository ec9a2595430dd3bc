#pragma once

#include "models/core/Result.h"

#include <QString>

namespace ic {

// The key rotation helper of the Token Compromise playbook ("generate new
// JWT signing key"): a new key pair written with OpenSSL, the private key
// with mode 0600 and optionally passphrase-encrypted, the public key beside it.
namespace KeyPairFiles {

enum class Algorithm { Rsa2048, EcP256, Ed25519 };

struct Written
{
    QString privatePath;
    QString publicPath;
    QString fingerprint; // of the public key, "SHA256:…"
    QString algorithmName;
};

QString algorithmName(Algorithm a);

// `basePath` "…/new_key" gives "…/new_key.pem" and "…/new_key.pub.pem".
// Refuses to overwrite existing files. An empty passphrase writes the
// private key unencrypted (still 0600).
Result<Written> generate(Algorithm algorithm, const QString &basePath,
                         const QByteArray &passphrase);

} // namespace KeyPairFiles
} // namespace ic
