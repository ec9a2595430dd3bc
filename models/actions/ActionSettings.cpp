#include "models/actions/ActionSettings.h"

#include "models/store/Database.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

Error invalid(const QString &text)
{
    return Error::make(Error::Kind::InvalidInput, text);
}

// A literal loopback address only: a name ("localhost" included) resolves
// through files and DNS the app does not control, to wherever they say.
bool isLoopbackHost(const QString &host)
{
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

Result<QUrl> ActionSettings::checkBaseUrl(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return invalid(Tr::tr("Enter the admin API's address, for example "
                              "https://admin.example.com. Nothing was sent."));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return invalid(Tr::tr("\"%1\" is not a web address. Enter it as "
                              "https://admin.example.com. Nothing was sent.")
                           .arg(t.left(100)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host())) {
            return invalid(Tr::tr("http:// is refused for %1: the bearer token would cross the "
                                  "network unencrypted. Use https://; plain http:// is only "
                                  "allowed to this machine, written as an address (127.0.0.1 or "
                                  "[::1]; a name such as localhost could resolve elsewhere). "
                                  "Nothing was sent.")
                               .arg(url.host()));
        }
    } else if (scheme != QLatin1String("https")) {
        return invalid(Tr::tr("The admin API address must start with https://, not %1://. "
                              "Nothing was sent.")
                           .arg(scheme.left(20)));
    }
    if (!url.userInfo().isEmpty())
        return invalid(Tr::tr("The admin API address contains a user name or password; the "
                              "token goes in the keychain, never in the address. Nothing was "
                              "sent."));
    if (url.hasQuery() || url.hasFragment())
        return invalid(Tr::tr("The admin API address must not have a ?query or #fragment. "
                              "Nothing was sent."));
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    clean.setScheme(scheme);
    if (clean.path() == QLatin1String("/"))
        clean.setPath(QString());
    return clean;
}

Result<QByteArray> ActionSettings::parsePin(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return QByteArray();
    // "sha256/<base64>" (ours) and curl's "sha256//<base64>". Base64 may itself
    // begin with '/', so the second slash is a separator only when what follows
    // it is one character too long to be a digest on its own.
    if (t.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive)) {
        t = t.mid(7);
        if (t.startsWith(QLatin1Char('/')) && t.size() != 44)
            t = t.mid(1);
    }
    QByteArray digest;
    static const QString hex = QStringLiteral("0123456789abcdefABCDEF:");
    bool isHex = true;
    for (QChar c : t)
        isHex = isHex && hex.contains(c);
    if (isHex && t.remove(QLatin1Char(':')).size() == 64) {
        digest = QByteArray::fromHex(t.toLatin1());
    } else {
        const auto decoded =
            QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            digest = decoded.decoded;
    }
    if (digest.size() != 32) {
        return invalid(Tr::tr("The public-key pin is not a SHA-256 digest. Give it as "
                              "sha256/ followed by 44 base64 characters (openssl x509 -pubkey "
                              "| openssl pkey -pubin -outform der | openssl dgst -sha256 "
                              "-binary | base64). Nothing was sent."));
    }
    return digest;
}

QString ActionSettings::formatPin(const QByteArray &digest)
{
    return digest.isEmpty() ? QString()
                            : QStringLiteral("sha256/") + QString::fromLatin1(digest.toBase64());
}

Result<QList<QSslCertificate>> ActionSettings::parseCa(const QString &pem)
{
    if (pem.trimmed().isEmpty())
        return QList<QSslCertificate>();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.toUtf8(), QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull()) {
        return invalid(Tr::tr("The CA file holds no PEM certificate (-----BEGIN CERTIFICATE-----). "
                              "Nothing was sent."));
    }
    return certs;
}

Result<void> ActionSettings::checkToken(const QString &token)
{
    if (token.isEmpty())
        return invalid(Tr::tr("The admin API token is empty. Nothing was sent."));
    if (token.size() > 8192)
        return invalid(Tr::tr("The admin API token is longer than 8192 characters. Nothing was "
                              "sent."));
    for (QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return invalid(Tr::tr("The admin API token contains a space, line break or "
                                  "non-ASCII character, which cannot go in an HTTP header. "
                                  "Nothing was sent."));
        }
    }
    return success();
}

Result<std::optional<PgEndpoint>> ActionSettings::parsePrimary(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<PgEndpoint>();
    // Said before libpq parses it, in words about where the password goes:
    // "password=..." or "postgresql://user:secret@host/...".
    static const QRegularExpression keyword(QStringLiteral("(^|\\s)password\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral("^postgres(ql)?://[^/@?]*:[^/@?]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (keyword.match(t).hasMatch() || userInfo.match(t).hasMatch() ||
        t.contains(QLatin1String("password="), Qt::CaseInsensitive))
        return invalid(Tr::tr("The platform primary's connection contains a password. A password "
                              "is never stored in the workspace, where the whole team could read "
                              "it: leave it out and enter it in the password field, which keeps "
                              "it in your keychain. Nothing was saved."));
    auto e = PgEndpoint::fromConnInfo(t);
    if (!e)
        return invalid(Tr::tr("The platform primary: %1 Give it as host=… port=… dbname=… "
                              "user=… or postgresql://user@host:port/dbname. Nothing was saved.")
                           .arg(e.error().message));
    return std::optional<PgEndpoint>(e.value());
}

std::optional<PgEndpoint> ActionSettings::primaryEndpoint() const
{
    auto e = parsePrimary(platformPrimary);
    return e ? e.value() : std::nullopt;
}

Result<void> ActionSettings::validate() const
{
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return invalid(Tr::tr("The timeout must be between 1 and 600 seconds."));
    if (auto p = parsePrimary(platformPrimary); !p)
        return p.error();
    if (backend == Backend::Sql)
        return success();
    auto u = checkBaseUrl(apiBaseUrl);
    if (!u)
        return u.error();
    auto p = parsePin(pin);
    if (!p)
        return p.error();
    if (!p->isEmpty() && u->scheme() != QLatin1String("https"))
        return invalid(Tr::tr("A public-key pin needs an https:// address: over http:// there is "
                              "no key to check. Nothing was sent."));
    if (auto c = parseCa(caPem); !c)
        return c.error();
    return success();
}

QString ActionSettings::tokenKey() const
{
    auto url = checkBaseUrl(apiBaseUrl);
    const QUrl u = url ? url.value() : QUrl(apiBaseUrl.trimmed());
    return QStringLiteral("admin-api/") + u.toString(QUrl::RemovePath | QUrl::RemoveUserInfo |
                                                     QUrl::RemoveQuery | QUrl::RemoveFragment);
}

namespace ActionSettingsStore {

Result<ActionSettings> load(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("SELECT key, value FROM ic_action_settings"));
    if (!q)
        return q.error();
    ActionSettings s;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == QLatin1String("backend"))
            s.backend = backendFromCode(value).value_or(Backend::Sql);
        else if (key == QLatin1String("api.base_url"))
            s.apiBaseUrl = value;
        else if (key == QLatin1String("api.ca_pem"))
            s.caPem = value;
        else if (key == QLatin1String("api.pin"))
            s.pin = value;
        else if (key == QLatin1String("api.timeout_seconds"))
            s.timeoutSeconds = qBound(1, value.toInt(), 600);
        else if (key == QLatin1String("platform.primary"))
            s.platformPrimary = value;
    }
    return s;
}

QStringList differences(const ActionSettings &a, const ActionSettings &b)
{
    QStringList out;
    if (a.backend != b.backend)
        out << Tr::tr("how it acts (now %1)")
                   .arg(b.backend == Backend::Api ? Tr::tr("the admin API") : Tr::tr("direct SQL"));
    if (a.apiBaseUrl != b.apiBaseUrl)
        out << Tr::tr("the admin API address (now %1)")
                   .arg(b.apiBaseUrl.isEmpty() ? Tr::tr("none") : b.apiBaseUrl.left(200));
    if (a.pin != b.pin)
        out << (b.pin.isEmpty() ? Tr::tr("the public-key pin (now none)")
                                : Tr::tr("the public-key pin (now %1)").arg(b.pin.left(60)));
    if (a.caPem.trimmed() != b.caPem.trimmed()) {
        const auto certs = ActionSettings::parseCa(b.caPem);
        out << (certs && !certs->isEmpty()
                    ? Tr::tr("the private CA (now %1)").arg(certs->first().subjectDisplayName())
                    : Tr::tr("the private CA (now the system's)"));
    }
    if (a.timeoutSeconds != b.timeoutSeconds)
        out << Tr::tr("the timeout (now %n s)", nullptr, b.timeoutSeconds);
    if (a.platformPrimary.trimmed() != b.platformPrimary.trimmed())
        out << Tr::tr("the platform primary (now %1)")
                   .arg(b.platformPrimary.trimmed().isEmpty()
                            ? Tr::tr("none: containment acts on the audit source")
                            : b.platformPrimary.trimmed().left(200));
    return out;
}

Result<void> save(QSqlDatabase &db, const ActionSettings &s, const ActionSettings &baseSettings,
                  const QString &actor, const QDateTime &now)
{
    if (auto v = s.validate(); !v)
        return v;
    QString pin;
    if (auto p = ActionSettings::parsePin(s.pin); p)
        pin = ActionSettings::formatPin(p.value());
    QString base = s.apiBaseUrl.trimmed();
    if (auto u = ActionSettings::checkBaseUrl(base); u)
        base = u->toString();
    // Stored as its URI: the same text for everyone, and never a password.
    const std::optional<PgEndpoint> primary = s.primaryEndpoint();
    const QString primaryUri = primary ? primary->uri() : QString();
    return Db::transaction(db, [&]() -> Result<void> {
        // One save at a time, and only over what the form was filled from.
        if (Db::isPostgres(db)) {
            auto locked = Db::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7310458)"));
            if (!locked)
                return locked.error();
        }
        auto current = load(db);
        if (!current)
            return current.error();
        const QStringList changed = differences(baseSettings, current.value());
        if (!changed.isEmpty()) {
            auto who = Db::exec(db, QStringLiteral("SELECT updated_by, updated_at FROM "
                                                   "ic_action_settings ORDER BY updated_at DESC "
                                                   "LIMIT 1"));
            QString by, at;
            if (who && who->next()) {
                by = who->value(0).toString();
                at = Db::readTime(who->value(1))
                         .toLocalTime()
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            }
            return Error::make(
                Error::Kind::Conflict,
                Tr::tr("%1 changed how this workspace acts at %2, after you opened these "
                       "settings: %3. Nothing was saved. Close the settings and open them again "
                       "to see the new values, then make your change.")
                    .arg(by.isEmpty() ? Tr::tr("Someone") : by,
                         at.isEmpty() ? Tr::tr("an unknown time") : at,
                         changed.join(QStringLiteral("; "))));
        }
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("backend"), backendCode(s.backend)},
              std::pair{QStringLiteral("api.base_url"), base},
              std::pair{QStringLiteral("api.ca_pem"), s.caPem.trimmed()},
              std::pair{QStringLiteral("api.pin"), pin},
              std::pair{QStringLiteral("api.timeout_seconds"), QString::number(s.timeoutSeconds)},
              std::pair{QStringLiteral("platform.primary"), primaryUri}}) {
            auto q = Db::exec(
                db,
                QStringLiteral("INSERT INTO ic_action_settings (key, value, "
                               "updated_at, updated_by) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = "
                               "excluded.value, updated_at = excluded.updated_at, "
                               "updated_by = excluded.updated_by"),
                {key, value.isNull() ? QStringLiteral("") : value, Db::bindTime(db, now), actor});
            if (!q)
                return q.error();
        }
        return success();
    });
}

} // namespace ActionSettingsStore
} // namespace ic
