#include "models/detection/Alert.h"

#include <QCoreApplication>
#include <QLocale>

namespace ic::AlertText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

QString number(double v)
{
    return QLocale().toString(v, 'f', v == qint64(v) ? 0 : 1);
}
} // namespace

QString statusCode(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Open:
        return QStringLiteral("open");
    case AlertStatus::Promoting:
        return QStringLiteral("promoting");
    case AlertStatus::Promoted:
        return QStringLiteral("promoted");
    case AlertStatus::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<AlertStatus> statusFromCode(const QString &code)
{
    for (AlertStatus s : {AlertStatus::Open, AlertStatus::Promoting, AlertStatus::Promoted,
                          AlertStatus::Dismissed}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Open:
        return Tr::tr("Open");
    case AlertStatus::Promoting:
        return Tr::tr("Being promoted");
    case AlertStatus::Promoted:
        return Tr::tr("Promoted");
    case AlertStatus::Dismissed:
        return Tr::tr("Dismissed");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::P0:
        return Tr::tr("P0 Critical");
    case Severity::P1:
        return Tr::tr("P1 High");
    case Severity::P2:
        return Tr::tr("P2 Medium");
    case Severity::P3:
        return Tr::tr("P3 Low");
    }
    return {};
}

QString measureText(const Alert &alert)
{
    if (alert.windowSeconds <= 0)
        return Tr::tr("%n matching row(s)", nullptr, int(qMin<qint64>(alert.matchedRows, INT_MAX)));
    const QString window = RuleFile::formatDuration(alert.windowSeconds);
    if (alert.aggregate == QLatin1String("sum"))
        return Tr::tr("a total of %1 within %2 (threshold %3)")
            .arg(number(alert.measure), window, alert.threshold);
    if (alert.aggregate == QLatin1String("distinct"))
        return Tr::tr("%1 distinct values within %2 (threshold %3)")
            .arg(number(alert.measure), window, alert.threshold);
    return Tr::tr("%1 matching rows within %2 (threshold %3)")
        .arg(number(alert.measure), window, alert.threshold);
}

QString subjectText(RuleSubject kind, const QString &subject)
{
    return RuleFile::subjectLabel(kind) + QLatin1Char(' ') + subject;
}

} // namespace ic::AlertText
