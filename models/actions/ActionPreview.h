#pragma once

#include "models/actions/ActionRecord.h"
#include "models/actions/ActionSettings.h"
#include "models/core/Result.h"
#include "models/store/Database.h"

#include <QStringList>

namespace ic {

// What the commander asks for: an action on a subject of an incident.
struct ActionRequest
{
    ActionKind kind = ActionKind::RevokeUserTokens;
    QString target;
    QString incidentId;
    QString incidentRef; // INC-2026-002, sent along and written to audit_logs
};

// Exactly what will happen, shown before it runs: the request or SQL, and
// (when the platform's tables can be read) the subject and how many objects
// change. Confirming it with a reason submits it.
struct ActionPreview
{
    ActionRecord draft; // id, kind, canonical target, backend, endpoint, method, path
    QString incidentRef;
    QString subject;    // the subject as the platform knows it, if read
    QStringList counts; // "2 active API keys revoked", ...
    QStringList notes;
    int count = -1;    // objects that change; -1: not known before sending
    QString technical; // the HTTP request or the SQL, for the reason given

    // The preview as shown and stored with the action.
    QString text() const;
    // The same, with the reason filled in.
    ActionPreview withReason(const QString &reason, const QString &actor,
                             Db::Engine sqlEngine) const;
};

namespace ActionText {

// The JSON body of an admin API request; the same bytes on every attempt.
QByteArray apiBody(const ActionRecord &action, const QString &incidentRef, const QString &actor);
// "POST https://…/admin/users/usr_1/revoke-all-tokens" with headers (the token masked) and body.
QString apiRequest(const ActionRecord &action);
// The admin API path for an action, subject percent-encoded.
QString apiPath(ActionKind kind, const QString &target);

} // namespace ActionText
} // namespace ic
