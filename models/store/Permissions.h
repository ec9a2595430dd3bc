#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ic {

struct ConnectionSpec;
namespace Team {
struct Access;
}

// What the person connected to an open workspace may do, and why not when
// they may not. The database is what enforces; this value mirrors it so the
// window can disable a control with its reason before anything is tried,
// and so every store applies one and the same read-only rule.
//
// A workspace file, or a PostgreSQL workspace from before per-person roles,
// follows the profile: a reviewer profile may add review comments only, a
// read-only connection (inspection, some sub-commands) nothing. A team
// workspace follows the roles the server says session_user holds
// (fromAccess); the session re-reads them when the server refuses a write.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(ic::Permissions)
public:
    enum class Action {
        Edit,       // incidents and everything recorded on them: the usual work (responder)
        Comment,    // review comments on an incident's record (responder)
        Detect,     // run the detection rules from this workstation (responder)
        Command,    // take command, change severity and status, close (commander)
        Contain,    // run containment actions on the platform (commander); a
                    // responder may only request them (Edit)
        Approve,    // approve others' high-impact actions, review others' drafts (approver)
        Administer, // action settings, rules, escalation policies, severity presets (admin)
    };

    // May do everything: an open, writable workspace.
    Permissions() = default;
    // What a connection allows: a reviewer profile comments only, a
    // read-only connection does nothing.
    static Permissions forSpec(const ConnectionSpec &spec);
    static Permissions reviewer();
    static Permissions readOnly();
    // What the server's roles allow (a team workspace); a workspace that is
    // not a team's, or a superuser, may do everything.
    static Permissions fromAccess(const Team::Access &access);

    bool may(Action action) const { return whyNot(action).isEmpty(); }
    // Empty when allowed; otherwise a sentence for the person.
    QString whyNot(Action action) const;
    // The role a team workspace needs for `action`.
    static QString roleFor(Action action);

    bool canEdit() const { return may(Action::Edit); }
    bool isReviewer() const { return m_level == Level::Reviewer; }
    bool isReadOnly() const { return m_level == Level::ReadOnly; }
    // Read from a team workspace's roles.
    bool isTeam() const { return m_level == Level::Team; }
    const QString &login() const { return m_login; }
    const QStringList &roles() const { return m_roles; }
    const QStringList &admins() const { return m_admins; }

    bool operator==(const Permissions &) const = default;

private:
    enum class Level { Full, Reviewer, ReadOnly, Team };
    Level m_level = Level::Full;
    QString m_login;
    QStringList m_roles;  // held, directly or through another role
    QStringList m_admins; // who can grant a role
};

} // namespace ic

Q_DECLARE_METATYPE(ic::Permissions)
