#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ic::bench {

// Options every suite understands (see ../shared/BENCHMARKS.md).
struct Options
{
    qint64 rows = 0;  // 0: the suite's default
    QString pg;       // CONNINFO of an existing database, else a private server
    QString sqlite;   // an existing SQLite workspace
    int runs = 7;     // repeated runs; medians are quoted
    QStringList skip; // parts a suite leaves out (--skip), e.g. for a 100 M-row run
    // audit: where the audit log is kept (--layout table,partitioned,view,
    // standby); each is measured beside the plain table in the same run.
    QStringList layouts;
};

// One figure: `BENCH <suite>.<metric> <value> <unit>`.
void report(const QString &metric, double value, const QString &unit);
double median(QList<double> values);
double percentile(QList<double> values, double p);

using Suite = std::function<int(const Options &)>;

int runStartup(const Options &options);
int runDemo(const Options &options);
int runAudit(const Options &options);
int runDetect(const Options &options);
int runTimeline(const Options &options);
int runEvidence(const Options &options);
int runLive(const Options &options);
int runRecord(const Options &options);
int runPlaybooks(const Options &options);

} // namespace ic::bench
