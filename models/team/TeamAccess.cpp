#include "models/team/TeamAccess.h"

#include "models/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace ic::Team {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Team)
};

struct ServerText
{
    QString message; // the server's first line, after "ERROR:"
    QString hint;
};

ServerText serverText(const QString &text)
{
    ServerText t;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (t.message.isEmpty() && l.startsWith(QLatin1String("ERROR:")))
            t.message = l.mid(6).trimmed();
        else if (t.hint.isEmpty() && l.startsWith(QLatin1String("HINT:")))
            t.hint = l.mid(5).trimmed();
    }
    return t;
}

Error fromServer(const QString &sqlState, const QString &databaseText, const Error &fallback)
{
    const ServerText t = serverText(databaseText);
    if (t.message.isEmpty())
        return fallback;
    const bool denied = sqlState == QLatin1String("42501") ||
                        t.message.startsWith(QLatin1String("permission denied")) ||
                        t.message.startsWith(QLatin1String("Only "));
    Error e = fallback;
    if (t.message.startsWith(QLatin1String("permission denied"))) {
        // A privilege the login lacks: PostgreSQL's words name the object.
        e.kind = Error::Kind::PermissionDenied;
        e.message = Tr::tr("The database refused this: your login holds no role of this "
                           "workspace that may do it (%1). Nothing was changed. An admin of the "
                           "workspace can grant the role it needs.")
                        .arg(t.message);
        return e;
    }
    if (denied)
        e.kind = Error::Kind::PermissionDenied;
    else if (sqlState == QLatin1String("22023") || sqlState == QLatin1String("42704") ||
             sqlState == QLatin1String("P0002") || sqlState == QLatin1String("55000"))
        e.kind = sqlState == QLatin1String("P0002") || sqlState == QLatin1String("42704")
                     ? Error::Kind::NotFound
                     : Error::Kind::InvalidInput;
    else if (sqlState == QLatin1String("40001"))
        e.kind = Error::Kind::Conflict;
    else if (sqlState.isEmpty() && t.message.contains(QLatin1String("Nothing was")))
        e.kind = Error::Kind::PermissionDenied; // a check of the workspace's own functions
    else
        return fallback;
    e.message = t.hint.isEmpty() ? t.message : t.message + QLatin1Char(' ') + t.hint;
    return e;
}

} // namespace

QStringList listFromJson(const QVariant &json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &v : a) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QString listToJson(const QStringList &items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

const QStringList &roleNames()
{
    static const QStringList names{QStringLiteral("viewer"), QStringLiteral("responder"),
                                   QStringLiteral("commander"), QStringLiteral("approver"),
                                   QStringLiteral("admin")};
    return names;
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("viewer"))
        return Tr::tr("viewer");
    if (role == QLatin1String("responder"))
        return Tr::tr("responder");
    if (role == QLatin1String("commander"))
        return Tr::tr("commander");
    if (role == QLatin1String("approver"))
        return Tr::tr("approver");
    if (role == QLatin1String("admin"))
        return Tr::tr("admin");
    if (role == QLatin1String("owner"))
        return Tr::tr("owner (schema updates)");
    return role;
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (params.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &p : params)
            q.addBindValue(p);
        ok = q.exec();
    }
    if (ok)
        return q;
    const Error fallback = Db::queryError(q, Tr::tr("A database statement failed."));
    if (fallback.kind == Error::Kind::Unreachable)
        return fallback;
    return fromServer(q.lastError().nativeErrorCode(), q.lastError().databaseText(), fallback);
}

Error explain(const Error &error)
{
    if (error.kind == Error::Kind::Unreachable || error.detail.isEmpty())
        return error;
    return fromServer(QString(), error.detail, error);
}

Result<Access> access(QSqlDatabase &db)
{
    Access a;
    if (!Db::isPostgres(db))
        return a;
    auto has = exec(db, QStringLiteral("SELECT to_regprocedure('ic_access()') IS NOT NULL"));
    if (!has)
        return has.error();
    if (!has->next() || !has->value(0).toBool())
        return a; // a workspace from before per-person roles
    auto q = exec(db, QStringLiteral("SELECT login, superuser, array_to_json(roles)::text, "
                                     "array_to_json(admins)::text, role_prefix FROM ic_access()"));
    if (!q)
        return q.error();
    if (!q->next())
        return a;
    a.team = true;
    a.login = q->value(0).toString();
    a.superuser = q->value(1).toBool();
    a.roles = listFromJson(q->value(2));
    a.admins = listFromJson(q->value(3));
    a.rolePrefix = q->value(4).toString();
    if (a.roles.isEmpty() && !a.superuser)
        return a; // may not read the members table; the caller says so
    auto name = exec(db, QStringLiteral("SELECT display_name FROM ic_members WHERE login = "
                                        "session_user"));
    if (!name)
        return name.error();
    if (name->next())
        a.displayName = name->value(0).toString().trimmed();
    return a;
}

Error noRole(const Access &a, const QString &where)
{
    const QString admins = a.admins.isEmpty()
                               ? Tr::tr("no admin is named yet; ask your database administrator")
                               : a.admins.join(QStringLiteral(", "));
    return Error::make(
        Error::Kind::PermissionDenied,
        Tr::tr("Your login \"%1\" holds no role in the workspace %2 (viewer, responder, "
               "commander, approver or admin), so it may neither read nor change anything "
               "there. Nothing was changed. An admin of the workspace can grant you one (%3), "
               "in Members & Roles or with: incident-commander team grant --pg CONNINFO %1 "
               "viewer")
            .arg(a.login, where, admins));
}

} // namespace ic::Team
