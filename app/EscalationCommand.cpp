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
    out << "  " << Tr::tr("edges:") << '\n';
    for (const FlowEdge &e : p.chart.edges) {
        out << "    " << e.from << " --> " << e.to;
        if (!e.label.isEmpty())
            out << " [" << e.label << ']';
        out << '\n';
    }
    out << "  " << Tr::tr("contacts:") << '\n';
    for (const EscalationContact &c : p.contacts) {
        out << "    " << c.role << " — " << c.contact << " — " << c.escalationText;
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
        "Checks escalation policy files: a Markdown document with a ```mermaid flowchart "
        "(graph TD, Id[Label], Id{Decision?}, Id(Label), A --> B, A -->|label| B) and a "
        "contact table (Role | Contact | Escalation Time). Lists the nodes, edges, decisions "
        "and contacts found and every error with its line. Exits with 1 if any file has an "
        "error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("escalation"), {}, QStringLiteral("escalation"));
    parser.addPositionalArgument(QStringLiteral("check"), Tr::tr("The action: check."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Policy files to check (any extension)."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print one JSON document for machines instead of text."));
    parser.addOption(json);

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

    bool anyError = false;
    QJsonArray reports;
    for (const QString &file : files) {
        EscalationPolicy policy = EscalationPolicies::fromFile(file);
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
