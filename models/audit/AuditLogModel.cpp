#include "models/audit/AuditLogModel.h"

#include "models/audit/AuditLogging.h"
#include "models/core/Clock.h"
#include "models/store/SqlExecutor.h"

#include <QPointer>

#include <limits>

namespace ic {

namespace {

constexpr int P = AuditQueries::PageSize;
// A page job the viewport moved away from is cancelled after this long.
constexpr qint64 AbandonAfterMs = 30;

struct FirstPage
{
    QList<AuditRow> rows;
    qint64 estimate = -1;
};

} // namespace

AuditLogModel::AuditLogModel(const ConnectionSpec &source, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{
    qRegisterMetaType<ic::AuditCatalog>();
    qRegisterMetaType<ic::Error>();
    ConnectionSpec spec = source;
    // PostgreSQL: read-only sessions. SQLite: query_only (set per connection),
    // since a read-only open of a WAL file can fail where reading would not.
    spec.readOnly = source.kind == ConnectionProfile::Kind::Postgres;
    m_engine = source.kind == ConnectionProfile::Kind::Postgres ? Db::Engine::Postgres
                                                                : Db::Engine::Sqlite;
    m_pageWorker = new SqlExecutor(spec, QStringLiteral("audit-pages"), this);
    m_scanWorker = new SqlExecutor(spec, QStringLiteral("audit-scan"), this);
    m_timeHeader = tr("Time (%1)").arg(AuditTime::localZoneLabel());
}

AuditLogModel::~AuditLogModel()
{
    // Stop the current jobs and let the workers end on their own: deleting
    // them here would make the window wait for the server to notice the
    // cancel (33 ms measured when leaving a 100 M-row count).
    cancelJobs();
    m_pageWorker->retire();
    m_scanWorker->retire();
}

void AuditLogModel::cancelJobs()
{
    for (const AuditCancellerPtr &c :
         {m_pageJob.canceller, m_scanCanceller, m_firstCanceller, m_tailCanceller}) {
        if (c)
            c->cancel();
    }
}

QList<FieldProblem> AuditLogModel::setFilter(const AuditFilter &filter)
{
    const QDateTime now = m_clock.now();
    AuditCatalog known = m_catalog;
    known.metadataKeys += m_knownKeys;
    const QList<FieldProblem> problems = AuditFilters::validate(filter, now, &known);
    if (!problems.isEmpty())
        return problems;

    cancelJobs();
    beginResetModel();
    m_filter = filter;
    m_compiled = AuditFilters::compile(filter, m_engine, now);
    ++m_generation;
    m_started = true;
    m_paused = false;
    m_cache.reset(m_compiled);
    m_requested.clear();
    m_failedPages.clear();
    m_scanRunning = false;
    m_scanFailed = false;
    m_hasError = false;
    m_pageJob = {};
    AuditQueries::PageRequest first;
    first.limit = m_compiled.limit > 0 ? qMin(P, m_compiled.limit) : P;
    m_statement = AuditQueries::pageStatement(m_compiled, first);
    endResetModel();
    emit countChanged(0, false);
    emit resultStarted();
    if (m_compiled.matchesNothing) {
        m_cache.setExact();
        m_cache.setIndexDone();
        emit countChanged(0, true);
        emit firstRowsLoaded();
        emitLoading();
        return {};
    }
    startFirstPage();
    return {};
}

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
    m_pageWorker->run<FirstPage>(
        [f, canceller](QSqlDatabase &db) -> Result<FirstPage> {
            AuditQueries::PageRequest request;
            request.limit = f.limit > 0 ? qMin(P, f.limit) : P;
            auto rows = AuditQueries::fetchPage(db, f, request, canceller.get());
            if (!rows)
                return rows.error();
            FirstPage out;
            out.rows = rows.value();
            if (out.rows.size() < request.limit) {
                out.estimate = out.rows.size(); // the whole result is here
                return out;
            }
            auto estimate = AuditQueries::estimate(db, f, canceller.get());
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
                    fail(r.error());
                emitLoading();
                return;
            }
            const FirstPage &first = r.value();
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
    m_pageWorker->run<QList<AuditRow>>(
        [f, canceller](QSqlDatabase &db) {
            AuditQueries::PageRequest last;
            last.backward = true;
            last.limit = 1;
            return AuditQueries::fetchPage(db, f, last, canceller.get());
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
                    fail(r.error());
                }
                return;
            }
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
    m_scanWorker->run<qint64>(
        [f, canceller, worker, self, generation](QSqlDatabase &db) {
            return AuditQueries::buildIndex(db, f, canceller.get(),
                                            [&](const QList<AuditKey> &keys) {
                                                worker->deliver(self, [self, generation, keys] {
                                                    static_cast<AuditLogModel *>(self.data())
                                                        ->checkpointsArrived(generation, keys);
                                                });
                                            });
        },
        this,
        [this, generation](Result<qint64> r) {
            if (generation != m_generation)
                return;
            m_scanRunning = false;
            if (!r) {
                if (r.error().kind != Error::Kind::Cancelled) {
                    m_scanFailed = true;
                    fail(r.error());
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
    m_cache.addCheckpoints(keys);
    m_cache.markStale();
    emit indexProgress(indexedRows());
    schedule();
}

void AuditLogModel::setCount(qint64 count, bool exact)
{
    count = m_cache.clampCount(count);
    const qint64 before = m_cache.count();
    if (count > before) {
        beginInsertRows({}, int(before), int(count - 1));
        m_cache.setCount(count);
        endInsertRows();
    } else if (count < before) {
        beginRemoveRows({}, int(count), int(before - 1));
        m_cache.setCount(count);
        endRemoveRows();
    }
    if (exact)
        m_cache.setExact();
    m_cache.markStale(); // pages placed from the estimated end can now be placed exactly
    emit countChanged(m_cache.count(), m_cache.isExact());
    schedule();
}

void AuditLogModel::schedule()
{
    if (!m_started || m_paused || m_firstJobRunning || m_pageJob.page >= 0)
        return;
    for (int page : m_cache.wanted(m_viewFirst, m_viewCount, m_requested)) {
        if (m_failedPages.contains(page) || !m_cache.needsLoad(page))
            continue;
        const AuditPageCache::Plan pl = m_cache.plan(page);
        if (!pl.ready)
            continue;
        m_requested.remove(page);
        auto canceller = std::make_shared<AuditCanceller>();
        m_pageJob.page = page;
        m_pageJob.generation = m_generation;
        m_pageJob.canceller = canceller;
        m_pageJob.started.start();
        const int generation = m_generation;
        const CompiledFilter f = m_compiled;
        const AuditQueries::PageRequest request = pl.request;
        const bool approximate = pl.approximate;
        m_pageWorker->run<QList<AuditRow>>(
            [f, request, canceller](QSqlDatabase &db) {
                return AuditQueries::fetchPage(db, f, request, canceller.get());
            },
            this,
            [this, generation, page, approximate, request](Result<QList<AuditRow>> r) {
                pageArrived(generation, page, approximate, request.limit, std::move(r));
            });
        emitLoading();
        return;
    }
}

void AuditLogModel::pageArrived(int generation, int page, bool approximate, int requested,
                                Result<QList<AuditRow>> r)
{
    if (generation != m_generation)
        return;
    if (m_pageJob.page == page && m_pageJob.generation == generation)
        m_pageJob = {};
    if (!r) {
        if (r.error().kind != Error::Kind::Cancelled) {
            m_failedPages.insert(page);
            fail(r.error());
        }
        emitLoading();
        schedule();
        return;
    }
    const QList<AuditRow> rows = r.value();
    const qint64 start = qint64(page) * P;
    m_cache.store(page, rows, approximate);
    if (!approximate && rows.size() < requested && page > 0) {
        // The result ends inside this page: now the count is exact.
        setCount(start + rows.size(), true);
    }
    if (!rows.isEmpty() && start < m_cache.count()) {
        const int last = int(qMin<qint64>(start + rows.size(), m_cache.count()) - 1);
        emit dataChanged(index(int(start), 0), index(last, ColumnCount - 1));
        emit rowsLoaded(int(start), last);
    }
    const int firstPage = m_viewFirst / P;
    m_cache.evict(firstPage, m_viewCount > 0 ? (m_viewFirst + m_viewCount - 1) / P : firstPage,
                  MaxCachedPages);
    emitLoading();
    schedule();
}

void AuditLogModel::setViewport(int first, int count)
{
    m_viewFirst = qMax(0, first);
    m_viewCount = qMax(0, count);
    m_paused = false;
    const int firstPage = m_viewFirst / P;
    const int lastPage = (m_viewFirst + qMax(1, m_viewCount) - 1) / P;
    m_cache.touch(firstPage, lastPage);
    // A page the viewport left long ago should not hold up the one it shows now.
    if (m_pageJob.page >= 0 && (m_pageJob.page < firstPage - 1 || m_pageJob.page > lastPage + 1) &&
        m_pageJob.started.elapsed() > AbandonAfterMs && m_pageJob.canceller)
        m_pageJob.canceller->cancel();
    schedule();
}

void AuditLogModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    if (m_requested.size() > 16)
        m_requested.clear();
    m_requested.insert(page);
    if (m_scheduleQueued)
        return;
    m_scheduleQueued = true;
    auto *self = const_cast<AuditLogModel *>(this);
    QMetaObject::invokeMethod(
        self,
        [self] {
            self->m_scheduleQueued = false;
            self->schedule();
        },
        Qt::QueuedConnection);
}

void AuditLogModel::retry()
{
    if (!m_started)
        return;
    m_hasError = false;
    m_paused = false;
    m_failedPages.clear();
    if (m_firstJobRunning)
        return;
    if (m_cache.cachedPages() == 0 && !m_cache.isExact()) {
        startFirstPage();
        return;
    }
    if (m_scanFailed && !m_scanRunning) {
        m_scanFailed = false;
        if (!m_cache.isExact())
            startScan();
        else if (!m_cache.isIndexDone())
            startIndex();
    }
    if (!m_cache.hasSpan() && !m_cache.isIndexDone())
        loadTail();
    schedule();
}

void AuditLogModel::cancel()
{
    m_paused = true;
    cancelJobs();
    m_scanRunning = false;
    emitLoading();
}

void AuditLogModel::fail(const Error &error)
{
    m_hasError = true;
    m_error = error;
    qCInfo(lcAudit) << "audit query failed:" << error.message;
    emit failed(error);
}

void AuditLogModel::emitLoading()
{
    const bool loading = isLoading();
    if (loading != m_lastLoading) {
        m_lastLoading = loading;
        emit loadingChanged(loading);
    }
}

const AuditRow *AuditLogModel::rowAt(int row) const
{
    return m_cache.rowAt(row);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cache.count());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cache.count() || index.column() >= ColumnCount)
        return {};
    const int page = index.row() / P;
    const AuditPageCache::Page *it = m_cache.page(page);
    if (!it) {
        if (role == Qt::DisplayRole)
            requestPage(page);
        if (role == LoadedRole || role == ApproximateRole)
            return false;
        return {};
    }
    const int i = index.row() % P;
    if (role == LoadedRole)
        return true;
    if (role == ApproximateRole)
        return it->approximate;
    if (i >= it->rows.size())
        return {}; // placed by time near the end, where fewer rows were found
    const AuditRow &r = it->rows.at(i);
    if (role == RowIdRole)
        return r.id;
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    const bool tip = role == Qt::ToolTipRole;
    if (!display && !raw && !tip)
        return {};
    auto value = [&]() -> QString {
        switch (index.column()) {
        case TimeColumn:
            return raw ? r.time : r.timeText;
        case EventColumn:
            return r.event;
        case UserColumn:
            return r.userId;
        case TenantColumn:
            return r.tenantId;
        case ApiKeyColumn:
            return r.apiKeyId;
        case IpColumn:
            return r.ip;
        case QueryColumn:
            return r.query;
        case MetadataColumn:
            return r.metadata;
        case IdColumn:
            return QString::number(r.id);
        }
        return {};
    };
    QString v = value();
    if (tip) {
        if (index.column() == TimeColumn)
            return tr("%1 local, %2 UTC").arg(r.timeText, AuditTime::iso(r.time));
        if (v.size() > 2000)
            v = v.left(2000) + QChar(0x2026);
    }
    return v;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TimeColumn:
        return m_timeHeader;
    case EventColumn:
        return tr("Event");
    case UserColumn:
        return tr("User");
    case TenantColumn:
        return tr("Tenant");
    case ApiKeyColumn:
        return tr("API key");
    case IpColumn:
        return tr("IP");
    case QueryColumn:
        return tr("Query");
    case MetadataColumn:
        return tr("Metadata");
    case IdColumn:
        return tr("ID");
    }
    return {};
}

} // namespace ic
