#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace ic {

struct ConnectionSpec;

// What the person connected to an open workspace may do, and why not when
// they may not. The database is what enforces; this value mirrors it so the
// window can disable a control with its reason before anything is tried,
// and so every store applies one and the same read-only rule.
//
// Today it follows the profile: a reviewer profile may add review comments
// only, a read-only connection (inspection, some sub-commands) nothing. Once
// PostgreSQL enforces per-person roles, the session derives it from the
// server's answer for session_user instead, and announces the change.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(ic::Permissions)
public:
    enum class Action {
        Edit,    // incidents and everything recorded on them: the usual work
        Comment, // review comments on an incident's record
        Detect,  // run the detection rules from this workstation
        Contain, // containment actions on the platform
    };

    // May do everything: an open, writable workspace.
    Permissions() = default;
    // What a connection allows: a reviewer profile comments only, a
    // read-only connection does nothing.
    static Permissions forSpec(const ConnectionSpec &spec);
    static Permissions reviewer();
    static Permissions readOnly();

    bool may(Action action) const { return whyNot(action).isEmpty(); }
    // Empty when allowed; otherwise a sentence for the person.
    QString whyNot(Action action) const;

    bool canEdit() const { return may(Action::Edit); }
    bool isReviewer() const { return m_level == Level::Reviewer; }
    bool isReadOnly() const { return m_level == Level::ReadOnly; }

    bool operator==(const Permissions &) const = default;

private:
    enum class Level { Full, Reviewer, ReadOnly };
    Level m_level = Level::Full;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::Permissions)
