// Escalation policies from Markdown: the two built-in ones read exactly, the
// path an incident takes (P0 with a data breach, P1, P2, P3), deadlines per
// role from detection, the overlay's states, contacts from tables in any
// column order and language, from lists and from the graph itself, several
// flowcharts in one file, and broken documents refused with their line.
#include "WorkspaceFixture.h"
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using ic::test::utc;

namespace {

QString issues(const QList<PolicyIssue> &list)
{
    QStringList lines;
    for (const PolicyIssue &i : list)
        lines << QStringLiteral("%1: %2").arg(i.line).arg(i.message);
    return lines.join(QLatin1Char('\n'));
}

const EscalationPolicy &securityTeam()
{
    return *EscalationPolicies::findBuiltIn(EscalationPolicies::securityTeamName());
}

const EscalationPolicy &platform()
{
    return *EscalationPolicies::findBuiltIn(EscalationPolicies::platformName());
}

IncidentFacts facts(Severity s, std::optional<bool> breach = std::nullopt)
{
    IncidentFacts f;
    f.severity = s;
    f.dataBreach = breach;
    f.detectedAt = utc("2026-11-22T10:00:00.000Z");
    return f;
}

QStringList labels(const EscalationPolicy &p, const QList<int> &edges)
{
    QStringList out;
    for (int e : edges)
        out << p.chart.edges.at(e).from + QStringLiteral(">") + p.chart.edges.at(e).to;
    return out;
}

// "Role=due" for every contact on the path, in path order.
QStringList deadlines(const EscalationPolicy &p, const IncidentFacts &f)
{
    const EscalationOverlay o = computeOverlay(p, f, {}, f.detectedAt);
    QStringList out;
    for (const QString &id : o.path.nodes) {
        for (const ContactStatus &c : o.node(id)->contacts) {
            if (c.contactIndex < 0)
                continue;
            out << c.role + QLatin1Char('=') +
                       (c.due.isValid() ? c.due.toString(QStringLiteral("HH:mm"))
                                        : (c.applies == Applies::No ? QStringLiteral("not required")
                                                                    : QStringLiteral("none")));
        }
    }
    return out;
}

} // namespace

class TestEscalationPolicy : public QObject
{
    Q_OBJECT
private slots:
    void securityTeamReadExactly()
    {
        const EscalationPolicy &p = securityTeam();
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(issues(p.warnings)));
        QCOMPARE(p.title, QStringLiteral("Security Team"));
        QCOMPARE(p.chart.nodes.size(), 8);
        QCOMPARE(p.chart.edges.size(), 8);
        QCOMPARE(p.chart.node(QStringLiteral("Exec"))->shape, NodeShape::Decision);
        QCOMPARE(p.chart.node(QStringLiteral("CEO"))->label, QStringLiteral("CEO/Legal"));
        QCOMPARE(p.contacts.size(), 5);
        const EscalationContact &sec = p.contacts.at(2);
        QCOMPARE(sec.role, QStringLiteral("Security Team"));
        QCOMPARE(sec.contact, QStringLiteral("Email/Phone"));
        QCOMPARE(sec.escalationText, QStringLiteral("P0/P1: <15 min"));
        QCOMPARE(sec.rules.size(), 1);
        QCOMPARE(sec.rules.first().condition, QStringLiteral("P0/P1"));
        QCOMPARE(sec.rules.first().minutes, std::optional<int>(15));
        QCOMPARE(sec.rules.first().severities, (QList<Severity>{Severity::P0, Severity::P1}));
        const EscalationContact &onCall = p.contacts.at(0);
        QCOMPARE(onCall.rules.first().condition, QString());
        QCOMPARE(onCall.rules.first().minutes, std::optional<int>(0));
        const EscalationContact &ceo = p.contacts.at(3);
        QVERIFY(ceo.rules.first().dataBreach);
        QCOMPARE(ceo.rules.first().minutes, std::optional<int>(60));
        // CEO and Legal both stand behind "CEO/Legal"; nobody behind the decisions.
        QCOMPARE(p.contactsOf(QStringLiteral("CEO")), (QList<int>{3, 4}));
        QCOMPARE(p.contactsOf(QStringLiteral("OnCall")), (QList<int>{0}));
        QVERIFY(p.contactsOf(QStringLiteral("Exec")).isEmpty());
        QVERIFY(p.contactsOf(QStringLiteral("Monitor")).isEmpty());
        QVERIFY(p.isStart(QStringLiteral("Detect")));
        QVERIFY(!p.isStart(QStringLiteral("OnCall")));
    }

    void seedDocumentItself()
    {
        // The whole playbook (headings, other tables, code blocks) is a policy too.
        // The bundled copy is the seed byte for byte (tst_playbookreader pins its hash).
        QFile f(qEnvironmentVariable("IC_SOURCE_DIR") +
                QStringLiteral("/resources/playbooks/security-team-playbooks.md"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const EscalationPolicy p =
            EscalationPolicies::fromMarkdown(f.readAll(), QStringLiteral("seed"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.graphLine, 255);
        QCOMPARE(p.chart.nodes.size(), 8);
        QCOMPARE(p.contacts.size(), 5);
        QCOMPARE(p.contacts.first().line, 271);
        QCOMPARE(p.title, QStringLiteral("Incident Response Playbooks"));
    }

    void platformReadExactly()
    {
        const EscalationPolicy &p = platform();
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(issues(p.warnings)));
        QCOMPARE(p.chart.node(QStringLiteral("Support"))->shape, NodeShape::Round);
        QCOMPARE(p.contacts.size(), 4);
        const EscalationContact &onCall = p.contacts.at(0);
        QCOMPARE(onCall.rules.size(), 3);
        QCOMPARE(onCall.rules.at(0).minutes, std::optional<int>(5)); // "Immediate (< 5 minutes)"
        QCOMPARE(onCall.rules.at(1).minutes, std::optional<int>(15));
        QCOMPARE(onCall.rules.at(2).minutes, std::optional<int>(60));
        QCOMPARE(onCall.rules.at(2).severities, QList<Severity>{Severity::P2});
    }

    void pathSecurityTeam_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("breach"); // -1 undecided, 0 no, 1 yes
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QStringList>("undecided");
        QTest::addColumn<QStringList>("deadlines");

        QTest::newRow("P0 with a data breach")
            << 0 << 1 << QStringList{QStringLiteral("Detect"),   QStringLiteral("OnCall"),
                                     QStringLiteral("Assess"),   QStringLiteral("Lead"),
                                     QStringLiteral("Security"), QStringLiteral("Exec"),
                                     QStringLiteral("CEO")}
            << QStringList{}
            << QStringList{QStringLiteral("On-Call Engineer=10:00"),
                           QStringLiteral("Engineering Lead=10:00"),
                           QStringLiteral("Security Team=10:15"), QStringLiteral("CEO=11:00"),
                           QStringLiteral("Legal=11:00")};
        QTest::newRow("P0 without a data breach")
            << 0 << 0 << QStringList{QStringLiteral("Detect"),   QStringLiteral("OnCall"),
                                     QStringLiteral("Assess"),   QStringLiteral("Lead"),
                                     QStringLiteral("Security"), QStringLiteral("Exec"),
                                     QStringLiteral("Monitor")}
            << QStringList{}
            << QStringList{QStringLiteral("On-Call Engineer=10:00"),
                           QStringLiteral("Engineering Lead=10:00"),
                           QStringLiteral("Security Team=10:15")};
        QTest::newRow("P1, breach not decided yet")
            << 1 << -1 << QStringList{QStringLiteral("Detect"),   QStringLiteral("OnCall"),
                                      QStringLiteral("Assess"),   QStringLiteral("Lead"),
                                      QStringLiteral("Security"), QStringLiteral("Exec")}
            << QStringList{QStringLiteral("Exec")}
            << QStringList{QStringLiteral("On-Call Engineer=10:00"),
                           QStringLiteral("Engineering Lead=10:00"),
                           QStringLiteral("Security Team=10:15")};
        QTest::newRow("P2 stays with on-call")
            << 2 << 1
            << QStringList{QStringLiteral("Detect"), QStringLiteral("OnCall"),
                           QStringLiteral("Assess")}
            << QStringList{} << QStringList{QStringLiteral("On-Call Engineer=10:00")};
        QTest::newRow("P3 stays with on-call")
            << 3 << -1
            << QStringList{QStringLiteral("Detect"), QStringLiteral("OnCall"),
                           QStringLiteral("Assess")}
            << QStringList{} << QStringList{QStringLiteral("On-Call Engineer=10:00")};
    }

    void pathSecurityTeam()
    {
        QFETCH(int, severity);
        QFETCH(int, breach);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, undecided);
        QFETCH(QStringList, deadlines);
        const IncidentFacts f =
            facts(Severity(severity), breach < 0 ? std::nullopt : std::optional<bool>(breach == 1));
        const EscalationPath path = resolvePath(securityTeam(), f);
        QCOMPARE(path.nodes, nodes);
        QStringList open;
        for (const DecisionOutcome &d : path.decisions) {
            if (!d.decided)
                open << d.nodeId;
        }
        QCOMPARE(open, undecided);
        QCOMPARE(::deadlines(securityTeam(), f), deadlines);
        // The severity decision says what it answered; P2/P3 loops back to on-call.
        QCOMPARE(path.decision(QStringLiteral("Assess"))->answer, severityCode(Severity(severity)));
        if (severity >= 2)
            QCOMPARE(labels(securityTeam(), path.edges),
                     (QStringList{QStringLiteral("Detect>OnCall"), QStringLiteral("OnCall>Assess"),
                                  QStringLiteral("Assess>OnCall")}));
    }

    void pathPlatform_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("deadlines");
        QTest::newRow("P0: on-call, security lead, CTO")
            << 0 << QStringList{QStringLiteral("Detect"),       QStringLiteral("Severity"),
                                QStringLiteral("OnCall"),       QStringLiteral("Beyond"),
                                QStringLiteral("SecurityLead"), QStringLiteral("Critical"),
                                QStringLiteral("CTO")}
            << QStringList{QStringLiteral("On-Call Engineer=10:05"),
                           QStringLiteral("Security Lead=10:05"), QStringLiteral("CTO=10:05")};
        QTest::newRow("P1: on-call, security lead")
            << 1 << QStringList{QStringLiteral("Detect"),       QStringLiteral("Severity"),
                                QStringLiteral("OnCall"),       QStringLiteral("Beyond"),
                                QStringLiteral("SecurityLead"), QStringLiteral("Critical")}
            << QStringList{QStringLiteral("On-Call Engineer=10:15"),
                           QStringLiteral("Security Lead=10:15")};
        QTest::newRow("P2: on-call engineer")
            << 2
            << QStringList{QStringLiteral("Detect"), QStringLiteral("Severity"),
                           QStringLiteral("OnCall"), QStringLiteral("Beyond")}
            << QStringList{QStringLiteral("On-Call Engineer=11:00")};
        QTest::newRow("P3: regular support")
            << 3
            << QStringList{QStringLiteral("Detect"), QStringLiteral("Severity"),
                           QStringLiteral("Support")}
            << QStringList{QStringLiteral("Regular Support=10:00")}; // next day, same time
    }

    void pathPlatform()
    {
        QFETCH(int, severity);
        QFETCH(QStringList, roles);
        QFETCH(QStringList, deadlines);
        const IncidentFacts f = facts(Severity(severity));
        QCOMPARE(resolvePath(platform(), f).nodes, roles);
        QCOMPARE(::deadlines(platform(), f), deadlines);
        if (severity == 2) {
            // The chain ends at the decision, and says so.
            const EscalationOverlay o = computeOverlay(platform(), f, {}, f.detectedAt);
            QCOMPARE(o.node(QStringLiteral("Beyond"))->decisionAnswer,
                     QStringLiteral("P2 — no further escalation"));
        }
        if (severity == 3) {
            const EscalationOverlay o = computeOverlay(platform(), f, {}, f.detectedAt);
            QCOMPARE(o.node(QStringLiteral("Support"))->contacts.first().due,
                     utc("2026-11-23T10:00:00.000Z"));
        }
    }

    void overlayStates()
    {
        IncidentFacts f = facts(Severity::P1, true);
        const QDateTime t0 = f.detectedAt;
        QList<EscalationRecord> records;
        auto add = [&](EscalationRecord::Kind kind, const QString &node, const QString &role,
                       int minutes) {
            EscalationRecord r;
            r.kind = kind;
            r.policy = EscalationPolicies::securityTeamName();
            r.nodeId = node;
            r.role = role;
            r.actor = QStringLiteral("casey");
            r.at = t0.addSecs(minutes * 60);
            records << r;
        };
        // At 10:20: on-call paged at 10:02 (late: "Immediate") and acknowledged,
        // lead notified at 10:00, Security Team not yet (due 10:15: overdue),
        // CEO notified, Legal not (due 11:00: pending).
        add(EscalationRecord::Kind::Notified, QStringLiteral("OnCall"),
            QStringLiteral("On-Call Engineer"), 2);
        add(EscalationRecord::Kind::Acknowledged, QStringLiteral("OnCall"),
            QStringLiteral("on-call engineer"), 4); // roles match ignoring case
        add(EscalationRecord::Kind::Notified, QStringLiteral("Lead"),
            QStringLiteral("Engineering Lead"), 0);
        add(EscalationRecord::Kind::Notified, QStringLiteral("CEO"), QStringLiteral("CEO"), 10);
        const EscalationOverlay o = computeOverlay(securityTeam(), f, records, t0.addSecs(20 * 60));
        QCOMPARE(o.node(QStringLiteral("Detect"))->state, NodeState::Start);
        QCOMPARE(o.node(QStringLiteral("OnCall"))->state, NodeState::Acknowledged);
        QVERIFY(o.node(QStringLiteral("OnCall"))->contacts.first().late);
        QCOMPARE(o.node(QStringLiteral("Assess"))->state, NodeState::Decided);
        QCOMPARE(o.node(QStringLiteral("Assess"))->decisionAnswer, QStringLiteral("P1"));
        QCOMPARE(o.node(QStringLiteral("Lead"))->state, NodeState::Notified);
        QVERIFY(!o.node(QStringLiteral("Lead"))->contacts.first().late);
        QCOMPARE(o.node(QStringLiteral("Security"))->state, NodeState::Overdue);
        QCOMPARE(o.node(QStringLiteral("Exec"))->decisionAnswer, QStringLiteral("Yes"));
        QCOMPARE(o.node(QStringLiteral("CEO"))->state, NodeState::Pending); // Legal still to go
        QCOMPARE(o.node(QStringLiteral("Monitor"))->state, NodeState::OffPath);
        QCOMPARE(o.overdue, 1);
        // Next: the overdue Security Team before Legal (due 11:00).
        QCOMPARE(o.nextNodeId, QStringLiteral("Security"));

        // Before 10:15 the Security Team is only pending.
        const EscalationOverlay early = computeOverlay(securityTeam(), f, records, t0.addSecs(600));
        QCOMPARE(early.node(QStringLiteral("Security"))->state, NodeState::Pending);
        QCOMPARE(early.overdue, 0);
    }

    void choiceDecisionAndNodeWithoutContact()
    {
        const QByteArray md = "# Own\n\n```mermaid\ngraph TD\n"
                              "  A[Duty Manager] --> W{Weekend?}\n"
                              "  W -->|Yes| B[Backup Pager]\n"
                              "  W -->|No| C(Office)\n"
                              "```\n\n| Role | Contact | Escalation Time |\n|---|---|---|\n"
                              "| Duty Manager | +49 30 1234 | Immediate |\n"
                              "| Backup Pager | pager@example.org | P0-P2: 30 min; P3: 4 hours |\n";
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("own"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.contacts.at(1).rules.first().severities,
                 (QList<Severity>{Severity::P0, Severity::P1, Severity::P2}));
        QCOMPARE(decisionKind(p.chart, QStringLiteral("W")), DecisionKind::Choice);
        IncidentFacts f = facts(Severity::P3, true);
        EscalationPath path = resolvePath(p, f);
        QCOMPARE(path.nodes, (QStringList{QStringLiteral("A"), QStringLiteral("W")}));
        QVERIFY(!path.decision(QStringLiteral("W"))->decided);
        f.decisions.insert(QStringLiteral("W"), QStringLiteral("B"));
        path = resolvePath(p, f);
        QCOMPARE(path.nodes.last(), QStringLiteral("B"));
        QCOMPARE(path.decision(QStringLiteral("W"))->answer, QStringLiteral("Yes"));
        const EscalationOverlay o = computeOverlay(p, f, {}, f.detectedAt);
        QCOMPARE(o.node(QStringLiteral("B"))->contacts.first().minutes, std::optional<int>(240));
        // The start node has a contact row here, so it is someone to notify.
        QCOMPARE(o.node(QStringLiteral("A"))->state, NodeState::Pending);
        // "Office" has no contact row: the node itself can be marked.
        f.decisions.insert(QStringLiteral("W"), QStringLiteral("C"));
        const EscalationOverlay office = computeOverlay(p, f, {}, f.detectedAt);
        QCOMPARE(office.node(QStringLiteral("C"))->contacts.size(), 1);
        QCOMPARE(office.node(QStringLiteral("C"))->contacts.first().contactIndex, -1);
        QCOMPARE(office.node(QStringLiteral("C"))->contacts.first().role, QStringLiteral("Office"));
    }

    void escalationTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rules"); // "condition=minutes"
        QTest::addColumn<bool>("understood");
        QTest::newRow("Immediate")
            << QStringLiteral("Immediate") << QStringList{QStringLiteral("=0")} << true;
        QTest::newRow("P0/P1: Immediate")
            << QStringLiteral("P0/P1: Immediate") << QStringList{QStringLiteral("P0/P1=0")} << true;
        QTest::newRow("P0/P1: <15 min")
            << QStringLiteral("P0/P1: <15 min") << QStringList{QStringLiteral("P0/P1=15")} << true;
        QTest::newRow("Data breach: <1 hour")
            << QStringLiteral("Data breach: <1 hour")
            << QStringList{QStringLiteral("Data breach=60")} << true;
        QTest::newRow("two rules with <br>")
            << QStringLiteral("P0: 5 min<br>P1: 1 h")
            << QStringList{QStringLiteral("P0=5"), QStringLiteral("P1=60")} << true;
        QTest::newRow("condition without colon") << QStringLiteral("P0/P1 within 15 minutes")
                                                 << QStringList{QStringLiteral("P0/P1=15")} << true;
        QTest::newRow("always") << QStringLiteral("Always: 10 min")
                                << QStringList{QStringLiteral("=10")} << true;
        QTest::newRow("not understood")
            << QStringLiteral("when convenient") << QStringList{QStringLiteral("=-")} << false;
        QTest::newRow("bad time after condition")
            << QStringLiteral("P1: soonish") << QStringList{QStringLiteral("P1=-")} << false;
        QTest::newRow("empty") << QString() << QStringList{} << true;
    }

    void escalationTimes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, rules);
        QFETCH(bool, understood);
        QStringList problems;
        QStringList got;
        for (const EscalationRule &r : EscalationPolicies::parseEscalationTime(text, &problems))
            got << r.condition + QLatin1Char('=') +
                       (r.minutes ? QString::number(*r.minutes) : QStringLiteral("-"));
        QCOMPARE(got, rules);
        QCOMPARE(problems.isEmpty(), understood);
        if (!understood)
            QVERIFY(problems.first().contains(QStringLiteral("not understood")));
    }

    void brokenDocuments_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        const QByteArray table = "\n| Role | Contact | Escalation Time |\n|---|---|---|\n"
                                 "| Lead | x | Immediate |\n";
        QTest::newRow("no graph") << QByteArray("# P\n") + table << 0 << QStringLiteral("mermaid");
        QTest::newRow("graph error with the file's line")
            << QByteArray("# P\n\ntext\n\n```mermaid\ngraph TD\nA --> B\nB -> C\n```\n") + table
            << 8 << QStringLiteral("single dash");
        QTest::newRow("sequence diagram only")
            << QByteArray("```mermaid\nsequenceDiagram\nA->>B: x\n```\n") + table << 2
            << QStringLiteral("flowchart");
        QTest::newRow("a flowchart only inside another code block")
            << QByteArray("```text\n<div class=\"mermaid\">\ngraph TD\nA-->B\n</div>\n```\n") << 0
            << QStringLiteral("No mermaid flowchart");
        QTest::newRow("binary junk")
            << QByteArray("\x00\xff\xfe```mermaid\n\x01", 15) << 0 << QStringLiteral("mermaid");
    }

    void brokenDocuments()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(int, line);
        QFETCH(QString, says);
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(markdown, QStringLiteral("x"));
        QVERIFY(!p.isValid());
        QCOMPARE(p.errors.first().line, line);
        QVERIFY2(p.errors.first().message.contains(says), qPrintable(issues(p.errors)));
    }

    // What a team's own document often has is read, and said, not refused.
    void toleratedDocuments_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says"); // in the first warning; "" for none
        QTest::newRow("no contact table")
            << QByteArray("```mermaid\ngraph TD\nA --> B\n```\n") << 0 << QString();
        QTest::newRow("escalation time not understood")
            << QByteArray("```mermaid\ngraph TD\nA[Lead] --> B\n```\n\n| Role | Contact | "
                          "Escalation Time |\n|---|---|---|\n| Lead | x | whenever |\n")
            << 8 << QStringLiteral("not understood");
        QTest::newRow("role twice")
            << QByteArray("```mermaid\ngraph TD\nA[Lead] --> B\n```\n\n| Role | Contact |\n"
                          "|---|---|\n| Lead | x |\n| lead | y |\n")
            << 9 << QStringLiteral("twice");
        QTest::newRow("row without role")
            << QByteArray("```mermaid\ngraph TD\nA[Lead] --> B\n```\n\n| Role | Contact |\n"
                          "|---|---|\n|  | y |\n")
            << 8 << QStringLiteral("no role");
        QTest::newRow("an error in a flowchart not shown")
            << QByteArray("```mermaid\ngraph TD\nA -> B\n```\n\n## Escalation\n\n```mermaid\n"
                          "graph TD\nOnCall --> Lead\n```\n")
            << 1 << QStringLiteral("not the one shown");
    }

    void toleratedDocuments()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(int, line);
        QFETCH(QString, says);
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(markdown, QStringLiteral("x"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QVERIFY(!p.chart.nodes.isEmpty());
        if (says.isEmpty()) {
            QVERIFY2(p.warnings.isEmpty(), qPrintable(issues(p.warnings)));
            return;
        }
        QVERIFY(!p.warnings.isEmpty());
        QCOMPARE(p.warnings.first().line, line);
        QVERIFY2(p.warnings.first().message.contains(says), qPrintable(issues(p.warnings)));
    }

    void withoutContactsTheGraphStillLeads()
    {
        // No contacts at all: the path still says who comes after whom, and
        // deadlines written on the graph are kept (a cadence is not one).
        const QByteArray md =
            "```mermaid\nflowchart LR\n  A[Alert] --> B[Page on-call]\n"
            "  B -->|within 15 min| C[Security lead]\n  C --> D[\"Notify legal (within 1 h)\"]\n"
            "  D --> E[Post updates every 30 minutes]\n```\n";
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("g"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.contacts.size(), 2);
        QCOMPARE(p.contacts[0].source, EscalationContact::Source::Graph);
        QCOMPARE(p.contacts[0].role, QStringLiteral("Security lead"));
        QCOMPARE(p.contacts[0].line, 4); // the arrow that names the deadline
        QCOMPARE(p.contacts[1].role, QStringLiteral("Notify legal (within 1 h)"));
        const IncidentFacts f = facts(Severity::P1);
        const EscalationPath path = resolvePath(p, f);
        QCOMPARE(path.nodes,
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                              QStringLiteral("D"), QStringLiteral("E")}));
        QCOMPARE(deadlines(p, f), (QStringList{QStringLiteral("Security lead=10:15"),
                                               QStringLiteral("Notify legal (within 1 h)=11:00")}));
    }

    void contactsInAnyOrderAndLanguage_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::newRow("English, time first")
            << QByteArray("| Escalation time | Contact | Role |\n|---|---|---|\n"
                          "| P0/P1: <15 min | sec@example.org | Security Lead |\n");
        QTest::newRow("German") << QByteArray(
            "| Rolle | Kontakt | Eskalationszeit |\n|---|---|---|\n"
            "| Security Lead | +49 30 1234567 | P0/P1: <15 min |\n");
        QTest::newRow("Spanish, extra column")
            << QByteArray("| Contacto | Notas | Rol | Tiempo de escalado |\n|---|---|---|---|\n"
                          "| sec@example.org | turno de día | Security Lead | P0/P1: <15 min |\n");
        QTest::newRow("French") << QByteArray("| Rôle | Délai | Moyen |\n|---|---|---|\n"
                                              "| Security Lead | P0/P1: <15 min | Téléphone |\n");
    }

    void contactsInAnyOrderAndLanguage()
    {
        QFETCH(QByteArray, table);
        const QByteArray md = "# Policy\n\n```mermaid\ngraph TD\n  Start[Detected] --> "
                              "Sec[Security Lead]\n```\n\n" +
                              table;
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("t"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.contacts.size(), 1);
        QCOMPARE(p.contacts[0].role, QStringLiteral("Security Lead"));
        QCOMPARE(p.contacts[0].rules.size(), 1);
        QCOMPARE(p.contacts[0].rules[0].minutes.value_or(-1), 15);
        QCOMPARE(p.contactsOf(QStringLiteral("Sec")), QList<int>{0});
        QCOMPARE(deadlines(p, facts(Severity::P0)), QStringList{QStringLiteral("Security "
                                                                               "Lead=10:15")});
    }

    void contactsFromAListElsewhere()
    {
        const QByteArray md = "# Escalation\n\n```mermaid\ngraph TD\n  A[Detected] --> "
                              "B[Incident Commander] --> C[CISO]\n```\n\n## Who\n\n"
                              "- **Incident Commander**: #incident-command on Slack, within 10 "
                              "min\n- CISO — +1 555 0100\n- Lunch: at noon\n- Somebody else: "
                              "x@example.org\n";
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("l"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.contacts.size(), 2);
        QCOMPARE(p.contacts[0].role, QStringLiteral("Incident Commander"));
        QCOMPARE(p.contacts[0].source, EscalationContact::Source::List);
        QCOMPARE(p.contacts[0].line, 10);
        QCOMPARE(p.contacts[0].rules.value(0).minutes.value_or(-1), 10);
        QCOMPARE(p.contacts[1].role, QStringLiteral("CISO"));
        QCOMPARE(p.contacts[1].contact, QStringLiteral("+1 555 0100"));
        QVERIFY(p.contacts[1].rules.isEmpty());
    }

    void diagramsInHtmlAndWikiBlocks()
    {
        const QByteArray md = "# Paging\n\n<div class=\"mermaid\">\ngraph LR\n  A[On call] --&gt; "
                              "B[Lead &amp; deputy]\n</div>\n\nText.\n\n<pre class=\"mermaid "
                              "big\">\nflowchart TD\n  X --> Y\n</pre>\n\n::: mermaid\ngraph TD\n"
                              "  P --> Q --> R\n:::\n";
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("h"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.graphs.size(), 3);
        QCOMPARE(p.graphs[0].line, 3);
        QCOMPARE(p.graphs[1].line, 10);
        QCOMPARE(p.graphs[2].line, 15);
        // The largest is shown when no heading says "escalation".
        QCOMPARE(p.graphIndex, 2);
        const EscalationPolicy first =
            EscalationPolicies::fromMarkdown(md, QStringLiteral("h"), QString(), 1);
        QVERIFY2(first.isValid(), qPrintable(issues(first.errors)));
        QCOMPARE(first.graphIndex, 0);
        QVERIFY(first.graphChosen);
        QCOMPARE(first.chart.node(QStringLiteral("B"))->label, QStringLiteral("Lead & deputy"));
        QCOMPARE(first.chart.node(QStringLiteral("A"))->line, 5);
        const EscalationPolicy none =
            EscalationPolicies::fromMarkdown(md, QStringLiteral("h"), QString(), 4);
        QVERIFY(!none.isValid());
        QVERIFY(none.errors.first().message.contains(QStringLiteral("3 flowchart")));
    }

    void theEscalationFlowchartIsShownFirst()
    {
        // Two flowcharts: the one whose caption says "escalation" is shown,
        // even when the other is larger.
        const QByteArray md = "# Plan\n\nGeneral flow:\n\n```mermaid\nflowchart TD\n"
                              "A-->B-->C-->D-->E-->F\n```\n\nEscalation flow:\n\n"
                              "```mermaid\nflowchart TD\n  X{Severe?} -->|Yes| Y[CEO]\n```\n";
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("c"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.graphs.size(), 2);
        QCOMPARE(p.graphIndex, 1);
        QCOMPARE(p.graphs[1].caption, QStringLiteral("Escalation flow:"));
        QCOMPARE(p.graphLine, 12);
        QCOMPARE(p.chart.nodes.size(), 2);
        const QJsonObject o = EscalationPolicies::toJson(p);
        QCOMPARE(o.value(QStringLiteral("graph")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("graphs")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("graphs"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("shown"))
                    .toBool());
    }

    void warnings()
    {
        const QByteArray md = "```mermaid\ngraph TD\nA[Lead] --> B[CTO]\n```\n\n"
                              "| Role | Contact | Escalation Time |\n|---|---|---|\n"
                              "| Lead | x | Weekends: 30 min |\n| Legal | y | 1 h |\n";
        const EscalationPolicy p = EscalationPolicies::fromMarkdown(md, QStringLiteral("w"));
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.warnings.size(), 2);
        QCOMPARE(p.warnings.at(0).line, 8);
        QVERIFY(p.warnings.at(0).message.contains(QStringLiteral("Weekends")));
        QCOMPARE(p.warnings.at(1).line, 9);
        QVERIFY(p.warnings.at(1).message.contains(QStringLiteral("Legal")));
        // An unknown condition gives a shown, untracked deadline.
        const EscalationOverlay o =
            computeOverlay(p, facts(Severity::P0), {}, utc("2026-11-23T10:00:00.000Z"));
        const ContactStatus &lead = o.node(QStringLiteral("A"))->contacts.first();
        QCOMPARE(lead.applies, Applies::Unknown);
        QVERIFY(!lead.due.isValid());
        QVERIFY(!lead.overdue);
    }

    void files()
    {
        QTemporaryDir dir;
        EscalationPolicy p = EscalationPolicies::fromFile(dir.filePath(QStringLiteral("none.md")));
        QVERIFY(!p.isValid());
        QVERIFY(p.errors.first().message.contains(QStringLiteral("does not exist")));
        p = EscalationPolicies::fromFile(dir.path());
        QVERIFY(p.errors.first().message.contains(QStringLiteral("folder")));
        QFile big(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(EscalationPolicies::MaxFileBytes + 10, 'a'));
        big.close();
        p = EscalationPolicies::fromFile(big.fileName());
        QVERIFY(p.errors.first().message.contains(QStringLiteral("larger than")));
        QFile nul(dir.filePath(QStringLiteral("nul.md")));
        QVERIFY(nul.open(QIODevice::WriteOnly));
        nul.write(QByteArray("```mermaid\ngraph TD\nA-->B\n```\n\0", 31));
        nul.close();
        p = EscalationPolicies::fromFile(nul.fileName());
        QVERIFY(!p.isValid());
        QVERIFY(p.errors.first().message.contains(QStringLiteral("NUL")));
        // Any extension: the bundled policy copied to a .txt reads the same.
        const QString txt = dir.filePath(QStringLiteral("team policy.txt"));
        QVERIFY(QFile::copy(QStringLiteral(":/escalation/security-team.md"), txt));
        p = EscalationPolicies::fromFile(txt);
        QVERIFY2(p.isValid(), qPrintable(issues(p.errors)));
        QCOMPARE(p.name, QStringLiteral("team policy"));
        QCOMPARE(p.chart.nodes.size(), securityTeam().chart.nodes.size());
    }

    void json()
    {
        const QJsonObject o = EscalationPolicies::toJson(securityTeam());
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 8);
        QCOMPARE(nodes.at(2).toObject().value(QStringLiteral("shape")).toString(),
                 QStringLiteral("decision"));
        const QJsonArray contacts = o.value(QStringLiteral("contacts")).toArray();
        const QJsonObject sec = contacts.at(2).toObject();
        QCOMPARE(sec.value(QStringLiteral("escalation_text")).toString(),
                 QStringLiteral("P0/P1: <15 min"));
        const QJsonObject rule = sec.value(QStringLiteral("rules")).toArray().at(0).toObject();
        QCOMPARE(rule.value(QStringLiteral("condition")).toString(), QStringLiteral("P0/P1"));
        QCOMPARE(rule.value(QStringLiteral("minutes")).toInt(), 15);
        const QJsonObject edge = o.value(QStringLiteral("edges")).toArray().at(2).toObject();
        QCOMPARE(edge.value(QStringLiteral("label")).toString(), QStringLiteral("P0/P1"));
    }
};

QTEST_GUILESS_MAIN(TestEscalationPolicy)
#include "tst_escalationpolicy.moc"
