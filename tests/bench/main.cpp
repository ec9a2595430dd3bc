// ic_bench <suite> [--rows N] [--pg CONNINFO] [--sqlite FILE] [--runs R]
// Prints `BENCH <suite>.<metric> <value> <unit>` lines and `BENCH done`.
#include "Bench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ic_bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Incident Commander benchmarks. Suites: startup, demo, audit. See tests/bench/README.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("suite"), QStringLiteral("startup | demo | audit"));
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Audit-log rows."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("Use this PostgreSQL database "
                                                           "(libpq CONNINFO) instead of a private "
                                                           "server."),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("sqlite"), QStringLiteral("Use this SQLite workspace."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (default 7)."),
                      QStringLiteral("R"), QStringLiteral("7")});
    parser.process(app);

    ic::bench::Options o;
    o.rows = parser.value(QStringLiteral("rows")).toLongLong();
    o.pg = parser.value(QStringLiteral("pg"));
    o.sqlite = parser.value(QStringLiteral("sqlite"));
    o.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    const QString suite = parser.positionalArguments().value(0);
    int code = 2;
    if (suite == QLatin1String("startup"))
        code = ic::bench::runStartup(o);
    else if (suite == QLatin1String("demo"))
        code = ic::bench::runDemo(o);
    else if (suite == QLatin1String("audit"))
        code = ic::bench::runAudit(o);
    else
        QTextStream(stderr) << "ic_bench: unknown suite \"" << suite << "\"\n" << parser.helpText();
    if (code == 0)
        QTextStream(stdout) << "BENCH done" << Qt::endl;
    return code;
}
