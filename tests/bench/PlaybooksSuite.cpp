// playbooks.import_ms: PlaybookReader::read on a runbook of --rows KB
// (default 60) that mixes every shape the reader knows: front matter,
// phases in several languages, numbered lists with sub-steps and code,
// task lists, steps as headings, a table of steps with phase and deadline
// columns, time labels, cadences, admonitions, HTML and prose. Also
// playbooks.escalation_ms: the escalation policy reader on a flowchart of
// as many nodes as the runbook has KB times 4, in a ```mermaid fence.
#include "Bench.h"

#include "models/escalation/EscalationPolicy.h"
#include "models/playbooks/PlaybookReader.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace ic::bench {

namespace {

// One section of the runbook; `n` varies names, numbers and languages.
QString section(int n)
{
    static const char *const phases[] = {"Triage",      "Eindämmung", "Contención",
                                         "Remédiation", "Recovery",   "Communicate"};
    static const char *const labels[] = {
        "Within 5 min", "Innerhalb von 15 Minuten", "En menos de 30 minutos", "Sous 1 heure",
        "Immediately",  "Every 30 minutes"};
    QString s;
    QTextStream out(&s);
    out << "## " << phases[n % 6] << " " << n << "\n\n";
    out << "This part covers host group " << n << " and what the on-call engineer does first. "
        << "Read it before you start; the order matters.\n\n";
    out << "> [!NOTE]\n> Keep notes in the incident channel for group " << n << ".\n\n";
    for (int i = 1; i <= 6; ++i) {
        out << "1. **" << labels[(n + i) % 6] << "**: Check service " << n << "-" << i
            << " and record its state in the timeline\n";
        out << "   - confirm the owner of " << n << "-" << i << "\n";
        out << "   - note the last deployment\n";
        if (i % 3 == 0) {
            out << "\n   ```bash\n   systemctl status svc-" << n << "-" << i
                << "\n   journalctl -u svc-" << n << "-" << i << " --since -1h\n   ```\n\n";
        }
    }
    out << "\n### Checklist\n\n";
    for (int i = 1; i <= 4; ++i)
        out << "- [ ] Verify backup " << n << "." << i << " is intact\n";
    out << "\n### " << n << ".1 Block the source range\n\nUse the firewall of zone " << n
        << ".\n\n```sql\nSELECT * FROM blocks WHERE zone = " << n << ";\n```\n\n";
    out << "| Step | Action | Deadline |\n|---|---|---|\n";
    for (int i = 1; i <= 3; ++i)
        out << "| " << i << " | Notify stakeholder " << n << "-" << i << " | " << (i * 10)
            << " min |\n";
    out << "\n<div class=\"tip\">Escalate to the duty manager if group " << n
        << " stays down.</div>\n\n";
    return s;
}

QByteArray runbook(qint64 kilobytes)
{
    QString md = QStringLiteral("---\ntitle: Benchmark runbook\nowner: secops\ntags: [bench, "
                                "shapes]\n---\n\n# Benchmark runbook\n\n");
    for (int n = 0; md.toUtf8().size() < kilobytes * 1024; ++n)
        md += section(n);
    return md.toUtf8();
}

QByteArray flowchart(int nodes)
{
    QString md = QStringLiteral("# Escalation\n\n```mermaid\nflowchart TD\n");
    for (int i = 0; i < nodes; ++i) {
        md += QStringLiteral("    N%1[\"Level %1 on-call\"] -->|%2 min| N%3(\"Level %3\")\n")
                  .arg(i)
                  .arg(5 + i % 30)
                  .arg(i + 1);
        if (i % 10 == 0)
            md += QStringLiteral("    subgraph S%1 [Team %1]\n      N%1\n    end\n").arg(i);
    }
    md += QStringLiteral("```\n");
    return md.toUtf8();
}

} // namespace

int runPlaybooks(const Options &options)
{
    QTextStream err(stderr);
    const qint64 kb = options.rows > 0 ? options.rows : 60;
    const QByteArray bytes = runbook(kb);
    const QByteArray flow = flowchart(int(kb) * 4);

    QList<double> times, flowTimes;
    int steps = 0;
    for (int i = 0; i < options.runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        const PlaybookFile f = PlaybookReader::read(bytes, QStringLiteral("bench.md"));
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!f.ok() || f.playbooks.isEmpty()) {
            err << "ic_bench playbooks: the runbook was not read: " << f.errors.join(u'\n') << '\n';
            return 1;
        }
        steps = 0;
        for (const Playbook &p : f.playbooks)
            steps += p.stepCount();

        t.restart();
        const EscalationPolicy policy =
            EscalationPolicies::fromMarkdown(flow, QStringLiteral("bench"));
        const double flowMs = double(t.nsecsElapsed()) / 1e6;
        if (!policy.isValid() || policy.chart.nodes.size() < kb * 4) {
            err << "ic_bench playbooks: the flowchart was not read\n";
            return 1;
        }
        if (i == 0)
            continue; // the first run builds the readers' tables
        times << ms;
        flowTimes << flowMs;
        err << "playbooks run " << i << ": " << ms << " ms (" << bytes.size() << " bytes, " << steps
            << " steps); flowchart " << flowMs << " ms\n";
    }
    report(QStringLiteral("playbooks.import_ms"), median(times), QStringLiteral("ms"));
    report(QStringLiteral("playbooks.import_ms.max"), percentile(times, 1.0), QStringLiteral("ms"));
    report(QStringLiteral("playbooks.input_kb"), double(bytes.size()) / 1024.0,
           QStringLiteral("KB"));
    report(QStringLiteral("playbooks.steps"), steps, QStringLiteral("steps"));
    report(QStringLiteral("playbooks.escalation_ms"), median(flowTimes), QStringLiteral("ms"));
    return 0;
}

} // namespace ic::bench
