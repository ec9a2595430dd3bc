#pragma once

#include "models/escalation/Mermaid.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

// What is known about the incident when deciding who must be reached.
struct IncidentFacts
{
    Severity severity = Severity::P2;
    std::optional<bool> dataBreach;    // nullopt: not decided yet
    QDateTime detectedAt;              // UTC; deadlines count from here
    QHash<QString, QString> decisions; // other decision node -> chosen target node
    // Someone took the incident (acknowledged it, or took command): the first
    // person the path pages was reached and answered.
    QDateTime acknowledgedAt; // UTC; invalid: not acknowledged
    QString acknowledgedBy;   // the commander, when known
};

enum class Applies { Yes, No, Unknown };

// One line of a contact's escalation time: "P0/P1: <15 min" is the condition
// "P0/P1" and 15 minutes from detection.
struct EscalationRule
{
    QString condition;          // as written; "" applies always
    QString deadlineText;       // "<15 min"
    std::optional<int> minutes; // nullopt: the deadline was not understood
    QList<Severity> severities; // named in the condition
    bool dataBreach = false;    // the condition is "data breach"
    bool conditionUnderstood = true;

    Applies appliesTo(const IncidentFacts &facts) const;
    QString text() const; // "P0/P1: <15 min"
};

// Someone to reach: a row of a contact table (Role | Contact | Escalation
// Time, in any order and language), a list item elsewhere in the document
// naming a node ("- **Security Lead**: sec@example.com"), or, with neither,
// a deadline written on the graph itself ("Notify legal within 1 h").
struct EscalationContact
{
    enum class Source { Table, List, Graph };

    QString role;
    QString contact;        // as written: "PagerDuty", "Email/Phone", "cto@settler.io"
    QString escalationText; // as written
    QList<EscalationRule> rules;
    int line = 0;
    Source source = Source::Table;

    static QString sourceCode(Source source); // "table", "list", "graph"
};

// A mermaid diagram found in a policy document.
struct PolicyGraph
{
    int line = 0;    // the fence, <div class="mermaid"> or ":::" line
    QString title;   // the diagram's front matter title, else the heading above it
    QString caption; // the sentence just above it, if any
    QString kind;    // "flowchart", or the other diagram's keyword
    int nodes = 0;
    int edges = 0;
    int errors = 0;
    QString text;      // the mermaid source
    int firstLine = 0; // file line of its first line
};

// A team's escalation policy: the graph and who stands behind its nodes.
struct EscalationPolicy
{
    QString name;  // stable key: "security-team", "platform", or the imported file's name
    QString title; // for people
    QString path;  // where it was read from ("" for text)
    bool builtIn = false;
    Flowchart chart;
    int graphLine = 0;         // the ```mermaid fence (or <div>) of the chart shown
    QList<PolicyGraph> graphs; // every flowchart in the document, in order
    int graphIndex = -1;       // which of them is `chart`; -1: none
    bool graphChosen = false;  // picked by the caller, not by the reader
    QList<EscalationContact> contacts;
    QList<PolicyIssue> errors;   // any: not usable
    QList<PolicyIssue> warnings; // usable, but something is probably not meant

    bool isValid() const { return errors.isEmpty(); }
    // Indices into contacts whose role names this node ("CEO" and "Legal"
    // both stand behind "CEO/Legal").
    QList<int> contactsOf(const QString &nodeId) const;
    bool isStart(const QString &nodeId) const; // nothing leads to it
};

// Reads policies from Markdown (cmark-gfm with its table extension): every
// mermaid flowchart (```mermaid fences, <div class="mermaid">, <pre
// class="mermaid"> and ":::mermaid" blocks), one of them shown, and who
// stands behind its nodes (contact tables in any column order and in
// English, German, Spanish or French; lists naming nodes; deadlines on the
// graph). Only a document without any usable flowchart is an error; what
// cannot be understood about contacts is a warning. Problems come back with
// file line numbers, never as a crash.
namespace EscalationPolicies {

constexpr qint64 MaxFileBytes = 1024 * 1024;
constexpr int MaxGraphs = 50;
constexpr int MaxContacts = 500;

// `graph`: 0 picks the flowchart that reads most like an escalation policy
// (its heading or caption says so, else the largest); N >= 1 the Nth
// flowchart of the document.
EscalationPolicy fromMarkdown(const QByteArray &markdown, const QString &name,
                              const QString &path = {}, int graph = 0);
// Reads a file (any extension); an unreadable or oversized file is one error.
EscalationPolicy fromFile(const QString &path, int graph = 0);

// The two seed documents' policies, bundled with the app.
QString securityTeamName(); // "security-team"
QString platformName();     // "platform"
const QList<EscalationPolicy> &builtIn();
const EscalationPolicy *findBuiltIn(const QString &name);

// "P0/P1: <15 min; Data breach: <1 hour" -> rules; `problems` gets a
// sentence per part that is not understood.
QList<EscalationRule> parseEscalationTime(const QString &text, QStringList *problems = nullptr);

// Whether a contact role names a node (its label, a part of it, or its id),
// ignoring case, spaces and punctuation.
bool roleMatchesNode(const QString &role, const FlowNode &node);

// The `escalation check --json` description of one file.
QJsonObject toJson(const EscalationPolicy &policy);

} // namespace EscalationPolicies
} // namespace ic
