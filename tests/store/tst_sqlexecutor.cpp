// Jobs run on a worker thread with their own connection; a dropped
// connection is reported once and then replaced.
#include "PgServer.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

using namespace ic;
using ic::test::PgServer;

class TestSqlExecutor : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;

    template <typename R>
    Result<R> runNow(SqlExecutor &ex, std::function<Result<R>(QSqlDatabase &)> job,
                     QThread **doneThread = nullptr)
    {
        std::optional<Result<R>> out;
        ex.run<R>(std::move(job), this, [&](Result<R> r) {
            if (doneThread)
                *doneThread = QThread::currentThread();
            out = std::move(r);
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return Error::make(Error::Kind::General, QStringLiteral("timed out"));
        return *out;
    }

    static Result<int> backendPid(QSqlDatabase &db)
    {
        auto q = Db::exec(db, QStringLiteral("SELECT pg_backend_pid()"));
        if (!q)
            return q.error();
        q->next();
        return q->value(0).toInt();
    }

private slots:
    void initTestCase() { IC_START_PG(m_pg); }

    void runsOffTheCallingThread()
    {
        SqlExecutor ex(m_pg.spec(QStringLiteral("postgres")), QStringLiteral("t"));
        QThread *jobThread = nullptr;
        QThread *doneThread = nullptr;
        auto r = runNow<int>(
            ex,
            [&](QSqlDatabase &db) -> Result<int> {
                jobThread = QThread::currentThread();
                return backendPid(db);
            },
            &doneThread);
        QVERIFY(r.ok());
        QVERIFY(jobThread && jobThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    // The worker yields the CPU to the window's thread: a higher nice value.
    void workerYieldsToTheWindow()
    {
#ifdef Q_OS_LINUX
        SqlExecutor ex(m_pg.spec(QStringLiteral("postgres")), QStringLiteral("t"));
        auto nice = runNow<int>(ex, [](QSqlDatabase &) -> Result<int> {
            errno = 0;
            return getpriority(PRIO_PROCESS, 0); // this thread's, on Linux
        });
        QVERIFY(nice.ok());
        errno = 0;
        const int window = getpriority(PRIO_PROCESS, 0);
        QVERIFY2(nice.value() > window || window == 19,
                 qPrintable(QStringLiteral("worker %1, window %2").arg(nice.value()).arg(window)));
#else
        QSKIP("thread nice values are Linux's");
#endif
    }

    // A retired executor does not make its owner wait for the running job;
    // it ends, closes its connection and deletes itself afterwards.
    void retiringDoesNotWaitForTheJob()
    {
        auto *ex =
            new SqlExecutor(m_pg.spec(QStringLiteral("postgres")), QStringLiteral("retire"), this);
        QPointer<SqlExecutor> alive(ex);
        std::atomic<bool> started{false}, finished{false};
        std::atomic<int> pid{0};
        bool delivered = false;
        ex->run<int>(
            [&](QSqlDatabase &db) -> Result<int> {
                pid = backendPid(db).value();
                started = true;
                auto q = Db::exec(db, QStringLiteral("SELECT pg_sleep(1.5)"));
                finished = true;
                return q ? 1 : 0;
            },
            this, [&](Result<int>) { delivered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        QElapsedTimer t;
        t.start();
        ex->retire();
        QVERIFY2(t.elapsed() < 200, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!finished.load());
        QVERIFY(alive); // still there while its job runs
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10000);
        QVERIFY(finished.load());
        QVERIFY(delivered); // its context (this test) still exists
        // It closed its connection: the backend goes away.
        SqlExecutor probe(m_pg.spec(QStringLiteral("postgres")), QStringLiteral("probe"));
        const int retired = pid.load();
        QVERIFY(retired > 0);
        bool gone = false;
        for (int i = 0; i < 50 && !gone; ++i) {
            const auto n = runNow<int>(probe, [retired](QSqlDatabase &db) -> Result<int> {
                auto q = Db::exec(
                    db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"),
                    {retired});
                if (!q || !q->next())
                    return Error::make(Error::Kind::General, QStringLiteral("no count"));
                return q->value(0).toInt();
            });
            QVERIFY(n.ok());
            gone = n.value() == 0;
            if (!gone)
                QTest::qWait(100);
        }
        QVERIFY(gone);
    }

    void reconnectsAfterTheServerDropsTheConnection()
    {
        SqlExecutor ex(m_pg.spec(QStringLiteral("postgres")), QStringLiteral("t"));
        auto pid = runNow<int>(ex, &backendPid);
        QVERIFY(pid.ok());
        QVERIFY(m_pg.execute(QStringLiteral("postgres"),
                             QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value()))
                    .ok());
        // The job that meets the dead connection says so...
        auto lost = runNow<int>(ex, &backendPid);
        if (!lost.ok()) {
            QCOMPARE(lost.error().kind, Error::Kind::Unreachable);
            QVERIFY(lost.error().message.contains(QLatin1String("connection")));
        }
        // ...and the next one runs on a fresh connection.
        auto again = runNow<int>(ex, &backendPid);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().fullText()));
        QVERIFY(again.value() != pid.value());
    }

    void unreachableServerFailsEveryJobClearly()
    {
        ConnectionSpec spec =
            m_pg.tcpSpec(QStringLiteral("x"), QStringLiteral("u"), QStringLiteral("p"));
        spec.pg.port = 1;
        spec.pg.connectTimeoutSeconds = 1;
        SqlExecutor ex(spec, QStringLiteral("t"));
        auto r = runNow<int>(ex, &backendPid);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Unreachable);
    }

    void answersAreDroppedWhenTheAskerIsGone()
    {
        SqlExecutor ex(m_pg.spec(QStringLiteral("postgres")), QStringLiteral("t"));
        bool called = false;
        {
            QObject asker;
            ex.run<int>(&backendPid, &asker, [&](Result<int>) { called = true; });
        }
        bool after = false;
        ex.run<int>(&backendPid, this, [&](Result<int>) { after = true; });
        QVERIFY(QTest::qWaitFor([&] { return after; }, 20000));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSqlExecutor)
#include "tst_sqlexecutor.moc"
