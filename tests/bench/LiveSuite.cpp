// live.*: how long a change on one connection takes to reach another
// workstation, through the LISTEN/NOTIFY change feed, against polling once a
// second, measured on the same PostgreSQL in the same run.
#include "Bench.h"

#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/ChangeFeed.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace ic::bench {

int runLive(const Options &options)
{
    QTextStream err(stderr);
    const int changes = options.rows > 0 ? int(options.rows) : 1000;
    test::PgServer server;
    if (auto s = server.start(); !s) {
        err << s.error().fullText() << '\n';
        return 1;
    }
    if (!server.createDatabase(QStringLiteral("live"))) {
        err << "could not create the database\n";
        return 1;
    }
    const ConnectionSpec spec = server.spec(QStringLiteral("live"));
    const QString writer = QStringLiteral("bench-writer");
    auto info = Workspace::open(spec, {}, writer, Clock::system().now());
    if (!info) {
        err << info.error().fullText() << '\n';
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(writer, false);
    NewIncident n;
    n.title = QStringLiteral("Live benchmark");
    auto inc = IncidentRepository(db, Clock::system().now()).create(n, QStringLiteral("bench"));
    if (!inc) {
        err << inc.error().fullText() << '\n';
        return 1;
    }
    const QString id = inc->id;
    int version = inc->version;

    // The feed, as another workstation runs it.
    ChangeFeed feed(spec, 2000);
    QElapsedTimer clock;
    clock.start();
    qint64 committedAt = 0;
    int awaited = 0;
    QList<double> latencies;
    QEventLoop loop;
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const StoreChange &c) {
        if (c.table == QLatin1String("ic_incidents") && c.incidentId == id &&
            c.version == awaited) {
            latencies << double(clock.nsecsElapsed() - committedAt) / 1e6;
            loop.quit();
        }
    });
    QObject::connect(&feed, &ChangeFeed::stateChanged, &loop, [&](ChangeFeed::State s) {
        if (s == ChangeFeed::State::Live)
            loop.quit();
    });
    feed.start();
    loop.exec();
    for (int i = 0; i < changes; ++i) {
        IncidentPatch p;
        p.summary = QStringLiteral("change %1").arg(i);
        awaited = version + 1;
        // From the moment the edit is sent: the notification can arrive before
        // update() returns, so "after the commit returned" would read ~0 ms.
        committedAt = clock.nsecsElapsed();
        auto r = IncidentRepository(db, Clock::system().now())
                     .update(id, version, p, QStringLiteral("bench"));
        if (!r) {
            err << r.error().fullText() << '\n';
            return 1;
        }
        version = r->version;
        QTimer gap; // a lost notification shows as a gap, and ends only this wait
        gap.setSingleShot(true);
        QObject::connect(&gap, &QTimer::timeout, &loop, &QEventLoop::quit);
        gap.start(5000);
        loop.exec();
    }
    err << "live: " << latencies.size() << " of " << changes << " changes seen through the feed\n";

    // The peer: another workstation polling the version once a second.
    QEventLoop pollLoop; // apart from the feed's loop and its timers
    const QString poller = QStringLiteral("bench-poller");
    auto pdb = Db::open(spec, poller);
    QList<double> polled;
    const int samples = qMin(changes, 40);
    QTimer poll;
    poll.setInterval(1000);
    int seenVersion = version;
    qint64 changedAt = 0;
    QObject::connect(&poll, &QTimer::timeout, &pollLoop, [&] {
        QSqlQuery q(pdb.value());
        q.prepare(QStringLiteral("SELECT version FROM ic_incidents WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(0).toInt() != seenVersion) {
            seenVersion = q.value(0).toInt();
            polled << double(clock.nsecsElapsed() - changedAt) / 1e6;
            pollLoop.quit();
        }
    });
    poll.start();
    QRandomGenerator random(7);
    for (int i = 0; i < samples; ++i) {
        // Changes land at any moment relative to the poll.
        QTimer::singleShot(int(random.bounded(1000)), &pollLoop, [&] {
            IncidentPatch p;
            p.summary = QStringLiteral("polled %1").arg(i);
            changedAt = clock.nsecsElapsed(); // measured the same way as the feed
            auto r = IncidentRepository(db, Clock::system().now())
                         .update(id, version, p, QStringLiteral("bench"));
            if (r)
                version = r->version;
        });
        pollLoop.exec();
    }
    poll.stop();
    err << "live: " << polled.size() << " changes seen by polling, "
        << (polled.isEmpty() ? 0.0 : *std::min_element(polled.cbegin(), polled.cend())) << "–"
        << (polled.isEmpty() ? 0.0 : *std::max_element(polled.cbegin(), polled.cend())) << " ms\n";
    pdb.value() = QSqlDatabase();
    db = QSqlDatabase();
    Db::close(poller);
    Db::close(writer);

    report(QStringLiteral("live.latency_p50_ms"), median(latencies), QStringLiteral("ms"));
    report(QStringLiteral("live.latency_p99_ms"), percentile(latencies, 0.99),
           QStringLiteral("ms"));
    report(QStringLiteral("live.latency_p50_ms.baseline.poll_1s"), median(polled),
           QStringLiteral("ms"));
    report(QStringLiteral("live.latency_p99_ms.baseline.poll_1s"), percentile(polled, 0.99),
           QStringLiteral("ms"));
    return latencies.size() == changes ? 0 : 1;
}

} // namespace ic::bench
