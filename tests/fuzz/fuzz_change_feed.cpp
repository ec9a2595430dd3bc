// libFuzzer target: change-feed payloads (ChangeFeed::parsePayload), the
// text of a PostgreSQL NOTIFY on ic_changes that anyone who may NOTIFY in the
// database can send.
#include "models/store/ChangeFeed.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString payload =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto change = ic::ChangeFeed::parsePayload(payload);
    if (change && change->table.isEmpty())
        __builtin_trap(); // a change names its table
    return 0;
}
