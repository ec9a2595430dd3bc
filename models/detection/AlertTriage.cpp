#include "models/detection/AlertTriage.h"

#include <QCoreApplication>
#include <QHash>

namespace ic::AlertTriage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AlertTriage)
};

QStringList shared(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a) {
        if (!s.isEmpty() && b.contains(s) && !out.contains(s))
            out << s;
    }
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') ||
           c == QLatin1Char(':');
}

// `text` names `word` on its own ("91.240.118.30-35" names 91.240.118.30,
// not 91.240.118.3).
bool names(const QString &text, const QString &word)
{
    if (word.size() < 3)
        return false;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        const bool before = at == 0 || !isWordChar(text.at(at - 1));
        // A trailing full stop ends the sentence, not the address.
        const bool after = end == text.size() || !isWordChar(text.at(end)) ||
                           (text.at(end) == QLatin1Char('.') &&
                            (end + 1 == text.size() || !isWordChar(text.at(end + 1))));
        if (before && after)
            return true;
    }
    return false;
}

const QStringList *subjectField(const Incident &i, RuleSubject kind)
{
    switch (kind) {
    case RuleSubject::User:
        return &i.affectedUsers;
    case RuleSubject::Tenant:
        return &i.affectedTenants;
    case RuleSubject::ApiKey:
        return &i.affectedApiKeys;
    case RuleSubject::Ip:
    case RuleSubject::Session:
        break;
    }
    return nullptr;
}

QString fieldName(RuleSubject kind)
{
    switch (kind) {
    case RuleSubject::User:
        return Tr::tr("affected users");
    case RuleSubject::Tenant:
        return Tr::tr("affected tenants");
    case RuleSubject::ApiKey:
        return Tr::tr("affected API keys");
    case RuleSubject::Ip:
    case RuleSubject::Session:
        break;
    }
    return {};
}

QString listed(const QStringList &items)
{
    constexpr int Shown = 3;
    QString text = items.mid(0, Shown).join(QStringLiteral(", "));
    if (items.size() > Shown)
        text = Tr::tr("%1 and %n more", nullptr, int(items.size() - Shown)).arg(text);
    return text;
}

std::optional<CoverSuggestion> match(const Alert &a, const Incident &i)
{
    CoverSuggestion s;
    QStringList why;
    if (const QStringList *field = subjectField(i, a.subjectKind);
        field && field->contains(a.subject)) {
        s.score += 10;
        why << Tr::tr("%1 is one of its %2")
                   .arg(AlertText::subjectText(a.subjectKind, a.subject), fieldName(a.subjectKind));
    }
    const struct
    {
        const QStringList &mine, &theirs;
        RuleSubject kind;
    } lists[] = {{a.affectedUsers, i.affectedUsers, RuleSubject::User},
                 {a.affectedTenants, i.affectedTenants, RuleSubject::Tenant},
                 {a.affectedApiKeys, i.affectedApiKeys, RuleSubject::ApiKey}};
    for (const auto &l : lists) {
        QStringList both = shared(l.mine, l.theirs);
        if (l.kind == a.subjectKind)
            both.removeAll(a.subject); // said above
        if (both.isEmpty())
            continue;
        s.score += 2 * int(both.size());
        why << Tr::tr("its %1 include %2").arg(fieldName(l.kind), listed(both));
    }
    if (s.score == 0 && (names(i.title, a.subject) || names(i.summary, a.subject))) {
        s.score = 1;
        why << Tr::tr("its title or summary names %1").arg(a.subject);
    }
    if (s.score == 0)
        return std::nullopt;
    s.incidentId = i.id;
    s.ref = i.ref;
    s.title = i.title;
    s.reason = why.join(QStringLiteral("; "));
    return s;
}

} // namespace

std::optional<CoverSuggestion> coveringIncident(const Alert &alert,
                                                const QList<Incident> &incidents)
{
    std::optional<CoverSuggestion> best;
    const Incident *bestIncident = nullptr;
    for (const Incident &i : incidents) {
        if (i.isClosed() || i.id.isEmpty())
            continue;
        auto m = match(alert, i);
        if (!m)
            continue;
        // More shared subjects first, then the more severe, then the newer.
        const bool better =
            !best || m->score > best->score ||
            (m->score == best->score &&
             (i.severity < bestIncident->severity ||
              (i.severity == bestIncident->severity && i.detectedAt > bestIncident->detectedAt)));
        if (better) {
            best = m;
            bestIncident = &i;
        }
    }
    return best;
}

QList<QList<int>> groupByRule(const QList<Alert> &alerts)
{
    QList<QList<int>> groups;
    QHash<QString, int> at;
    for (int i = 0; i < alerts.size(); ++i) {
        const QString key = alerts.at(i).ruleId.isEmpty()
                                ? QStringLiteral("name:") + alerts.at(i).ruleName
                                : alerts.at(i).ruleId;
        auto it = at.constFind(key);
        if (it == at.constEnd()) {
            at.insert(key, int(groups.size()));
            groups.append(QList<int>{i});
        } else {
            groups[it.value()].append(i);
        }
    }
    return groups;
}

AlertGroup summarise(const QList<const Alert *> &alerts)
{
    AlertGroup g;
    for (const Alert *a : alerts) {
        if (g.alertIds.isEmpty()) {
            g.ruleId = a->ruleId;
            g.ruleName = a->ruleName;
            g.description = a->description;
            g.subjectKind = a->subjectKind;
            g.severity = a->severity;
        }
        g.alertIds << a->id;
        if (!g.subjects.contains(a->subject))
            g.subjects << a->subject;
        g.severity = qMin(g.severity, a->severity);
        g.matchedRows += a->matchedRows;
        g.detections += a->detections;
        if (a->firstSeen.isValid() && (!g.firstSeen.isValid() || a->firstSeen < g.firstSeen))
            g.firstSeen = a->firstSeen;
        if (a->lastSeen.isValid() && (!g.lastSeen.isValid() || a->lastSeen > g.lastSeen))
            g.lastSeen = a->lastSeen;
        switch (a->status) {
        case AlertStatus::Open:
            ++g.open;
            break;
        case AlertStatus::Promoting:
            ++g.promoting;
            break;
        case AlertStatus::Promoted:
            ++g.promoted;
            break;
        case AlertStatus::Dismissed:
            ++g.dismissed;
            break;
        }
    }
    return g;
}

QString groupStatusText(const AlertGroup &g)
{
    QStringList parts;
    if (g.open)
        parts << Tr::tr("%n open", nullptr, g.open);
    if (g.promoting)
        parts << Tr::tr("%n being promoted", nullptr, g.promoting);
    if (g.promoted)
        parts << Tr::tr("%n promoted", nullptr, g.promoted);
    if (g.dismissed)
        parts << Tr::tr("%n dismissed", nullptr, g.dismissed);
    return parts.join(QStringLiteral(", "));
}

Result<QList<Alert>> linkable(const QList<Alert> &alerts, const Incident &incident)
{
    if (incident.id.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Choose the incident to link to. Nothing was changed."));
    if (incident.isClosed())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("%1 is closed; alerts cannot be linked to a closed incident. "
                                  "Reopen it, or promote the alert to a new incident. Nothing "
                                  "was changed.")
                               .arg(incident.ref));
    QList<Alert> out;
    for (const Alert &a : alerts) {
        if (a.canResolve())
            out << a;
    }
    if (out.isEmpty()) {
        if (alerts.size() == 1) {
            const Alert &a = alerts.first();
            const QString how = a.status == AlertStatus::Promoted && !a.incidentRef.isEmpty()
                                    ? Tr::tr("promoted to %1").arg(a.incidentRef)
                                    : AlertText::statusLabel(a.status).toLower();
            return Error::make(
                Error::Kind::InvalidInput,
                Tr::tr("Alert %1 is already %2. Nothing was changed.").arg(a.id).arg(how));
        }
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("None of these alerts is still open. Nothing was changed."));
    }
    return out;
}

} // namespace ic::AlertTriage
