#include "models/audit/AuditLogModel.h"

#include "models/audit/AuditLogging.h"
#include "models/core/Clock.h"
#include "models/store/SqlExecutor.h"

#include <QPointer>

#include <limits>

namespace ic {

namespace {

constexpr int P = AuditQueries::PageSize;
constexpr int K = AuditQueries::CheckpointStride;
// Pages this close to the end of an exactly counted result are read
// backwards from the end (a short OFFSET) before the index gets there.
constexpr qint64 EndReach = 8 * K;
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
    m_pages.clear();
    m_requested.clear();
    m_failedPages.clear();
    m_checkpoints.clear();
    m_count = 0;
    m_exact = false;
    m_indexDone = false;
    m_scanRunning = false;
    m_scanFailed = false;
    m_haveSpan = false;
    m_hasError = false;
    m_pageJob = {};
    AuditQueries::PageRequest first;
    first.limit = m_compiled.limit > 0 ? qMin(P, m_compiled.limit) : P;
    m_statement = AuditQueries::pageStatement(m_compiled, first);
    endResetModel();
    emit countChanged(0, false);
    emit resultStarted();
    if (m_compiled.matchesNothing) {
        m_exact = true;
        m_indexDone = true;
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
                m_firstMs = first.rows.first().timeMs;
            m_pages.insert(0, Page{first.rows, false, false, ++m_useClock});
            if (whole) {
                m_exact = true;
                m_indexDone = true;
                if (n > 0)
                    m_checkpoints = {first.rows.first().key()};
            }
            if (count > 0) {
                beginInsertRows({}, 0,
                                int(qMin<qint64>(count, std::numeric_limits<int>::max()) - 1));
                m_count = count;
                endInsertRows();
            }
            m_hasError = false;
            emit countChanged(m_count, m_exact);
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
            m_lastMs = r->first().timeMs;
            m_haveSpan = true;
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
    if (enabled && m_started && m_exact && !m_indexDone && !m_scanRunning && !m_firstJobRunning)
        startIndex();
}

void AuditLogModel::startIndex()
{
    if (!m_indexing) {
        m_scanRunning = false;
        return;
    }
    if (m_count <= P) {
        m_scanRunning = false;
        m_indexDone = true;
        emit indexProgress(m_count);
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
            m_indexDone = true;
            markStale();
            emit indexProgress(m_count);
            schedule();
        });
}

void AuditLogModel::checkpointsArrived(int generation, const QList<AuditKey> &keys)
{
    if (generation != m_generation)
        return;
    // Row 0's key is part of the first batch; keep the list in row order.
    m_checkpoints += keys;
    markStale();
    emit indexProgress(indexedRows());
    schedule();
}

qint64 AuditLogModel::indexedRows() const
{
    if (m_indexDone)
        return m_count;
    return qMin(m_count, qint64(m_checkpoints.size()) * K);
}

bool AuditLogModel::placeableExactly(int page) const
{
    const qint64 start = qint64(page) * P;
    return m_indexDone || start / K < m_checkpoints.size() ||
           (m_exact && m_compiled.limit == 0 && m_count - start <= EndReach);
}

void AuditLogModel::markStale()
{
    // Pages placed by time are shown until their exact rows arrive.
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->approximate && placeableExactly(it.key()))
            it->stale = true;
    }
}

void AuditLogModel::setCount(qint64 count, bool exact)
{
    if (m_compiled.limit > 0)
        count = qMin<qint64>(count, m_compiled.limit);
    const qint64 maxRows = std::numeric_limits<int>::max();
    count = qMin(count, maxRows);
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(count - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, int(count), int(m_count - 1));
        m_count = count;
        const int lastPage = count == 0 ? -1 : int((count - 1) / P);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    m_exact = m_exact || exact;
    markStale(); // pages placed from the estimated end can now be placed exactly
    emit countChanged(m_count, m_exact);
    schedule();
}

int AuditLogModel::pageCount() const
{
    return m_count == 0 ? 0 : int((m_count - 1) / P) + 1;
}

QList<int> AuditLogModel::wantedPages() const
{
    QList<int> out;
    const int pages = pageCount();
    if (pages == 0)
        return out;
    auto add = [&](int p) {
        if (p >= 0 && p < pages && !out.contains(p))
            out << p;
    };
    if (m_viewCount > 0) {
        const int firstPage = m_viewFirst / P;
        const int lastPage = (m_viewFirst + m_viewCount - 1) / P;
        for (int p = firstPage; p <= lastPage && p < pages; ++p)
            add(p);
        add(lastPage + 1); // the next page before it is needed
        add(firstPage - 1);
    }
    for (int p : m_requested)
        add(p);
    return out;
}

AuditLogModel::Plan AuditLogModel::plan(int page) const
{
    Plan out;
    const qint64 start = qint64(page) * P;
    const bool limited = m_compiled.limit > 0;
    qint64 n = P;
    if (limited)
        n = qMin<qint64>(n, m_compiled.limit - start);
    if (m_exact)
        n = qMin<qint64>(n, m_count - start);
    if (n <= 0)
        return out;
    out.request.limit = int(n);
    auto usable = [&](int q) -> const Page * {
        const auto it = m_pages.constFind(q);
        return it != m_pages.constEnd() && !it->stale && !it->rows.isEmpty() ? &*it : nullptr;
    };
    out.ready = true;
    if (page == 0)
        return out;
    // Continue from a neighbour: exact if it is, and never a skipped or repeated row.
    if (const Page *prev = usable(page - 1); prev && prev->rows.size() == P) {
        out.request.key = prev->rows.constLast().key();
        out.approximate = prev->approximate;
        return out;
    }
    if (const Page *next = usable(page + 1)) {
        out.request.key = next->rows.constFirst().key();
        out.request.backward = true;
        out.request.limit = P;
        out.approximate = next->approximate;
        return out;
    }
    // A checkpoint at most 255 rows before the page.
    const qint64 cp = start / K;
    if (cp < m_checkpoints.size()) {
        out.request.key = m_checkpoints.at(cp);
        out.request.inclusive = true;
        out.request.offset = int(start - cp * K);
        return out;
    }
    if (limited) {
        out.ready = false; // the index will get there
        return out;
    }
    // Near the end: backwards from the last row.
    if (m_exact && m_count - start <= EndReach) {
        out.request.backward = true;
        out.request.offset = int(m_count - (start + n));
        return out;
    }
    if (!m_exact && page == pageCount() - 1) {
        out.request.backward = true;
        out.approximate = true;
        return out;
    }
    // Not indexed yet: seek by time, the position mapped onto the time span.
    if (m_haveSpan && m_count > 0) {
        const double share = double(start) / double(m_count);
        const qint64 t = m_firstMs + qint64(double(m_lastMs - m_firstMs) * share);
        out.request.key = {timeKeyText(t), m_compiled.descending
                                               ? std::numeric_limits<qint64>::max()
                                               : std::numeric_limits<qint64>::min()};
        out.request.inclusive = true;
        out.approximate = true;
        return out;
    }
    out.ready = false;
    return out;
}

QString AuditLogModel::timeKeyText(qint64 ms) const
{
    const QString t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    return m_engine == Db::Engine::Postgres ? t + QStringLiteral("+00") : t;
}

void AuditLogModel::schedule()
{
    if (!m_started || m_paused || m_firstJobRunning || m_pageJob.page >= 0)
        return;
    for (int page : wantedPages()) {
        if (m_failedPages.contains(page))
            continue;
        const auto it = m_pages.constFind(page);
        if (it != m_pages.constEnd() && !it->stale)
            continue;
        const Plan pl = plan(page);
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
    // Placed by time while the index was catching up: shown, and reloaded
    // exactly if the index got there in the meantime.
    m_pages.insert(page,
                   Page{rows, approximate, approximate && placeableExactly(page), ++m_useClock});
    if (!approximate) {
        // Neighbours placed by time no longer line up with an exact page.
        for (int q : {page - 1, page + 1}) {
            auto it = m_pages.find(q);
            if (it != m_pages.end() && it->approximate)
                it->stale = true;
        }
    }
    if (!approximate && rows.size() < requested && page > 0) {
        // The result ends inside this page: now the count is exact.
        setCount(start + rows.size(), true);
    }
    if (!rows.isEmpty() && start < m_count) {
        const int last = int(qMin<qint64>(start + rows.size(), m_count) - 1);
        emit dataChanged(index(int(start), 0), index(last, ColumnCount - 1));
        emit rowsLoaded(int(start), last);
    }
    evict();
    emitLoading();
    schedule();
}

void AuditLogModel::evict()
{
    const int firstPage = m_viewFirst / P;
    const int lastPage = m_viewCount > 0 ? (m_viewFirst + m_viewCount - 1) / P : firstPage;
    while (m_pages.size() > MaxCachedPages) {
        int victim = -1;
        quint64 oldest = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
            if (it.key() >= firstPage - 1 && it.key() <= lastPage + 1)
                continue;
            if (it->used < oldest) {
                oldest = it->used;
                victim = it.key();
            }
        }
        if (victim < 0)
            break;
        m_pages.remove(victim);
    }
}

void AuditLogModel::setViewport(int first, int count)
{
    m_viewFirst = qMax(0, first);
    m_viewCount = qMax(0, count);
    m_paused = false;
    const int firstPage = m_viewFirst / P;
    const int lastPage = (m_viewFirst + qMax(1, m_viewCount) - 1) / P;
    for (int p = firstPage; p <= lastPage; ++p) {
        auto it = m_pages.find(p);
        if (it != m_pages.end())
            it->used = ++m_useClock;
    }
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
    if (m_pages.isEmpty() && !m_exact) {
        startFirstPage();
        return;
    }
    if (m_scanFailed && !m_scanRunning) {
        m_scanFailed = false;
        if (!m_exact)
            startScan();
        else if (!m_indexDone)
            startIndex();
    }
    if (!m_haveSpan && !m_indexDone)
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
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto it = m_pages.constFind(row / P);
    if (it == m_pages.constEnd())
        return nullptr;
    const int i = row % P;
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() >= ColumnCount)
        return {};
    const int page = index.row() / P;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
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
