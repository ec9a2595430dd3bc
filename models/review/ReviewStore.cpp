#include "models/review/ReviewStore.h"

#include "models/core/Clock.h"

namespace ic {

ReviewStore::ReviewStore(SqlExecutor *executor, const Clock &clock, QString actor, QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{}

void ReviewStore::versions(const QString &incidentId,
                           std::function<void(const Result<QList<ReviewVersion>> &)> done)
{
    submit<QList<ReviewVersion>>(
        [incidentId](QSqlDatabase &db) { return ReviewRepository::versions(db, incidentId); },
        [done](Result<QList<ReviewVersion>> r) { done(r); });
}

void ReviewStore::load(const QString &incidentId, int version,
                       std::function<void(const Result<QString> &)> done)
{
    submit<QString>(
        [incidentId, version](QSqlDatabase &db) {
            return ReviewRepository::markdown(db, incidentId, version);
        },
        [done](Result<QString> r) { done(r); });
}

void ReviewStore::draft(const QString &incidentId,
                        std::function<void(const Result<QString> &)> done)
{
    const Clock *clock = &this->clock();
    submit<QString>(
        [incidentId, clock](QSqlDatabase &db) {
            return ReviewRepository::draft(db, incidentId, clock->now());
        },
        [done](Result<QString> r) { done(r); });
}

void ReviewStore::keepUnsaved(const QString &incidentId, const QString &markdown, int baseVersion,
                              std::function<void(const Result<QDateTime> &)> done)
{
    if (isReadOnly())
        return;
    const QString actor = this->actor();
    const Clock *clock = &this->clock();
    submit<QDateTime>(
        [incidentId, markdown, baseVersion, actor, clock](QSqlDatabase &db) -> Result<QDateTime> {
            const QDateTime now = clock->now();
            auto r =
                ReviewRepository::keepUnsaved(db, incidentId, actor, markdown, baseVersion, now);
            if (!r)
                return r.error();
            return now;
        },
        [done = std::move(done)](Result<QDateTime> r) {
            if (done)
                done(r);
        });
}

void ReviewStore::unsaved(
    const QString &incidentId,
    std::function<void(const Result<std::optional<ReviewRepository::Unsaved>> &)> done)
{
    const QString actor = this->actor();
    submit<std::optional<ReviewRepository::Unsaved>>(
        [incidentId, actor](QSqlDatabase &db) {
            return ReviewRepository::unsaved(db, incidentId, actor);
        },
        [done](Result<std::optional<ReviewRepository::Unsaved>> r) { done(r); });
}

void ReviewStore::save(const QString &incidentId, const QString &markdown, int baseVersion,
                       std::function<void(const Result<SavedReview> &)> done)
{
    if (isReadOnly()) {
        done(refusal(tr("This is a read-only reviewer profile: the review cannot be changed "
                        "here. Nothing was saved.")));
        return;
    }
    const QString actor = this->actor();
    const Clock *clock = &this->clock();
    submit<SavedReview>(
        [incidentId, markdown, baseVersion, actor, clock](QSqlDatabase &db) {
            return ReviewRepository::save(db, incidentId, markdown, baseVersion, actor,
                                          clock->now());
        },
        [this, incidentId, done](Result<SavedReview> r) {
            done(r);
            if (r)
                emit changed(incidentId); // its record has a new event
        });
}

} // namespace ic
