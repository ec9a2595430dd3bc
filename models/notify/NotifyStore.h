#pragma once

#include "models/core/Result.h"
#include "models/notify/ClockRepository.h"
#include "models/notify/DraftRepository.h"
#include "models/notify/NotificationDraft.h"
#include "models/notify/NotificationFacts.h"
#include "models/notify/NotificationRenderer.h"
#include "models/notify/NotificationTemplate.h"
#include "models/notify/RegulatoryClock.h"
#include "models/store/WorkspaceStore.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace ic {

class Clock;
class SqlExecutor;

// Notifications of the open workspace, for the UI: every call returns at
// once and answers by callback on the UI thread, after the worker thread
// talked to the database. Writes emit changed(incidentId).
class NotifyStore : public WorkspaceStore
{
    Q_OBJECT
public:
    NotifyStore(SqlExecutor *executor, const Clock &clock, QString actor,
                QObject *parent = nullptr);

    template <typename T>
    using Done = std::function<void(const Result<T> &)>;

    void facts(const QString &incidentId, Done<NotificationFacts> done);
    // On a conflict, the error's kind is Conflict and `current` what is stored.
    void saveFacts(
        const NotificationFacts &facts,
        std::function<void(const Result<NotificationFacts> &, const NotificationFacts &current)>
            done);
    void organisation(Done<OrganisationProfile> done);
    void saveOrganisation(const OrganisationProfile &profile, Done<OrganisationProfile> done);
    void rules(Done<QList<ClockRule>> done);
    void addRule(const ClockRule &rule, Done<ClockRule> done);
    void removeRule(const QString &id, Done<bool> done);

    void clocks(const QString &incidentId, Done<QList<ClockState>> done);
    void nearestDeadlines(Done<QHash<QString, IncidentDeadline>> done);

    void drafts(const QString &incidentId, Done<QList<NotificationDraft>> done);
    void createDraft(const QString &incidentId, const NotificationTemplate &tmpl,
                     const QString &clockRuleId, Done<NotificationDraft> done);
    // The template filled in again from today's facts (not saved).
    void render(const QString &incidentId, const NotificationTemplate &tmpl,
                const QString &clockRuleId, Done<RenderedNotification> done);
    void versions(const QString &draftId, Done<QList<DraftVersion>> done);
    void saveDraft(const QString &incidentId, const QString &draftId, const DraftVersion &text,
                   int baseVersion, Done<SavedDraft> done);
    void markReviewed(const QString &incidentId, const QString &draftId, int version,
                      Done<NotificationDraft> done);
    void markSent(const QString &incidentId, const QString &draftId, int version,
                  const QString &delayReasons, Done<NotificationDraft> done);
    void keepUnsaved(const QString &draftId, const UnsavedDraft &text);
    void unsaved(const QString &draftId, Done<std::optional<UnsavedDraft>> done);

signals:
    // The organisation profile or the clock rules changed: every clock may.
    void workspaceChanged();

private:
    template <typename R>
    void withTime(std::function<Result<R>(QSqlDatabase &, const QDateTime &)> job,
                  std::function<void(Result<R>)> done);
    Error readOnlyError(const QString &what) const;
};

} // namespace ic
