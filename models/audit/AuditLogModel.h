#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditPageCache.h"
#include "models/audit/AuditPartitions.h"
#include "models/audit/AuditQueries.h"
#include "models/audit/AuditRow.h"
#include "models/audit/AuditSql.h"
#include "models/store/ConnectionProfile.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <memory>

class QTimer;

namespace ic {

class Clock;
class SqlExecutor;

// The audit log as a table of any size: rowCount() is the whole result (the
// planner's estimate at once, the exact count soon after), but only the pages
// around the viewport are ever loaded, by keyset on (timestamp, id) on a
// worker thread with its own connection.
//
// Jumping anywhere never costs a large OFFSET: a second worker walks the
// result once in the background and records the key of every 256th row, so
// any row is at most 255 rows from a known key. Until that index reaches a
// part of the result, rows there are found by time (the scrollbar position
// mapped onto the time span) and flagged approximate; they are reloaded at
// their exact place once indexed. Pages next to a loaded page continue from
// its last key, so scrolling never skips or repeats a row.
//
// A partitioned audit log is read window by window (AuditPartitions.h); a
// lost connection (a restarted standby, a failover) is reconnected by
// itself, the rows on screen and the user's place kept.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EventColumn,
        UserColumn,
        TenantColumn,
        ApiKeyColumn,
        IpColumn,
        QueryColumn,
        MetadataColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        LoadedRole = Qt::UserRole + 1, // bool: the row is in memory
        ApproximateRole,               // bool: found by time, not yet at its exact position
        RowIdRole,                     // qint64 audit_logs.id
        RawValueRole,                  // the column's value as stored (time: UTC text)
    };

    AuditLogModel(const ConnectionSpec &source, const Clock &clock, QObject *parent = nullptr);
    ~AuditLogModel() override;

    // Validates and runs the filter. Returns the problems if it cannot run;
    // then nothing was run and the current result stays.
    QList<FieldProblem> setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    bool hasResult() const { return m_generation > 0 && m_started; }

    // Connects and checks that the source has an audit_logs table: then
    // sourceReady(), else failed() saying what is missing.
    void probe();
    // Reads the event types and metadata keys present (for choices and checks).
    void loadCatalog();
    const AuditCatalog &catalog() const { return m_catalog; }
    // Keys known without sampling (those the saved investigations name).
    void setKnownMetadataKeys(const QStringList &keys) { m_knownKeys = keys; }

    // The rows the view shows: those are loaded first, then a page around.
    void setViewport(int first, int count);
    // After a failure: loads what is missing again on a fresh connection.
    void retry();
    // Stops what is loading; rows already loaded stay.
    void cancel();
    // Whether the background scan records keys for exact jumps (on by
    // default; tests turn it off to exercise the time-mapped seek).
    void setIndexing(bool enabled);
    // After a lost connection (a restarted standby, a failover, a killed
    // session, a query the standby cancelled to replay) the model tries
    // again by itself after 0.25, 0.5, 1, 2 and then every 4 s, keeping
    // every loaded row and the viewport, for up to `ms` (default 60 s);
    // only then failed() reports it. 0: report at once (the user retries).
    void setReconnectWindow(int ms) { m_reconnectWindowMs = ms; }
    bool isReconnecting() const { return m_reconnectAttempt > 0; }
    // What audit_logs is on the source (read with the first rows; null before).
    const AuditRelation *relation() const { return m_relation.get(); }

    const AuditRow *rowAt(int row) const;
    qint64 resultCount() const { return m_cache.count(); }
    bool isCountExact() const { return m_cache.isExact(); }
    // Rows whose exact position is known.
    qint64 indexedRows() const { return m_cache.indexedRows(); }
    bool isIndexComplete() const { return m_cache.isIndexDone(); }
    bool isLoading() const { return m_pageJob.page >= 0 || m_firstJobRunning; }
    bool hasError() const { return m_hasError; }
    const Error &lastError() const { return m_error; }
    // The statement of the first page: what ran, for the report.
    const SqlStatement &statement() const { return m_statement; }
    const CompiledFilter &compiled() const { return m_compiled; }
    int cachedPages() const { return m_cache.cachedPages(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int MaxCachedPages = 48;

signals:
    void sourceReady();
    void resultStarted();                 // a new filter was accepted and is running
    void firstRowsLoaded();               // the first page is in
    void rowsLoaded(int first, int last); // a page arrived
    void countChanged(qint64 count, bool exact);
    void indexProgress(qint64 indexedRows); // background positioning
    void catalogLoaded(const ic::AuditCatalog &catalog);
    void failed(const ic::Error &error); // rows already loaded stay
    void loadingChanged(bool loading);
    void reconnecting(int attempt, const ic::Error &cause); // trying again soon by itself
    void reconnected();                                     // a job succeeded again
    void relationRead(const ic::AuditRelation &relation);

private:
    struct Job
    {
        int page = -1;
        int generation = 0;
        AuditCancellerPtr canceller;
        QElapsedTimer started;
    };

    void startFirstPage();
    void startScan();
    void startIndex();
    void loadTail();
    void schedule();
    void pageArrived(int generation, int page, bool approximate, int requested,
                     Result<QList<AuditRow>> rows);
    void checkpointsArrived(int generation, const QList<AuditKey> &keys);
    void requestPage(int page) const;
    void cancelJobs();
    void setCount(qint64 count, bool exact);
    void fail(const Error &error);
    // A job failed: reconnect later if it was the connection, else fail().
    void jobFailed(const Error &error);
    void jobSucceeded();
    void emitLoading();

    SqlExecutor *m_pageWorker;
    SqlExecutor *m_scanWorker;
    const Clock &m_clock;
    Db::Engine m_engine;

    AuditFilter m_filter;
    CompiledFilter m_compiled;
    SqlStatement m_statement;
    AuditCatalog m_catalog;
    QStringList m_knownKeys;
    int m_generation = 0;
    bool m_started = false;
    bool m_firstJobRunning = false;

    bool m_scanRunning = false;
    bool m_scanFailed = false;

    AuditPageCache m_cache;
    mutable QSet<int> m_requested; // pages asked for through data() outside the viewport
    mutable bool m_scheduleQueued = false;
    QSet<int> m_failedPages;
    int m_viewFirst = 0;
    int m_viewCount = 0;
    Job m_pageJob;
    AuditCancellerPtr m_scanCanceller;
    AuditCancellerPtr m_firstCanceller;
    bool m_hasError = false;
    bool m_lastLoading = false;
    bool m_paused = false;
    bool m_indexing = true;
    AuditCancellerPtr m_tailCanceller;
    QString m_timeHeader;
    Error m_error;
    std::shared_ptr<const AuditRelation> m_relation;
    QElapsedTimer m_relationAge;
    int m_reconnectWindowMs = 60'000;
    int m_reconnectAttempt = 0;
    QElapsedTimer m_reconnectSince;
    QTimer *m_reconnectTimer;
};

} // namespace ic
