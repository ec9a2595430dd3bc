// The policy reader's deadlines: escalation times ("P0/P1: <15 min; Data
// breach: <1 hour") read into rules, whether a rule applies to an incident,
// and deadlines written on the graph itself.
#include "models/escalation/EscalationPolicyDetail.h"
#include "models/playbooks/Deadline.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EscalationPolicies)
};

} // namespace

Applies EscalationRule::appliesTo(const IncidentFacts &facts) const
{
    if (!conditionUnderstood)
        return Applies::Unknown;
    if (!severities.isEmpty() && !severities.contains(facts.severity))
        return Applies::No;
    if (dataBreach) {
        if (!facts.dataBreach)
            return Applies::Unknown;
        if (!*facts.dataBreach)
            return Applies::No;
    }
    return Applies::Yes;
}

QString EscalationRule::text() const
{
    return condition.isEmpty() ? deadlineText : condition + QStringLiteral(": ") + deadlineText;
}

namespace policy_detail {

void readGraphDeadlines(EscalationPolicy &policy)
{
    const Flowchart &chart = policy.chart;
    // Contacts from tables and lists are matched against every node; those
    // made here from the graph by their (normalised) labels, so a large
    // graph is read in linear time.
    const qsizetype written = policy.contacts.size();
    QSet<QString> fromGraph;
    for (const FlowNode &n : chart.nodes) {
        if (n.shape == NodeShape::Decision)
            continue;
        const QString role = QString(n.label).replace(QLatin1Char('\n'), QLatin1Char(' '));
        bool known = fromGraph.contains(normalized(role));
        for (qsizetype i = 0; i < written && !known; ++i)
            known = EscalationPolicies::roleMatchesNode(policy.contacts.at(i).role, n);
        if (known)
            continue;
        std::optional<Deadline> d =
            Deadline::findMarked(QString(n.label).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        int line = n.line;
        if (!d) {
            for (int e : chart.incoming(n.id)) {
                const QString &label = chart.edges.at(e).label;
                if (label.isEmpty())
                    continue;
                Deadline whole = Deadline::parse(label);
                if (whole.isKnown())
                    d = whole;
                else
                    d = Deadline::findMarked(label);
                if (d) {
                    line = chart.edges.at(e).line;
                    break;
                }
            }
        }
        if (!d || !d->isKnown())
            continue;
        EscalationContact c;
        c.role = role;
        c.line = line;
        c.source = EscalationContact::Source::Graph;
        c.escalationText = d->text;
        fromGraph.insert(normalized(role));
        addContact(policy, c);
    }
}

} // namespace policy_detail

namespace EscalationPolicies {

using policy_detail::quoted;

QList<EscalationRule> parseEscalationTime(const QString &text, QStringList *problems)
{
    QList<EscalationRule> rules;
    static const QRegularExpression split(QStringLiteral("\\s*(?:;|\\n|<br\\s*/?>)\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(split, Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        EscalationRule rule;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            rule.condition = part.left(colon).trimmed();
            const Deadline d = Deadline::parse(part.mid(colon + 1));
            rule.deadlineText = d.text;
            rule.minutes = d.minutes;
        } else if (const Deadline whole = Deadline::parse(part); whole.isKnown()) {
            rule.deadlineText = whole.text;
            rule.minutes = whole.minutes;
        } else if (const auto found = Deadline::find(part)) {
            // "P0/P1 within 15 min": the phrase is the deadline, the rest the condition.
            rule.deadlineText = found->text;
            rule.minutes = found->minutes;
            QString rest = part;
            rest.remove(rest.indexOf(found->text), found->text.size());
            static const QRegularExpression edge(
                QStringLiteral("^[\\s,:;()\\-–—]+|[\\s,:;()\\-–—]+$"));
            rule.condition = rest.remove(edge);
        } else {
            rule.deadlineText = part;
        }
        if (!rule.minutes && problems) {
            problems->append(Tr::tr("the escalation time %1 is not understood; write e.g. "
                                    "“Immediate”, “<15 min”, “P0/P1: <15 min” or “Data "
                                    "breach: <1 hour”.")
                                 .arg(quoted(part)));
        }
        static const QRegularExpression always(QStringLiteral("^(?:all|always|any|every|alle|"
                                                              "immer)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression severity(QStringLiteral("\\bP\\s?([0-3])\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression range(
            QStringLiteral("\\bP\\s?([0-3])\\s*(?:-|–|to|bis)\\s*P\\s?([0-3])\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (always.match(rule.condition).hasMatch())
            rule.condition.clear();
        auto add = [&rule](int level) {
            const Severity s = Severity(level);
            if (!rule.severities.contains(s))
                rule.severities.append(s);
        };
        for (auto m = range.globalMatch(rule.condition); m.hasNext();) {
            const auto r = m.next();
            const int a = r.captured(1).toInt();
            const int b = r.captured(2).toInt();
            for (int l = std::min(a, b); l <= std::max(a, b); ++l)
                add(l);
        }
        for (auto m = severity.globalMatch(rule.condition); m.hasNext();)
            add(m.next().captured(1).toInt());
        std::sort(rule.severities.begin(), rule.severities.end());
        rule.dataBreach = rule.condition.contains(QLatin1String("breach"), Qt::CaseInsensitive) ||
                          rule.condition.contains(QLatin1String("Datenpanne"), Qt::CaseInsensitive);
        rule.conditionUnderstood =
            rule.condition.isEmpty() || !rule.severities.isEmpty() || rule.dataBreach;
        rules.append(rule);
    }
    return rules;
}

} // namespace EscalationPolicies
} // namespace ic
