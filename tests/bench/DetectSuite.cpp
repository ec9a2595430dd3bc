// detect.*: one pass of every built-in detection rule over a 10,000,000-row
// audit log in PostgreSQL: the full first pass (every rule from watermark 0)
// and an incremental pass after 100,000 new rows arrive, each against the
// database's own EXPLAIN ANALYZE execution time of the same statements; and
// the UI thread's longest stall while the Detector runs a pass on its worker.
#include "Bench.h"

#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/demo/DemoData.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/Detector.h"
#include "models/detection/RuleLibrary.h"
#include "models/detection/RuleRunner.h"
#include "models/detection/RuleSql.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace ic::bench {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

constexpr qint64 NewRows = 100'000;

// Drops what earlier passes left: alerts and every rule's watermark.
bool resetDetection(QSqlDatabase &db)
{
    for (const char *t :
         {"ic_alert_rows", "ic_alerts", "ic_detection_failures", "ic_detection_rules"}) {
        if (auto r = Db::exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(t)); !r) {
            err() << r.error().fullText() << '\n';
            return false;
        }
    }
    return true;
}

// One pass as the app runs it: the Detector on its worker connections (two
// rules at a time on PostgreSQL), every rule reading past its own watermark
// and catching up in steps; from asking for the pass to its end.
struct Pass
{
    double ms = 0;
    int alerts = 0;
    bool ok = true;
};
Pass runPass(const ConnectionSpec &spec, bool verbose)
{
    Pass p;
    Detector detector(spec, Clock::system(), QStringLiteral("ic_bench"));
    QEventLoop loop;
    QObject::connect(&detector, &Detector::ruleFinished, &loop, [&](const RuleRunResult &r) {
        if (r.outcome != RuleRunResult::Outcome::Ok) {
            err() << "rule " << r.ruleId << " did not run: " << r.error.fullText() << r.reason
                  << '\n';
            p.ok = false;
            return;
        }
        if (verbose)
            err() << "  " << r.ruleId << ": " << r.elapsedMs << " ms (query " << r.queryMs
                  << " ms), ids " << r.fromId << ".." << r.toId << ", " << r.detections
                  << " detections" << Qt::endl;
    });
    QObject::connect(&detector, &Detector::passFinished, &loop, [&](const PassSummary &s) {
        p.alerts = s.newAlerts + s.groupedAlerts;
        if (!s.error.isEmpty()) {
            err() << "the pass did not start: " << s.error << '\n';
            p.ok = false;
        }
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    if (!detector.runNow())
        return Pass{0, 0, false};
    loop.exec();
    p.ms = double(t.nsecsElapsed()) / 1e6;
    return p;
}

// The database's own time for the same statements: EXPLAIN ANALYZE of each
// rule's statement over the same id ranges (in the runner's steps), summed.
double explainAnalyze(QSqlDatabase &db, const QList<Rule> &rules,
                      const QHash<QString, qint64> &after, qint64 upto, bool verbose)
{
    const qint64 step = RunOptions().maxIds;
    double total = 0;
    // With the settings the runner reads with (no JIT compilation, 64 MB work_mem).
    (void)Db::exec(db, QStringLiteral("SET jit = off"));
    (void)Db::exec(db, QStringLiteral("SET work_mem = '64MB'"));
    for (const Rule &rule : rules) {
        double ruleMs = 0;
        for (qint64 from = after.value(rule.id); from < upto; from += step) {
            const RuleSql::Statement st =
                RuleSql::build(rule, Db::Engine::Postgres, from, qMin(upto, from + step));
            auto q = Db::exec(db, QStringLiteral("EXPLAIN (ANALYZE, FORMAT JSON) ") +
                                      RuleSql::inlined(st));
            if (!q || !q->next()) {
                err() << "EXPLAIN of " << rule.id
                      << " failed: " << (q ? QString() : q.error().fullText()) << '\n';
                break;
            }
            const QJsonArray plan =
                QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
            ruleMs += plan.first().toObject().value(QStringLiteral("Execution Time")).toDouble();
        }
        if (verbose)
            err() << "  EXPLAIN ANALYZE " << rule.id << ": " << ruleMs << " ms" << Qt::endl;
        total += ruleMs;
    }
    return total;
}

QHash<QString, qint64> watermarks(QSqlDatabase &db)
{
    QHash<QString, qint64> out;
    auto q = Db::exec(db, QStringLiteral("SELECT rule_id, watermark FROM ic_detection_rules"));
    while (q && q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

// 100,000 fresh rows: the newest 100,000 generated rows again, `days` later
// (their mix of normal traffic and attacks, new ids). Logouts are left out:
// a copied logout would name a session that had already ended, and every
// copy would look like a token used after logout.
bool appendRows(QSqlDatabase &db, qint64 lastGenerated, int days)
{
    auto r =
        Db::exec(db,
                 QStringLiteral("INSERT INTO audit_logs (timestamp, event, user_id, tenant_id, "
                                "api_key_id, ip, query, metadata) SELECT timestamp + "
                                "make_interval(days => ?), event, user_id, tenant_id, "
                                "api_key_id, ip, query, metadata FROM (SELECT * FROM "
                                "audit_logs WHERE id <= ? AND event <> 'logout' ORDER BY id "
                                "DESC LIMIT ?) newest ORDER BY id"),
                 {days, lastGenerated, NewRows});
    if (!r) {
        err() << r.error().fullText() << '\n';
        return false;
    }
    return true;
}

} // namespace

int runDetect(const Options &options)
{
    const qint64 rows = options.rows > 0 ? options.rows : 10'000'000;
    const int runs = qMax(1, options.runs);
    const bool verbose = qEnvironmentVariableIsSet("IC_BENCH_VERBOSE");
    std::unique_ptr<test::PgServer> server;
    ConnectionSpec spec;
    if (!options.pg.isEmpty()) {
        auto endpoint = PgEndpoint::fromConnInfo(options.pg);
        if (!endpoint) {
            err() << endpoint.error().fullText() << '\n';
            return 1;
        }
        spec = ConnectionSpec::postgres(endpoint.value(), qEnvironmentVariable("PGPASSWORD"));
    } else {
        server = std::make_unique<test::PgServer>();
        if (auto s = server->start(); !s) {
            err() << s.error().fullText() << '\n';
            return 1;
        }
        if (auto c = server->createDatabase(QStringLiteral("detect")); !c) {
            err() << c.error().fullText() << '\n';
            return 1;
        }
        spec = server->spec(QStringLiteral("detect"));
    }

    const QString name = QStringLiteral("bench-detect");
    auto info = Workspace::open(spec, {}, name, Clock::system().now());
    if (!info) {
        err() << info.error().fullText() << '\n';
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // An existing database (--pg) keeps its generated rows between runs of
    // the benchmark: only what the generator wrote counts, not earlier appends.
    qint64 lastGenerated = 0;
    {
        auto q = Db::exec(db, QStringLiteral("SELECT value FROM ic_workspace WHERE key = "
                                             "'bench_detect_generated'"));
        if (q && q->next())
            lastGenerated = q->value(0).toLongLong();
    }
    if (lastGenerated < rows) {
        auto any = Db::exec(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_logs "
                                               "LIMIT 1) t"));
        if (any && any->next() && any->value(0).toInt() > 0) {
            err() << "the database already holds other audit rows; give an empty one\n";
            return 1;
        }
        err() << "filling " << rows << " audit rows…\n";
        QElapsedTimer t;
        t.start();
        DemoOptions demo;
        demo.rows = rows;
        demo.withIncidents = false;
        auto filled = DemoData::fill(db, demo, {});
        if (!filled) {
            err() << filled.error().fullText() << '\n';
            return 1;
        }
        lastGenerated = filled->auditRows;
        (void)Db::exec(db,
                       QStringLiteral("INSERT INTO ic_workspace (key, value) VALUES "
                                      "('bench_detect_generated', ?) ON CONFLICT (key) DO "
                                      "UPDATE SET value = excluded.value"),
                       {QString::number(lastGenerated)});
        err() << "filled in " << t.elapsed() / 1000 << " s\n";
    }
    // Later appends of an earlier benchmark run go, so every run starts alike.
    (void)Db::exec(db, QStringLiteral("DELETE FROM audit_logs WHERE id > ?"), {lastGenerated});
    (void)Db::exec(db, QStringLiteral("VACUUM ANALYZE audit_logs"));

    const RuleSet set = RuleLibrary::load({}, true);
    QList<double> full, fullFloor, incremental, incrementalFloor;

    // --- The full first pass: every rule from watermark 0. While tuning
    // rules, IC_BENCH_DETECT_SKIP_FULL=1 puts every watermark at the generated
    // rows instead (no full_ms is reported then).
    if (qEnvironmentVariableIsSet("IC_BENCH_DETECT_SKIP_FULL")) {
        if (!resetDetection(db))
            return 1;
        AlertRepository writer(db, Clock::system().now());
        (void)writer.registerRules(set.rules);
        for (const Rule &rule : set.rules)
            (void)writer.advance(rule.id, 0, lastGenerated, 0, 0, 0, QStringLiteral("ic_bench"));
    }
    for (int run = 0; run < runs && !qEnvironmentVariableIsSet("IC_BENCH_DETECT_SKIP_FULL");
         ++run) {
        if (!resetDetection(db))
            return 1;
        if (verbose)
            err() << "full pass " << run << ":\n";
        const Pass p = runPass(spec, verbose);
        if (!p.ok)
            return 1;
        const double floor = explainAnalyze(db, set.rules, {}, lastGenerated, verbose);
        full << p.ms;
        fullFloor << floor;
        err() << "full pass " << run << ": " << p.ms << " ms, " << p.alerts
              << " alerts; EXPLAIN ANALYZE " << floor << " ms" << Qt::endl;
    }

    // --- Incremental: 100,000 new rows, then one pass.
    for (int run = 0; run < runs; ++run) {
        const QHash<QString, qint64> before = watermarks(db);
        if (!appendRows(db, lastGenerated, run + 1))
            return 1;
        RuleRunner probe(db, Clock::system());
        const qint64 upto = probe.latestAuditId().value();
        if (verbose)
            err() << "incremental pass " << run << ":\n";
        const Pass p = runPass(spec, verbose);
        if (!p.ok)
            return 1;
        const double floor = explainAnalyze(db, set.rules, before, upto, verbose);
        incremental << p.ms;
        incrementalFloor << floor;
        err() << "incremental pass " << run << ": " << p.ms << " ms, " << p.alerts
              << " alerts; EXPLAIN ANALYZE " << floor << " ms" << Qt::endl;
    }

    // --- The UI thread while the Detector runs an incremental pass.
    double stall = 0;
    {
        if (!appendRows(db, lastGenerated, runs + 1))
            return 1;
        Detector detector(spec, Clock::system(), QStringLiteral("ic_bench"));
        QEventLoop loop;
        QObject::connect(&detector, &Detector::passFinished, &loop, &QEventLoop::quit);
        QElapsedTimer gap;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            stall = qMax(stall, double(gap.nsecsElapsed()) / 1e6);
            gap.restart();
        });
        tick.start();
        gap.start();
        detector.runNow();
        loop.exec();
        err() << "Detector pass: longest gap between 1 ms ticks " << stall << " ms\n";
    }

    (void)Db::exec(db, QStringLiteral("DELETE FROM audit_logs WHERE id > ?"), {lastGenerated});
    db = QSqlDatabase();
    Db::close(name);
    report(QStringLiteral("detect.incremental_ms"), median(incremental), QStringLiteral("ms"));
    report(QStringLiteral("detect.incremental_ms.baseline.explain_analyze"),
           median(incrementalFloor), QStringLiteral("ms"));
    report(QStringLiteral("detect.full_ms"), median(full), QStringLiteral("ms"));
    report(QStringLiteral("detect.full_ms.baseline.explain_analyze"), median(fullFloor),
           QStringLiteral("ms"));
    report(QStringLiteral("detect.ui_stall_max_ms"), stall, QStringLiteral("ms"));
    return 0;
}

} // namespace ic::bench
