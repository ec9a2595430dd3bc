#include "models/review/ReviewDocument.h"

#include "models/core/TimeText.h"

#include <QCoreApplication>

namespace ic::ReviewDocument {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ReviewDocument)
};

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString since(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("—");
    return TimeText::duration(from.secsTo(to));
}

bool statusAtOrPast(const QString &code, IncidentStatus threshold)
{
    const auto s = statusFromCode(code);
    return s && int(*s) >= int(threshold);
}

} // namespace

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '\n':
        case '\r':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

PhaseTimes phaseTimes(const Incident &incident, const QList<IncidentEvent> &events)
{
    PhaseTimes t;
    t.detected = incident.detectedAt;
    t.acknowledged = incident.acknowledgedAt;
    for (const IncidentEvent &e : events) {
        if (e.kind != QLatin1String("incident.status") &&
            e.kind != QLatin1String("incident.closed"))
            continue;
        const QString to = e.details.value(QStringLiteral("to")).toString();
        // Containment is over once the incident moves on to eradication or later.
        if (!t.contained.isValid() && statusAtOrPast(to, IncidentStatus::Eradication))
            t.contained = e.occurredAt;
        if (!t.resolved.isValid() && to == statusCode(IncidentStatus::Closed))
            t.resolved = e.occurredAt;
        if (to != statusCode(IncidentStatus::Closed))
            t.resolved = {}; // reopened: not resolved after all
    }
    return t;
}

QStringList sectionTitles()
{
    return {Tr::tr("Incident Summary"),       Tr::tr("Timeline"),
            Tr::tr("Time per Phase"),         Tr::tr("Root Cause"),
            Tr::tr("Action Items"),           Tr::tr("What Went Well"),
            Tr::tr("What Could Be Improved"), Tr::tr("Lessons Learned"),
            Tr::tr("Post-Mortem Checklist")};
}

QString draft(const Incident &incident, const QList<IncidentEvent> &events,
              const SeverityPolicy &policy, const QDateTime &nowUtc)
{
    const QStringList s = sectionTitles();
    const PhaseTimes phases = phaseTimes(incident, events);
    const QDateTime end = phases.resolved.isValid() ? phases.resolved : nowUtc;
    QString md;
    auto line = [&md](const QString &text = {}) { md += text + QLatin1Char('\n'); };

    line(Tr::tr("# Post-Incident Review: %1").arg(escape(incident.ref)));
    line();
    line(QStringLiteral("**%1**").arg(escape(incident.title)));
    line();
    line(QStringLiteral("## ") + s[0]);
    line();
    line(Tr::tr("- **Incident ID**: %1").arg(escape(incident.ref)));
    line(Tr::tr("- **Date**: %1")
             .arg(incident.detectedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    line(Tr::tr("- **Severity**: %1 - %2")
             .arg(severityCode(incident.severity), escape(policy.level(incident.severity).name)));
    line(Tr::tr("- **Duration**: %1%2")
             .arg(TimeText::duration(incident.detectedAt.secsTo(end)),
                  phases.resolved.isValid() ? QString() : Tr::tr(" (still open)")));
    QStringList impact;
    auto count = [&impact](qsizetype n, const QString &one, const QString &many) {
        if (n > 0)
            impact << (n == 1 ? one : many.arg(n));
    };
    count(incident.affectedUsers.size(), Tr::tr("1 user"), Tr::tr("%1 users"));
    count(incident.affectedTenants.size(), Tr::tr("1 tenant"), Tr::tr("%1 tenants"));
    count(incident.affectedApiKeys.size(), Tr::tr("1 API key"), Tr::tr("%1 API keys"));
    line(Tr::tr("- **Impact**: %1")
             .arg(impact.isEmpty() ? Tr::tr("_to be described_")
                                   : Tr::tr("%1 affected").arg(impact.join(QStringLiteral(", ")))));
    if (!incident.summary.trimmed().isEmpty()) {
        line();
        line(escape(incident.summary.trimmed()));
    }
    line();

    line(QStringLiteral("## ") + s[1]);
    line();
    line(Tr::tr("| Time | Event |"));
    line(QStringLiteral("|------|-------|"));
    QList<IncidentEvent> chronological = events;
    std::stable_sort(chronological.begin(), chronological.end(),
                     [](const IncidentEvent &a, const IncidentEvent &b) {
                         return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt
                                                             : a.seq < b.seq;
                     });
    for (const IncidentEvent &e : chronological) {
        if (e.kind == QLatin1String("review.comment") ||
            e.kind.startsWith(QLatin1String("review.")))
            continue;
        QString what = escape(e.summary);
        if (!e.actor.isEmpty())
            what += QStringLiteral(" (%1)").arg(escape(e.actor));
        if (e.backdated)
            what += Tr::tr(" — entered afterwards");
        line(QStringLiteral("| %1 | %2 |").arg(localTime(e.occurredAt), what));
    }
    line();

    line(QStringLiteral("## ") + s[2]);
    line();
    line(Tr::tr("| Milestone | When | Time from detection |"));
    line(QStringLiteral("|-----------|------|---------------------|"));
    line(Tr::tr("| Detected | %1 | — |").arg(localTime(phases.detected)));
    line(Tr::tr("| Acknowledged (time to respond) | %1 | %2 |")
             .arg(localTime(phases.acknowledged), since(phases.detected, phases.acknowledged)));
    line(Tr::tr("| Contained (time to contain) | %1 | %2 |")
             .arg(localTime(phases.contained), since(phases.detected, phases.contained)));
    line(Tr::tr("| Resolved (time to resolve) | %1 | %2 |")
             .arg(localTime(phases.resolved), since(phases.detected, phases.resolved)));
    line();

    line(QStringLiteral("## ") + s[3]);
    line();
    line(Tr::tr("- **Cause**: _to be filled in_"));
    QString detectedBy = Tr::tr("_to be filled in_");
    for (const IncidentEvent &e : chronological) {
        if (e.kind == QLatin1String("incident.created")) {
            detectedBy = e.actor == QLatin1String("detection")
                             ? Tr::tr("Detection rule")
                             : Tr::tr("Reported by %1").arg(escape(e.actor));
            break;
        }
    }
    line(Tr::tr("- **How Detected**: %1").arg(detectedBy));
    line(Tr::tr("- **Why It Happened**: _to be filled in_"));
    line();

    line(QStringLiteral("## ") + s[4]);
    line();
    line(Tr::tr("- [ ] _Describe an action item_ — owner: _name_"));
    line();
    for (int i = 5; i <= 7; ++i) {
        line(QStringLiteral("## ") + s[i]);
        line();
        line(Tr::tr("- _to be filled in_"));
        line();
    }

    line(QStringLiteral("## ") + s[8]);
    line();
    line(Tr::tr("- [ ] Post-mortem meeting scheduled"));
    line(Tr::tr("- [x] Timeline documented"));
    line(Tr::tr("- [ ] Root cause analysis completed"));
    line(Tr::tr("- [ ] Action items tracked"));
    line(Tr::tr("- [ ] Runbook updated"));
    return md;
}

} // namespace ic::ReviewDocument
