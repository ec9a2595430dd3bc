#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/store/OfflineJournal.h"
#include "models/store/WorkspaceStore.h"
#include "models/timeline/TimelineEvent.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace ic {

class Clock;
class SqlExecutor;

// The incident store of an open workspace, for the UI: every call returns at
// once and answers by signal, after the worker thread talked to the database.
class IncidentStore : public WorkspaceStore
{
    Q_OBJECT
public:
    IncidentStore(SqlExecutor *executor, const Clock &clock, QString actor,
                  QObject *parent = nullptr);

    // Called with the saved incident or the error; on a conflict, `current`
    // is the row someone else saved.
    using CreateCallback = std::function<void(const Result<Incident> &result)>;
    using UpdateCallback =
        std::function<void(const Result<Incident> &result, const Incident &current)>;

    void reload();
    // Reloads one incident (another workstation changed it): incidentSaved + changed.
    void refresh(const QString &incidentId);
    void create(const ic::NewIncident &draft, CreateCallback done = {});
    void update(const QString &id, int baseVersion, const ic::IncidentPatch &patch,
                UpdateCallback done = {});
    void loadEvents(const QString &incidentId);
    void addNote(const QString &incidentId, const QString &text);
    void loadPolicy();
    void savePolicy(const ic::SeverityPolicy &policy);

    // The last known row of an incident (loaded, saved or kept offline).
    std::optional<Incident> known(const QString &id) const
    {
        const auto it = m_cache.constFind(id);
        return it == m_cache.constEnd() ? std::nullopt : std::optional<Incident>(it.value());
    }

    // Team workspaces: edits made while the database cannot be reached go to
    // this journal (a worker with its own SQLite file, see OfflineJournal)
    // and are replayed in order, with the same conflict rules, when it is back.
    // One the database refuses (a conflict, a value it does not take, a
    // timeout) stays in the journal, flagged, until the person decides
    // (resolveJournalEntry); later entries for that incident wait behind it.
    void setJournal(SqlExecutor *journal);
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);
    int waitingInJournal() const { return m_waiting; } // to be sent when the database is back
    int flaggedInJournal() const { return m_flagged; } // waiting for the person's decision
    void replayJournal();

    // What the person decides for a kept entry.
    enum class JournalDecision {
        SendAgain,        // as it is (after a timeout, or once the cause is fixed)
        ApplyOverCurrent, // a conflicting edit: apply it over the current version
        Discard,          // drop it; the database keeps what it has
    };
    // Reads every kept entry (journalLoaded answers).
    void loadJournal();
    void resolveJournalEntry(qint64 seq, JournalDecision decision,
                             std::function<void(const Result<void> &)> done = {});

signals:
    void incidentsLoaded(const QList<ic::Incident> &incidents);
    void incidentCreated(const ic::Incident &incident);
    void incidentSaved(const ic::Incident &incident); // created or updated
    void conflict(const ic::Incident &current, const ic::IncidentPatch &rejected);
    void eventsLoaded(const QString &incidentId, const QList<ic::IncidentEvent> &events);
    void policyLoaded(const ic::SeverityPolicy &policy);
    void offlineChanged(bool offline);
    void journalChanged(int waiting);
    void journalFlaggedChanged(int flagged);
    void journalLoaded(const QList<ic::OfflineJournal::Entry> &entries);

private:
    template <typename R>
    void withRepository(std::function<Result<R>(class IncidentRepository &)> job,
                        std::function<void(Result<R>)> done);

    struct JournalEntry;
    struct Replayed;
    void keepOffline(const QString &kind, const QString &incidentId, QJsonObject payload,
                     std::function<void(Result<int>)> done);
    void replayNext(QList<JournalEntry> rest);
    void settleReplay(const JournalEntry &entry, QList<JournalEntry> rest,
                      const Result<Replayed> &result);
    void countJournal();
    void remember(const Incident &incident) { m_cache.insert(incident.id, incident); }

    QPointer<SqlExecutor> m_journal;
    bool m_offline = false;
    bool m_replaying = false;
    int m_waiting = 0;
    int m_flagged = 0;
    QSet<QString> m_heldBack;         // incidents with a flagged entry, in this replay
    QHash<QString, Incident> m_cache; // last known rows, for edits kept offline
};

} // namespace ic

Q_DECLARE_METATYPE(ic::OfflineJournal::Entry)
