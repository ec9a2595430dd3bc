#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ic {

class SecretStore;

// The Ed25519 key that signs evidence bundles. It lives only in the
// keychain: created there on first use, never written to a file.
class SigningKeyVault : public QObject
{
    Q_OBJECT
public:
    explicit SigningKeyVault(SecretStore *secrets, QObject *parent = nullptr);

    static QString keyName() { return QStringLiteral("evidence-signing-key/ed25519"); }

    // Gets the private key, creating it in the keychain if there is none.
    void obtain(std::function<void(const Result<QByteArray> &privatePem)> done);

    // For command-line tools: waits for obtain() in a local event loop.
    static Result<QByteArray> obtainBlocking(SecretStore *secrets);

private:
    QPointer<SecretStore> m_secrets;
};

} // namespace ic
