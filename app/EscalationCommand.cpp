// `incident-commander escalation check FILE... [--json]`: lints escalation
// policy files without a window.
#include "Commands.h"

#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"
#include "models/playbooks/Deadline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ic::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::app::EscalationCommand)
};

// "FILE:LINE: error: message", the way compilers and editors expect it.
QString located(const EscalationPolicy &p, const PolicyIssue &issue, const QString &kind)
{
    const QString where =
        issue.line > 0 ? QStringLiteral("%1:%2").arg(p.path).arg(issue.line) : p.path;
    return QStringLiteral("%1: %2: %3").arg(where, kind, issue.message);
}

void describe(QTextStream &out, const EscalationPolicy &p)
{
    int decisions = 0;
    for (const FlowNode &n : p.chart.nodes)
        decisions += n.shape == NodeShape::Decision ? 1 : 0;
    out << p.path << ": "
        << (p.isValid() ? Tr::tr("ok") : Tr::tr("%n error(s)", nullptr, int(p.errors.size())))
        << " — "
        << Tr::tr("%1 nodes, %2 edges, %3 decisions, %4 contacts")
               .arg(p.chart.nodes.size())
               .arg(p.chart.edges.size())
               .arg(decisions)
               .arg(p.contacts.size())
        << '\n';
    if (p.graphs.size() > 1) {
        out << "  " << Tr::tr("flowcharts in this file (choose one with --graph N):") << '\n';
        for (qsizetype i = 0; i < p.graphs.size(); ++i) {
            const PolicyGraph &g = p.graphs.at(i);
            out << (i == p.graphIndex ? "  * " : "    ") << (i + 1) << ". "
                << Tr::tr("line %1").arg(g.line);
            if (!g.title.isEmpty())
                out << " “" << g.title << "”";
            out << " — " << Tr::tr("%1 nodes, %2 edges").arg(g.nodes).arg(g.edges);
            if (g.errors > 0)
                out << ", " << Tr::tr("%n error(s)", nullptr, g.errors);
            if (i == p.graphIndex)
                out << " " << (p.graphChosen ? Tr::tr("(shown: chosen)") : Tr::tr("(shown)"));
            out << '\n';
        }
    }
    for (const PolicyIssue &i : p.errors)
        out << located(p, i, Tr::tr("error")) << '\n';
    for (const PolicyIssue &i : p.warnings)
        out << located(p, i, Tr::tr("warning")) << '\n';
    if (!p.isValid())
        return;
    out << "  " << Tr::tr("nodes:") << '\n';
    for (const FlowNode &n : p.chart.nodes) {
        QString label = n.label;
        out << "    " << n.id << " “" << label.replace(QLatin1Char('\n'), QLatin1Char(' ')) << "” ("
            << shapeCode(n.shape) << ')';
        if (n.shape == NodeShape::Decision) {
            switch (decisionKind(p.chart, n.id)) {
            case DecisionKind::Severity:
                out << ", " << Tr::tr("decided by the incident's severity");
                break;
            case DecisionKind::DataBreach:
                out << ", " << Tr::tr("decided by the data-breach answer");
                break;
            case DecisionKind::Choice:
                out << ", " << Tr::tr("the commander chooses");
                break;
            }
        }
        out << '\n';
    }
    if (!p.chart.subgraphs.isEmpty()) {
        out << "  " << Tr::tr("subgraphs:") << '\n';
        for (const FlowSubgraph &s : p.chart.subgraphs) {
            out << "    " << s.id;
            if (!s.title.isEmpty() && s.title != s.id)
                out << " “" << s.title << "”";
            if (!s.parent.isEmpty())
                out << " " << Tr::tr("in %1").arg(s.parent);
            QStringList members;
            for (const FlowNode &n : p.chart.nodes) {
                if (n.subgraph == s.id)
                    members << n.id;
            }
            out << ": " << members.join(QStringLiteral(", ")) << '\n';
        }
    }
    out << "  " << Tr::tr("edges:") << '\n';
    for (const FlowEdge &e : p.chart.edges) {
        out << "    " << e.from << " --> " << e.to;
        if (!e.label.isEmpty())
            out << " [" << e.label << ']';
        if (!e.viaSubgraph.isEmpty())
            out << " " << Tr::tr("(via %1)").arg(e.viaSubgraph);
        out << '\n';
    }
    if (p.chart.invisibleLinks > 0)
        out << "  "
            << Tr::tr("%n invisible link(s) (~~~) only place nodes; nobody escalates along them.",
                      nullptr, p.chart.invisibleLinks)
            << '\n';
    out << "  " << Tr::tr("contacts:") << '\n';
    if (p.contacts.isEmpty())
        out << "    "
            << Tr::tr("none: the graph shows who comes after whom; add contacts in the app or "
                      "a table (Role | Contact | Escalation Time) to the file.")
            << '\n';
    for (const EscalationContact &c : p.contacts) {
        out << "    " << c.role << " — " << c.contact << " — " << c.escalationText;
        if (c.source == EscalationContact::Source::List)
            out << " " << Tr::tr("(from the list on line %1)").arg(c.line);
        else if (c.source == EscalationContact::Source::Graph)
            out << " " << Tr::tr("(deadline written on the graph, line %1)").arg(c.line);
        QStringList rules;
        for (const EscalationRule &r : c.rules) {
            const QString when = r.condition.isEmpty() ? Tr::tr("always") : r.condition;
            rules << QStringLiteral("%1: %2").arg(when, r.minutes ? Deadline::describe(*r.minutes)
                                                                  : Tr::tr("not understood"));
        }
        if (!rules.isEmpty())
            out << " (" << rules.join(QStringLiteral("; ")) << ')';
        out << '\n';
    }
}

} // namespace

int runEscalation(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Checks escalation policy files: a Markdown document with a mermaid flowchart "
        "(```mermaid, <div class=\"mermaid\"> or ::: mermaid; the whole flowchart language) "
        "and, optionally, contacts (a table with role, contact and escalation time columns in "
        "any order, or list items naming the graph's nodes). Lists the flowcharts, nodes, "
        "edges, decisions and contacts found and every error with its line. Exits with 1 if "
        "any file has an error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("escalation"), {}, QStringLiteral("escalation"));
    parser.addPositionalArgument(QStringLiteral("check"), Tr::tr("The action: check."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Policy files to check (any extension)."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print one JSON document for machines instead of text."));
    parser.addOption(json);
    const QCommandLineOption graph(
        QStringLiteral("graph"),
        Tr::tr("Which flowchart of a file to read when it has several (1 = the first); without "
               "it, the one that reads most like an escalation policy."),
        QStringLiteral("N"));
    parser.addOption(graph);

    auto usage = [&](const QString &problem) {
        err << "incident-commander escalation: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != QLatin1String("check"))
        return usage(
            positional.size() < 2
                ? Tr::tr("say what to do: escalation check FILE...")
                : Tr::tr("unknown action “%1”; the action is “check”.").arg(positional.at(1)));
    const QStringList files = positional.mid(2);
    if (files.isEmpty())
        return usage(Tr::tr("name at least one policy file to check."));

    int graphNumber = 0;
    if (parser.isSet(graph)) {
        bool ok = false;
        graphNumber = parser.value(graph).toInt(&ok);
        if (!ok || graphNumber < 1 || graphNumber > EscalationPolicies::MaxGraphs)
            return usage(Tr::tr("--graph takes the number of a flowchart in the file, 1 to %1; "
                                "“%2” is not one.")
                             .arg(EscalationPolicies::MaxGraphs)
                             .arg(parser.value(graph)));
    }

    bool anyError = false;
    QJsonArray reports;
    for (const QString &file : files) {
        EscalationPolicy policy = EscalationPolicies::fromFile(file, graphNumber);
        policy.path = file; // as given, so messages match what the user typed
        anyError = anyError || !policy.isValid();
        if (parser.isSet(json))
            reports.append(EscalationPolicies::toJson(policy));
        else
            describe(out, policy);
    }
    if (parser.isSet(json))
        out << QJsonDocument(QJsonObject{{QStringLiteral("files"), reports}})
                   .toJson(QJsonDocument::Indented);
    return anyError ? ExitFailure : ExitOk;
}

} // namespace ic::app
