// The windowed audit model on both engines: under QAbstractItemModelTester,
// keyset pages that neither skip nor repeat a row with duplicate timestamps
// in both directions and across jumps, the estimate refined to an exact
// count, bad filters that run nothing, and (PostgreSQL) a connection lost
// mid-query that keeps the rows on screen and recovers on retry.
#include "AuditFixture.h"
#include "models/audit/AuditLogModel.h"
#include "models/core/Clock.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace ic;
using namespace ic::test;

class TestAuditLogModel : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    ManualClock m_clock{utc("2026-11-22T00:00:00.000Z")};
    QHash<QString, ConnectionSpec> m_big; // 5,000 generated rows per engine

    ConnectionSpec bigSource()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString key = engine + QLatin1Char('/') + layoutName(currentLayout());
        if (!m_big.contains(key)) {
            auto spec = m_src.create(engine);
            if (!spec || !m_src.generate(spec.value(), 5000, 10))
                return {};
            m_big.insert(key, spec.value());
        }
        return m_big.value(key);
    }

    static bool settle(AuditLogModel &m, bool index = true)
    {
        return QTest::qWaitFor(
            [&] { return m.isCountExact() && (!index || m.isIndexComplete()) && !m.isLoading(); },
            60000);
    }

    // Moves the viewport and waits until every row in it is loaded.
    static bool show(AuditLogModel &m, int first, int count)
    {
        m.setViewport(first, count);
        return QTest::qWaitFor(
            [&] {
                for (int r = first; r < first + count && r < m.rowCount(); ++r) {
                    if (!m.rowAt(r) ||
                        m.data(m.index(r, 0), AuditLogModel::ApproximateRole).toBool())
                        return false;
                }
                return true;
            },
            30000);
    }

    static QList<qint64> idsAt(const AuditLogModel &m, int first, int count)
    {
        QList<qint64> out;
        for (int r = first; r < first + count && r < m.rowCount(); ++r)
            out << (m.rowAt(r) ? m.rowAt(r)->id : -1);
        return out;
    }

private slots:
    void initTestCase_data() { addAuditLayoutRows(); }
    void initTestCase() { IC_START_PG(m_src.pg()); }

    void underModelTester()
    {
        const ConnectionSpec spec = bigSource();
        AuditLogModel m(spec, m_clock);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(), 5000);
        QVERIFY(show(m, 2000, 60));
        AuditFilter f;
        f.user = QStringLiteral("usr_3");
        QVERIFY(m.setFilter(f).isEmpty());
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(),
                 int(m_src.ids(spec, true, QStringLiteral("user_id = 'usr_3'")).size()));
        QVERIFY(show(m, 0, 40));
        QCOMPARE(m.data(m.index(0, AuditLogModel::UserColumn)).toString(), QStringLiteral("usr_3"));
    }

    void pagesNeitherSkipNorRepeat_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::newRow("newest first") << true;
        QTest::newRow("oldest first") << false;
    }
    void pagesNeitherSkipNorRepeat()
    {
        QFETCH(bool, newestFirst);
        const ConnectionSpec spec = bigSource();
        const QList<qint64> reference = m_src.ids(spec, newestFirst);
        QCOMPARE(reference.size(), 5000);
        AuditFilter f;
        f.order = newestFirst ? AuditFilter::Order::NewestFirst : AuditFilter::Order::OldestFirst;

        // Down, one screen at a time (page boundaries fall inside screens).
        {
            AuditLogModel m(spec, m_clock);
            m.setIndexing(false); // pages continue from each other, not from the index
            QVERIFY(m.setFilter(f).isEmpty());
            QVERIFY(settle(m, false));
            QList<qint64> seen;
            for (int first = 0; first < 5000; first += 45) {
                QVERIFY2(show(m, first, 45), qPrintable(QStringLiteral("rows at %1").arg(first)));
                seen += idsAt(m, first, 45);
            }
            QCOMPARE(seen, reference);
        }
        // Up from the end, where the first page is read backwards.
        {
            AuditLogModel m(spec, m_clock);
            m.setIndexing(false);
            QVERIFY(m.setFilter(f).isEmpty());
            QVERIFY(settle(m, false));
            QList<qint64> seen;
            for (int last = 5000; last > 0; last -= 45) {
                const int first = qMax(0, last - 45);
                QVERIFY2(show(m, first, last - first),
                         qPrintable(QStringLiteral("rows at %1").arg(first)));
                seen = idsAt(m, first, last - first) + seen;
            }
            QCOMPARE(seen, reference);
        }
    }

    void jumpsLandOnExactRows()
    {
        const ConnectionSpec spec = bigSource();
        const QList<qint64> reference = m_src.ids(spec, true);
        AuditLogModel m(spec, m_clock);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(settle(m));
        QCOMPARE(m.indexedRows(), qint64(5000));
        QRandomGenerator rng(42);
        QList<int> positions{4999 - 39, 2500, 0, 1337, 255, 256, 257, 4000};
        for (int i = 0; i < 12; ++i)
            positions << int(rng.bounded(4960));
        for (int pos : std::as_const(positions)) {
            QVERIFY2(show(m, pos, 40), qPrintable(QStringLiteral("jump to %1").arg(pos)));
            QCOMPARE(idsAt(m, pos, 40), reference.mid(pos, 40));
        }
        // Back down from a jump: the pages after it continue without a gap.
        QVERIFY(show(m, 3000, 40));
        QList<qint64> run;
        for (int first = 3000; first < 3600; first += 40) {
            QVERIFY(show(m, first, 40));
            run += idsAt(m, first, 40);
        }
        QCOMPARE(run, reference.mid(3000, 600));
        QVERIFY(m.cachedPages() <= AuditLogModel::MaxCachedPages);
    }

    void unindexedJumpSeeksByTimeThenSettlesExactly()
    {
        const ConnectionSpec spec = bigSource();
        const QList<qint64> reference = m_src.ids(spec, true);
        AuditLogModel m(spec, m_clock);
        m.setIndexing(false);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(settle(m, false));
        QVERIFY(!m.isIndexComplete());
        // The middle, before any key there is known: found by time, flagged.
        m.setViewport(2500, 300);
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int r = 2500; r < 2800; ++r) {
                    if (!m.rowAt(r))
                        return false;
                }
                return true;
            },
            30000));
        QVERIFY(m.data(m.index(2500, 0), AuditLogModel::ApproximateRole).toBool());
        // Contiguous among themselves: a run of the reference, no gap, no repeat.
        const QList<qint64> approx = idsAt(m, 2500, 300);
        const qsizetype at = reference.indexOf(approx.first());
        QVERIFY(at >= 0);
        QCOMPARE(approx, reference.mid(at, 300));
        QVERIFY2(qAbs(at - 2500) < 500, "a time-mapped seek lands near the asked position");
        // Once indexed, the same rows sit exactly where they belong.
        m.setIndexing(true);
        QVERIFY(settle(m));
        const bool shown = show(m, 2500, 300);
        if (!shown) {
            for (int r = 2500; r < 2800; r += 64)
                qWarning() << r << (m.rowAt(r) != nullptr)
                           << m.data(m.index(r, 0), AuditLogModel::ApproximateRole) << m.isLoading()
                           << m.hasError() << m.lastError().fullText();
        }
        QVERIFY(shown);
        QCOMPARE(idsAt(m, 2500, 300), reference.mid(2500, 300));
    }

    void estimateFirstThenExactCount()
    {
        const ConnectionSpec spec = bigSource();
        AuditLogModel m(spec, m_clock);
        QSignalSpy counts(&m, &AuditLogModel::countChanged);
        QSignalSpy first(&m, &AuditLogModel::firstRowsLoaded);
        AuditFilter f;
        f.tenant = QStringLiteral("ten_2");
        QVERIFY(m.setFilter(f).isEmpty());
        QVERIFY(first.wait(20000));
        // The planner's estimate arrives with the first rows: a count not yet
        // exact (a failed estimate would show as exact or as one page).
        QList<QVariant> estimate; // the first count that is not the reset to 0
        for (const QList<QVariant> &c : std::as_const(counts)) {
            if (c.at(0).toLongLong() > 0) {
                estimate = c;
                break;
            }
        }
        QVERIFY(!estimate.isEmpty());
        QCOMPARE(estimate.at(1).toBool(), false);
        QVERIFY2(estimate.at(0).toLongLong() > 128, qPrintable(estimate.at(0).toString()));
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(), 1000);
        QCOMPARE(counts.last().at(0).toLongLong(), qint64(1000));
        QVERIFY(counts.last().at(1).toBool());
    }

    void smallResultIsExactAtOnce()
    {
        const ConnectionSpec spec = bigSource();
        AuditLogModel m(spec, m_clock);
        QSignalSpy first(&m, &AuditLogModel::firstRowsLoaded);
        AuditFilter f;
        f.user = QStringLiteral("usr_3");
        f.event = QStringLiteral("login");
        QVERIFY(m.setFilter(f).isEmpty());
        QVERIFY(first.wait(20000));
        QVERIFY(m.isCountExact());
        QCOMPARE(m.rowCount(),
                 int(m_src.ids(spec, true, QStringLiteral("user_id = 'usr_3' AND event = 'login'"))
                         .size()));
        QVERIFY(m.statement().text().contains(QStringLiteral("'usr_3'")));
        QVERIFY(!m.statement().sql.contains(QStringLiteral("usr_3"))); // bound, never pasted
    }

    void limitKeepsTheFirstRows()
    {
        const ConnectionSpec spec = bigSource();
        AuditLogModel m(spec, m_clock);
        AuditFilter f;
        f.limit = 300;
        QVERIFY(m.setFilter(f).isEmpty());
        QVERIFY(settle(m));
        QCOMPARE(m.rowCount(), 300);
        QVERIFY(show(m, 260, 40));
        QCOMPARE(idsAt(m, 0, 300).mid(260), m_src.ids(spec, true).mid(260, 40));
    }

    void badFilterRunsNothing()
    {
        const ConnectionSpec spec = bigSource();
        AuditLogModel m(spec, m_clock);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(settle(m));
        QSignalSpy started(&m, &AuditLogModel::resultStarted);
        AuditFilter f;
        f.ip = QStringLiteral("10.0.0.300/8");
        const auto problems = m.setFilter(f);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, AuditField::Ip);
        QVERIFY(problems.first().message.contains(QLatin1String("Nothing was run")));
        QCOMPARE(started.size(), 0);
        QCOMPARE(m.rowCount(), 5000); // the previous result stays
        QCOMPARE(m.filter(), AuditFilter());

        // An unknown metadata key, once the catalog knows the keys.
        QSignalSpy catalog(&m, &AuditLogModel::catalogLoaded);
        m.loadCatalog();
        QVERIFY(catalog.wait(20000));
        QVERIFY(m.catalog().metadataKeys.contains(QStringLiteral("n")));
        QVERIFY(m.catalog().events.contains(QStringLiteral("logout")));
        AuditFilter g;
        g.metaKey = QStringLiteral("N");
        const auto keyProblems = m.setFilter(g);
        QCOMPARE(keyProblems.size(), 1);
        QCOMPARE(keyProblems.first().field, AuditField::MetaKey);
        QVERIFY(keyProblems.first().message.contains(QLatin1String("\"n\"")));
        QCOMPARE(started.size(), 0);
    }

    void lostConnectionKeepsRowsAndRetries()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("postgres"))
            QSKIP("pg_terminate_backend is PostgreSQL's; SQLite has no connection to lose");
        const ConnectionSpec spec = bigSource();
        const QList<qint64> reference = m_src.ids(spec, true);
        AuditLogModel m(spec, m_clock);
        m.setReconnectWindow(0); // the user retries (tst_auditstandby: by itself)
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(settle(m));
        QVERIFY(show(m, 0, 40));

        // Another session holds the table, so the next page waits on it (on a
        // standby: the primary's lock, replayed)...
        const QString lockName = QStringLiteral("lost-lock");
        auto locker = Db::open(m_src.writeSpec(spec), lockName);
        QVERIFY(locker.ok());
        QVERIFY(Db::exec(locker.value(), QStringLiteral("BEGIN")).ok());
        QVERIFY(Db::exec(locker.value(),
                         QStringLiteral("LOCK TABLE audit_logs IN ACCESS EXCLUSIVE MODE"))
                    .ok());
        IC_VERIFY_OK(m_src.sync(spec)); // a standby has the lock too
        QSignalSpy failed(&m, &AuditLogModel::failed);
        m.setViewport(3000, 40);
        // ...and is killed while it waits: the connection is gone mid-query.
        const QString watchName = QStringLiteral("lost-watch");
        int killed = 0;
        {
            auto watch = Db::open(spec, watchName);
            QVERIFY(watch.ok());
            QVERIFY(QTest::qWaitFor(
                [&] {
                    auto q = Db::exec(watch.value(),
                                      QStringLiteral("SELECT pid FROM pg_stat_activity WHERE "
                                                     "wait_event_type = 'Lock' AND datname = "
                                                     "current_database()"));
                    if (q && q->next())
                        killed = q->value(0).toInt();
                    return killed != 0;
                },
                20000));
            QVERIFY(
                Db::exec(watch.value(), QStringLiteral("SELECT pg_terminate_backend(?)"), {killed})
                    .ok());
        }
        Db::close(watchName);
        QVERIFY(failed.wait(20000));
        const Error e = failed.last().first().value<Error>();
        QCOMPARE(e.kind, Error::Kind::Unreachable);
        QVERIFY(e.message.contains(QLatin1String("lost")));
        QVERIFY(m.hasError());
        QCOMPARE(idsAt(m, 0, 40), reference.mid(0, 40)); // the last results stay
        QVERIFY(!m.rowAt(3000));

        QVERIFY(Db::exec(locker.value(), QStringLiteral("ROLLBACK")).ok());
        locker.value() = QSqlDatabase();
        Db::close(lockName);
        m.retry();
        QVERIFY(show(m, 3000, 40));
        QCOMPARE(idsAt(m, 3000, 40), reference.mid(3000, 40));
        QVERIFY(!m.hasError());
    }

    // The same loss without anyone pressing Retry: the model reconnects by
    // itself and the page arrives where it belongs; nothing is reported.
    void lostConnectionReconnectsByItself()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("postgres"))
            QSKIP("SQLite has no connection to lose");
        const ConnectionSpec spec = bigSource();
        const QList<qint64> reference = m_src.ids(spec, true);
        AuditLogModel m(spec, m_clock);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(settle(m));
        QVERIFY(show(m, 1000, 40));
        QSignalSpy failed(&m, &AuditLogModel::failed);
        QSignalSpy reconnecting(&m, &AuditLogModel::reconnecting);
        QSignalSpy reconnected(&m, &AuditLogModel::reconnected);
        // Every session of the explorer is killed (as a restart or failover does).
        const QString killName = QStringLiteral("reconnect-kill");
        {
            auto kill = Db::open(spec, killName);
            QVERIFY(kill.ok());
            QVERIFY(Db::exec(kill.value(),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                            "pg_stat_activity WHERE application_name = "
                                            "'incident-commander' AND pid <> pg_backend_pid() AND "
                                            "datname = current_database()"))
                        .ok());
        }
        Db::close(killName);
        m.setViewport(3500, 40);
        QVERIFY(show(m, 3500, 40));
        QCOMPARE(idsAt(m, 3500, 40), reference.mid(3500, 40));
        QCOMPARE(idsAt(m, 1000, 40), reference.mid(1000, 40));
        QVERIFY(reconnecting.size() >= 1);
        QVERIFY(reconnected.size() >= 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m.hasError());
    }

    // An index walk interrupted after some checkpoints goes on from the last
    // one and finds exactly the checkpoints a whole walk finds after it.
    void indexResumesFromItsLastKey()
    {
        const ConnectionSpec spec = bigSource();
        const QString name = QStringLiteral("index-resume");
        {
            auto db = Db::open(spec, name);
            QVERIFY(db.ok());
            for (bool newestFirst : {true, false}) {
                for (int limit : {0, 3000}) {
                    AuditFilter filter;
                    filter.order = newestFirst ? AuditFilter::Order::NewestFirst
                                               : AuditFilter::Order::OldestFirst;
                    filter.limit = limit;
                    const CompiledFilter f = AuditFilters::compile(
                        filter,
                        spec.kind == ConnectionProfile::Kind::Postgres ? Db::Engine::Postgres
                                                                       : Db::Engine::Sqlite,
                        m_clock.now());
                    QList<AuditKey> whole, rest;
                    IC_VERIFY_OK(AuditQueries::buildIndex(
                        db.value(), f, nullptr, [&](const QList<AuditKey> &k) { whole += k; }));
                    QCOMPARE(whole.size(), (limit > 0 ? limit : 5000) / 256 + 1);
                    const int at = 5;
                    IC_VERIFY_OK(AuditQueries::buildIndex(
                        db.value(), f, nullptr, [&](const QList<AuditKey> &k) { rest += k; },
                        whole.at(at), qint64(at) * AuditQueries::CheckpointStride));
                    QCOMPARE(rest, whole.mid(at + 1));
                }
            }
        }
        Db::close(name);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
