#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>

namespace ic {

// Where text someone else may have written (the SQL console, runbook
// queries, detection rules) is run: in a team workspace on PostgreSQL, a
// connection of the workspace's read-only audit reader, whose login holds
// nothing but SELECT on the platform tables, so no statement can reach what
// the person's own login may do (store step 18). Elsewhere (SQLite, a
// separate audit database, a workspace from before roles) the connection
// given is the one to use.
namespace AuditReader {

// The connection to run such text on, for the workspace `person` is
// connected to. The reader's connection is opened on this thread on first
// use, kept for the next calls from the same connection, checked each time
// that the person still holds a role of the workspace (unless `recheck` is
// false: the next page of a result already read), and closed when this
// thread ends (or by close()). Errors say what failed and that nothing was
// run.
Result<QSqlDatabase> connectionFor(QSqlDatabase &person, bool recheck = true);

// Closes the reader connection opened for `personConnectionName` on this
// thread, if any.
void close(const QString &personConnectionName);

// The reader's connection name for a person's connection name.
QString connectionName(const QString &personConnectionName);

} // namespace AuditReader
} // namespace ic
