#include "Incident.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ic {

QString severityCode(Severity s)
{
    return QStringLiteral("P%1").arg(int(s));
}

std::optional<Severity> severityFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.size() == 2 && c.at(0) == QLatin1Char('P') && c.at(1) >= QLatin1Char('0') &&
        c.at(1) <= QLatin1Char('3'))
        return Severity(c.at(1).digitValue());
    return std::nullopt;
}

QString statusCode(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Triage:
        return QStringLiteral("triage");
    case IncidentStatus::Containment:
        return QStringLiteral("containment");
    case IncidentStatus::Eradication:
        return QStringLiteral("eradication");
    case IncidentStatus::Recovery:
        return QStringLiteral("recovery");
    case IncidentStatus::PostMortem:
        return QStringLiteral("post_mortem");
    case IncidentStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<IncidentStatus> statusFromCode(const QString &code)
{
    for (IncidentStatus s : allStatuses()) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Triage:
        return QCoreApplication::translate("Incident", "Triage");
    case IncidentStatus::Containment:
        return QCoreApplication::translate("Incident", "Containment");
    case IncidentStatus::Eradication:
        return QCoreApplication::translate("Incident", "Eradication");
    case IncidentStatus::Recovery:
        return QCoreApplication::translate("Incident", "Recovery");
    case IncidentStatus::PostMortem:
        return QCoreApplication::translate("Incident", "Post-mortem");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("Incident", "Closed");
    }
    return {};
}

const QList<IncidentStatus> &allStatuses()
{
    static const QList<IncidentStatus> all{IncidentStatus::Triage,     IncidentStatus::Containment,
                                           IncidentStatus::Eradication, IncidentStatus::Recovery,
                                           IncidentStatus::PostMortem, IncidentStatus::Closed};
    return all;
}

bool IncidentPatch::isEmpty() const
{
    return !title && !summary && !severity && !status && !commander && !affectedUsers &&
           !affectedTenants && !affectedApiKeys && !detectedAt && !becameAwareAt && !acknowledge;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\t]"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

} // namespace ic
