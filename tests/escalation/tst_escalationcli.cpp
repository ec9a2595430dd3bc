// `incident-commander escalation check FILE... [--json]`: the JSON shape
// machines read, text for people, exit codes, and bad files and usage.
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

Run run(const QStringList &args, int timeoutMs = 120000)
{
    return ic::test::runCli(args, timeoutMs);
}

QString bundled(const char *name)
{
    return qEnvironmentVariable("IC_SOURCE_DIR") + QStringLiteral("/resources/escalation/") +
           QLatin1String(name);
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestEscalationCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("IC_BINARY")), "IC_BINARY is set by ctest");
        QVERIFY(QFile::exists(bundled("security-team.md")));
        QVERIFY(m_dir.isValid());
    }

    void jsonShape()
    {
        const Run r =
            run({QStringLiteral("escalation"), QStringLiteral("check"), bundled("security-team.md"),
                 bundled("platform.md"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        const QJsonObject f = files.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("path")).toString(), bundled("security-team.md"));
        for (const char *k : {"path", "errors", "nodes", "edges", "contacts"})
            QVERIFY2(f.contains(QLatin1String(k)), k);
        QVERIFY(f.value(QStringLiteral("errors")).toArray().isEmpty());

        const QJsonArray nodes = f.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 8);
        const QJsonObject assess = nodes.at(2).toObject();
        QCOMPARE(assess.value(QStringLiteral("id")).toString(), QStringLiteral("Assess"));
        QCOMPARE(assess.value(QStringLiteral("label")).toString(), QStringLiteral("Severity?"));
        QCOMPARE(assess.value(QStringLiteral("shape")).toString(), QStringLiteral("decision"));
        QCOMPARE(nodes.at(0).toObject().value(QStringLiteral("shape")).toString(),
                 QStringLiteral("box"));

        const QJsonArray edges = f.value(QStringLiteral("edges")).toArray();
        QCOMPARE(edges.size(), 8);
        const QJsonObject yes = edges.at(6).toObject();
        QCOMPARE(yes.value(QStringLiteral("from")).toString(), QStringLiteral("Exec"));
        QCOMPARE(yes.value(QStringLiteral("to")).toString(), QStringLiteral("CEO"));
        QCOMPARE(yes.value(QStringLiteral("label")).toString(), QStringLiteral("Yes"));

        const QJsonArray contacts = f.value(QStringLiteral("contacts")).toArray();
        QCOMPARE(contacts.size(), 5);
        const QJsonObject ceo = contacts.at(3).toObject();
        QCOMPARE(ceo.value(QStringLiteral("role")).toString(), QStringLiteral("CEO"));
        QCOMPARE(ceo.value(QStringLiteral("contact")).toString(), QStringLiteral("Phone"));
        QCOMPARE(ceo.value(QStringLiteral("escalation_text")).toString(),
                 QStringLiteral("Data breach: <1 hour"));
        const QJsonArray rules = ceo.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(keys(rules.at(0).toObject()),
                 (QStringList{QStringLiteral("condition"), QStringLiteral("minutes")}));
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("condition")).toString(),
                 QStringLiteral("Data breach"));
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("minutes")).toInt(), 60);

        // The platform's round node and its several rules in one cell.
        const QJsonObject platform = files.at(1).toObject();
        bool round = false;
        for (const QJsonValue &n : platform.value(QStringLiteral("nodes")).toArray())
            round = round || n.toObject().value(QStringLiteral("shape")).toString() ==
                                 QLatin1String("round");
        QVERIFY(round);
        const QJsonArray onCallRules = platform.value(QStringLiteral("contacts"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("rules"))
                                           .toArray();
        QCOMPARE(onCallRules.size(), 3);
    }

    void errorsWithLinesAndExitCode()
    {
        const QString bad = write(QStringLiteral("bad.txt"),
                                  "# Ours\n\n```mermaid\ngraph TD\n  A[On call] --> B[Lead]\n"
                                  "  B -> C\n```\n\n| Role | Contact | Escalation Time |\n"
                                  "|---|---|---|\n| On call | pager | whenever |\n");
        const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
        Run r = run({QStringLiteral("escalation"), QStringLiteral("check"), bad, missing,
                     bundled("platform.md"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("files"))
                                     .toArray();
        QCOMPARE(files.size(), 3);
        const QJsonArray errors = files.at(0).toObject().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 6);
        QVERIFY(errors.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("single dash")));
        // A time nobody can read is kept as text and said, not an error.
        const QJsonArray warnings =
            files.at(0).toObject().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("line")).toInt(), 11);
        QVERIFY(warnings.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("not understood")));
        const QJsonArray missingErrors =
            files.at(1).toObject().value(QStringLiteral("errors")).toArray();
        QCOMPARE(missingErrors.size(), 1);
        QVERIFY(!missingErrors.at(0).toObject().contains(QStringLiteral("line")));
        QVERIFY(files.at(2).toObject().value(QStringLiteral("errors")).toArray().isEmpty());

        // For people: one line per problem, FILE:LINE first.
        r = run({QStringLiteral("escalation"), QStringLiteral("check"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(bad + QStringLiteral(":6: error: Line 6, column 5:")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(bad + QStringLiteral(":11: warning:")));
    }

    void severalFlowchartsAndTheGraphOption()
    {
        const QString two =
            write(QStringLiteral("two.md"),
                  "# Plan\n\n## Overview\n\n```mermaid\nflowchart TD\nA-->B-->C-->D\n```\n\n"
                  "## Escalation\n\n```mermaid\nflowchart LR\n  subgraph Day [Day shift]\n"
                  "    OnCall --> Lead\n  end\n  Lead ==> CISO\n```\n");
        Run r = run({QStringLiteral("escalation"), QStringLiteral("check"), two});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("choose one with --graph N")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("* 2. line 12 “Escalation”")));
        QVERIFY(r.out.contains(QStringLiteral("Day “Day shift”: OnCall, Lead")));
        QVERIFY(r.out.contains(QStringLiteral("Lead --> CISO")));

        r = run({QStringLiteral("escalation"), QStringLiteral("check"), two,
                 QStringLiteral("--graph"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject f = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("files"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(f.value(QStringLiteral("graph")).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("nodes")).toArray().size(), 4);
        QCOMPARE(f.value(QStringLiteral("graphs")).toArray().size(), 2);

        // A number the file does not have is an error; nonsense is a usage error.
        r = run({QStringLiteral("escalation"), QStringLiteral("check"), two,
                 QStringLiteral("--graph"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("no flowchart number 3")), qPrintable(r.out));
        for (const char *bad : {"0", "-1", "x", "9999"}) {
            r = run({QStringLiteral("escalation"), QStringLiteral("check"), two,
                     QStringLiteral("--graph"), QLatin1String(bad)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QStringLiteral("--graph")));
        }
    }

    void textForPeople()
    {
        const Run r = run(
            {QStringLiteral("escalation"), QStringLiteral("check"), bundled("security-team.md")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("ok — 8 nodes, 8 edges, 2 decisions, 5 contacts")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Assess “Severity?” (decision), decided by the "
                                              "incident's severity")));
        QVERIFY(r.out.contains(QStringLiteral("Assess --> Lead [P0/P1]")));
        QVERIFY(r.out.contains(QStringLiteral("Security Team — Email/Phone — P0/P1: <15 min "
                                              "(P0/P1: 15 min)")));
    }

    void usage()
    {
        Run r = run({QStringLiteral("escalation")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("escalation check FILE")));
        r = run({QStringLiteral("escalation"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("at least one")));
        r = run({QStringLiteral("escalation"), QStringLiteral("draw"), bundled("platform.md")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown action")));
        r = run({QStringLiteral("escalation"), QStringLiteral("check"), QStringLiteral("--yaml"),
                 bundled("platform.md")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("escalation"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }
};

QTEST_GUILESS_MAIN(TestEscalationCli)
#include "tst_escalationcli.moc"
