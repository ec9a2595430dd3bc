#include "models/record/MerkleTree.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace ic::Merkle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Merkle)
};

// One fetched SHA-256 and one context per thread: hashing a million nodes
// should not fetch the algorithm a million times.
class Hasher
{
public:
    Hasher() : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new()) {}
    ~Hasher()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    Hash hash(unsigned char prefix, const unsigned char *a, size_t an, const unsigned char *b,
              size_t bn)
    {
        Hash out{};
        unsigned int length = 0;
        EVP_DigestInit_ex2(m_ctx, m_md, nullptr);
        EVP_DigestUpdate(m_ctx, &prefix, 1);
        if (an)
            EVP_DigestUpdate(m_ctx, a, an);
        if (bn)
            EVP_DigestUpdate(m_ctx, b, bn);
        EVP_DigestFinal_ex(m_ctx, out.data(), &length);
        return out;
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_ctx;
};

Hasher &hasher()
{
    thread_local Hasher h;
    return h;
}

int floorLog2(uint64_t n)
{
    return 63 - std::countl_zero(n);
}

Hash fold(const Hash *hashes, size_t count)
{
    Hash h = hashes[count - 1];
    for (size_t i = count - 1; i-- > 0;)
        h = nodeHash(hashes[i], h);
    return h;
}

// Hashes of ranges [begin, end) of a tree, fetched from the store in one call.
Result<std::vector<Hash>> rangeHashes(NodeReader &store,
                                      const std::vector<std::pair<uint64_t, uint64_t>> &ranges)
{
    std::vector<NodeId> ids;
    std::vector<size_t> counts;
    for (const auto &[begin, end] : ranges) {
        const auto nodes = rangeNodes(begin, end);
        counts.push_back(nodes.size());
        ids.insert(ids.end(), nodes.begin(), nodes.end());
    }
    auto fetched = store.nodes(ids);
    if (!fetched)
        return fetched.error();
    if (fetched->size() != ids.size())
        return Error::make(Error::Kind::General,
                           Tr::tr("The record's tree store answered with the wrong number of "
                                  "hashes."));
    std::vector<Hash> out;
    out.reserve(ranges.size());
    size_t at = 0;
    for (size_t count : counts) {
        out.push_back(fold(fetched->data() + at, count));
        at += count;
    }
    return out;
}

} // namespace

Hash leafHash(const unsigned char *data, size_t size)
{
    return hasher().hash(0x00, data, size, nullptr, 0);
}

Hash leafHash(const QByteArray &data)
{
    return leafHash(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
}

Hash nodeHash(const Hash &left, const Hash &right)
{
    return hasher().hash(0x01, left.data(), left.size(), right.data(), right.size());
}

Hash emptyRoot()
{
    Hash out{};
    unsigned int length = 0;
    EVP_Digest(nullptr, 0, out.data(), &length, EVP_sha256(), nullptr);
    return out;
}

QByteArray toBytes(const Hash &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), qsizetype(h.size()));
}

QString toHex(const Hash &h)
{
    return QString::fromLatin1(toBytes(h).toHex());
}

QByteArray toBase64(const Hash &h)
{
    return toBytes(h).toBase64();
}

bool fromBytes(const QByteArray &bytes, Hash *out)
{
    if (bytes.size() != qsizetype(out->size()))
        return false;
    std::memcpy(out->data(), bytes.constData(), out->size());
    return true;
}

bool fromBase64(QByteArrayView text, Hash *out)
{
    if (text.size() != 44)
        return false;
    auto decoded =
        QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    // Canonical only: the text must be exactly what encoding the bytes gives.
    if (!decoded || !fromBytes(decoded.decoded, out))
        return false;
    return toBase64(*out) == text;
}

uint64_t splitPoint(uint64_t n)
{
    // n > 1: the largest power of two strictly smaller than n.
    return uint64_t(1) << floorLog2(n - 1);
}

std::vector<NodeId> rangeNodes(uint64_t begin, uint64_t end)
{
    std::vector<NodeId> out;
    while (begin < end) {
        int level = floorLog2(end - begin);
        if (begin != 0)
            level = std::min(level, std::countr_zero(begin));
        out.push_back({level, begin >> level});
        begin += uint64_t(1) << level;
    }
    return out;
}

Result<Hash> rootHash(NodeReader &store, uint64_t size)
{
    if (size == 0)
        return emptyRoot();
    auto h = rangeHashes(store, {{0, size}});
    if (!h)
        return h.error();
    return h->front();
}

Result<std::vector<Hash>> inclusionProof(NodeReader &store, uint64_t index, uint64_t size)
{
    if (index >= size)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Leaf %1 is not in a tree of %2 leaves.").arg(index).arg(size));
    std::vector<std::pair<uint64_t, uint64_t>> siblings; // top down
    uint64_t lo = 0, hi = size;
    while (hi - lo > 1) {
        const uint64_t k = splitPoint(hi - lo);
        if (index < lo + k) {
            siblings.push_back({lo + k, hi});
            hi = lo + k;
        } else {
            siblings.push_back({lo, lo + k});
            lo += k;
        }
    }
    std::reverse(siblings.begin(), siblings.end()); // the proof goes bottom up
    return rangeHashes(store, siblings);
}

Result<std::vector<Hash>> consistencyProof(NodeReader &store, uint64_t oldSize, uint64_t newSize)
{
    if (oldSize == 0 || oldSize > newSize)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("No consistency proof exists from a tree of %1 leaves to one "
                                  "of %2.")
                               .arg(oldSize)
                               .arg(newSize));
    std::vector<std::pair<uint64_t, uint64_t>> items;    // the innermost subtree, if any
    std::vector<std::pair<uint64_t, uint64_t>> siblings; // top down
    uint64_t lo = 0, hi = newSize;
    bool whole = true; // the old tree is this subtree's left edge from the root
    for (;;) {
        const uint64_t size = hi - lo, m = oldSize - lo;
        if (m == size) {
            if (!whole)
                items.push_back({lo, hi});
            break;
        }
        const uint64_t k = splitPoint(size);
        if (m <= k) {
            siblings.push_back({lo + k, hi});
            hi = lo + k;
        } else {
            siblings.push_back({lo, lo + k});
            lo += k;
            whole = false;
        }
    }
    items.insert(items.end(), siblings.rbegin(), siblings.rend());
    return rangeHashes(store, items);
}

bool verifyInclusion(const Hash &leaf, uint64_t index, uint64_t size,
                     const std::vector<Hash> &proof, const Hash &root)
{
    if (index >= size)
        return false;
    uint64_t fn = index, sn = size - 1;
    Hash r = leaf;
    for (const Hash &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool verifyConsistency(uint64_t oldSize, uint64_t newSize, const Hash &oldRoot, const Hash &newRoot,
                       const std::vector<Hash> &proof)
{
    if (oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.empty() && oldRoot == newRoot;
    if (oldSize == 0)
        return proof.empty() && oldRoot == emptyRoot();
    if (proof.empty())
        return false;
    std::vector<Hash> path;
    path.reserve(proof.size() + 1);
    if (std::has_single_bit(oldSize))
        path.push_back(oldRoot);
    path.insert(path.end(), proof.begin(), proof.end());
    uint64_t fn = oldSize - 1, sn = newSize - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    Hash fr = path.front(), sr = path.front();
    for (size_t i = 1; i < path.size(); ++i) {
        const Hash &c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == oldRoot && sr == newRoot && sn == 0;
}

int inclusionProofLength(uint64_t index, uint64_t size)
{
    if (index >= size)
        return -1;
    int n = 0;
    uint64_t lo = 0, hi = size;
    while (hi - lo > 1) {
        const uint64_t k = splitPoint(hi - lo);
        if (index < lo + k)
            hi = lo + k;
        else
            lo += k;
        ++n;
    }
    return n;
}

std::vector<NodeId> appendSiblings(uint64_t size)
{
    std::vector<NodeId> out;
    int level = 0;
    for (uint64_t i = size; i & 1; i >>= 1, ++level)
        out.push_back({level, i - 1});
    return out;
}

std::vector<std::pair<NodeId, Hash>> appendNodes(uint64_t size, const Hash &leaf,
                                                 const std::vector<Hash> &siblings)
{
    std::vector<std::pair<NodeId, Hash>> out{{NodeId{0, size}, leaf}};
    Hash h = leaf;
    int level = 0;
    size_t used = 0;
    for (uint64_t i = size; (i & 1) && used < siblings.size(); ++used) {
        h = nodeHash(siblings[used], h);
        i >>= 1;
        ++level;
        out.push_back({NodeId{level, i}, h});
    }
    return out;
}

void MemoryTree::reserve(uint64_t leaves)
{
    if (m_levels.empty())
        m_levels.emplace_back();
    m_levels.front().reserve(leaves);
}

void MemoryTree::append(const Hash &leaf)
{
    if (m_levels.empty())
        m_levels.emplace_back();
    m_levels[0].push_back(leaf);
    uint64_t i = m_levels[0].size() - 1;
    size_t level = 0;
    Hash h = leaf;
    while (i & 1) {
        h = nodeHash(m_levels[level][i - 1], h);
        ++level;
        i >>= 1;
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        m_levels[level].push_back(h);
    }
}

Hash MemoryTree::root() const
{
    const uint64_t n = size();
    if (n == 0)
        return emptyRoot();
    std::vector<Hash> hashes;
    for (const NodeId &id : rangeNodes(0, n))
        hashes.push_back(m_levels[size_t(id.level)][id.index]);
    return fold(hashes.data(), hashes.size());
}

Result<std::vector<Hash>> MemoryTree::nodes(const std::vector<NodeId> &ids)
{
    std::vector<Hash> out;
    out.reserve(ids.size());
    for (const NodeId &id : ids) {
        if (id.level < 0 || size_t(id.level) >= m_levels.size() ||
            id.index >= m_levels[size_t(id.level)].size())
            return Error::make(Error::Kind::NotFound,
                               Tr::tr("The record's tree has no complete subtree at level %1, "
                                      "index %2.")
                                   .arg(id.level)
                                   .arg(id.index));
        out.push_back(m_levels[size_t(id.level)][id.index]);
    }
    return out;
}

} // namespace ic::Merkle
