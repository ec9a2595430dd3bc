// The `escalation check --json` description of a policy file.
#include "models/escalation/EscalationPolicy.h"

#include <QJsonArray>

namespace ic::EscalationPolicies {

QJsonObject toJson(const EscalationPolicy &policy)
{
    auto issues = [](const QList<PolicyIssue> &list) {
        QJsonArray a;
        for (const PolicyIssue &i : list) {
            QJsonObject o{{QStringLiteral("message"), i.message}};
            if (i.line > 0)
                o.insert(QStringLiteral("line"), i.line);
            a.append(o);
        }
        return a;
    };
    auto endCode = [](EdgeEnd e) {
        switch (e) {
        case EdgeEnd::None:
            return QStringLiteral("none");
        case EdgeEnd::Arrow:
            return QStringLiteral("arrow");
        case EdgeEnd::Circle:
            return QStringLiteral("circle");
        case EdgeEnd::Cross:
            return QStringLiteral("cross");
        }
        return QStringLiteral("none");
    };
    auto strokeCode = [](EdgeStroke s) {
        switch (s) {
        case EdgeStroke::Normal:
            return QStringLiteral("normal");
        case EdgeStroke::Thick:
            return QStringLiteral("thick");
        case EdgeStroke::Dotted:
            return QStringLiteral("dotted");
        }
        return QStringLiteral("normal");
    };
    QJsonArray nodes;
    for (const FlowNode &n : policy.chart.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("label"), n.label},
                      {QStringLiteral("shape"), shapeCode(n.shape)},
                      {QStringLiteral("mermaid_shape"), n.mermaidShape},
                      {QStringLiteral("line"), n.line}};
        if (!n.subgraph.isEmpty())
            o.insert(QStringLiteral("subgraph"), n.subgraph);
        if (!n.classes.isEmpty())
            o.insert(QStringLiteral("classes"), QJsonArray::fromStringList(n.classes));
        nodes.append(o);
    }
    QJsonArray edges;
    for (const FlowEdge &e : policy.chart.edges) {
        QJsonObject o{{QStringLiteral("from"), e.from},
                      {QStringLiteral("to"), e.to},
                      {QStringLiteral("label"), e.label},
                      {QStringLiteral("line"), e.line},
                      {QStringLiteral("stroke"), strokeCode(e.stroke)},
                      {QStringLiteral("head"), endCode(e.head)},
                      {QStringLiteral("tail"), endCode(e.tail)},
                      {QStringLiteral("length"), e.length}};
        if (!e.id.isEmpty())
            o.insert(QStringLiteral("id"), e.id);
        if (!e.viaSubgraph.isEmpty())
            o.insert(QStringLiteral("via_subgraph"), e.viaSubgraph);
        edges.append(o);
    }
    QJsonArray subgraphs;
    for (const FlowSubgraph &s : policy.chart.subgraphs)
        subgraphs.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("direction"), s.direction},
                                     {QStringLiteral("parent"), s.parent},
                                     {QStringLiteral("line"), s.line},
                                     {QStringLiteral("end_line"), s.endLine}});
    QJsonArray contacts;
    for (const EscalationContact &c : policy.contacts) {
        QJsonArray rules;
        for (const EscalationRule &r : c.rules)
            rules.append(QJsonObject{
                {QStringLiteral("condition"), r.condition},
                {QStringLiteral("minutes"), r.minutes ? QJsonValue(*r.minutes) : QJsonValue()}});
        contacts.append(
            QJsonObject{{QStringLiteral("role"), c.role},
                        {QStringLiteral("contact"), c.contact},
                        {QStringLiteral("escalation_text"), c.escalationText},
                        {QStringLiteral("rules"), rules},
                        {QStringLiteral("source"), EscalationContact::sourceCode(c.source)},
                        {QStringLiteral("line"), c.line}});
    }
    QJsonArray graphs;
    for (qsizetype i = 0; i < policy.graphs.size(); ++i) {
        const PolicyGraph &g = policy.graphs.at(i);
        graphs.append(QJsonObject{{QStringLiteral("number"), int(i) + 1},
                                  {QStringLiteral("line"), g.line},
                                  {QStringLiteral("title"), g.title},
                                  {QStringLiteral("caption"), g.caption},
                                  {QStringLiteral("nodes"), g.nodes},
                                  {QStringLiteral("edges"), g.edges},
                                  {QStringLiteral("errors"), g.errors},
                                  {QStringLiteral("shown"), i == policy.graphIndex}});
    }
    return QJsonObject{{QStringLiteral("path"), policy.path},
                       {QStringLiteral("title"), policy.title},
                       {QStringLiteral("direction"), policy.chart.direction},
                       {QStringLiteral("graph"),
                        policy.graphIndex >= 0 ? QJsonValue(policy.graphIndex + 1) : QJsonValue()},
                       {QStringLiteral("graph_title"), policy.chart.title},
                       {QStringLiteral("graphs"), graphs},
                       {QStringLiteral("errors"), issues(policy.errors)},
                       {QStringLiteral("warnings"), issues(policy.warnings)},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("edges"), edges},
                       {QStringLiteral("subgraphs"), subgraphs},
                       {QStringLiteral("invisible_links"), policy.chart.invisibleLinks},
                       {QStringLiteral("contacts"), contacts}};
}

} // namespace ic::EscalationPolicies
