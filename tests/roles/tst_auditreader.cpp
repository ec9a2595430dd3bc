// The SQL console, runbook queries and detection rules run someone else's
// text; in a team workspace they run as the read-only audit reader, so the
// server refuses a statement's side effects even when the person's own
// login could do them (here a superuser, the strongest case): session
// advisory locks (the lock is not held afterwards), pg_terminate_backend
// (the backend stays alive), dblink_exec, pg_read_file, an escape through
// set_config('role', ...).

#include "TeamFixture.h"
#include "WorkspaceFixture.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/core/Clock.h"
#include "models/detection/Rule.h"
#include "models/detection/RuleRunner.h"
#include "models/store/Database.h"
#include "models/team/AuditReader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

struct ConsoleOutcome
{
    bool ok = false;
    QString text; // the first cell, or the error
};

ConsoleOutcome runConsole(const ConnectionSpec &spec, const QString &sql)
{
    SqlConsoleModel m(spec);
    QSignalSpy first(&m, &SqlConsoleModel::firstRowsLoaded);
    QSignalSpy failed(&m, &SqlConsoleModel::failed);
    m.run(sql);
    for (int i = 0; i < 200 && first.isEmpty() && failed.isEmpty(); ++i)
        QTest::qWait(100);
    if (!failed.isEmpty())
        return {false, failed.first().first().value<Error>().fullText()};
    if (first.isEmpty())
        return {false, QStringLiteral("no answer")};
    return {true, m.data(m.index(0, 0)).toString()};
}

} // namespace

class TestAuditReader : public QObject
{
    Q_OBJECT

    TeamFixture m_team;
    QString m_readerLogin;

    bool lockFree(qint64 key)
    {
        // Another session can take the lock at once: nobody holds it.
        auto su = m_team.superuser();
        const QString got = su->value(QStringLiteral("SELECT pg_try_advisory_lock($1::bigint)"),
                                      {QString::number(key)});
        su->run(QStringLiteral("SELECT pg_advisory_unlock_all()"));
        return got == QLatin1String("t");
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.createWorkspace(QStringLiteral("reader")));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("alice"), {QStringLiteral("responder")}));
        // dblink where installed: the workspace was made first, then a DBA
        // installs the extension; team init (run by a superuser) takes its
        // functions from PUBLIC again.
        IC_VERIFY_OK(
            m_team.pg().execute(m_team.database(), QStringLiteral("CREATE EXTENSION dblink")));
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT ic_server_hardened()")), QStringLiteral("f"));
        QCOMPARE(su->value(QStringLiteral("SELECT ic_harden_server()")), QStringLiteral("t"));
        QCOMPARE(su->value(QStringLiteral("SELECT ic_server_hardened()")), QStringLiteral("t"));
        m_readerLogin = su->value(QStringLiteral("SELECT ic_role('reader_login')"));
        QVERIFY(su->run(QStringLiteral("INSERT INTO audit_logs (event, user_id) VALUES "
                                       "('login', 'usr_1'), ('login', 'usr_2')"))
                    .ok);
    }

    void theConsoleReadsAsTheReader_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("superuser") << QString();
        QTest::newRow("responder") << QStringLiteral("alice");
    }
    void theConsoleReadsAsTheReader()
    {
        QFETCH(QString, who);
        const ConnectionSpec spec =
            who.isEmpty() ? m_team.pg().spec(m_team.database()) : m_team.spec(who);
        const ConsoleOutcome user = runConsole(spec, QStringLiteral("SELECT current_user"));
        QVERIFY2(user.ok, qPrintable(user.text));
        QCOMPARE(user.text, m_readerLogin);
        const ConsoleOutcome count =
            runConsole(spec, QStringLiteral("SELECT count(*) FROM audit_logs"));
        QVERIFY2(count.ok, qPrintable(count.text));
        QCOMPARE(count.text, QStringLiteral("2"));
        // The incident store is not the reader's to read.
        const ConsoleOutcome store = runConsole(spec, QStringLiteral("SELECT * FROM ic_incidents"));
        QVERIFY(!store.ok);
        QVERIFY2(store.text.contains(QLatin1String("permission denied")), qPrintable(store.text));
    }

    void sideEffectsAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("lockKey"); // 0: no lock to check
        QTest::newRow("session advisory lock")
            << QStringLiteral("SELECT pg_advisory_lock(7310455)") << qint64(7310455);
        QTest::newRow("transaction advisory lock (held while the cursor is open)")
            << QStringLiteral("SELECT pg_advisory_xact_lock(7310455)") << qint64(7310455);
        QTest::newRow("the app's own detection lock")
            << QStringLiteral("SELECT pg_try_advisory_lock(1, 2)") << qint64(0);
        QTest::newRow("escape the role first")
            << QStringLiteral("SELECT set_config('role', 'none', false), pg_advisory_lock(42)")
            << qint64(42);
        QTest::newRow("read a server file")
            << QStringLiteral("SELECT pg_read_file('PG_VERSION')") << qint64(0);
        QTest::newRow("dblink_exec")
            << QStringLiteral("SELECT dblink_exec('dbname=reader', 'CREATE TABLE planted (x int)')")
            << qint64(0);
        QTest::newRow("notify the change feed")
            << QStringLiteral("SELECT pg_notify('ic_changes', '{\"t\":\"ic_incidents\"}')")
            << qint64(0);
    }
    void sideEffectsAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, lockKey);
        const ConsoleOutcome o = runConsole(m_team.pg().spec(m_team.database()), sql);
        QVERIFY2(!o.ok, qPrintable(QStringLiteral("ran: ") + o.text));
        QVERIFY2(o.text.contains(QLatin1String("permission denied")), qPrintable(o.text));
        QVERIFY2(o.text.contains(QLatin1String("Nothing was changed")), qPrintable(o.text));
        if (lockKey)
            QVERIFY(lockFree(lockKey));
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT to_regclass('planted') IS NULL")),
                 QStringLiteral("t"));
    }

    void terminatingABackendIsRefused()
    {
        // Alice's own workstation connection, and another console of the
        // shared reader login: neither can be ended from the console.
        auto alice = m_team.session(QStringLiteral("alice"));
        QVERIFY(alice->isOpen());
        SqlConsoleModel other(m_team.spec(QStringLiteral("alice")));
        QSignalSpy first(&other, &SqlConsoleModel::firstRowsLoaded);
        other.run(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(first.wait(20000));
        const QString readerPid = other.data(other.index(0, 0)).toString();
        for (const QString &pid : {QString::number(alice->backendPid()), readerPid}) {
            const ConsoleOutcome o =
                runConsole(m_team.spec(QStringLiteral("alice")),
                           QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            QVERIFY2(!o.ok, qPrintable(o.text));
            QVERIFY2(o.text.contains(QLatin1String("permission denied")), qPrintable(o.text));
        }
        QVERIFY(alice->run(QStringLiteral("SELECT 1")).ok);
        auto su = m_team.superuser();
        QCOMPARE(
            su->value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int"),
                      {readerPid}),
            QStringLiteral("1"));
    }

    void aPersonWithoutARoleGetsNoReader()
    {
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("mallory"), {}));
        const ConsoleOutcome o = runConsole(m_team.spec(QStringLiteral("mallory")),
                                            QStringLiteral("SELECT count(*) FROM audit_logs"));
        QVERIFY(!o.ok);
        QVERIFY2(o.text.contains(QLatin1String("holds no role")), qPrintable(o.text));
    }

    void aHostileDetectionRuleIsRefused()
    {
        const QByteArray file =
            "name: Hostile\ndescription: Takes the workspace lock.\nseverity: P2\nsubject: user\n"
            "schedule: 5m\n\n[sqlite]\nSELECT user_id AS subject, id, timestamp FROM audit_logs "
            "WHERE id > :after_id AND id <= :upto_id\n\n[postgres]\nSELECT user_id AS subject, id, "
            "timestamp FROM audit_logs, "
            "pg_advisory_lock(7310455) WHERE id > :after_id AND id <= :upto_id\n";
        auto rule =
            RuleFile::parse(file, QStringLiteral("hostile"), QStringLiteral("hostile.rule"));
        IC_VERIFY_OK(rule);
        const QString name = QStringLiteral("rule-runner");
        {
            auto db = Db::open(m_team.pg().spec(m_team.database()), name);
            IC_VERIFY_OK(db);
            const RuleRunResult r =
                RuleRunner(db.value(), Clock::system()).run(*rule, RunOptions());
            QCOMPARE(r.outcome, RuleRunResult::Outcome::Failed);
            QVERIFY2(r.error.fullText().contains(QLatin1String("permission denied")),
                     qPrintable(r.error.fullText()));
            QVERIFY(lockFree(7310455));
            AuditReader::close(name);
        }
        Db::close(name);
        // A rule that only reads runs as the reader and finds its rows.
        const QByteArray reading =
            "name: Logins\ndescription: Every login.\nseverity: P3\nsubject: user\nschedule: 5m\n\n"
            "[sqlite]\nSELECT user_id AS subject, id, timestamp FROM audit_logs WHERE id > "
            ":after_id "
            "AND id <= :upto_id\n\n[postgres]\n"
            "SELECT user_id AS subject, id, timestamp FROM audit_logs WHERE id > :after_id AND "
            "id <= :upto_id AND event = 'login' AND current_user LIKE '%_reader_login'\n";
        auto fine =
            RuleFile::parse(reading, QStringLiteral("logins"), QStringLiteral("logins.rule"));
        IC_VERIFY_OK(fine);
        {
            auto db = Db::open(m_team.pg().spec(m_team.database()), name);
            IC_VERIFY_OK(db);
            const RuleRunResult r =
                RuleRunner(db.value(), Clock::system()).run(*fine, RunOptions());
            QVERIFY2(r.outcome == RuleRunResult::Outcome::Ok, qPrintable(r.error.fullText()));
            QCOMPARE(r.detections, 2);
            AuditReader::close(name);
        }
        Db::close(name);
    }
};

QTEST_GUILESS_MAIN(TestAuditReader)
#include "tst_auditreader.moc"
