#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ic::test {

// One run of the app's command line (IC_BINARY, set by ic_add_test).
struct CliRun
{
    int exitCode = -1; // -1: it did not start or finish in time (err says why); -2: it crashed
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(qEnvironmentVariable("IC_BINARY"), args);
    CliRun r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = QStringLiteral("did not run: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace ic::test
