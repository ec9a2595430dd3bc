#include "models/core/SecretStore.h"

#include "models/core/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

#include <qt6keychain/keychain.h>

namespace ic {

namespace {

SecretStore::Status statusFor(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretStore::Status::Found;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    default:
        return SecretStore::Status::Failed;
    }
}

QString unavailableText()
{
    return SecretStore::tr("No keychain is available on this desktop (no Secret Service on the "
                           "session bus). Secrets can only be kept in memory for this session.");
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{}

void SecretStore::find(const QString &key, std::function<void(ReadResult)> done)
{
    if (const auto session = sessionSecret(key)) {
        ReadResult r;
        r.status = Status::Found;
        r.secret = *session;
        done(r);
        return;
    }
    read(key, std::move(done));
}

void SecretStore::read(const QString &key, std::function<void(ReadResult)> done)
{
    // A job is never deleted while it runs, not even with this store: the
    // keychain backend answers into the job it started (libsecret keeps a
    // plain pointer to it), so the job deletes itself when it has finished.
    // The answer reaches `done` only while this store exists.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const QKeychain::Error e = job->error();
        ReadResult r;
        r.status = statusFor(e);
        if (e == QKeychain::NoError) {
            r.secret = job->textData();
            done(r);
            return;
        }
        if (e != QKeychain::EntryNotFound) {
            r.message = r.status == Status::Unavailable
                            ? unavailableText()
                            : tr("The keychain refused access: %1").arg(job->errorString());
            qCInfo(lcSecrets) << "keychain read failed:" << job->errorString();
            done(r);
            return;
        }
        // QtKeychain 0.13 reports a locked keyring as "not found": ask the
        // Secret Service itself before concluding that nothing is stored.
        checkLocked([r, done](bool locked) mutable {
            if (locked) {
                r.status = Status::Locked;
                r.message = tr("Your keychain is locked, so the stored secret cannot be read. "
                               "Unlock the keychain (for example by logging in again) and retry.");
            } else {
                r.message = tr("Nothing is stored in the keychain for this connection yet.");
            }
            done(r);
        });
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret,
                        std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service); // see read()
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const QKeychain::Error e = job->error();
        if (e == QKeychain::NoError) {
            done(success());
            return;
        }
        qCInfo(lcSecrets) << "keychain write failed:" << job->errorString();
        const auto kind = statusFor(e) == Status::Unavailable ? Error::Kind::KeychainUnavailable
                                                              : Error::Kind::General;
        done(Error::make(kind,
                         kind == Error::Kind::KeychainUnavailable
                             ? unavailableText()
                             : tr("The keychain did not store the secret; nothing was saved."),
                         job->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service); // see read()
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const QKeychain::Error e = job->error();
        if (e == QKeychain::NoError || e == QKeychain::EntryNotFound) {
            done(success());
            return;
        }
        done(Error::make(Error::Kind::General, tr("The keychain could not delete the secret."),
                         job->errorString()));
    });
    job->start();
}

void SecretStore::keepForSession(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

std::optional<QString> SecretStore::sessionSecret(const QString &key) const
{
    const auto it = m_session.constFind(key);
    if (it == m_session.constEnd())
        return std::nullopt;
    return *it;
}

void SecretStore::forgetSession(const QString &key)
{
    m_session.remove(key);
}

void SecretStore::checkLocked(std::function<void(bool)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    QDBusMessage msg = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    msg << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(msg, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [done = std::move(done)](QDBusPendingCallWatcher *w) {
                QDBusPendingReply<QDBusVariant> reply = *w;
                w->deleteLater();
                done(!reply.isError() && reply.value().variant().toBool());
            });
}

} // namespace ic
