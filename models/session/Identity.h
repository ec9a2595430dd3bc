#pragma once

#include <QMetaType>
#include <QString>

namespace ic {

// Who is connected to an open workspace.
struct Identity
{
    // Who the database knows: the PostgreSQL user of a team workspace; empty
    // for a workspace file on this computer.
    QString login;
    // The name recorded with everything this person does. Today it is the
    // "Your Name" setting; with per-person roles it becomes the server's
    // session_user.
    QString actor;
    // A team workspace: the login's name in the members table, if any.
    QString name;
    // Whether login and actor are the server's (a team workspace, not a
    // superuser): then the "Your Name" setting changes nothing recorded.
    bool fromServer = false;

    QString displayName() const
    {
        if (!name.isEmpty())
            return name;
        return actor.isEmpty() ? login : actor;
    }
    bool operator==(const Identity &) const = default;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::Identity)
