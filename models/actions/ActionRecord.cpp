#include "models/actions/ActionRecord.h"

#include "models/core/Workstation.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks existence only; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString stateCode(ActionState s)
{
    switch (s) {
    case ActionState::Pending:
        return QStringLiteral("pending");
    case ActionState::InFlight:
        return QStringLiteral("in_flight");
    case ActionState::Succeeded:
        return QStringLiteral("succeeded");
    case ActionState::Failed:
        return QStringLiteral("failed");
    case ActionState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<ActionState> stateFromCode(const QString &code)
{
    for (ActionState s : {ActionState::Pending, ActionState::InFlight, ActionState::Succeeded,
                          ActionState::Failed, ActionState::Unknown}) {
        if (stateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString stateLabel(ActionState s)
{
    switch (s) {
    case ActionState::Pending:
        return Tr::tr("Pending");
    case ActionState::InFlight:
        return Tr::tr("In flight");
    case ActionState::Succeeded:
        return Tr::tr("Succeeded");
    case ActionState::Failed:
        return Tr::tr("Failed");
    case ActionState::Unknown:
        return Tr::tr("Outcome unknown");
    }
    return {};
}

ActionClaim ActionClaim::forThisProcess(const QString &instance, const QDateTime &until)
{
    ActionClaim c;
    c.instance = instance;
    c.host = Workstation::id();
    c.pid = QCoreApplication::applicationPid();
    c.until = until;
    return c;
}

bool ActionRecord::claimedByOther(const QString &instance, const QDateTime &nowUtc) const
{
    if (claim.instance.isEmpty() || claim.instance == instance)
        return false;
    if (!claim.until.isValid() || claim.until <= nowUtc)
        return false;
    // On this workstation (this installation, this boot) a crashed app is
    // known at once, without waiting for its lease. A host name is not
    // enough: a cloned VM has the same one, and its process ids are its own.
    if (claim.host == Workstation::id())
        return processAlive(claim.pid);
    return true;
}

QJsonObject ActionRecord::details() const
{
    QJsonObject d{{QStringLiteral("action_id"), id},
                  {QStringLiteral("action"), Actions::spec(kind).code},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("backend"), backendCode(backend)},
                  {QStringLiteral("endpoint"), endpoint},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("state"), stateCode(state)},
                  {QStringLiteral("attempt"), attempts}};
    if (backend == Backend::Api && !path.isEmpty())
        d.insert(QStringLiteral("request"), method + QLatin1Char(' ') + path);
    if (httpStatus > 0)
        d.insert(QStringLiteral("http_status"), httpStatus);
    if (!requestId.isEmpty())
        d.insert(QStringLiteral("request_id"), requestId);
    if (affectedCount >= 0)
        d.insert(QStringLiteral("affected"), affectedCount);
    if (expectedCount >= 0)
        d.insert(QStringLiteral("expected"), expectedCount);
    if (!result.isEmpty())
        d.insert(backend == Backend::Sql ? QStringLiteral("sql_result") : QStringLiteral("result"),
                 result);
    return d;
}

} // namespace ic
