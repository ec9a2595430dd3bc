#pragma once

#include <QString>
#include <QStringList>

namespace ic::SqlScript {

// Splits a migration script into single statements at top-level semicolons,
// respecting quotes, comments and PostgreSQL dollar-quoted bodies.
QStringList split(const QString &script);

} // namespace ic::SqlScript
