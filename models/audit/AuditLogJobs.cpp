#include "models/audit/AuditLogModel.h"

#include "models/audit/AuditLogging.h"
#include "models/store/SqlExecutor.h"

#include <QPointer>

// AuditLogModel's database jobs: the probe, the catalog, the first page with
// its estimate, the last row (for the time span), the exact count and the
// background index. Each runs on a worker with its own connection and
// answers on the model's thread; the model schedules pages (AuditLogModel.cpp).
namespace ic {

namespace {

constexpr int P = AuditQueries::PageSize;
constexpr int K = AuditQueries::CheckpointStride;

struct FirstPage
{
    QList<AuditRow> rows;
    qint64 estimate = -1;
    std::shared_ptr<const AuditRelation> relation;
};

} // namespace

void AuditLogModel::probe()
{
    m_pageWorker->run<bool>(
        [](QSqlDatabase &db) { return AuditQueries::hasAuditTable(db); }, this,
        [this](Result<bool> r) {
            if (!r) {
                fail(r.error());
            } else if (!r.value()) {
                fail(Error::make(Error::Kind::NotFound,
                                 tr("This database has no audit log (no audit_logs table), "
                                    "and the workspace names no other audit source. "
                                    "Nothing was queried. Connect to the team workspace "
                                    "again and name the database that holds the "
                                    "platform's audit logs.")));
            } else {
                emit sourceReady();
            }
        });
}

void AuditLogModel::loadCatalog()
{
    const int generation = m_generation;
    Q_UNUSED(generation)
    auto canceller = std::make_shared<AuditCanceller>();
    m_scanWorker->run<AuditCatalog>(
        [canceller](QSqlDatabase &db) { return AuditQueries::catalog(db, canceller.get()); }, this,
        [this](Result<AuditCatalog> r) {
            if (!r) {
                // Without a catalog nothing is offered or judged; filters still run.
                qCInfo(lcAudit) << "catalog unavailable:" << r.error().fullText();
                return;
            }
            m_catalog = r.value();
            emit catalogLoaded(m_catalog);
        });
}

void AuditLogModel::startFirstPage()
{
    m_firstJobRunning = true;
    emitLoading();
    auto canceller = std::make_shared<AuditCanceller>();
    m_firstCanceller = canceller;
    const int generation = m_generation;
    const CompiledFilter f = m_compiled;
    std::shared_ptr<const AuditRelation> known = m_relation;
    m_pageWorker->run<FirstPage>(
        [f, canceller, known](QSqlDatabase &db) -> Result<FirstPage> {
            FirstPage out;
            out.relation = known;
            if (!out.relation) {
                // Read once per model (and now and then again): a catalog query.
                auto relation = AuditPartitions::read(db, canceller.get());
                if (!relation)
                    return relation.error();
                out.relation = std::make_shared<const AuditRelation>(relation.value());
            }
            AuditQueries::PageRequest request;
            request.limit = f.limit > 0 ? qMin(P, f.limit) : P;
            auto rows = AuditQueries::fetchPage(db, f, request, canceller.get(), nullptr,
                                                out.relation.get());
            if (!rows)
                return rows.error();
            out.rows = rows.value();
            if (out.rows.size() < request.limit) {
                out.estimate = out.rows.size(); // the whole result is here
                return out;
            }
            auto estimate = AuditQueries::estimate(db, f, canceller.get(), out.relation.get());
            if (estimate)
                out.estimate = estimate.value();
            else if (estimate.error().kind == Error::Kind::Cancelled)
                return estimate.error();
            return out;
        },
        this,
        [this, generation](Result<FirstPage> r) {
            if (generation != m_generation)
                return;
            m_firstJobRunning = false;
            if (!r) {
                if (r.error().kind != Error::Kind::Cancelled)
                    jobFailed(r.error());
                emitLoading();
                return;
            }
            jobSucceeded();
            const FirstPage &first = r.value();
            if (first.relation != m_relation) {
                m_relation = first.relation;
                m_relationAge.start();
                emit relationRead(*m_relation);
            }
            const int n = int(first.rows.size());
            const int requested = m_compiled.limit > 0 ? qMin(P, m_compiled.limit) : P;
            const bool whole = n < requested || (m_compiled.limit > 0 && n == m_compiled.limit);
            qint64 count = whole ? n : qMax<qint64>(first.estimate, n);
            if (m_compiled.limit > 0)
                count = qMin<qint64>(count, m_compiled.limit);
            if (n > 0)
                m_cache.setFirstTime(first.rows.first().timeMs);
            m_cache.store(0, first.rows, false);
            if (whole) {
                m_cache.setExact();
                m_cache.setIndexDone();
                if (n > 0)
                    m_cache.setCheckpoints({first.rows.first().key()});
            }
            if (count > 0) {
                beginInsertRows({}, 0, int(m_cache.clampCount(count) - 1));
                m_cache.setCount(count);
                endInsertRows();
            }
            m_hasError = false;
            emit countChanged(m_cache.count(), m_cache.isExact());
            if (n > 0)
                emit rowsLoaded(0, n - 1);
            emit firstRowsLoaded();
            emitLoading();
            if (!whole) {
                startScan();
                loadTail();
            }
            schedule();
        });
}

void AuditLogModel::loadTail()
{
    if (m_compiled.limit > 0)
        return;
    auto canceller = std::make_shared<AuditCanceller>();
    m_tailCanceller = canceller;
    const int generation = m_generation;
    const CompiledFilter f = m_compiled;
    const std::shared_ptr<const AuditRelation> relation = m_relation;
    m_pageWorker->run<QList<AuditRow>>(
        [f, canceller, relation](QSqlDatabase &db) {
            AuditQueries::PageRequest last;
            last.backward = true;
            last.limit = 1;
            return AuditQueries::fetchPage(db, f, last, canceller.get(), nullptr, relation.get());
        },
        this,
        [this, generation](Result<QList<AuditRow>> r) {
            if (generation != m_generation || !r || r->isEmpty())
                return;
            m_cache.setLastTime(r->first().timeMs);
            schedule();
        });
}

void AuditLogModel::startScan()
{
    m_scanRunning = true;
    auto canceller = std::make_shared<AuditCanceller>();
    m_scanCanceller = canceller;
    const int generation = m_generation;
    const CompiledFilter f = m_compiled;
    m_scanWorker->run<qint64>(
        [f, canceller](QSqlDatabase &db) {
            return AuditQueries::exactCount(db, f, canceller.get());
        },
        this,
        [this, generation](Result<qint64> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_scanRunning = false;
                if (r.error().kind != Error::Kind::Cancelled) {
                    m_scanFailed = true;
                    jobFailed(r.error());
                }
                return;
            }
            jobSucceeded();
            setCount(r.value(), true);
            startIndex();
        });
}

void AuditLogModel::setIndexing(bool enabled)
{
    m_indexing = enabled;
    if (enabled && m_started && m_cache.isExact() && !m_cache.isIndexDone() && !m_scanRunning &&
        !m_firstJobRunning)
        startIndex();
}

void AuditLogModel::startIndex()
{
    if (!m_indexing) {
        m_scanRunning = false;
        return;
    }
    if (m_cache.count() <= P) {
        m_scanRunning = false;
        m_cache.setIndexDone();
        emit indexProgress(m_cache.count());
        return;
    }
    m_scanRunning = true;
    AuditCancellerPtr canceller = m_scanCanceller;
    if (!canceller || canceller->isCancelled()) {
        canceller = std::make_shared<AuditCanceller>();
        m_scanCanceller = canceller;
    }
    const int generation = m_generation;
    const CompiledFilter f = m_compiled;
    SqlExecutor *worker = m_scanWorker; // outlives its jobs
    const QPointer<QObject> self(this);
    // After an interruption (a lost connection), on from the last key found.
    const QList<AuditKey> &known = m_cache.checkpoints();
    const AuditKey resume = known.isEmpty() ? AuditKey{} : known.constLast();
    const qint64 resumeRow = known.isEmpty() ? 0 : qint64(known.size() - 1) * K;
    m_scanWorker->run<qint64>(
        [f, canceller, worker, self, generation, resume, resumeRow](QSqlDatabase &db) {
            return AuditQueries::buildIndex(
                db, f, canceller.get(),
                [&](const QList<AuditKey> &keys) {
                    worker->deliver(self, [self, generation, keys] {
                        static_cast<AuditLogModel *>(self.data())
                            ->checkpointsArrived(generation, keys);
                    });
                },
                resume, resumeRow);
        },
        this,
        [this, generation](Result<qint64> r) {
            if (generation != m_generation)
                return;
            m_scanRunning = false;
            if (!r) {
                if (r.error().kind != Error::Kind::Cancelled) {
                    m_scanFailed = true;
                    jobFailed(r.error());
                }
                return;
            }
            m_cache.setIndexDone();
            m_cache.markStale();
            emit indexProgress(m_cache.count());
            schedule();
        });
}

void AuditLogModel::checkpointsArrived(int generation, const QList<AuditKey> &keys)
{
    if (generation != m_generation)
        return;
    // Row 0's key is part of the first batch; keep the list in row order.
    jobSucceeded();
    m_cache.addCheckpoints(keys);
    m_cache.markStale();
    emit indexProgress(indexedRows());
    schedule();
}

} // namespace ic
