#pragma once

#include "models/detection/Rule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ic {

// A rule file that could not be used, and why.
struct RuleProblem
{
    QString source;  // the file or folder
    QString ruleId;  // when the file name gave one
    QString message; // what is wrong and what to do
};

// The rules of one pass: the built-in set and the user's folders.
struct RuleSet
{
    QList<Rule> rules;
    QList<RuleProblem> problems;
};

// Where rules come from: the built-in files (":/rules/*.rule") and the
// *.rule files of the folders the user added. A file that cannot be used is
// reported and never stops the others; a user rule with the id of one
// already loaded is refused (rename the file).
namespace RuleLibrary {

QStringList builtInFiles();
RuleSet load(const QStringList &folders, bool includeBuiltIn = true);

} // namespace RuleLibrary
} // namespace ic
