#pragma once

// The places a platform keeps its audit log, for tests and ic_bench: the
// plain audit_logs table our migrations create, the same table partitioned
// by day on its timestamp (pg_partman where installed, plain declarative
// partitions otherwise), a view a DBA made over a differently named and
// shaped table in another schema, and a hot standby of the primary.

#include "PgServer.h"
#include "models/core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ic::test {

enum class AuditLayout { Table, Partitioned, View, Standby };

QString layoutName(AuditLayout layout); // "table", "partitioned", "view", "standby"
Result<AuditLayout> layoutFromName(const QString &name);

// initTestCase_data() rows over every audit source: columns `engine`
// ("sqlite", "postgres") and `layout` (AuditLayout); tags sqlite, postgres,
// partitioned, view, standby. `withSqlite` false: PostgreSQL only.
void addAuditLayoutRows(bool withSqlite = true);
// The current test's `layout` global data (addAuditLayoutRows() must have
// made the column).
AuditLayout currentLayout();

// Whether the pg_partman extension can be created on `server`.
bool hasPartman(PgServer &server, const QString &database);

// Turns the audit_logs table of `database` (empty or filled) into `layout`,
// keeping every row and id:
// - Partitioned: audit_logs partitioned by range of timestamp, one
//   partition a day from `from` to `to` (a few days ahead, as pg_partman
//   premakes) and a default partition; with pg_partman unless `plain`.
//   The same indexes on every partition, primary key (id, timestamp).
// - View: the table moves to platform.events with the platform's own
//   names (created_at, actor_id, ip_address, metadata as json) and
//   audit_logs becomes a view over it, as docs/audit-sources.md shows.
// - Table and Standby: nothing (a standby reads the primary's table).
Result<void> applyAuditLayout(PgServer &server, const QString &database, AuditLayout layout,
                              const QDate &from, const QDate &to, bool plain = false);

// How a test writes audit rows on a layout (the platform writing its log):
// the table and column names in audit_logs' column order (id, timestamp,
// event, user_id, tenant_id, api_key_id, ip, query, metadata) and the SQL
// type of metadata.
struct AuditWriteTarget
{
    QString table;
    QStringList columns;
    QString metadataType;
    QString idSequence; // the sequence that numbers its rows

    // "INSERT INTO <table> (<columns for these audit_logs names>)".
    QString insertInto(const QStringList &auditColumns) const;
};
AuditWriteTarget writeTarget(AuditLayout layout);

// The name of the index a view's or partitioned table's query should use
// for keyset order on time (base table's index for a view).
QString timeIndexName(AuditLayout layout);

} // namespace ic::test

Q_DECLARE_METATYPE(ic::test::AuditLayout)
