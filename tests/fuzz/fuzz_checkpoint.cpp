// libFuzzer target: a checkpoint (C2SP signed note) from a bundle, a file
// given with --checkpoint, or this workstation's store. The strict reader
// must refuse with a reason or accept a note that writes back byte for byte.
#include "models/record/Checkpoint.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ic::Checkpoints::parse(input);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    // One spelling per note: what was accepted is exactly what we write.
    if (parsed->note() != input.toByteArray() || parsed->checkpoint.text() != parsed->text)
        __builtin_trap();
    // Checking signatures against a key must not crash whatever the blobs hold.
    // (RFC 8032's first test key: a point a person can sign with.)
    static const ic::PublicKey key =
        ic::PersonKey::fromRaw(
            QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))
            .value();
    (void)ic::Checkpoints::verify(parsed.value(), {key});
    return 0;
}
