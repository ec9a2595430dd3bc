// libFuzzer target: connection strings and URIs from the command line and
// from settings (PgEndpoint::fromConnInfo, PgEndpoint::fromUri).
#include "models/store/ConnectionProfile.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ic::PgEndpoint::fromConnInfo(text);
    if (parsed) {
        // Whatever parses must describe itself without a password and
        // survive the round trip through its URI.
        const QString uri = parsed->uri();
        (void)ic::PgEndpoint::fromUri(uri);
        (void)parsed->secretKey();
    } else if (parsed.error().message.isEmpty()) {
        __builtin_trap(); // every refusal says why
    }
    (void)ic::PgEndpoint::fromUri(text);
    (void)ic::ConnectionProfile::fromLocation(text);
    return 0;
}
