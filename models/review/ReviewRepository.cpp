#include "models/review/ReviewRepository.h"

#include "models/incidents/IncidentRepository.h"
#include "models/review/ReviewDocument.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>

namespace ic {

namespace {
// The texts keep the translation context they were written in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ReviewStore)
};
} // namespace

namespace ReviewRepository {

Result<QList<ReviewVersion>> versions(QSqlDatabase &db, const QString &incidentId)
{
    auto q = Db::exec(db,
                      QStringLiteral("SELECT version, saved_at, saved_by FROM ic_reviews WHERE "
                                     "incident_id = ? ORDER BY version DESC"),
                      {incidentId});
    if (!q)
        return q.error();
    QList<ReviewVersion> out;
    while (q->next())
        out.append({q->value(0).toInt(), Db::readTime(q->value(1)), q->value(2).toString()});
    return out;
}

Result<QString> markdown(QSqlDatabase &db, const QString &incidentId, int version)
{
    auto q = version > 0
                 ? Db::exec(db,
                            QStringLiteral("SELECT markdown FROM ic_reviews WHERE incident_id = ? "
                                           "AND version = ?"),
                            {incidentId, version})
                 : Db::exec(db,
                            QStringLiteral("SELECT markdown FROM ic_reviews WHERE incident_id = ? "
                                           "ORDER BY version DESC LIMIT 1"),
                            {incidentId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<SavedReview> save(QSqlDatabase &db, const QString &incidentId, const QString &text,
                         int baseVersion, const QString &actor, const QDateTime &nowUtc)
{
    if (text.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The review is empty. Nothing was saved."));
    if (text.contains(QChar(QChar::Null)))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The review contains a NUL character, which cannot be stored. "
                                  "Nothing was saved."));
    SavedReview saved;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        // Lock the incident first, so two saves at once get distinct versions.
        if (Db::isPostgres(db)) {
            auto lock =
                Db::exec(db, QStringLiteral("SELECT 1 FROM ic_incidents WHERE id = ? FOR UPDATE"),
                         {incidentId});
            if (!lock)
                return lock.error();
        }
        auto latest = Db::exec(db,
                               QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ic_reviews "
                                              "WHERE incident_id = ?"),
                               {incidentId});
        if (!latest)
            return latest.error();
        saved.previousLatest = latest->next() ? latest->value(0).toInt() : 0;
        saved.version = saved.previousLatest + 1;
        auto ins = Db::exec(db,
                            QStringLiteral("INSERT INTO ic_reviews (incident_id, version, "
                                           "markdown, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)"),
                            {incidentId, saved.version, text, Db::bindTime(db, nowUtc), actor});
        if (!ins)
            return ins.error();
        EventDraft e;
        e.incidentId = incidentId;
        e.actor = actor;
        e.kind = QStringLiteral("review.saved");
        e.summary = Tr::tr("Saved the post-incident review (version %1)").arg(saved.version);
        e.details = QJsonObject{{QStringLiteral("version"), saved.version},
                                {QStringLiteral("based_on"), baseVersion}};
        auto ev = EventLog::append(db, e, nowUtc);
        if (!ev)
            return ev.error();
        // Saved: the unsaved copy of this person is no longer needed.
        auto clear = Db::exec(db,
                              QStringLiteral("DELETE FROM ic_review_drafts WHERE incident_id = ? "
                                             "AND actor = ?"),
                              {incidentId, actor});
        if (!clear)
            return clear.error();
        return success();
    });
    if (!r)
        return r.error();
    return saved;
}

Result<QString> draft(QSqlDatabase &db, const QString &incidentId, const QDateTime &nowUtc)
{
    IncidentRepository repo(db, nowUtc);
    auto incident = repo.get(incidentId);
    if (!incident)
        return incident.error();
    auto events = repo.events(incidentId);
    if (!events)
        return events.error();
    auto policy = repo.policy();
    return ReviewDocument::draft(incident.value(), events.value(),
                                 policy ? policy.value() : SeverityPolicy::securityTeam(), nowUtc);
}

Result<void> keepUnsaved(QSqlDatabase &db, const QString &incidentId, const QString &actor,
                         const QString &markdown, int baseVersion, const QDateTime &nowUtc)
{
    if (markdown.contains(QChar(QChar::Null)))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The review contains a NUL character, which cannot be stored."));
    auto q = Db::exec(db,
                      QStringLiteral("INSERT INTO ic_review_drafts (incident_id, actor, markdown, "
                                     "base_version, updated_at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (incident_id, actor) DO UPDATE SET "
                                     "markdown = excluded.markdown, base_version = "
                                     "excluded.base_version, updated_at = excluded.updated_at"),
                      {incidentId, actor, markdown, baseVersion, Db::bindTime(db, nowUtc)});
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<Unsaved>> unsaved(QSqlDatabase &db, const QString &incidentId,
                                       const QString &actor)
{
    auto q = Db::exec(db,
                      QStringLiteral("SELECT markdown, base_version, updated_at FROM "
                                     "ic_review_drafts WHERE incident_id = ? AND actor = ?"),
                      {incidentId, actor});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Unsaved>();
    return std::optional<Unsaved>(
        Unsaved{q->value(0).toString(), q->value(1).toInt(), Db::readTime(q->value(2))});
}

} // namespace ReviewRepository

} // namespace ic
