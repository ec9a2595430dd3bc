// `incident-commander playbooks check FILE... [--json]`: the report, its
// JSON shape, and the exit code a team's CI relies on.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ic::test::CliRun;

Run run(const QStringList &args, int timeoutMs = 60000)
{
    return ic::test::runCli(args, timeoutMs);
}

QString seed(const char *name)
{
    return qEnvironmentVariable("IC_SOURCE_DIR") + QStringLiteral("/resources/playbooks/") +
           QString::fromLatin1(name);
}

} // namespace

class TestPlaybooksCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("IC_BINARY")), "IC_BINARY is set by ctest");
        QVERIFY(QFile::exists(seed("security-team-playbooks.md")));
        QVERIFY(m_dir.isValid());
    }

    void textReport()
    {
        const Run r =
            run({QStringLiteral("playbooks"), QStringLiteral("check"),
                 seed("security-team-playbooks.md"), seed("platform-incident-response.md")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(
            QStringLiteral("4 playbook(s), 16 phase(s), 41 step(s), 16 deadline(s)")));
        QVERIFY(r.out.contains(QStringLiteral("line 30: playbook “Token Compromise”")));
        QVERIFY(r.out.contains(QStringLiteral("line 255: ignored: a mermaid code block")));
        QVERIFY(r.out.contains(QStringLiteral("3 playbook(s), 15 phase(s), 50 step(s)")));
    }

    void jsonReport()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
        const Run r =
            run({QStringLiteral("playbooks"), QStringLiteral("check"),
                 seed("platform-incident-response.md"), missing, QStringLiteral("--json")});
        // One file could not be read: the others are still reported, and CI fails.
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);

        const QJsonObject platform = files[0].toObject();
        QCOMPARE(platform.value(QStringLiteral("path")).toString(),
                 seed("platform-incident-response.md"));
        QVERIFY(platform.value(QStringLiteral("errors")).toArray().isEmpty());
        const QJsonArray books = platform.value(QStringLiteral("playbooks")).toArray();
        QCOMPARE(books.size(), 3);
        const QJsonObject leak = books[1].toObject();
        QCOMPARE(leak.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Suspected API Key Leak"));
        QCOMPARE(leak.value(QStringLiteral("indicators")).toArray().size(), 3);
        const QJsonArray phases = leak.value(QStringLiteral("phases")).toArray();
        QStringList phaseNames;
        for (const QJsonValue &p : phases)
            phaseNames << p.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(phaseNames, (QStringList{QStringLiteral("Triage"), QStringLiteral("Containment"),
                                          QStringLiteral("Eradication"), QStringLiteral("Recovery"),
                                          QStringLiteral("Post-Mortem")}));
        const QJsonObject triage = phases[0].toObject();
        QVERIFY(triage.value(QStringLiteral("deadline_text")).isNull());
        QVERIFY(triage.value(QStringLiteral("deadline_minutes")).isNull());
        const QJsonObject step = triage.value(QStringLiteral("steps")).toArray()[0].toObject();
        QCOMPARE(step.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Check API key usage"));
        QCOMPARE(step.value(QStringLiteral("line")).toInt(), 141);
        QVERIFY(step.value(QStringLiteral("substeps")).toArray().isEmpty());
        const QJsonObject code = step.value(QStringLiteral("code")).toArray()[0].toObject();
        QCOMPARE(code.value(QStringLiteral("kind")).toString(), QStringLiteral("sql_query"));
        QCOMPARE(code.value(QStringLiteral("placeholders")).toArray(),
                 QJsonArray{QStringLiteral("'suspected-key-id'")});
        QVERIFY(code.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("FROM audit_logs")));
        const QJsonObject containment =
            phases[1].toObject().value(QStringLiteral("steps")).toArray()[0].toObject();
        QCOMPARE(containment.value(QStringLiteral("deadline_text")).toString(),
                 QStringLiteral("immediately"));
        QCOMPARE(containment.value(QStringLiteral("deadline_minutes")).toInt(-1), 0);
        QCOMPARE(containment.value(QStringLiteral("code"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("sql_change"));
        QCOMPARE(platform.value(QStringLiteral("severities")).toArray().size(), 4);

        const QJsonObject bad = files[1].toObject();
        QCOMPARE(bad.value(QStringLiteral("path")).toString(), missing);
        QCOMPARE(bad.value(QStringLiteral("errors")).toArray().size(), 1);
        QVERIFY(bad.value(QStringLiteral("errors"))
                    .toArray()[0]
                    .toString()
                    .contains(QLatin1String("does not exist")));
        QVERIFY(bad.value(QStringLiteral("playbooks")).toArray().isEmpty());

        // With deadlines in minutes, from the other seed.
        const Run sec = run({QStringLiteral("playbooks"), QStringLiteral("check"),
                             QStringLiteral("--json"), seed("security-team-playbooks.md")});
        QCOMPARE(sec.exitCode, 0);
        const QJsonObject token = QJsonDocument::fromJson(sec.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("files"))
                                      .toArray()[0]
                                      .toObject()
                                      .value(QStringLiteral("playbooks"))
                                      .toArray()[0]
                                      .toObject();
        QList<int> minutes;
        for (const QJsonValue &p : token.value(QStringLiteral("phases")).toArray())
            minutes << p.toObject().value(QStringLiteral("deadline_minutes")).toInt();
        QCOMPARE(minutes, (QList<int>{0, 60, 240, 1440, 10080}));
    }

    void unreadableFilesFailTheRun()
    {
        const Run dir = run({QStringLiteral("playbooks"), QStringLiteral("check"), m_dir.path()});
        QCOMPARE(dir.exitCode, 1);
        QVERIFY(dir.err.contains(QLatin1String("is a folder")));
        const QString binary = m_dir.filePath(QStringLiteral("blob.md"));
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\0\1\2\3", 4));
        f.close();
        const Run blob = run({QStringLiteral("playbooks"), QStringLiteral("check"), binary});
        QCOMPARE(blob.exitCode, 1);
        QVERIFY(blob.out.contains(QLatin1String("error:")));
        QVERIFY(blob.out.contains(QLatin1String("not a text file")));
        // A readable file without playbooks is a warning, not a failure.
        const QString prose = m_dir.filePath(QStringLiteral("prose.md"));
        QFile p(prose);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("Just words.\n");
        p.close();
        const Run words = run({QStringLiteral("playbooks"), QStringLiteral("check"), prose});
        QCOMPARE(words.exitCode, 0);
        QVERIFY(words.out.contains(QLatin1String("warning: No playbook was found")));
    }

    void usage()
    {
        QCOMPARE(run({QStringLiteral("playbooks")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("playbooks"), QStringLiteral("check")}).exitCode, 2);
        const Run unknown = run({QStringLiteral("playbooks"), QStringLiteral("lint"),
                                 seed("security-team-playbooks.md")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("check")));
        QCOMPARE(run({QStringLiteral("playbooks"), QStringLiteral("check"),
                      QStringLiteral("--bogus"), seed("security-team-playbooks.md")})
                     .exitCode,
                 2);
        const Run help = run({QStringLiteral("playbooks"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--json")));
    }
};

QTEST_GUILESS_MAIN(TestPlaybooksCli)
#include "tst_playbookscli.moc"
