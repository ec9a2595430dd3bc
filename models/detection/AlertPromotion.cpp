#include "models/detection/AlertPromotion.h"

#include "models/detection/AlertRepository.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#ifdef IC_DETECTION_PLAYBOOKS
#include "models/playbooks/ChecklistRepository.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/playbooks/PlaybookReader.h"
#endif

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace ic::AlertPromotion {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

QString timeText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// The playbook of that name, bundled or in the team's folders, attached as
// the incident's checklist. False when there is none by that name.
Result<bool> attachPlaybook(QSqlDatabase &db, const QString &incidentId, const QString &name,
                            const QStringList &folders, const QString &actor,
                            const QDateTime &nowUtc)
{
#ifdef IC_DETECTION_PLAYBOOKS
    if (name.isEmpty())
        return false;
    QStringList files = PlaybookLibrary::bundledFiles();
    for (const QString &folder : folders)
        files += PlaybookLibrary::markdownFiles(folder);
    for (const QString &file : std::as_const(files)) {
        const PlaybookFile f = PlaybookReader::readFile(file);
        for (const Playbook &p : f.playbooks) {
            if (p.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            auto c = ChecklistRepository(db, nowUtc)
                         .attach(incidentId, p, QString::fromLatin1(f.sha256), actor);
            if (!c)
                return c.error();
            return true;
        }
    }
    return false;
#else
    Q_UNUSED(db)
    Q_UNUSED(incidentId)
    Q_UNUSED(name)
    Q_UNUSED(folders)
    Q_UNUSED(actor)
    Q_UNUSED(nowUtc)
    return false;
#endif
}

// Pins the alert's matched rows as an evidence extract of the incident
// (SELECT * FROM audit_logs WHERE id IN (…), parameterised); its name, or
// "" when the alert kept no rows.
Result<QString> pinRows(QSqlDatabase &db, AlertRepository &repo, const Alert &alert,
                        const QString &incidentId, const QString &actor, const QDateTime &nowUtc)
{
    auto ids = repo.rowIds(alert.id);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return QString();
    EvidenceQuery q;
    q.name = evidenceName(alert);
    QStringList marks;
    for (qint64 id : ids.value()) {
        marks << QStringLiteral("?");
        q.params << id;
    }
    q.sql = QStringLiteral("SELECT * FROM audit_logs WHERE id IN (") +
            marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY id");
    auto added = EvidenceBundle::addQuery(db, incidentId, q, actor, nowUtc);
    if (!added)
        return added.error();
    return q.name;
}

QStringList merged(const QList<Alert> &alerts, QStringList Alert::*list)
{
    QStringList out;
    for (const Alert &a : alerts) {
        for (const QString &s : a.*list) {
            if (out.size() < 20 && !s.isEmpty() && !out.contains(s))
                out << s;
        }
    }
    return out;
}

} // namespace

QString evidenceName(const Alert &alert)
{
    return QStringLiteral("alert-%1-rows").arg(alert.id);
}

NewIncident draftFor(const Alert &alert)
{
    NewIncident n;
    n.title = (alert.ruleName + QStringLiteral(": ") +
               AlertText::subjectText(alert.subjectKind, alert.subject))
                  .left(300);
    QStringList lines;
    lines << alert.description;
    lines << QString();
    lines << Tr::tr("Detection rule \"%1\" (%2) found %3, from %4 to %5.")
                 .arg(alert.ruleName, alert.ruleId, AlertText::measureText(alert),
                      timeText(alert.firstSeen), timeText(alert.lastSeen));
    if (alert.detections > 1)
        lines << Tr::tr("It fired %1 times for this subject; the detections were grouped into "
                        "alert %2.")
                     .arg(alert.detections)
                     .arg(alert.id);
    lines << Tr::tr("%n matched audit row(s) are pinned as the evidence extract \"%1\".", nullptr,
                    int(qMin<qint64>(alert.matchedRows, INT_MAX)))
                 .arg(evidenceName(alert));
    if (!alert.playbook.isEmpty())
        lines << Tr::tr("Suggested playbook: %1.").arg(alert.playbook);
    n.summary = lines.join(QLatin1Char('\n'));
    n.severity = alert.severity;
    n.affectedUsers = alert.affectedUsers;
    n.affectedTenants = alert.affectedTenants;
    n.affectedApiKeys = alert.affectedApiKeys;
    n.detectedAt = alert.createdAt;
    return n;
}

NewIncident draftForGroup(const QList<Alert> &alerts)
{
    if (alerts.size() < 2)
        return alerts.isEmpty() ? NewIncident() : draftFor(alerts.first());
    const Alert &lead = alerts.first();
    NewIncident n = draftFor(lead);
    n.title = Tr::tr("%1: %2 and %n more", nullptr, int(alerts.size() - 1))
                  .arg(lead.ruleName, AlertText::subjectText(lead.subjectKind, lead.subject))
                  .left(300);
    QStringList lines;
    lines << lead.description;
    lines << QString();
    lines << Tr::tr("Detection rule \"%1\" (%2) raised %n alert(s), one per subject:", nullptr,
                    int(alerts.size()))
                 .arg(lead.ruleName, lead.ruleId);
    for (const Alert &a : alerts) {
        lines << Tr::tr("- alert %1, %2: %3, from %4 to %5")
                     .arg(a.id)
                     .arg(AlertText::subjectText(a.subjectKind, a.subject),
                          AlertText::measureText(a), timeText(a.firstSeen), timeText(a.lastSeen));
        n.severity = qMin(n.severity, a.severity);
        if (a.createdAt.isValid() && a.createdAt < n.detectedAt)
            n.detectedAt = a.createdAt;
    }
    lines << Tr::tr("The matched audit rows of each are pinned as evidence extracts "
                    "(\"alert-N-rows\").");
    if (!lead.playbook.isEmpty())
        lines << Tr::tr("Suggested playbook: %1.").arg(lead.playbook);
    n.summary = lines.join(QLatin1Char('\n'));
    n.affectedUsers = merged(alerts, &Alert::affectedUsers);
    n.affectedTenants = merged(alerts, &Alert::affectedTenants);
    n.affectedApiKeys = merged(alerts, &Alert::affectedApiKeys);
    return n;
}

Result<PromotionOutcome> finish(QSqlDatabase &db, const Alert &claimed, const Incident &incident,
                                const QString &actor, const QStringList &playbookFolders,
                                const QDateTime &nowUtc)
{
    PromotionOutcome out;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        AlertRepository repo(db, nowUtc);
        auto promoted = repo.markPromoted(claimed.id, incident.id, actor);
        if (!promoted)
            return promoted.error();
        out.alert = promoted.value();
        auto pinned = pinRows(db, repo, claimed, incident.id, actor, nowUtc);
        if (!pinned)
            return pinned.error();
        out.evidenceName = pinned.value();
        auto attached =
            attachPlaybook(db, incident.id, claimed.playbook, playbookFolders, actor, nowUtc);
        if (!attached)
            return attached.error();
        out.playbookAttached = attached.value();

        EventDraft e;
        e.incidentId = incident.id;
        e.actor = actor;
        e.kind = QStringLiteral("alert.promoted");
        e.summary =
            Tr::tr("Promoted from alert %1: %2, %3 (%4)")
                .arg(claimed.id)
                .arg(claimed.ruleName, AlertText::subjectText(claimed.subjectKind, claimed.subject),
                     AlertText::measureText(claimed));
        e.details = QJsonObject{
            {QStringLiteral("alert_id"), claimed.id},
            {QStringLiteral("rule_id"), claimed.ruleId},
            {QStringLiteral("rule_name"), claimed.ruleName},
            {QStringLiteral("subject_kind"), RuleFile::subjectCode(claimed.subjectKind)},
            {QStringLiteral("subject"), claimed.subject},
            {QStringLiteral("matched_rows"), claimed.matchedRows},
            {QStringLiteral("detections"), claimed.detections},
            {QStringLiteral("first_seen"), claimed.firstSeen.toString(Qt::ISODateWithMs)},
            {QStringLiteral("last_seen"), claimed.lastSeen.toString(Qt::ISODateWithMs)},
            {QStringLiteral("suggested_playbook"), claimed.playbook},
            {QStringLiteral("playbook_attached"), out.playbookAttached},
            {QStringLiteral("evidence"), out.evidenceName}};
        auto appended = EventLog::append(db, e, nowUtc);
        if (!appended)
            return appended.error();
        return success();
    });
    if (!r)
        return r.error();
    return out;
}

Result<LinkOutcome> link(QSqlDatabase &db, const QList<Alert> &alerts, const Incident &incident,
                         const QString &actor, const QDateTime &nowUtc)
{
    LinkOutcome out;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        // The incident as it is now: closed or deleted meanwhile, nothing is linked.
        auto q = Db::exec(db, QStringLiteral("SELECT status FROM ic_incidents WHERE id = ?"),
                          {incident.id});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(
                Error::Kind::NotFound,
                Tr::tr("The incident %1 no longer exists. Nothing was changed.").arg(incident.ref));
        if (q->value(0).toString() == statusCode(IncidentStatus::Closed))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("%1 was closed meanwhile; alerts cannot be linked to a "
                                      "closed incident. Nothing was changed.")
                                   .arg(incident.ref));
        AlertRepository repo(db, nowUtc);
        QJsonArray linked;
        QStringList subjects;
        for (const Alert &a : alerts) {
            auto claimed = repo.claim(a.id, a.version, actor);
            if (!claimed && claimed.error().kind == Error::Kind::Conflict) {
                out.skipped << a.id;
                continue;
            }
            if (!claimed)
                return claimed.error();
            auto promoted = repo.markPromoted(a.id, incident.id, actor);
            if (!promoted)
                return promoted.error();
            auto pinned = pinRows(db, repo, a, incident.id, actor, nowUtc);
            if (!pinned)
                return pinned.error();
            out.linked << promoted.value();
            if (!pinned->isEmpty())
                out.evidence << pinned.value();
            subjects << AlertText::subjectText(a.subjectKind, a.subject);
            linked.append(
                QJsonObject{{QStringLiteral("alert_id"), a.id},
                            {QStringLiteral("rule_id"), a.ruleId},
                            {QStringLiteral("subject_kind"), RuleFile::subjectCode(a.subjectKind)},
                            {QStringLiteral("subject"), a.subject},
                            {QStringLiteral("matched_rows"), a.matchedRows},
                            {QStringLiteral("first_seen"), a.firstSeen.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("last_seen"), a.lastSeen.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("evidence"), pinned.value()}});
        }
        if (out.linked.isEmpty())
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("Someone else promoted or dismissed these alerts a moment "
                                      "ago. Nothing was changed; the alert list shows what they "
                                      "did."));
        const Alert &first = out.linked.first();
        EventDraft e;
        e.incidentId = incident.id;
        e.actor = actor;
        e.kind = QStringLiteral("alert.linked");
        e.summary =
            out.linked.size() == 1
                ? Tr::tr("Linked alert %1: %2, %3 (%4)")
                      .arg(first.id)
                      .arg(first.ruleName, subjects.first(), AlertText::measureText(first))
                : Tr::tr("Linked %n alert(s) of \"%1\": %2", nullptr, int(out.linked.size()))
                      .arg(first.ruleName, subjects.join(QStringLiteral(", ")));
        e.details = QJsonObject{{QStringLiteral("rule_name"), first.ruleName},
                                {QStringLiteral("alerts"), linked}};
        auto appended = EventLog::append(db, e, nowUtc);
        if (!appended)
            return appended.error();
        return success();
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace ic::AlertPromotion
