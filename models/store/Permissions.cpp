#include "models/store/Permissions.h"

#include "models/store/ConnectionProfile.h"

namespace ic {

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
    }
    return {};
}

} // namespace ic
