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
        auto ids = repo.rowIds(claimed.id);
        if (!ids)
            return ids.error();
        if (!ids->isEmpty()) {
            EvidenceQuery q;
            q.name = evidenceName(claimed);
            QStringList marks;
            for (qint64 id : ids.value()) {
                marks << QStringLiteral("?");
                q.params << id;
            }
            q.sql = QStringLiteral("SELECT * FROM audit_logs WHERE id IN (") +
                    marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY id");
            auto added = EvidenceBundle::addQuery(db, incident.id, q, actor, nowUtc);
            if (!added)
                return added.error();
            out.evidenceName = q.name;
        }
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

} // namespace ic::AlertPromotion
