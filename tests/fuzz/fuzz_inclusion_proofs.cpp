// libFuzzer target: a bundle's proofs.txt. Accepted proofs have exactly
// the length their tree shape needs and verify (or fail) without crashing;
// what is accepted writes back byte for byte.
#include "models/evidence/BundleFormat.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto p = ic::BundleFormat::parseProofs(input);
    if (!p) {
        if (p.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (ic::BundleFormat::writeProofs(p.value()) != input)
        __builtin_trap();
    const ic::Merkle::Hash root = ic::Merkle::emptyRoot();
    for (auto it = p->proofs.cbegin(); it != p->proofs.cend(); ++it) {
        if (int(it.value().size()) != ic::Merkle::inclusionProofLength(it.key(), p->treeSize))
            __builtin_trap();
        (void)ic::Merkle::verifyInclusion(root, it.key(), p->treeSize, it.value(), root);
        // Consistency verification takes hostile sizes and proofs too.
        (void)ic::Merkle::verifyConsistency(it.key(), p->treeSize, root, root, it.value());
    }
    return 0;
}
