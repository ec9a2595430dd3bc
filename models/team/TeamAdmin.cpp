#include "models/team/TeamAdmin.h"

#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/Workspace.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamLogging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <libpq-fe.h>

namespace ic::Team {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Team)
};

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString randomPassword()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

Result<int> storeVersion(const ConnectionSpec &spec)
{
    const QString name = QStringLiteral("team-init-probe-") + QUuid::createUuid().toString();
    int version = 0;
    Result<void> r = success();
    {
        auto db = Db::open(spec, name);
        if (!db)
            return db.error();
        if (db->tables().contains(QStringLiteral("ic_schema_migrations"))) {
            auto v = Migrations::currentVersion(db.value(), Migrations::Component::Store);
            if (v)
                version = v.value();
        }
    }
    Db::close(name);
    if (!r)
        return r.error();
    return version;
}

} // namespace

Result<bool> canCreateRoles(QSqlDatabase &db)
{
    auto q = exec(db, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                                     "WHERE rolname = current_user"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

Result<void> createLogin(QSqlDatabase &db, const QString &login, const QString &password)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!plain.match(login).hasMatch() ||
        login.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("\"%1\" cannot be a new login: use letters, digits, _ . - @ "
                                  "(1 to 63 characters, starting with a letter or _, not pg_). "
                                  "Nothing was changed.")
                               .arg(login.left(80)));
    if (password.size() < 12 || password.contains(QChar(QChar::Null)))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The password needs at least 12 characters. Nothing was "
                                  "changed."));
    if (!Db::isPostgres(db))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Only a team workspace (PostgreSQL) has logins. Nothing was "
                                  "changed."));
    auto may = canCreateRoles(db);
    if (!may)
        return may.error();
    if (!may.value())
        return Error::make(Error::Kind::PermissionDenied,
                           Tr::tr("Your login may not create logins (that needs CREATEROLE); ask "
                                  "your database administrator to create %1. Nothing was "
                                  "changed.")
                               .arg(login));
    auto exists = exec(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login});
    if (!exists)
        return exists.error();
    if (exists->next())
        return Error::make(Error::Kind::Conflict,
                           Tr::tr("A login or role named %1 exists already: add it as an "
                                  "existing login. Nothing was changed.")
                               .arg(login));
    PGconn *conn = Db::pgConnection(db);
    if (!conn)
        return Error::make(Error::Kind::Unreachable,
                           Tr::tr("The connection to the database was lost. Nothing was changed."));
    const QByteArray user = login.toUtf8();
    char *verifier =
        PQencryptPasswordConn(conn, password.toUtf8().constData(), user.constData(), nullptr);
    if (!verifier)
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not prepare the password. Nothing was changed."),
                           QString::fromUtf8(PQerrorMessage(conn)));
    QString literal = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    // Identifiers and passwords cannot be bound parameters in CREATE ROLE:
    // the name is checked above and quoted, the literal is only a verifier.
    auto c = exec(db, QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB "
                                     "PASSWORD '%2'")
                          .arg(quoted(login), literal));
    if (!c)
        return c.error();
    qCInfo(lcTeam) << "created login" << login;
    return success();
}

Result<void> rotateReaderPassword(QSqlDatabase &db)
{
    auto who = exec(db, QStringLiteral("SELECT ic_role('reader_login')"));
    if (!who)
        return who.error();
    const QString login = who->next() ? who->value(0).toString() : QString();
    if (login.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("This workspace has no audit reader yet. Nothing was changed."));
    PGconn *conn = Db::pgConnection(db);
    if (!conn)
        return Error::make(Error::Kind::Unreachable,
                           Tr::tr("The connection to the database was lost. Nothing was changed."));
    const QString password = randomPassword();
    const QByteArray user = login.toUtf8();
    char *verifier =
        PQencryptPasswordConn(conn, password.toUtf8().constData(), user.constData(), nullptr);
    if (!verifier)
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not prepare the audit reader's new password. Nothing was "
                                  "changed."),
                           QString::fromUtf8(PQerrorMessage(conn)));
    const QString hashed = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return Db::transaction(db, [&]() -> Result<void> {
        // The statement carries only the verifier (a SCRAM hash), never the password.
        QString literal = hashed;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        auto a =
            exec(db, QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(quoted(login), literal));
        if (!a)
            return a.error();
        if (auto o = Migrations::assumeOwnerRole(db); !o)
            return o;
        auto u = exec(db,
                      QStringLiteral("INSERT INTO ic_reader_secret (login, password) "
                                     "VALUES (?, ?) ON CONFLICT (login) DO UPDATE SET "
                                     "password = excluded.password"),
                      {login, password});
        if (!u)
            return u.error();
        return success();
    });
}

Result<InitReport> init(const ConnectionSpec &spec, const QDateTime &nowUtc)
{
    InitReport report;
    report.location = spec.describe();
    auto before = storeVersion(spec);
    if (!before)
        return before.error();
    report.versionBefore = before.value();

    OpenOptions options;
    options.createIfMissing = true;
    options.createPlatformTables = false;
    const QString name = QStringLiteral("team-init-") + QUuid::createUuid().toString();
    auto info = Workspace::open(spec, options, name, nowUtc);
    if (!info)
        return info.error();
    Result<InitReport> out = report;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        auto run = [&]() -> Result<void> {
            report.created = info->created;
            report.becameTeam = info->becameTeam;
            report.versionAfter = info->storeVersion;
            report.login = info->login;
            auto a = access(db);
            if (!a)
                return a.error();
            if (!a->team)
                return Error::make(Error::Kind::General,
                                   Tr::tr("The workspace was updated but has no roles. Nothing "
                                          "else was changed."));
            report.rolePrefix = a->rolePrefix;
            if (!a->roles.contains(QStringLiteral("admin")))
                return Error::make(
                    Error::Kind::PermissionDenied,
                    Tr::tr("%1 is not an admin of this workspace, so it cannot prepare it. "
                           "Nothing was changed. Its admins: %2")
                        .arg(a->login, a->admins.join(QStringLiteral(", "))));

            auto super = exec(db, QStringLiteral("SELECT ic_superuser()"));
            if (!super)
                return super.error();
            const bool superuser = super->next() && super->value(0).toBool();
            // The platform's tables (ours or its own) and the server's
            // functions with effects: what a superuser may set right.
            auto t = Db::transaction(db, [&]() -> Result<void> {
                if (!superuser) {
                    if (auto o = Migrations::assumeOwnerRole(db); !o)
                        return o;
                }
                auto g = exec(db, QStringLiteral("SELECT ic_grant_platform()"));
                if (!g)
                    return g.error();
                if (superuser) {
                    auto h = exec(db, QStringLiteral("SELECT ic_harden_server()"));
                    if (!h)
                        return h.error();
                }
                return success();
            });
            if (!t)
                return t.error();
            auto hardened = exec(db, QStringLiteral("SELECT ic_server_hardened()"));
            if (!hardened)
                return hardened.error();
            report.hardened = hardened->next() && hardened->value(0).toBool();
            if (!report.hardened)
                report.notes << Tr::tr(
                    "The read-only audit reader may still call functions with effects "
                    "(advisory locks, pg_terminate_backend, pg_notify, dblink). Only a superuser "
                    "can take them from PUBLIC: have one run this command once.");

            auto create = canCreateRoles(db);
            if (!create)
                return create.error();
            if (create.value()) {
                if (auto r = rotateReaderPassword(db); !r)
                    return r;
                report.readerRotated = true;
            } else {
                report.notes << Tr::tr("The audit reader's password was not replaced (that "
                                       "needs CREATEROLE).");
            }
            // Every member opens a workspace with a severity policy; only
            // admins may store one.
            auto policy = IncidentRepository(db, nowUtc).ensurePolicy();
            if (!policy)
                return policy.error();
            return success();
        };
        if (auto r = run(); !r)
            out = r.error();
        else
            out = report;
    }
    Db::close(name);
    return out;
}

} // namespace ic::Team
