#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ic::SqlText {

// What a stretch of PostgreSQL text is, lexically: where rewriting `?` or
// counting parentheses is allowed (Code) and where it is not.
enum class Part { Code, String, Identifier, Comment };

struct Span
{
    Part part = Part::Code;
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last character
};

struct Scan
{
    QList<Span> spans;    // consecutive, covering the whole text
    bool complete = true; // false: a quote, identifier or comment is still open at the end
};

// Splits PostgreSQL text (standard_conforming_strings on, as the app's
// connections have it) into code, 'strings' (with '' doubled), E'escape
// strings' (backslash escapes), $tag$ dollar quotes $tag$, "identifiers",
// -- line comments and nested /* block comments */.
Scan scanPostgres(QStringView sql);

// Rewrites QtSql's `?` placeholders in code (never in strings, identifiers
// or comments) as PostgreSQL's $1, $2...; `count` receives how many.
QString numberPlaceholders(QStringView sql, int *count = nullptr);

// Whether `sql` can be pasted inside "(" ... "\n)" of a larger statement
// without ending it early: every quote and comment closed, parentheses
// balanced without ever closing one it did not open, no `;` in code.
bool isEnclosable(QStringView sql);

} // namespace ic::SqlText
