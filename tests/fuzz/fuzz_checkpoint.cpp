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
    static const ic::PublicKey key = ic::PersonKey::fromRaw(QByteArray(32, '\x11')).value();
    (void)ic::Checkpoints::verify(parsed.value(), {key});
    return 0;
}
