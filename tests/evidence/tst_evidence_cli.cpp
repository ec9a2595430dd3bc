// export-evidence with the signing key from a real keychain, then
// verify-evidence: OK, and not OK after a change.
#include "CliRun.h"
#include "models/record/PersonKey.h"
#include "models/record/TrustList.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

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
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains(QLatin1String("signature holds")));
        QVERIFY(ok.out.contains(QLatin1String("Checkpoint of incident-commander.local/")));
        QVERIFY(ok.out.contains(QStringLiteral("    ") + QChar(0x2014))); // the note, printed
        QVERIFY(ok.out.trimmed().endsWith(QLatin1String("OK")));

        // With no trusted key: the signature holds, the signer is untrusted (3).
        const Run untrusted = run({QStringLiteral("verify-evidence"), bundle});
        QCOMPARE(untrusted.exitCode, 3);
        QVERIFY(untrusted.out.contains(QLatin1String("UNTRUSTED SIGNER: no trusted keys")));
        QVERIFY(untrusted.out.trimmed().endsWith(QLatin1String("NOT OK: UNTRUSTED SIGNER")));
        const Run wrongPin =
            run({QStringLiteral("verify-evidence"), bundle, QStringLiteral("--expect-key"),
                 QStringLiteral("SHA256:") + QString(64, QLatin1Char('0'))});
        QCOMPARE(wrongPin.exitCode, 3);

        // A trust list holding the key (as a workspace exports it).
        TrustList list;
        QFile pem(QDir(bundle).filePath(QStringLiteral("public_key.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        list.add({PersonKey::fromPem(pem.readAll()).value(), QStringLiteral("alex"), {}, {}});
        const QString listFile = m_dir.filePath(QStringLiteral("trusted.json"));
        QFile lf(listFile);
        QVERIFY(lf.open(QIODevice::WriteOnly));
        lf.write(list.toJson());
        lf.close();
        const Run listed = run({QStringLiteral("verify-evidence"), bundle,
                                QStringLiteral("--trusted-keys"), listFile});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.out));
        QVERIFY(listed.out.contains(QLatin1String("(alex): signature holds")));
        // A broken trust list is bad usage, and nothing is verified.
        const QString badList = m_dir.filePath(QStringLiteral("bad.json"));
        QFile bl(badList);
        QVERIFY(bl.open(QIODevice::WriteOnly));
        bl.write("{\"format\": \"nope\"}");
        bl.close();
        const Run broken = run(
            {QStringLiteral("verify-evidence"), bundle, QStringLiteral("--trusted-keys"), badList});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains(QLatin1String("Nothing is trusted from it")));
        QCOMPARE(run({QStringLiteral("verify-evidence"), bundle, QStringLiteral("--expect-key"),
                      QStringLiteral("abc")})
                     .exitCode,
                 2);

        QFile events(QDir(bundle).filePath(QStringLiteral("events.jsonl")));
        QVERIFY(events.open(QIODevice::Append));
        events.write("{\"forged\":true}\n");
        events.close();
        const Run bad = run({QStringLiteral("verify-evidence"), bundle,
                             QStringLiteral("--expect-key"), fingerprint});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains(QLatin1String("CHANGED events.jsonl")));
        QVERIFY(bad.out.contains(QLatin1String("NOT OK: ALTERED")));

        // Unreadable: a link where a file should be (4).
        QVERIFY(QFile::remove(QDir(bundle).filePath(QStringLiteral("review.md"))) ||
                !QFile::exists(QDir(bundle).filePath(QStringLiteral("review.md"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            QDir(bundle).filePath(QStringLiteral("review.md"))));
        const Run linked = run({QStringLiteral("verify-evidence"), bundle}, 20000);
        QCOMPARE(linked.exitCode, 4);
        QVERIFY(linked.err.contains(QLatin1String("symbolic link")));
        QVERIFY(linked.out.contains(QLatin1String("NOT OK: UNREADABLE")));

        const Run help = run({QStringLiteral("verify-evidence"), QStringLiteral("--help")});
        for (const char *code : {"1 ALTERED", "2 bad usage", "3 UNTRUSTED SIGNER", "4 UNREADABLE"})
            QVERIFY2(help.out.simplified().contains(QLatin1String(code)), code);

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
