#pragma once

#include "models/detection/Rule.h"
#include "models/store/Database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace ic::RuleSql {

// A rule query read the way the database will read it: comments removed,
// one statement, the named parameters it uses.
struct Scan
{
    QString sql;              // without comments and trailing ';'
    QStringList placeholders; // distinct names, in order of first use
    QString error;            // why the query cannot be used ("has two statements")
};
Scan scan(const QString &sql);

// What one run executes: SQL with named placeholders and their values.
struct Statement
{
    QString sql;
    QList<std::pair<QString, QVariant>> binds;
};

// Row rules run as written. Windowed rules are wrapped: the subjects touched
// by rows after `afterId` are found first, then only their rows around those
// times are read, and only the ones in (subject, window-sized bucket) pairs
// that could reach the threshold come back, ordered by subject and time.
Statement build(const Rule &rule, Db::Engine engine, qint64 afterId, qint64 uptoId);

// The statement with its values written in as SQL literals, for EXPLAIN
// (which PostgreSQL cannot prepare). Never for running user input.
QString inlined(const Statement &statement);

} // namespace ic::RuleSql
