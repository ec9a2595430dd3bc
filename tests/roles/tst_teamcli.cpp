// `incident-commander team ...` for DBAs: init, grant, revoke, members;
// bad input gets a clear message and changes nothing; the password never
// on the command line (PGPASSWORD works, a password in CONNINFO is refused).

#include "CliRun.h"
#include "PqSession.h"
#include "TeamFixture.h"
#include "WorkspaceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ic;
using namespace ic::test;

class TestTeamCli : public QObject
{
    Q_OBJECT

    TeamFixture m_team;

    QString conninfo(const QString &db) const { return m_team.pg().conninfo(db); }
    QString tcp(const QString &db, const QString &login) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=disable")
            .arg(m_team.pg().port())
            .arg(db, login);
    }
    QString memberships()
    {
        auto su = m_team.superuser();
        return su->value(QStringLiteral("SELECT string_agg(roleid::text || '>' || member::text, "
                                        "',' ORDER BY 1) FROM pg_auth_members"));
    }
    CliRun as(const QString &login, const QStringList &args)
    {
        qputenv("PGPASSWORD", TeamFixture::password(login).toUtf8());
        CliRun r = runCli(args);
        qunsetenv("PGPASSWORD");
        return r;
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.pg().createDatabase(QStringLiteral("cli")));
        IC_VERIFY_OK(m_team.pg().createDatabase(QStringLiteral("cli_plain")));
        for (const QString &login :
             {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("plain")})
            IC_VERIFY_OK(m_team.addPerson(login, {}));
    }

    void initByALoginThatCannotChangesNothing()
    {
        IC_VERIFY_OK(m_team.pg().execute(QStringLiteral("cli_plain"),
                                         QStringLiteral("GRANT CREATE ON SCHEMA public TO plain")));
        const CliRun r = as(QStringLiteral("plain"),
                            {QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--pg"),
                             tcp(QStringLiteral("cli_plain"), QStringLiteral("plain"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("CREATEROLE")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was changed")), qPrintable(r.err));
        PqSession su(m_team.pg().conninfo(QStringLiteral("cli_plain")));
        QCOMPARE(su.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                         "'public'")),
                 QStringLiteral("0"));
    }

    void initMakesATeamWorkspace()
    {
        const CliRun r = runCli({QStringLiteral("team"), QStringLiteral("init"),
                                 QStringLiteral("--pg"), conninfo(QStringLiteral("cli"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("Created the incident store")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("is its first admin")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("can call no function with effects")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("new password")), qPrintable(r.out));
        m_team.setDatabase(QStringLiteral("cli"));
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT ic_server_hardened()")), QStringLiteral("t"));
        // The severity policy every member needs is there.
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM ic_severity_levels")),
                 QStringLiteral("4"));
        // The reader logs in with the password members are given (a new
        // one, kept by the server only as a SCRAM verifier).
        const QString login = su->value(QStringLiteral("SELECT login FROM ic_audit_reader()"));
        const QString password =
            su->value(QStringLiteral("SELECT password FROM ic_audit_reader()"));
        QVERIFY(su->value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = $1"),
                          {login})
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
        PqSession reader(QStringLiteral("host=127.0.0.1 port=%1 dbname=cli user=%2 password=%3 "
                                        "sslmode=disable")
                             .arg(m_team.pg().port())
                             .arg(login, password));
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));

        // Again: up to date, nothing new.
        const CliRun again = runCli({QStringLiteral("team"), QStringLiteral("init"),
                                     QStringLiteral("--pg"), conninfo(QStringLiteral("cli"))});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("is up to date")), qPrintable(again.out));
    }

    void grantRevokeAndMembers()
    {
        const QString db = conninfo(QStringLiteral("cli"));
        CliRun r = runCli({QStringLiteral("team"), QStringLiteral("grant"), QStringLiteral("--pg"),
                           db, QStringLiteral("alice"), QStringLiteral("commander"),
                           QStringLiteral("approver")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("alice now holds: commander, approver")),
                 qPrintable(r.out));
        r = runCli({QStringLiteral("team"), QStringLiteral("grant"), QStringLiteral("--pg"), db,
                    QStringLiteral("bob"), QStringLiteral("Viewer")});
        QCOMPARE(r.exitCode, 0);

        r = runCli({QStringLiteral("team"), QStringLiteral("members"), QStringLiteral("--pg"), db,
                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QHash<QString, QStringList> roles;
        for (const QJsonValue &v : list) {
            QStringList rs;
            for (const QJsonValue &x : v.toObject().value(QStringLiteral("roles")).toArray())
                rs << x.toString();
            roles.insert(v.toObject().value(QStringLiteral("login")).toString(), rs);
        }
        QCOMPARE(roles.value(QStringLiteral("alice")),
                 (QStringList{QStringLiteral("commander"), QStringLiteral("approver")}));
        QCOMPARE(roles.value(QStringLiteral("bob")), QStringList{QStringLiteral("viewer")});
        QCOMPARE(roles.value(PgServer::superuser()),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("owner")}));

        r = runCli({QStringLiteral("team"), QStringLiteral("members"), QStringLiteral("--pg"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("LOGIN")) && r.out.contains(QLatin1String("bob")),
                 qPrintable(r.out));

        // A member who is not an admin is refused by the server.
        r = as(QStringLiteral("bob"),
               {QStringLiteral("team"), QStringLiteral("grant"), QStringLiteral("--pg"),
                tcp(QStringLiteral("cli"), QStringLiteral("bob")), QStringLiteral("bob"),
                QStringLiteral("admin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Only an admin")), qPrintable(r.err));

        // A login who is no member is told whom to ask.
        r = as(QStringLiteral("plain"),
               {QStringLiteral("team"), QStringLiteral("members"), QStringLiteral("--pg"),
                tcp(QStringLiteral("cli"), QStringLiteral("plain"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("holds no role")), qPrintable(r.err));

        // Revoking the last role gives the reader a new password.
        auto su = m_team.superuser();
        const QString before = su->value(QStringLiteral("SELECT password FROM ic_reader_secret"));
        r = runCli({QStringLiteral("team"), QStringLiteral("revoke"), QStringLiteral("--pg"), db,
                    QStringLiteral("bob"), QStringLiteral("viewer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("bob now holds: (none)")), qPrintable(r.out));
        QVERIFY(su->value(QStringLiteral("SELECT password FROM ic_reader_secret")) != before);
        const QString record = su->value(
            QStringLiteral("SELECT string_agg(item || ':' || operation, ',' ORDER BY id) FROM "
                           "ic_workspace_record WHERE subject = 'members'"));
        QCOMPARE(record, QStringLiteral("alice:added,bob:added,bob:removed"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString db = m_team.pg().conninfo(QStringLiteral("cli"));
        const QString team = QStringLiteral("team");
        const QString pg = QStringLiteral("--pg");
        QTest::newRow("no action") << QStringList{team} << 2 << QStringLiteral("say what to do");
        QTest::newRow("unknown action") << QStringList{team, QStringLiteral("promote"), pg, db} << 2
                                        << QStringLiteral("unknown action");
        QTest::newRow("no --pg") << QStringList{team, QStringLiteral("members")} << 2
                                 << QStringLiteral("--pg CONNINFO");
        QTest::newRow("unknown role")
            << QStringList{team, QStringLiteral("grant"), pg,
                           db,   QStringLiteral("alice"), QStringLiteral("superuser")}
            << 2 << QStringLiteral("\"superuser\" is not a role");
        QTest::newRow("no role") << QStringList{team, QStringLiteral("grant"), pg, db,
                                                QStringLiteral("alice")}
                                 << 2 << QStringLiteral("needs a LOGIN and at least one ROLE");
        QTest::newRow("no such login")
            << QStringList{team, QStringLiteral("grant"), pg,
                           db,   QStringLiteral("ghost"), QStringLiteral("viewer")}
            << 1 << QStringLiteral("There is no login \"ghost\"");
        QTest::newRow("a group role as a person")
            << QStringList{team, QStringLiteral("grant"),      pg,
                           db,   QStringLiteral("pg_monitor"), QStringLiteral("admin")}
            << 1 << QStringLiteral("is not a person's login");
        QTest::newRow("the last admin")
            << QStringList{team, QStringLiteral("revoke"), pg,
                           db,   PgServer::superuser(),    QStringLiteral("admin")}
            << 1 << QStringLiteral("without an admin");
        QTest::newRow("password on the command line")
            << QStringList{team, QStringLiteral("members"), pg, db + QStringLiteral(" password=x")}
            << 2 << QStringLiteral("password");
        QTest::newRow("json for grant") << QStringList{team,
                                                       QStringLiteral("grant"),
                                                       pg,
                                                       db,
                                                       QStringLiteral("alice"),
                                                       QStringLiteral("viewer"),
                                                       QStringLiteral("--json")}
                                        << 2 << QStringLiteral("--json is for members");
        QTest::newRow("not a team workspace")
            << QStringList{team, QStringLiteral("members"), pg,
                           m_team.pg().conninfo(QStringLiteral("postgres"))}
            << 1 << QStringLiteral("is not a team workspace");
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString before = memberships();
        auto su = m_team.superuser();
        const QString record =
            su->value(QStringLiteral("SELECT count(*) FROM ic_workspace_record"));
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(memberships(), before);
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM ic_workspace_record")), record);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
