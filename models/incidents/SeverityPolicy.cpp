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

namespace {

#define IC_TEXT(text) QT_TRANSLATE_NOOP("ic::SeverityPolicy", text)

// The presets' texts in the source language. A workspace stores them so,
// and each person reads them in their own language (a team workspace is
// shared across languages); a text someone typed is stored as typed.
struct LevelTexts
{
    const char *name;
    const char *description;
    const char *examples;
    int minutes;
    const char *response;
};
constexpr LevelTexts SecurityTeamTexts[4] = {
    {IC_TEXT("Critical"), IC_TEXT("Active breach, data loss"),
     IC_TEXT("Database breach, mass token theft"), 0, IC_TEXT("Immediate")},
    {IC_TEXT("High"), IC_TEXT("Potential breach, service disruption"),
     IC_TEXT("Suspicious access patterns, DDoS"), 60, IC_TEXT("<1 hour")},
    {IC_TEXT("Medium"), IC_TEXT("Security concern, no immediate threat"),
     IC_TEXT("Failed security scan, config issue"), 240, IC_TEXT("<4 hours")},
    {IC_TEXT("Low"), IC_TEXT("Minor security issue"), IC_TEXT("Outdated dependency"), 1440,
     IC_TEXT("<24 hours")},
};
constexpr LevelTexts PlatformTexts[4] = {
    {IC_TEXT("Critical"), IC_TEXT("Data breach, authentication bypass, RCE"),
     IC_TEXT("Data breach, authentication bypass, RCE"), 5, IC_TEXT("Immediate (< 5 minutes)")},
    {IC_TEXT("High"), IC_TEXT("API key leak, unauthorized access, data exposure"),
     IC_TEXT("API key leak, unauthorized access, data exposure"), 15, IC_TEXT("< 15 minutes")},
    {IC_TEXT("Medium"), IC_TEXT("Rate limit bypass, information disclosure"),
     IC_TEXT("Rate limit bypass, information disclosure"), 60, IC_TEXT("< 1 hour")},
    {IC_TEXT("Low"), IC_TEXT("Misconfiguration, minor vulnerabilities"),
     IC_TEXT("Misconfiguration, minor vulnerabilities"), 1440, IC_TEXT("< 24 hours")},
};

#undef IC_TEXT

SeverityPolicy fromTexts(const QString &presetId, const LevelTexts (&texts)[4])
{
    SeverityPolicy p;
    p.presetId = presetId;
    for (size_t i = 0; i < 4; ++i) {
        const LevelTexts &t = texts[i];
        p.levels[i] = {Severity(i),
                       QString::fromUtf8(t.name),
                       QString::fromUtf8(t.description),
                       QString::fromUtf8(t.examples),
                       t.minutes,
                       QString::fromUtf8(t.response)};
    }
    return p;
}

// Every preset text, for mapping stored texts to shown ones and back.
const QList<const char *> &knownTexts()
{
    static const QList<const char *> all = [] {
        QList<const char *> out;
        for (const auto *texts : {&SecurityTeamTexts, &PlatformTexts}) {
            for (const LevelTexts &t : *texts)
                out << t.name << t.description << t.examples << t.response;
        }
        return out;
    }();
    return all;
}

QString shown(const QString &stored)
{
    for (const char *t : knownTexts()) {
        if (stored == QLatin1String(t))
            return QCoreApplication::translate("ic::SeverityPolicy", t);
    }
    return stored;
}

QString source(const QString &text)
{
    for (const char *t : knownTexts()) {
        if (text == QLatin1String(t) ||
            text == QCoreApplication::translate("ic::SeverityPolicy", t))
            return QString::fromUtf8(t);
    }
    return text;
}

SeverityPolicy mapTexts(SeverityPolicy p, QString (*map)(const QString &))
{
    for (SeverityLevel &l : p.levels) {
        l.name = map(l.name);
        l.description = map(l.description);
        l.examples = map(l.examples);
        l.responseText = map(l.responseText);
    }
    return p;
}

} // namespace

SeverityPolicy SeverityPolicy::securityTeam()
{
    return fromTexts(QStringLiteral("security-team"), SecurityTeamTexts).translated();
}

SeverityPolicy SeverityPolicy::platform()
{
    return fromTexts(QStringLiteral("platform"), PlatformTexts).translated();
}

SeverityPolicy SeverityPolicy::translated() const
{
    return mapTexts(*this, &shown);
}

SeverityPolicy SeverityPolicy::untranslated() const
{
    return mapTexts(*this, &source);
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
