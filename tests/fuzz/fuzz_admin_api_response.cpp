// libFuzzer target: what the admin API sends back (outside input): response
// bodies (ApiResponse::parse), Retry-After values and X-Request-Id headers.
#include "models/actions/ApiResponse.h"
#include "models/actions/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ic::ApiResponse r = ic::ApiResponse::parse(bytes);
    // Whatever came in, what is kept is short, printable and sane.
    if (r.affected < -1 || r.message.size() > 300 || r.requestId.size() > 128)
        __builtin_trap();
    for (QChar c : r.message) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            __builtin_trap();
    }
    for (QChar c : r.requestId) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            __builtin_trap();
    }
    const QString id = ic::ApiResponse::safeId(bytes);
    if (id.size() > 128)
        __builtin_trap();

    static const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    if (const auto wait = ic::parseRetryAfter(bytes, now); wait && *wait < 0)
        __builtin_trap(); // never a negative wait
    return 0;
}
