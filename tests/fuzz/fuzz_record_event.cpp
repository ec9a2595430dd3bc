// libFuzzer target: a record event's canonical encoding (a leaf as the log
// stores it) and a bundle's events.jsonl. Whatever decodes re-encodes to
// the same bytes: one encoding per event.
#include "models/evidence/BundleFormat.h"
#include "models/record/RecordEvent.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto e = ic::EventEncoding::decodeLeaf(input);
    if (e && ic::EventEncoding::leafData(e.value()) != input)
        __builtin_trap();
    if (!e && e.error().message.isEmpty())
        __builtin_trap();
    const auto events = ic::BundleFormat::parseEvents(input, QStringLiteral("fuzz.example/log"));
    if (events) {
        QByteArray back;
        for (const ic::RecordEvent &r : events.value())
            back += ic::BundleFormat::eventLine(r);
        // Lines that parse read back to the same events.
        const auto again = ic::BundleFormat::parseEvents(back, QStringLiteral("fuzz.example/log"));
        if (!again || again->size() != events->size())
            __builtin_trap();
        for (qsizetype i = 0; i < events->size(); ++i) {
            if (ic::EventEncoding::leafData(again->at(i)) !=
                ic::EventEncoding::leafData(events->at(i)))
                __builtin_trap();
        }
    }
    return 0;
}
