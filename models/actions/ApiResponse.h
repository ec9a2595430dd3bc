#pragma once

#include <QByteArray>
#include <QString>

namespace ic {

// What the app takes from an admin API response body (outside input): the
// number of objects changed, the server's request id and its message, each
// checked and made safe to show and store. Anything else is ignored.
struct ApiResponse
{
    int affected = -1; // -1: not given
    QString requestId; // printable ASCII, at most 128 characters
    QString message;   // one line, at most 300 characters

    static constexpr int MaxBodyBytes = 64 * 1024; // the rest is not read

    static ApiResponse parse(const QByteArray &body);
    // Printable text from outside input: control characters become spaces,
    // runs of space collapse, at most `max` characters.
    static QString safeText(const QString &text, int max);
    static QString safeId(const QByteArray &value); // empty if not a plausible id
};

} // namespace ic
