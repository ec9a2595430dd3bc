#pragma once

#include "models/core/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ic {

// Reads and writes secrets (database passwords, API tokens) in the OS keychain
// through QtKeychain. Secrets are never written to settings, files or logs.
// When no keychain is usable, a secret can be kept in memory for this session
// only (keepForSession); nothing ever falls back to plaintext storage.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Found,
        NotFound,    // the keychain works and holds nothing under this key
        Locked,      // the keychain is locked: we cannot tell whether a secret exists
        Unavailable, // no keychain service (no D-Bus session, no Secret Service)
        Failed,      // access denied or another keychain error
    };
    Q_ENUM(Status)

    struct ReadResult
    {
        Status status = Status::Failed;
        QString secret;  // only when status == Found
        QString message; // for people; never contains the secret
    };

    explicit SecretStore(QString service = QStringLiteral("incident-commander"),
                         QObject *parent = nullptr);

    // Callbacks run on this object's thread, after the keychain answered.
    void read(const QString &key, std::function<void(ReadResult)> done);
    // The secret kept for this session if there is one (answered at once,
    // before this returns), else what the keychain answers (as read()).
    void find(const QString &key, std::function<void(ReadResult)> done);
    void write(const QString &key, const QString &secret, std::function<void(Result<void>)> done);
    void remove(const QString &key, std::function<void(Result<void>)> done);

    // Session-only memory, for when the keychain is not usable.
    void keepForSession(const QString &key, const QString &secret);
    std::optional<QString> sessionSecret(const QString &key) const;
    void forgetSession(const QString &key);

    QString service() const { return m_service; }

private:
    void checkLocked(std::function<void(bool locked)> done);

    QString m_service;
    QHash<QString, QString> m_session;
};

} // namespace ic
