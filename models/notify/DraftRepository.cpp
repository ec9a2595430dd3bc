#include "models/notify/DraftRepository.h"

#include "models/core/TimeText.h"
#include "models/notify/ClockRepository.h"
#include "models/notify/MailMessage.h"
#include "models/notify/NotificationRenderer.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

const QString DraftColumns = QStringLiteral(
    "id, incident_id, template_id, template_name, clock_rule_id, state, latest_version, "
    "created_at, created_by, reviewed_version, reviewed_at, reviewed_by, sent_version, sent_at, "
    "sent_by, delay_reasons, version");

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

NotificationDraft draftFromQuery(const QSqlQuery &q)
{
    NotificationDraft d;
    d.id = q.value(0).toString();
    d.incidentId = q.value(1).toString();
    d.templateId = q.value(2).toString();
    d.templateName = q.value(3).toString();
    d.clockRuleId = q.value(4).toString();
    d.state = NotificationDraft::stateFromCode(q.value(5).toString())
                  .value_or(NotificationDraft::State::Draft);
    d.latestVersion = q.value(6).toInt();
    d.createdAt = Db::readTime(q.value(7));
    d.createdBy = q.value(8).toString();
    d.reviewedVersion = q.value(9).toInt();
    d.reviewedAt = Db::readTime(q.value(10));
    d.reviewedBy = q.value(11).toString();
    d.sentVersion = q.value(12).toInt();
    d.sentAt = Db::readTime(q.value(13));
    d.sentBy = q.value(14).toString();
    d.delayReasons = q.value(15).toString();
    d.version = q.value(16).toInt();
    return d;
}

Error frozen(const NotificationDraft &d)
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("“%1” was sent %2 by %3 and is frozen. Nothing was changed; to "
                              "correct or follow up, start a new draft.")
                           .arg(d.templateName, TimeText::local(d.sentAt), d.sentBy));
}

Result<IncidentEvent> record(QSqlDatabase &db, const NotificationDraft &d, const QString &actor,
                             const QString &kind, const QString &summary, QJsonObject details,
                             const QDateTime &now)
{
    details.insert(QStringLiteral("draft_id"), d.id);
    details.insert(QStringLiteral("template"), d.templateId);
    if (!d.clockRuleId.isEmpty())
        details.insert(QStringLiteral("clock"), d.clockRuleId);
    EventDraft e;
    e.incidentId = d.incidentId;
    e.actor = actor;
    e.kind = kind;
    e.summary = summary;
    e.details = details;
    return EventLog::append(db, e, now);
}

bool sameText(const DraftVersion &a, const DraftVersion &b)
{
    return a.recipients.trimmed() == b.recipients.trimmed() &&
           a.subject.trimmed() == b.subject.trimmed() && a.body == b.body;
}

} // namespace

DraftRepository::DraftRepository(QSqlDatabase db, const QDateTime &nowUtc)
    : m_db(std::move(db)), m_now(nowUtc.toUTC())
{}

Result<void> DraftRepository::validate(const DraftVersion &t)
{
    auto refuse = [](const QString &why) {
        return Error::make(Error::Kind::InvalidInput,
                           why + QLatin1Char(' ') + Tr::tr("Nothing was saved."));
    };
    for (const QString *s : {&t.recipients, &t.subject, &t.body}) {
        if (s->contains(QChar(QChar::Null)))
            return refuse(Tr::tr("The draft contains a NUL character (U+0000), which cannot be "
                                 "stored; remove it."));
    }
    if (t.subject.trimmed().isEmpty())
        return refuse(Tr::tr("The subject is empty."));
    if (t.subject.size() > MaxSubject)
        return refuse(Tr::tr("The subject is longer than %1 characters.").arg(MaxSubject));
    if (t.subject.contains(QLatin1Char('\n')) || t.subject.contains(QLatin1Char('\r')))
        return refuse(Tr::tr("The subject must be one line."));
    if (t.body.trimmed().isEmpty())
        return refuse(Tr::tr("The text is empty."));
    if (t.body.size() > MaxBody)
        return refuse(Tr::tr("The text is longer than %1 characters.").arg(MaxBody));
    if (t.recipients.size() > MaxRecipients)
        return refuse(
            Tr::tr("The recipient list is longer than %1 characters.").arg(MaxRecipients));
    // Required elements still missing in "To" are allowed here (a draft may
    // be incomplete); review refuses them.
    QString to = t.recipients;
    to.remove(QRegularExpression(QStringLiteral("\\[\\[MISSING: [^\\]\\n]*\\]\\]")));
    if (auto a = Mail::parseAddressList(to); !a)
        return refuse(Tr::tr("To: %1").arg(a.error().message));
    return success();
}

Result<QList<NotificationDraft>> DraftRepository::drafts(const QString &incidentId)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + DraftColumns +
                          QStringLiteral(" FROM ic_notification_drafts WHERE incident_id = ? "
                                         "ORDER BY created_at, id"),
                      {incidentId});
    if (!q)
        return q.error();
    QList<NotificationDraft> out;
    while (q->next())
        out << draftFromQuery(q.value());
    return out;
}

Result<NotificationDraft> DraftRepository::draft(const QString &draftId)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + DraftColumns +
                          QStringLiteral(" FROM ic_notification_drafts WHERE id = ?"),
                      {draftId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The notification draft no longer exists. Nothing was changed."));
    return draftFromQuery(q.value());
}

Result<NotificationDraft> DraftRepository::lockDraft(const QString &draftId)
{
    // Two reviewers or savers at once: the second waits and sees the first.
    if (Db::isPostgres(m_db)) {
        auto lock = Db::exec(m_db,
                             QStringLiteral("SELECT 1 FROM ic_notification_drafts WHERE id = ? "
                                            "FOR UPDATE"),
                             {draftId});
        if (!lock)
            return lock.error();
    }
    return draft(draftId);
}

Result<DraftVersion> DraftRepository::insertVersion(const QString &draftId, int version,
                                                    const DraftVersion &t, const QString &actor)
{
    DraftVersion v = t;
    v.version = version;
    v.recipients = v.recipients.trimmed();
    v.subject = v.subject.trimmed();
    v.savedAt = m_now;
    v.savedBy = actor;
    auto q = Db::exec(m_db,
                      QStringLiteral("INSERT INTO ic_notification_versions (draft_id, version, "
                                     "recipients, subject, body, saved_at, saved_by) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?)"),
                      {draftId, version, text(v.recipients), text(v.subject), text(v.body),
                       Db::bindTime(m_db, m_now), text(actor)});
    if (!q)
        return q.error();
    return v;
}

Result<NotificationDraft> DraftRepository::create(const QString &incidentId,
                                                  const NotificationTemplate &tmpl,
                                                  const QString &clockRuleId, const QString &actor)
{
    auto input = ClockRepository(m_db, m_now).renderInput(incidentId, clockRuleId);
    if (!input)
        return input.error();
    const RenderedNotification r = NotificationRenderer::render(tmpl, input.value());
    if (!r.ok())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The template “%1” could not be filled in (%2). Nothing was "
                                  "saved; fix the template file and reload the templates.")
                               .arg(tmpl.name, r.error.isEmpty()
                                                   ? r.unknownNames.join(QStringLiteral(", "))
                                                   : r.error));
    DraftVersion first;
    first.recipients = r.to;
    first.subject = r.subject.isEmpty() ? tmpl.name : r.subject.left(MaxSubject);
    first.body = r.body;
    if (auto v = validate(first); !v)
        return v.error();

    NotificationDraft d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.incidentId = incidentId;
    d.templateId = tmpl.id;
    d.templateName = tmpl.name;
    d.clockRuleId = clockRuleId;
    d.state = NotificationDraft::State::Draft;
    d.latestVersion = 1;
    d.createdAt = m_now;
    d.createdBy = actor;
    d.version = 1;
    auto tx = Db::transaction(m_db, [&]() -> Result<void> {
        if (Db::isPostgres(m_db)) {
            auto lock =
                Db::exec(m_db, QStringLiteral("SELECT 1 FROM ic_incidents WHERE id = ? FOR UPDATE"),
                         {incidentId});
            if (!lock)
                return lock.error();
        }
        auto ins = Db::exec(m_db,
                            QStringLiteral("INSERT INTO ic_notification_drafts (id, incident_id, "
                                           "template_id, template_name, clock_rule_id, state, "
                                           "latest_version, created_at, created_by, version) "
                                           "VALUES (?, ?, ?, ?, ?, 'draft', 1, ?, ?, 1)"),
                            {d.id, incidentId, d.templateId, text(d.templateName),
                             text(d.clockRuleId), Db::bindTime(m_db, m_now), text(actor)});
        if (!ins)
            return ins.error();
        auto v = insertVersion(d.id, 1, first, actor);
        if (!v)
            return v.error();
        QJsonArray missing;
        for (const TemplateElement &e : r.missing)
            missing.append(e.label);
        auto ev = record(
            m_db, d, actor, QStringLiteral("notification.drafted"),
            missing.isEmpty() ? Tr::tr("Drafted “%1” (version 1)").arg(d.templateName)
                              : Tr::tr("Drafted “%1” (version 1); still missing: %2")
                                    .arg(d.templateName)
                                    .arg(r.missing.size()),
            QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("missing"), missing}},
            m_now);
        if (!ev)
            return ev.error();
        return success();
    });
    if (!tx)
        return tx.error();
    return d;
}

Result<QList<DraftVersion>> DraftRepository::versions(const QString &draftId)
{
    auto q =
        Db::exec(m_db,
                 QStringLiteral("SELECT version, recipients, subject, body, saved_at, saved_by "
                                "FROM ic_notification_versions WHERE draft_id = ? "
                                "ORDER BY version DESC"),
                 {draftId});
    if (!q)
        return q.error();
    QList<DraftVersion> out;
    while (q->next())
        out << DraftVersion{q->value(0).toInt(),       q->value(1).toString(),
                            q->value(2).toString(),    q->value(3).toString(),
                            Db::readTime(q->value(4)), q->value(5).toString()};
    return out;
}

Result<DraftVersion> DraftRepository::version(const QString &draftId, int version)
{
    auto q = version > 0
                 ? Db::exec(m_db,
                            QStringLiteral("SELECT version, recipients, subject, body, saved_at, "
                                           "saved_by FROM ic_notification_versions WHERE "
                                           "draft_id = ? AND version = ?"),
                            {draftId, version})
                 : Db::exec(m_db,
                            QStringLiteral("SELECT version, recipients, subject, body, saved_at, "
                                           "saved_by FROM ic_notification_versions WHERE "
                                           "draft_id = ? ORDER BY version DESC LIMIT 1"),
                            {draftId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("That version of the draft does not exist."));
    return DraftVersion{q->value(0).toInt(),    q->value(1).toString(),    q->value(2).toString(),
                        q->value(3).toString(), Db::readTime(q->value(4)), q->value(5).toString()};
}

Result<SavedDraft> DraftRepository::save(const QString &draftId, const DraftVersion &t,
                                         int baseVersion, const QString &actor)
{
    if (auto v = validate(t); !v)
        return v.error();
    SavedDraft saved;
    auto tx = Db::transaction(m_db, [&]() -> Result<void> {
        auto d = lockDraft(draftId);
        if (!d)
            return d.error();
        if (d->isFrozen())
            return frozen(d.value());
        saved.previousLatest = d->latestVersion;
        auto latest = version(draftId, 0);
        if (!latest)
            return latest.error();
        if (sameText(latest.value(), t)) {
            saved.version = d->latestVersion;
            saved.unchanged = true;
        } else {
            saved.version = d->latestVersion + 1;
            saved.reviewCleared = d->state == NotificationDraft::State::Reviewed;
            auto v = insertVersion(draftId, saved.version, t, actor);
            if (!v)
                return v.error();
            auto u =
                Db::exec(m_db,
                         QStringLiteral("UPDATE ic_notification_drafts SET latest_version = ?, "
                                        "state = 'draft', reviewed_version = NULL, "
                                        "reviewed_at = NULL, reviewed_by = NULL, "
                                        "version = version + 1 WHERE id = ?"),
                         {saved.version, draftId});
            if (!u)
                return u.error();
            const int missing =
                int(NotificationRenderer::missingIn(t.recipients + t.subject + t.body).size());
            QString summary =
                Tr::tr("Saved “%1” version %2").arg(d->templateName).arg(saved.version);
            if (saved.reviewCleared)
                summary +=
                    Tr::tr(" (the review of version %1 no longer applies)").arg(d->reviewedVersion);
            auto ev = record(m_db, d.value(), actor, QStringLiteral("notification.saved"), summary,
                             QJsonObject{{QStringLiteral("version"), saved.version},
                                         {QStringLiteral("based_on"), baseVersion},
                                         {QStringLiteral("review_cleared"), saved.reviewCleared},
                                         {QStringLiteral("missing"), missing}},
                             m_now);
            if (!ev)
                return ev.error();
        }
        // Saved: this person's unsaved copy is no longer needed.
        auto clear =
            Db::exec(m_db,
                     QStringLiteral("DELETE FROM ic_notification_unsaved WHERE draft_id = ? "
                                    "AND actor = ?"),
                     {draftId, actor});
        if (!clear)
            return clear.error();
        return success();
    });
    if (!tx)
        return tx.error();
    return saved;
}

Result<NotificationDraft> DraftRepository::markReviewed(const QString &draftId, int versionNumber,
                                                        const QString &actor)
{
    NotificationDraft result;
    auto tx = Db::transaction(m_db, [&]() -> Result<void> {
        auto d = lockDraft(draftId);
        if (!d)
            return d.error();
        if (d->isFrozen())
            return frozen(d.value());
        if (d->state == NotificationDraft::State::Reviewed)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("%1 already reviewed version %2. Nothing was changed.")
                                   .arg(d->reviewedBy)
                                   .arg(d->reviewedVersion));
        if (versionNumber != d->latestVersion)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("Version %1 was saved after the version %2 you reviewed. "
                                      "Nothing was changed; review the latest version.")
                                   .arg(d->latestVersion)
                                   .arg(versionNumber));
        // Four eyes: whoever wrote any of it cannot be the second pair.
        auto authors =
            Db::exec(m_db,
                     QStringLiteral("SELECT version FROM ic_notification_versions "
                                    "WHERE draft_id = ? AND saved_by = ? ORDER BY version"),
                     {draftId, actor});
        if (!authors)
            return authors.error();
        QStringList written;
        while (authors->next())
            written << authors->value(0).toString();
        if (!written.isEmpty() || d->createdBy == actor)
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("You (%1) wrote version %2 of this draft, so you cannot be "
                                      "its reviewer: someone who did not write it must review it. "
                                      "Nothing was changed.")
                                   .arg(actor, written.isEmpty()
                                                   ? QStringLiteral("1")
                                                   : written.join(QStringLiteral(", "))));
        auto v = version(draftId, versionNumber);
        if (!v)
            return v.error();
        const QStringList missing = NotificationRenderer::missingIn(
            v->recipients + QLatin1Char('\n') + v->subject + QLatin1Char('\n') + v->body);
        if (!missing.isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The draft is not ready: it still lacks %1. Fill these in "
                                      "and save a version. Nothing was changed.")
                                   .arg(missing.join(QStringLiteral("; "))));
        auto u = Db::exec(m_db,
                          QStringLiteral("UPDATE ic_notification_drafts SET state = 'reviewed', "
                                         "reviewed_version = ?, reviewed_at = ?, reviewed_by = ?, "
                                         "version = version + 1 WHERE id = ?"),
                          {versionNumber, Db::bindTime(m_db, m_now), text(actor), draftId});
        if (!u)
            return u.error();
        auto ev = record(m_db, d.value(), actor, QStringLiteral("notification.reviewed"),
                         Tr::tr("Reviewed “%1” version %2 (written by %3)")
                             .arg(d->templateName)
                             .arg(versionNumber)
                             .arg(v->savedBy),
                         QJsonObject{{QStringLiteral("version"), versionNumber},
                                     {QStringLiteral("author"), v->savedBy}},
                         m_now);
        if (!ev)
            return ev.error();
        auto reread = draft(draftId);
        if (!reread)
            return reread.error();
        result = reread.value();
        return success();
    });
    if (!tx)
        return tx.error();
    return result;
}

Result<NotificationDraft> DraftRepository::markSent(const QString &draftId, int versionNumber,
                                                    const QString &delayReasons,
                                                    const QString &actor)
{
    if (delayReasons.contains(QChar(QChar::Null)) || delayReasons.size() > 20000)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The reasons for the delay are too long or contain a NUL "
                                  "character. Nothing was recorded."));
    NotificationDraft result;
    auto tx = Db::transaction(m_db, [&]() -> Result<void> {
        auto d = lockDraft(draftId);
        if (!d)
            return d.error();
        if (d->isFrozen())
            return frozen(d.value());
        if (d->state != NotificationDraft::State::Reviewed || d->reviewedVersion != versionNumber ||
            versionNumber != d->latestVersion)
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("Version %1 of “%2” has not been reviewed. Nothing was "
                                      "recorded; someone who did not write it reviews it first.")
                                   .arg(versionNumber)
                                   .arg(d->templateName));
        QJsonObject details{{QStringLiteral("version"), versionNumber}};
        bool late = false;
        if (!d->clockRuleId.isEmpty()) {
            auto states = ClockRepository(m_db, m_now).clocks(d->incidentId);
            if (!states)
                return states.error();
            for (const ClockState &s : states.value()) {
                if (s.rule.id != d->clockRuleId || !s.due.isValid())
                    continue;
                late = m_now > s.due;
                details.insert(QStringLiteral("due_at"), s.due.toString(Qt::ISODateWithMs));
                details.insert(QStringLiteral("on_time"), !late);
                if (late && delayReasons.trimmed().isEmpty())
                    return Error::make(
                        Error::Kind::InvalidInput,
                        Tr::tr("“%1” goes out %2 after its deadline (%3, due %4). Give the "
                               "reasons for the delay; they are recorded with it. Nothing was "
                               "recorded.")
                            .arg(d->templateName, TimeText::duration(s.due.secsTo(m_now)),
                                 s.rule.name, TimeText::local(s.due)));
            }
        }
        const QString reasons = delayReasons.trimmed();
        if (!reasons.isEmpty())
            details.insert(QStringLiteral("delay_reasons"), reasons);
        auto v = version(draftId, versionNumber);
        if (!v)
            return v.error();
        details.insert(QStringLiteral("recipients"), v->recipients);
        details.insert(QStringLiteral("subject"), v->subject);
        auto u = Db::exec(
            m_db,
            QStringLiteral("UPDATE ic_notification_drafts SET state = 'sent', "
                           "sent_version = ?, sent_at = ?, sent_by = ?, "
                           "delay_reasons = ?, version = version + 1 WHERE id = ?"),
            {versionNumber, Db::bindTime(m_db, m_now), text(actor), text(reasons), draftId});
        if (!u)
            return u.error();
        // Frozen now: nobody's unsaved typing can become a version.
        auto clear =
            Db::exec(m_db, QStringLiteral("DELETE FROM ic_notification_unsaved WHERE draft_id = ?"),
                     {draftId});
        if (!clear)
            return clear.error();
        const QString to =
            v->recipients.isEmpty() ? Tr::tr("(no recipient recorded)") : v->recipients;
        auto ev = record(m_db, d.value(), actor, QStringLiteral("notification.sent"),
                         late ? Tr::tr("Sent “%1” version %2 to %3, LATE; reasons: %4")
                                    .arg(d->templateName)
                                    .arg(versionNumber)
                                    .arg(to, reasons)
                              : Tr::tr("Sent “%1” version %2 to %3")
                                    .arg(d->templateName)
                                    .arg(versionNumber)
                                    .arg(to),
                         details, m_now);
        if (!ev)
            return ev.error();
        auto reread = draft(draftId);
        if (!reread)
            return reread.error();
        result = reread.value();
        return success();
    });
    if (!tx)
        return tx.error();
    return result;
}

Result<void> DraftRepository::keepUnsaved(const QString &draftId, const QString &actor,
                                          const UnsavedDraft &t)
{
    for (const QString *s : {&t.recipients, &t.subject, &t.body}) {
        if (s->contains(QChar(QChar::Null)) || s->size() > MaxBody)
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The draft contains a NUL character or is too long; your "
                                      "typing was not kept."));
    }
    auto d = draft(draftId);
    if (!d)
        return d.error();
    if (d->isFrozen())
        return frozen(d.value());
    auto q = Db::exec(m_db,
                      QStringLiteral("INSERT INTO ic_notification_unsaved (draft_id, actor, "
                                     "recipients, subject, body, base_version, updated_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?) ON CONFLICT (draft_id, actor) DO "
                                     "UPDATE SET recipients = excluded.recipients, subject = "
                                     "excluded.subject, body = excluded.body, base_version = "
                                     "excluded.base_version, updated_at = excluded.updated_at"),
                      {draftId, text(actor), text(t.recipients), text(t.subject), text(t.body),
                       t.baseVersion, Db::bindTime(m_db, m_now)});
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<UnsavedDraft>> DraftRepository::unsaved(const QString &draftId,
                                                             const QString &actor)
{
    auto q =
        Db::exec(m_db,
                 QStringLiteral("SELECT recipients, subject, body, base_version, updated_at "
                                "FROM ic_notification_unsaved WHERE draft_id = ? AND actor = ?"),
                 {draftId, actor});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UnsavedDraft>();
    return std::optional<UnsavedDraft>(UnsavedDraft{q->value(0).toString(), q->value(1).toString(),
                                                    q->value(2).toString(), q->value(3).toInt(),
                                                    Db::readTime(q->value(4))});
}

} // namespace ic
