#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ic {

// The containment actions the playbooks name, each on one kind of subject.
enum class ActionKind {
    RevokeUserTokens,
    LogoutUserSessions,
    SuspendUser,
    RevokeUserAccess,
    SuspendTenant,
    RevokeTenantTokens,
    RestoreTenant,
    RevokeApiKey,
    BlockIp,
};

enum class SubjectType { User, Tenant, ApiKey, Ip };

// How an action reaches the platform.
enum class Backend { Api, Sql };

QString backendCode(Backend b); // "api", "sql"
std::optional<Backend> backendFromCode(const QString &code);
QString backendLabel(Backend b); // "admin API", "direct SQL" (translated)

// What the catalog knows about one action.
struct ActionSpec
{
    ActionKind kind;
    QString code; // "user.revoke-all-tokens": stored in the outbox and on the timeline
    SubjectType subject;
    QString pathTemplate; // admin API path, "%1" is the percent-encoded subject
    QString auditEvent;   // audit_logs.event written by the SQL backend
    bool bulk;            // acts on many objects: the preview counts them first
};

namespace Actions {

const QList<ActionKind> &all();
const ActionSpec &spec(ActionKind kind);
std::optional<ActionKind> fromCode(const QString &code);
QList<ActionKind> forSubject(SubjectType subject);

// "Revoke all tokens of user usr_42" (translated); `target` may be empty.
QString label(ActionKind kind, const QString &target = {});
// "Revoke all tokens" (translated), for menus and combo boxes.
QString shortLabel(ActionKind kind);
QString subjectLabel(SubjectType subject); // "user", "tenant", "API key", "IP or CIDR"

// Checks what a commander typed before anything is sent; returns the
// canonical target (trimmed id, normalised IP or network) or a message for
// the field that says what is wrong and that nothing was sent.
Result<QString> validateTarget(SubjectType subject, const QString &text);
Result<QString> validateReason(const QString &text);

constexpr int MaxReasonLength = 2000;
constexpr int MaxIdLength = 128;

} // namespace Actions
} // namespace ic
