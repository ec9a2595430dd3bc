// Where direct SQL containment acts: the platform primary named in the
// action settings, else the audit source; and the check that it is not a
// read-only hot standby, made on that connection before anything is written.
#include "models/actions/ActionService.h"

#include "models/store/SqlExecutor.h"

#include <QSqlQuery>

namespace ic {

void ActionService::setPrimarySpec(const std::optional<ConnectionSpec> &spec)
{
    delete m_primary;
    m_primary = nullptr;
    if (!spec)
        return;
    ConnectionSpec s = *spec;
    s.reviewer = false;
    s.readOnly = false; // containment writes here, and only containment
    s.statementTimeoutMs = 60'000;
    m_primary = new SqlExecutor(s, QStringLiteral("actions-primary"), this);
}

Db::Engine ActionService::sqlEngine() const
{
    if (m_settings.primaryEndpoint())
        return Db::Engine::Postgres;
    return m_platform && m_platform->spec().kind == ConnectionProfile::Kind::Postgres
               ? Db::Engine::Postgres
               : Db::Engine::Sqlite;
}

Result<ActionService::SqlTarget> ActionService::sqlTarget() const
{
    if (!m_settings.platformPrimary.trimmed().isEmpty()) {
        auto parsed = ActionSettings::parsePrimary(m_settings.platformPrimary);
        if (!parsed)
            return parsed.error();
        const PgEndpoint endpoint = **parsed;
        const QString uri = endpoint.uri();
        if (!m_primary || !(m_primary->spec().pg == endpoint)) {
            return Error::make(Error::Kind::AuthFailed,
                               tr("Containment through SQL goes to the platform primary %1, and "
                                  "its password is not known yet: enter it in Action settings "
                                  "(it is kept in your keychain). Nothing was done.")
                                   .arg(uri));
        }
        return SqlTarget{m_primary, uri, true};
    }
    if (!m_platform) {
        return Error::make(Error::Kind::NotFound,
                           tr("This workspace has no audit source to run containment SQL "
                              "against. Nothing was sent. Choose the admin API in the action "
                              "settings."));
    }
    return SqlTarget{m_platform, m_platform->spec().describe(), false};
}

Result<QString> ActionService::sqlEndpoint() const
{
    auto t = sqlTarget();
    if (!t)
        return t.error();
    return t->endpoint;
}

Result<void> ActionService::refuseStandby(QSqlDatabase &db, const QString &endpoint, bool primary)
{
    if (!Db::isPostgres(db))
        return success();
    auto q = Db::exec(db, QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!q)
        return q.error();
    if (!q->next() || !q->value(0).toBool())
        return success();
    return Error::make(Error::Kind::InvalidInput,
                       primary ? tr("The platform primary %1 is itself a read-only standby (in "
                                    "recovery). Name the platform's primary in Action settings. "
                                    "Nothing was done.")
                                     .arg(endpoint)
                               : tr("The audit source %1 is a read-only standby: containment "
                                    "through SQL must go to the platform's primary. Set the "
                                    "platform primary in Action settings. Nothing was done.")
                                     .arg(endpoint));
}

void ActionService::checkWritable(const SqlTarget &target,
                                  std::function<void(const Result<void> &)> done)
{
    const QString endpoint = target.endpoint;
    const bool primary = target.primary;
    target.executor->run<bool>(
        [endpoint, primary](QSqlDatabase &db) -> Result<bool> {
            if (auto r = refuseStandby(db, endpoint, primary); !r)
                return r.error();
            return true;
        },
        this,
        [this, primary, done](Result<bool> r) {
            if (r) {
                done(success());
                return;
            }
            noteSqlError(r.error(), primary);
            Error e = r.error();
            if (!e.message.contains(tr("Nothing was done.")))
                e.message += QLatin1Char(' ') + tr("Nothing was done.");
            done(e);
        });
}

void ActionService::noteSqlError(const Error &error, bool primary)
{
    if (primary && error.kind == Error::Kind::AuthFailed)
        emit primaryRefused(error);
}

} // namespace ic
