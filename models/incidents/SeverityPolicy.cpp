#include "models/incidents/SeverityPolicy.h"

#include "models/core/TimeText.h"

#include <QCoreApplication>

namespace ic {

namespace {
// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::SeverityPolicy)
};
} // namespace

QString SeverityPolicy::label(Severity s) const
{
    return severityCode(s) + QLatin1Char(' ') + level(s).name;
}

Result<void> SeverityPolicy::validate() const
{
    for (const SeverityLevel &l : levels) {
        if (l.name.trimmed().isEmpty()) {
            return Error::make(
                Error::Kind::InvalidInput,
                Tr::tr("%1 needs a name. The policy was not saved.").arg(severityCode(l.level)));
        }
        if (l.responseMinutes < 0 || l.responseMinutes > 60 * 24 * 365) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The response target of %1 must be between 0 minutes and one "
                                      "year. The policy was not saved.")
                                   .arg(severityCode(l.level)));
        }
    }
    for (size_t i = 1; i < levels.size(); ++i) {
        if (levels[i].responseMinutes < levels[i - 1].responseMinutes) {
            return Error::make(
                Error::Kind::InvalidInput,
                Tr::tr("%1 must not need a faster response than %2. The policy was "
                       "not saved.")
                    .arg(severityCode(levels[i].level), severityCode(levels[i - 1].level)));
        }
    }
    return success();
}

SeverityPolicy SeverityPolicy::securityTeam()
{
    SeverityPolicy p;
    p.presetId = QStringLiteral("security-team");
    p.levels = {{
        {Severity::P0, Tr::tr("Critical"), Tr::tr("Active breach, data loss"),
         Tr::tr("Database breach, mass token theft"), 0, Tr::tr("Immediate")},
        {Severity::P1, Tr::tr("High"), Tr::tr("Potential breach, service disruption"),
         Tr::tr("Suspicious access patterns, DDoS"), 60, Tr::tr("<1 hour")},
        {Severity::P2, Tr::tr("Medium"), Tr::tr("Security concern, no immediate threat"),
         Tr::tr("Failed security scan, config issue"), 240, Tr::tr("<4 hours")},
        {Severity::P3, Tr::tr("Low"), Tr::tr("Minor security issue"), Tr::tr("Outdated dependency"),
         1440, Tr::tr("<24 hours")},
    }};
    return p;
}

SeverityPolicy SeverityPolicy::platform()
{
    SeverityPolicy p;
    p.presetId = QStringLiteral("platform");
    p.levels = {{
        {Severity::P0, Tr::tr("Critical"), Tr::tr("Data breach, authentication bypass, RCE"),
         Tr::tr("Data breach, authentication bypass, RCE"), 5, Tr::tr("Immediate (< 5 minutes)")},
        {Severity::P1, Tr::tr("High"), Tr::tr("API key leak, unauthorized access, data exposure"),
         Tr::tr("API key leak, unauthorized access, data exposure"), 15, Tr::tr("< 15 minutes")},
        {Severity::P2, Tr::tr("Medium"), Tr::tr("Rate limit bypass, information disclosure"),
         Tr::tr("Rate limit bypass, information disclosure"), 60, Tr::tr("< 1 hour")},
        {Severity::P3, Tr::tr("Low"), Tr::tr("Misconfiguration, minor vulnerabilities"),
         Tr::tr("Misconfiguration, minor vulnerabilities"), 1440, Tr::tr("< 24 hours")},
    }};
    return p;
}

QList<SeverityPolicy> SeverityPolicy::presets()
{
    return {securityTeam(), platform()};
}

QString SeverityPolicy::presetName(const QString &presetId)
{
    if (presetId == QLatin1String("security-team"))
        return Tr::tr("Security Team (Immediate, 1 h, 4 h, 24 h)");
    if (presetId == QLatin1String("platform"))
        return Tr::tr("Platform (5 min, 15 min, 1 h, 24 h)");
    return Tr::tr("Custom");
}

QString ResponseState::text() const
{
    switch (kind) {
    case Kind::Running:
        return Tr::tr("%1 left").arg(TimeText::duration(secondsLeft));
    case Kind::Overdue:
        return Tr::tr("OVERDUE %1").arg(TimeText::duration(-secondsLeft));
    case Kind::Met:
        return Tr::tr("Responded");
    case Kind::MetLate:
        return Tr::tr("Responded late");
    case Kind::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

ResponseState responseState(const Incident &incident, const SeverityPolicy &policy,
                            const QDateTime &nowUtc)
{
    ResponseState st;
    st.due =
        incident.detectedAt.addSecs(qint64(policy.level(incident.severity).responseMinutes) * 60);
    if (incident.acknowledgedAt.isValid()) {
        st.secondsLeft = incident.acknowledgedAt.secsTo(st.due);
        st.kind = st.secondsLeft >= 0 ? ResponseState::Kind::Met : ResponseState::Kind::MetLate;
        return st;
    }
    st.secondsLeft = nowUtc.secsTo(st.due);
    if (incident.isClosed()) {
        st.kind = ResponseState::Kind::Closed;
        return st;
    }
    st.kind = st.secondsLeft >= 0 ? ResponseState::Kind::Running : ResponseState::Kind::Overdue;
    return st;
}

} // namespace ic
