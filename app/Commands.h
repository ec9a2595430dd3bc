#pragma once

#include <QStringList>

// Sub-commands: thin shells over models/, no window. Each returns the
// process exit code: 0 success, 1 failure, 2 bad usage.
namespace ic::app {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

bool isSubcommand(const QString &name);
int runSubcommand(const QStringList &arguments); // arguments[0] is the program

int runDemoData(const QStringList &arguments);
int runVerifyRecord(const QStringList &arguments);
int runRecord(const QStringList &arguments);
int runExportEvidence(const QStringList &arguments);
int runVerifyEvidence(const QStringList &arguments);
int runPlaybooks(const QStringList &arguments);
int runEscalation(const QStringList &arguments);
int runTeam(const QStringList &arguments);

} // namespace ic::app
