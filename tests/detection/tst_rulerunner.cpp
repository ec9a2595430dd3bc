// The runner: runs read only the audit rows past each rule's watermark; a
// run after new attack rows arrive reports exactly them; duplicates group;
// a broken or slow rule is marked failed with its error and the others keep
// running; one workstation at a time runs a rule (PostgreSQL); closing stops
// a long rule at once. On SQLite and PostgreSQL. A team profile's separate
// audit database (PostgreSQL): rules read it and only it, alerts and rule
// state stay in the workspace, an unreachable one fails the rules and
// changes nothing.
#include "AttackRows.h"
#include "DetectionFixture.h"
#include "models/core/Clock.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/AlertStore.h"
#include "models/detection/Detector.h"
#include "models/detection/RuleRunner.h"
#include "models/store/SqlExecutor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

QVariant scalarOf(QSqlDatabase db, const QString &sql, const QVariantList &params = {})
{
    return scalar(db, sql, params);
}

QByteArray ruleFile(const QByteArray &header, const QByteArray &sqlite, const QByteArray &postgres)
{
    return "name: Test rule\ndescription: For tests.\nseverity: P2\nsubject: user\nschedule: 5m\n" +
           header + "\n[sqlite]\n" + sqlite + "\n[postgres]\n" + postgres + "\n";
}

const QByteArray PrivilegeSql =
    "SELECT user_id AS subject, id, timestamp FROM audit_logs WHERE id > "
    ":after_id AND id <= :upto_id AND event = "
    "'privilege_escalation_attempt'";

} // namespace

class TestRuleRunner : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    QDateTime m_anchor;
    QHash<QString, DetectionWorkspace> m_clean;
    int m_n = 0;
    QStringList m_connections; // closed at the end, when no query holds them

    // An empty workspace (platform tables, no rows) for the small tests.
    DetectionWorkspace empty(const QString &engine)
    {
        DemoOptions none;
        none.rows = 0;
        auto w = makeWorkspace(m_pg, m_dir, engine, QStringLiteral("small%1").arg(++m_n), none);
        if (!w) {
            qWarning().noquote() << w.error().fullText();
            return {};
        }
        m_connections << w->connection;
        return w.value();
    }

    QString writeRule(const QString &folder, const QString &id, const QByteArray &bytes)
    {
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(id + QStringLiteral(".rule"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    QList<Alert> alerts(QSqlDatabase db)
    {
        auto l = AlertRepository(db, QDateTime::currentDateTimeUtc()).list();
        return l ? l.value() : QList<Alert>();
    }

    // A separate audit database on the same server: the platform tables
    // only (no workspace tables), its audit ids far from the workspace's.
    struct AuditDb
    {
        ConnectionSpec spec;
        QString connection;
        QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    };
    Result<AuditDb> auditDatabase()
    {
        AuditDb a;
        a.connection = QStringLiteral("audit%1").arg(++m_n);
        if (auto c = m_pg.createDatabase(a.connection); !c)
            return c.error();
        a.spec = m_pg.spec(a.connection);
        auto db = Db::open(a.spec, a.connection);
        if (!db)
            return db.error();
        m_connections << a.connection;
        if (auto p = Workspace::ensurePlatformTables(db.value(), QDateTime::currentDateTimeUtc());
            !p)
            return p.error();
        if (auto q = Db::exec(db.value(), QStringLiteral("SELECT setval(pg_get_serial_sequence("
                                                         "'audit_logs', 'id'), 500000)"));
            !q)
            return q.error();
        return a;
    }

    // Rows in the workspace's own audit_logs that a rule reading there would
    // report: an escalation by a user the audit database never has.
    static bool plantInWorkspace(QSqlDatabase db)
    {
        for (int i = 0; i < 3; ++i) {
            if (!AttackRows(db, QDateTime::currentDateTimeUtc())
                     .insert(QDateTime::currentDateTimeUtc(),
                             QStringLiteral("privilege_escalation_attempt"),
                             QStringLiteral("usr_workspace_only"), QStringLiteral("ten_ws"), {}, {},
                             {}, {})
                     .ok())
                return false;
        }
        return true;
    }

    static int auditBackends(QSqlDatabase db, const QString &database)
    {
        return scalar(db,
                      QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND "
                                     "application_name = 'incident-commander-detect'"),
                      {database})
            .toInt();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }

    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_dir.isValid());
        m_anchor = QDateTime::currentDateTimeUtc().addSecs(-5);
        for (const QString &engine : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
            DemoOptions o;
            o.anchor = m_anchor;
            o.withIncidents = false;
            o.plantAttacks = false;
            auto clean = makeWorkspace(m_pg, m_dir, engine, QStringLiteral("clean"), o);
            QVERIFY2(clean.ok(), qPrintable(clean.ok() ? QString() : clean.error().fullText()));
            m_clean.insert(engine, clean.value());
        }
    }

    void incrementalRunsReadOnlyNewRows()
    {
        QFETCH_GLOBAL(QString, engine);
        QSqlDatabase db = m_clean.value(engine).db();
        RuleRunner runner(db, Clock::system());
        RunOptions o;
        o.actor = QStringLiteral("tester");
        const qint64 first = runner.latestAuditId().value();
        QCOMPARE(first, qint64(200'000));

        // The first run reads everything and finds nothing in normal traffic.
        for (const Rule &r : builtInRules()) {
            const RuleRunResult res = runner.run(r, o);
            QVERIFY2(res.outcome == RuleRunResult::Outcome::Ok, qPrintable(res.error.fullText()));
            QCOMPARE(res.fromId, qint64(0));
            QCOMPARE(res.toId, first);
            QCOMPARE(res.detections, 0);
        }
        // With no new rows, a run reads nothing and finds nothing.
        for (const Rule &r : builtInRules()) {
            const RuleRunResult res = runner.run(r, o);
            QCOMPARE(res.outcome, RuleRunResult::Outcome::Ok);
            QCOMPARE(res.fromId, first);
            QCOMPARE(res.toId, first);
            QCOMPARE(res.detections, 0);
        }
        // Rows behind the watermark are never read again: an old row turned
        // into an attack stays unseen...
        QVERIFY(Db::exec(db, QStringLiteral("UPDATE audit_logs SET event = "
                                            "'privilege_escalation_attempt' WHERE id = 1000"))
                    .ok());
        const Rule *privilege = findRule(builtInRules(), QStringLiteral("privilege-escalation"));
        QCOMPARE(runner.run(*privilege, o).detections, 0);
        // ...while the same rule over the whole log would find it.
        auto all = runner.evaluate(*privilege, 0, first);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().rowIds, QList<qint64>{1000});

        // New attack rows arrive: each rule reports exactly its rows.
        auto expected = AttackRows(db, m_anchor.addSecs(600)).append();
        QVERIFY2(expected.ok(),
                 qPrintable(expected.ok() ? QString() : expected.error().fullText()));
        QCOMPARE(expected->size(), builtInRules().size());
        const qint64 second = runner.latestAuditId().value();
        for (const Rule &r : builtInRules()) {
            const RuleRunResult res = runner.run(r, o);
            QVERIFY2(res.outcome == RuleRunResult::Outcome::Ok, qPrintable(res.error.fullText()));
            QCOMPARE(res.fromId, first);
            QCOMPARE(res.toId, second);
            QVERIFY2(res.detections == 1,
                     qPrintable(r.id + QStringLiteral(": %1").arg(res.detections)));
            QCOMPARE(res.newAlerts, 1);
        }
        AlertRepository repo(db, QDateTime::currentDateTimeUtc());
        const QList<Alert> list = alerts(db);
        QCOMPARE(list.size(), builtInRules().size());
        for (const Alert &a : list) {
            const ExpectedAlert want = expected->value(a.ruleId);
            QCOMPARE(a.subject, want.subject);
            auto ids = repo.rowIds(a.id);
            QVERIFY(ids.ok());
            QVERIFY2(ids.value() == want.rowIds, qPrintable(a.ruleId));
            QCOMPARE(a.matchedRows, qint64(want.rowIds.size()));
        }
        // And a run after that finds nothing new; the alerts stay as they are.
        for (const Rule &r : builtInRules()) {
            const RuleRunResult res = runner.run(r, o);
            QCOMPARE(res.detections, 0);
            QCOMPARE(res.fromId, second);
        }
        const QList<Alert> after = alerts(db);
        QCOMPARE(after.size(), list.size());
        for (const Alert &a : after)
            QCOMPARE(a.detections, 1);
    }

    void duplicatesAreGrouped()
    {
        QFETCH_GLOBAL(QString, engine);
        DetectionWorkspace w = empty(engine);
        QSqlDatabase db = w.db();
        QVERIFY(db.isOpen());
        const QDateTime T = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        AttackRows rows(db, T);
        auto attempt = [&](const QString &user, const QDateTime &at) {
            return rows.insert(at, QStringLiteral("privilege_escalation_attempt"), user,
                               QStringLiteral("ten_a"), {}, {}, {}, {});
        };
        const Rule *rule = findRule(builtInRules(), QStringLiteral("privilege-escalation"));
        QCOMPARE(rule->groupSeconds, qint64(86400));
        RuleRunner runner(db, Clock::system());
        RunOptions o;
        for (int i = 0; i < 3; ++i)
            QVERIFY(attempt(QStringLiteral("usr_a"), T.addSecs(i)).ok());
        QCOMPARE(runner.run(*rule, o).newAlerts, 1);

        // Within the group window: the same alert, counted, seen later.
        QVERIFY(attempt(QStringLiteral("usr_a"), T.addSecs(3600)).ok());
        QVERIFY(attempt(QStringLiteral("usr_a"), T.addSecs(3601)).ok());
        RuleRunResult res = runner.run(*rule, o);
        QCOMPARE(res.newAlerts, 0);
        QCOMPARE(res.groupedAlerts, 1);
        QList<Alert> list = alerts(db);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().detections, 2);
        QCOMPARE(list.first().matchedRows, qint64(5));
        QCOMPARE(list.first().firstSeen, T);
        QCOMPARE(list.first().lastSeen, T.addSecs(3601));
        QCOMPARE(AlertRepository(db, T).rowIds(list.first().id).value().size(), 5);

        // Another subject is another alert.
        QVERIFY(attempt(QStringLiteral("usr_b"), T.addSecs(3700)).ok());
        res = runner.run(*rule, o);
        QCOMPARE(res.newAlerts, 1);
        QCOMPARE(res.groupedAlerts, 0);

        // Past the window (more than a day after the last one): a new alert.
        QVERIFY(attempt(QStringLiteral("usr_a"), T.addDays(3)).ok());
        res = runner.run(*rule, o);
        QCOMPARE(res.newAlerts, 1);
        list = alerts(db);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().subject, QStringLiteral("usr_a"));
        QCOMPARE(list.first().detections, 1);

        // A dismissed alert takes in nothing more: new rows raise a new one.
        auto dismissed = AlertRepository(db, T).dismiss(
            list.first().id, list.first().version, QStringLiteral("test"), QStringLiteral("me"));
        QVERIFY(dismissed.ok());
        QVERIFY(attempt(QStringLiteral("usr_a"), T.addDays(3).addSecs(60)).ok());
        res = runner.run(*rule, o);
        QCOMPARE(res.newAlerts, 1);
        QCOMPARE(alerts(db).size(), 4);

        // "group: 0s" never groups.
        QString folder = m_dir.filePath(QStringLiteral("nogroup-%1").arg(engine));
        auto ungrouped =
            RuleFile::read(writeRule(folder, QStringLiteral("no-grouping"),
                                     ruleFile("group: 0s\n", PrivilegeSql, PrivilegeSql)));
        QVERIFY2(ungrouped.ok(),
                 qPrintable(ungrouped.ok() ? QString() : ungrouped.error().message));
        QCOMPARE(runner.run(ungrouped.value(), o).newAlerts, 2); // usr_a and usr_b, from row 0
        QVERIFY(attempt(QStringLiteral("usr_b"), T.addSecs(3800)).ok());
        QCOMPARE(runner.run(ungrouped.value(), o).newAlerts, 1);

        // The watermark moves only from where the runner read it.
        AlertRepository repo(db, T);
        const qint64 mark = repo.ruleState(rule->id).value().watermark;
        QCOMPARE(repo.advance(rule->id, mark - 1, mark + 5, 0, 0, 0, QStringLiteral("x")).value(),
                 false);
        QCOMPARE(repo.ruleState(rule->id).value().watermark, mark);
    }

    void brokenRulesDoNotStopTheOthers()
    {
        QFETCH_GLOBAL(QString, engine);
        DetectionWorkspace w = empty(engine);
        QSqlDatabase db = w.db();
        QVERIFY(AttackRows(db, QDateTime::currentDateTimeUtc())
                    .insert(QDateTime::currentDateTimeUtc(),
                            QStringLiteral("privilege_escalation_attempt"), QStringLiteral("usr_x"),
                            {}, {}, {}, {}, {})
                    .ok());
        const QString folder = m_dir.filePath(QStringLiteral("broken-%1").arg(engine));
        writeRule(folder, QStringLiteral("bad-sql"),
                  ruleFile({},
                           "SELECT nope AS subject, id, timestamp FROM audit_logs WHERE id > "
                           ":after_id AND id <= :upto_id",
                           "SELECT nope AS subject, id, timestamp FROM audit_logs WHERE id > "
                           ":after_id AND id <= :upto_id"));
        writeRule(folder, QStringLiteral("bad-columns"),
                  ruleFile({},
                           "SELECT user_id, id FROM audit_logs WHERE id > :after_id AND id <= "
                           ":upto_id",
                           "SELECT user_id, id FROM audit_logs WHERE id > :after_id AND id <= "
                           ":upto_id"));
        writeRule(folder, QStringLiteral("bad-file"), "name: no description\n");
        writeRule(folder, QStringLiteral("slow"),
                  ruleFile("timeout: 1s\n",
                           "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n "
                           "< 2000000000) SELECT 'x' AS subject, max(n) AS id, "
                           "'2026-01-01 00:00:00.000' AS timestamp FROM c WHERE :after_id >= 0 AND "
                           ":upto_id >= 0",
                           "SELECT 'x' AS subject, CAST(:after_id AS bigint) AS id, now() AS "
                           "timestamp FROM pg_sleep(20) WHERE CAST(:upto_id AS bigint) >= 0"));

        Detector detector(w.spec, Clock::system(), QStringLiteral("tester"));
        detector.setRuleFolders({folder});
        QSignalSpy finished(&detector, &Detector::passFinished);
        QSignalSpy perRule(&detector, &Detector::ruleFinished);
        QElapsedTimer t;
        t.start();
        QVERIFY(detector.runNow());
        QVERIFY(!detector.runNow()); // one pass at a time
        QVERIFY(finished.wait(60'000));
        QVERIFY2(t.elapsed() < 30'000, "the slow rule was not stopped at its timeout");
        const PassSummary summary = finished.first().first().value<PassSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.problems, 1);
        QCOMPARE(summary.failed, 3);
        QCOMPARE(summary.rules, 11 + 3);
        QCOMPARE(summary.newAlerts, 1); // the built-in privilege escalation rule
        QCOMPARE(perRule.size(), 14);
        QCOMPARE(detector.problems().size(), 1);
        QVERIFY(detector.problems().first().message.contains(
            QLatin1String("\"description:\" is missing")));
        QCOMPARE(detector.problems().first().ruleId, QStringLiteral("bad-file"));

        AlertRepository repo(db, QDateTime::currentDateTimeUtc());
        auto bad = repo.ruleState(QStringLiteral("bad-sql"));
        QVERIFY(bad.ok());
        QCOMPARE(bad->status, QStringLiteral("failed"));
        QCOMPARE(bad->watermark, qint64(0));
        QCOMPARE(bad->failures, 1);
        QVERIFY2(bad->lastError.contains(QLatin1String("The query of \"Test rule\" failed")),
                 qPrintable(bad->lastError));
        QVERIFY(bad->lastError.contains(QLatin1String("Its watermark was not moved")));
        QVERIFY(
            scalarOf(db, QStringLiteral("SELECT detail FROM ic_detection_failures WHERE rule_id "
                                        "= 'bad-sql'"))
                .toString()
                .contains(QLatin1String("nope")));
        auto columns = repo.ruleState(QStringLiteral("bad-columns"));
        QCOMPARE(columns->status, QStringLiteral("failed"));
        QVERIFY2(columns->lastError.contains(QLatin1String("subject, id and timestamp")),
                 qPrintable(columns->lastError));
        auto slow = repo.ruleState(QStringLiteral("slow"));
        QCOMPARE(slow->status, QStringLiteral("failed"));
        QVERIFY2(slow->lastError.contains(QLatin1String("ran longer than its limit of 1s")),
                 qPrintable(slow->lastError));
        auto good = repo.ruleState(QStringLiteral("privilege-escalation"));
        QCOMPARE(good->status, QStringLiteral("ok"));
        QCOMPARE(good->watermark, qint64(1));
        QCOMPARE(alerts(db).size(), 1);

        // Failures count up until the rule runs clean again.
        QVERIFY(detector.runNow());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(repo.ruleState(QStringLiteral("bad-sql"))->failures, 2);
        writeRule(folder, QStringLiteral("bad-sql"), ruleFile({}, PrivilegeSql, PrivilegeSql));
        QVERIFY(detector.runNow());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(repo.ruleState(QStringLiteral("bad-sql"))->status, QStringLiteral("ok"));
        QCOMPARE(repo.ruleState(QStringLiteral("bad-sql"))->failures, 0);

        // Only due rules run on the schedule: all ran just now.
        QVERIFY(detector.runDue());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().first().value<PassSummary>().rules, 0);
    }

    void oneWorkstationAtATime()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("Team mode (advisory locks) is PostgreSQL only.");
        DetectionWorkspace w = empty(engine);
        QSqlDatabase db = w.db();
        const Rule *rule = findRule(builtInRules(), QStringLiteral("privilege-escalation"));
        // Another workstation holds the rule's lock.
        auto other = Db::open(w.spec, QStringLiteral("other-workstation"));
        QVERIFY(other.ok());
        QVERIFY(Db::exec(other.value(), QStringLiteral("SELECT pg_advisory_lock(?, ?)"),
                         {RuleRunner::LockClass, RuleRunner::lockKey(rule->id)})
                    .ok());
        RuleRunner runner(db, Clock::system());
        RuleRunResult res = runner.run(*rule, {});
        QCOMPARE(res.outcome, RuleRunResult::Outcome::Skipped);
        QVERIFY(res.reason.contains(QLatin1String("another workstation is running")));
        // Other rules are not held up.
        QCOMPARE(runner.run(*findRule(builtInRules(), QStringLiteral("rls-bypass")), {}).outcome,
                 RuleRunResult::Outcome::Ok);
        QVERIFY(Db::exec(other.value(), QStringLiteral("SELECT pg_advisory_unlock(?, ?)"),
                         {RuleRunner::LockClass, RuleRunner::lockKey(rule->id)})
                    .ok());
        QCOMPARE(runner.run(*rule, {}).outcome, RuleRunResult::Outcome::Ok);
        // The runner gave its lock back: the other workstation gets it now.
        QVERIFY(scalarOf(other.value(), QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"),
                         {RuleRunner::LockClass, RuleRunner::lockKey(rule->id)})
                    .toBool());
        m_connections << QStringLiteral("other-workstation");
    }

    // On PostgreSQL the Detector runs two rules at once on two connections,
    // the slowest of the last pass first; SQLite (one writer) one at a time.
    void twoRulesAtOnceOnPostgresSlowestFirst()
    {
        QFETCH_GLOBAL(QString, engine);
        DetectionWorkspace w = empty(engine);
        QVERIFY(AttackRows(w.db(), QDateTime::currentDateTimeUtc())
                    .insert(QDateTime::currentDateTimeUtc(),
                            QStringLiteral("privilege_escalation_attempt"), QStringLiteral("usr_a"),
                            {}, {}, {}, {}, {})
                    .ok());
        const QString folder = m_dir.filePath(QStringLiteral("lanes-%1").arg(engine));
        for (const char *id : {"r1", "r2", "r3"}) {
            writeRule(folder, QString::fromLatin1(id),
                      ruleFile({}, PrivilegeSql,
                               "SELECT user_id AS subject, id, timestamp FROM audit_logs, "
                               "pg_sleep(0.3) WHERE id > :after_id AND id <= :upto_id"));
        }
        Detector detector(w.spec, Clock::system(), QStringLiteral("tester"));
        detector.setIncludeBuiltIn(false);
        detector.setRuleFolders({folder});
        QStringList events;
        connect(&detector, &Detector::ruleStarted, this,
                [&](const QString &id) { events << QStringLiteral("start ") + id; });
        connect(&detector, &Detector::ruleFinished, this, [&](const RuleRunResult &r) {
            events << QStringLiteral("end ") + r.ruleId;
            QVERIFY2(r.outcome == RuleRunResult::Outcome::Ok, qPrintable(r.error.fullText()));
        });
        QSignalSpy finished(&detector, &Detector::passFinished);
        QVERIFY(detector.runNow());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(events.size(), 6);
        const bool pg = engine == QLatin1String("postgres");
        if (pg) {
            QVERIFY2(events.at(1).startsWith(QLatin1String("start ")),
                     qPrintable(events.join(u", ")));
        } else {
            for (int i = 0; i < events.size(); ++i)
                QVERIFY2(events.at(i).startsWith(i % 2 ? QLatin1String("end ")
                                                       : QLatin1String("start ")),
                         qPrintable(events.join(u", ")));
        }
        QCOMPARE(finished.first().first().value<PassSummary>().newAlerts, 3);

        // The rule that took longest last time starts first.
        QSqlDatabase db = w.db();
        QVERIFY(
            Db::exec(db, QStringLiteral("UPDATE ic_detection_rules SET last_run_ms = CASE rule_id "
                                        "WHEN 'r3' THEN 900 WHEN 'r2' THEN 500 ELSE 100 END"))
                .ok());
        events.clear();
        QVERIFY(detector.runNow());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(events.first(), QStringLiteral("start r3"));
        QCOMPARE(events.at(pg ? 1 : 2), QStringLiteral("start r2"));
    }

    // Windowed rules read times exactly (on PostgreSQL as epoch milliseconds
    // from the server, not through the driver's local QDateTime).
    void windowedTimesAreExact()
    {
        QFETCH_GLOBAL(QString, engine);
        DetectionWorkspace w = empty(engine);
        QSqlDatabase db = w.db();
        const QDateTime T = QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0, 123), Qt::UTC);
        AttackRows rows(db, T);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(rows.insert(T.addMSecs(i * 1001), QStringLiteral("token_validation_failed"),
                                QStringLiteral("usr_w"), QStringLiteral("ten_a"), {}, {}, {}, {})
                        .ok());
        }
        const Rule *rule = findRule(builtInRules(), QStringLiteral("failed-token-validations"));
        QVERIFY(rule && rule->isWindowed());
        const RuleRunResult res = RuleRunner(db, Clock::system()).run(*rule, RunOptions());
        QCOMPARE(res.newAlerts, 1);
        const QList<Alert> list = alerts(db);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().subject, QStringLiteral("usr_w"));
        QCOMPARE(list.first().firstSeen, T);
        QCOMPARE(list.first().lastSeen, T.addMSecs(19 * 1001));
        QCOMPARE(list.first().matchedRows, qint64(20));
    }

    void closingStopsALongRuleAtOnce()
    {
        QFETCH_GLOBAL(QString, engine);
        DetectionWorkspace w = empty(engine);
        const QString folder = m_dir.filePath(QStringLiteral("long-%1").arg(engine));
        writeRule(folder, QStringLiteral("long"),
                  ruleFile("timeout: 10m\n",
                           "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n "
                           "< 4000000000) SELECT 'x' AS subject, max(n) AS id, "
                           "'2026-01-01 00:00:00.000' AS timestamp FROM c WHERE :after_id >= 0 AND "
                           ":upto_id >= 0",
                           "SELECT 'x' AS subject, CAST(:after_id AS bigint) AS id, now() AS "
                           "timestamp FROM pg_sleep(600) WHERE CAST(:upto_id AS bigint) >= 0"));
        QVERIFY(AttackRows(w.db(), QDateTime::currentDateTimeUtc())
                    .insert(QDateTime::currentDateTimeUtc(), QStringLiteral("login"), {}, {}, {},
                            {}, {}, {})
                    .ok());
        auto *detector = new Detector(w.spec, Clock::system(), QStringLiteral("tester"));
        detector->setIncludeBuiltIn(false);
        detector->setRuleFolders({folder});
        QSignalSpy started(detector, &Detector::ruleStarted);
        QVERIFY(detector->runNow());
        QVERIFY(started.wait(10'000));
        QTest::qWait(500); // well into the statement
        QElapsedTimer t;
        t.start();
        delete detector;
        QVERIFY2(t.elapsed() < 5'000, qPrintable(QString::number(t.elapsed())));
        // It was stopped, not failed: nothing recorded against the rule.
        QSqlDatabase db = w.db();
        QCOMPARE(scalarOf(db, QStringLiteral("SELECT count(*) FROM ic_detection_failures")).toInt(),
                 0);
    }

    // RuleRunner with a separate audit connection: the rule's query, the
    // affected users and the highest id come from there; alerts, state and
    // the watermark are written to the workspace.
    void separateAuditDatabaseIsRead()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("A separate audit database is a team (PostgreSQL) profile's.");
        DetectionWorkspace w = empty(engine);
        QSqlDatabase db = w.db();
        QVERIFY(plantInWorkspace(db));
        auto audit = auditDatabase();
        QVERIFY2(audit.ok(), qPrintable(audit.ok() ? QString() : audit.error().fullText()));
        QSqlDatabase adb = audit->db();
        auto expected = AttackRows(adb, QDateTime::currentDateTimeUtc().addSecs(-3600)).append();
        QVERIFY2(expected.ok(),
                 qPrintable(expected.ok() ? QString() : expected.error().fullText()));
        const qint64 latest =
            scalarOf(adb, QStringLiteral("SELECT max(id) FROM audit_logs")).toLongLong();
        QVERIFY(latest > 500'000);

        RuleRunner runner(db, adb, Clock::system());
        QCOMPARE(runner.latestAuditId().value(), latest);
        RunOptions o;
        o.actor = QStringLiteral("tester");
        for (const Rule &r : builtInRules()) {
            const RuleRunResult res = runner.run(r, o);
            QVERIFY2(res.outcome == RuleRunResult::Outcome::Ok, qPrintable(res.error.fullText()));
            QCOMPARE(res.fromId, qint64(0));
            QCOMPARE(res.toId, latest); // the audit database's ids
            QVERIFY2(res.detections == 1,
                     qPrintable(r.id + QStringLiteral(": %1").arg(res.detections)));
        }
        AlertRepository repo(db, QDateTime::currentDateTimeUtc());
        const QList<Alert> list = alerts(db);
        QCOMPARE(list.size(), builtInRules().size());
        for (const Alert &a : list) {
            QVERIFY(a.subject != QLatin1String("usr_workspace_only"));
            const ExpectedAlert want = expected->value(a.ruleId);
            QCOMPARE(a.subject, want.subject);
            QVERIFY2(repo.rowIds(a.id).value() == want.rowIds, qPrintable(a.ruleId));
            QCOMPARE(repo.ruleState(a.ruleId)->watermark, latest);
            if (a.ruleId == QLatin1String("privilege-escalation")) // read from the audit rows
                QCOMPARE(a.affectedTenants, QStringList{QStringLiteral("ten_t")});
        }
        // Nothing was written to the audit database.
        QVERIFY(!adb.tables().contains(QStringLiteral("ic_detection_rules")));
        QVERIFY(!adb.tables().contains(QStringLiteral("ic_alerts")));
        // Nor was the workspace's own log read on a later run.
        QVERIFY(plantInWorkspace(db));
        const Rule *privilege = findRule(builtInRules(), QStringLiteral("privilege-escalation"));
        const RuleRunResult again = runner.run(*privilege, o);
        QCOMPARE(again.outcome, RuleRunResult::Outcome::Ok);
        QCOMPARE(again.fromId, latest);
        QCOMPARE(again.toId, latest);
        QCOMPARE(again.detections, 0);
    }

    // The Detector with an audit spec: each lane reads the audit database on
    // its own connection, kept between rules and closed with the Detector;
    // the watermark follows the audit database's ids; an unreachable audit
    // database fails every rule with a message naming it, and changes
    // nothing.
    void detectorWatchesTheAuditDatabase()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("A separate audit database is a team (PostgreSQL) profile's.");
        DetectionWorkspace w = empty(engine);
        QSqlDatabase db = w.db();
        QVERIFY(plantInWorkspace(db));
        const qint64 workspaceLatest =
            scalarOf(db, QStringLiteral("SELECT max(id) FROM audit_logs")).toLongLong();
        auto audit = auditDatabase();
        QVERIFY2(audit.ok(), qPrintable(audit.ok() ? QString() : audit.error().fullText()));
        QSqlDatabase adb = audit->db();
        auto expected = AttackRows(adb, QDateTime::currentDateTimeUtc().addSecs(-3600)).append();
        QVERIFY(expected.ok());
        const qint64 first =
            scalarOf(adb, QStringLiteral("SELECT max(id) FROM audit_logs")).toLongLong();

        const int rules = int(builtInRules().size());
        AlertRepository repo(db, QDateTime::currentDateTimeUtc());
        {
            Detector detector(w.spec, audit->spec, Clock::system(), QStringLiteral("tester"));
            QVERIFY(detector.readsSeparateAuditSource());
            QSignalSpy finished(&detector, &Detector::passFinished);
            QSignalSpy auditFailed(&detector, &Detector::auditSourceFailed);
            QVERIFY(detector.runNow());
            QVERIFY(finished.wait(60'000));
            PassSummary summary = finished.last().first().value<PassSummary>();
            QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
            QCOMPARE(summary.failed, 0);
            QCOMPARE(summary.rules, rules);
            QCOMPARE(summary.newAlerts, rules);
            QCOMPARE(auditFailed.size(), 0);
            const QList<Alert> list = alerts(db);
            QCOMPARE(list.size(), rules);
            for (const Alert &a : list) {
                QCOMPARE(a.subject, expected->value(a.ruleId).subject);
                QCOMPARE(repo.ruleState(a.ruleId)->watermark, first);
            }
            // One read-only connection per lane, kept between rules and passes.
            QCOMPARE(auditBackends(db, audit->connection), 2);

            // New attack rows in the audit database (and more in the
            // workspace's own log): the next pass reads exactly the new ones.
            QVERIFY(plantInWorkspace(db));
            QList<qint64> more;
            for (int i = 0; i < 2; ++i) {
                auto id = AttackRows(adb, QDateTime::currentDateTimeUtc())
                              .insert(QDateTime::currentDateTimeUtc().addSecs(i),
                                      QStringLiteral("privilege_escalation_attempt"),
                                      QStringLiteral("usr_second"), QStringLiteral("ten_t2"), {},
                                      {}, {}, {});
                QVERIFY(id.ok());
                more << id.value();
            }
            const qint64 second = more.last();
            QVERIFY(detector.runNow());
            QVERIFY(finished.wait(60'000));
            summary = finished.last().first().value<PassSummary>();
            QCOMPARE(summary.failed, 0);
            QCOMPARE(summary.newAlerts, 1);
            for (const Rule &r : builtInRules())
                QCOMPARE(repo.ruleState(r.id)->watermark, second);
            QCOMPARE(auditBackends(db, audit->connection), 2);
            for (const Alert &a : alerts(db))
                QVERIFY(a.subject != QLatin1String("usr_workspace_only"));

            // The matched rows of an alert come from the audit database too.
            SqlExecutor storeExecutor(w.spec, QStringLiteral("test-alerts"));
            AlertStore store(&storeExecutor, nullptr, Clock::system(), QStringLiteral("tester"));
            store.setPermissions(Permissions::reviewer());
            store.setAuditSource(audit->spec);
            const QList<Alert> all = alerts(db);
            const auto privilege = std::find_if(all.cbegin(), all.cend(), [](const Alert &a) {
                return a.subject == QLatin1String("usr_second");
            });
            QVERIFY(privilege != all.cend());
            QCOMPARE(repo.rowIds(privilege->id).value(), more);
            QCOMPARE(privilege->affectedTenants, QStringList{QStringLiteral("ten_t2")});
            QSignalSpy rows(&store, &AlertStore::rowsLoaded);
            store.loadRows(privilege->id);
            QVERIFY(rows.wait(10'000));
            const auto got = rows.first().at(1).value<QList<AlertRow>>();
            QCOMPARE(got.size(), 2);
            QCOMPARE(got.first().id, more.first());
            QCOMPARE(got.first().event, QStringLiteral("privilege_escalation_attempt"));
            QCOMPARE(got.first().userId, QStringLiteral("usr_second"));
        }
        // Each lane closed its audit connection on its own thread.
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("ic-detect-audit-")), qPrintable(name));
        QTRY_COMPARE_WITH_TIMEOUT(auditBackends(db, audit->connection), 0, 10'000);

        // The audit database cannot be reached (nothing listens on that
        // port): every rule fails with a message that names it, and nothing
        // changes, neither watermarks nor alerts.
        const qint64 mark = repo.ruleState(QStringLiteral("privilege-escalation"))->watermark;
        const int alertCount = int(alerts(db).size());
        const int failuresBefore =
            scalarOf(db, QStringLiteral("SELECT count(*) FROM ic_detection_failures")).toInt();
        ConnectionSpec unreachable = audit->spec;
        unreachable.pg.port = m_pg.port() + 1;
        {
            Detector detector(w.spec, unreachable, Clock::system(), QStringLiteral("tester"));
            QSignalSpy finished(&detector, &Detector::passFinished);
            QSignalSpy perRule(&detector, &Detector::ruleFinished);
            QSignalSpy auditFailed(&detector, &Detector::auditSourceFailed);
            QVERIFY(detector.runNow());
            QVERIFY(finished.wait(60'000));
            const PassSummary summary = finished.first().first().value<PassSummary>();
            QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
            QCOMPARE(perRule.size(), rules); // every rule had its turn
            QCOMPARE(summary.rules, rules);
            QCOMPARE(summary.failed, rules);
            QCOMPARE(summary.newAlerts, 0);
            QVERIFY(!auditFailed.isEmpty());
            QCOMPARE(auditFailed.first().first().value<Error>().kind, Error::Kind::Unreachable);
            for (const Rule &r : builtInRules()) {
                const RuleState st = repo.ruleState(r.id).value();
                QCOMPARE(st.status, QStringLiteral("failed"));
                QVERIFY2(st.lastError.contains(
                             QLatin1String("Could not connect to the audit database")) &&
                             st.lastError.contains(unreachable.pg.uri()) &&
                             st.lastError.contains(QLatin1String("Nothing was changed")),
                         qPrintable(st.lastError));
            }
        }
        QCOMPARE(repo.ruleState(QStringLiteral("privilege-escalation"))->watermark, mark);
        for (const Rule &r : builtInRules())
            QCOMPARE(repo.ruleState(r.id)->watermark, mark);
        QCOMPARE(int(alerts(db).size()), alertCount);
        for (const Alert &a : alerts(db))
            QCOMPARE(a.detections, 1);
        QCOMPARE(scalarOf(db, QStringLiteral("SELECT count(*) FROM ic_detection_failures")).toInt(),
                 failuresBefore + rules);
        QVERIFY(scalarOf(db, QStringLiteral("SELECT detail FROM ic_detection_failures ORDER BY id "
                                            "DESC LIMIT 1"))
                    .toString()
                    .contains(QLatin1String("Could not reach the PostgreSQL server")));
        QCOMPARE(scalarOf(db, QStringLiteral("SELECT max(id) FROM audit_logs")).toLongLong(),
                 workspaceLatest + 3); // the workspace's own log, untouched by the rules

        // Reachable again: the rules pick up where they were.
        Detector detector(w.spec, audit->spec, Clock::system(), QStringLiteral("tester"));
        QSignalSpy finished(&detector, &Detector::passFinished);
        QVERIFY(detector.runNow());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().value<PassSummary>().failed, 0);
        QCOMPARE(finished.first().first().value<PassSummary>().newAlerts, 0);
        QCOMPARE(repo.ruleState(QStringLiteral("privilege-escalation"))->status,
                 QStringLiteral("ok"));
    }

    void cleanupTestCase()
    {
        for (const auto &w : std::as_const(m_clean))
            Db::close(w.connection);
        for (const QString &c : std::as_const(m_connections))
            Db::close(c);
    }
};

QTEST_GUILESS_MAIN(TestRuleRunner)
#include "tst_rulerunner.moc"
