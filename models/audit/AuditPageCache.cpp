#include "models/audit/AuditPageCache.h"

#include <QDateTime>

#include <limits>

namespace ic {

namespace {
constexpr int P = AuditPageCache::PageSize;
constexpr int K = AuditPageCache::Stride;
} // namespace

void AuditPageCache::reset(const CompiledFilter &filter)
{
    *this = AuditPageCache();
    m_engine = filter.engine;
    m_descending = filter.descending;
    m_limit = filter.limit;
}

qint64 AuditPageCache::indexedRows() const
{
    if (m_indexDone)
        return m_count;
    return qMin(m_count, qint64(m_checkpoints.size()) * K);
}

int AuditPageCache::pageCount() const
{
    return m_count == 0 ? 0 : int((m_count - 1) / P) + 1;
}

const AuditPageCache::Page *AuditPageCache::page(int n) const
{
    const auto it = m_pages.constFind(n);
    return it == m_pages.constEnd() ? nullptr : &*it;
}

const AuditRow *AuditPageCache::rowAt(qint64 row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const Page *p = page(int(row / P));
    if (!p)
        return nullptr;
    const int i = int(row % P);
    return i < p->rows.size() ? &p->rows.at(i) : nullptr;
}

qint64 AuditPageCache::clampCount(qint64 count) const
{
    if (m_limit > 0)
        count = qMin<qint64>(count, m_limit);
    return qBound(qint64(0), count, qint64(std::numeric_limits<int>::max()));
}

void AuditPageCache::setCount(qint64 count)
{
    count = clampCount(count);
    if (count < m_count) {
        const int lastPage = count == 0 ? -1 : int((count - 1) / P);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage)
                it = m_pages.erase(it);
            else
                ++it;
        }
    }
    m_count = count;
}

void AuditPageCache::setLastTime(qint64 ms)
{
    m_lastMs = ms;
    m_haveSpan = true;
}

void AuditPageCache::store(int page, const QList<AuditRow> &rows, bool approximate)
{
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
}

bool AuditPageCache::needsLoad(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() || it->stale;
}

void AuditPageCache::touch(int firstPage, int lastPage)
{
    for (int p = firstPage; p <= lastPage; ++p) {
        auto it = m_pages.find(p);
        if (it != m_pages.end())
            it->used = ++m_useClock;
    }
}

bool AuditPageCache::placeableExactly(int page) const
{
    const qint64 start = qint64(page) * P;
    return m_indexDone || start / K < m_checkpoints.size() ||
           (m_exact && m_limit == 0 && m_count - start <= EndReach);
}

void AuditPageCache::markStale()
{
    // Pages placed by time are shown until their exact rows arrive.
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->approximate && placeableExactly(it.key()))
            it->stale = true;
    }
}

void AuditPageCache::evict(int firstPage, int lastPage, int maxPages)
{
    while (m_pages.size() > maxPages) {
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

QList<int> AuditPageCache::wanted(int viewFirst, int viewCount, const QSet<int> &requested) const
{
    QList<int> out;
    const int pages = pageCount();
    if (pages == 0)
        return out;
    auto add = [&](int p) {
        if (p >= 0 && p < pages && !out.contains(p))
            out << p;
    };
    if (viewCount > 0) {
        const int firstPage = viewFirst / P;
        const int lastPage = (viewFirst + viewCount - 1) / P;
        for (int p = firstPage; p <= lastPage && p < pages; ++p)
            add(p);
        add(lastPage + 1); // the next page before it is needed
        add(firstPage - 1);
    }
    for (int p : requested)
        add(p);
    return out;
}

AuditPageCache::Plan AuditPageCache::plan(int page) const
{
    Plan out;
    const qint64 start = qint64(page) * P;
    const bool limited = m_limit > 0;
    qint64 n = P;
    if (limited)
        n = qMin<qint64>(n, m_limit - start);
    if (m_exact)
        n = qMin<qint64>(n, m_count - start);
    if (n <= 0)
        return out;
    out.request.limit = int(n);
    auto usable = [&](int q) -> const Page * {
        const Page *p = this->page(q);
        return p && !p->stale && !p->rows.isEmpty() ? p : nullptr;
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
        out.request.key = {timeKeyText(t), m_descending ? std::numeric_limits<qint64>::max()
                                                        : std::numeric_limits<qint64>::min()};
        out.request.inclusive = true;
        out.approximate = true;
        return out;
    }
    out.ready = false;
    return out;
}

QString AuditPageCache::timeKeyText(qint64 ms) const
{
    const QString t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    return m_engine == Db::Engine::Postgres ? t + QStringLiteral("+00") : t;
}

} // namespace ic
