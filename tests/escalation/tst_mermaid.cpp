// The mermaid subset reader: the Security Team's graph exactly, other
// flowcharts teams write, and everything outside the subset refused with
// the line (and never a crash).
#include "models/escalation/Mermaid.h"

#include <QFile>
#include <QTest>

using namespace ic;

namespace {

// The Security Team playbook's section 6.1, verbatim (seed lines 256-264).
const char *const SeedGraph = R"(graph TD
    Detect[Incident Detected] --> OnCall[On-Call Engineer]
    OnCall --> Assess{Severity?}
    Assess -->|P0/P1| Lead[Engineering Lead]
    Assess -->|P2/P3| OnCall
    Lead --> Security[Security Team]
    Security --> Exec{Data Breach?}
    Exec -->|Yes| CEO[CEO/Legal]
    Exec -->|No| Monitor[Monitor])";

// "A[Label]:box" strings, compact to compare.
QStringList nodes(const Flowchart &c)
{
    QStringList out;
    for (const FlowNode &n : c.nodes)
        out << QStringLiteral("%1[%2]:%3").arg(n.id, n.label, shapeCode(n.shape));
    return out;
}

QStringList edges(const Flowchart &c)
{
    QStringList out;
    for (const FlowEdge &e : c.edges)
        out << (e.label.isEmpty() ? QStringLiteral("%1>%2").arg(e.from, e.to)
                                  : QStringLiteral("%1>%2|%3").arg(e.from, e.to, e.label));
    return out;
}

QString errorText(const MermaidResult &r)
{
    QStringList lines;
    for (const PolicyIssue &i : r.errors)
        lines << QStringLiteral("%1: %2").arg(i.line).arg(i.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestMermaid : public QObject
{
    Q_OBJECT
private slots:
    void seedGraph()
    {
        // The block as it stands in the seed (bundled byte for byte).
        QString block = QString::fromUtf8(SeedGraph);
        QFile seed(qEnvironmentVariable("IC_SOURCE_DIR") +
                   QStringLiteral("/resources/playbooks/security-team-playbooks.md"));
        QVERIFY2(seed.open(QIODevice::ReadOnly), qPrintable(seed.fileName()));
        const QStringList lines = QString::fromUtf8(seed.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(254), QStringLiteral("```mermaid"));
        QCOMPARE(lines.mid(255, 9).join(QLatin1Char('\n')), block);
        const MermaidResult r = MermaidReader::read(block, 256);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        QCOMPARE(r.chart.direction, QStringLiteral("TD"));
        QCOMPARE(nodes(r.chart), (QStringList{QStringLiteral("Detect[Incident Detected]:box"),
                                              QStringLiteral("OnCall[On-Call Engineer]:box"),
                                              QStringLiteral("Assess[Severity?]:decision"),
                                              QStringLiteral("Lead[Engineering Lead]:box"),
                                              QStringLiteral("Security[Security Team]:box"),
                                              QStringLiteral("Exec[Data Breach?]:decision"),
                                              QStringLiteral("CEO[CEO/Legal]:box"),
                                              QStringLiteral("Monitor[Monitor]:box")}));
        QCOMPARE(
            edges(r.chart),
            (QStringList{QStringLiteral("Detect>OnCall"), QStringLiteral("OnCall>Assess"),
                         QStringLiteral("Assess>Lead|P0/P1"), QStringLiteral("Assess>OnCall|P2/P3"),
                         QStringLiteral("Lead>Security"), QStringLiteral("Security>Exec"),
                         QStringLiteral("Exec>CEO|Yes"), QStringLiteral("Exec>Monitor|No")}));
        // Lines are the file's own.
        QCOMPARE(r.chart.nodes.at(0).line, 257);
        QCOMPARE(r.chart.node(QStringLiteral("Monitor"))->line, 264);
        QCOMPARE(r.chart.edges.at(3).line, 260);
        QCOMPARE(r.chart.outgoing(QStringLiteral("Assess")), (QList<int>{2, 3}));
        QCOMPARE(r.chart.incoming(QStringLiteral("OnCall")), (QList<int>{0, 3}));
    }

    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QStringList>("edges");

        QTest::newRow("chain with shapes, flowchart LR")
            << QStringLiteral("flowchart LR\n  A[Pager] --> B(Triage) --> C{Escalate?}\n")
            << QStringLiteral("LR")
            << QStringList{QStringLiteral("A[Pager]:box"), QStringLiteral("B[Triage]:round"),
                           QStringLiteral("C[Escalate?]:decision")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("B>C")};
        QTest::newRow("bare ids become boxes named by id")
            << QStringLiteral("graph\nA --> B\nB --> A\n") << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("B>A")};
        QTest::newRow("comments, blank lines, semicolons, CRLF")
            << QStringLiteral("%%{init: {'theme':'dark'}}%%\r\ngraph TB;\r\n\r\n%% who first\r\n"
                              "  X[One];Y[Two]\r\n  X-->Y;\r\n")
            << QStringLiteral("TB")
            << QStringList{QStringLiteral("X[One]:box"), QStringLiteral("Y[Two]:box")}
            << QStringList{QStringLiteral("X>Y")};
        QTest::newRow("labels on a chain, spaces around pipes")
            << QStringLiteral("graph BT\nS{Sev?} -->|P0| L[Lead] --> |page| C[CTO]\n")
            << QStringLiteral("BT")
            << QStringList{QStringLiteral("S[Sev?]:decision"), QStringLiteral("L[Lead]:box"),
                           QStringLiteral("C[CTO]:box")}
            << QStringList{QStringLiteral("S>L|P0"), QStringLiteral("L>C|page")};
        QTest::newRow("quoted labels keep brackets; <br> breaks lines")
            << QStringLiteral("graph RL\nA[\"Lead [backup]\"] --> B(\"On call<br>(primary)\")\n")
            << QStringLiteral("RL")
            << QStringList{QStringLiteral("A[Lead [backup]]:box"),
                           QStringLiteral("B[On call\n(primary)]:round")}
            << QStringList{QStringLiteral("A>B")};
        QTest::newRow("defined later, referenced first; ids with dashes and digits")
            << QStringLiteral("graph TD\non-call --> lead_2\nlead_2[Lead 2]\non-call[On call]\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("on-call[On call]:box"),
                           QStringLiteral("lead_2[Lead 2]:box")}
            << QStringList{QStringLiteral("on-call>lead_2")};
        QTest::newRow("same definition twice is fine; self loop; longer arrow")
            << QStringLiteral("graph TD\nA[Retry] ---> A[Retry]\nA -->|again| A\n")
            << QStringLiteral("TD") << QStringList{QStringLiteral("A[Retry]:box")}
            << QStringList{QStringLiteral("A>A"), QStringLiteral("A>A|again")};
        QTest::newRow("unicode ids and labels")
            << QStringLiteral(
                   "graph TD\nBereitschaft[Bereitschaftsdienst] -->|Ja| Führung{Datenpanne?}\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("Bereitschaft[Bereitschaftsdienst]:box"),
                           QStringLiteral("Führung[Datenpanne?]:decision")}
            << QStringList{QStringLiteral("Bereitschaft>Führung|Ja")};
        QTest::newRow("lowercase direction, quoted arrow label")
            << QStringLiteral("graph lr\nA -->|\"P0/P1\"| B\n") << QStringLiteral("LR")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box")}
            << QStringList{QStringLiteral("A>B|P0/P1")};
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, direction);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, edges);
        const MermaidResult r = MermaidReader::read(text);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        QCOMPARE(r.chart.direction, direction);
        QCOMPARE(::nodes(r.chart), nodes);
        QCOMPARE(::edges(r.chart), edges);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says"); // a piece of the message

        QTest::newRow("empty") << QString() << 1 << QStringLiteral("empty");
        QTest::newRow("only comments")
            << QStringLiteral("%% nothing\n\n") << 1 << QStringLiteral("empty");
        QTest::newRow("no nodes") << QStringLiteral("graph TD\n%% later\n") << 1
                                  << QStringLiteral("no nodes");
        QTest::newRow("sequence diagram")
            << QStringLiteral("sequenceDiagram\nA->>B: hi\n") << 1 << QStringLiteral("flowchart");
        QTest::newRow("missing header")
            << QStringLiteral("\nA --> B\n") << 2 << QStringLiteral("graph TD");
        QTest::newRow("bad direction")
            << QStringLiteral("graph XY\nA --> B\n") << 1 << QStringLiteral("direction");
        QTest::newRow("subgraph") << QStringLiteral("graph TD\nsubgraph Team\nA --> B\nend\n") << 2
                                  << QStringLiteral("subgraph");
        QTest::newRow("style") << QStringLiteral("graph TD\nA --> B\nstyle A fill:#f9f\n") << 3
                               << QStringLiteral("style");
        QTest::newRow("single-dash arrow")
            << QStringLiteral("graph TD\nA -> B\n") << 2 << QStringLiteral("-->");
        QTest::newRow("dotted arrow")
            << QStringLiteral("graph TD\nA -.-> B\n") << 2 << QStringLiteral("dotted");
        QTest::newRow("thick arrow")
            << QStringLiteral("graph TD\nA ==> B\n") << 2 << QStringLiteral("thick");
        QTest::newRow("open link")
            << QStringLiteral("graph TD\nA --- B\n") << 2 << QStringLiteral("arrow head");
        QTest::newRow("text between dashes")
            << QStringLiteral("graph TD\nA -- yes --> B\n") << 2 << QStringLiteral("-->|label|");
        QTest::newRow("two-way arrow")
            << QStringLiteral("graph TD\nA <--> B\n") << 2 << QStringLiteral("two-way");
        QTest::newRow("circle shape")
            << QStringLiteral("graph TD\nA((Round)) --> B\n") << 2 << QStringLiteral("A((");
        QTest::newRow("stadium shape")
            << QStringLiteral("graph TD\nA([Pill]) --> B\n") << 2 << QStringLiteral("A([");
        QTest::newRow("hexagon shape")
            << QStringLiteral("graph TD\nA{{Hex}} --> B\n") << 2 << QStringLiteral("A{{");
        QTest::newRow("asymmetric shape")
            << QStringLiteral("graph TD\nA>Flag] --> B\n") << 2 << QStringLiteral("A>");
        QTest::newRow("unclosed label")
            << QStringLiteral("graph TD\nA[Lead --> B\n") << 2 << QStringLiteral("closing");
        QTest::newRow("empty label")
            << QStringLiteral("graph TD\nA[ ] --> B\n") << 2 << QStringLiteral("empty label");
        QTest::newRow("unclosed arrow label")
            << QStringLiteral("graph TD\nA -->|yes B\n") << 2 << QStringLiteral("closing “|”");
        QTest::newRow("empty arrow label")
            << QStringLiteral("graph TD\nA -->|| B\n") << 2 << QStringLiteral("empty");
        QTest::newRow("dangling arrow")
            << QStringLiteral("graph TD\nA -->\n") << 2 << QStringLiteral("points at nothing");
        QTest::newRow("ampersand")
            << QStringLiteral("graph TD\nA & B --> C\n") << 2 << QStringLiteral("&");
        QTest::newRow("redefined differently")
            << QStringLiteral("graph TD\nA[One] --> B\nA[Two] --> C\n") << 3
            << QStringLiteral("already defined on line 2");
        QTest::newRow("garbage") << QStringLiteral("graph TD\nA --> B\n!!!\n") << 3
                                 << QStringLiteral("expected a node id");
        QTest::newRow("trailing text")
            << QStringLiteral("graph TD\nA[One] two\n") << 2 << QStringLiteral("unexpected");
        // The first "|" closes an arrow label: the subset has no escaped pipes.
        QTest::newRow("pipe inside an arrow label")
            << QStringLiteral("graph TD\nA -->|\"P0 | P1\"| B\n") << 2
            << QStringLiteral("unexpected");
        QTest::newRow("class shorthand")
            << QStringLiteral("graph TD\nA:::hot --> B\n") << 2 << QStringLiteral("unexpected");
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        const MermaidResult r = MermaidReader::read(text);
        QVERIFY2(!r.errors.isEmpty(), "refused");
        QCOMPARE(r.errors.first().line, line);
        QVERIFY2(r.errors.first().message.contains(says), qPrintable(r.errors.first().message));
        // The message names the line for people too.
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("Line %1").arg(line)),
                 qPrintable(r.errors.first().message));
    }

    void lineOffsetAndEveryErrorReported()
    {
        const MermaidResult r = MermaidReader::read(
            QStringLiteral("graph TD\nA -> B\nC[ok] --> D\nE ==> F\nG((x))\n"), 100);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors.at(0).line, 101);
        QCOMPARE(r.errors.at(1).line, 103);
        QCOMPARE(r.errors.at(2).line, 104);
        // The good statement between them was still read.
        QVERIFY(r.chart.node(QStringLiteral("D")));
    }

    void limits()
    {
        QString many = QStringLiteral("graph TD\n");
        for (int i = 0; i <= MermaidReader::MaxNodes; ++i)
            many += QStringLiteral("N%1 --> N%2\n").arg(i).arg(i + 1);
        MermaidResult r = MermaidReader::read(many);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY(r.errors.last().message.contains(QStringLiteral("more than")));
        QVERIFY(r.chart.nodes.size() <= MermaidReader::MaxNodes);

        QString errors = QStringLiteral("graph TD\n");
        for (int i = 0; i < 500; ++i)
            errors += QStringLiteral("A -> B\n");
        r = MermaidReader::read(errors);
        QCOMPARE(r.errors.size(), MermaidReader::MaxErrors + 1);
        QVERIFY(r.errors.last().message.contains(QStringLiteral("too many")));

        r = MermaidReader::read(QStringLiteral("graph TD\nA[") +
                                QString(MermaidReader::MaxLineLength, QLatin1Char('x')) +
                                QStringLiteral("]\n"));
        QCOMPARE(r.errors.size(), 2); // the long line, then "no nodes"
        QVERIFY(r.errors.first().message.contains(QStringLiteral("longer than")));

        r = MermaidReader::read(QStringLiteral("graph TD\nA[") +
                                QString(MermaidReader::MaxLabelLength + 1, QLatin1Char('x')) +
                                QStringLiteral("]\n"));
        QVERIFY(!r.errors.isEmpty());
        QVERIFY(r.errors.first().message.contains(QStringLiteral("longer than")));
    }
};

QTEST_GUILESS_MAIN(TestMermaid)
#include "tst_mermaid.moc"
