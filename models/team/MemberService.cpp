#include "models/team/MemberService.h"

#include "models/store/SqlExecutor.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamAdmin.h"

#include <QCoreApplication>

namespace ic {

namespace {

template <typename R>
void runOn(SqlExecutor *store, QObject *context, std::function<Result<R>(QSqlDatabase &)> job,
           std::function<void(const Result<R> &)> done)
{
    if (!store) {
        done(Error::make(Error::Kind::Unreachable,
                         QCoreApplication::translate("ic::MemberService",
                                                     "No workspace is open. Nothing was "
                                                     "changed.")));
        return;
    }
    store->run<R>(std::move(job), context, [done](Result<R> r) {
        if (!r)
            done(Team::explain(r.error()));
        else
            done(r);
    });
}

} // namespace

MemberService::MemberService(SqlExecutor *store, QObject *parent) : QObject(parent), m_store(store)
{}

void MemberService::load(std::function<void(const Result<Overview> &)> done)
{
    runOn<Overview>(
        m_store, this,
        [](QSqlDatabase &db) -> Result<Overview> {
            auto m = Team::members(db);
            if (!m)
                return m.error();
            auto c = Team::canCreateRoles(db);
            if (!c)
                return c.error();
            return Overview{m.value(), c.value()};
        },
        std::move(done));
}

void MemberService::grant(const QString &login, const QStringList &roles,
                          std::function<void(const Result<QStringList> &)> done)
{
    runOn<QStringList>(
        m_store, this, [login, roles](QSqlDatabase &db) { return Team::grant(db, login, roles); },
        std::move(done));
}

void MemberService::revoke(const QString &login, const QStringList &roles,
                           std::function<void(const Result<QStringList> &)> done)
{
    runOn<QStringList>(
        m_store, this, [login, roles](QSqlDatabase &db) { return Team::revoke(db, login, roles); },
        std::move(done));
}

void MemberService::createLogin(const QString &login, const QString &password,
                                const QStringList &roles,
                                std::function<void(const Result<QStringList> &)> done)
{
    runOn<QStringList>(
        m_store, this,
        [login, password, roles](QSqlDatabase &db) -> Result<QStringList> {
            if (auto c = Team::createLogin(db, login, password); !c)
                return c.error();
            if (roles.isEmpty())
                return QStringList{};
            return Team::grant(db, login, roles);
        },
        std::move(done));
}

} // namespace ic
