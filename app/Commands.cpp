#include "Commands.h"

#include <QTextStream>

namespace ic::app {

namespace {
struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &);
};
constexpr Subcommand Subcommands[] = {
    {"demo-data", &runDemoData},
    {"escalation", &runEscalation},
    {"verify-record", &runVerifyRecord},
    {"record", &runRecord},
    {"export-evidence", &runExportEvidence},
    {"verify-evidence", &runVerifyEvidence},
    {"playbooks", &runPlaybooks},
    {"team", &runTeam},
};
} // namespace

bool isSubcommand(const QString &name)
{
    for (const Subcommand &s : Subcommands) {
        if (name == QLatin1String(s.name))
            return true;
    }
    return false;
}

int runSubcommand(const QStringList &arguments)
{
    for (const Subcommand &s : Subcommands) {
        if (arguments.value(1) == QLatin1String(s.name))
            return s.run(arguments);
    }
    QTextStream(stderr) << "incident-commander: unknown command " << arguments.value(1) << '\n';
    return ExitUsage;
}

} // namespace ic::app
