// startup.to_window_ms: process start to the main window showing the demo
// workspace's incidents (the app prints IC_READY at that moment), and where
// that time went: startup.phase.<name>_ms, when each phase ended (the app
// prints IC_PHASE lines): main (libraries loaded, static set-up done),
// window (built), opened (the workspace's session started), listed.
#include "Bench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

namespace ic::bench {

int runStartup(const Options &options)
{
    QTextStream err(stderr);
    QTemporaryDir home;
    QString workspace = options.sqlite;
    if (workspace.isEmpty()) {
        workspace = home.filePath(QStringLiteral("bench.icw"));
        QProcess gen;
        gen.start(QStringLiteral(IC_APP_BINARY),
                  {QStringLiteral("demo-data"), QStringLiteral("--sqlite"), workspace,
                   QStringLiteral("--rows"),
                   QString::number(options.rows > 0 ? options.rows : 200'000)});
        if (!gen.waitForFinished(600'000) || gen.exitCode() != 0) {
            err << "ic_bench startup: demo-data failed: " << gen.readAllStandardError() << '\n';
            return 1;
        }
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IC_BENCH_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QList<double> times;
    QMap<QString, QList<double>> phases;
    for (int i = 0; i < options.runs + 1; ++i) {
        QProcess app;
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        env.insert(QStringLiteral("IC_BENCH_STARTUP_T0"),
                   QString::number(qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000));
        app.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        app.start(QStringLiteral(IC_APP_BINARY), {QStringLiteral("--workspace"), workspace});
        bool ready = false;
        QByteArray out;
        while (!ready && app.waitForReadyRead(30'000)) {
            out += app.readAllStandardOutput();
            ready = out.contains("IC_READY");
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        app.waitForFinished(10'000);
        if (!ready) {
            err << "ic_bench startup: the app did not report IC_READY: "
                << app.readAllStandardError() << '\n';
            return 1;
        }
        if (i == 0)
            continue; // the first run warms the file cache
        times << ms;
        err << "startup run " << i << ": " << ms << " ms";
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> f = line.trimmed().split(' ');
            if (f.size() == 3 && f.at(0) == "IC_PHASE") {
                phases[QString::fromLatin1(f.at(1))] << f.at(2).toDouble();
                err << ", " << f.at(1) << ' ' << f.at(2);
            }
        }
        err << '\n';
    }
    for (const char *phase : {"main", "window", "opened", "listed"}) {
        const QList<double> at = phases.value(QString::fromLatin1(phase));
        if (!at.isEmpty())
            report(QStringLiteral("startup.phase.%1_ms").arg(QLatin1String(phase)), median(at),
                   QStringLiteral("ms"));
    }
    report(QStringLiteral("startup.to_window_ms"), median(times), QStringLiteral("ms"));
    report(QStringLiteral("startup.to_window_ms.max"), percentile(times, 1.0),
           QStringLiteral("ms"));
    return 0;
}

} // namespace ic::bench
