// audit.*: the audit log explorer on a large audit log, against the peers
// a Qt developer would reach for first (QSqlQueryModel), the database's own
// time for the same SQL (EXPLAIN ANALYZE) and the floor for pulling rows out
// of PostgreSQL (psql \copy). PostgreSQL figures carry plain names,
// SQLite's are prefixed audit.sqlite. See README.md.
#include "Bench.h"

#include "AuditLayout.h"
#include "PgServer.h"
#include "models/audit/AuditExporter.h"
#include "models/audit/AuditLogModel.h"
#include "models/audit/AuditQueries.h"
#include "models/audit/AuditSql.h"
#include "models/core/Clock.h"
#include "models/demo/DemoData.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace ic::bench {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

double nowMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` holds (no sleeping between checks: a
// result from a worker wakes the loop at once).
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120'000)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        loop.processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents, 50);
    }
    return true;
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// The longest time the main (UI) thread went without running its event
// loop, from a 1 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const double t = nowMs(m_clock);
            if (m_last > 0 && t - m_last > m_max) {
                m_max = t - m_last;
                m_maxPhase = m_phase;
            }
            m_last = t;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void pause()
    {
        m_timer.stop();
        m_last = 0;
    }
    void resume()
    {
        m_last = 0;
        m_timer.start();
    }
    double max() const { return m_max; }
    // Where the longest stall happened, for the log.
    void setPhase(const char *phase) { m_phase = phase; }
    const char *maxPhase() const { return m_maxPhase; }

private:
    const char *m_phase = "";
    const char *m_maxPhase = "";
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_max = 0;
};

// The machine's own floor for the stall figure: the longest gap between the
// same 1 ms ticks while two threads keep both cores busy (as the database
// server and an export worker do during an export on this 2-core machine).
double stallFloorMs(int ms)
{
    std::atomic<bool> stop{false};
    std::vector<std::thread> busy;
    for (int i = 0; i < 2; ++i) {
        busy.emplace_back([&stop] {
            volatile quint64 n = 0;
            while (!stop.load(std::memory_order_relaxed))
                n = n + 1;
        });
    }
    StallMeter floor;
    floor.start();
    QElapsedTimer t;
    t.start();
    waitUntil([&] { return t.elapsed() >= ms; });
    floor.pause();
    stop = true;
    for (std::thread &b : busy)
        b.join();
    return floor.max();
}

bool loaded(const AuditLogModel &m, int first, int count)
{
    for (int r = first; r < first + count && r < m.rowCount(); ++r) {
        if (!m.rowAt(r) || m.data(m.index(r, 0), AuditLogModel::ApproximateRole).toBool())
            return false;
    }
    return true;
}

// Time from setViewport() until every row of it is loaded (approximate rows
// count when `exactOnly` is false).
double timeViewport(AuditLogModel &m, int first, int count, bool exactOnly = true)
{
    QElapsedTimer t;
    t.start();
    m.setViewport(first, count);
    const bool ok = waitUntil([&] {
        if (exactOnly)
            return loaded(m, first, count);
        for (int r = first; r < first + count && r < m.rowCount(); ++r) {
            if (!m.rowAt(r))
                return false;
        }
        return true;
    });
    return ok ? nowMs(t) : -1;
}

double timeFirstRows(AuditLogModel &m, const AuditFilter &f, SqlStatement *ran = nullptr)
{
    bool first = false;
    QElapsedTimer t;
    double at = -1;
    QMetaObject::Connection c = QObject::connect(&m, &AuditLogModel::firstRowsLoaded, &m, [&] {
        at = nowMs(t);
        first = true;
    });
    t.start();
    if (const auto problems = m.setFilter(f); !problems.isEmpty()) {
        QObject::disconnect(c);
        err() << "the filter was refused: " << problems.first().message << '\n';
        return -1;
    }
    const bool arrived = waitUntil([&] { return first || m.hasError(); });
    QObject::disconnect(c);
    if (m.hasError())
        err() << "first rows failed: " << m.lastError().fullText() << '\n';
    else if (!arrived)
        err() << "first rows did not arrive in time\n";
    if (ran)
        *ran = m.statement();
    return m.hasError() ? -1 : at;
}

struct Source
{
    ConnectionSpec spec;
    QString conninfo; // PostgreSQL, for psql
    QString sqlitePath;
    bool pg = true;
    QString prefix; // "audit." or "audit.sqlite."
};

struct Subjects
{
    QStringList users, tenants, keys;
    QDateTime newest;
    qint64 rows = 0;
};

Result<Subjects> subjectsOf(const Source &s)
{
    const QString name = QStringLiteral("bench-audit-subjects");
    Subjects out;
    Result<void> r = success();
    {
        auto db = Db::open(s.spec, name);
        if (!db)
            return db.error();
        auto newest = AuditSql::query(
            db.value(),
            QStringLiteral("SELECT timestamp FROM audit_logs ORDER BY timestamp DESC LIMIT 1"));
        if (!newest || newest->rows.isEmpty())
            return Error::make(Error::Kind::General, QStringLiteral("audit_logs is empty"));
        out.newest = QDateTime::fromMSecsSinceEpoch(
            AuditTime::parseMs(newest->rows.first().value(0).toString()), Qt::UTC);
        auto recent = AuditSql::query(
            db.value(),
            QStringLiteral(
                "SELECT user_id, tenant_id, api_key_id FROM audit_logs WHERE timestamp >= ? "
                "AND api_key_id IS NOT NULL ORDER BY timestamp DESC LIMIT 5000"),
            {out.newest.addSecs(-86400)});
        if (!recent)
            return recent.error();
        for (const QVariantList &row : std::as_const(recent->rows)) {
            auto add = [](QStringList &list, const QVariant &v) {
                if (!v.isNull() && !list.contains(v.toString()) && list.size() < 50)
                    list << v.toString();
            };
            add(out.users, row.value(0));
            add(out.tenants, row.value(1));
            add(out.keys, row.value(2));
        }
        auto count = AuditSql::query(db.value(), QStringLiteral("SELECT count(*) FROM audit_logs"));
        out.rows = count ? count->rows.value(0).value(0).toLongLong() : 0;
    }
    Db::close(name);
    return out;
}

AuditFilter subjectFilter(const Subjects &s, int i)
{
    AuditFilter f;
    f.range = AuditFilter::Range::Last24Hours;
    switch (i % 3) {
    case 0:
        f.user = s.users.value((i / 3) % qMax(1, int(s.users.size())));
        break;
    case 1:
        f.tenant = s.tenants.value((i / 3) % qMax(1, int(s.tenants.size())));
        break;
    default:
        f.apiKey = s.keys.value((i / 3) % qMax(1, int(s.keys.size())));
        break;
    }
    return f;
}

double explainAnalyzeMs(const Source &s, const SqlStatement &st)
{
    const QString name = QStringLiteral("bench-audit-explain");
    double ms = -1;
    {
        auto db = Db::open(s.spec, name);
        if (db) {
            auto r = AuditSql::query(db.value(),
                                     QStringLiteral("EXPLAIN (ANALYZE, FORMAT JSON) ") + st.sql,
                                     st.params, nullptr, 0, false);
            if (r && !r->rows.isEmpty()) {
                const QJsonDocument d =
                    QJsonDocument::fromJson(r->rows.first().value(0).toString().toUtf8());
                ms = d.array().at(0).toObject().value(QStringLiteral("Execution Time")).toDouble();
            }
        }
    }
    Db::close(name);
    return ms;
}

const QString PeerSelect = QStringLiteral(
    "SELECT id, timestamp, event, user_id, tenant_id, api_key_id, ip, query, metadata FROM "
    "audit_logs ORDER BY timestamp DESC, id DESC");

struct PeerModel
{
    double firstRowsMs = -1;
    double stallMs = -1;
    double memoryMb = -1;
};

// QSqlQueryModel on the same query, on this (the UI) thread, as a Qt
// developer would write it: rows when setQuery() returns; then browsed to
// row 1,000,000. With a filter: the same WHERE and bound values as the
// explorer's, first rows only.
PeerModel qsqlQueryModel(const Source &s, const CompiledFilter *filter = nullptr)
{
    PeerModel out;
    const QString name = QStringLiteral("bench-audit-qsqm");
    {
        auto db = Db::open(s.spec, name);
        if (!db)
            return out;
        malloc_trim(0);
        const double before = rssMb();
        {
            QSqlQueryModel model;
            QElapsedTimer t;
            t.start();
            if (filter) {
                QSqlQuery q(db.value());
                q.setForwardOnly(false);
                QString select = PeerSelect;
                if (!filter->where.isEmpty())
                    select.replace(QStringLiteral(" ORDER BY"), QStringLiteral(" WHERE ") +
                                                                    filter->where +
                                                                    QStringLiteral(" ORDER BY"));
                if (!q.prepare(select))
                    return out;
                for (const QVariant &v : filter->params)
                    q.addBindValue(v);
                if (!q.exec())
                    return out;
                model.setQuery(std::move(q));
                out.firstRowsMs = nowMs(t);
                return out;
            }
            model.setQuery(PeerSelect, db.value());
            out.firstRowsMs = nowMs(t);
            out.stallMs = out.firstRowsMs; // setQuery() blocks the thread it runs on
            while (model.canFetchMore() && model.rowCount() < 1'000'000)
                model.fetchMore();
            (void)model.data(model.index(model.rowCount() - 1, 8));
            out.memoryMb = rssMb() - before;
        }
    }
    Db::close(name);
    malloc_trim(0);
    return out;
}

bool psql(const QString &conninfo, const QString &command, double *seconds)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo,
             QStringLiteral("-c"), command});
    if (!p.waitForFinished(3'600'000) || p.exitCode() != 0) {
        err() << "psql failed: " << p.readAllStandardError() << '\n';
        return false;
    }
    *seconds = double(t.nsecsElapsed()) / 1e9;
    return true;
}

bool sqlite3Cli(const QString &path, const QString &out, const QString &select, double *seconds)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.setStandardOutputFile(out);
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), QStringLiteral("-csv"),
                                        QStringLiteral("-header"), path, select});
    if (!p.waitForFinished(3'600'000) || p.exitCode() != 0) {
        err() << "sqlite3 failed: " << p.readAllStandardError() << '\n';
        return false;
    }
    *seconds = double(t.nsecsElapsed()) / 1e9;
    return true;
}

int measure(const Source &s, const Options &o, const QString &tmp)
{
    const int runs = qMax(1, o.runs);
    auto subjects = subjectsOf(s);
    if (!subjects) {
        err() << subjects.error().fullText() << '\n';
        return 1;
    }
    ManualClock clock(subjects->newest.addSecs(1));
    const qint64 total = subjects->rows;
    const int visible = 40; // rows on a screen
    err() << s.prefix << ": " << total << " rows, newest " << subjects->newest.toString(Qt::ISODate)
          << '\n';
    auto name = [&](const char *metric) { return s.prefix + QString::fromLatin1(metric); };

    StallMeter stall;
    stall.start();
    QList<SqlStatement> unfilteredSql, filteredSql;

    // --- First rows, unfiltered newest first, and filtered over 24 h.
    stall.setPhase("first rows");
    QList<double> first, filtered;
    AuditLogModel m(s.spec, clock);
    timeFirstRows(m, {}); // connects the worker; not counted
    for (int i = 0; i < runs; ++i) {
        SqlStatement st;
        first << timeFirstRows(m, {}, &st);
        unfilteredSql << st;
        filtered << timeFirstRows(m, subjectFilter(*subjects, i), &st);
        filteredSql << st;
        err() << "first rows run " << i << ": " << first.last() << " ms, filtered "
              << filtered.last() << " ms (" << m.resultCount() << " rows)\n";
    }

    // --- The background count and index of the whole result.
    stall.setPhase("count and index");
    QElapsedTimer scan;
    scan.start();
    double countMs = -1;
    QMetaObject::Connection counted =
        QObject::connect(&m, &AuditLogModel::countChanged, &m, [&](qint64, bool exact) {
            if (exact && countMs < 0)
                countMs = nowMs(scan);
        });
    m.setFilter({});
    waitUntil([&] { return m.isIndexComplete() || m.hasError(); }, 3'600'000);
    const double indexMs = nowMs(scan);
    QObject::disconnect(counted);
    err() << "exact count after " << countMs << " ms, index complete after " << indexMs << " ms\n";

    // --- Jumps: to the middle (indexed), to the middle by time (not yet
    // indexed), to the end (counted, not indexed).
    QList<double> middle, middleByTime, end;
    stall.setPhase("jump to the middle");
    for (int i = 0; i < runs; ++i)
        middle << timeViewport(m, int(total / 2 + qint64(i) * 7919 % (total / 4 + 1)), visible);
    stall.setPhase("jump by time");
    {
        AuditLogModel byTime(s.spec, clock);
        byTime.setIndexing(false);
        byTime.setFilter({});
        waitUntil([&] { return byTime.isCountExact() || byTime.hasError(); }, 600'000);
        waitUntil([&] { return !byTime.isLoading(); });
        for (int i = 0; i < runs; ++i)
            middleByTime << timeViewport(
                byTime, int(total / 2 + qint64(i) * 7919 % (total / 4 + 1)), visible, false);
    }
    stall.setPhase("jump to the end");
    for (int i = 0; i < runs; ++i) {
        AuditLogModel fresh(s.spec, clock);
        fresh.setFilter({});
        waitUntil([&] { return (fresh.isCountExact() && !fresh.isLoading()) || fresh.hasError(); },
                  600'000);
        end << timeViewport(fresh, int(total - visible), visible);
    }
    err() << "jumps: middle " << median(middle) << " ms, middle by time " << median(middleByTime)
          << " ms, end " << median(end) << " ms\n";

    // --- Page by page (Page Down), from row 3,000,000 or the middle.
    QList<double> pageP99, pageMedian;
    stall.setPhase("page by page");
    for (int i = 0; i < runs; ++i) {
        QList<double> pages;
        int at =
            int(qMin<qint64>(total / 3 + qint64(i) * 50'000, total - 1000 * visible - visible));
        at = qMax(0, at);
        for (int p = 0; p < 1000 && at + visible < total; ++p, at += visible)
            pages << timeViewport(m, at, visible);
        pageP99 << percentile(pages, 0.99);
        pageMedian << median(pages);
    }

    // --- Memory: browse 1,000,000 rows; the cache stays bounded.
    QList<double> memory, growth;
    stall.setPhase("browse 1,000,000 rows");
    const int browse = int(qMin<qint64>(1'000'000, total));
    for (int i = 0; i < runs; ++i) {
        // Returning freed memory to the system is this program's doing.
        stall.pause();
        malloc_trim(0);
        stall.resume();
        const double empty = rssMb();
        AuditLogModel b(s.spec, clock);
        timeFirstRows(b, {});
        double half = 0;
        for (int at = 0; at < browse; at += AuditQueries::PageSize) {
            timeViewport(b, at, qMin(visible, browse - at), false);
            if (at < browse / 2 && at + AuditQueries::PageSize >= browse / 2)
                half = rssMb();
        }
        const double full = rssMb();
        memory << full - empty;
        growth << full - half;
        err() << "memory run " << i << ": +" << (full - empty) << " MB (last half +"
              << (full - half) << " MB), " << b.cachedPages() << " pages cached\n";
    }

    // --- Export of the whole result to CSV, on a worker.
    QList<double> exportRates, copyRates;
    stall.setPhase("export");
    const QString csv = tmp + QStringLiteral("/export.csv");
    const bool exporting = !o.skip.contains(QStringLiteral("export"));
    for (int i = 0; i < runs && exporting; ++i) {
        AuditExporter ex(s.spec);
        bool done = false;
        qint64 rows = 0;
        QObject::connect(&ex, &AuditExporter::finished, &ex, [&](qint64 n) {
            rows = n;
            done = true;
        });
        QObject::connect(&ex, &AuditExporter::failed, &ex, [&](const Error &e) {
            err() << e.fullText() << '\n';
            done = true;
        });
        QElapsedTimer t;
        t.start();
        ex.exportFilter(AuditFilters::compile({}, s.pg ? Db::Engine::Postgres : Db::Engine::Sqlite,
                                              clock.now()),
                        AuditExporter::Format::Csv, csv, total);
        waitUntil([&] { return done; }, 3'600'000);
        const double sec = double(t.nsecsElapsed()) / 1e9;
        exportRates << (rows > 0 ? double(rows) / sec : 0);
        err() << "export run " << i << ": " << rows << " rows in " << sec << " s\n";
        // Deleting a file of gigabytes is this program's doing, not the app's.
        stall.pause();
        QFile::remove(csv);
        stall.resume();
    }
    stall.pause();
    err() << "longest UI stall: " << stall.max() << " ms, during " << stall.maxPhase() << '\n';
    const double floorMs = stallFloorMs(10'000);
    err() << "longest gap between ticks with both cores busy (no database): " << floorMs << " ms\n";

    // --- Peers, outside the stall window (they block this thread).
    for (int i = 0; i < runs && exporting; ++i) {
        double sec = 0;
        const QString peerCsv = tmp + QStringLiteral("/peer.csv");
        const bool ok = s.pg ? psql(s.conninfo,
                                    QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv, HEADER)")
                                        .arg(PeerSelect, peerCsv),
                                    &sec)
                             : sqlite3Cli(s.sqlitePath, peerCsv, PeerSelect, &sec);
        if (ok)
            copyRates << double(total) / sec;
        err() << (s.pg ? "psql \\copy" : "sqlite3 -csv") << " run " << i << ": " << sec << " s\n";
        QFile::remove(peerCsv);
    }
    QList<double> explainFirst, explainFiltered;
    if (s.pg) {
        for (const SqlStatement &st : std::as_const(unfilteredSql))
            explainFirst << explainAnalyzeMs(s, st);
        for (const SqlStatement &st : std::as_const(filteredSql))
            explainFiltered << explainAnalyzeMs(s, st);
    }
    QList<double> peerFirst, peerStall, peerMemory;
    // QSqlQueryModel holds the whole result: at 100 M rows more than this machine's memory.
    for (int i = 0; i < runs && !o.skip.contains(QStringLiteral("qsqlquerymodel")); ++i) {
        const PeerModel p = qsqlQueryModel(s);
        peerFirst << p.firstRowsMs;
        peerStall << p.stallMs;
        peerMemory << p.memoryMb;
        err() << "QSqlQueryModel run " << i << ": " << p.firstRowsMs << " ms, +" << p.memoryMb
              << " MB\n";
    }
    QList<double> peerFiltered;
    for (int i = 0; i < runs && !o.skip.contains(QStringLiteral("qsqlquerymodel")); ++i) {
        const CompiledFilter f =
            AuditFilters::compile(subjectFilter(*subjects, i),
                                  s.pg ? Db::Engine::Postgres : Db::Engine::Sqlite, clock.now());
        peerFiltered << qsqlQueryModel(s, &f).firstRowsMs;
        err() << "QSqlQueryModel filtered run " << i << ": " << peerFiltered.last() << " ms\n";
    }

    report(name("first_rows_ms"), median(first), QStringLiteral("ms"));
    if (!peerFirst.isEmpty())
        report(name("first_rows_ms.baseline.qsqlquerymodel"), median(peerFirst),
               QStringLiteral("ms"));
    if (s.pg)
        report(name("first_rows_ms.baseline.explain_analyze"), median(explainFirst),
               QStringLiteral("ms"));
    report(name("first_rows_filtered_ms"), median(filtered), QStringLiteral("ms"));
    if (!peerFiltered.isEmpty())
        report(name("first_rows_filtered_ms.baseline.qsqlquerymodel"), median(peerFiltered),
               QStringLiteral("ms"));
    if (s.pg)
        report(name("first_rows_filtered_ms.baseline.explain_analyze"), median(explainFiltered),
               QStringLiteral("ms"));
    report(name("jump_middle_ms"), median(middle), QStringLiteral("ms"));
    report(name("jump_middle_by_time_ms"), median(middleByTime), QStringLiteral("ms"));
    report(name("jump_end_ms"), median(end), QStringLiteral("ms"));
    report(name("page_p99_ms"), median(pageP99), QStringLiteral("ms"));
    report(name("page_median_ms"), median(pageMedian), QStringLiteral("ms"));
    report(name("count_exact_ms"), countMs, QStringLiteral("ms"));
    report(name("index_complete_ms"), indexMs, QStringLiteral("ms"));
    report(name("memory_after_1m_rows_mb"), median(memory), QStringLiteral("MB"));
    if (!peerFirst.isEmpty())
        report(name("memory_after_1m_rows_mb.baseline.qsqlquerymodel"), median(peerMemory),
               QStringLiteral("MB"));
    report(name("memory_growth_last_500k_rows_mb"), median(growth), QStringLiteral("MB"));
    report(name("ui_stall_max_ms"), stall.max(), QStringLiteral("ms"));
    report(name("ui_stall_max_ms.baseline.busy_cores"), floorMs, QStringLiteral("ms"));
    if (!peerFirst.isEmpty())
        report(name("ui_stall_max_ms.baseline.qsqlquerymodel"), median(peerStall),
               QStringLiteral("ms"));
    if (exporting) {
        report(name("export_rows_per_s"), median(exportRates), QStringLiteral("rows/s"));
        report(name(s.pg ? "export_rows_per_s.baseline.psql_copy"
                         : "export_rows_per_s.baseline.sqlite3_cli"),
               median(copyRates), QStringLiteral("rows/s"));
    }
    return 0;
}

// A new database on the private server with the workspace's tables and
// `rows` demo rows, its audit log in `layout` (partitioned: before the load,
// which COPY then routes; view: after it).
Result<void> fillLayout(test::PgServer &server, const QString &database, test::AuditLayout layout,
                        const DemoOptions &o)
{
    if (auto c = server.createDatabase(database); !c)
        return c;
    const QDate from =
        QDateTime::fromMSecsSinceEpoch(
            o.anchor.toMSecsSinceEpoch() - DemoData::spanDays(o.rows) * 86'400'000, Qt::UTC)
            .date();
    const QDate to = o.anchor.date().addDays(4);
    const QString name = QStringLiteral("bench-audit-fill-") + database;
    Result<void> out = success();
    {
        auto info = Workspace::open(server.spec(database), {}, name, Clock::system().now());
        if (!info)
            out = info.error();
        if (out && layout == test::AuditLayout::Partitioned)
            out = test::applyAuditLayout(server, database, layout, from, to);
        if (out) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            err() << "filling " << database << " (" << test::layoutName(layout) << ") with "
                  << o.rows << " rows…\n";
            if (auto filled = DemoData::fill(db, o, {}); !filled)
                out = filled.error();
        }
    }
    Db::close(name);
    if (out && layout == test::AuditLayout::View)
        out = test::applyAuditLayout(server, database, layout, from, to);
    // What autovacuum does soon after a load: index-only scans need it.
    if (out)
        out = server.execute(database, QStringLiteral("VACUUM (ANALYZE)"));
    return out;
}

} // namespace

int runAudit(const Options &options)
{
    QTemporaryDir tmp;
    const qint64 rows = options.rows > 0 ? options.rows : 10'000'000;
    QList<test::AuditLayout> layouts;
    for (const QString &name : options.layouts) {
        auto l = test::layoutFromName(name.trimmed());
        if (!l) {
            err() << l.error().message << '\n';
            return 2;
        }
        if (l.value() != test::AuditLayout::Table && !layouts.contains(l.value()))
            layouts << l.value();
    }
    if (!layouts.isEmpty() && !options.pg.isEmpty()) {
        err() << "--layout needs the private server (it builds each layout itself); leave out "
                 "--pg\n";
        return 2;
    }

    // --- PostgreSQL: the given database, or a private server with demo data.
    test::PgServer server;
    std::unique_ptr<test::PgServer> standby;
    Source pg;
    pg.prefix = QStringLiteral("audit.");
    // The same data in every layout: one anchor for every fill.
    DemoOptions demo;
    demo.rows = qMax(rows, DemoData::MinimumRows);
    demo.anchor = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (!options.pg.isEmpty()) {
        auto e = PgEndpoint::fromConnInfo(options.pg);
        if (!e) {
            err() << e.error().message << '\n';
            return 1;
        }
        pg.spec = ConnectionSpec::postgres(e.value(), {});
        pg.conninfo = options.pg;
    } else {
        if (auto started = server.start(); !started) {
            err() << started.error().fullText() << '\n';
            return 1;
        }
        const QString database = QStringLiteral("bench_audit");
        if (auto f = fillLayout(server, database, test::AuditLayout::Table, demo); !f) {
            err() << f.error().fullText() << '\n';
            return 1;
        }
        pg.spec = server.spec(database);
        pg.conninfo = server.conninfo(database);
    }
    // Every layout's source, built before anything is measured (a standby
    // last: its base backup copies the others).
    QList<Source> others;
    for (test::AuditLayout layout : std::as_const(layouts)) {
        Source s;
        s.prefix = QStringLiteral("audit.") + test::layoutName(layout) + QLatin1Char('.');
        if (layout == test::AuditLayout::Standby)
            continue;
        const QString database = QStringLiteral("bench_audit_") + test::layoutName(layout);
        if (auto f = fillLayout(server, database, layout, demo); !f) {
            err() << f.error().fullText() << '\n';
            return 1;
        }
        s.spec = server.spec(database);
        s.conninfo = server.conninfo(database);
        others << s;
    }
    if (layouts.contains(test::AuditLayout::Standby)) {
        err() << "starting a hot standby (pg_basebackup -R)…\n";
        auto started = server.startStandby();
        if (!started) {
            err() << started.error().fullText() << '\n';
            return 1;
        }
        standby = std::move(started.value());
        Source s;
        s.prefix = QStringLiteral("audit.standby.");
        s.spec = standby->spec(QStringLiteral("bench_audit"));
        s.conninfo = standby->conninfo(QStringLiteral("bench_audit"));
        others << s;
    }
    if (int r = measure(pg, options, tmp.path()); r != 0)
        return r;
    for (const Source &s : std::as_const(others)) {
        if (int r = measure(s, options, tmp.path()); r != 0)
            return r;
    }

    if (options.skip.contains(QStringLiteral("sqlite")))
        return 0;
    // --- SQLite: the given workspace, or one with up to 1,000,000 demo rows.
    Source lite;
    lite.pg = false;
    lite.prefix = QStringLiteral("audit.sqlite.");
    lite.sqlitePath = options.sqlite;
    if (lite.sqlitePath.isEmpty()) {
        lite.sqlitePath = tmp.filePath(QStringLiteral("audit.icw"));
        const QString name = QStringLiteral("bench-audit-sqlite");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(lite.sqlitePath), {}, name,
                                        Clock::system().now());
            if (!info) {
                err() << info.error().fullText() << '\n';
                return 1;
            }
            QSqlDatabase db = QSqlDatabase::database(name, false);
            DemoOptions o;
            o.rows = qBound(DemoData::MinimumRows, rows, qint64(1'000'000));
            err() << "filling SQLite with " << o.rows << " rows…\n";
            if (auto filled = DemoData::fill(db, o, {}); !filled) {
                err() << filled.error().fullText() << '\n';
                return 1;
            }
        }
        Db::close(name);
    }
    lite.spec = ConnectionSpec::sqlite(lite.sqlitePath);
    return measure(lite, options, tmp.path());
}

} // namespace ic::bench
