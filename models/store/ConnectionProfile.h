#pragma once

#include "models/core/Result.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace ic {

// Where a PostgreSQL database is. Never holds the password.
struct PgEndpoint
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    // libpq sslmode; empty: automatic (verify-full, or prefer on this machine)
    QString sslMode;
    int connectTimeoutSeconds = 5;

    // The libpq sslmode values; anything else is refused before connecting.
    static bool isKnownSslMode(const QString &mode);
    // A Unix socket folder or a literal loopback address (127.0.0.0/8, ::1).
    static bool isLoopbackHost(const QString &host);
    // The sslmode the connection uses: the chosen one, else verify-full for
    // another machine and prefer for this one (`local`: the host is this
    // machine, e.g. "localhost" resolved only to loopback addresses).
    QString effectiveSslMode(bool local) const;
    // For people: why the chosen mode is weaker than verify-full for a host
    // on the network, or empty when it is not.
    QString weakTlsWarning() const;

    // The keychain key under which this endpoint's password is stored.
    QString secretKey() const;
    // "postgresql://user@host:port/database" (no password, ever).
    QString uri() const;
    static std::optional<PgEndpoint> fromUri(const QString &uri);
    // A libpq connection string ("host=... dbname=..." or a postgresql://
    // URI). Refuses a password in it: passwords on a command line are visible
    // to every user of the machine.
    static Result<PgEndpoint> fromConnInfo(const QString &conninfo);
    QVariantMap toVariant() const;
    static PgEndpoint fromVariant(const QVariantMap &map);
    bool operator==(const PgEndpoint &) const = default;
};

// How to reach a workspace: an embedded SQLite file, or a team PostgreSQL
// database with an optional separate database for the platform's audit logs.
struct ConnectionProfile
{
    enum class Kind { Sqlite, Postgres };

    QString name;
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    PgEndpoint store;                      // incident store (Postgres)
    std::optional<PgEndpoint> auditSource; // platform tables, if elsewhere
    bool readOnly = false;                 // reviewer profile

    static ConnectionProfile forSqlite(const QString &path);
    static ConnectionProfile forPostgres(const PgEndpoint &endpoint);
    // A recent-workspaces entry: a file path or a postgresql:// URI.
    static std::optional<ConnectionProfile> fromLocation(const QString &location);
    QString location() const;
    QString displayName() const;

    QVariantMap toVariant() const;
    static ConnectionProfile fromVariant(const QVariantMap &map);
};

// What one thread needs to open one connection. The password is held in
// memory only, for the lifetime of the session.
struct ConnectionSpec
{
    ConnectionProfile::Kind kind = ConnectionProfile::Kind::Sqlite;
    QString sqlitePath;
    PgEndpoint pg;
    QString password;
    bool readOnly = false; // the connection itself cannot write (inspection, CLI)
    bool reviewer = false; // a reviewer profile: the app refuses changes except review comments
    QString purpose;       // PostgreSQL application_name suffix ("listener"), for operators
    // PostgreSQL: the session's statement_timeout (0: the server's default).
    // Every connection also gets Db::LockTimeoutMs as its lock_timeout.
    int statementTimeoutMs = 0;

    static ConnectionSpec sqlite(const QString &path, bool readOnly = false);
    static ConnectionSpec postgres(const PgEndpoint &endpoint, const QString &password);
    QString describe() const; // for messages: path or URI, never the password
};

} // namespace ic
