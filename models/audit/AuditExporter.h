#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditSql.h"
#include "models/store/ConnectionProfile.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace ic {

class SqlExecutor;

// Streams a result to a file (CSV or JSON Lines) on its own worker and
// connection, with progress, bounded memory and cancel. PostgreSQL results
// come through COPY ... TO STDOUT, the same path psql's \copy takes; the
// filter's values are bound with set_config() and read back in the COPY's
// query with current_setting(), so they never become SQL text. The file
// appears only when complete (QSaveFile); a cancelled or failed export
// leaves nothing behind.
class AuditExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, JsonLines };

    explicit AuditExporter(const ConnectionSpec &source, QObject *parent = nullptr);
    ~AuditExporter() override;

    // `expectedRows` only scales the progress (-1: unknown).
    void exportFilter(const CompiledFilter &filter, Format format, const QString &path,
                      qint64 expectedRows = -1);
    // A console query (read-only; ? placeholders when params are given).
    void exportQuery(const QString &sql, const QVariantList &params, Format format,
                     const QString &path, qint64 expectedRows = -1);
    void cancel();
    bool isRunning() const { return m_running; }

    using Progress = std::function<void(qint64 rows)>;
    // The same, synchronously on this thread's connection (the worker, tests, ic_bench).
    static Result<qint64> writeFilter(QSqlDatabase &db, const CompiledFilter &filter, Format format,
                                      const QString &path, AuditCanceller *canceller,
                                      const Progress &progress = {});
    static Result<qint64> writeQuery(QSqlDatabase &db, const QString &sql,
                                     const QVariantList &params, Format format, const QString &path,
                                     AuditCanceller *canceller, const Progress &progress = {});

signals:
    void progress(qint64 rows, qint64 expected);
    void finished(qint64 rows, const QString &path, qint64 elapsedMs);
    void failed(const ic::Error &error); // Error::Kind::Cancelled after cancel()

private:
    void
    start(std::function<Result<qint64>(QSqlDatabase &, AuditCanceller *, const Progress &)> job,
          const QString &path, qint64 expectedRows);

    SqlExecutor *m_worker;
    AuditCancellerPtr m_canceller;
    bool m_running = false;
    int m_generation = 0;
    QElapsedTimer m_clock;
};

} // namespace ic
