#pragma once

#include "models/incidents/Incident.h"
#include "models/playbooks/Playbook.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ic {

// What a checklist step's code can do, prefilled from the incident. Admin
// API calls and SQL changes become containment actions: a Navigator
// "actions.prefill" request {action (the actions catalog's code, e.g.
// "user.revoke-all-tokens"), target, subjects, requests | sql, incident_id},
// and the exact request is shown beside it. SQL queries open the audit log
// explorer ("audit.query" {sql, params}) with values bound as parameters;
// shell and configuration are copied. A SQL change is never run from here.
struct StepAction
{
    enum class Type { AdminRequest, AuditQuery, ContainmentAction, Copy };

    Type type = Type::Copy;
    CodeBlock::Kind kind = CodeBlock::Kind::Other;
    QString label;       // for the button
    QString description; // the exact request, query and parameters, or command
    QString request;     // Navigator request name; empty for Copy
    QVariantMap arguments;
    QStringList missing; // placeholders the incident cannot fill yet
    QString copyText;    // Copy: the text for the clipboard
};

namespace StepActions {

// The incident's values for a placeholder name ("user_id" → affected users).
QStringList valuesFor(const QString &placeholderName, const Incident &incident);

QList<StepAction> forCode(const CodeBlock &code, const QString &stepText, const Incident &incident);

// "revoke_api_key" for "UPDATE api_keys SET revoked_at = ...".
QString containmentActionFor(const QString &sql);

// The SQL with every placeholder replaced by "?" and the values to bind,
// in order (a null QVariant where the incident has no value).
struct BoundQuery
{
    QString sql;
    QVariantList params;
    QStringList names;
    QStringList missing;
};
BoundQuery bindQuery(const CodeBlock &code, const Incident &incident);

} // namespace StepActions
} // namespace ic
