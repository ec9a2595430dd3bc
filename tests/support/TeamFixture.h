#pragma once

// A team workspace on the private PostgreSQL server for the roles tests:
// created and migrated by the superuser (who becomes its first admin, like
// whoever runs `team init`), with real LOGIN roles (not superusers) that
// authenticate with a password over TCP, and a raw libpq session per login.

#include "PgServer.h"
#include "PqSession.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QUuid>

#include <memory>

namespace ic::test {

class TeamFixture
{
public:
    PgServer &pg() { return m_pg; }
    const PgServer &pg() const { return m_pg; }
    QString database() const { return m_database; }
    // The workspace the sessions below connect to (made by other means).
    void setDatabase(const QString &name) { m_database = name; }

    // A new team workspace (with the platform tables, as the embedded and
    // demo workspaces have them) in database `name`.
    Result<void> createWorkspace(const QString &name)
    {
        m_database = name;
        if (auto c = m_pg.createDatabase(name); !c)
            return c;
        const QString connection = QStringLiteral("team-create-") + name;
        auto info = Workspace::open(m_pg.spec(name), OpenOptions{}, connection,
                                    QDateTime::currentDateTimeUtc());
        Db::close(connection);
        if (!info)
            return info.error();
        return success();
    }

    // A person's login (LOGIN, not a superuser, no CREATEROLE) holding
    // `roles` of the workspace, granted by the admin's function.
    Result<void> addPerson(const QString &login, const QStringList &roles)
    {
        if (auto c = m_pg.execute(QStringLiteral("postgres"),
                                  QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'")
                                      .arg(login, password(login)));
            !c)
            return c;
        if (roles.isEmpty())
            return success();
        return m_pg.execute(m_database, QStringLiteral("SELECT ic_team_grant('%1', '{%2}')")
                                            .arg(login, roles.join(QLatin1Char(','))));
    }

    static QString password(const QString &login)
    {
        return QStringLiteral("pw-") + login + QStringLiteral("-9f");
    }

    QString conninfo(const QString &login) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4 "
                              "sslmode=disable connect_timeout=10")
            .arg(m_pg.port())
            .arg(m_database, login, password(login));
    }
    ConnectionSpec spec(const QString &login) const
    {
        return m_pg.tcpSpec(m_database, login, password(login));
    }
    std::unique_ptr<PqSession> session(const QString &login) const
    {
        return std::make_unique<PqSession>(conninfo(login));
    }
    // The superuser, over the socket.
    std::unique_ptr<PqSession> superuser() const
    {
        return std::make_unique<PqSession>(m_pg.conninfo(m_database));
    }

private:
    PgServer m_pg;
    QString m_database;
};

} // namespace ic::test
