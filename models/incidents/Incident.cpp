#include "models/incidents/Incident.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    static const QList<IncidentStatus> all{IncidentStatus::Triage,      IncidentStatus::Containment,
                                           IncidentStatus::Eradication, IncidentStatus::Recovery,
                                           IncidentStatus::PostMortem,  IncidentStatus::Closed};
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

IncidentPatch mergePatches(const IncidentPatch &a, const IncidentPatch &b)
{
    IncidentPatch m = a;
    if (b.title)
        m.title = b.title;
    if (b.summary)
        m.summary = b.summary;
    if (b.severity)
        m.severity = b.severity;
    if (b.status)
        m.status = b.status;
    if (b.commander)
        m.commander = b.commander;
    if (b.affectedUsers)
        m.affectedUsers = b.affectedUsers;
    if (b.affectedTenants)
        m.affectedTenants = b.affectedTenants;
    if (b.affectedApiKeys)
        m.affectedApiKeys = b.affectedApiKeys;
    if (b.detectedAt)
        m.detectedAt = b.detectedAt;
    if (b.becameAwareAt)
        m.becameAwareAt = b.becameAwareAt;
    m.acknowledge = a.acknowledge || b.acknowledge;
    return m;
}

Incident applyPatch(Incident i, const IncidentPatch &p, const QDateTime &nowUtc)
{
    if (p.title)
        i.title = p.title->trimmed();
    if (p.summary)
        i.summary = *p.summary;
    if (p.severity)
        i.severity = *p.severity;
    if (p.status) {
        i.closedAt = *p.status == IncidentStatus::Closed ? nowUtc : QDateTime();
        i.status = *p.status;
    }
    if (p.commander)
        i.commander = p.commander->trimmed();
    if (p.affectedUsers)
        i.affectedUsers = *p.affectedUsers;
    if (p.affectedTenants)
        i.affectedTenants = *p.affectedTenants;
    if (p.affectedApiKeys)
        i.affectedApiKeys = *p.affectedApiKeys;
    if (p.detectedAt)
        i.detectedAt = p.detectedAt->toUTC();
    if (p.becameAwareAt)
        i.becameAwareAt = p.becameAwareAt->toUTC();
    if ((p.acknowledge || (p.commander && !i.commander.isEmpty())) && !i.acknowledgedAt.isValid())
        i.acknowledgedAt = nowUtc;
    return i;
}

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

QJsonObject patchToJson(const IncidentPatch &p)
{
    QJsonObject o;
    if (p.title)
        o.insert(QStringLiteral("title"), *p.title);
    if (p.summary)
        o.insert(QStringLiteral("summary"), *p.summary);
    if (p.severity)
        o.insert(QStringLiteral("severity"), int(*p.severity));
    if (p.status)
        o.insert(QStringLiteral("status"), statusCode(*p.status));
    if (p.commander)
        o.insert(QStringLiteral("commander"), *p.commander);
    if (p.affectedUsers)
        o.insert(QStringLiteral("affected_users"), QJsonArray::fromStringList(*p.affectedUsers));
    if (p.affectedTenants)
        o.insert(QStringLiteral("affected_tenants"),
                 QJsonArray::fromStringList(*p.affectedTenants));
    if (p.affectedApiKeys)
        o.insert(QStringLiteral("affected_api_keys"),
                 QJsonArray::fromStringList(*p.affectedApiKeys));
    if (p.detectedAt)
        o.insert(QStringLiteral("detected_at"), iso(*p.detectedAt));
    if (p.becameAwareAt)
        o.insert(QStringLiteral("became_aware_at"), iso(*p.becameAwareAt));
    if (p.acknowledge)
        o.insert(QStringLiteral("acknowledge"), true);
    return o;
}

IncidentPatch patchFromJson(const QJsonObject &o)
{
    IncidentPatch p;
    if (o.contains(QStringLiteral("title")))
        p.title = o.value(QStringLiteral("title")).toString();
    if (o.contains(QStringLiteral("summary")))
        p.summary = o.value(QStringLiteral("summary")).toString();
    if (o.contains(QStringLiteral("severity")))
        p.severity = Severity(qBound(0, o.value(QStringLiteral("severity")).toInt(), 3));
    if (o.contains(QStringLiteral("status")))
        p.status = statusFromCode(o.value(QStringLiteral("status")).toString());
    if (o.contains(QStringLiteral("commander")))
        p.commander = o.value(QStringLiteral("commander")).toString();
    if (o.contains(QStringLiteral("affected_users")))
        p.affectedUsers = strings(o.value(QStringLiteral("affected_users")));
    if (o.contains(QStringLiteral("affected_tenants")))
        p.affectedTenants = strings(o.value(QStringLiteral("affected_tenants")));
    if (o.contains(QStringLiteral("affected_api_keys")))
        p.affectedApiKeys = strings(o.value(QStringLiteral("affected_api_keys")));
    if (o.contains(QStringLiteral("detected_at")))
        p.detectedAt = fromIso(o.value(QStringLiteral("detected_at")));
    if (o.contains(QStringLiteral("became_aware_at")))
        p.becameAwareAt = fromIso(o.value(QStringLiteral("became_aware_at")));
    p.acknowledge = o.value(QStringLiteral("acknowledge")).toBool();
    return p;
}

QJsonObject newIncidentToJson(const NewIncident &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("severity"), int(d.severity)},
            {QStringLiteral("status"), statusCode(d.status)},
            {QStringLiteral("commander"), d.commander},
            {QStringLiteral("affected_users"), QJsonArray::fromStringList(d.affectedUsers)},
            {QStringLiteral("affected_tenants"), QJsonArray::fromStringList(d.affectedTenants)},
            {QStringLiteral("affected_api_keys"), QJsonArray::fromStringList(d.affectedApiKeys)},
            {QStringLiteral("detected_at"), iso(d.detectedAt)},
            {QStringLiteral("became_aware_at"), iso(d.becameAwareAt)}};
}

NewIncident newIncidentFromJson(const QJsonObject &o)
{
    NewIncident d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.summary = o.value(QStringLiteral("summary")).toString();
    d.severity = Severity(qBound(0, o.value(QStringLiteral("severity")).toInt(), 3));
    d.status = statusFromCode(o.value(QStringLiteral("status")).toString())
                   .value_or(IncidentStatus::Triage);
    d.commander = o.value(QStringLiteral("commander")).toString();
    d.affectedUsers = strings(o.value(QStringLiteral("affected_users")));
    d.affectedTenants = strings(o.value(QStringLiteral("affected_tenants")));
    d.affectedApiKeys = strings(o.value(QStringLiteral("affected_api_keys")));
    d.detectedAt = fromIso(o.value(QStringLiteral("detected_at")));
    d.becameAwareAt = fromIso(o.value(QStringLiteral("became_aware_at")));
    return d;
}

} // namespace ic
