// The mermaid flowchart reader: the Security Team's graph exactly, every
// form of the language (shapes, links, labels, chains, subgraphs, styling,
// comments, front matter) from our own examples, and what mermaid itself
// refuses refused with the line and column (and never a crash).
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

// "id:subgraph" for nodes inside subgraphs.
QStringList members(const Flowchart &c)
{
    QStringList out;
    for (const FlowNode &n : c.nodes) {
        if (!n.subgraph.isEmpty())
            out << QStringLiteral("%1:%2").arg(n.id, n.subgraph);
    }
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
        QTest::newRow("lowercase direction, quoted arrow label with a pipe inside")
            << QStringLiteral("graph lr\nA -->|\"P0 | P1\"| B\n") << QStringLiteral("LR")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box")}
            << QStringList{QStringLiteral("A>B|P0 | P1")};
        QTest::newRow("every bracket shape")
            << QStringLiteral(
                   "flowchart TB\n"
                   "a[box] --- b(round) --- c([pill]) --- d[[sub]] --- e[(db)]\n"
                   "f((circle)) --- g(((ring))) --- h>flag] --- i{ask?} --- j{{hex}}\n"
                   "k[/in/] --- l[\\out\\] --- m[/wide\\] --- n[\\narrow/] --- o(-oval-)\n"
                   "p[|borders:lt|props]\n")
            << QStringLiteral("TB")
            << QStringList{QStringLiteral("a[box]:box"),       QStringLiteral("b[round]:round"),
                           QStringLiteral("c[pill]:round"),    QStringLiteral("d[sub]:box"),
                           QStringLiteral("e[db]:box"),        QStringLiteral("f[circle]:round"),
                           QStringLiteral("g[ring]:round"),    QStringLiteral("h[flag]:box"),
                           QStringLiteral("i[ask?]:decision"), QStringLiteral("j[hex]:box"),
                           QStringLiteral("k[in]:box"),        QStringLiteral("l[out]:box"),
                           QStringLiteral("m[wide]:box"),      QStringLiteral("n[narrow]:box"),
                           QStringLiteral("o[oval]:round"),    QStringLiteral("p[props]:box")}
            << QStringList{QStringLiteral("a>b"), QStringLiteral("b>c"), QStringLiteral("c>d"),
                           QStringLiteral("d>e"), QStringLiteral("f>g"), QStringLiteral("g>h"),
                           QStringLiteral("h>i"), QStringLiteral("i>j"), QStringLiteral("k>l"),
                           QStringLiteral("l>m"), QStringLiteral("m>n"), QStringLiteral("n>o")};
        QTest::newRow("every link form and length")
            << QStringLiteral("graph LR\nA-->B\nA --- C\nA-.->D\nA-.-E\nA==>F\nA===G\n"
                              "A--oH\nA--xI\nA<-->J\nA o--o K\nA x--x L\nA----->M\n"
                              "A-...->N\nA====>O\nA ~~~ P\n")
            << QStringLiteral("LR")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box"),
                           QStringLiteral("C[C]:box"), QStringLiteral("D[D]:box"),
                           QStringLiteral("E[E]:box"), QStringLiteral("F[F]:box"),
                           QStringLiteral("G[G]:box"), QStringLiteral("H[H]:box"),
                           QStringLiteral("I[I]:box"), QStringLiteral("J[J]:box"),
                           QStringLiteral("K[K]:box"), QStringLiteral("L[L]:box"),
                           QStringLiteral("M[M]:box"), QStringLiteral("N[N]:box"),
                           QStringLiteral("O[O]:box"), QStringLiteral("P[P]:box")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("A>C"), QStringLiteral("A>D"),
                           QStringLiteral("A>E"), QStringLiteral("A>F"), QStringLiteral("A>G"),
                           QStringLiteral("A>H"), QStringLiteral("A>I"), QStringLiteral("A>J"),
                           QStringLiteral("A>K"), QStringLiteral("A>L"), QStringLiteral("A>M"),
                           QStringLiteral("A>N"), QStringLiteral("A>O")};
        QTest::newRow("every label form on links")
            << QStringLiteral("graph TD\nA -- first --> B\nB == second ==> C\nC -. third .-> D\n"
                              "D -- open text --- E\nE ---|piped| F\nF -.->|dotted pipe| G\n"
                              "G -- \"quoted -- text\" --> H\nH ==>|\"`**bold** one`\"| I\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box"),
                           QStringLiteral("C[C]:box"), QStringLiteral("D[D]:box"),
                           QStringLiteral("E[E]:box"), QStringLiteral("F[F]:box"),
                           QStringLiteral("G[G]:box"), QStringLiteral("H[H]:box"),
                           QStringLiteral("I[I]:box")}
            << QStringList{QStringLiteral("A>B|first"),          QStringLiteral("B>C|second"),
                           QStringLiteral("C>D|third"),          QStringLiteral("D>E|open text"),
                           QStringLiteral("E>F|piped"),          QStringLiteral("F>G|dotted pipe"),
                           QStringLiteral("G>H|quoted -- text"), QStringLiteral("H>I|bold one")};
        QTest::newRow("ampersands fan out and in")
            << QStringLiteral("graph TD\nA & B --> C & D\nD --> E & F --> G\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box"),
                           QStringLiteral("C[C]:box"), QStringLiteral("D[D]:box"),
                           QStringLiteral("E[E]:box"), QStringLiteral("F[F]:box"),
                           QStringLiteral("G[G]:box")}
            << QStringList{QStringLiteral("A>C"), QStringLiteral("A>D"), QStringLiteral("B>C"),
                           QStringLiteral("B>D"), QStringLiteral("D>E"), QStringLiteral("D>F"),
                           QStringLiteral("E>G"), QStringLiteral("F>G")};
        QTest::newRow("styling, classes and clicks are read and not drawn")
            << QStringLiteral("graph TD\nclassDef hot fill:#f96,stroke:#333;\n"
                              "A[Pager]:::hot --> B\nclass B hot\nstyle A fill:#f9f,stroke:#333\n"
                              "linkStyle 0 stroke:#ff3,stroke-width:4px\n"
                              "linkStyle default interpolate basis\n"
                              "click A \"https://example.org\" \"Open\" _blank\n"
                              "click B call notify(\"x\")\naccTitle: Our policy\n"
                              "accDescr: Who is paged\naccDescr {\nmulti\nline\n}\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[Pager]:box"), QStringLiteral("B[B]:box")}
            << QStringList{QStringLiteral("A>B")};
        QTest::newRow("shape data in braces, over lines")
            << QStringLiteral("flowchart TD\nA@{ shape: diamond, label: \"Breach?\" }\n"
                              "B@{ shape: stadium }\nC@{ shape: question,\n label: \"Two\n"
                              "   lines\" }\nA --> B & C\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[Breach?]:decision"), QStringLiteral("B[B]:round"),
                           QStringLiteral("C[Two\nlines]:decision")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("A>C")};
        QTest::newRow("edge ids and their properties")
            << QStringLiteral("flowchart LR\nA e1@--> B\ne1@{ animate: true }\nB e2@==> C\n")
            << QStringLiteral("LR")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box"),
                           QStringLiteral("C[C]:box")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("B>C")};
        QTest::newRow("entity codes, Markdown strings, tags and icons")
            << QStringLiteral("graph TD\nA[\"A #quot;quote#quot; #35;1 #9829;\"] --> "
                              "B(\"`**Security** lead\non call`\")\nB --> C[<b>CTO</b> fa:fa-user "
                              "&amp; CEO]\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[A \"quote\" #1 ♥]:box"),
                           QStringLiteral("B[Security lead\non call]:round"),
                           QStringLiteral("C[CTO & CEO]:box")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("B>C")};
        QTest::newRow("front matter with a title; direction arrows")
            << QStringLiteral("---\ntitle: Paging\nconfig:\n  theme: forest\n---\ngraph >\n"
                              "A --> B\n")
            << QStringLiteral("LR")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box")}
            << QStringList{QStringLiteral("A>B")};
        QTest::newRow("statements on one line after the header")
            << QStringLiteral("graph TD; A-->B; B-->C;") << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box"),
                           QStringLiteral("C[C]:box")}
            << QStringList{QStringLiteral("A>B"), QStringLiteral("B>C")};
        QTest::newRow("a label over two lines, ids with dots and slashes")
            << QStringLiteral("flowchart TD\nsvc.api[Service\n API] --> team/ops(Ops)\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("svc.api[Service API]:box"),
                           QStringLiteral("team/ops[Ops]:round")}
            << QStringList{QStringLiteral("svc.api>team/ops")};
        QTest::newRow("an empty label keeps the id as the name (found by fuzzing)")
            << QStringLiteral("flowchart TD\nA@{ label: \"\" } --> B[\" \"]\n")
            << QStringLiteral("TD")
            << QStringList{QStringLiteral("A[A]:box"), QStringLiteral("B[B]:box")}
            << QStringList{QStringLiteral("A>B")};
        QTest::newRow("flowchart-elk and a node named like its label")
            << QStringLiteral("flowchart-elk TD\nStart --> Stop\n") << QStringLiteral("TD")
            << QStringList{QStringLiteral("Start[Start]:box"), QStringLiteral("Stop[Stop]:box")}
            << QStringList{QStringLiteral("Start>Stop")};
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

    void linkDetails()
    {
        const MermaidResult r = MermaidReader::read(QStringLiteral(
            "graph LR\nA-->B\nA --- C\nA-.->D\nA==>E\nA--oF\nA--xG\nA<-->H\nA ---->I\n"
            "A ~~~ J\nA e7@--> K\n"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        const QList<FlowEdge> &e = r.chart.edges;
        QCOMPARE(e.size(), 9); // the invisible link only places J
        QCOMPARE(r.chart.invisibleLinks, 1);
        QCOMPARE(e[0].head, EdgeEnd::Arrow);
        QCOMPARE(e[0].stroke, EdgeStroke::Normal);
        QCOMPARE(e[1].head, EdgeEnd::None);
        QCOMPARE(e[2].stroke, EdgeStroke::Dotted);
        QCOMPARE(e[3].stroke, EdgeStroke::Thick);
        QCOMPARE(e[4].head, EdgeEnd::Circle);
        QCOMPARE(e[5].head, EdgeEnd::Cross);
        QCOMPARE(e[6].tail, EdgeEnd::Arrow);
        QCOMPARE(e[6].head, EdgeEnd::Arrow);
        QCOMPARE(e[7].length, 3);
        QCOMPARE(e[8].id, QStringLiteral("e7"));
        QCOMPARE(r.chart.node(QStringLiteral("B"))->mermaidShape, QStringLiteral("rect"));
    }

    void shapeNames()
    {
        const MermaidResult r = MermaidReader::read(
            QStringLiteral("flowchart TD\nA([x]) --> B[(y)] --> C{{z}} --> D@{ shape: db } --> "
                           "E@{ shape: terminal } --> F@{ shape: nothing-like-it }\n"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        QCOMPARE(r.chart.node(QStringLiteral("A"))->mermaidShape, QStringLiteral("stadium"));
        QCOMPARE(r.chart.node(QStringLiteral("B"))->mermaidShape, QStringLiteral("cyl"));
        QCOMPARE(r.chart.node(QStringLiteral("C"))->mermaidShape, QStringLiteral("hexagon"));
        QCOMPARE(r.chart.node(QStringLiteral("D"))->mermaidShape, QStringLiteral("cyl"));
        QCOMPARE(r.chart.node(QStringLiteral("E"))->mermaidShape, QStringLiteral("stadium"));
        QCOMPARE(r.chart.node(QStringLiteral("E"))->shape, NodeShape::Round);
        // An unknown shape is drawn as a box, and said.
        QCOMPARE(r.chart.node(QStringLiteral("F"))->mermaidShape, QStringLiteral("rect"));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings[0].message.contains(QStringLiteral("nothing-like-it")));
        QCOMPARE(MermaidReader::canonicalShape(QStringLiteral("question")),
                 QStringLiteral("diamond"));
        QCOMPARE(MermaidReader::shapeClass(QStringLiteral("diam")), NodeShape::Decision);
        QCOMPARE(MermaidReader::canonicalShape(QStringLiteral("no-such")), QString());
    }

    void subgraphs()
    {
        const MermaidResult r =
            MermaidReader::read(QStringLiteral("flowchart LR\n"
                                               "  Alert --> Triage\n"
                                               "  subgraph oncall [On-call rotation]\n"
                                               "    direction TB\n"
                                               "    Primary --> Secondary\n"
                                               "    subgraph leads[\"Leads (day)\"]\n"
                                               "      Lead1 & Lead2\n"
                                               "    end\n"
                                               "  end\n"
                                               "  subgraph \"Security Team\"\n"
                                               "    Sec1\n"
                                               "  end;\n"
                                               "  subgraph Exec\n"
                                               "    CEO\n"
                                               "  end\n"
                                               "  subgraph\n"
                                               "  end\n"
                                               "  Triage --> oncall\n"
                                               "  oncall --> Exec\n"
                                               "  Triage ---> Sec1\n"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        const Flowchart &c = r.chart;
        QCOMPARE(c.subgraphs.size(), 5);
        QCOMPARE(c.subgraphs[0].id, QStringLiteral("oncall"));
        QCOMPARE(c.subgraphs[0].title, QStringLiteral("On-call rotation"));
        QCOMPARE(c.subgraphs[0].direction, QStringLiteral("TB"));
        QCOMPARE(c.subgraphs[0].line, 3);
        QCOMPARE(c.subgraphs[0].endLine, 9);
        QCOMPARE(c.subgraphs[1].id, QStringLiteral("leads"));
        QCOMPARE(c.subgraphs[1].title, QStringLiteral("Leads (day)"));
        QCOMPARE(c.subgraphs[1].parent, QStringLiteral("oncall"));
        QCOMPARE(c.subgraphs[2].title, QStringLiteral("Security Team"));
        QVERIFY(c.subgraphs[2].id != c.subgraphs[2].title); // a title with spaces is no id
        QCOMPARE(c.subgraphs[3].id, QStringLiteral("Exec"));
        QCOMPARE(c.subgraphs[4].title, QString());
        // Innermost subgraph wins; the subgraph ids are not nodes.
        QCOMPARE(
            members(c),
            (QStringList{QStringLiteral("Primary:oncall"), QStringLiteral("Secondary:oncall"),
                         QStringLiteral("Lead1:leads"), QStringLiteral("Lead2:leads"),
                         QStringLiteral("Sec1:") + c.subgraphs[2].id, QStringLiteral("CEO:Exec")}));
        QVERIFY(!c.node(QStringLiteral("oncall")));
        QVERIFY(!c.node(QStringLiteral("Exec")));
        // A link to a subgraph reaches its entries, one from it leaves from its exits.
        QCOMPARE(edges(c),
                 (QStringList{QStringLiteral("Alert>Triage"), QStringLiteral("Primary>Secondary"),
                              QStringLiteral("Triage>Primary"), QStringLiteral("Triage>Lead1"),
                              QStringLiteral("Triage>Lead2"), QStringLiteral("Secondary>CEO"),
                              QStringLiteral("Lead1>CEO"), QStringLiteral("Lead2>CEO"),
                              QStringLiteral("Triage>Sec1")}));
        QCOMPARE(c.edges[2].viaSubgraph, QStringLiteral("oncall"));
        QVERIFY(c.edges.last().viaSubgraph.isEmpty());
    }

    void subgraphsThatOnlyListNodes()
    {
        // Nodes declared first, then grouped by bare ids: no new nodes.
        const MermaidResult r = MermaidReader::read(QStringLiteral(
            "graph LR;\n  a(Alert);\n  b{Kind?}\n  c(Page);\n  a --> b;\n  b --> c;\n"
            "subgraph \"First part\"\n  a;\n  b;\nend;\nsubgraph \"Second part\"\n  c;\nend;\n"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        QCOMPARE(r.chart.nodes.size(), 3);
        QCOMPARE(r.chart.edges.size(), 2);
        QCOMPARE(r.chart.node(QStringLiteral("a"))->subgraph, r.chart.subgraphs[0].id);
        QCOMPARE(r.chart.node(QStringLiteral("c"))->subgraph, r.chart.subgraphs[1].id);
    }

    void relabelIsAWarning()
    {
        // Mermaid keeps the later label; so do we, and we say so.
        const MermaidResult r =
            MermaidReader::read(QStringLiteral("graph TD\nA[One] --> B\nA[Two] --> C\n"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        QCOMPARE(r.chart.node(QStringLiteral("A"))->label, QStringLiteral("Two"));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings[0].line, 3);
        QVERIFY(r.warnings[0].message.contains(QStringLiteral("line 2")));
        // An empty label shows the id, with a warning.
        const MermaidResult e = MermaidReader::read(QStringLiteral("graph TD\nA[ ] --> B\n"));
        QVERIFY(e.errors.isEmpty());
        QCOMPARE(e.chart.node(QStringLiteral("A"))->label, QStringLiteral("A"));
        QCOMPARE(e.warnings.size(), 1);
    }

    void titleFromFrontMatter()
    {
        const MermaidResult r = MermaidReader::read(
            QStringLiteral("\n---\ntitle: \"Escalation: security\"\n---\nflowchart TD\nA-->B\n"),
            10);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
        QCOMPARE(r.chart.title, QStringLiteral("Escalation: security"));
        QCOMPARE(r.chart.node(QStringLiteral("A"))->line, 15);
        QVERIFY(MermaidReader::isFlowchart(QStringLiteral("%% c\n---\ntitle: x\n---\ngraph LR\n")));
        QVERIFY(!MermaidReader::isFlowchart(QStringLiteral("sequenceDiagram\nA->>B: x\n")));
        QVERIFY(!MermaidReader::isFlowchart(QStringLiteral("graphical TD\n")));
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
        QTest::newRow("statement on the header line without a separator")
            << QStringLiteral("graph TD A-->B\n") << 1 << QStringLiteral("own lines");
        QTest::newRow("single-dash arrow")
            << QStringLiteral("graph TD\nA -> B\n") << 2 << QStringLiteral("single dash");
        QTest::newRow("two tildes")
            << QStringLiteral("graph TD\nA ~~ B\n") << 2 << QStringLiteral("not a mermaid link");
        QTest::newRow("label between dashes never closed")
            << QStringLiteral("graph TD\nA -- yes B\n") << 2 << QStringLiteral("never reaches");
        QTest::newRow("unclosed label")
            << QStringLiteral("graph TD\nA[Lead --> B\n") << 2 << QStringLiteral("closing");
        QTest::newRow("text and quotes mixed")
            << QStringLiteral("graph TD\nA[This is \"x\" here] --> B\n") << 2
            << QStringLiteral("quote");
        QTest::newRow("text after a quoted label")
            << QStringLiteral("graph TD\nA[\"x\" y] --> B\n") << 2 << QStringLiteral("mixed");
        QTest::newRow("unclosed quote")
            << QStringLiteral("graph TD\nA[\"Lead] --> B\n") << 2 << QStringLiteral("quote");
        QTest::newRow("unclosed arrow label")
            << QStringLiteral("graph TD\nA -->|yes B\n") << 2 << QStringLiteral("closing “|”");
        QTest::newRow("empty arrow label")
            << QStringLiteral("graph TD\nA -->|| B\n") << 2 << QStringLiteral("empty");
        QTest::newRow("dangling arrow")
            << QStringLiteral("graph TD\nA -->\n") << 2 << QStringLiteral("points at nothing");
        QTest::newRow("ampersand without a node")
            << QStringLiteral("graph TD\nA & --> C\n") << 2 << QStringLiteral("&");
        QTest::newRow("link without a start")
            << QStringLiteral("graph TD\n--> C\n") << 2 << QStringLiteral("node before it");
        QTest::newRow("garbage") << QStringLiteral("graph TD\nA --> B\n@@@\n") << 3
                                 << QStringLiteral("expected a node id");
        QTest::newRow("trailing text")
            << QStringLiteral("graph TD\nA[One] two\n") << 2 << QStringLiteral("unexpected");
        QTest::newRow("class shorthand without a name")
            << QStringLiteral("graph TD\nA::: --> B\n") << 2 << QStringLiteral("class name");
        QTest::newRow("end without subgraph")
            << QStringLiteral("graph TD\nA --> B\nend\n") << 3 << QStringLiteral("without");
        QTest::newRow("subgraph never closed")
            << QStringLiteral("graph TD\nsubgraph Team\nA --> B\n") << 2
            << QStringLiteral("never closed");
        QTest::newRow("shape data not closed")
            << QStringLiteral("graph TD\nA@{ shape: diamond\n") << 2 << QStringLiteral("“}”");
        QTest::newRow("shape data without key")
            << QStringLiteral("graph TD\nA@{ diamond }\n") << 2 << QStringLiteral("key: value");
        QTest::newRow("unknown direction in a subgraph")
            << QStringLiteral("graph TD\nsubgraph S\ndirection UP\nA\nend\n") << 3
            << QStringLiteral("direction");
        QTest::newRow("class statement without a class")
            << QStringLiteral("graph TD\nA-->B\nclass A\n") << 3 << QStringLiteral("class");
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
            QStringLiteral("graph TD\nA -> B\nC[ok] --> D\nE ~~ F\nG[x\"y]\n"), 100);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors.at(0).line, 101);
        QCOMPARE(r.errors.at(1).line, 103);
        QCOMPARE(r.errors.at(2).line, 104);
        QVERIFY2(r.errors.at(0).message.contains(QStringLiteral("column 3")),
                 qPrintable(r.errors.at(0).message));
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

        // Subgraphs nested too deep, and too many of them.
        QString deep = QStringLiteral("graph TD\n");
        for (int i = 0; i <= MermaidReader::MaxSubgraphDepth; ++i)
            deep += QStringLiteral("subgraph s%1\n").arg(i);
        r = MermaidReader::read(deep);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("nested deeper")),
                 qPrintable(errorText(r)));
        QString wide = QStringLiteral("graph TD\n");
        for (int i = 0; i <= MermaidReader::MaxSubgraphs; ++i)
            wide += QStringLiteral("subgraph s%1\nn%1\nend\n").arg(i);
        r = MermaidReader::read(wide);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("more than")));
        QVERIFY(r.chart.subgraphs.size() <= MermaidReader::MaxSubgraphs);

        // A fan-out with "&" stops at the link limit instead of multiplying on.
        QString fan = QStringLiteral("graph TD\n");
        QStringList left, right;
        for (int i = 0; i < 40; ++i) {
            left << QStringLiteral("a%1").arg(i);
            right << QStringLiteral("b%1").arg(i);
        }
        fan += left.join(QStringLiteral(" & ")) + QStringLiteral(" --> ") +
               right.join(QStringLiteral(" & ")) + QLatin1Char('\n');
        r = MermaidReader::read(fan);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY(r.chart.edges.size() <= MermaidReader::MaxEdges);

        // The whole text is bounded too.
        r = MermaidReader::read(QStringLiteral("graph TD\n") +
                                QString(MermaidReader::MaxTextLength, QLatin1Char('\n')));
        QVERIFY(r.errors.first().message.contains(QStringLiteral("KiB")));
    }
};

QTEST_GUILESS_MAIN(TestMermaid)
#include "tst_mermaid.moc"
