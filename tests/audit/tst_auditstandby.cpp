// An audit source on a real hot standby (pg_basebackup -R from a real
// primary, both run by an unprivileged user): the replication lag read with
// care for an idle primary and a paused replay, as any login may; writes
// refused by the standby itself whatever the session asks, and said so;
// the standby restarted in the middle of a query, and the explorer back at
// the user's place by itself, nothing lost.
#include "AuditFixture.h"
#include "models/audit/AuditLogModel.h"
#include "models/audit/AuditSql.h"
#include "models/audit/ReplicationLag.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/core/Clock.h"

#include <QScopeGuard>
#include <QSignalSpy>

#include <libpq-fe.h>

using namespace ic;
using namespace ic::test;

namespace {

// A raw libpq session, as a DBA's psql would be: nothing of the app's
// read-only settings.
struct RawSession
{
    PGconn *conn = nullptr;
    explicit RawSession(const QString &conninfo)
    {
        conn = PQconnectdb(conninfo.toUtf8().constData());
    }
    ~RawSession() { PQfinish(conn); }
    // SQLSTATE of the statement's error; empty when it succeeded.
    QString stateOf(const char *sql, QString *message = nullptr)
    {
        PGresult *r = PQexec(conn, sql);
        const ExecStatusType s = PQresultStatus(r);
        QString state;
        if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
            state = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE));
            if (message)
                *message = QString::fromUtf8(PQresultErrorMessage(r));
        }
        PQclear(r);
        return state;
    }
};

qint64 countRows(const ConnectionSpec &spec, const QString &name)
{
    qint64 n = -1;
    {
        auto db = Db::open(spec, name);
        if (db) {
            auto q = Db::exec(db.value(), QStringLiteral("SELECT count(*) FROM audit_logs"));
            if (q && q->next())
                n = q->value(0).toLongLong();
        }
    }
    Db::close(name);
    return n;
}

} // namespace

class TestAuditStandby : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    ManualClock m_clock{utc("2026-11-22T00:00:00.000Z")};
    ConnectionSpec m_standby; // the audit source: a database on the standby
    ConnectionSpec m_primary; // the same database on the primary

    PgServer &standbyServer() { return *m_src.standby(); }

    // Runs SQL as the superuser on the standby (pausing replay is a superuser's).
    bool onStandby(const QString &sql)
    {
        return standbyServer().execute(m_standby.pg.database, sql).ok();
    }

    // Rows the platform writes on the primary, without waiting for the standby.
    bool writeOnPrimary(int rows)
    {
        return m_src.pg()
            .execute(m_primary.pg.database,
                     QStringLiteral("INSERT INTO audit_logs (id, timestamp, event) SELECT 100000 + "
                                    "g, now(), 'late' FROM generate_series(1, %1) AS g")
                         .arg(rows))
            .ok();
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_src.pg());
        auto spec = m_src.create(QStringLiteral("postgres"), AuditLayout::Standby);
        QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().fullText()));
        m_standby = spec.value();
        m_primary = m_src.writeSpec(m_standby);
        QVERIFY(m_standby.pg.port != m_primary.pg.port);
        IC_VERIFY_OK(m_src.generate(m_standby, 5000, 10));
        QCOMPARE(countRows(m_standby, QStringLiteral("count-standby")), qint64(5000));
    }

    void theStandbyIsKnownAsOne()
    {
        AuditLogModel m(m_standby, m_clock);
        QSignalSpy read(&m, &AuditLogModel::relationRead);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(read.wait(20000));
        QVERIFY(m.relation());
        QVERIFY(m.relation()->hotStandby);
        QCOMPARE(m.relation()->kind, AuditRelation::Kind::Table);

        AuditLogModel onPrimary(m_primary, m_clock);
        QSignalSpy primaryRead(&onPrimary, &AuditLogModel::relationRead);
        QVERIFY(onPrimary.setFilter({}).isEmpty());
        QVERIFY(primaryRead.wait(20000));
        QVERIFY(!onPrimary.relation()->hotStandby);
    }

    // The last replayed transaction grows old while the primary is idle; the
    // standby is not behind for that.
    void idlePrimaryIsNoLag()
    {
        IC_VERIFY_OK(m_src.pg().waitForReplay(standbyServer()));
        ReplicationMonitor mon(m_standby);
        QSignalSpy lag(&mon, &ReplicationMonitor::lagChanged);
        QTest::qWait(1500); // nothing written meanwhile
        mon.refresh();
        QVERIFY(lag.wait(20000));
        const ReplicationLag l = mon.lag();
        QVERIFY(l.standby);
        QVERIFY(l.caughtUp);
        QCOMPARE(l.lagMs, qint64(0));
        QVERIFY(l.lastReplayed.isValid());
        QVERIFY2(l.lastReplayed.msecsTo(QDateTime::currentDateTimeUtc()) >= 1400,
                 "the last replayed commit is older than the idle time");
        QCOMPARE(l.describe(), QStringLiteral("audit data up to date with the primary"));
        QVERIFY(!mon.isWarning());

        // The primary itself is no standby.
        ReplicationMonitor primary(m_primary);
        QSignalSpy primaryLag(&primary, &ReplicationMonitor::lagChanged);
        primary.refresh();
        QVERIFY(primaryLag.wait(20000));
        QVERIFY(!primary.lag().standby);
        QCOMPARE(primary.lag().describe(), QStringLiteral("audit data read from the primary"));
    }

    void pausedReplayIsLagAndWarns()
    {
        QVERIFY(onStandby(QStringLiteral("SELECT pg_wal_replay_pause()")));
        auto resume =
            qScopeGuard([&] { onStandby(QStringLiteral("SELECT pg_wal_replay_resume()")); });
        QVERIFY(writeOnPrimary(50));

        ReplicationMonitor mon(m_standby);
        mon.setPrimary(m_primary);
        mon.setWarnAfter(800);
        QSignalSpy lag(&mon, &ReplicationMonitor::lagChanged);
        QSignalSpy warning(&mon, &ReplicationMonitor::warningChanged);
        QTest::qWait(1200);
        mon.refresh();
        QVERIFY(lag.wait(20000));
        ReplicationLag l = mon.lag();
        QVERIFY(l.standby);
        QVERIFY(l.replayPaused);
        QVERIFY(!l.caughtUp);
        QVERIFY2(l.lagMs >= 1000, qPrintable(QString::number(l.lagMs)));
        QVERIFY2(l.bytesBehind > 0, qPrintable(QString::number(l.bytesBehind)));
        QVERIFY2(l.describe().endsWith(QLatin1String(" s behind the primary")),
                 qPrintable(l.describe()));
        QCOMPARE(warning.size(), 1);
        QCOMPARE(warning.first().at(0).toBool(), true);
        QVERIFY(warning.first().at(1).toString().contains(QLatin1String("behind the primary")));
        // What the lag means: the rows written meanwhile are not there yet.
        QCOMPARE(countRows(m_standby, QStringLiteral("count-paused")), qint64(5000));

        resume.dismiss();
        QVERIFY(onStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        IC_VERIFY_OK(m_src.pg().waitForReplay(standbyServer()));
        mon.refresh();
        QVERIFY(lag.wait(20000));
        l = mon.lag();
        QVERIFY(l.caughtUp);
        QCOMPARE(l.lagMs, qint64(0));
        QCOMPARE(l.bytesBehind, qint64(0));
        QCOMPARE(warning.size(), 2);
        QCOMPARE(warning.last().at(0).toBool(), false);
        QCOMPARE(countRows(m_standby, QStringLiteral("count-resumed")), qint64(5050));
        IC_VERIFY_OK(m_src.exec(m_standby, QStringLiteral("DELETE FROM audit_logs WHERE id > "
                                                          "100000")));
    }

    // What an audit reader login sees: no superuser, no pg_read_all_stats.
    void anyLoginCanReadTheLag()
    {
        IC_VERIFY_OK(m_src.pg().execute(
            QStringLiteral("postgres"),
            QStringLiteral("CREATE ROLE lag_reader LOGIN PASSWORD 'lag-reader-pw'")));
        IC_VERIFY_OK(m_src.pg().waitForReplay(standbyServer()));
        ReplicationMonitor mon(standbyServer().tcpSpec(
            m_standby.pg.database, QStringLiteral("lag_reader"), QStringLiteral("lag-reader-pw")));
        QSignalSpy lag(&mon, &ReplicationMonitor::lagChanged);
        QSignalSpy failed(&mon, &ReplicationMonitor::failed);
        mon.refresh();
        QVERIFY2(lag.wait(20000),
                 failed.isEmpty() ? "no reading"
                                  : qPrintable(failed.first().first().value<Error>().fullText()));
        QVERIFY(mon.lag().standby);
        QCOMPARE(mon.lag().streaming, -1); // the receiver's status is not shown to it
        QVERIFY(mon.lag().caughtUp);

        ReplicationMonitor super(m_standby);
        QSignalSpy superLag(&super, &ReplicationMonitor::lagChanged);
        super.refresh();
        QVERIFY(superLag.wait(20000));
        QCOMPARE(super.lag().streaming, 1);
    }

    void writesAreRefusedByTheStandbyItself()
    {
        // A session with none of the app's read-only settings: the server
        // refuses, and will not even be asked to allow writing.
        {
            RawSession raw(standbyServer().conninfo(m_standby.pg.database));
            QCOMPARE(PQstatus(raw.conn), CONNECTION_OK);
            QString message;
            QCOMPARE(raw.stateOf("INSERT INTO audit_logs (id, timestamp, event) VALUES (999999, "
                                 "now(), 'forged')",
                                 &message),
                     QStringLiteral("25006"));
            QVERIFY2(message.contains(QLatin1String("read-only transaction")), qPrintable(message));
            QVERIFY(raw.stateOf("SET default_transaction_read_only = off").isEmpty());
            QVERIFY(!raw.stateOf("BEGIN READ WRITE", &message).isEmpty());
            QVERIFY2(message.contains(QLatin1String("during recovery")), qPrintable(message));
            raw.stateOf("ROLLBACK");
            QCOMPARE(raw.stateOf("DELETE FROM audit_logs"), QStringLiteral("25006"));
        }
        // The same through the app's own statements, on a connection that
        // did not ask to be read-only: said clearly.
        const QString name = QStringLiteral("standby-write");
        {
            ConnectionSpec writable = m_standby;
            writable.readOnly = false;
            auto db = Db::open(writable, name);
            QVERIFY(db.ok());
            auto r = AuditSql::query(db.value(),
                                     QStringLiteral("UPDATE audit_logs SET event = ? WHERE id = ?"),
                                     {QStringLiteral("tampered"), 1});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(r.error().message.contains(QLatin1String("hot standby")),
                     qPrintable(r.error().fullText()));
            QVERIFY(r.error().message.contains(QLatin1String("Nothing was changed")));
            QVERIFY(r.error().message.contains(QLatin1String("primary")));
        }
        Db::close(name);
        // The console, with a change the text check cannot see. In a team
        // workspace the console runs as the read-only audit reader, which
        // the server refuses before the standby is asked (the raw session
        // above shows the standby's own refusal).
        {
            SqlConsoleModel console(m_standby);
            QSignalSpy failed(&console, &SqlConsoleModel::failed);
            console.run(QStringLiteral("SELECT nextval('audit_logs_id_seq')"));
            QVERIFY(failed.wait(20000));
            const Error e = failed.first().first().value<Error>();
            QVERIFY2(e.message.contains(QLatin1String("hot standby")) ||
                         e.fullText().contains(QLatin1String("permission denied for sequence")),
                     qPrintable(e.fullText()));
            QVERIFY(e.message.contains(QLatin1String("Nothing was changed")));
        }
        QCOMPARE(countRows(m_primary, QStringLiteral("count-primary")), qint64(5000));
        QCOMPARE(countRows(m_standby, QStringLiteral("count-standby-after")), qint64(5000));
    }

    // The standby restarts while a page is being read: the explorer tries
    // again by itself and lands exactly where the user was.
    void restartMidQueryReconnectsInPlace()
    {
        const QList<qint64> reference = m_src.ids(m_primary, true);
        QCOMPARE(reference.size(), 5000);
        AuditLogModel m(m_standby, m_clock);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(QTest::qWaitFor(
            [&] { return m.isCountExact() && m.isIndexComplete() && !m.isLoading(); }, 60000));
        auto shown = [&](int first, int count) {
            return QTest::qWaitFor(
                [&] {
                    for (int r = first; r < first + count; ++r) {
                        if (!m.rowAt(r) ||
                            m.data(m.index(r, 0), AuditLogModel::ApproximateRole).toBool())
                            return false;
                    }
                    return true;
                },
                60000);
        };
        m.setViewport(2000, 40);
        QVERIFY(shown(2000, 40));
        auto idsAt = [&](int first, int count) {
            QList<qint64> out;
            for (int r = first; r < first + count; ++r)
                out << (m.rowAt(r) ? m.rowAt(r)->id : -1);
            return out;
        };
        QCOMPARE(idsAt(2000, 40), reference.mid(2000, 40));

        // The primary locks the table; the standby replays the lock, so the
        // next page's query waits there...
        const QString lockName = QStringLiteral("standby-lock");
        auto locker = Db::open(m_primary, lockName);
        QVERIFY(locker.ok());
        auto unlock = qScopeGuard([&] {
            locker.value() = QSqlDatabase();
            Db::close(lockName);
            (void)standbyServer().resume();
        });
        QVERIFY(Db::exec(locker.value(), QStringLiteral("BEGIN")).ok());
        QVERIFY(Db::exec(locker.value(),
                         QStringLiteral("LOCK TABLE audit_logs IN ACCESS EXCLUSIVE MODE"))
                    .ok());
        IC_VERIFY_OK(m_src.pg().waitForReplay(standbyServer()));
        QSignalSpy failed(&m, &AuditLogModel::failed);
        QSignalSpy reconnecting(&m, &AuditLogModel::reconnecting);
        QSignalSpy reconnected(&m, &AuditLogModel::reconnected);
        m.setViewport(4000, 40);
        const QString watchName = QStringLiteral("standby-watch");
        {
            auto watch = Db::open(m_standby, watchName);
            QVERIFY(watch.ok());
            QVERIFY(QTest::qWaitFor(
                [&] {
                    auto q = Db::exec(watch.value(),
                                      QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                     "wait_event_type = 'Lock' AND datname = "
                                                     "current_database()"));
                    return q && q->next() && q->value(0).toInt() > 0;
                },
                30000));
        }
        Db::close(watchName);
        // ...while the standby goes down and comes back.
        standbyServer().stop();
        QVERIFY(Db::exec(locker.value(), QStringLiteral("ROLLBACK")).ok());
        QVERIFY(reconnecting.size() > 0 || reconnecting.wait(20000));
        QCOMPARE(reconnecting.first().at(1).value<Error>().kind, Error::Kind::Unreachable);
        QVERIFY(m.isReconnecting());
        QVERIFY(!m.rowAt(4000));
        QCOMPARE(idsAt(2000, 40), reference.mid(2000, 40)); // what was shown stays
        QTest::qWait(700);                                  // down for a while
        IC_VERIFY_OK(standbyServer().resume());

        QVERIFY(shown(4000, 40));
        QCOMPARE(idsAt(4000, 40), reference.mid(4000, 40));
        QVERIFY(reconnected.size() > 0 || reconnected.wait(20000));
        QVERIFY(!m.isReconnecting());
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m.hasError());
        // And on from there, page by page, nothing skipped.
        QList<qint64> run;
        for (int first = 4000; first < 4400; first += 40) {
            m.setViewport(first, 40);
            QVERIFY(shown(first, 40));
            run += idsAt(first, 40);
        }
        QCOMPARE(run, reference.mid(4000, 400));
        m.setViewport(2000, 40);
        QVERIFY(shown(2000, 40));
        QCOMPARE(idsAt(2000, 40), reference.mid(2000, 40));
    }

    // Gone for longer than the model waits: then it says so, and the user's
    // retry brings it back.
    void standbyGoneForLongIsReported()
    {
        AuditLogModel m(m_standby, m_clock);
        m.setReconnectWindow(1500);
        QVERIFY(m.setFilter({}).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return m.isCountExact() && !m.isLoading(); }, 60000));
        QSignalSpy failed(&m, &AuditLogModel::failed);
        standbyServer().stop();
        auto back = qScopeGuard([&] { (void)standbyServer().resume(); });
        m.setViewport(3000, 40);
        QVERIFY(failed.wait(30000));
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind, Error::Kind::Unreachable);
        QVERIFY(e.message.contains(QLatin1String("Nothing was changed")));
        back.dismiss();
        IC_VERIFY_OK(standbyServer().resume());
        m.retry();
        QVERIFY(QTest::qWaitFor([&] { return m.rowAt(3000) != nullptr; }, 60000));
        QVERIFY(!m.hasError());
    }
};

QTEST_GUILESS_MAIN(TestAuditStandby)
#include "tst_auditstandby.moc"
