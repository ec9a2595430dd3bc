#include "models/notify/NotificationDraft.h"

#include <QCoreApplication>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};
} // namespace

QString NotificationDraft::stateCode(State s)
{
    switch (s) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Reviewed:
        return QStringLiteral("reviewed");
    case State::Sent:
        return QStringLiteral("sent");
    }
    return {};
}

std::optional<NotificationDraft::State> NotificationDraft::stateFromCode(const QString &code)
{
    for (State s : {State::Draft, State::Reviewed, State::Sent}) {
        if (stateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString NotificationDraft::stateLabel(State s)
{
    switch (s) {
    case State::Draft:
        return Tr::tr("Draft");
    case State::Reviewed:
        return Tr::tr("Reviewed");
    case State::Sent:
        return Tr::tr("Sent");
    }
    return {};
}

} // namespace ic
