#pragma once

#include "models/record/MerkleTree.h"

#include <QSqlDatabase>
#include <QString>

namespace ic {

// The record's complete-subtree hashes in a database table, one row per
// (log, level, index): appending a leaf writes the leaf and the subtrees it
// completes (on average two rows); a proof or a root reads O(log n) rows.
// The table comes with the record's migration (issue 15, part 2); ddl() is
// its definition, used as is by tests and benches on scratch databases.
class SqlNodeStore : public Merkle::NodeReader
{
public:
    SqlNodeStore(QSqlDatabase db, QString logId);

    static QString ddl(bool postgres);

    // Leaves in the log (reads the highest leaf index: one index lookup).
    Result<uint64_t> size();
    // Appends one leaf in the caller's transaction (the caller holds the
    // log's append lock); returns the new size.
    Result<uint64_t> append(const Merkle::Hash &leaf);

    Result<std::vector<Merkle::Hash>> nodes(const std::vector<Merkle::NodeId> &ids) override;

private:
    QSqlDatabase m_db;
    QString m_logId;
};

} // namespace ic
