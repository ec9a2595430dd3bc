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
    // A key of its own under `name` (a team login's: keyNameFor()).
    SigningKeyVault(SecretStore *secrets, QString name, QObject *parent = nullptr);

    static QString keyName() { return QStringLiteral("evidence-signing-key/ed25519"); }
    // The key of a team workspace's login: each person's own, even when two
    // logins share one keychain (the server registers a key to one login
    // only). Empty login: the workstation's one key, keyName().
    static QString keyNameFor(const QString &login)
    {
        return login.isEmpty() ? keyName() : keyName() + QLatin1Char('/') + login;
    }

    // Gets the private key, creating it in the keychain if there is none.
    void obtain(std::function<void(const Result<QByteArray> &privatePem)> done);

    // For command-line tools: waits for obtain() in a local event loop.
    static Result<QByteArray> obtainBlocking(SecretStore *secrets);
    Result<QByteArray> obtainBlocking();

private:
    QPointer<SecretStore> m_secrets;
    QString m_name;
};

} // namespace ic
