#include "models/actions/ActionKind.h"

#include "models/actions/IpTarget.h"

#include <QCoreApplication>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

const QList<ActionSpec> &catalog()
{
    // Paths of the playbook (users, tenants) and, in the same style, for
    // restoring a tenant, revoking an API key and blocking an IP. docs/admin-api.md.
    static const QList<ActionSpec> specs{
        {ActionKind::RevokeUserTokens, QStringLiteral("user.revoke-all-tokens"), SubjectType::User,
         QStringLiteral("/admin/users/%1/revoke-all-tokens"), QStringLiteral("user_tokens_revoked"),
         true},
        {ActionKind::LogoutUserSessions, QStringLiteral("user.logout-all"), SubjectType::User,
         QStringLiteral("/admin/users/%1/logout-all"), QStringLiteral("user_sessions_logged_out"),
         true},
        {ActionKind::SuspendUser, QStringLiteral("user.suspend"), SubjectType::User,
         QStringLiteral("/admin/users/%1/suspend"), QStringLiteral("user_suspended"), false},
        {ActionKind::RevokeUserAccess, QStringLiteral("user.revoke-all-access"), SubjectType::User,
         QStringLiteral("/admin/users/%1/revoke-all-access"), QStringLiteral("user_access_revoked"),
         true},
        {ActionKind::SuspendTenant, QStringLiteral("tenant.suspend"), SubjectType::Tenant,
         QStringLiteral("/admin/tenants/%1/suspend"), QStringLiteral("tenant_suspended"), true},
        {ActionKind::RevokeTenantTokens, QStringLiteral("tenant.revoke-all-tokens"),
         SubjectType::Tenant, QStringLiteral("/admin/tenants/%1/revoke-all-tokens"),
         QStringLiteral("tenant_tokens_revoked"), true},
        {ActionKind::RestoreTenant, QStringLiteral("tenant.restore"), SubjectType::Tenant,
         QStringLiteral("/admin/tenants/%1/restore"), QStringLiteral("tenant_restored"), false},
        {ActionKind::RevokeApiKey, QStringLiteral("api-key.revoke"), SubjectType::ApiKey,
         QStringLiteral("/admin/api-keys/%1/revoke"), QStringLiteral("api_key_revoked"), false},
        {ActionKind::BlockIp, QStringLiteral("ip.block"), SubjectType::Ip,
         QStringLiteral("/admin/blocked-ips"), QStringLiteral("ip_blocked"), false},
    };
    return specs;
}

bool isIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringView(u"._:@+-").contains(c);
}

} // namespace

QString backendCode(Backend b)
{
    return b == Backend::Api ? QStringLiteral("api") : QStringLiteral("sql");
}

std::optional<Backend> backendFromCode(const QString &code)
{
    if (code == QLatin1String("api"))
        return Backend::Api;
    if (code == QLatin1String("sql"))
        return Backend::Sql;
    return std::nullopt;
}

QString backendLabel(Backend b)
{
    return b == Backend::Api ? Tr::tr("admin API") : Tr::tr("direct SQL");
}

namespace Actions {

const QList<ActionKind> &all()
{
    static const QList<ActionKind> kinds = [] {
        QList<ActionKind> k;
        for (const ActionSpec &s : catalog())
            k << s.kind;
        return k;
    }();
    return kinds;
}

const ActionSpec &spec(ActionKind kind)
{
    return catalog().at(int(kind));
}

std::optional<ActionKind> fromCode(const QString &code)
{
    for (const ActionSpec &s : catalog()) {
        if (s.code == code)
            return s.kind;
    }
    return std::nullopt;
}

QList<ActionKind> forSubject(SubjectType subject)
{
    QList<ActionKind> out;
    for (const ActionSpec &s : catalog()) {
        if (s.subject == subject)
            out << s.kind;
    }
    return out;
}

QString shortLabel(ActionKind kind)
{
    switch (kind) {
    case ActionKind::RevokeUserTokens:
        return Tr::tr("Revoke all tokens of a user");
    case ActionKind::LogoutUserSessions:
        return Tr::tr("Log out all sessions of a user");
    case ActionKind::SuspendUser:
        return Tr::tr("Suspend a user");
    case ActionKind::RevokeUserAccess:
        return Tr::tr("Revoke all access of a user");
    case ActionKind::SuspendTenant:
        return Tr::tr("Suspend a tenant");
    case ActionKind::RevokeTenantTokens:
        return Tr::tr("Revoke all tokens of a tenant");
    case ActionKind::RestoreTenant:
        return Tr::tr("Restore a suspended tenant");
    case ActionKind::RevokeApiKey:
        return Tr::tr("Revoke an API key");
    case ActionKind::BlockIp:
        return Tr::tr("Block an IP or network");
    }
    return {};
}

QString label(ActionKind kind, const QString &target)
{
    if (target.isEmpty())
        return shortLabel(kind);
    switch (kind) {
    case ActionKind::RevokeUserTokens:
        return Tr::tr("Revoke all tokens of user %1").arg(target);
    case ActionKind::LogoutUserSessions:
        return Tr::tr("Log out all sessions of user %1").arg(target);
    case ActionKind::SuspendUser:
        return Tr::tr("Suspend user %1").arg(target);
    case ActionKind::RevokeUserAccess:
        return Tr::tr("Revoke all access of user %1").arg(target);
    case ActionKind::SuspendTenant:
        return Tr::tr("Suspend tenant %1").arg(target);
    case ActionKind::RevokeTenantTokens:
        return Tr::tr("Revoke all tokens of tenant %1").arg(target);
    case ActionKind::RestoreTenant:
        return Tr::tr("Restore tenant %1").arg(target);
    case ActionKind::RevokeApiKey:
        return Tr::tr("Revoke API key %1").arg(target);
    case ActionKind::BlockIp:
        return Tr::tr("Block %1").arg(target);
    }
    return {};
}

QString subjectLabel(SubjectType subject)
{
    switch (subject) {
    case SubjectType::User:
        return Tr::tr("user");
    case SubjectType::Tenant:
        return Tr::tr("tenant");
    case SubjectType::ApiKey:
        return Tr::tr("API key");
    case SubjectType::Ip:
        return Tr::tr("IP or network");
    }
    return {};
}

Result<QString> validateTarget(SubjectType subject, const QString &text)
{
    if (subject == SubjectType::Ip)
        return IpTarget::normalize(text);
    const QString id = text.trimmed();
    const QString what = subjectLabel(subject);
    if (id.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Enter the %1's id. Nothing was sent.").arg(what));
    }
    if (id.size() > MaxIdLength) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("A %1 id is at most %2 characters; this one has %3. Nothing "
                                  "was sent.")
                               .arg(what)
                               .arg(MaxIdLength)
                               .arg(id.size()));
    }
    for (const QChar c : id) {
        if (!isIdChar(c)) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is not a %2 id: ids are letters, digits and . _ : "
                                      "@ + - only (for example usr_4f2a91c0). Nothing was sent.")
                                   .arg(id.left(40), what));
        }
    }
    return id;
}

Result<QString> validateReason(const QString &text)
{
    const QString reason = text.trimmed();
    if (reason.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Give a reason: it is recorded with the action on the platform "
                                  "and on the timeline. Nothing was sent."));
    }
    if (reason.size() > MaxReasonLength) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The reason is longer than %1 characters; shorten it. Nothing "
                                  "was sent.")
                               .arg(MaxReasonLength));
    }
    for (const QChar c : reason) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
            c != QLatin1Char('\t')) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The reason contains a control character that cannot be "
                                      "recorded. Nothing was sent."));
        }
    }
    return reason;
}

} // namespace Actions
} // namespace ic
