#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/store/WorkspaceStore.h"
#include "models/timeline/TimelineEvent.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

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

    // Team workspaces: edits made while the database cannot be reached go to
    // this journal (a worker with its own SQLite file, see OfflineJournal)
    // and are replayed in order, with the same conflict rules, when it is back.
    void setJournal(SqlExecutor *journal);
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);
    int waitingInJournal() const { return m_waiting; }
    void replayJournal();

signals:
    void incidentsLoaded(const QList<ic::Incident> &incidents);
    void incidentCreated(const ic::Incident &incident);
    void incidentSaved(const ic::Incident &incident); // created or updated
    void conflict(const ic::Incident &current, const ic::IncidentPatch &rejected);
    void eventsLoaded(const QString &incidentId, const QList<ic::IncidentEvent> &events);
    void policyLoaded(const ic::SeverityPolicy &policy);
    void offlineChanged(bool offline);
    void journalChanged(int waiting);

private:
    template <typename R>
    void withRepository(std::function<Result<R>(class IncidentRepository &)> job,
                        std::function<void(Result<R>)> done);

    struct JournalEntry;
    void keepOffline(const QString &kind, const QString &incidentId, QJsonObject payload,
                     std::function<void(Result<int>)> done);
    void replayNext(QList<JournalEntry> rest);
    void countJournal();
    void remember(const Incident &incident) { m_cache.insert(incident.id, incident); }

    QPointer<SqlExecutor> m_journal;
    bool m_offline = false;
    bool m_replaying = false;
    int m_waiting = 0;
    QHash<QString, Incident> m_cache; // last known rows, for edits kept offline
};

} // namespace ic

