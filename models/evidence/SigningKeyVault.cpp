#include "models/evidence/SigningKeyVault.h"

#include "models/core/SecretStore.h"
#include "models/evidence/Signing.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace ic {

SigningKeyVault::SigningKeyVault(SecretStore *secrets, QObject *parent)
    : SigningKeyVault(secrets, keyName(), parent)
{}

SigningKeyVault::SigningKeyVault(SecretStore *secrets, QString name, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_name(std::move(name))
{}

void SigningKeyVault::obtain(std::function<void(const Result<QByteArray> &)> done)
{
    if (!m_secrets) {
        done(Error::make(Error::Kind::KeychainUnavailable, tr("No keychain is available.")));
        return;
    }
    // The vault may be gone when the keychain answers (its session closed):
    // the answer uses only the keychain, checked again.
    QPointer<SecretStore> secrets = m_secrets;
    const QString name = m_name;
    m_secrets->read(name, [secrets, done, name](const SecretStore::ReadResult &r) {
        if (r.status == SecretStore::Status::Found) {
            const QByteArray pem = r.secret.toUtf8();
            if (Signing::publicPemOf(pem))
                done(pem);
            else
                done(Error::make(Error::Kind::General,
                                 tr("The evidence signing key in your keychain cannot be read. "
                                    "Nothing was signed. Remove the keychain entry \"%1\" to "
                                    "create a new key.")
                                     .arg(name)));
            return;
        }
        if (r.status != SecretStore::Status::NotFound) {
            done(Error::make(Error::Kind::KeychainUnavailable,
                             tr("The evidence signing key lives only in your keychain, which is "
                                "not usable: %1 Nothing was signed.")
                                 .arg(r.message)));
            return;
        }
        auto pair = Signing::generateEd25519();
        if (!pair) {
            done(pair.error());
            return;
        }
        const QByteArray pem = pair->privatePem;
        if (!secrets) {
            done(Error::make(Error::Kind::KeychainUnavailable, tr("No keychain is available.")));
            return;
        }
        secrets->write(name, QString::fromUtf8(pem), [done, pem](Result<void> w) {
            if (!w) {
                done(Error::make(Error::Kind::KeychainUnavailable,
                                 tr("A new evidence signing key could not be stored in your "
                                    "keychain, so it was not used. Nothing was signed."),
                                 w.error().message));
                return;
            }
            done(pem);
        });
    });
}

Result<QByteArray> SigningKeyVault::obtainBlocking(SecretStore *secrets)
{
    SigningKeyVault vault(secrets);
    return vault.obtainBlocking();
}

Result<QByteArray> SigningKeyVault::obtainBlocking()
{
    SigningKeyVault &vault = *this;
    std::optional<Result<QByteArray>> out;
    QEventLoop loop;
    vault.obtain([&](const Result<QByteArray> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return Error::make(Error::Kind::KeychainUnavailable,
                           tr("The keychain did not answer within a minute. Nothing was signed."));
    return *out;
}

} // namespace ic
