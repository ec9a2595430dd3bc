// The team change feed on a real PostgreSQL: changes arrive, a killed
// listener is noticed and recovered with a full resync, and an outage shows
// as offline, then live again.
#include "PgServer.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/ChangeFeed.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

class TestChangeFeed : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    ConnectionSpec m_spec;
    int m_n = 0;

    template <typename F>
    auto withDb(F f)
    {
        const QString name = QStringLiteral("writer-%1").arg(++m_n);
        auto db = Db::open(m_spec, name);
        auto r = f(db.value());
        db.value() = QSqlDatabase();
        Db::close(name);
        return r;
    }

    static bool waitFor(QSignalSpy &spy, const std::function<bool(const StoreChange &)> &match,
                        int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (const auto &args : spy) {
                if (match(args.first().value<StoreChange>()))
                    return true;
            }
            if (t.elapsed() > ms)
                return false;
            spy.wait(100);
        }
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("live")).ok());
        m_spec = m_pg.spec(QStringLiteral("live"));
        const QString name = QStringLiteral("create");
        QVERIFY(Workspace::open(m_spec, {}, name, QDateTime::currentDateTimeUtc()).ok());
        Db::close(name);
    }

    void payloads()
    {
        auto c = ChangeFeed::parsePayload(
            QStringLiteral("{\"t\":\"ic_incidents\",\"op\":\"UPDATE\",\"i\":\"abc\",\"v\":\"7\"}"));
        QVERIFY(c.has_value());
        QCOMPARE(c->table, QStringLiteral("ic_incidents"));
        QCOMPARE(c->incidentId, QStringLiteral("abc"));
        QCOMPARE(c->version, 7);
        for (const char *bad : {"", "not json", "[1,2]", "{\"i\":\"x\"}", "{\"t\":5}"})
            QVERIFY2(!ChangeFeed::parsePayload(QString::fromLatin1(bad)).has_value(), bad);
        // Anyone who may NOTIFY can send text: only what our triggers send counts.
        for (const char *forged :
             {"{\"t\":\"\",\"op\":\"UPDATE\"}", "{\"t\":\"pg_authid\",\"op\":\"UPDATE\"}",
              "{\"t\":\"ic_incidents; x\",\"op\":\"UPDATE\"}",
              "{\"t\":\"ic_incidents\",\"op\":\"DROP\"}", "{\"t\":\"ic_incidents\"}"})
            QVERIFY2(!ChangeFeed::parsePayload(QString::fromLatin1(forged)).has_value(), forged);
    }

    void changesArriveNamingWhatChanged()
    {
        ChangeFeed feed(m_spec, 500);
        QSignalSpy state(&feed, &ChangeFeed::stateChanged);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 10000);

        QString id;
        withDb([&](QSqlDatabase &db) {
            NewIncident n;
            n.title = QStringLiteral("Seen elsewhere");
            auto inc = IncidentRepository(db, QDateTime::currentDateTimeUtc())
                           .create(n, QStringLiteral("a"));
            id = inc->id;
            return true;
        });
        QVERIFY(waitFor(changed, [&](const StoreChange &c) {
            return c.table == QLatin1String("ic_incidents") && c.incidentId == id &&
                   c.operation == QLatin1String("INSERT");
        }));
        QVERIFY(waitFor(changed, [&](const StoreChange &c) {
            return c.table == QLatin1String("ic_incident_events") && c.incidentId == id;
        }));
        changed.clear();
        withDb([&](QSqlDatabase &db) {
            IncidentPatch p;
            p.title = QStringLiteral("Renamed");
            return IncidentRepository(db, QDateTime::currentDateTimeUtc())
                .update(id, 1, p, QStringLiteral("a"))
                .ok();
        });
        QVERIFY(waitFor(changed, [&](const StoreChange &c) {
            return c.table == QLatin1String("ic_incidents") && c.incidentId == id && c.version == 2;
        }));
    }

    // An alert's matched rows (thousands per alert) are announced by a
    // statement trigger, not a row trigger; the alert itself per row.
    void alertRowsAnnouncedOncePerStatement()
    {
        ChangeFeed feed(m_spec, 500);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 10000);
        withDb([&](QSqlDatabase &db) {
            const QString now = QStringLiteral("2026-03-02 10:00:00+00");
            auto a = Db::exec(
                db,
                QStringLiteral("INSERT INTO ic_alerts (rule_id, rule_name, severity, "
                               "subject_kind, subject, first_seen, last_seen, created_at, "
                               "updated_at) VALUES ('r', 'R', 'P1', 'user', 'u', ?, ?, ?, ?) "
                               "RETURNING id"),
                {now, now, now, now});
            if (!a || !a->next())
                return false;
            const qint64 alert = a->value(0).toLongLong();
            return Db::exec(db,
                            QStringLiteral("INSERT INTO ic_alert_rows (alert_id, audit_id) "
                                           "SELECT ?, g FROM generate_series(1, 500) g"),
                            {alert})
                .ok();
        });
        QVERIFY(waitFor(
            changed, [](const StoreChange &c) { return c.table == QLatin1String("ic_alerts"); }));
        QVERIFY(waitFor(changed, [](const StoreChange &c) {
            return c.table == QLatin1String("ic_alert_rows");
        }));
        // PostgreSQL folds identical notifications of one transaction, so the
        // feed cannot tell: the trigger itself must be per statement, also
        // after the workspace is opened again (migrations re-watch tables).
        const QString name = QStringLiteral("reopen");
        QVERIFY(Workspace::open(m_spec, {}, name, QDateTime::currentDateTimeUtc()).ok());
        Db::close(name);
        const bool perRow = withDb([](QSqlDatabase &db) {
            auto q = Db::exec(
                db, QStringLiteral("SELECT (tgtype & 1) = 1 FROM pg_trigger WHERE tgrelid = "
                                   "'ic_alert_rows'::regclass AND tgname = 'ic_notify'"));
            return !q || !q->next() || q->value(0).toBool();
        });
        QVERIFY(!perRow);
    }

    void killedListenerIsNoticedAndResynced()
    {
        ChangeFeed feed(m_spec, 300);
        QSignalSpy resync(&feed, &ChangeFeed::resyncNeeded);
        QSignalSpy states(&feed, &ChangeFeed::stateChanged);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 10000);
        QVERIFY(
            m_pg.execute(QStringLiteral("postgres"),
                         QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE application_name = 'incident-commander-listener'"))
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(resync.count() >= 1, 15000);
        QCOMPARE(feed.state(), ChangeFeed::State::Live);
        bool sawReconnecting = false;
        for (const auto &args : states)
            sawReconnecting |=
                args.first().value<ChangeFeed::State>() == ChangeFeed::State::Reconnecting;
        QVERIFY(sawReconnecting);
        // Subscribed again: new changes arrive.
        QString id;
        withDb([&](QSqlDatabase &db) {
            NewIncident n;
            n.title = QStringLiteral("After the reconnect");
            id = IncidentRepository(db, QDateTime::currentDateTimeUtc())
                     .create(n, QStringLiteral("b"))
                     ->id;
            return true;
        });
        QVERIFY(waitFor(changed, [&](const StoreChange &c) { return c.incidentId == id; }));
    }

    void outageShowsOfflineThenLive()
    {
        ChangeFeed feed(m_spec, 300);
        QSignalSpy resync(&feed, &ChangeFeed::resyncNeeded);
        feed.start();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 10000);
        m_pg.stop();
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Offline, 30000);
        QVERIFY(feed.offlineSince().isValid());
        QVERIFY(feed.stateText().startsWith(QLatin1String("Offline since")));
        QVERIFY(m_pg.resume().ok());
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 30000);
        QVERIFY(resync.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
