// export-evidence with the signing key from a real keychain, then
// verify-evidence: OK, and not OK after a change.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = ic::test::CliRun;

Run run(const QStringList &args, int timeoutMs = 180000)
{
    return ic::test::runCli(args, timeoutMs);
}
} // namespace

class TestEvidenceCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void exportThenVerify()
    {
        const QString ws = m_dir.filePath(QStringLiteral("w.icw"));
        QCOMPARE(run({QStringLiteral("demo-data"), QStringLiteral("--sqlite"), ws,
                      QStringLiteral("--rows"), QStringLiteral("20000")})
                     .exitCode,
                 0);
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        const Run ex = run({QStringLiteral("export-evidence"), QStringLiteral("--workspace"), ws,
                            QStringLiteral("INC-2026-001"), bundle});
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.err));
        QVERIFY(ex.out.contains(QLatin1String("Signed by SHA256:")));
        const QString fingerprint =
            ex.out.section(QStringLiteral("Signed by "), 1).section(QLatin1Char('\n'), 0, 0);

        // The same key is used next time: it lives in the keychain.
        const QString second = m_dir.filePath(QStringLiteral("second"));
        const Run ex2 = run({QStringLiteral("export-evidence"), QStringLiteral("--workspace"), ws,
                             QStringLiteral("INC-2026-002"), second});
        QCOMPARE(ex2.exitCode, 0);
        QVERIFY(ex2.out.contains(fingerprint));
        // And it is nowhere on disk.
        for (const QString &f : QDir(bundle).entryList(QDir::Files))
            QVERIFY(!f.endsWith(QLatin1String(".key")));

        const Run ok = run({QStringLiteral("verify-evidence"), bundle,
                            QStringLiteral("--expect-key"), fingerprint});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QLatin1String("signature holds")));
        QVERIFY(ok.out.trimmed().endsWith(QLatin1String("OK")));

        QFile events(QDir(bundle).filePath(QStringLiteral("events.jsonl")));
        QVERIFY(events.open(QIODevice::Append));
        events.write("{\"forged\":true}\n");
        events.close();
        const Run bad = run({QStringLiteral("verify-evidence"), bundle});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains(QLatin1String("CHANGED events.jsonl")));
        QVERIFY(bad.out.contains(QLatin1String("NOT OK")));

        const Run usage = run({QStringLiteral("verify-evidence")});
        QCOMPARE(usage.exitCode, 2);
        const Run busy = run({QStringLiteral("export-evidence"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("INC-2026-001"), bundle});
        QCOMPARE(busy.exitCode, 1);
        QVERIFY(busy.err.contains(QLatin1String("not empty")));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidence_cli.moc"
