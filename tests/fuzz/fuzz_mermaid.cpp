// libFuzzer target: escalation policies from outside files. The bytes are
// read as mermaid flowchart text (MermaidReader) and as a Markdown policy
// (cmark-gfm, the contact table, escalation times), then walked for every
// severity. Whatever comes in: no crash, no hang, every refusal says where
// and why, and what is accepted is a consistent graph.
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"
#include "models/escalation/Mermaid.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

void checkChart(const ic::Flowchart &chart, const QList<ic::PolicyIssue> &errors)
{
    for (const ic::PolicyIssue &e : errors)
        check(!e.message.isEmpty() && e.line >= 0);
    check(chart.nodes.size() <= ic::MermaidReader::MaxNodes);
    check(chart.edges.size() <= ic::MermaidReader::MaxEdges);
    for (const ic::FlowEdge &e : chart.edges)
        check(chart.node(e.from) && chart.node(e.to));
    for (const ic::FlowNode &n : chart.nodes)
        check(!n.id.isEmpty() && !n.label.isEmpty());
    if (errors.isEmpty())
        check(!chart.nodes.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ic::MermaidResult r = ic::MermaidReader::read(QString::fromUtf8(bytes), 1);
    checkChart(r.chart, r.errors);

    const ic::EscalationPolicy p =
        ic::EscalationPolicies::fromMarkdown(bytes, QStringLiteral("fuzz"));
    checkChart(p.chart, p.errors);
    for (const ic::PolicyIssue &w : p.warnings)
        check(!w.message.isEmpty());
    (void)ic::EscalationPolicies::toJson(p);
    if (!p.isValid())
        return 0;
    ic::IncidentFacts facts;
    facts.detectedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int s = 0; s < 4; ++s) {
        facts.severity = ic::Severity(s);
        facts.dataBreach = s % 2 == 0;
        const ic::EscalationOverlay o = ic::computeOverlay(p, facts, {}, facts.detectedAt);
        check(o.nodes.size() == p.chart.nodes.size());
        for (const QString &id : o.path.nodes)
            check(o.node(id) && o.node(id)->onPath());
    }
    return 0;
}
