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

// A row of the contact table: Role | Contact | Escalation Time.
struct EscalationContact
{
    QString role;
    QString contact;        // as written: "PagerDuty", "Email/Phone", "cto@settler.io"
    QString escalationText; // as written
    QList<EscalationRule> rules;
    int line = 0;
};

// A team's escalation policy: the graph and who stands behind its nodes.
struct EscalationPolicy
{
    QString name;  // stable key: "security-team", "platform", or the imported file's name
    QString title; // for people
    QString path;  // where it was read from ("" for text)
    bool builtIn = false;
    Flowchart chart;
    int graphLine = 0; // the ```mermaid fence
    QList<EscalationContact> contacts;
    QList<PolicyIssue> errors;   // any: not usable
    QList<PolicyIssue> warnings; // usable, but something is probably not meant

    bool isValid() const { return errors.isEmpty(); }
    // Indices into contacts whose role names this node ("CEO" and "Legal"
    // both stand behind "CEO/Legal").
    QList<int> contactsOf(const QString &nodeId) const;
    bool isStart(const QString &nodeId) const; // nothing leads to it
};

// Reads policies from Markdown: the first ```mermaid flowchart block and the
// first table whose header has Role and Contact (cmark-gfm with its table
// extension). Problems come back with file line numbers, never as a crash.
namespace EscalationPolicies {

constexpr qint64 MaxFileBytes = 1024 * 1024;

EscalationPolicy fromMarkdown(const QByteArray &markdown, const QString &name,
                              const QString &path = {});
// Reads a file (any extension); an unreadable or oversized file is one error.
EscalationPolicy fromFile(const QString &path);

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
