// record.*: the tree update per append (in memory; on SQLite, alone and
// with the event's Ed25519 signature, against today's unsigned
// EventLog::append on the same file), verifying a 100,000-event record
// (every signature, every leaf, the root against a signed checkpoint),
// and a consistency proof on a 1,000,000-leaf log (memory and SQLite).
// Since part 2: EventLog::append itself, signed and unsigned, on SQLite and
// on PostgreSQL (a private server: skip with --skip pgappend).
#include "Bench.h"
#include "PgServer.h"

#include "models/core/Clock.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/record/Checkpoint.h"
#include "models/record/RecordVerifier.h"
#include "models/record/SqlNodeStore.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace ic::bench {

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

RecordEvent sampleEvent(const QString &origin, uint64_t leaf, const QDateTime &t)
{
    RecordEvent e;
    e.origin = origin;
    e.leafIndex = leaf;
    e.incidentId = QStringLiteral("0b7e6f0e-8a51-4a4c-9d44-1c2f3a4b5c6d");
    e.seq = qint64(leaf) + 1;
    e.occurredAt = t;
    e.recordedAt = t;
    e.actor = QStringLiteral("alex");
    e.kind = QStringLiteral("note");
    e.summary = QStringLiteral("Revoked the tokens of usr_%1 after the alert").arg(leaf);
    e.details = QJsonObject{{QStringLiteral("user"), QStringLiteral("usr_%1").arg(leaf)},
                            {QStringLiteral("tokens"), int(leaf % 17)}};
    return e;
}

void reportPercentiles(const QString &metric, const QList<double> &values)
{
    report(metric + QStringLiteral("_p50_ms"), median(values), QStringLiteral("ms"));
    report(metric + QStringLiteral("_p99_ms"), percentile(values, 0.99), QStringLiteral("ms"));
}

} // namespace

int runRecord(const Options &options)
{
    QTextStream err(stderr);
    const qint64 events = options.rows > 0 ? options.rows : 100'000;
    const uint64_t logSize = uint64_t(events) * 10; // 1,000,000 by default
    const QString origin = QStringLiteral("incident-commander.local/workspace/bench");
    const QDateTime now = Clock::system().now();
    QTemporaryDir dir;

    // Five people sign the events.
    QList<Signing::KeyPair> people;
    std::vector<std::unique_ptr<Ed25519Signer>> signers;
    QHash<QString, PublicKey> keys;
    for (int i = 0; i < 5; ++i) {
        people << Signing::generateEd25519().value();
        signers.push_back(std::move(Ed25519Signer::fromPem(people.last().privatePem).value()));
        keys.insert(signers.back()->publicKey().fingerprint, signers.back()->publicKey());
    }
    // The key EventLog::append signs with (a connection's signer is shared).
    const std::shared_ptr<const Ed25519Signer> appendSigner(
        std::move(Ed25519Signer::fromPem(people.first().privatePem).value()));

    // 1. The tree update per append, in memory.
    if (!options.skip.contains(QLatin1String("append"))) {
        QList<double> perAppend;
        Merkle::MemoryTree tree;
        QElapsedTimer t;
        for (uint64_t i = 0; i < uint64_t(qMax<qint64>(events * 2, 1000)); ++i) {
            const Merkle::Hash leaf = EventEncoding::leafHash(sampleEvent(origin, i, now));
            t.start();
            tree.append(leaf);
            if (i % 100 == 0)
                perAppend << msSince(t);
        }
        // Microseconds: a millisecond figure rounds to 0.00.
        report(QStringLiteral("record.append_memory_p50_us"), median(perAppend) * 1000,
               QStringLiteral("us"));
        report(QStringLiteral("record.append_memory_p99_us"), percentile(perAppend, 0.99) * 1000,
               QStringLiteral("us"));
    }

    // 2. On SQLite: the tree update, the signed event with its tree update,
    //    and today's unsigned EventLog::append, each one transaction.
    if (!options.skip.contains(QLatin1String("append"))) {
        const QString name = QStringLiteral("bench-record-sqlite");
        auto info = Workspace::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("r.icw"))),
                                    {}, name, now);
        if (!info) {
            err << info.error().fullText() << '\n';
            return 1;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (auto c = Db::exec(db, SqlNodeStore::ddl(false)); !c) {
            err << c.error().fullText() << '\n';
            return 1;
        }
        NewIncident n;
        n.title = QStringLiteral("Bench");
        const QString incident = IncidentRepository(db, now).create(n, QStringLiteral("bench"))->id;
        auto measured = std::make_unique<SqlNodeStore>(db, origin);
        SqlNodeStore &store = *measured;
        const int appends = int(qMin<qint64>(2000, events));
        QList<double> tree, signedTree, baseline;
        for (int i = 0; i < appends; ++i) {
            RecordEvent e = sampleEvent(origin, uint64_t(i), now);
            QElapsedTimer t;
            t.start();
            auto r = Db::transaction(db, [&]() -> Result<void> {
                auto a = store.append(EventEncoding::leafHash(e));
                return a ? success() : Result<void>(a.error());
            });
            tree << msSince(t);
            if (!r) {
                err << r.error().fullText() << '\n';
                return 1;
            }
        }
        auto measuredSigned =
            std::make_unique<SqlNodeStore>(db, origin + QStringLiteral("/signed"));
        SqlNodeStore &signedStore = *measuredSigned;
        for (int i = 0; i < appends; ++i) {
            RecordEvent e = sampleEvent(origin, uint64_t(i), now);
            const Ed25519Signer &s = *signers[size_t(i % 5)];
            QElapsedTimer t;
            t.start();
            e.signer = s.publicKey().fingerprint;
            e.signature = s.sign(EventEncoding::signedBytes(e)).value();
            auto r = Db::transaction(db, [&]() -> Result<void> {
                auto a = signedStore.append(EventEncoding::leafHash(e));
                return a ? success() : Result<void>(a.error());
            });
            signedTree << msSince(t);
            if (!r)
                return 1;
        }
        for (int i = 0; i < appends; ++i) {
            EventDraft d;
            d.incidentId = incident;
            d.actor = QStringLiteral("alex");
            d.kind = QStringLiteral("note");
            d.summary = QStringLiteral("Revoked the tokens of usr_%1 after the alert").arg(i);
            QElapsedTimer t;
            t.start();
            if (!EventLog::append(db, d, now))
                return 1;
            baseline << msSince(t);
        }
        // Since part 2 the append itself signs, updates the tree and takes
        // the log's head: the real signed append, against the same append
        // with no key (the baseline above).
        QList<double> signedAppend;
        EventLog::setSigner(name, appendSigner);
        for (int i = 0; i < appends; ++i) {
            EventDraft d;
            d.incidentId = incident;
            d.actor = QStringLiteral("alex");
            d.kind = QStringLiteral("note");
            d.summary = QStringLiteral("Revoked the tokens of usr_%1 after the alert").arg(i);
            QElapsedTimer t;
            t.start();
            if (!EventLog::append(db, d, now))
                return 1;
            signedAppend << msSince(t);
        }
        EventLog::setSigner(name, nullptr);
        reportPercentiles(QStringLiteral("record.append_sqlite_eventlog_signed"), signedAppend);
        reportPercentiles(QStringLiteral("record.append_sqlite_tree"), tree);
        reportPercentiles(QStringLiteral("record.append_sqlite_signed_tree"), signedTree);
        reportPercentiles(QStringLiteral("record.append_sqlite.baseline.eventlog_append"),
                          baseline);
        measured.reset(); // the stores hold the connection
        measuredSigned.reset();
        db = QSqlDatabase();
        Db::close(name);
    }

    // 3. Verifying a record of `events` signed events against a checkpoint.
    if (!options.skip.contains(QLatin1String("verify"))) {
        QList<RecordEvent> record;
        record.reserve(events);
        Merkle::MemoryTree tree;
        for (qint64 i = 0; i < events; ++i) {
            RecordEvent e = sampleEvent(origin, uint64_t(i), now.addMSecs(i));
            const Ed25519Signer &s = *signers[size_t(i % 5)];
            e.signer = s.publicKey().fingerprint;
            e.signature = s.sign(EventEncoding::signedBytes(e)).value();
            tree.append(EventEncoding::leafHash(e));
            record.append(std::move(e));
        }
        Checkpoint cp;
        cp.origin = origin;
        cp.size = tree.size();
        cp.root = tree.root();
        cp.time = now;
        const QByteArray note = Checkpoints::sign(cp, people.first().privatePem).value();
        auto verifyAll = [&](int threads) {
            QElapsedTimer t;
            t.start();
            auto parsed = Checkpoints::parse(note);
            const bool signedOk =
                parsed && !Checkpoints::verify(parsed.value(), keys.values()).validBy.isEmpty();
            const EventCheck check = RecordVerifier::checkEvents(record, keys, threads);
            const bool ok = signedOk && check.badSignature.isEmpty() &&
                            check.unknownSigner.isEmpty() &&
                            RecordVerifier::rootOf(check.leaves) == parsed->checkpoint.root;
            const double ms = msSince(t);
            if (!ok)
                err << "verification failed\n";
            return ok ? ms : -1;
        };
        QList<double> all, one;
        for (int run = 0; run < options.runs; ++run) {
            all << verifyAll(0);
            if (run < 2)
                one << verifyAll(1);
            err << "verify run " << run << ": " << all.last() << " ms\n";
        }
        report(QStringLiteral("record.verify_%1_events_ms").arg(events), median(all),
               QStringLiteral("ms"));
        report(QStringLiteral("record.verify_%1_events_ms.one_thread").arg(events), median(one),
               QStringLiteral("ms"));
        // The peer: the same events' leaves and root with no signature checks.
        QList<double> hashOnly;
        for (int run = 0; run < qMin(options.runs, 3); ++run) {
            QElapsedTimer t;
            t.start();
            std::vector<Merkle::Hash> leaves;
            leaves.reserve(size_t(record.size()));
            for (const RecordEvent &e : record)
                leaves.push_back(EventEncoding::leafHash(e));
            (void)RecordVerifier::rootOf(leaves);
            hashOnly << msSince(t);
        }
        report(QStringLiteral("record.verify_%1_events_ms.baseline.tree_only").arg(events),
               median(hashOnly), QStringLiteral("ms"));
        // From a checkpoint this workstation verified at 99 %: the
        // consistency proof and the new events' signatures only.
        const uint64_t seen = uint64_t(events) * 99 / 100;
        const Merkle::Hash seenRoot = Merkle::rootHash(tree, seen).value();
        QList<double> incremental;
        for (int run = 0; run < options.runs; ++run) {
            QElapsedTimer t;
            t.start();
            const auto proof = Merkle::consistencyProof(tree, seen, tree.size()).value();
            const bool consistent =
                Merkle::verifyConsistency(seen, tree.size(), seenRoot, tree.root(), proof);
            const EventCheck check =
                RecordVerifier::checkEvents(record.mid(qsizetype(seen)), keys, 0);
            incremental << (consistent && check.badSignature.isEmpty() ? msSince(t) : -1);
        }
        report(QStringLiteral("record.verify_last_1pct_since_checkpoint_ms"), median(incremental),
               QStringLiteral("ms"));
    }

    // 2b. On PostgreSQL (a private server): EventLog::append through the
    //     append function (server clock, leaf under the log's lock, the
    //     tree written in SQL), signed and unsigned, one transaction each.
    if (!options.skip.contains(QLatin1String("pgappend"))) {
        test::PgServer server;
        if (auto started = server.start(); !started) {
            err << started.error().fullText() << '\n';
            return 1;
        }
        const QString database = QStringLiteral("bench_record");
        if (auto c = server.createDatabase(database); !c) {
            err << c.error().fullText() << '\n';
            return 1;
        }
        const QString name = QStringLiteral("bench-record-pg");
        auto info = Workspace::open(server.spec(database), {}, name, now);
        if (!info) {
            err << info.error().fullText() << '\n';
            return 1;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        NewIncident n;
        n.title = QStringLiteral("Bench");
        const QString incident = IncidentRepository(db, now).create(n, QStringLiteral("bench"))->id;
        const int appends = int(qMin<qint64>(2000, events));
        QList<double> unsignedAppend, signedAppend;
        for (int round = 0; round < 2; ++round) {
            EventLog::setSigner(name, round ? appendSigner : nullptr);
            for (int i = 0; i < appends; ++i) {
                EventDraft d;
                d.incidentId = incident;
                d.actor = QStringLiteral("alex");
                d.kind = QStringLiteral("note");
                d.summary = QStringLiteral("Revoked the tokens of usr_%1 after the alert").arg(i);
                QElapsedTimer t;
                t.start();
                auto e = EventLog::append(db, d, now);
                if (!e) {
                    err << e.error().fullText() << '\n';
                    return 1;
                }
                (round ? signedAppend : unsignedAppend) << msSince(t);
            }
        }
        EventLog::setSigner(name, nullptr);
        reportPercentiles(QStringLiteral("record.append_pg_eventlog_signed"), signedAppend);
        reportPercentiles(QStringLiteral("record.append_pg.baseline.eventlog_unsigned"),
                          unsignedAppend);
        db = QSqlDatabase();
        Db::close(name);
    }

    // 4. A consistency proof on a log of `logSize` leaves.
    if (!options.skip.contains(QLatin1String("consistency"))) {
        Merkle::MemoryTree tree;
        tree.reserve(logSize);
        Merkle::Hash h{};
        for (uint64_t i = 0; i < logSize; ++i) {
            h[0] = uchar(i);
            h[1] = uchar(i >> 8);
            h[2] = uchar(i >> 16);
            tree.append(Merkle::leafHash(Merkle::toBytes(h)));
        }
        const QString name = QStringLiteral("bench-record-nodes");
        auto db0 = Db::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("nodes.db"))), name);
        if (!db0) {
            err << db0.error().fullText() << '\n';
            return 1;
        }
        QSqlDatabase db = db0.value();
        if (auto c = Db::exec(db, SqlNodeStore::ddl(false)); !c)
            return 1;
        // Fill the table with every complete subtree, as appends would have.
        QElapsedTimer fill;
        fill.start();
        auto filled = Db::transaction(db, [&]() -> Result<void> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO ic_record_nodes (log_id, level, idx, hash) VALUES ('log', ?, ?, ?)"));
            for (int level = 0; (logSize >> level) > 0; ++level) {
                for (uint64_t idx = 0; idx < (logSize >> level); ++idx) {
                    q.bindValue(0, level);
                    q.bindValue(1, qint64(idx));
                    q.bindValue(2, Merkle::toBytes(tree.nodes({{level, idx}})->front()));
                    if (!q.exec())
                        return Db::queryError(q, QStringLiteral("fill"));
                }
            }
            return success();
        });
        if (!filled) {
            err << filled.error().fullText() << '\n';
            return 1;
        }
        err << "filled " << logSize << " leaves' nodes in " << fill.elapsed() << " ms\n";
        auto nodeStore = std::make_unique<SqlNodeStore>(db, QStringLiteral("log"));
        SqlNodeStore &store = *nodeStore;
        QList<double> memory, sqlite;
        auto *rng = QRandomGenerator::global();
        for (int run = 0; run < qMax(options.runs, 20); ++run) {
            const uint64_t m = 1 + rng->bounded(quint64(logSize - 1));
            QElapsedTimer t;
            t.start();
            auto p = Merkle::consistencyProof(tree, m, logSize);
            const Merkle::Hash oldRoot = Merkle::rootHash(tree, m).value();
            bool ok = p && Merkle::verifyConsistency(m, logSize, oldRoot, tree.root(), p.value());
            memory << (ok ? msSince(t) : -1);
            t.start();
            auto sp = Merkle::consistencyProof(store, m, logSize);
            auto newRoot = Merkle::rootHash(store, logSize);
            ok = sp && newRoot &&
                 Merkle::verifyConsistency(m, logSize, oldRoot, newRoot.value(), sp.value());
            sqlite << (ok ? msSince(t) : -1);
        }
        report(QStringLiteral("record.consistency_%1_leaves_memory_ms").arg(logSize),
               median(memory), QStringLiteral("ms"));
        report(QStringLiteral("record.consistency_%1_leaves_sqlite_ms").arg(logSize),
               median(sqlite), QStringLiteral("ms"));
        report(QStringLiteral("record.consistency_%1_leaves_sqlite_ms.max").arg(logSize),
               percentile(sqlite, 1.0), QStringLiteral("ms"));
        nodeStore.reset();
        db = QSqlDatabase();
        Db::close(name);
    }
    return 0;
}

} // namespace ic::bench
