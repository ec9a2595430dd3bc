#pragma once

#include <QString>

#include <optional>

namespace ic {

// A deadline as a team writes it ("Within 1 hour", "< 15 min", "T+15m",
// "Immediate") and the duration it means, counted from detection. The
// original text is always kept; a phrase we do not understand has no
// duration rather than a guessed one.
struct Deadline
{
    QString text;               // as written
    std::optional<int> minutes; // from detection; nullopt: not understood

    bool isKnown() const { return minutes.has_value(); }
    bool isImmediate() const { return minutes && *minutes == 0; }

    // The whole text is a deadline phrase (surrounding brackets allowed).
    static Deadline parse(const QString &text);
    // The first deadline phrase inside longer text ("Step 2: Investigation
    // (Within 1 hour)"), with `text` set to the phrase found.
    static std::optional<Deadline> find(const QString &text);
    // Like find(), for running text such as a step: only a phrase that says
    // it is a deadline ("within 2 hours", "< 15 min", "T+15m", "(1 h)",
    // "immediately"), never a bare amount ("logs of the last 24 hours").
    static std::optional<Deadline> findMarked(const QString &text);

    // "Immediate", "15 min", "1 h", "3 d", "2 wk", "1 h 30 min".
    static QString describe(int minutes);
};

} // namespace ic
