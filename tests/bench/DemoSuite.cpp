// demo.*: how fast the demo generator fills a workspace, against the floor
// of loading the same rows with psql \copy.
#include "Bench.h"

#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/demo/DemoData.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace ic::bench {

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool psql(const QString &conninfo, const QString &command)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo,
             QStringLiteral("-c"), command});
    if (!p.waitForFinished(3'600'000) || p.exitCode() != 0) {
        err() << "psql failed: " << p.readAllStandardError() << '\n';
        return false;
    }
    return true;
}

// Opens (creating) a workspace with empty platform tables.
bool prepare(const ConnectionSpec &spec, const QString &name)
{
    auto info = Workspace::open(spec, {}, name, Clock::system().now());
    if (!info) {
        err() << info.error().fullText() << '\n';
        return false;
    }
    return true;
}

} // namespace

int runDemo(const Options &options)
{
    const qint64 rows = options.rows > 0 ? options.rows : 1'000'000;
    const int runs = qMax(1, options.runs);
    QTemporaryDir tmp;

    // --- SQLite: prepared inserts in one transaction.
    QList<double> sqliteRates;
    for (int i = 0; i < runs; ++i) {
        const QString path = tmp.filePath(QStringLiteral("demo-%1.icw").arg(i));
        const QString name = QStringLiteral("bench-sqlite-%1").arg(i);
        if (!prepare(ConnectionSpec::sqlite(path), name))
            return 1;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        DemoOptions o;
        o.rows = rows;
        QElapsedTimer t;
        t.start();
        auto r = DemoData::fill(db, o, {});
        const double s = double(t.nsecsElapsed()) / 1e9;
        db = QSqlDatabase();
        Db::close(name);
        if (!r) {
            err() << r.error().fullText() << '\n';
            return 1;
        }
        sqliteRates << double(rows) / s;
        err() << "sqlite run " << i << ": " << s << " s\n";
    }
    report(QStringLiteral("demo.sqlite_rows_per_s"), median(sqliteRates), QStringLiteral("rows/s"));

    // --- PostgreSQL: COPY through libpq, indexes rebuilt after the load.
    test::PgServer server;
    auto conninfoFor = [&](const QString &db) {
        return options.pg.isEmpty() ? server.conninfo(db) : options.pg;
    };
    if (options.pg.isEmpty()) {
        if (auto s = server.start(); !s) {
            err() << s.error().fullText() << '\n';
            return 1;
        }
    }
    QList<double> pgRates, copyRates;
    const QString dump = tmp.filePath(QStringLiteral("audit.copy"));
    for (int i = 0; i < runs; ++i) {
        const QString dbName = QStringLiteral("bench_demo_%1").arg(i);
        const QString peerName = QStringLiteral("bench_peer_%1").arg(i);
        ConnectionSpec spec;
        if (options.pg.isEmpty()) {
            if (!server.createDatabase(dbName).ok() || !server.createDatabase(peerName).ok())
                return 1;
            spec = server.spec(dbName);
        } else {
            auto e = PgEndpoint::fromConnInfo(options.pg);
            if (!e) {
                err() << e.error().message << '\n';
                return 1;
            }
            spec = ConnectionSpec::postgres(e.value(), {});
            if (i > 0)
                break; // an existing database is filled once
        }
        const QString name = QStringLiteral("bench-pg-%1").arg(i);
        if (!prepare(spec, name))
            return 1;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        DemoOptions o;
        o.rows = rows;
        QElapsedTimer t;
        t.start();
        auto r = DemoData::fill(db, o, {});
        const double s = double(t.nsecsElapsed()) / 1e9;
        db = QSqlDatabase();
        Db::close(name);
        if (!r) {
            err() << r.error().fullText() << '\n';
            return 1;
        }
        pgRates << double(rows) / s;
        err() << "postgres run " << i << ": " << s << " s\n";

        if (!options.pg.isEmpty())
            continue;
        // The peer: the same rows, loaded by psql \copy into the same empty
        // table without its secondary indexes, then the indexes and ANALYZE.
        if (!psql(conninfoFor(dbName), QStringLiteral("\\copy audit_logs TO '%1'").arg(dump)))
            return 1;
        const QString peerConn = QStringLiteral("bench-peer-%1").arg(i);
        if (!prepare(server.spec(peerName), peerConn))
            return 1;
        QStringList indexDefs;
        {
            QSqlDatabase peer = QSqlDatabase::database(peerConn, false);
            QSqlQuery q(peer);
            q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = "
                                  "'audit_logs' AND indexname NOT LIKE '%_pkey'"));
            QStringList names;
            while (q.next()) {
                names << q.value(0).toString();
                indexDefs << q.value(1).toString();
            }
            for (const QString &n : names)
                q.exec(QStringLiteral("DROP INDEX ") + n);
        }
        Db::close(peerConn);
        QElapsedTimer pt;
        pt.start();
        if (!psql(server.conninfo(peerName),
                  QStringLiteral("\\copy audit_logs FROM '%1'").arg(dump)))
            return 1;
        if (!psql(server.conninfo(peerName),
                  indexDefs.join(QStringLiteral("; ")) + QStringLiteral("; ANALYZE audit_logs")))
            return 1;
        const double ps = double(pt.nsecsElapsed()) / 1e9;
        copyRates << double(rows) / ps;
        err() << "psql \\copy run " << i << ": " << ps << " s\n";
        (void)server.dropDatabase(dbName);
        (void)server.dropDatabase(peerName);
    }
    report(QStringLiteral("demo.pg_rows_per_s"), median(pgRates), QStringLiteral("rows/s"));
    if (!copyRates.isEmpty())
        report(QStringLiteral("demo.pg_rows_per_s.baseline.psql_copy"), median(copyRates),
               QStringLiteral("rows/s"));
    return 0;
}

} // namespace ic::bench
