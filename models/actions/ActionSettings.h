#pragma once

#include "models/actions/ActionKind.h"
#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace ic {

// How a workspace acts on the platform: the backend, and for the admin API
// its address, an optional private CA and an optional SHA-256 public-key
// pin. Stored in the workspace (ic_action_settings) so a team shares it; the
// bearer token is never here, only in each user's keychain (tokenKey()).
struct ActionSettings
{
    Backend backend = Backend::Sql;
    QString apiBaseUrl;      // https://admin.example.com (a path prefix is allowed)
    QString caPem;           // extra trusted CA certificates, PEM
    QString pin;             // "sha256/<base64>" of a SubjectPublicKeyInfo, or empty
    int timeoutSeconds = 30; // transfer timeout of one attempt
    // Where direct SQL containment acts when the audit source is a hot
    // standby: the platform's primary, as "postgresql://user@host:port/db"
    // (never a password: that is in each person's keychain, under the
    // endpoint's secretKey()). Empty: containment acts on the audit source.
    QString platformPrimary;

    bool operator==(const ActionSettings &) const = default;

    // Everything checked before any request is made.
    Result<void> validate() const;
    // The keychain key of this API's bearer token.
    QString tokenKey() const;

    // https:// anywhere; http:// only to a literal loopback address
    // (127.0.0.0/8, [::1]; a token in clear text must not cross a network,
    // and a name may resolve anywhere). No user info, query or fragment.
    static Result<QUrl> checkBaseUrl(const QString &text);
    // "sha256/BASE64", "sha256//BASE64" (curl), bare BASE64 or 64 hex digits:
    // the 32-byte digest, or empty for an empty pin.
    static Result<QByteArray> parsePin(const QString &text);
    static QString formatPin(const QByteArray &digest); // "sha256/BASE64"
    static Result<QList<QSslCertificate>> parseCa(const QString &pem);
    // Refuses a token that could break out of its header.
    static Result<void> checkToken(const QString &token);
    // A libpq connection string or postgresql:// URI without a password:
    // the endpoint, nullopt for empty text, or why it cannot be used.
    static Result<std::optional<PgEndpoint>> parsePrimary(const QString &text);
    // The platform primary named by these settings, if any (and usable).
    std::optional<PgEndpoint> primaryEndpoint() const;
};

namespace ActionSettingsStore {
Result<ActionSettings> load(QSqlDatabase &db);
// Writes `settings` if what is stored is still `base` (the settings the
// form was filled from). Otherwise refuses with a Conflict that says who
// changed what, and writes nothing: a stale form must not silently replace
// someone else's pin or CA.
Result<void> save(QSqlDatabase &db, const ActionSettings &settings, const ActionSettings &base,
                  const QString &actor, const QDateTime &nowUtc);
// For people: what differs between two settings ("the public-key pin", ...).
QStringList differences(const ActionSettings &before, const ActionSettings &after);
} // namespace ActionSettingsStore

} // namespace ic
