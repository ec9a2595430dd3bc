#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditQueries.h"
#include "models/audit/AuditRow.h"
#include "models/audit/AuditSql.h"
#include "models/core/Result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace ic {

// What audit_logs is on a PostgreSQL audit source, read from its catalogs:
// a table, a view (a DBA's view over the platform's own table), or a table
// partitioned by range of timestamp (as pg_partman makes them), and whether
// the server is a hot standby. SQLite's is always a table.
//
// Why it matters: a statement over every partition of a partitioned
// audit_logs costs the planner tens of milliseconds (every partition and
// each of its indexes is considered), and with a default partition
// PostgreSQL cannot read the partitions in order, so it opens every one
// (Merge Append). Bounded to a time window inside one partition's range,
// the same statement is planned and run in well under a millisecond: the
// planner prunes the rest. So pages, seeks and estimates on a partitioned
// audit log go window by window, the windows being the partitions' own
// time ranges (and what lies before, after and between them, which only
// a default partition can hold).
struct AuditRelation
{
    enum class Kind { Table, Partitioned, View, Other };

    // One edge between two windows: the time both as the server printed it
    // (bound as is, so nothing is lost to rounding) and in microseconds.
    struct Edge
    {
        qint64 us = 0;
        QString text;
    };

    Kind kind = Kind::Table;
    bool hotStandby = false;
    int partitions = 0;   // leaf partitions
    QList<Edge> edges;    // ascending; window i is [edges[i-1], edges[i]) with open ends
    QList<double> rows;   // per window: the planner's row count of its partition (0: none)
    double otherRows = 0; // rows in partitions that are not one window (the default)
    bool analyzed = true; // every partition has statistics (reltuples >= 0)

    // Partitioned by range of timestamp, with at least one bounded partition.
    bool windowed() const { return kind == Kind::Partitioned && !edges.isEmpty(); }
    int windowCount() const { return int(edges.size()) + 1; }
    int windowOf(qint64 us) const;
    // The planner's idea of the whole table's rows (sum of the partitions').
    double totalRows() const;
    // "a table", "a view", "a table partitioned by time (104 partitions)"...
    QString describe() const;
};

namespace AuditPartitions {

// Reads what audit_logs is on this connection (PostgreSQL; SQLite: a table).
Result<AuditRelation> read(QSqlDatabase &db, AuditCanceller *canceller = nullptr);

// A page of `request` read window by window (AuditQueries::fetchPage does
// this for a windowed relation): the windows from the key's (or the result's
// end) in the reading direction, first one at a time, then more at once, each
// statement bounded to them. Rows in display order.
Result<QList<AuditRow>> fetchPage(QSqlDatabase &db, const CompiledFilter &filter,
                                  const AuditQueries::PageRequest &request,
                                  const AuditRelation &relation, AuditCanceller *canceller,
                                  SqlStatement *ran);

// The estimate for a windowed relation without planning over every
// partition: the filter's share in one sample window (EXPLAIN bounded to
// it) times the rows of the windows the filter covers; a filter on a short
// time range is explained as it is. -1: no estimate this way (a partition
// never analyzed): ask the planner over the whole table.
Result<qint64> estimate(QSqlDatabase &db, const CompiledFilter &filter,
                        const AuditRelation &relation, AuditCanceller *canceller);

} // namespace AuditPartitions
} // namespace ic

Q_DECLARE_METATYPE(ic::AuditRelation)
