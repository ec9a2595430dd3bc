#include "models/store/ConnectionProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

#include <libpq-fe.h>

namespace ic {

bool PgEndpoint::isKnownSslMode(const QString &mode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

bool PgEndpoint::isLoopbackHost(const QString &host)
{
    if (host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return true; // a Unix socket: never leaves the machine
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

QString PgEndpoint::effectiveSslMode(bool local) const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return local ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QString PgEndpoint::weakTlsWarning() const
{
    if (sslMode.isEmpty() || sslMode == QLatin1String("verify-full") || isLoopbackHost(host) ||
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return {};
    if (sslMode == QLatin1String("verify-ca"))
        return QCoreApplication::translate(
                   "PgEndpoint",
                   "SSL mode verify-ca checks the certificate's CA but not that it was "
                   "issued for %1: any server with a certificate from that CA can pose "
                   "as it. Use verify-full unless you know why not.")
            .arg(host);
    return QCoreApplication::translate(
               "PgEndpoint",
               "SSL mode %1 does not check who %2 is: someone on the network can pose as the "
               "server, read what you send (your password included) and change what you see. "
               "Use verify-full (the default) unless you know why not.")
        .arg(sslMode, host);
}

QString PgEndpoint::secretKey() const
{
    return QStringLiteral("postgresql/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString PgEndpoint::uri() const
{
    if (host.startsWith(QLatin1Char('/'))) {
        // A Unix socket folder: libpq's URI form percent-encodes it.
        // Concatenated, not arg(): the encoded parts contain "%2F".
        return QStringLiteral("postgresql://") + QString::fromUtf8(QUrl::toPercentEncoding(user)) +
               QLatin1Char('@') + QString::fromUtf8(QUrl::toPercentEncoding(host)) +
               QLatin1Char(':') + QString::number(port) + QLatin1Char('/') +
               QString::fromUtf8(QUrl::toPercentEncoding(database));
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

std::optional<PgEndpoint> PgEndpoint::fromUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return std::nullopt;
    if (!url.password().isEmpty())
        return std::nullopt; // a password never travels in a URI
    PgEndpoint e;
    e.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    e.port = url.port(5432);
    e.database = url.path().mid(1);
    e.user = url.userName();
    const QString query = url.query();
    for (const QString &kv : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        if (kv.startsWith(QLatin1String("sslmode=")))
            e.sslMode = kv.mid(8);
    }
    // A value libpq does not know (e.g. "disable host=elsewhere") is refused,
    // never passed on.
    if (!e.sslMode.isEmpty() && !isKnownSslMode(e.sslMode))
        return std::nullopt;
    if (e.database.isEmpty() || e.user.isEmpty())
        return std::nullopt;
    return e;
}

Result<PgEndpoint> PgEndpoint::fromConnInfo(const QString &conninfo)
{
    auto fail = [](const QString &why) {
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("PgEndpoint",
                                                       "Not a usable PostgreSQL connection "
                                                       "string: %1")
                               .arg(why));
    };
    if (conninfo.trimmed().isEmpty())
        return fail(QCoreApplication::translate("PgEndpoint", "it is empty."));
    char *err = nullptr;
    const QByteArray utf8 = conninfo.toUtf8();
    if (utf8.contains('\0'))
        return fail(QCoreApplication::translate("PgEndpoint", "it contains a NUL character."));
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &err);
    if (!options) {
        const QString why = err ? QString::fromUtf8(err).trimmed()
                                : QCoreApplication::translate("PgEndpoint", "out of memory.");
        PQfreemem(err);
        return fail(why);
    }
    PgEndpoint e;
    e.host.clear();
    e.sslMode.clear();
    QString problem;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            e.host = val;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            e.port = val.toInt(&ok);
            if (!ok || e.port < 1 || e.port > 65535)
                problem = QCoreApplication::translate("PgEndpoint", "the port \"%1\" is not a "
                                                                    "number from 1 to 65535.")
                              .arg(val);
        } else if (key == QLatin1String("dbname")) {
            e.database = val;
        } else if (key == QLatin1String("user")) {
            e.user = val;
        } else if (key == QLatin1String("sslmode")) {
            e.sslMode = val;
            if (!isKnownSslMode(val))
                problem =
                    QCoreApplication::translate("PgEndpoint", "the SSL mode \"%1\" is not one of "
                                                              "disable, allow, prefer, require, "
                                                              "verify-ca, verify-full.")
                        .arg(val.left(40));
        } else if (key == QLatin1String("connect_timeout")) {
            e.connectTimeoutSeconds = qMax(1, val.toInt());
        } else if (key == QLatin1String("password")) {
            problem = QCoreApplication::translate(
                "PgEndpoint", "it contains a password, which other users of this machine could "
                              "read. Use ~/.pgpass or the PGPASSWORD variable instead.");
        } else if (key != QLatin1String("application_name") &&
                   key != QLatin1String("client_encoding")) {
            problem = QCoreApplication::translate("PgEndpoint", "the option \"%1\" is not "
                                                                "supported here.")
                          .arg(key);
        }
        if (!problem.isEmpty())
            break;
    }
    PQconninfoFree(options);
    if (!problem.isEmpty())
        return fail(problem);
    // libpq's own defaults for what was left out.
    if (e.host.isEmpty())
        e.host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    if (e.user.isEmpty())
        e.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (e.database.isEmpty())
        e.database = qEnvironmentVariable("PGDATABASE", e.user);
    if (e.database.isEmpty() || e.user.isEmpty())
        return fail(QCoreApplication::translate("PgEndpoint", "no database or user name."));
    return e;
}

QVariantMap PgEndpoint::toVariant() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("database"), database},
            {QStringLiteral("user"), user},
            {QStringLiteral("sslmode"), sslMode},
            {QStringLiteral("connectTimeout"), connectTimeoutSeconds}};
}

PgEndpoint PgEndpoint::fromVariant(const QVariantMap &map)
{
    PgEndpoint e;
    e.host = map.value(QStringLiteral("host"), e.host).toString();
    e.port = map.value(QStringLiteral("port"), e.port).toInt();
    e.database = map.value(QStringLiteral("database")).toString();
    e.user = map.value(QStringLiteral("user")).toString();
    e.sslMode = map.value(QStringLiteral("sslmode"), e.sslMode).toString();
    e.connectTimeoutSeconds =
        map.value(QStringLiteral("connectTimeout"), e.connectTimeoutSeconds).toInt();
    return e;
}

ConnectionProfile ConnectionProfile::forSqlite(const QString &path)
{
    ConnectionProfile p;
    p.kind = Kind::Sqlite;
    p.sqlitePath = QFileInfo(path).absoluteFilePath();
    p.name = QFileInfo(path).completeBaseName();
    return p;
}

ConnectionProfile ConnectionProfile::forPostgres(const PgEndpoint &endpoint)
{
    ConnectionProfile p;
    p.kind = Kind::Postgres;
    p.store = endpoint;
    p.name = endpoint.database + QStringLiteral(" on ") + endpoint.host;
    return p;
}

std::optional<ConnectionProfile> ConnectionProfile::fromLocation(const QString &location)
{
    if (location.startsWith(QLatin1String("postgres"))) {
        const auto e = PgEndpoint::fromUri(location);
        if (!e)
            return std::nullopt;
        return forPostgres(*e);
    }
    if (location.isEmpty())
        return std::nullopt;
    return forSqlite(location);
}

QString ConnectionProfile::location() const
{
    return kind == Kind::Sqlite ? sqlitePath : store.uri();
}

QString ConnectionProfile::displayName() const
{
    if (!name.isEmpty())
        return name;
    return kind == Kind::Sqlite ? QFileInfo(sqlitePath).fileName() : store.uri();
}

QVariantMap ConnectionProfile::toVariant() const
{
    QVariantMap m{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"),
                   kind == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres")},
                  {QStringLiteral("readOnly"), readOnly}};
    if (kind == Kind::Sqlite)
        m.insert(QStringLiteral("path"), sqlitePath);
    else
        m.insert(QStringLiteral("store"), store.toVariant());
    if (auditSource)
        m.insert(QStringLiteral("audit"), auditSource->toVariant());
    return m;
}

ConnectionProfile ConnectionProfile::fromVariant(const QVariantMap &map)
{
    ConnectionProfile p;
    p.name = map.value(QStringLiteral("name")).toString();
    p.kind = map.value(QStringLiteral("kind")).toString() == QLatin1String("postgres")
                 ? Kind::Postgres
                 : Kind::Sqlite;
    p.readOnly = map.value(QStringLiteral("readOnly")).toBool();
    p.sqlitePath = map.value(QStringLiteral("path")).toString();
    if (map.contains(QStringLiteral("store")))
        p.store = PgEndpoint::fromVariant(map.value(QStringLiteral("store")).toMap());
    if (map.contains(QStringLiteral("audit")))
        p.auditSource = PgEndpoint::fromVariant(map.value(QStringLiteral("audit")).toMap());
    return p;
}

ConnectionSpec ConnectionSpec::sqlite(const QString &path, bool readOnly)
{
    ConnectionSpec s;
    s.kind = ConnectionProfile::Kind::Sqlite;
    s.sqlitePath = path;
    s.readOnly = readOnly;
    return s;
}

ConnectionSpec ConnectionSpec::postgres(const PgEndpoint &endpoint, const QString &password)
{
    ConnectionSpec s;
    s.kind = ConnectionProfile::Kind::Postgres;
    s.pg = endpoint;
    s.password = password;
    return s;
}

QString ConnectionSpec::describe() const
{
    return kind == ConnectionProfile::Kind::Sqlite ? sqlitePath : pg.uri();
}

} // namespace ic
