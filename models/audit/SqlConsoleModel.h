#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditSql.h"
#include "models/store/ConnectionProfile.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>

namespace ic {

class SqlExecutor;

// The read-only SQL console's result, windowed like the audit log: any one
// query that reads, in a read-only transaction with a statement timeout, on
// its own worker and connection. PostgreSQL keeps the result in a scroll
// cursor (so any row can be fetched without reading those before it);
// SQLite re-reads pages with LIMIT/OFFSET. Rows are counted in the
// background, so rowCount() grows as the result streams in. cancel() stops
// the running statement at once (PQcancel, sqlite3_interrupt).
class SqlConsoleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IsNullRole = Qt::UserRole + 1, LoadedRole };

    static constexpr int DefaultTimeoutMs = 30'000;
    static constexpr int PageSize = 128;

    SqlConsoleModel(const ConnectionSpec &source, QObject *parent = nullptr);
    ~SqlConsoleModel() override;

    // Runs `sql` (? placeholders when params are given). Rows of the
    // previous query stay until the new one has its first rows.
    void run(const QString &sql, const QVariantList &params = {}, int timeoutMs = DefaultTimeoutMs);
    void cancel();
    void setViewport(int first, int count);

    bool isRunning() const { return m_running; }
    bool isComplete() const { return m_complete; }
    qint64 rowsKnown() const { return m_known; }
    const SqlStatement &statement() const { return m_statement; }
    const QStringList &columns() const { return m_columns; }
    const QVariantList *rowValues(int row) const;
    qint64 lastElapsedMs() const { return m_elapsedMs; }
    const Error &lastError() const { return m_error; }
    bool hasError() const { return m_hasError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void started();
    void firstRowsLoaded(qint64 elapsedMs);
    void countChanged(qint64 rows, bool complete);
    void rowsLoaded(int first, int last);
    void failed(const ic::Error &error); // Error::Kind::Cancelled after cancel()
    void runningChanged(bool running);

private:
    struct Job
    {
        bool active = false;
        AuditCancellerPtr canceller;
    };
    void schedule();
    void setRunning(bool running);
    void fail(const Error &error);
    void grow(qint64 known, bool complete);

    SqlExecutor *m_worker;
    Db::Engine m_engine;
    QString m_sql; // the statement as the engine runs it
    QVariantList m_params;
    int m_timeoutMs = DefaultTimeoutMs;
    SqlStatement m_statement;
    QStringList m_columns;
    QHash<int, QList<QVariantList>> m_pages;
    qint64 m_known = 0;
    bool m_complete = true;
    bool m_sessionOpen = false;
    bool m_running = false;
    int m_generation = 0;
    int m_viewFirst = 0, m_viewCount = 0;
    Job m_job;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_hasError = false;
    Error m_error;
};

namespace SqlConsole {

// Whether `sql` is one statement that only reads; the error says why not.
// PostgreSQL: checked by the server (one statement, read-only transaction);
// this catches what can be told from the text, so nothing is sent.
Result<void> checkReadOnly(const QString &sql);

} // namespace SqlConsole
} // namespace ic
