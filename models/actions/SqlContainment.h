#pragma once

#include "models/actions/ActionRecord.h"
#include "models/core/Result.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace ic {

// One parameterised statement of a containment action.
struct SqlStep
{
    QString sql;
    QVariantList params;
    QString counts; // what its affected rows are ("api_keys", "sessions"), empty: not counted
};

// What an action would touch, read from the platform tables before anything
// is sent: the subject as the platform knows it and how many objects change.
struct SubjectInfo
{
    QString description; // "alice@northwind.test (Alice Doe), tenant ten_northwind, active"
    QStringList counts;  // "2 active API keys", "1 open session" (translated)
    int total = 0;       // objects the action changes
    QStringList notes;   // "already suspended: nothing changes"
};

// What the SQL backend did.
struct SqlOutcome
{
    int affected = 0;
    bool alreadyDone = false; // found the action's own audit_logs row: it ran before
    QString summary;          // "2 api_keys, 1 sessions updated; audit_logs row 4711"
};

// The platform document's containment SQL, parameterised, on the audit
// source (the workspace's own platform tables in the demo, a team's
// PostgreSQL otherwise): the change and the matching audit_logs row in one
// transaction. The audit row carries the action id, so a resume after a
// crash finds that it already ran instead of running it twice.
namespace SqlContainment {

// Whether the database has the platform tables the statements need
// (NotAWorkspace when not: the admin API may still be used).
Result<void> checkTables(QSqlDatabase &db);

// Reads the subject and counts what would change; NotFound names an
// unknown user, tenant or key.
Result<SubjectInfo> inspect(QSqlDatabase &db, ActionKind kind, const QString &target,
                            const QDateTime &nowUtc);

// The statements, in order, without the audit_logs insert.
QList<SqlStep> statements(Db::Engine engine, const ActionRecord &action, const QString &actor,
                          const QVariant &now);
// The audit_logs insert for the action.
SqlStep auditInsert(Db::Engine engine, const ActionRecord &action, const QString &actor,
                    const QString &incidentRef, int affected, const QJsonObject &changes,
                    const QVariant &now);

// Readable SQL for the preview: the statements with their values shown.
QString describe(Db::Engine engine, const ActionRecord &action, const QString &actor);

// Runs the action in one transaction, or finds that it already ran. Runs of
// one action are serialised (PostgreSQL: an advisory transaction lock on the
// action id, and on the address for a block; SQLite: the write lock), so
// whoever comes second finds the first one's audit row. `leaseUntil`
// (optional, on the same clock as `nowUtc`): the claim's end; no statement
// runs past it (statement_timeout) and nothing commits after it.
Result<SqlOutcome> execute(QSqlDatabase &db, const ActionRecord &action, const QString &actor,
                           const QString &incidentRef, const QDateTime &nowUtc,
                           const QDateTime &leaseUntil = {});

} // namespace SqlContainment
} // namespace ic
