// libFuzzer target: an evidence bundle's manifest.json. The strict reader
// must refuse with a reason, and never accept a path leaving the bundle.
#include "models/evidence/BundleFolder.h"
#include "models/evidence/BundleFormat.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto m = ic::BundleFormat::parseManifest(input);
    if (!m) {
        if (m.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const auto &f : m->files) {
        if (!ic::BundleFolder::isSafeRelativePath(f.path) || f.bytes < 0 || f.sha256.size() != 64)
            __builtin_trap();
        // "chec../kpoint" is a plain name; only a "." or ".." step leaves.
        for (const QString &step : f.path.split(QLatin1Char('/'))) {
            if (step.isEmpty() || step == QLatin1String(".") || step == QLatin1String(".."))
                __builtin_trap();
        }
    }
    if (m->hasRecord() && (m->eventCount < 0 || uint64_t(m->eventCount) > m->treeSize))
        __builtin_trap();
    return 0;
}
