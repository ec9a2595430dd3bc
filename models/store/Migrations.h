#pragma once

#include "models/core/Result.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ic::Migrations {

// The incident store is always ours; the platform tables are only created
// for the embedded workspace and for demo or test databases.
enum class Component { Store, Platform };

struct Step
{
    int version = 0;
    QString name;
    QString sql;
};

QString componentName(Component c);

// The migration scripts bundled with this build, in version order.
QList<Step> steps(Db::Engine engine, Component component);
int latestVersion(Db::Engine engine, Component component);

// The CREATE TABLE of the ledger (ic_schema_migrations) on this engine.
QString ledgerSql(Db::Engine engine);

// The highest version recorded in the database (0 when none).
Result<int> currentVersion(QSqlDatabase &db, Component component);

// PostgreSQL team workspaces (store step 13 on): the tables belong to a
// NOLOGIN owner role, and schema updates run as it (SET LOCAL ROLE, for the
// caller's transaction) when the login is one of its members; otherwise a
// PermissionDenied error names who can apply them. No-op elsewhere.
Result<void> assumeOwnerRole(QSqlDatabase &db);

// Applies every pending step inside the caller's transaction and records it.
// Returns the steps applied. Refuses a database newer than this build.
Result<QList<Step>> applyPending(QSqlDatabase &db, Component component, const QDateTime &nowUtc);

} // namespace ic::Migrations
