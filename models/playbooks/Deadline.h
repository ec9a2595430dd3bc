#pragma once

#include <QString>

#include <optional>

namespace ic {

// A deadline as a team writes it ("Within 1 hour", "< 15 min", "T+15m",
// "Immediate", "innerhalb von 2 Stunden", "en menos de 30 minutos", "sous
// 24 heures") and the duration it means, counted from detection. The
// original text is always kept; a phrase we do not understand, or a range
// ("within 10-15 minutes"), has no duration rather than a guessed one.
//
// The same type holds a cadence ("every 30 minutes", "hourly", "cada 2
// horas"): then `minutes` is the period, not a due time.
struct Deadline
{
    QString text;               // as written
    std::optional<int> minutes; // from detection (or the period); nullopt: not understood

    bool isKnown() const { return minutes.has_value(); }
    bool isImmediate() const { return minutes && *minutes == 0; }

    // The whole text is a deadline phrase (surrounding brackets allowed).
    static Deadline parse(const QString &text);
    // The first deadline phrase inside longer text ("Step 2: Investigation
    // (Within 1 hour)"), with `text` set to the phrase found.
    static std::optional<Deadline> find(const QString &text);
    // Like find(), for running text such as a step: only a phrase that says
    // it is a deadline ("within 2 hours", "< 15 min", "T+15m", "(1 h)",
    // "immediately"), never a bare amount ("logs of the last 24 hours") nor
    // a cadence ("every 30 minutes"). A range ("within 10-15 min") comes
    // back as text without minutes.
    static std::optional<Deadline> findMarked(const QString &text);
    // The window a section's introduction sets for its steps: "within the
    // first 5 minutes", "during the first hour", "durante la primera hora",
    // "in der ersten Stunde", "dans la première heure". Only such phrases.
    static std::optional<Deadline> findWindow(const QString &text);
    // How often rather than by when: "every 30 minutes", "hourly", "alle 15
    // Minuten", "cada 2 horas", "toutes les heures", "Continuous". Minutes:
    // the period; nullopt for ranges and words without one ("ongoing").
    static std::optional<Deadline> findCadence(const QString &text);
    // The whole text is a cadence word or phrase ("Daily", "Continuous").
    static bool isCadence(const QString &text);

    // "Immediate", "15 min", "1 h", "3 d", "2 wk", "1 h 30 min".
    static QString describe(int minutes);
};

} // namespace ic
