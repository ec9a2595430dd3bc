#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ic::Team {

// One person of a team workspace: a PostgreSQL login holding a role of it.
struct Member
{
    QString login;
    QString displayName;
    QStringList roles; // as granted (a commander is also a responder and viewer)
    QDateTime lastSeen;
    bool superuser = false;
};

// One entry of the workspace record: a change to the settings, rules,
// policies, presets or members (who, when, before, after).
struct RecordEntry
{
    qint64 id = 0;
    QDateTime changedAt;
    QString changedBy;
    QString subject;   // "members", "action settings", "clock rules", ...
    QString item;      // the login, the setting's key, the rule's id, ...
    QString operation; // added, changed, removed
    QJsonObject before;
    QJsonObject after;
};

// The members and what they hold (any member may read this).
Result<QList<Member>> members(QSqlDatabase &db);

// Gives or takes roles (admins only; the server checks, records the change
// in the workspace record and refuses to leave the workspace without an
// admin). Returns the roles the login holds afterwards.
Result<QStringList> grant(QSqlDatabase &db, const QString &login, const QStringList &roles);
Result<QStringList> revoke(QSqlDatabase &db, const QString &login, const QStringList &roles);

// One's own display name, or anyone's for an admin.
Result<void> setDisplayName(QSqlDatabase &db, const QString &login, const QString &name);

// Notes that the person connected was here (members' "last seen").
Result<void> touch(QSqlDatabase &db);

// The workspace record, newest first (admins only).
Result<QList<RecordEntry>> workspaceRecord(QSqlDatabase &db, int limit = 500);

// Checks a role list typed by a person: every name known, none twice.
Result<QStringList> parseRoles(const QStringList &names);

} // namespace ic::Team
