#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace ic::Team {

// The workspace roles, in the order people read them.
const QStringList &roleNames();         // viewer, responder, commander, approver, admin
QString roleLabel(const QString &role); // translated, for messages and lists

// Who the server says the person connected is, and what they may do. A
// team workspace on PostgreSQL (store schema 13 on) answers from the
// server (ic_access()); a SQLite workspace, or a PostgreSQL one from before
// per-person roles, is single-person: `team` is false and every role is
// held, as before.
struct Access
{
    bool team = false;
    QString login;       // the server's session_user (team workspaces)
    QString displayName; // from the members table; empty when none was set
    bool superuser = false;
    QStringList roles;  // held, directly or through another role
    QStringList admins; // logins that can grant roles (not superusers)
    QString rolePrefix; // ic_<hex>: the workspace's role names start with it

    bool has(const QString &role) const { return !team || roles.contains(role); }
    bool any() const { return !team || !roles.isEmpty(); }
};

Result<Access> access(QSqlDatabase &db);

// "Your login bob holds no role in this workspace..." naming the admins who
// can grant one; nothing was changed.
Error noRole(const Access &access, const QString &where);

// Runs one statement of the team layer. A refusal by the server (a check of
// the workspace's functions or triggers, or a missing privilege) comes back
// as Error::Kind::PermissionDenied with the server's own sentence as the
// message, which says what was refused and that nothing was changed.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &params = {});

// The same reading for an error another layer already made (Db::exec).
Error explain(const Error &error);

// A list the server sent as JSON (SQL: array_to_json(...)::text), and one
// to send (SQL: ARRAY(SELECT json_array_elements_text(CAST(? AS json)))).
// JSON both ways: no hand-made parser of PostgreSQL's array text.
QStringList listFromJson(const QVariant &json);
QString listToJson(const QStringList &items);

} // namespace ic::Team
