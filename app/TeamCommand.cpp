#include "Commands.h"

#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/Database.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamAdmin.h"
#include "models/team/TeamMembers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace ic::app {

namespace {

QString tr(const char *text)
{
    // lupdate files these calls under the namespace's context.
    return QCoreApplication::translate("ic::app", text);
}

// The password for the endpoint: the keychain's if it holds one, else none
// and libpq looks in PGPASSWORD and ~/.pgpass. Never from the command line.
QString keychainPassword(const PgEndpoint &endpoint)
{
    SecretStore secrets;
    std::optional<SecretStore::ReadResult> found;
    QEventLoop loop;
    secrets.find(endpoint.secretKey(), [&](const SecretStore::ReadResult &r) {
        found = r;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    if (!found)
        loop.exec();
    return found && found->status == SecretStore::Status::Found ? found->secret : QString();
}

struct Connected
{
    QString name;
    QSqlDatabase db;
    ~Connected()
    {
        db = QSqlDatabase();
        if (!name.isEmpty())
            Db::close(name);
    }
};

QString rolesText(const QStringList &roles)
{
    QStringList labels;
    for (const QString &r : roles)
        labels << Team::roleLabel(r);
    return labels.isEmpty() ? tr("(none)") : labels.join(QStringLiteral(", "));
}

int printError(QTextStream &err, const Error &e)
{
    err << "incident-commander team: " << e.fullText() << '\n';
    return ExitFailure;
}

int runInit(const ConnectionSpec &spec, QTextStream &out, QTextStream &err)
{
    auto report = Team::init(spec, Clock::system().now());
    if (!report)
        return printError(err, report.error());
    const Team::InitReport &r = report.value();
    if (r.created)
        out << tr("Created the incident store in %1 (schema %2).")
                   .arg(r.location)
                   .arg(r.versionAfter)
            << '\n';
    else if (r.versionBefore != r.versionAfter)
        out << tr("Updated the incident store in %1 from schema %2 to %3; nothing was lost.")
                   .arg(r.location)
                   .arg(r.versionBefore)
                   .arg(r.versionAfter)
            << '\n';
    else
        out << tr("The incident store in %1 is up to date (schema %2).")
                   .arg(r.location)
                   .arg(r.versionAfter)
            << '\n';
    if (r.becameTeam)
        out << tr("Made the workspace's roles: %1_viewer, _responder, _commander, _approver, "
                  "_admin, the read-only audit reader %1_reader (login %1_reader_login) and the "
                  "owner of its tables %1_owner.")
                   .arg(r.rolePrefix)
            << '\n'
            << tr("%1 is its first admin and a member of %2_owner (which applies schema updates).")
                   .arg(r.login, r.rolePrefix)
            << '\n';
    else
        out << tr("Its roles start with %1_.").arg(r.rolePrefix) << '\n';
    if (r.readerRotated)
        out << tr("Gave the audit reader a new password (members receive it from the database).")
            << '\n';
    out << (r.hardened ? tr("The audit reader can call no function with effects.")
                       : tr("WARNING: the audit reader can still call functions with effects."))
        << '\n';
    for (const QString &note : r.notes)
        out << note << '\n';
    out << tr("Next: incident-commander team grant --pg CONNINFO LOGIN ROLE... (roles: viewer, "
              "responder, commander, approver, admin)")
        << '\n';
    return ExitOk;
}

int runChange(bool granting, QSqlDatabase &db, const QStringList &positional, QTextStream &out,
              QTextStream &err)
{
    const QString login = positional.value(0);
    auto roles = Team::parseRoles(positional.mid(1));
    if (!roles)
        return printError(err, roles.error());
    auto after =
        granting ? Team::grant(db, login, roles.value()) : Team::revoke(db, login, roles.value());
    if (!after)
        return printError(err, after.error());
    out << tr("%1 now holds: %2").arg(login, rolesText(after.value())) << '\n';
    if (!granting && after->isEmpty()) {
        // A person who left keeps no copy of the reader's password that works.
        auto create = Team::canCreateRoles(db);
        if (create && create.value()) {
            if (auto r = Team::rotateReaderPassword(db); !r)
                return printError(err, r.error());
            out << tr("Gave the audit reader a new password, since %1 holds no role any more.")
                       .arg(login)
                << '\n';
        } else {
            out << tr("%1 holds no role any more. Someone with CREATEROLE should run "
                      "`incident-commander team init` to give the audit reader a new password.")
                       .arg(login)
                << '\n';
        }
    }
    return ExitOk;
}

int runMembers(QSqlDatabase &db, bool json, QTextStream &out, QTextStream &err)
{
    auto members = Team::members(db);
    if (!members)
        return printError(err, members.error());
    if (json) {
        QJsonArray list;
        for (const Team::Member &m : members.value()) {
            list.append(
                QJsonObject{{QStringLiteral("login"), m.login},
                            {QStringLiteral("display_name"), m.displayName},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)},
                            {QStringLiteral("last_seen"),
                             m.lastSeen.isValid() ? QJsonValue(m.lastSeen.toString(Qt::ISODate))
                                                  : QJsonValue()},
                            {QStringLiteral("superuser"), m.superuser}});
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    int width = 5;
    for (const Team::Member &m : members.value())
        width = qMax(width, int(m.login.size()));
    out << tr("LOGIN").leftJustified(width + 2) << tr("ROLES").leftJustified(34)
        << tr("LAST SEEN (UTC)").leftJustified(22) << tr("NAME") << '\n';
    for (const Team::Member &m : members.value()) {
        QString roles = m.roles.join(QStringLiteral(", "));
        if (m.superuser)
            roles += tr(" (superuser)");
        out << m.login.leftJustified(width + 2) << roles.leftJustified(34)
            << (m.lastSeen.isValid() ? m.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : tr("never"))
                   .leftJustified(22)
            << m.displayName << '\n';
    }
    return ExitOk;
}

} // namespace

// team: the people of a team workspace and their roles, for DBAs.
int runTeam(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The people of a team workspace on PostgreSQL and what each may do, enforced by the "
           "database.\n"
           "  team init --pg CONNINFO                 prepare or update the workspace (roles, "
           "owner, schema)\n"
           "  team grant --pg CONNINFO LOGIN ROLE...  give roles to a login\n"
           "  team revoke --pg CONNINFO LOGIN ROLE... take roles from a login\n"
           "  team members --pg CONNINFO [--json]     list the members\n"
           "Roles: viewer, responder, commander, approver, admin. The password comes from the "
           "keychain, PGPASSWORD or ~/.pgpass, never the command line. Exit code 0: done; 1: "
           "refused or failed (nothing was changed); 2: bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("team"), {}, QStringLiteral("team"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("init, grant, revoke or members."));
    const QCommandLineOption pg(QStringLiteral("pg"),
                                tr("The workspace's PostgreSQL database (libpq connection string "
                                   "or postgresql:// URI, without a password)."),
                                QStringLiteral("CONNINFO"));
    const QCommandLineOption json(QStringLiteral("json"), tr("members: print JSON."));
    parser.addOptions({pg, json});

    auto usage = [&](const QString &problem) {
        err << "incident-commander team: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList rest = positional.mid(1);
    static const QStringList actions{QStringLiteral("init"), QStringLiteral("grant"),
                                     QStringLiteral("revoke"), QStringLiteral("members")};
    if (!actions.contains(action))
        return usage(action.isEmpty() ? tr("say what to do: init, grant, revoke or members.")
                                      : tr("unknown action \"%1\".").arg(action));
    if (!parser.isSet(pg))
        return usage(tr("give the workspace with --pg CONNINFO."));
    if ((action == QLatin1String("init") || action == QLatin1String("members")) && !rest.isEmpty())
        return usage(tr("%1 takes no LOGIN or ROLE.").arg(action));
    if ((action == QLatin1String("grant") || action == QLatin1String("revoke")) && rest.size() < 2)
        return usage(tr("%1 needs a LOGIN and at least one ROLE.").arg(action));
    if (parser.isSet(json) && action != QLatin1String("members"))
        return usage(tr("--json is for members."));

    auto endpoint = PgEndpoint::fromConnInfo(parser.value(pg));
    if (!endpoint)
        return usage(endpoint.error().message);
    if (action == QLatin1String("grant") || action == QLatin1String("revoke")) {
        if (auto roles = Team::parseRoles(rest.mid(1)); !roles)
            return usage(roles.error().message);
    }
    ConnectionSpec spec = ConnectionSpec::postgres(endpoint.value(), keychainPassword(*endpoint));
    spec.purpose = QStringLiteral("team");

    if (action == QLatin1String("init"))
        return runInit(spec, out, err);

    Connected c;
    c.name = QStringLiteral("team-command");
    auto db = Db::open(spec, c.name);
    if (!db) {
        c.name.clear();
        return printError(err, db.error());
    }
    c.db = db.value();
    auto access = Team::access(c.db);
    if (!access)
        return printError(err, access.error());
    if (!access->team)
        return printError(err, Error::make(Error::Kind::NotAWorkspace,
                                           tr("%1 is not a team workspace (no roles). Nothing "
                                              "was changed. Prepare it with: incident-commander "
                                              "team init --pg CONNINFO")
                                               .arg(spec.describe())));
    if (!access->any())
        return printError(err, Team::noRole(access.value(), spec.describe()));
    if (action == QLatin1String("members"))
        return runMembers(c.db, parser.isSet(json), out, err);
    return runChange(action == QLatin1String("grant"), c.db, rest, out, err);
}

} // namespace ic::app
