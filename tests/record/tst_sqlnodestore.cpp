// The tree in a database table, on SQLite and PostgreSQL: built by appends
// it gives the same roots and proofs as the tree in memory; a deleted or
// edited row is an error or a failed proof, never a silently recomputed one.
#include "WorkspaceFixture.h"
#include "models/record/SqlNodeStore.h"

#include <QTest>

using namespace ic;
using namespace ic::test;

class TestSqlNodeStore : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QSqlDatabase m_db;
    int m_n = 0;

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase() { IC_START_PG(m_ws.pg()); }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("nodes-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS ic_record_nodes")));
        IC_VERIFY_OK(Db::exec(m_db, SqlNodeStore::ddl(Db::isPostgres(m_db))));
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void matchesTheTreeInMemory()
    {
        SqlNodeStore store(m_db, QStringLiteral("log-a"));
        SqlNodeStore other(m_db, QStringLiteral("log-b")); // logs do not mix
        Merkle::MemoryTree memory;
        IC_VERIFY_OK(Db::transaction(m_db, [&]() -> Result<void> {
            for (int i = 0; i < 300; ++i) {
                const auto leaf = Merkle::leafHash(QByteArray::number(i));
                memory.append(leaf);
                auto n = store.append(leaf);
                if (!n)
                    return n.error();
                if (i % 3 == 0) {
                    if (auto o = other.append(Merkle::leafHash(QByteArray("b"))); !o)
                        return o.error();
                }
            }
            return success();
        }));
        QCOMPARE(store.size().value(), uint64_t(300));
        QCOMPARE(other.size().value(), uint64_t(100));
        for (uint64_t n : {uint64_t(1), uint64_t(2), uint64_t(7), uint64_t(128), uint64_t(300)}) {
            QCOMPARE(Merkle::toHex(Merkle::rootHash(store, n).value()),
                     Merkle::toHex(Merkle::rootHash(memory, n).value()));
            QVERIFY(Merkle::consistencyProof(store, n, 300).value() ==
                    Merkle::consistencyProof(memory, n, 300).value());
            QVERIFY(Merkle::inclusionProof(store, n - 1, 300).value() ==
                    Merkle::inclusionProof(memory, n - 1, 300).value());
        }
        // About two rows per leaf, not a rehash of everything.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM ic_record_nodes WHERE log_id "
                                             "= 'log-a'"))
                     .toInt(),
                 300 + 150 + 75 + 37 + 18 + 9 + 4 + 2 + 1);
        // A node is written once: the primary key refuses a second write.
        QVERIFY(!Db::exec(m_db,
                          QStringLiteral("INSERT INTO ic_record_nodes (log_id, level, idx, hash) "
                                         "VALUES ('log-a', 0, 0, ?)"),
                          {QByteArray(32, 'x')})
                     .ok());
    }

    void tamperedRowsAreCaught()
    {
        SqlNodeStore store(m_db, QStringLiteral("log"));
        for (int i = 0; i < 64; ++i)
            IC_VERIFY_OK(store.append(Merkle::leafHash(QByteArray::number(i))));
        const Merkle::Hash root32 = Merkle::rootHash(store, 32).value();
        const Merkle::Hash root64 = Merkle::rootHash(store, 64).value();
        // An insider rewrites leaf 3 and, consistently, every stored node
        // above it: the store answers with a tree that holds together...
        Merkle::MemoryTree forged;
        for (int i = 0; i < 64; ++i)
            forged.append(Merkle::leafHash(i == 3 ? QByteArray("forged") : QByteArray::number(i)));
        for (int level = 0; level <= 6; ++level) {
            for (uint64_t idx = 0; idx < (uint64_t(64) >> level); ++idx)
                IC_VERIFY_OK(Db::exec(
                    m_db,
                    QStringLiteral("UPDATE ic_record_nodes SET hash = ? WHERE log_id = 'log' AND "
                                   "level = ? AND idx = ?"),
                    {Merkle::toBytes(forged.nodes({{level, idx}})->front()), level, qint64(idx)}));
        }
        QVERIFY(Merkle::rootHash(store, 64).value() == forged.root());
        // ...but not with the checkpoint of 32 this workstation kept: no
        // consistency proof from it to the rewritten tree holds.
        const auto proof = Merkle::consistencyProof(store, 32, 64).value();
        QVERIFY(!Merkle::verifyConsistency(32, 64, root32, forged.root(), proof));
        QVERIFY(Merkle::verifyConsistency(32, 64, Merkle::rootHash(store, 32).value(),
                                          forged.root(), proof)); // (the forger's own view)
        QVERIFY(forged.root() != root64);
        // An edit of one row alone shows as a different root at its size.
        IC_VERIFY_OK(Db::exec(m_db,
                              QStringLiteral("UPDATE ic_record_nodes SET hash = ? WHERE "
                                             "log_id = 'log' AND level = 2 AND idx = 14"),
                              {QByteArray(32, 'z')}));
        QVERIFY(Merkle::rootHash(store, 63).value() != Merkle::rootHash(forged, 63).value());
        // A deleted row is an error naming what is missing.
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DELETE FROM ic_record_nodes WHERE log_id = "
                                                   "'log' AND level = 6")));
        auto missing = Merkle::rootHash(store, 64);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("level 6")));
        // A hash of the wrong length cannot be stored.
        QVERIFY(!Db::exec(m_db,
                          QStringLiteral("INSERT INTO ic_record_nodes (log_id, level, idx, hash) "
                                         "VALUES ('log', 9, 0, ?)"),
                          {QByteArray(31, 'x')})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestSqlNodeStore)
#include "tst_sqlnodestore.moc"
