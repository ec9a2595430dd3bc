#include "models/notify/NotifyStore.h"

#include "models/core/Clock.h"
#include "models/store/SqlExecutor.h"

#include <memory>

namespace ic {

NotifyStore::NotifyStore(SqlExecutor *executor, const Clock &clock, QString actor, QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{}

Error NotifyStore::readOnlyError(const QString &what) const
{
    return refusal(tr("This is a read-only reviewer profile: %1 Nothing was changed.").arg(what));
}

template <typename R>
void NotifyStore::withTime(std::function<Result<R>(QSqlDatabase &, const QDateTime &)> job,
                           std::function<void(Result<R>)> done)
{
    const Clock *clock = &this->clock();
    submit<R>([job = std::move(job), clock](QSqlDatabase &db) { return job(db, clock->now()); },
              std::move(done));
}

void NotifyStore::facts(const QString &incidentId, Done<NotificationFacts> done)
{
    withTime<NotificationFacts>(
        [incidentId](QSqlDatabase &db, const QDateTime &now) {
            return ClockRepository(db, now).facts(incidentId);
        },
        [done](Result<NotificationFacts> r) { done(r); });
}

void NotifyStore::saveFacts(
    const NotificationFacts &facts,
    std::function<void(const Result<NotificationFacts> &, const NotificationFacts &)> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("notification facts cannot be changed here.")), facts);
        return;
    }
    const QString actor = this->actor();
    auto current = std::make_shared<NotificationFacts>();
    withTime<NotificationFacts>(
        [facts, actor, current](QSqlDatabase &db, const QDateTime &now) {
            return ClockRepository(db, now).saveFacts(facts, actor, current.get());
        },
        [this, done, current, id = facts.incidentId](Result<NotificationFacts> r) {
            done(r, *current);
            if (r)
                emit changed(id);
        });
}

void NotifyStore::organisation(Done<OrganisationProfile> done)
{
    withTime<OrganisationProfile>(
        [](QSqlDatabase &db, const QDateTime &now) {
            return ClockRepository(db, now).organisation();
        },
        [done](Result<OrganisationProfile> r) { done(r); });
}

void NotifyStore::saveOrganisation(const OrganisationProfile &profile,
                                   Done<OrganisationProfile> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("the organisation profile cannot be changed here.")));
        return;
    }
    const QString actor = this->actor();
    withTime<OrganisationProfile>(
        [profile, actor](QSqlDatabase &db, const QDateTime &now) {
            return ClockRepository(db, now).saveOrganisation(profile, actor);
        },
        [this, done](Result<OrganisationProfile> r) {
            done(r);
            if (r)
                emit workspaceChanged();
        });
}

void NotifyStore::rules(Done<QList<ClockRule>> done)
{
    withTime<QList<ClockRule>>(
        [](QSqlDatabase &db, const QDateTime &now) { return ClockRepository(db, now).rules(); },
        [done](Result<QList<ClockRule>> r) { done(r); });
}

void NotifyStore::addRule(const ClockRule &rule, Done<ClockRule> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("clock rules cannot be changed here.")));
        return;
    }
    const QString actor = this->actor();
    withTime<ClockRule>(
        [rule, actor](QSqlDatabase &db, const QDateTime &now) {
            return ClockRepository(db, now).addRule(rule, actor);
        },
        [this, done](Result<ClockRule> r) {
            done(r);
            if (r)
                emit workspaceChanged();
        });
}

void NotifyStore::removeRule(const QString &id, Done<bool> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("clock rules cannot be changed here.")));
        return;
    }
    withTime<bool>(
        [id](QSqlDatabase &db, const QDateTime &now) -> Result<bool> {
            if (auto r = ClockRepository(db, now).removeRule(id); !r)
                return r.error();
            return true;
        },
        [this, done](Result<bool> r) {
            done(r);
            if (r)
                emit workspaceChanged();
        });
}

void NotifyStore::clocks(const QString &incidentId, Done<QList<ClockState>> done)
{
    // The notifications pane and the timeline both ask after a change: the
    // one load still waiting in the queue answers both.
    const Clock *clock = &this->clock();
    submitShared<QList<ClockState>>(
        QStringLiteral("clocks:") + incidentId,
        [incidentId, clock](QSqlDatabase &db) {
            return ClockRepository(db, clock->now()).clocks(incidentId);
        },
        [done](Result<QList<ClockState>> r) { done(r); });
}

void NotifyStore::nearestDeadlines(Done<QHash<QString, IncidentDeadline>> done)
{
    withTime<QHash<QString, IncidentDeadline>>(
        [](QSqlDatabase &db, const QDateTime &now) {
            return ClockRepository(db, now).nearestDeadlines();
        },
        [done](Result<QHash<QString, IncidentDeadline>> r) { done(r); });
}

void NotifyStore::drafts(const QString &incidentId, Done<QList<NotificationDraft>> done)
{
    withTime<QList<NotificationDraft>>(
        [incidentId](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).drafts(incidentId);
        },
        [done](Result<QList<NotificationDraft>> r) { done(r); });
}

void NotifyStore::createDraft(const QString &incidentId, const NotificationTemplate &tmpl,
                              const QString &clockRuleId, Done<NotificationDraft> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("notifications cannot be drafted here.")));
        return;
    }
    const QString actor = this->actor();
    withTime<NotificationDraft>(
        [incidentId, tmpl, clockRuleId, actor](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).create(incidentId, tmpl, clockRuleId, actor);
        },
        [this, done, incidentId](Result<NotificationDraft> r) {
            done(r);
            if (r)
                emit changed(incidentId);
        });
}

void NotifyStore::render(const QString &incidentId, const NotificationTemplate &tmpl,
                         const QString &clockRuleId, Done<RenderedNotification> done)
{
    withTime<RenderedNotification>(
        [incidentId, tmpl, clockRuleId](QSqlDatabase &db,
                                        const QDateTime &now) -> Result<RenderedNotification> {
            auto input = ClockRepository(db, now).renderInput(incidentId, clockRuleId);
            if (!input)
                return input.error();
            return NotificationRenderer::render(tmpl, input.value());
        },
        [done](Result<RenderedNotification> r) { done(r); });
}

void NotifyStore::versions(const QString &draftId, Done<QList<DraftVersion>> done)
{
    withTime<QList<DraftVersion>>(
        [draftId](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).versions(draftId);
        },
        [done](Result<QList<DraftVersion>> r) { done(r); });
}

void NotifyStore::saveDraft(const QString &incidentId, const QString &draftId,
                            const DraftVersion &text, int baseVersion, Done<SavedDraft> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("the draft cannot be changed here.")));
        return;
    }
    const QString actor = this->actor();
    withTime<SavedDraft>(
        [draftId, text, baseVersion, actor](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).save(draftId, text, baseVersion, actor);
        },
        [this, done, incidentId](Result<SavedDraft> r) {
            done(r);
            if (r && !r->unchanged)
                emit changed(incidentId);
        });
}

void NotifyStore::markReviewed(const QString &incidentId, const QString &draftId, int version,
                               Done<NotificationDraft> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("the review cannot be recorded here.")));
        return;
    }
    const QString actor = this->actor();
    withTime<NotificationDraft>(
        [draftId, version, actor](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).markReviewed(draftId, version, actor);
        },
        [this, done, incidentId](Result<NotificationDraft> r) {
            done(r);
            if (r)
                emit changed(incidentId);
        });
}

void NotifyStore::markSent(const QString &incidentId, const QString &draftId, int version,
                           const QString &delayReasons, Done<NotificationDraft> done)
{
    if (isReadOnly()) {
        done(readOnlyError(tr("sending cannot be recorded here.")));
        return;
    }
    const QString actor = this->actor();
    withTime<NotificationDraft>(
        [draftId, version, delayReasons, actor](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).markSent(draftId, version, delayReasons, actor);
        },
        [this, done, incidentId](Result<NotificationDraft> r) {
            done(r);
            if (r)
                emit changed(incidentId);
        });
}

void NotifyStore::keepUnsaved(const QString &draftId, const UnsavedDraft &text)
{
    if (isReadOnly())
        return;
    const QString actor = this->actor();
    withTime<bool>(
        [draftId, text, actor](QSqlDatabase &db, const QDateTime &now) -> Result<bool> {
            if (auto r = DraftRepository(db, now).keepUnsaved(draftId, actor, text); !r)
                return r.error();
            return true;
        },
        [](Result<bool>) {});
}

void NotifyStore::unsaved(const QString &draftId, Done<std::optional<UnsavedDraft>> done)
{
    const QString actor = this->actor();
    withTime<std::optional<UnsavedDraft>>(
        [draftId, actor](QSqlDatabase &db, const QDateTime &now) {
            return DraftRepository(db, now).unsaved(draftId, actor);
        },
        [done](Result<std::optional<UnsavedDraft>> r) { done(r); });
}

} // namespace ic
