#pragma once

#include "models/core/Result.h"
#include "models/notify/NotificationDraft.h"
#include "models/notify/NotificationTemplate.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ic {

struct SavedDraft
{
    int version = 0;
    int previousLatest = 0;     // someone else saved in between when != the base version
    bool unchanged = false;     // the same text as the latest version: nothing written
    bool reviewCleared = false; // it was reviewed; the new text needs a new review
};

// Notification drafts of a workspace: every save a version; review by
// someone who wrote none of it; sent and then frozen. Each step is an event
// on the incident's timeline, written in the same transaction. Synchronous:
// call it on a worker thread (NotifyStore).
class DraftRepository
{
public:
    DraftRepository(QSqlDatabase db, const QDateTime &nowUtc);

    static constexpr qsizetype MaxSubject = 500;
    static constexpr qsizetype MaxBody = 200000;
    static constexpr qsizetype MaxRecipients = 4000;

    Result<QList<NotificationDraft>> drafts(const QString &incidentId);
    Result<NotificationDraft> draft(const QString &draftId);

    // Renders `tmpl` from the incident's facts and saves it as version 1.
    Result<NotificationDraft> create(const QString &incidentId, const NotificationTemplate &tmpl,
                                     const QString &clockRuleId, const QString &actor);

    Result<QList<DraftVersion>> versions(const QString &draftId);      // newest first
    Result<DraftVersion> version(const QString &draftId, int version); // 0: the latest

    Result<SavedDraft> save(const QString &draftId, const DraftVersion &text, int baseVersion,
                            const QString &actor);
    // Refused for anyone who saved a version of it, for an old version, and
    // while required elements are missing.
    Result<NotificationDraft> markReviewed(const QString &draftId, int version,
                                           const QString &actor);
    // Refused unless the latest version was reviewed; after the deadline,
    // refused without reasons for the delay.
    Result<NotificationDraft> markSent(const QString &draftId, int version,
                                       const QString &delayReasons, const QString &actor);

    Result<void> keepUnsaved(const QString &draftId, const QString &actor,
                             const UnsavedDraft &text);
    Result<std::optional<UnsavedDraft>> unsaved(const QString &draftId, const QString &actor);

    // Checks a version's text before it is stored; says what and that
    // nothing was saved.
    static Result<void> validate(const DraftVersion &text);

private:
    Result<NotificationDraft> lockDraft(const QString &draftId);
    Result<DraftVersion> insertVersion(const QString &draftId, int version,
                                       const DraftVersion &text, const QString &actor);

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace ic
