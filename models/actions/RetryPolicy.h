#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace ic {

// When to try again: exponential backoff with jitter, capped, a bounded
// number of attempts, and the server's Retry-After honoured up to a limit.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 1000;
    int maxDelayMs = 30'000;
    int maxRetryAfterMs = 120'000; // a longer Retry-After ends the run (resume later)

    // The wait after `failedAttempts` failures (1 after the first): half of
    // base * 2^(n-1), capped, plus a random part of the same size, so
    // many clients retrying together spread out.
    int backoffMs(int failedAttempts, QRandomGenerator &random) const;
};

// An HTTP Retry-After value: delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2026 07:28:00 GMT", also the obsolete RFC 850 and asctime
// forms), as milliseconds from `now` (0 when the date has passed).
// Anything else is nullopt: the caller falls back to its own backoff.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace ic
