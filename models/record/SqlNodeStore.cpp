#include "models/record/SqlNodeStore.h"

#include "models/store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::SqlNodeStore)
};

// Leaves are 2^0 wide; a level above 62 cannot exist in a log of int64 size.
constexpr int MaxLevel = 62;

quint64 key(int level, uint64_t index)
{
    return (quint64(level) << 56) ^ index;
}

} // namespace

SqlNodeStore::SqlNodeStore(QSqlDatabase db, QString logId) : m_db(db), m_logId(std::move(logId)) {}

QString SqlNodeStore::ddl(bool postgres)
{
    return postgres ? QStringLiteral("CREATE TABLE IF NOT EXISTS ic_record_nodes (log_id text NOT "
                                     "NULL, level smallint NOT NULL, idx bigint NOT NULL, hash "
                                     "bytea NOT NULL CHECK (length(hash) = 32), PRIMARY KEY "
                                     "(log_id, level, idx))")
                    : QStringLiteral("CREATE TABLE IF NOT EXISTS ic_record_nodes (log_id TEXT NOT "
                                     "NULL, level INTEGER NOT NULL, idx INTEGER NOT NULL, hash "
                                     "BLOB NOT NULL CHECK (length(hash) = 32), PRIMARY KEY "
                                     "(log_id, level, idx)) WITHOUT ROWID");
}

Result<uint64_t> SqlNodeStore::size()
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT max(idx) FROM ic_record_nodes WHERE log_id = ? AND "
                                     "level = 0"),
                      {m_logId});
    if (!q)
        return q.error();
    const QVariant v = q->next() ? q->value(0) : QVariant();
    return v.isNull() ? uint64_t(0) : uint64_t(v.toLongLong()) + 1;
}

Result<std::vector<Merkle::Hash>> SqlNodeStore::nodes(const std::vector<Merkle::NodeId> &ids)
{
    std::vector<Merkle::Hash> out(ids.size());
    if (ids.empty())
        return out;
    for (const Merkle::NodeId &id : ids) {
        if (id.level < 0 || id.level > MaxLevel || id.index >= (uint64_t(1) << 56))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("A tree node outside any possible log was asked for."));
    }
    QHash<quint64, Merkle::Hash> found;
    auto take = [&found](QSqlQuery &q) -> Result<void> {
        while (q.next()) {
            Merkle::Hash h;
            if (!Merkle::fromBytes(q.value(2).toByteArray(), &h))
                return Error::make(Error::Kind::General,
                                   Tr::tr("A stored tree hash is not 32 bytes: the record's tree "
                                          "store was damaged or edited."));
            found.insert(key(q.value(0).toInt(), uint64_t(q.value(1).toLongLong())), h);
        }
        return success();
    };
    if (Db::isPostgres(m_db)) {
        // One round trip: the planner ORs primary-key lookups.
        QString sql = QStringLiteral("SELECT level, idx, hash FROM ic_record_nodes WHERE log_id "
                                     "= ? AND (");
        QVariantList params{m_logId};
        for (size_t i = 0; i < ids.size(); ++i) {
            sql += i ? QStringLiteral(" OR (level = ? AND idx = ?)")
                     : QStringLiteral("(level = ? AND idx = ?)");
            params << ids[i].level << qint64(ids[i].index);
        }
        sql += QLatin1Char(')');
        auto q = Db::exec(m_db, sql, params);
        if (!q)
            return q.error();
        if (auto t = take(q.value()); !t)
            return t.error();
    } else {
        // In process: one primary-key lookup per node is cheapest.
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("SELECT level, idx, hash FROM ic_record_nodes WHERE log_id "
                                      "= ? AND level = ? AND idx = ?")))
            return Db::queryError(q, Tr::tr("Could not read the record's tree."));
        for (const Merkle::NodeId &id : ids) {
            q.bindValue(0, m_logId);
            q.bindValue(1, id.level);
            q.bindValue(2, qint64(id.index));
            if (!q.exec())
                return Db::queryError(q, Tr::tr("Could not read the record's tree."));
            if (auto t = take(q); !t)
                return t.error();
        }
    }
    for (size_t i = 0; i < ids.size(); ++i) {
        auto it = found.constFind(key(ids[i].level, ids[i].index));
        if (it == found.constEnd())
            return Error::make(Error::Kind::NotFound,
                               Tr::tr("The record's tree store has no hash for level %1, index "
                                      "%2: rows were deleted, or the tree is smaller than "
                                      "claimed.")
                                   .arg(ids[i].level)
                                   .arg(ids[i].index));
        out[i] = it.value();
    }
    return out;
}

Result<uint64_t> SqlNodeStore::append(const Merkle::Hash &leaf)
{
    auto n = size();
    if (!n)
        return n.error();
    auto siblings = nodes(Merkle::appendSiblings(n.value()));
    if (!siblings)
        return siblings.error();
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO ic_record_nodes (log_id, level, idx, hash) VALUES (?, ?, ?, ?)")))
        return Db::queryError(insert, Tr::tr("Could not prepare the tree update."));
    for (const auto &[id, hash] : Merkle::appendNodes(n.value(), leaf, siblings.value())) {
        insert.bindValue(0, m_logId);
        insert.bindValue(1, id.level);
        insert.bindValue(2, qint64(id.index));
        insert.bindValue(3, Merkle::toBytes(hash));
        if (!insert.exec())
            return Db::queryError(insert, Tr::tr("The tree update failed; nothing was appended."));
    }
    return n.value() + 1;
}

} // namespace ic
