// The Merkle tree log against RFC 6962/9162's published test tree, against a
// literal transcription of the RFC's recursive definitions for every size
// up to 70, and attacked: every altered proof, index, size or root fails.
#include "models/record/MerkleTree.h"

#include <QTest>

using namespace ic;
using namespace ic::Merkle;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

Hash hashOf(const char *h)
{
    Hash out{};
    fromBytes(hex(h), &out);
    return out;
}

std::vector<Hash> hashes(std::initializer_list<const char *> list)
{
    std::vector<Hash> out;
    for (const char *h : list)
        out.push_back(hashOf(h));
    return out;
}

// The eight leaves of the RFC 6962 reference tree (certificate-transparency).
const QList<QByteArray> &referenceLeaves()
{
    static const QList<QByteArray> leaves{hex(""),
                                          hex("00"),
                                          hex("10"),
                                          hex("2021"),
                                          hex("3031"),
                                          hex("40414243"),
                                          hex("5051525354555657"),
                                          hex("606162636465666768696a6b6c6d6e6f")};
    return leaves;
}

MemoryTree referenceTree()
{
    MemoryTree t;
    for (const QByteArray &l : referenceLeaves())
        t.append(leafHash(l));
    return t;
}

// The RFC's definitions, word for word, over a list of leaf hashes.
Hash mth(const std::vector<Hash> &d, size_t lo, size_t hi)
{
    if (hi - lo == 1)
        return d[lo];
    size_t k = 1;
    while (k * 2 < hi - lo)
        k *= 2;
    return nodeHash(mth(d, lo, lo + k), mth(d, lo + k, hi));
}

std::vector<Hash> path(size_t m, const std::vector<Hash> &d, size_t lo, size_t hi)
{
    if (hi - lo <= 1)
        return {};
    size_t k = 1;
    while (k * 2 < hi - lo)
        k *= 2;
    std::vector<Hash> out;
    if (m < k) {
        out = path(m, d, lo, lo + k);
        out.push_back(mth(d, lo + k, hi));
    } else {
        out = path(m - k, d, lo + k, hi);
        out.push_back(mth(d, lo, lo + k));
    }
    return out;
}

std::vector<Hash> subproof(size_t m, const std::vector<Hash> &d, size_t lo, size_t hi, bool b)
{
    const size_t n = hi - lo;
    if (m == n)
        return b ? std::vector<Hash>{} : std::vector<Hash>{mth(d, lo, hi)};
    size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    std::vector<Hash> out;
    if (m <= k) {
        out = subproof(m, d, lo, lo + k, b);
        out.push_back(mth(d, lo + k, hi));
    } else {
        out = subproof(m - k, d, lo + k, hi, false);
        out.push_back(mth(d, lo, lo + k));
    }
    return out;
}

// Counts what a proof reads from the store.
class CountingReader : public NodeReader
{
public:
    explicit CountingReader(NodeReader &inner) : m_inner(inner) {}
    Result<std::vector<Hash>> nodes(const std::vector<NodeId> &ids) override
    {
        read += ids.size();
        ++calls;
        return m_inner.nodes(ids);
    }
    size_t read = 0, calls = 0;

private:
    NodeReader &m_inner;
};

// A store filled only through appendSiblings/appendNodes, as a database would be.
class MapStore : public NodeReader
{
public:
    std::map<std::pair<int, uint64_t>, Hash> nodesById;
    uint64_t size = 0;
    void append(const Hash &leaf)
    {
        std::vector<Hash> siblings;
        for (const NodeId &id : appendSiblings(size))
            siblings.push_back(nodesById.at({id.level, id.index}));
        for (const auto &[id, h] : appendNodes(size, leaf, siblings)) {
            QVERIFY(!nodesById.count({id.level, id.index})); // never rewritten
            nodesById[{id.level, id.index}] = h;
        }
        ++size;
    }
    Result<std::vector<Hash>> nodes(const std::vector<NodeId> &ids) override
    {
        std::vector<Hash> out;
        for (const NodeId &id : ids) {
            auto it = nodesById.find({id.level, id.index});
            if (it == nodesById.end())
                return Error::make(Error::Kind::NotFound, QStringLiteral("missing"));
            out.push_back(it->second);
        }
        return out;
    }
};

std::vector<Hash> flipped(std::vector<Hash> proof, size_t which, int bit)
{
    proof[which][size_t(bit / 8)] ^= uchar(1u << (bit % 8));
    return proof;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT
private slots:
    void referenceRoots()
    {
        // Published roots of the reference tree for sizes 0..8.
        const char *roots[] = {"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                               "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                               "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                               "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                               "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                               "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                               "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                               "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                               "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
        MemoryTree t = referenceTree();
        for (uint64_t size = 0; size <= 8; ++size) {
            auto r = rootHash(t, size);
            QVERIFY(r.ok());
            QCOMPARE(toHex(r.value()), QString::fromLatin1(roots[size]));
        }
        QCOMPARE(toHex(t.root()), QString::fromLatin1(roots[8]));
        QCOMPARE(toHex(emptyRoot()), QString::fromLatin1(roots[0]));
    }

    void referenceProofs()
    {
        MemoryTree t = referenceTree();
        const auto root8 = rootHash(t, 8).value();
        const auto inclusion0 =
            hashes({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"});
        QVERIFY(inclusionProof(t, 0, 8).value() == inclusion0);
        QVERIFY(verifyInclusion(t.nodes({{0, 0}})->front(), 0, 8, inclusion0, root8));
        const auto inclusion5 =
            hashes({"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
        QVERIFY(inclusionProof(t, 5, 8).value() == inclusion5);

        struct
        {
            uint64_t m, n;
            std::vector<Hash> proof;
        } consistency[] = {
            {1, 1, {}},
            {1, 8, inclusion0},
            {6, 8,
             hashes({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                     "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                     "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"})},
            {2, 5,
             hashes({"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                     "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"})},
        };
        for (const auto &c : consistency) {
            auto p = consistencyProof(t, c.m, c.n);
            QVERIFY(p.ok());
            QVERIFY2(p.value() == c.proof, qPrintable(QStringLiteral("%1→%2").arg(c.m).arg(c.n)));
            QVERIFY(verifyConsistency(c.m, c.n, rootHash(t, c.m).value(), rootHash(t, c.n).value(),
                                      c.proof));
        }
    }

    void everyShapeAgreesWithTheRfc()
    {
        std::vector<Hash> leaves;
        MemoryTree t;
        MapStore s;
        for (int i = 0; i < 72; ++i) { // two more than the stores hold
            const QByteArray data = QByteArray::number(i) + "-leaf";
            leaves.push_back(leafHash(data));
            if (i < 70) {
                t.append(leaves.back());
                s.append(leaves.back());
            }
        }
        for (uint64_t n = 1; n <= 70; ++n) {
            const Hash root = mth(leaves, 0, n);
            QCOMPARE(toHex(rootHash(t, n).value()), toHex(root));
            QCOMPARE(toHex(rootHash(s, n).value()), toHex(root));
            for (uint64_t m = 0; m < n; ++m) {
                const auto expected = path(m, leaves, 0, n);
                const auto got = inclusionProof(s, m, n);
                QVERIFY(got.ok());
                QVERIFY2(got.value() == expected,
                         qPrintable(QStringLiteral("inclusion %1 in %2").arg(m).arg(n)));
                QCOMPARE(inclusionProofLength(m, n), int(expected.size()));
                QVERIFY(verifyInclusion(leaves[m], m, n, expected, root));
                // The same proof for any other leaf, place, size or root fails.
                QVERIFY(!verifyInclusion(leaves[(m + 1) % n], m, n, expected, root) || n == 1);
                if (n > 1)
                    QVERIFY(!verifyInclusion(leaves[m], (m + 1) % n, n, expected, root));
                // (The same root with another size may compute alike: the size
                // comes from the signed checkpoint with the root, never alone.)
                QVERIFY(!verifyInclusion(leaves[m], m, n + 1, expected, mth(leaves, 0, n + 1)));
                QVERIFY(!verifyInclusion(leaves[m], m, n, expected, mth(leaves, 0, n + 1)));
                QVERIFY(!verifyInclusion(leaves[m], n, n, expected, root));
                auto longer = expected;
                longer.push_back(root);
                QVERIFY(!verifyInclusion(leaves[m], m, n, longer, root));
                if (!expected.empty()) {
                    auto shorter = expected;
                    shorter.pop_back();
                    QVERIFY(!verifyInclusion(leaves[m], m, n, shorter, root));
                    for (size_t i = 0; i < expected.size(); ++i)
                        QVERIFY(!verifyInclusion(leaves[m], m, n,
                                                 flipped(expected, i, int(i * 37) % 256), root));
                }
            }
            for (uint64_t m = 1; m <= n; ++m) {
                const auto expected = subproof(m, leaves, 0, n, true);
                const auto got = consistencyProof(s, m, n);
                QVERIFY(got.ok());
                QVERIFY2(got.value() == expected,
                         qPrintable(QStringLiteral("consistency %1→%2").arg(m).arg(n)));
                const Hash oldRoot = mth(leaves, 0, m);
                QVERIFY(verifyConsistency(m, n, oldRoot, root, expected));
                // A rewritten past: another old root, or a new root over other leaves.
                QVERIFY(!verifyConsistency(m, n, mth(leaves, 1, m + 1), root, expected));
                QVERIFY(!verifyConsistency(m, n, oldRoot, mth(leaves, 1, n + 1), expected));
                QVERIFY(!verifyConsistency(n, m, root, oldRoot, expected) || m == n);
                if (m < n) {
                    QVERIFY(!verifyConsistency(m, n, oldRoot, root, {}));
                    QVERIFY(!verifyConsistency(m + 1, n, oldRoot, root, expected) || m + 1 == n);
                    for (size_t i = 0; i < expected.size(); ++i)
                        QVERIFY(!verifyConsistency(m, n, oldRoot, root,
                                                   flipped(expected, i, int(i * 11) % 256)));
                    auto longer = expected;
                    longer.push_back(root);
                    QVERIFY(!verifyConsistency(m, n, oldRoot, root, longer));
                }
            }
            QVERIFY(verifyConsistency(0, n, emptyRoot(), root, {}));
            QVERIFY(!verifyConsistency(0, n, root, root, {}));
        }
        // Nothing outside the tree.
        QVERIFY(!inclusionProof(t, 70, 70).ok());
        QVERIFY(!consistencyProof(t, 0, 5).ok());
        QVERIFY(!consistencyProof(t, 6, 5).ok());
        QVERIFY(!rootHash(t, 71).ok());
    }

    void anOddNodeIsCarriedUpNeverDuplicated()
    {
        const Hash a = leafHash(QByteArrayLiteral("a")), b = leafHash(QByteArrayLiteral("b")),
                   c = leafHash(QByteArrayLiteral("c"));
        MemoryTree t;
        t.append(a);
        t.append(b);
        t.append(c);
        QCOMPARE(toHex(t.root()), toHex(nodeHash(nodeHash(a, b), c)));
        QVERIFY(t.root() != nodeHash(nodeHash(a, b), nodeHash(c, c)));
        // A leaf and a node with the same bytes hash differently (0x00 vs 0x01).
        const QByteArray ab = toBytes(a) + toBytes(b);
        QVERIFY(leafHash(ab) != nodeHash(a, b));
    }

    void proofsReadLogarithmicallyManyNodes()
    {
        MemoryTree t;
        const uint64_t n = 1'000'000;
        t.reserve(n);
        Hash h{};
        for (uint64_t i = 0; i < n; ++i) {
            h[0] = uchar(i);
            h[1] = uchar(i >> 8);
            h[2] = uchar(i >> 16);
            t.append(h);
        }
        CountingReader counting(t);
        for (uint64_t m : {uint64_t(1), uint64_t(777'777), uint64_t(524'288), n - 1}) {
            counting.read = counting.calls = 0;
            auto p = consistencyProof(counting, m, n);
            QVERIFY(p.ok());
            QVERIFY2(counting.read <= 2 * 20 + 2, qPrintable(QString::number(counting.read)));
            QCOMPARE(counting.calls, size_t(1)); // one batch: one query for a database
            QVERIFY(verifyConsistency(m, n, rootHash(t, m).value(), t.root(), p.value()));
            counting.read = 0;
            auto i = inclusionProof(counting, m, n);
            QVERIFY(i.ok());
            QVERIFY(counting.read <= 2 * 20 + 2);
        }
    }

    void base64IsStrict()
    {
        const Hash h = leafHash(QByteArrayLiteral("x"));
        Hash back{};
        QVERIFY(fromBase64(toBase64(h), &back));
        QVERIFY(back == h);
        QByteArray spaced = toBase64(h);
        spaced.insert(4, ' ');
        QVERIFY(!fromBase64(spaced, &back));
        QVERIFY(!fromBase64(toBase64(h).left(43), &back));
        QVERIFY(!fromBase64(QByteArray(44, '!'), &back));
        // Another spelling of the same bytes (non-zero padding bits) is refused.
        QByteArray loose = toBase64(h);
        const char last = loose[42];
        const QByteArray alphabet =
            QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
        loose[42] = alphabet[(alphabet.indexOf(last) ^ 1)];
        QVERIFY(!fromBase64(loose, &back));
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "tst_merkletree.moc"
