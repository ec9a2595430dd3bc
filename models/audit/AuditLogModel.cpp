#include "models/audit/AuditLogModel.h"

#include "models/audit/AuditLogging.h"
#include "models/core/Clock.h"
#include "models/store/SqlExecutor.h"

#include <QPointer>
#include <QTimer>

#include <limits>

namespace ic {

namespace {

constexpr int P = AuditQueries::PageSize;
// A page job the viewport moved away from is cancelled after this long.
constexpr qint64 AbandonAfterMs = 30;

} // namespace

AuditLogModel::AuditLogModel(const ConnectionSpec &source, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock)
{
    qRegisterMetaType<ic::AuditCatalog>();
    qRegisterMetaType<ic::Error>();
    qRegisterMetaType<ic::AuditRelation>();
    ConnectionSpec spec = source;
    // PostgreSQL: read-only sessions. SQLite: query_only (set per connection),
    // since a read-only open of a WAL file can fail where reading would not.
    spec.readOnly = source.kind == ConnectionProfile::Kind::Postgres;
    m_engine = source.kind == ConnectionProfile::Kind::Postgres ? Db::Engine::Postgres
                                                                : Db::Engine::Sqlite;
    m_pageWorker = new SqlExecutor(spec, QStringLiteral("audit-pages"), this);
    m_scanWorker = new SqlExecutor(spec, QStringLiteral("audit-scan"), this);
    m_timeHeader = tr("Time (%1)").arg(AuditTime::localZoneLabel());
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &AuditLogModel::retry);
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
    // Partitions come and go (pg_partman adds one a day): read them again now and then.
    if (m_relation && m_relationAge.elapsed() > 5 * 60'000)
        m_relation.reset();
    m_reconnectTimer->stop();
    m_reconnectAttempt = 0;
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
        const std::shared_ptr<const AuditRelation> relation = m_relation;
        m_pageWorker->run<QList<AuditRow>>(
            [f, request, canceller, relation](QSqlDatabase &db) {
                return AuditQueries::fetchPage(db, f, request, canceller.get(), nullptr,
                                               relation.get());
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
            jobFailed(r.error());
        }
        emitLoading();
        schedule();
        return;
    }
    jobSucceeded();
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

void AuditLogModel::jobFailed(const Error &error)
{
    if (error.kind != Error::Kind::Unreachable || m_reconnectWindowMs <= 0) {
        fail(error);
        return;
    }
    if (m_reconnectAttempt == 0)
        m_reconnectSince.start();
    if (m_reconnectSince.elapsed() > m_reconnectWindowMs) {
        m_reconnectAttempt = 0;
        fail(error);
        return;
    }
    if (m_reconnectTimer->isActive())
        return; // both workers lost their connection: one retry does for both
    ++m_reconnectAttempt;
    qCInfo(lcAudit) << "audit source lost, reconnecting (attempt" << m_reconnectAttempt
                    << "):" << error.fullText();
    m_reconnectTimer->start(qMin(4000, 250 << qMin(m_reconnectAttempt - 1, 4)));
    emit reconnecting(m_reconnectAttempt, error);
}

void AuditLogModel::jobSucceeded()
{
    if (m_reconnectAttempt == 0)
        return;
    m_reconnectAttempt = 0;
    qCInfo(lcAudit) << "audit source reconnected";
    emit reconnected();
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
