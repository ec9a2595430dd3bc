#include "models/store/Permissions.h"

#include "models/store/ConnectionProfile.h"
#include "models/team/TeamAccess.h"

namespace ic {

namespace {

// What the person was trying to do, for the sentence.
QString doing(Permissions::Action action)
{
    switch (action) {
    case Permissions::Action::Edit:
        return Permissions::tr("editing incidents, checklists and the timeline");
    case Permissions::Action::Comment:
        return Permissions::tr("adding review comments");
    case Permissions::Action::Detect:
        return Permissions::tr("running the detection rules");
    case Permissions::Action::Command:
        return Permissions::tr("taking command, changing severity or status and closing "
                               "incidents");
    case Permissions::Action::Contain:
        return Permissions::tr("running containment actions");
    case Permissions::Action::Approve:
        return Permissions::tr("approving others' actions and reviewing their drafts");
    case Permissions::Action::Administer:
        return Permissions::tr(
            "changing action settings, rules, escalation policies and severity presets");
    }
    return {};
}

} // namespace

Permissions Permissions::forSpec(const ConnectionSpec &spec)
{
    if (spec.readOnly)
        return readOnly();
    if (spec.reviewer)
        return reviewer();
    return {};
}

Permissions Permissions::reviewer()
{
    Permissions p;
    p.m_level = Level::Reviewer;
    return p;
}

Permissions Permissions::readOnly()
{
    Permissions p;
    p.m_level = Level::ReadOnly;
    return p;
}

Permissions Permissions::fromAccess(const Team::Access &access)
{
    Permissions p;
    if (!access.team || access.superuser)
        return p; // the server holds a superuser to nothing; neither does the app
    p.m_level = Level::Team;
    p.m_login = access.login;
    p.m_admins = access.admins;
    // In the order people read them, whatever order the server sent.
    for (const QString &role : Team::roleNames()) {
        if (access.roles.contains(role))
            p.m_roles << role;
    }
    return p;
}

QString Permissions::roleFor(Action action)
{
    switch (action) {
    case Action::Edit:
    case Action::Comment:
    case Action::Detect:
        return QStringLiteral("responder");
    case Action::Command:
    case Action::Contain:
        return QStringLiteral("commander");
    case Action::Approve:
        return QStringLiteral("approver");
    case Action::Administer:
        return QStringLiteral("admin");
    }
    return {};
}

QString Permissions::whyNot(Action action) const
{
    switch (m_level) {
    case Level::Full:
        return {};
    case Level::Reviewer:
        if (action == Action::Comment)
            return {};
        return tr("This is a read-only reviewer profile: it can add review comments only.");
    case Level::ReadOnly:
        return tr("This connection is read-only: nothing can be changed through it.");
    case Level::Team:
        break;
    }
    const QString needed = roleFor(action);
    if (m_roles.contains(needed))
        return {};
    QStringList held;
    for (const QString &role : m_roles)
        held << Team::roleLabel(role);
    const QString ask = m_admins.isEmpty()
                            ? tr("No admin is named yet: ask your database administrator.")
                            : tr("Ask an admin (%1).").arg(m_admins.join(QStringLiteral(", ")));
    if (held.isEmpty())
        return tr("Your login %1 holds no role in this workspace; %2 needs %3. %4")
            .arg(m_login, doing(action), Team::roleLabel(needed), ask);
    return tr("Your login %1 holds only %2 in this workspace; %3 needs %4. %5")
        .arg(m_login, held.join(QStringLiteral(", ")), doing(action), Team::roleLabel(needed), ask);
}

} // namespace ic
