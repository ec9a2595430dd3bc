// `incident-commander verify-record`: intact records pass, each kind of
// direct tampering is reported with the first broken event, nothing is written.
#include "CliRun.h"
#include "PgServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using ic::test::PgServer;

namespace {

using Run = ic::test::CliRun;

Run run(const QStringList &args, int timeoutMs = 120000)
{
    return ic::test::runCli(args, timeoutMs);
}

bool sqlite(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return ok;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestVerifyRecordCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_master;
    PgServer m_pg;

    QString freshCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_master, path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_master = m_dir.filePath(QStringLiteral("master.icw"));
        const Run r = run({QStringLiteral("demo-data"), QStringLiteral("--sqlite"), m_master,
                           QStringLiteral("--rows"), QStringLiteral("20000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void intactRecordsPass()
    {
        const QString path = freshCopy(QStringLiteral("intact.icw"));
        const Run all = run({QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                             QStringLiteral("--all")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.out + all.err));
        QCOMPARE(all.out.count(QLatin1String(": intact, ")), 7);
        // demo-data signed every event with the person's key (none unsigned).
        QVERIFY2(all.out.contains(QLatin1String(" 0 unsigned from before the log)")),
                 qPrintable(all.out));
        const Run one = run({QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                             QStringLiteral("inc-2026-002")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.startsWith(QLatin1String("INC-2026-002: intact")), qPrintable(one.out));
    }

    void tamperingIsReported_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("says");
        const QString inc =
            QStringLiteral("(SELECT id FROM ic_incidents WHERE ref = 'INC-2026-002')");
        QTest::newRow("altered") << QStringLiteral("UPDATE ic_incident_events SET actor = 'nobody' "
                                                   "WHERE seq = 2 AND incident_id = %1")
                                        .arg(inc)
                                 << QStringLiteral("BROKEN at event 2");
        QTest::newRow("deleted") << QStringLiteral("DELETE FROM ic_incident_events WHERE seq = 3 "
                                                   "AND incident_id = %1")
                                        .arg(inc)
                                 << QStringLiteral("BROKEN at event 3");
        QTest::newRow("last deleted")
            << QStringLiteral("DELETE FROM ic_incident_events WHERE incident_id = %1 AND seq = "
                              "(SELECT max(seq) FROM ic_incident_events WHERE incident_id = %1)")
                   .arg(inc)
            << QStringLiteral("were deleted");
        QTest::newRow("inserted")
            << QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, occurred_at, "
                              "recorded_at, actor, kind, summary, details, prev_hash, hash) "
                              "VALUES (%1, 99, '2026-01-01 00:00:00.000', '2026-01-01 "
                              "00:00:00.000', 'x', 'note', 'forged', '{}', '', '')")
                   .arg(inc)
            << QStringLiteral("BROKEN");
    }
    void tamperingIsReported()
    {
        QFETCH(QString, sql);
        QFETCH(QString, says);
        const QString path = freshCopy(QStringLiteral("tampered.icw"));
        QVERIFY(sqlite(path, sql));
        const QByteArray before = sha(path);
        const Run r = run({QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                           QStringLiteral("INC-2026-002")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(says), qPrintable(r.out + r.err));
        QCOMPARE(sha(path), before);
        // The other incidents are still intact under --all, and the run fails.
        const Run all = run({QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                             QStringLiteral("--all")});
        QCOMPARE(all.exitCode, 1);
        QCOMPARE(all.out.count(QLatin1String(": intact, ")), 6);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no workspace")
            << QStringList{QStringLiteral("verify-record"), QStringLiteral("X")} << 2
            << QStringLiteral("exactly one of");
        QTest::newRow("no incident")
            << QStringList{QStringLiteral("verify-record"), QStringLiteral("--workspace"),
                           QStringLiteral("w.icw")}
            << 2 << QStringLiteral("one INCIDENT");
        QTest::newRow("both incident and all")
            << QStringList{QStringLiteral("verify-record"), QStringLiteral("--workspace"),
                           QStringLiteral("w.icw"), QStringLiteral("--all"), QStringLiteral("X")}
            << 2 << QStringLiteral("one INCIDENT");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("verify-record"), QStringLiteral("--workspace"),
                           QStringLiteral("/nonexistent/w.icw"), QStringLiteral("X")}
            << 1 << QStringLiteral("does not exist");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void unknownIncidentAndForeignFile()
    {
        const QString path = freshCopy(QStringLiteral("x.icw"));
        const Run r = run({QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                           QStringLiteral("INC-1999-999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("No incident")));
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.txt"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        const QByteArray before = sha(foreign);
        const Run bad = run({QStringLiteral("verify-record"), QStringLiteral("--workspace"),
                             foreign, QStringLiteral("--all")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QLatin1String("not an Incident Commander workspace")));
        QCOMPARE(sha(foreign), before);
    }

    void postgresWorkspace()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("rec")).ok());
        const Run fill = run({QStringLiteral("demo-data"), QStringLiteral("--pg"),
                              m_pg.conninfo(QStringLiteral("rec")), QStringLiteral("--rows"),
                              QStringLiteral("20000")});
        QVERIFY2(fill.exitCode == 0, qPrintable(fill.err));
        const Run ok = run({QStringLiteral("verify-record"), QStringLiteral("--pg"),
                            m_pg.conninfo(QStringLiteral("rec")), QStringLiteral("--all")});
        // Every event is signed, by the key of the login that ran demo-data:
        // a superuser, which recorded them in the demo people's names. The
        // record is intact; verify-record says whose key signed them.
        QVERIFY2(ok.exitCode == 3, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QLatin1String("UNTRUSTED SIGNER")) &&
                     !ok.out.contains(QLatin1String("ALTERED")) &&
                     !ok.out.contains(QLatin1String("is not signed")),
                 qPrintable(ok.out));
        QVERIFY(m_pg.execute(QStringLiteral("rec"),
                             QStringLiteral("UPDATE ic_incident_events SET occurred_at = "
                                            "occurred_at - interval '1 minute' WHERE seq = 1"))
                    .ok());
        const Run broken = run({QStringLiteral("verify-record"), QStringLiteral("--pg"),
                                m_pg.conninfo(QStringLiteral("rec")), QStringLiteral("--all")});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.out.count(QLatin1String("BROKEN at event 1")), 7);
    }
};

QTEST_GUILESS_MAIN(TestVerifyRecordCli)
#include "tst_verifyrecord_cli.moc"
