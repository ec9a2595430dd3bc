#pragma once

#include "models/audit/AuditFilter.h"
#include "models/audit/AuditQueries.h"
#include "models/audit/AuditRow.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace ic {

// Which rows of one audit result are in memory, and how to load any other
// page: the page planner behind AuditLogModel, without Qt's model or a
// database. It keeps pages of PageSize rows by position, the key of every
// CheckpointStride-th row as the background index finds them, the row count
// (estimated, then exact) and the result's time span, and from those plans a
// page: continue from a loaded neighbour (never a skipped or repeated row),
// seek from a checkpoint at most 255 rows before it, read backwards from the
// end, or seek by time (flagged approximate until the index gets there).
class AuditPageCache
{
public:
    static constexpr int PageSize = AuditQueries::PageSize;
    static constexpr int Stride = AuditQueries::CheckpointStride;
    // Pages this close to the end of an exactly counted result are read
    // backwards from the end (a short OFFSET) before the index gets there.
    static constexpr qint64 EndReach = 8 * Stride;

    struct Page
    {
        QList<AuditRow> rows;
        bool approximate = false; // placed by time, not by an exact key
        bool stale = false;       // still shown, but to be loaded again at its exact place
        quint64 used = 0;
    };
    struct Plan
    {
        AuditQueries::PageRequest request;
        bool approximate = false;
        bool ready = false; // false: wait (no way to place this page yet)
    };

    // Forgets everything: a new result for `filter` starts.
    void reset(const CompiledFilter &filter);

    qint64 count() const { return m_count; }
    bool isExact() const { return m_exact; }
    bool isIndexDone() const { return m_indexDone; }
    qint64 indexedRows() const; // rows whose exact position is known
    const QList<AuditKey> &checkpoints() const { return m_checkpoints; }
    int pageCount() const;
    int cachedPages() const { return int(m_pages.size()); }
    const Page *page(int n) const;
    const AuditRow *rowAt(qint64 row) const;
    bool hasSpan() const { return m_haveSpan; }

    // What setCount() would keep of `count`: at most the filter's limit and
    // what a Qt model can show.
    qint64 clampCount(qint64 count) const;
    // The new row count (clamped); pages past the end are dropped.
    void setCount(qint64 count);
    void setExact() { m_exact = true; }
    void setIndexDone() { m_indexDone = true; }
    void setCheckpoints(const QList<AuditKey> &keys) { m_checkpoints = keys; }
    void addCheckpoints(const QList<AuditKey> &keys) { m_checkpoints += keys; }
    void setFirstTime(qint64 ms) { m_firstMs = ms; }
    void setLastTime(qint64 ms);

    // Stores a loaded page. A page placed by time is kept, but marked to be
    // loaded again if it could be placed exactly by now; an exact page
    // makes its time-placed neighbours stale (they no longer line up).
    void store(int page, const QList<AuditRow> &rows, bool approximate);
    // Whether a page must be loaded (absent, or shown but stale).
    bool needsLoad(int page) const;
    // Marks the pages of the viewport as just used (they are evicted last).
    void touch(int firstPage, int lastPage);
    // Pages placed by time that can now be placed exactly become stale.
    void markStale();
    // Drops the least recently used pages beyond MaxPages, never those of
    // the viewport or next to it.
    void evict(int firstPage, int lastPage, int maxPages);

    // The pages to have: the viewport's, one page either side, then those
    // asked for through data().
    QList<int> wanted(int viewFirst, int viewCount, const QSet<int> &requested) const;
    Plan plan(int page) const;

private:
    bool placeableExactly(int page) const;
    QString timeKeyText(qint64 ms) const;

    Db::Engine m_engine = Db::Engine::Sqlite;
    bool m_descending = true;
    int m_limit = 0;
    QHash<int, Page> m_pages; // by page number
    quint64 m_useClock = 0;
    qint64 m_count = 0;
    bool m_exact = false;
    bool m_indexDone = false;
    QList<AuditKey> m_checkpoints;
    qint64 m_firstMs = 0, m_lastMs = 0;
    bool m_haveSpan = false;
};

} // namespace ic
