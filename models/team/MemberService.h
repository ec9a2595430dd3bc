#pragma once

#include "models/core/Result.h"
#include "models/team/TeamMembers.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ic {

class SqlExecutor;

// Members & Roles for the window: TeamMembers and TeamAdmin on the
// workspace's worker (the caller never waits). Every answer comes by
// callback on this object's thread; a refusal is the server's own message
// ("... would leave the workspace without an admin. Nothing was changed.").
class MemberService : public QObject
{
    Q_OBJECT
public:
    explicit MemberService(SqlExecutor *store, QObject *parent = nullptr);

    struct Overview
    {
        QList<Team::Member> members;
        bool canCreateLogins = false; // the admin's role has CREATEROLE (or is a superuser)
    };

    void load(std::function<void(const Result<Overview> &)> done);
    // Roles held afterwards.
    void grant(const QString &login, const QStringList &roles,
               std::function<void(const Result<QStringList> &)> done);
    void revoke(const QString &login, const QStringList &roles,
                std::function<void(const Result<QStringList> &)> done);
    // Creates the login, then grants `roles`; the password leaves with the
    // statement as a SCRAM verifier and is kept nowhere.
    void createLogin(const QString &login, const QString &password, const QStringList &roles,
                     std::function<void(const Result<QStringList> &)> done);

private:
    QPointer<SqlExecutor> m_store;
};

} // namespace ic
