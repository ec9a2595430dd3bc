#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditRow.h"
#include "models/audit/AuditSql.h"
#include "models/core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace ic {

struct AuditRelation;

// The statements the explorer runs against audit_logs, synchronous: call
// them on a worker thread with its own connection (AuditLogModel does).
// Pages are keyset seeks on (timestamp, id), never a large OFFSET.
namespace AuditQueries {

constexpr int PageSize = 128;
// Every this many rows the background scan records a key, so any row
// position is at most this many rows from a known key.
constexpr int CheckpointStride = 256;

// Which rows of the result, in the order the commander sees it.
struct PageRequest
{
    AuditKey key;           // invalid: from the first row (forward) or the last (backward)
    bool inclusive = false; // the key's own row is part of the page
    bool backward = false;  // rows before the key, nearest first, returned in display order
    int offset = 0;         // rows to skip after the key (bounded by CheckpointStride)
    int limit = PageSize;
    // PostgreSQL: only rows in [from, before) (server texts; empty: open),
    // one time window of a partitioned audit log (see AuditPartitions.h).
    QString from;
    QString before;
    bool keysOnly = false; // only timestamp and id
};

QString selectColumns(Db::Engine engine);
SqlStatement pageStatement(const CompiledFilter &filter, const PageRequest &request);
AuditRow rowFromValues(const QVariantList &values);

// Rows in display order. With a `relation` partitioned by time, window by
// window (AuditPartitions::fetchPage).
Result<QList<AuditRow>> fetchPage(QSqlDatabase &db, const CompiledFilter &filter,
                                  const PageRequest &request, AuditCanceller *canceller = nullptr,
                                  SqlStatement *ran = nullptr,
                                  const AuditRelation *relation = nullptr);

// The planner's guess (PostgreSQL: EXPLAIN; SQLite: index statistics and the
// time span), cheap enough to show with the first rows. With a `relation`
// partitioned by time, without planning over every partition.
Result<qint64> estimate(QSqlDatabase &db, const CompiledFilter &filter,
                        AuditCanceller *canceller = nullptr,
                        const AuditRelation *relation = nullptr);
// PostgreSQL: the planner's row count for SELECT 1 FROM audit_logs WHERE `where`.
Result<qint64> planRows(QSqlDatabase &db, const QString &where, const QVariantList &params,
                        AuditCanceller *canceller = nullptr);
Result<qint64> exactCount(QSqlDatabase &db, const CompiledFilter &filter,
                          AuditCanceller *canceller = nullptr);

// Walks the whole result in display order and reports the key of every
// CheckpointStride-th row (rows 0, 256, 512...), batch by batch as found.
// Returns the number of checkpoints. With `resume` (the last checkpoint an
// interrupted walk found, at row `resumeRow`): on from there, reporting
// only the checkpoints after it.
Result<qint64> buildIndex(QSqlDatabase &db, const CompiledFilter &filter, AuditCanceller *canceller,
                          const std::function<void(const QList<AuditKey> &)> &batch,
                          const AuditKey &resume = {}, qint64 resumeRow = 0);

// Event types present (a loose index scan) and metadata keys sampled from
// the newest day and across the table.
Result<AuditCatalog> catalog(QSqlDatabase &db, AuditCanceller *canceller = nullptr);

// Whether this database has the platform's audit_logs table.
Result<bool> hasAuditTable(QSqlDatabase &db);

} // namespace AuditQueries
} // namespace ic
