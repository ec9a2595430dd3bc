#include "models/incidents/IncidentDeadline.h"

#include "models/core/TimeText.h"

#include <QCoreApplication>

namespace ic {

namespace {
// These texts were first written with the regulatory clocks; they keep that
// translation context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};
} // namespace

qint64 IncidentDeadline::secondsLeft(const QDateTime &nowUtc) const
{
    return due.isValid() ? nowUtc.secsTo(due) : 0;
}

QString IncidentDeadline::text(const QDateTime &nowUtc) const
{
    if (!isValid())
        return {};
    if (!due.isValid())
        return Tr::tr("%1: not started (set became-aware time)").arg(ruleName);
    const QString name = conditional ? ruleName + QLatin1Char('?') : ruleName;
    const qint64 left = secondsLeft(nowUtc);
    return left >= 0 ? Tr::tr("%1: %2 left").arg(name, TimeText::duration(left))
                     : Tr::tr("%1: OVERDUE by %2").arg(name, TimeText::duration(left));
}

} // namespace ic
