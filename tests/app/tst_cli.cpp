// The command line: --help, --version, and demo-data with good and bad input.
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

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    PgServer m_pg;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("IC_BINARY")), "IC_BINARY is set by ctest");
        QVERIFY(m_dir.isValid());
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("incident-commander " IC_VERSION));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *s :
             {"--workspace", "--demo", "--lang", "--pane", "--incident", "demo-data"})
            QVERIFY2(r.out.contains(QLatin1String(s)), s);
        const Run sub = run({QStringLiteral("demo-data"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        for (const char *s : {"--sqlite", "--pg", "--rows", "--seed"})
            QVERIFY2(sub.out.contains(QLatin1String(s)), s);
    }

    void badArgumentsGiveUsageAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString db = QStringLiteral("x.icw");
        QTest::newRow("no target")
            << QStringList{QStringLiteral("demo-data")} << QStringLiteral("exactly one of");
        QTest::newRow("both targets")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sqlite"), db,
                           QStringLiteral("--pg"), QStringLiteral("dbname=x")}
            << QStringLiteral("exactly one of");
        QTest::newRow("rows not a number")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sqlite"), db,
                           QStringLiteral("--rows"), QStringLiteral("lots")}
            << QStringLiteral("--rows");
        QTest::newRow("rows too few")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sqlite"), db,
                           QStringLiteral("--rows"), QStringLiteral("10")}
            << QStringLiteral("--rows");
        QTest::newRow("negative seed")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sqlite"), db,
                           QStringLiteral("--seed"), QStringLiteral("-4")}
            << QStringLiteral("--seed");
        QTest::newRow("bad anchor")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sqlite"), db,
                           QStringLiteral("--anchor"), QStringLiteral("yesterday")}
            << QStringLiteral("--anchor");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--frobnicate")}
            << QStringLiteral("frobnicate");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--sqlite"), db,
                           QStringLiteral("extra")}
            << QStringLiteral("unexpected argument");
        QTest::newRow("password in conninfo")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--pg"),
                           QStringLiteral("dbname=x user=y password=hunter2")}
            << QStringLiteral("password");
        QTest::newRow("broken conninfo")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--pg"),
                           QStringLiteral("host='unterminated")}
            << QStringLiteral("Not a usable PostgreSQL connection string");
    }
    void badArgumentsGiveUsageAndExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QDir::setCurrent(m_dir.path());
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Usage:")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("hunter2")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.icw"))));
    }

    void demoDataIntoSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-demo.icw"));
        const QStringList args{
            QStringLiteral("demo-data"), QStringLiteral("--sqlite"), path,
            QStringLiteral("--rows"),    QStringLiteral("20000"),    QStringLiteral("--seed"),
            QStringLiteral("3")};
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Wrote 20000 audit rows")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("20,000 / 20,000 audit rows (100%)")),
                 qPrintable(r.err)); // the progress line
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_logs")) && q.next());
            QCOMPARE(q.value(0).toInt(), 20000);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // A second run refuses to mix data into it, and changes nothing.
        const QByteArray before = sha(path);
        const Run again = run(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds data")), qPrintable(again.err));
        QCOMPARE(sha(path), before);
    }

    // --incident with words that match nothing: the window still opens the
    // workspace, and says on stderr that nothing was selected.
    void anIncidentThatMatchesNothingIsSaid()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-demo.icw")); // made above
        QVERIFY(QFile::exists(path));
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("IC_BENCH_STARTUP", "1"); // quits once the incidents are listed
        const Run r = run({QStringLiteral("--workspace"), path, QStringLiteral("--incident"),
                           QStringLiteral("no such incident")});
        qunsetenv("IC_BENCH_STARTUP");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("IC_READY")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("no incident matches no such incident")),
                 qPrintable(r.err));
    }

    void demoDataRefusesANonWorkspaceFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\xff'));
        f.close();
        const QByteArray before = sha(path);
        const Run r = run({QStringLiteral("demo-data"), QStringLiteral("--sqlite"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not an Incident Commander workspace")),
                 qPrintable(r.err));
        QCOMPARE(sha(path), before);
    }

    void demoDataIntoPostgres()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("cli")).ok());
        const Run r = run({QStringLiteral("demo-data"), QStringLiteral("--pg"),
                           m_pg.conninfo(QStringLiteral("cli")), QStringLiteral("--rows"),
                           QStringLiteral("30000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Wrote 30000 audit rows")), qPrintable(r.out));

        const Run wrongDb = run({QStringLiteral("demo-data"), QStringLiteral("--pg"),
                                 m_pg.conninfo(QStringLiteral("nope"))});
        QCOMPARE(wrongDb.exitCode, 1);
        QVERIFY2(wrongDb.err.contains(QLatin1String("Nothing was changed")),
                 qPrintable(wrongDb.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
