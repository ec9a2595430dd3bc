#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

// A Merkle tree log in the manner of RFC 9162 section 2.1: leaves hashed as
// SHA-256(0x00 || data), interior nodes as SHA-256(0x01 || left || right), a
// tree of n leaves split at the largest power of two smaller than n, so an
// odd node is carried up, never duplicated.
//
// The algorithms below never rehash leaves. They read hashes of complete
// subtrees, "level L, index I" covering leaves [I·2^L, (I+1)·2^L), from a
// NodeReader. A complete subtree never changes once written (the log only
// grows), so a store can keep them in any table keyed by (level, index) and
// every proof or root reads O(log n) of them.
namespace ic::Merkle {

using Hash = std::array<unsigned char, 32>;

Hash leafHash(const unsigned char *data, size_t size);
Hash leafHash(const QByteArray &data);
Hash nodeHash(const Hash &left, const Hash &right);
Hash emptyRoot(); // SHA-256 of nothing: the root of the empty tree

QByteArray toBytes(const Hash &h);
QString toHex(const Hash &h);
QByteArray toBase64(const Hash &h);
// Exactly 32 bytes, else false.
bool fromBytes(const QByteArray &bytes, Hash *out);
// Standard base64 of exactly 32 bytes, canonical (no whitespace, padded), else false.
bool fromBase64(QByteArrayView text, Hash *out);

struct NodeId
{
    int level = 0;
    uint64_t index = 0;
    bool operator==(const NodeId &) const = default;
};

// Where complete-subtree hashes come from: memory, SQLite, PostgreSQL.
class NodeReader
{
public:
    virtual ~NodeReader() = default;
    // The hashes of these complete subtrees, in the order asked. A node that
    // is missing is an error (the store is damaged or the size is wrong).
    virtual Result<std::vector<Hash>> nodes(const std::vector<NodeId> &ids) = 0;
};

// The largest power of two smaller than n (n > 1).
uint64_t splitPoint(uint64_t n);

// The complete subtrees that make up leaves [begin, end), left to right,
// each as large as alignment allows.
std::vector<NodeId> rangeNodes(uint64_t begin, uint64_t end);

// The root of the first `size` leaves (any size up to the store's).
Result<Hash> rootHash(NodeReader &store, uint64_t size);

// RFC 9162 2.1.3.1: the audit path of leaf `index` in the tree of `size`.
Result<std::vector<Hash>> inclusionProof(NodeReader &store, uint64_t index, uint64_t size);

// RFC 9162 2.1.4.1: the proof that the tree of `oldSize` is a prefix of the
// tree of `newSize` (0 < oldSize <= newSize).
Result<std::vector<Hash>> consistencyProof(NodeReader &store, uint64_t oldSize, uint64_t newSize);

// RFC 9162 2.1.3.2. True only when the proof is exactly right.
bool verifyInclusion(const Hash &leaf, uint64_t index, uint64_t size,
                     const std::vector<Hash> &proof, const Hash &root);

// RFC 9162 2.1.4.2, with the trivial cases: equal sizes need an empty proof
// and equal roots; any tree extends the empty one (empty proof).
bool verifyConsistency(uint64_t oldSize, uint64_t newSize, const Hash &oldRoot, const Hash &newRoot,
                       const std::vector<Hash> &proof);

// How many hashes an inclusion proof for (index, size) holds: lets a reader
// refuse a wrong-length proof before doing any work.
int inclusionProofLength(uint64_t index, uint64_t size);

// Appending leaf number `size` (0-based) to a tree of `size` leaves: the
// left siblings the new leaf combines with (read them first), then the
// complete subtrees the append creates, the leaf itself first.
std::vector<NodeId> appendSiblings(uint64_t size);
std::vector<std::pair<NodeId, Hash>> appendNodes(uint64_t size, const Hash &leaf,
                                                 const std::vector<Hash> &siblings);

// A whole tree in memory: every complete subtree, by level. 64 MB per
// million leaves. For bundles made before the stored log, tests and benches.
class MemoryTree : public NodeReader
{
public:
    void append(const Hash &leaf);
    uint64_t size() const { return m_levels.empty() ? 0 : m_levels.front().size(); }
    Hash root() const;
    Result<std::vector<Hash>> nodes(const std::vector<NodeId> &ids) override;
    void reserve(uint64_t leaves);

private:
    std::vector<std::vector<Hash>> m_levels;
};

} // namespace ic::Merkle
