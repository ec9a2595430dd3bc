// ic_bench <suite> [--rows N] [--pg CONNINFO] [--sqlite FILE] [--runs R] [--skip PARTS]
//                  [--layout table|partitioned|view|standby,...]
// Prints `BENCH <suite>.<metric> <value> <unit>` lines and `BENCH done`.
#include "Bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char **argv)
{
    // The timeline suite paints a real view; without a display it draws offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ic_bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Incident Commander benchmarks. Suites: startup, demo, audit, detect, "
                       "timeline, evidence, live, record, playbooks. See tests/bench/README.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("suite"),
        QStringLiteral(
            "startup | demo | audit | detect | timeline | evidence | live | record | playbooks"));
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("Audit-log rows (playbooks: the runbook's size in KB)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("pg"),
                      QStringLiteral("Use this PostgreSQL database "
                                     "(libpq CONNINFO) instead of a private "
                                     "server."),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("sqlite"), QStringLiteral("Use this SQLite workspace."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (default 7)."),
                      QStringLiteral("R"), QStringLiteral("7")});
    parser.addOption(
        {QStringLiteral("skip"),
         QStringLiteral("Leave out parts of a suite (comma-separated). audit: export, "
                        "qsqlquerymodel, sqlite. record: append, verify, consistency."),
         QStringLiteral("PARTS")});
    parser.addOption({QStringLiteral("layout"),
                      QStringLiteral("audit: where the audit log is kept, comma-separated: table "
                                     "(default), partitioned, view, standby. Each is measured "
                                     "beside the plain table in the same run."),
                      QStringLiteral("LAYOUTS")});
    parser.process(app);

    ic::bench::Options o;
    o.rows = parser.value(QStringLiteral("rows")).toLongLong();
    o.pg = parser.value(QStringLiteral("pg"));
    o.sqlite = parser.value(QStringLiteral("sqlite"));
    o.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    o.skip = parser.value(QStringLiteral("skip")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.layouts = parser.value(QStringLiteral("layout")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    const QString suite = parser.positionalArguments().value(0);
    const std::pair<const char *, ic::bench::Suite> suites[] = {
        {"startup", ic::bench::runStartup},     {"demo", ic::bench::runDemo},
        {"audit", ic::bench::runAudit},         {"detect", ic::bench::runDetect},
        {"timeline", ic::bench::runTimeline},   {"evidence", ic::bench::runEvidence},
        {"live", ic::bench::runLive},           {"record", ic::bench::runRecord},
        {"playbooks", ic::bench::runPlaybooks},
    };
    int code = 2;
    bool known = false;
    for (const auto &[name, run] : suites) {
        if (suite == QLatin1String(name)) {
            known = true;
            code = run(o);
        }
    }
    if (!known)
        QTextStream(stderr) << "ic_bench: unknown suite \"" << suite << "\"\n" << parser.helpText();
    if (code == 0)
        QTextStream(stdout) << "BENCH done" << Qt::endl;
    return code;
}
