#include "models/review/ReviewStore.h"

#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/review/ReviewDocument.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>

namespace ic {

namespace {
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

ReviewStore::ReviewStore(SqlExecutor *executor, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_executor(executor), m_clock(clock), m_actor(std::move(actor))
{}

bool ReviewStore::canEdit() const
{
    return m_executor && !m_executor->spec().readOnly && !m_executor->spec().reviewer;
}

void ReviewStore::versions(const QString &incidentId,
                           std::function<void(const Result<QList<ReviewVersion>> &)> done)
{
    m_executor->run<QList<ReviewVersion>>(
        [incidentId](QSqlDatabase &db) { return ReviewRepository::versions(db, incidentId); }, this,
        [done](Result<QList<ReviewVersion>> r) { done(r); });
}

void ReviewStore::load(const QString &incidentId, int version,
                       std::function<void(const Result<QString> &)> done)
{
    m_executor->run<QString>(
        [incidentId, version](QSqlDatabase &db) {
            return ReviewRepository::markdown(db, incidentId, version);
        },
        this, [done](Result<QString> r) { done(r); });
}

void ReviewStore::draft(const QString &incidentId,
                        std::function<void(const Result<QString> &)> done)
{
    const Clock *clock = &m_clock;
    m_executor->run<QString>(
        [incidentId, clock](QSqlDatabase &db) {
            return ReviewRepository::draft(db, incidentId, clock->now());
        },
        this, [done](Result<QString> r) { done(r); });
}

void ReviewStore::keepUnsaved(const QString &incidentId, const QString &markdown, int baseVersion,
                              std::function<void(const Result<QDateTime> &)> done)
{
    if (!canEdit())
        return;
    const QString actor = m_actor;
    const Clock *clock = &m_clock;
    m_executor->run<QDateTime>(
        [incidentId, markdown, baseVersion, actor, clock](QSqlDatabase &db) -> Result<QDateTime> {
            const QDateTime now = clock->now();
            auto r =
                ReviewRepository::keepUnsaved(db, incidentId, actor, markdown, baseVersion, now);
            if (!r)
                return r.error();
            return now;
        },
        this,
        [done = std::move(done)](Result<QDateTime> r) {
            if (done)
                done(r);
        });
}

void ReviewStore::unsaved(
    const QString &incidentId,
    std::function<void(const Result<std::optional<ReviewRepository::Unsaved>> &)> done)
{
    const QString actor = m_actor;
    m_executor->run<std::optional<ReviewRepository::Unsaved>>(
        [incidentId, actor](QSqlDatabase &db) {
            return ReviewRepository::unsaved(db, incidentId, actor);
        },
        this, [done](Result<std::optional<ReviewRepository::Unsaved>> r) { done(r); });
}

void ReviewStore::save(const QString &incidentId, const QString &markdown, int baseVersion,
                       std::function<void(const Result<SavedReview> &)> done)
{
    if (!canEdit()) {
        done(Error::make(Error::Kind::InvalidInput,
                         tr("This is a read-only reviewer profile: the review cannot be changed "
                            "here. Nothing was saved.")));
        return;
    }
    const QString actor = m_actor;
    const Clock *clock = &m_clock;
    m_executor->run<SavedReview>(
        [incidentId, markdown, baseVersion, actor, clock](QSqlDatabase &db) {
            return ReviewRepository::save(db, incidentId, markdown, baseVersion, actor,
                                          clock->now());
        },
        this, [done](Result<SavedReview> r) { done(r); });
}

} // namespace ic
