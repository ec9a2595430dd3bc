#include "models/team/TeamMembers.h"

#include "models/store/Database.h"
#include "models/team/TeamAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ic::Team {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Team)
};

Error notTeam()
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("This workspace is single-person: it has no members or roles. "
                              "Nothing was changed. Team workspaces are PostgreSQL databases "
                              "prepared with: incident-commander team init --pg CONNINFO"));
}

Result<void> requireTeam(QSqlDatabase &db)
{
    auto a = access(db);
    if (!a)
        return a.error();
    if (!a->team)
        return notTeam();
    return success();
}

Result<void> checkLogin(const QString &login)
{
    if (login.trimmed().isEmpty() || login.size() > 63 || login.contains(QChar(QChar::Null)))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("\"%1\" is not a login name (1 to 63 characters). Nothing was "
                                  "changed.")
                               .arg(login.left(80)));
    return success();
}

Result<QStringList> changeRoles(QSqlDatabase &db, const char *function, const QString &login,
                                const QStringList &roles)
{
    if (auto l = checkLogin(login); !l)
        return l.error();
    auto parsed = parseRoles(roles);
    if (!parsed)
        return parsed.error();
    if (auto t = requireTeam(db); !t)
        return t.error();
    QStringList after;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        auto q = exec(db,
                      QStringLiteral("SELECT array_to_json(%1(?, ARRAY(SELECT "
                                     "json_array_elements_text(CAST(? AS json)))))::text")
                          .arg(QLatin1String(function)),
                      {login, listToJson(parsed.value())});
        if (!q)
            return q.error();
        after = q->next() ? listFromJson(q->value(0)) : QStringList();
        return success();
    });
    if (!r)
        return r.error();
    return after;
}

} // namespace

Result<QStringList> parseRoles(const QStringList &names)
{
    QStringList out;
    for (const QString &raw : names) {
        const QString n = raw.trimmed().toLower();
        if (!roleNames().contains(n))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is not a role of a workspace; the roles are "
                                      "viewer, responder, commander, approver and admin. Nothing "
                                      "was changed.")
                                   .arg(raw.left(80)));
        if (!out.contains(n))
            out << n;
    }
    if (out.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Name at least one role (viewer, responder, commander, "
                                  "approver, admin). Nothing was changed."));
    return out;
}

Result<QList<Member>> members(QSqlDatabase &db)
{
    if (auto t = requireTeam(db); !t)
        return t.error();
    auto q = exec(db, QStringLiteral("SELECT login, display_name, array_to_json(roles)::text, "
                                     "last_seen, superuser FROM ic_team_members()"));
    if (!q)
        return q.error();
    QList<Member> out;
    while (q->next()) {
        Member m;
        m.login = q->value(0).toString();
        m.displayName = q->value(1).toString();
        m.roles = listFromJson(q->value(2));
        m.lastSeen = Db::readTime(q->value(3));
        m.superuser = q->value(4).toBool();
        out << m;
    }
    return out;
}

Result<QStringList> grant(QSqlDatabase &db, const QString &login, const QStringList &roles)
{
    return changeRoles(db, "ic_team_grant", login, roles);
}

Result<QStringList> revoke(QSqlDatabase &db, const QString &login, const QStringList &roles)
{
    return changeRoles(db, "ic_team_revoke", login, roles);
}

Result<void> setDisplayName(QSqlDatabase &db, const QString &login, const QString &name)
{
    if (auto l = checkLogin(login); !l)
        return l;
    if (auto t = requireTeam(db); !t)
        return t;
    auto q = exec(db, QStringLiteral("SELECT ic_set_display_name(?, ?)"), {login, name.trimmed()});
    if (!q)
        return q.error();
    return success();
}

Result<void> touch(QSqlDatabase &db)
{
    auto q = exec(db, QStringLiteral("SELECT ic_touch()"));
    if (!q)
        return q.error();
    return success();
}

Result<QList<RecordEntry>> workspaceRecord(QSqlDatabase &db, int limit)
{
    if (auto t = requireTeam(db); !t)
        return t.error();
    auto q = exec(db,
                  QStringLiteral("SELECT id, changed_at, changed_by, subject, item, operation, "
                                 "before::text, after::text FROM ic_workspace_record "
                                 "ORDER BY changed_at DESC, id DESC LIMIT ?"),
                  {qBound(1, limit, 100000)});
    if (!q)
        return q.error();
    QList<RecordEntry> out;
    while (q->next()) {
        RecordEntry e;
        e.id = q->value(0).toLongLong();
        e.changedAt = Db::readTime(q->value(1));
        e.changedBy = q->value(2).toString();
        e.subject = q->value(3).toString();
        e.item = q->value(4).toString();
        e.operation = q->value(5).toString();
        e.before = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

} // namespace ic::Team
