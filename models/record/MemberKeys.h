#pragma once

#include "models/core/Result.h"
#include "models/record/PersonKey.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ic {

// Members' registered signing keys (store step 41, ic_member_keys). On
// PostgreSQL a person registers only their own key (ic_register_key: the
// server names the login, computes the fingerprint and the time), an admin
// confirms it (ic_confirm_key), the owner or an admin revokes it. A SQLite
// workspace is one person's: the key is registered and confirmed at once.
struct MemberKey
{
    QString fingerprint;
    QString login;
    PublicKey key;
    QDateTime registeredAt;
    QString confirmedBy;
    QDateTime confirmedAt; // invalid: not confirmed yet
    QDateTime revokedAt;   // invalid: not revoked
};

namespace MemberKeys {

Result<QList<MemberKey>> all(QSqlDatabase &db);

// Registers the person's key if it is not yet; returns its fingerprint.
// `login` and `nowUtc` are used on SQLite only (PostgreSQL takes the
// session_user and its own clock).
Result<QString> registerOwn(QSqlDatabase &db, const PublicKey &key, const QString &login,
                            const QDateTime &nowUtc);

// The keys by fingerprint, each checked: its fingerprint must be the one
// its public key gives (a row whose key was swapped without its
// fingerprint is left out and named in `problems`).
struct Checked
{
    QHash<QString, MemberKey> keys;
    QStringList problems;
};
Result<Checked> checked(QSqlDatabase &db);

} // namespace MemberKeys
} // namespace ic
