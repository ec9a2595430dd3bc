#pragma once

#include "models/core/Result.h"
#include "models/timeline/EventLog.h"

#include "models/store/WorkspaceStore.h"

#include <functional>

namespace ic {

class Clock;
class SqlExecutor;

// The timeline of the open workspace, for the UI: loads an incident's events,
// adds manual (possibly backdated) entries and review comments, verifies the
// record. Every call returns at once; answers come by signal or callback.
// What it appends is announced with appended() and changed().
class TimelineStore : public WorkspaceStore
{
    Q_OBJECT
public:
    TimelineStore(SqlExecutor *executor, const Clock &clock, QString actor,
                  QObject *parent = nullptr);

    // How many of an incident's newest events come first when it is shown
    // for the first time (PreviewFirst).
    static constexpr int PreviewEvents = 2000;
    enum class Load {
        All,          // every event, then loaded()
        PreviewFirst, // the newest events and the earliest first (previewed()),
                      // then every event (loaded()); one loaded() when that is all
    };
    // Events as the timeline shows them: without details or hashes (verify()
    // checks the record).
    void load(const QString &incidentId, Load how = Load::All);
    // How many newest events a preview holds (PreviewEvents unless changed).
    void setPreviewSize(int events) { m_previewSize = events; }
    // A manual entry, e.g. a phone call: `occurredAt` may be in the past.
    void addEntry(const QString &incidentId, const QString &text, const QDateTime &occurredAt,
                  std::function<void(const Result<IncidentEvent> &)> done = {});
    // Allowed for reviewers too: the one thing a read-only profile may add.
    void addReviewComment(const QString &incidentId, const QString &text, qint64 aboutEventId,
                          std::function<void(const Result<IncidentEvent> &)> done = {});
    void verify(const QString &incidentId,
                std::function<void(const Result<ChainVerification> &)> done);

    // Validation shared with the dialogs.
    static Result<void> validateEntry(const QString &text, const QDateTime &occurredAt,
                                      const QDateTime &nowUtc);

signals:
    void loaded(const QString &incidentId, const QList<ic::IncidentEvent> &events);
    // Part of a large incident's events, shown while the rest are read.
    void previewed(const QString &incidentId, const QList<ic::IncidentEvent> &events);
    void appended(const ic::IncidentEvent &event);

private:
    int m_previewSize = PreviewEvents;
    void report(const Error &error, const std::function<void(const Result<IncidentEvent> &)> &done);
    void append(EventDraft draft, std::function<void(const Result<IncidentEvent> &)> done);
};

} // namespace ic
