#pragma once

// What the outline reader's word lists are made with (private to
// models/playbooks), shared by OutlineWords.cpp (titles, labels, columns)
// and OutlineActions.cpp (steps and lead-ins).
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <initializer_list>

namespace ic::Outline::detail {

inline constexpr QRegularExpression::PatternOptions Ci =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Lower case, dashes and underscores as spaces, single spaces, no trailing
// punctuation: "Post-Mortem:" → "post mortem".
QString normalised(const QString &text);

// The words, each normalised.
QSet<QString> set(std::initializer_list<const char *> words);

} // namespace ic::Outline::detail
