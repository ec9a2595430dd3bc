#include "models/actions/SqlContainment.h"

#include "models/actions/IpTarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ic::SqlContainment {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

using Engine = Db::Engine;

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// PostgreSQL's platform columns are inet and jsonb; SQLite's are text.
QString inet(Engine e)
{
    return e == Engine::Postgres ? QStringLiteral("CAST(? AS inet)") : QStringLiteral("?");
}

QList<SqlStep> revokeKeys(Engine, const QString &column, const QString &target,
                          const QString &reason, const QVariant &now)
{
    return {{QStringLiteral("UPDATE api_keys SET revoked_at = ?, revoked_reason = ? WHERE %1 = ? "
                            "AND revoked_at IS NULL")
                 .arg(column),
             {now, reason, target},
             QStringLiteral("api_keys")}};
}

QList<SqlStep> revokeSessions(const QString &column, const QString &target, const QVariant &now)
{
    return {{QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE %1 = ? AND revoked_at IS "
                            "NULL AND logged_out_at IS NULL")
                 .arg(column),
             {now, target},
             QStringLiteral("sessions")}};
}

SqlStep suspendUser(const QString &target)
{
    return {QStringLiteral("UPDATE users SET status = 'suspended' WHERE id = ? AND status <> "
                           "'suspended'"),
            {target},
            QStringLiteral("users")};
}

Result<qint64> count(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    auto q = Db::exec(db, sql, params);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

QString quoted(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QDateTime)
        return QLatin1Char('\'') + Db::sqliteTimeText(v.toDateTime()) + QStringLiteral("'");
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toString();
    QString s = v.toString();
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString shown(const SqlStep &step)
{
    QString out;
    int p = 0;
    for (QChar c : step.sql) {
        if (c == QLatin1Char('?') && p < step.params.size())
            out += quoted(step.params.at(p++));
        else
            out += c;
    }
    return out + QLatin1Char(';');
}

Error notFound(const QString &what, const QString &id)
{
    return Error::make(Error::Kind::NotFound,
                       Tr::tr("There is no %1 \"%2\" in the platform's tables. Nothing was sent; "
                              "check the id.")
                           .arg(what, id));
}

// The action's own audit row, if a run of it committed before.
Result<std::optional<QJsonObject>> findMarker(QSqlDatabase &db, const ActionRecord &a)
{
    const bool pg = Db::isPostgres(db);
    const QString sql =
        pg ? QStringLiteral("SELECT metadata::text FROM audit_logs WHERE event = ? AND timestamp "
                            ">= ? AND metadata->>'action_id' = ? LIMIT 1")
           : QStringLiteral("SELECT metadata FROM audit_logs WHERE event = ? AND timestamp >= ? "
                            "AND json_extract(metadata, '$.action_id') = ? LIMIT 1");
    // Bounded by the action's creation (with room for clock skew): the
    // (event, timestamp) index keeps this cheap on a large audit log.
    const QDateTime from =
        (a.createdAt.isValid() ? a.createdAt : QDateTime::currentDateTimeUtc()).addDays(-1);
    auto q = Db::exec(db, sql, {Actions::spec(a.kind).auditEvent, Db::bindTime(db, from), a.id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
}

} // namespace

Result<void> checkTables(QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    for (const char *t :
         {"audit_logs", "users", "tenants", "api_keys", "sessions", "blocked_ips"}) {
        if (!tables.contains(QLatin1String(t))) {
            return Error::make(Error::Kind::NotAWorkspace,
                               Tr::tr("The audit source has no %1 table, so containment cannot "
                                      "run as direct SQL there. Nothing was sent. Choose the "
                                      "admin API in the action settings, or connect a workspace "
                                      "whose audit source has the platform's tables.")
                                   .arg(QLatin1String(t)));
        }
    }
    return success();
}

Result<SubjectInfo> inspect(QSqlDatabase &db, ActionKind kind, const QString &target,
                            const QDateTime &now)
{
    if (auto t = checkTables(db); !t)
        return t.error();
    SubjectInfo info;
    const SubjectType subject = Actions::spec(kind).subject;
    auto add = [&](qint64 n, const QString &text) {
        info.counts << text;
        info.total += int(n);
    };
    if (subject == SubjectType::User) {
        auto q = Db::exec(
            db, QStringLiteral("SELECT email, name, status, tenant_id FROM users WHERE id = ?"),
            {target});
        if (!q)
            return q.error();
        if (!q->next())
            return notFound(Tr::tr("user"), target);
        const QString status = q->value(2).toString();
        info.description = Tr::tr("%1 (%2), tenant %3, %4")
                               .arg(q->value(0).toString(), q->value(1).toString(),
                                    q->value(3).toString(), status);
        auto keys =
            count(db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM api_keys WHERE user_id = ? AND revoked_at IS NULL"),
                  {target});
        auto sessions = count(db,
                              QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND "
                                             "revoked_at IS NULL AND logged_out_at IS NULL"),
                              {target});
        if (!keys)
            return keys.error();
        if (!sessions)
            return sessions.error();
        const bool suspended = status == QLatin1String("suspended");
        if ((kind == ActionKind::SuspendUser || kind == ActionKind::RevokeUserAccess)) {
            if (suspended)
                info.notes << Tr::tr("The user is already suspended.");
            else
                add(1, Tr::tr("1 user suspended"));
        }
        if (kind != ActionKind::SuspendUser && kind != ActionKind::LogoutUserSessions)
            add(keys.value(), Tr::tr("%n active API key(s) revoked", nullptr, int(keys.value())));
        if (kind == ActionKind::LogoutUserSessions)
            add(sessions.value(),
                Tr::tr("%n open session(s) logged out", nullptr, int(sessions.value())));
        else if (kind != ActionKind::SuspendUser)
            add(sessions.value(),
                Tr::tr("%n open session(s) revoked", nullptr, int(sessions.value())));
    } else if (subject == SubjectType::Tenant) {
        auto q =
            Db::exec(db, QStringLiteral("SELECT name, status FROM tenants WHERE id = ?"), {target});
        if (!q)
            return q.error();
        if (!q->next())
            return notFound(Tr::tr("tenant"), target);
        const QString status = q->value(1).toString();
        auto users =
            count(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE tenant_id = ?"), {target});
        if (!users)
            return users.error();
        info.description = Tr::tr("%1, %2, %n user(s)", nullptr, int(users.value()))
                               .arg(q->value(0).toString(), status);
        const bool suspended = status == QLatin1String("suspended");
        if (kind == ActionKind::SuspendTenant) {
            if (suspended) {
                info.notes << Tr::tr("The tenant is already suspended.");
            } else {
                add(1, Tr::tr("1 tenant suspended"));
                info.notes << Tr::tr("All %n user(s) of the tenant lose access.", nullptr,
                                     int(users.value()));
            }
        } else if (kind == ActionKind::RestoreTenant) {
            if (suspended)
                add(1, Tr::tr("1 tenant restored to active"));
            else
                info.notes
                    << Tr::tr("The tenant is not suspended (%1): nothing changes.").arg(status);
            info.notes << Tr::tr("Revoked keys and sessions stay revoked.");
        } else {
            auto keys = count(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM api_keys WHERE tenant_id = ? AND revoked_at IS NULL"),
                {target});
            auto sessions =
                count(db,
                      QStringLiteral("SELECT COUNT(*) FROM sessions WHERE tenant_id = ? AND "
                                     "revoked_at IS NULL AND logged_out_at IS NULL"),
                      {target});
            if (!keys)
                return keys.error();
            if (!sessions)
                return sessions.error();
            add(keys.value(), Tr::tr("%n active API key(s) revoked", nullptr, int(keys.value())));
            add(sessions.value(),
                Tr::tr("%n open session(s) revoked", nullptr, int(sessions.value())));
        }
    } else if (subject == SubjectType::ApiKey) {
        auto q = Db::exec(
            db,
            QStringLiteral(
                "SELECT name, prefix, user_id, tenant_id, revoked_at FROM api_keys WHERE id = ?"),
            {target});
        if (!q)
            return q.error();
        if (!q->next())
            return notFound(Tr::tr("API key"), target);
        info.description = Tr::tr("\"%1\" (%2…), user %3, tenant %4")
                               .arg(q->value(0).toString(), q->value(1).toString(),
                                    q->value(2).toString(), q->value(3).toString());
        if (!q->value(4).isNull())
            info.notes << Tr::tr("The key was already revoked at %1: nothing changes.")
                              .arg(Db::readTime(q->value(4))
                                       .toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else
            add(1, Tr::tr("1 API key revoked"));
    } else {
        const bool pg = Db::isPostgres(db);
        auto blocked = count(db,
                             QStringLiteral("SELECT COUNT(*) FROM blocked_ips WHERE ip = %1 AND "
                                            "(expires_at IS NULL OR expires_at > ?)")
                                 .arg(inet(pg ? Engine::Postgres : Engine::Sqlite)),
                             {target, Db::bindTime(db, now)});
        if (!blocked)
            return blocked.error();
        info.description = target;
        if (blocked.value() > 0)
            info.notes << Tr::tr("%1 is already blocked: nothing changes.").arg(target);
        else
            add(1, Tr::tr("1 block-list entry added (%1)").arg(IpTarget::addressCountText(target)));
    }
    return info;
}

QList<SqlStep> statements(Engine e, const ActionRecord &a, const QString &actor,
                          const QVariant &now)
{
    const QString &target = a.target;
    const QString &reason = a.reason;
    switch (a.kind) {
    case ActionKind::RevokeUserTokens:
        return revokeKeys(e, QStringLiteral("user_id"), target, reason, now) +
               revokeSessions(QStringLiteral("user_id"), target, now);
    case ActionKind::LogoutUserSessions:
        return {{QStringLiteral("UPDATE sessions SET logged_out_at = ? WHERE user_id = ? AND "
                                "logged_out_at IS NULL AND revoked_at IS NULL"),
                 {now, target},
                 QStringLiteral("sessions")}};
    case ActionKind::SuspendUser:
        return {suspendUser(target)};
    case ActionKind::RevokeUserAccess:
        return QList<SqlStep>{suspendUser(target)} +
               revokeKeys(e, QStringLiteral("user_id"), target, reason, now) +
               revokeSessions(QStringLiteral("user_id"), target, now);
    case ActionKind::SuspendTenant:
        return {{e == Engine::Postgres
                     ? QStringLiteral("UPDATE tenants SET status = 'suspended', metadata = "
                                      "jsonb_set(metadata, '{suspension_reason}', "
                                      "to_jsonb(CAST(? AS text))) WHERE id = ? AND status <> "
                                      "'suspended'")
                     : QStringLiteral("UPDATE tenants SET status = 'suspended', metadata = "
                                      "json_set(metadata, '$.suspension_reason', ?) WHERE id = ? "
                                      "AND status <> 'suspended'"),
                 {reason, target},
                 QStringLiteral("tenants")}};
    case ActionKind::RevokeTenantTokens:
        return revokeKeys(e, QStringLiteral("tenant_id"), target, reason, now) +
               revokeSessions(QStringLiteral("tenant_id"), target, now);
    case ActionKind::RestoreTenant:
        return {{e == Engine::Postgres
                     ? QStringLiteral("UPDATE tenants SET status = 'active', metadata = "
                                      "jsonb_set(metadata - 'suspension_reason', "
                                      "'{restore_reason}', to_jsonb(CAST(? AS text))) WHERE id = "
                                      "? AND status = 'suspended'")
                     : QStringLiteral("UPDATE tenants SET status = 'active', metadata = "
                                      "json_set(json_remove(metadata, '$.suspension_reason'), "
                                      "'$.restore_reason', ?) WHERE id = ? AND status = "
                                      "'suspended'"),
                 {reason, target},
                 QStringLiteral("tenants")}};
    case ActionKind::RevokeApiKey:
        return revokeKeys(e, QStringLiteral("id"), target, reason, now);
    case ActionKind::BlockIp:
        // INSERT ... SELECT: PostgreSQL needs the types of the selected values.
        return {{e == Engine::Postgres
                     ? QStringLiteral("INSERT INTO blocked_ips (ip, reason, blocked_by, "
                                      "blocked_at) SELECT CAST(? AS inet), CAST(? AS text), "
                                      "CAST(? AS text), CAST(? AS timestamptz) WHERE NOT EXISTS "
                                      "(SELECT 1 FROM blocked_ips WHERE ip = CAST(? AS inet) AND "
                                      "(expires_at IS NULL OR expires_at > ?))")
                     : QStringLiteral("INSERT INTO blocked_ips (ip, reason, blocked_by, "
                                      "blocked_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 "
                                      "FROM blocked_ips WHERE ip = ? AND (expires_at IS NULL OR "
                                      "expires_at > ?))"),
                 {target, reason, actor, now, target, now},
                 QStringLiteral("blocked_ips")}};
    }
    return {};
}

SqlStep auditInsert(Engine e, const ActionRecord &a, const QString &actor,
                    const QString &incidentRef, int affected, const QJsonObject &changes,
                    const QVariant &now)
{
    QJsonObject meta{{QStringLiteral("reason"), a.reason},
                     {QStringLiteral("actor"), actor},
                     {QStringLiteral("action_id"), a.id},
                     {QStringLiteral("action"), Actions::spec(a.kind).code},
                     {QStringLiteral("incident"), incidentRef},
                     {QStringLiteral("source"), QStringLiteral("incident-commander")},
                     {QStringLiteral("affected"), affected},
                     {QStringLiteral("changes"), changes}};
    if (a.kind == ActionKind::RevokeApiKey || a.kind == ActionKind::RevokeUserTokens ||
        a.kind == ActionKind::RevokeTenantTokens || a.kind == ActionKind::RevokeUserAccess)
        meta.insert(QStringLiteral("revoked_by"), actor); // the platform document's field
    const SubjectType s = Actions::spec(a.kind).subject;
    auto col = [&](SubjectType t) { return s == t ? QVariant(a.target) : nullText(); };
    return {QStringLiteral("INSERT INTO audit_logs (timestamp, event, user_id, tenant_id, "
                           "api_key_id, ip, metadata) VALUES (?, ?, ?, ?, ?, %1, %2)")
                .arg(inet(e), e == Engine::Postgres ? QStringLiteral("CAST(? AS jsonb)")
                                                    : QStringLiteral("?")),
            {now, Actions::spec(a.kind).auditEvent, col(SubjectType::User),
             col(SubjectType::Tenant), col(SubjectType::ApiKey), col(SubjectType::Ip),
             QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))},
            {}};
}

QString describe(Engine e, const ActionRecord &a, const QString &actor)
{
    const QVariant now = QStringLiteral("now");
    QStringList out{QStringLiteral("BEGIN;")};
    for (const SqlStep &s : statements(e, a, actor, now))
        out << shown(s);
    SqlStep audit = auditInsert(e, a, actor, QStringLiteral("…"), 0, {}, now);
    out << shown(audit);
    out << QStringLiteral("COMMIT;");
    return out.join(QLatin1Char('\n'));
}

Result<SqlOutcome> execute(QSqlDatabase &db, const ActionRecord &a, const QString &actor,
                           const QString &incidentRef, const QDateTime &now,
                           const QDateTime &leaseUntil)
{
    if (auto t = checkTables(db); !t)
        return t.error();
    const Engine e = Db::engine(db);
    // The time left on the claim, measured from here on the monotonic clock.
    const qint64 budgetMs = leaseUntil.isValid() ? now.msecsTo(leaseUntil) : -1;
    QElapsedTimer elapsed;
    elapsed.start();
    auto pastLease = [&] { return budgetMs >= 0 && elapsed.elapsed() >= budgetMs; };
    if (budgetMs == 0 || pastLease())
        return Error::make(Error::Kind::General,
                           Tr::tr("The claim on %1 ran out before it could run. Nothing was "
                                  "changed.")
                               .arg(a.label()));
    SqlOutcome outcome;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        if (e == Engine::Postgres) {
            // Another run of the same action waits here until this one has
            // committed or rolled back, then finds its audit row below.
            auto locked = Db::exec(db,
                                   QStringLiteral("SELECT pg_advisory_xact_lock(7310456, "
                                                  "hashtext(CAST(? AS text)))"),
                                   {a.id});
            if (!locked)
                return locked.error();
            if (budgetMs > 0) {
                const qint64 left = qMax<qint64>(1, budgetMs - elapsed.elapsed());
                // Our own number, not user text; SET cannot take a bound parameter.
                auto limited =
                    Db::exec(db, QStringLiteral("SET LOCAL statement_timeout = %1").arg(left));
                if (!limited)
                    return limited.error();
            }
        }
        auto marker = findMarker(db, a);
        if (!marker)
            return marker.error();
        if (marker->has_value()) {
            outcome.alreadyDone = true;
            outcome.affected = marker->value().value(QStringLiteral("affected")).toInt();
            outcome.summary = Tr::tr("Already done before: the platform's audit_logs hold this "
                                     "action's record; it was not run again.");
            return success();
        }
        // An unknown subject is a clear refusal, not an UPDATE of nothing.
        const SubjectType subject = Actions::spec(a.kind).subject;
        const QString table = subject == SubjectType::User     ? QStringLiteral("users")
                              : subject == SubjectType::Tenant ? QStringLiteral("tenants")
                              : subject == SubjectType::ApiKey ? QStringLiteral("api_keys")
                                                               : QString();
        if (!table.isEmpty()) {
            auto n = count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table),
                           {a.target});
            if (!n)
                return n.error();
            if (n.value() == 0)
                return notFound(Actions::subjectLabel(subject), a.target);
        }
        if (e == Engine::Postgres && a.kind == ActionKind::BlockIp) {
            // Two actions blocking one address: the second sees the first's row.
            auto locked = Db::exec(db,
                                   QStringLiteral("SELECT pg_advisory_xact_lock(7310457, "
                                                  "hashtext(CAST(? AS text)))"),
                                   {a.target});
            if (!locked)
                return locked.error();
        }
        const QVariant at = Db::bindTime(db, now);
        QJsonObject changes;
        QStringList parts;
        for (const SqlStep &step : statements(e, a, actor, at)) {
            auto q = Db::exec(db, step.sql, step.params);
            if (!q)
                return q.error();
            const int n = qMax(0, q->numRowsAffected());
            outcome.affected += n;
            if (!step.counts.isEmpty()) {
                changes.insert(step.counts, changes.value(step.counts).toInt() + n);
                parts << QStringLiteral("%1 %2").arg(n).arg(step.counts);
            }
        }
        const SqlStep audit = auditInsert(e, a, actor, incidentRef, outcome.affected, changes, at);
        auto q = Db::exec(
            db, audit.sql + (e == Engine::Postgres ? QStringLiteral(" RETURNING id") : QString()),
            audit.params);
        if (!q)
            return q.error();
        const qint64 row = e == Engine::Postgres ? (q->next() ? q->value(0).toLongLong() : 0)
                                                 : q->lastInsertId().toLongLong();
        outcome.summary = Tr::tr("%1 updated; audit_logs row %2 written (event %3).")
                              .arg(parts.join(QStringLiteral(", ")))
                              .arg(row)
                              .arg(Actions::spec(a.kind).auditEvent);
        // Another app may take the action over once the claim has run out:
        // nothing commits after that.
        if (pastLease())
            return Error::make(Error::Kind::General,
                               Tr::tr("%1 took longer than its claim allows, so it was rolled "
                                      "back. Nothing was changed.")
                                   .arg(a.label()));
        return success();
    });
    if (!r)
        return r.error();
    return outcome;
}

} // namespace ic::SqlContainment
