// The tamper-evident record: every kind of direct change to the events table
// is found, on both engines, and concurrent appends keep one unbroken chain.
#include "WorkspaceFixture.h"
#include "models/incidents/IncidentRepository.h"
#include "models/timeline/EventLog.h"

#include <QJsonArray>
#include <QTest>

#include <thread>

using namespace ic;
using namespace ic::test;

class TestEventLog : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    QString m_incident;
    int m_n = 0;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

    void appendN(int n)
    {
        for (int i = 0; i < n; ++i) {
            EventDraft d;
            d.incidentId = m_incident;
            d.actor = QStringLiteral("alex");
            d.kind = QStringLiteral("note");
            d.summary = QStringLiteral("note %1 — ünïcødé 'quoted' \"double\"").arg(i);
            d.details =
                QJsonObject{{QStringLiteral("i"), i},
                            {QStringLiteral("nested"),
                             QJsonObject{{QStringLiteral("b"), true}, {QStringLiteral("a"), 1.5}}},
                            {QStringLiteral("list"), QJsonArray{1, 2, 3}}};
            QVERIFY(EventLog::append(m_db, d, m_now.addSecs(i)).ok());
        }
    }

    ChainVerification verifyNow()
    {
        auto v = EventLog::verify(m_db, m_incident);
        return v ? v.value() : ChainVerification{false, 0, -1, v.error().fullText()};
    }

    void exec(const QString &sql)
    {
        auto r = Db::exec(m_db, sql);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
        auto db = TestWorkspaces::connect(m_spec, QStringLiteral("el-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        NewIncident n;
        n.title = QStringLiteral("Chained");
        auto inc = IncidentRepository(m_db, m_now).create(n, QStringLiteral("alex"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void chainIsIntactAndLinked()
    {
        appendN(5);
        const ChainVerification v = verifyNow();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.events, 6); // "created" plus five notes
        auto list = EventLog::events(m_db, m_incident);
        IC_VERIFY_OK(list);
        QString prev;
        for (int i = 0; i < list->size(); ++i) {
            const IncidentEvent &e = list->at(i);
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.prevHash, prev);
            QCOMPARE(e.hash.size(), 64);
            QCOMPARE(EventLog::hashOf(e), e.hash);
            prev = e.hash;
        }
        // Details survive the engine's JSON storage byte for byte in canonical form.
        QCOMPARE(list->at(3)
                     .details.value(QStringLiteral("nested"))
                     .toObject()
                     .value(QStringLiteral("a"))
                     .toDouble(),
                 1.5);
    }

    void backdatedAndCorrectionEvents()
    {
        EventDraft d;
        d.incidentId = m_incident;
        d.actor = QStringLiteral("sam");
        d.kind = QStringLiteral("manual");
        d.summary = QStringLiteral("Phone call with the tenant at 09:10");
        d.occurredAt = m_now.addSecs(-50 * 60);
        d.backdated = true;
        auto first = EventLog::append(m_db, d, m_now);
        IC_VERIFY_OK(first);
        QVERIFY(first->backdated);
        QCOMPARE(first->occurredAt, m_now.addSecs(-50 * 60));
        if (Db::isPostgres(m_db)) // the server's clock, not the workstation's
            QVERIFY(qAbs(first->recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        else
            QCOMPARE(first->recordedAt, m_now);
        d.summary = QStringLiteral("Correction: the call was at 09:20");
        d.occurredAt = m_now.addSecs(-40 * 60);
        d.correctsEventId = first->id;
        auto fix = EventLog::append(m_db, d, m_now.addSecs(5));
        IC_VERIFY_OK(fix);
        QCOMPARE(fix->correctsEventId, first->id);
        auto list = EventLog::events(m_db, m_incident);
        IC_VERIFY_OK(list);
        QCOMPARE(list->last().correctsEventId, first->id);
        QVERIFY(list->at(1).backdated);
        QVERIFY(verifyNow().intact);
    }

    void alteredRowIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("brokenSeq");
        QTest::addColumn<QString>("says");
        QTest::newRow("summary edited")
            << QStringLiteral(
                   "UPDATE ic_incident_events SET summary = 'nothing happened' WHERE seq = 3")
            << 3 << QStringLiteral("was changed");
        QTest::newRow("actor edited")
            << QStringLiteral("UPDATE ic_incident_events SET actor = 'someone-else' WHERE seq = 2")
            << 2 << QStringLiteral("was changed");
        QTest::newRow("time edited")
            << QStringLiteral(
                   "UPDATE ic_incident_events SET occurred_at = recorded_at WHERE seq = 4 "
                   "AND 1 = 1")
            << -4 << QStringLiteral("");
        QTest::newRow("middle deleted")
            << QStringLiteral("DELETE FROM ic_incident_events WHERE seq = 3") << 3
            << QStringLiteral("is missing");
        QTest::newRow("last deleted")
            << QStringLiteral("DELETE FROM ic_incident_events WHERE seq = 6") << 6
            << QStringLiteral("were deleted");
        QTest::newRow("reordered")
            << QStringLiteral("UPDATE ic_incident_events SET seq = CASE seq WHEN 2 THEN 3 "
                              "WHEN 3 THEN 2 END WHERE seq IN (2, 3)")
            << 2 << QStringLiteral("does not follow");
        QTest::newRow("inserted at the end")
            << QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, occurred_at, "
                              "recorded_at, actor, kind, summary, details, prev_hash, hash) "
                              "SELECT incident_id, 7, occurred_at, recorded_at, actor, kind, "
                              "'forged', details, hash, hash FROM ic_incident_events WHERE seq = 6")
            << 7 << QStringLiteral("was changed");
    }
    void alteredRowIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(int, brokenSeq);
        QFETCH(QString, says);
        appendN(5);
        QVERIFY(verifyNow().intact);
        QString statement = sql;
        if (brokenSeq == -4) {
            // Move event 4 one hour into the past, engine by engine.
            statement = Db::isPostgres(m_db)
                            ? QStringLiteral("UPDATE ic_incident_events SET occurred_at = "
                                             "occurred_at - interval '1 hour' WHERE seq = 4")
                            : QStringLiteral("UPDATE ic_incident_events SET occurred_at = "
                                             "strftime('%Y-%m-%d %H:%M:%f', occurred_at, "
                                             "'-1 hour') WHERE seq = 4");
            brokenSeq = 4;
            says = QStringLiteral("was changed");
        }
        if (sql.contains(QLatin1String("CASE seq"))) {
            // The unique index refuses the swap in one statement: three steps.
            exec(QStringLiteral("UPDATE ic_incident_events SET seq = -2 WHERE seq = 2"));
            exec(QStringLiteral("UPDATE ic_incident_events SET seq = 2 WHERE seq = 3"));
            statement = QStringLiteral("UPDATE ic_incident_events SET seq = 3 WHERE seq = -2");
        }
        exec(statement);
        const ChainVerification v = verifyNow();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, brokenSeq);
        QVERIFY2(v.problem.contains(says), qPrintable(v.problem));
    }

    void concurrentAppendsKeepOneChain()
    {
        QFETCH_GLOBAL(QString, engine);
        constexpr int Threads = 4, PerThread = 15;
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&, t] {
                const QString name = QStringLiteral("writer-%1-%2").arg(m_n).arg(t);
                {
                    auto db = Db::open(m_spec, name);
                    if (!db) {
                        ++failures;
                        return;
                    }
                    for (int i = 0; i < PerThread; ++i) {
                        EventDraft d;
                        d.incidentId = m_incident;
                        d.actor = QStringLiteral("writer-%1").arg(t);
                        d.kind = QStringLiteral("note");
                        d.summary = QString::number(i);
                        if (!EventLog::append(db.value(), d, QDateTime::currentDateTimeUtc()))
                            ++failures;
                    }
                }
                Db::close(name);
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        const ChainVerification v = verifyNow();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.events, 1 + Threads * PerThread);
    }

    void unchainedEventsAreChainedOnce()
    {
        appendN(3);
        // A workspace from before the chain: no seq, no hashes.
        exec(QStringLiteral(
            "UPDATE ic_incident_events SET seq = NULL, prev_hash = NULL, hash = NULL"));
        exec(QStringLiteral("UPDATE ic_incidents SET event_count = 0, last_event_hash = ''"));
        auto chained = EventLog::chainUnchained(m_db);
        IC_VERIFY_OK(chained);
        QCOMPARE(chained.value(), 4);
        QVERIFY(verifyNow().intact);
        auto again = EventLog::chainUnchained(m_db);
        IC_VERIFY_OK(again);
        QCOMPARE(again.value(), 0);
    }

    void appendToMissingIncidentIsRefused()
    {
        EventDraft d;
        d.incidentId = QStringLiteral("no-such-incident");
        d.actor = QStringLiteral("x");
        d.kind = QStringLiteral("note");
        d.summary = QStringLiteral("y");
        auto r = EventLog::append(m_db, d, m_now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
