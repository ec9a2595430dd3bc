// evidence.*: exporting 1,000,000 audit rows into a signed bundle (JSON Lines
// and CSV, hashed while written), against psql \copy of the same rows to CSV,
// and the export's peak memory.
#include "Bench.h"

#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/demo/DemoData.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace ic::bench {

namespace {

// Peak resident memory since the last reset (Linux: VmHWM).
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace

int runEvidence(const Options &options)
{
    QTextStream err(stderr);
    const qint64 rows = options.rows > 0 ? options.rows : 1'000'000;
    test::PgServer server;
    if (auto s = server.start(); !s) {
        err << s.error().fullText() << '\n';
        return 1;
    }
    const QString database = QStringLiteral("evidence");
    if (!server.createDatabase(database)) {
        err << "could not create the database\n";
        return 1;
    }
    const QString name = QStringLiteral("bench-evidence");
    QString incidentId;
    {
        auto info = Workspace::open(server.spec(database), {}, name, Clock::system().now());
        if (!info) {
            err << info.error().fullText() << '\n';
            return 1;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        DemoOptions demo;
        demo.rows = rows;
        demo.withIncidents = false;
        if (auto r = DemoData::fill(db, demo, {}); !r) {
            err << r.error().fullText() << '\n';
            return 1;
        }
        NewIncident n;
        n.title = QStringLiteral("Bulk evidence");
        auto inc = IncidentRepository(db, Clock::system().now()).create(n, QStringLiteral("bench"));
        incidentId = inc->id;
        EvidenceQuery q;
        q.name = QStringLiteral("audit");
        q.sql = QStringLiteral("SELECT * FROM audit_logs WHERE id <= ? ORDER BY id");
        q.params = {rows};
        if (auto a = EvidenceBundle::addQuery(db, incidentId, q, QStringLiteral("bench"),
                                              Clock::system().now());
            !a) {
            err << a.error().fullText() << '\n';
            return 1;
        }
    }
    const QByteArray key = Signing::generateEd25519()->privatePem;
    QTemporaryDir out;
    QList<double> ours, peer, peaks;
    for (int run = 0; run < options.runs; ++run) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        resetPeakRss();
        const double before = peakRssMb();
        QElapsedTimer t;
        t.start();
        auto bundle = EvidenceBundle::exportBundle(
            db, db, incidentId, out.filePath(QStringLiteral("b%1").arg(run)), key,
            QStringLiteral("bench"), Clock::system().now());
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!bundle) {
            err << bundle.error().fullText() << '\n';
            return 1;
        }
        ours << double(bundle->extractRows) / s;
        peaks << peakRssMb() - before;
        err << "evidence run " << run << ": " << s << " s, " << bundle->extractRows << " rows\n";

        // The peer: psql \copy of the same rows to a CSV file.
        QProcess psql;
        QElapsedTimer p;
        p.start();
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                    server.conninfo(database), QStringLiteral("-c"),
                    QStringLiteral(
                        "\\copy (SELECT * FROM audit_logs WHERE id <= %1 ORDER BY id) TO '%2' CSV")
                        .arg(rows)
                        .arg(out.filePath(QStringLiteral("peer%1.csv").arg(run)))});
        psql.waitForFinished(-1);
        const double ps = double(p.nsecsElapsed()) / 1e9;
        if (psql.exitCode() != 0) {
            err << "psql failed: " << psql.readAllStandardError() << '\n';
            return 1;
        }
        peer << double(rows) / ps;
        err << "psql \\copy run " << run << ": " << ps << " s\n";
    }
    Db::close(name);
    report(QStringLiteral("evidence.export_rows_per_s"), median(ours), QStringLiteral("rows/s"));
    report(QStringLiteral("evidence.export_rows_per_s.baseline.psql_copy"), median(peer),
           QStringLiteral("rows/s"));
    report(QStringLiteral("evidence.peak_rss_mb"), percentile(peaks, 1.0), QStringLiteral("MB"));
    return 0;
}

} // namespace ic::bench
