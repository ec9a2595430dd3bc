#include "models/store/ConnectionProfile.h"

#include <QTest>

using namespace ic;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void uriRoundTrip()
    {
        PgEndpoint e;
        e.host = QStringLiteral("db.example.org");
        e.port = 6543;
        e.database = QStringLiteral("incidents");
        e.user = QStringLiteral("alice");
        e.sslMode = QStringLiteral("verify-full");
        const QString uri = e.uri();
        QVERIFY(!uri.contains(QLatin1Char(':') + QStringLiteral("secret")));
        const auto back = PgEndpoint::fromUri(uri);
        QVERIFY(back.has_value());
        QCOMPARE(back->host, e.host);
        QCOMPARE(back->port, e.port);
        QCOMPARE(back->database, e.database);
        QCOMPARE(back->user, e.user);
        QCOMPARE(back->sslMode, e.sslMode);
    }

    void socketFolderUri()
    {
        PgEndpoint e;
        e.host = QStringLiteral("/tmp/pg sock");
        e.port = 5433;
        e.database = QStringLiteral("ic");
        e.user = QStringLiteral("bob");
        QCOMPARE(e.uri(), QStringLiteral("postgresql://bob@%2Ftmp%2Fpg%20sock:5433/ic"));
    }

    void uriRefusesPasswordsAndJunk_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("password") << QStringLiteral("postgresql://alice:pw@host/db");
        QTest::newRow("wrong scheme") << QStringLiteral("mysql://alice@host/db");
        QTest::newRow("no database") << QStringLiteral("postgresql://alice@host/");
        QTest::newRow("no user") << QStringLiteral("postgresql://host/db");
        QTest::newRow("garbage") << QStringLiteral("::::");
        QTest::newRow("empty") << QString();
    }
    void uriRefusesPasswordsAndJunk()
    {
        QFETCH(QString, uri);
        QVERIFY(!PgEndpoint::fromUri(uri).has_value());
    }

    void conninfo_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expect"); // host:port/db@user or message fragment
        QTest::newRow("keywords") << QStringLiteral("host=/tmp/x port=5433 dbname=ic user=bob")
                                  << true << QStringLiteral("/tmp/x:5433/ic@bob");
        QTest::newRow("uri") << QStringLiteral("postgresql://bob@db.local:5544/ic?sslmode=require")
                             << true << QStringLiteral("db.local:5544/ic@bob");
        QTest::newRow("quoted value") << QStringLiteral("host=localhost dbname='my db' user=bob")
                                      << true << QStringLiteral("localhost:5432/my db@bob");
        QTest::newRow("password refused")
            << QStringLiteral("host=h dbname=d user=u password=hunter2") << false
            << QStringLiteral("password");
        QTest::newRow("uri password refused")
            << QStringLiteral("postgresql://u:hunter2@h/d") << false << QStringLiteral("password");
        QTest::newRow("bad port") << QStringLiteral("host=h port=99999 dbname=d user=u") << false
                                  << QStringLiteral("port");
        QTest::newRow("port not a number")
            << QStringLiteral("host=h port=abc dbname=d user=u") << false << QStringLiteral("port");
        QTest::newRow("unknown option") << QStringLiteral("host=h dbname=d user=u sslrootcert=/x")
                                        << false << QStringLiteral("sslrootcert");
        QTest::newRow("syntax error")
            << QStringLiteral("host=h dbname") << false << QStringLiteral("Not a usable");
        QTest::newRow("unterminated quote")
            << QStringLiteral("host='h dbname=d") << false << QStringLiteral("Not a usable");
        QTest::newRow("empty") << QStringLiteral("   ") << false << QStringLiteral("empty");
        QTest::newRow("nul") << QStringLiteral("host=h\u0000 dbname=d user=u") << false
                             << QStringLiteral("NUL");
    }
    void conninfo()
    {
        QFETCH(QString, conninfo);
        QFETCH(bool, ok);
        QFETCH(QString, expect);
        const auto r = PgEndpoint::fromConnInfo(conninfo);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(
                QStringLiteral("%1:%2/%3@%4").arg(r->host).arg(r->port).arg(r->database, r->user),
                expect);
        } else {
            QVERIFY2(r.error().message.contains(expect), qPrintable(r.error().message));
            QVERIFY(!r.error().message.contains(QLatin1String("hunter2")));
        }
    }

    void profileVariantNeverHoldsPassword()
    {
        ConnectionProfile p = ConnectionProfile::forPostgres(
            *PgEndpoint::fromUri(QStringLiteral("postgresql://alice@h:5432/db")));
        PgEndpoint audit = p.store;
        audit.database = QStringLiteral("audit");
        p.auditSource = audit;
        p.readOnly = true;
        const QVariantMap m = p.toVariant();
        const ConnectionProfile back = ConnectionProfile::fromVariant(m);
        QCOMPARE(back.kind, ConnectionProfile::Kind::Postgres);
        QCOMPARE(back.store, p.store);
        QVERIFY(back.auditSource.has_value());
        QCOMPARE(back.auditSource->database, QStringLiteral("audit"));
        QVERIFY(back.readOnly);
        QVERIFY(!QVariant(m).toString().contains(QLatin1String("password")));
        QCOMPARE(p.store.secretKey(), QStringLiteral("postgresql/alice@h:5432/db"));
    }

    void locations()
    {
        const auto file = ConnectionProfile::fromLocation(QStringLiteral("/tmp/w.icw"));
        QVERIFY(file.has_value());
        QCOMPARE(file->kind, ConnectionProfile::Kind::Sqlite);
        QCOMPARE(file->location(), QStringLiteral("/tmp/w.icw"));
        const auto pg = ConnectionProfile::fromLocation(QStringLiteral("postgresql://a@h:1/d"));
        QVERIFY(pg.has_value());
        QCOMPARE(pg->kind, ConnectionProfile::Kind::Postgres);
        QVERIFY(!ConnectionProfile::fromLocation(QString()).has_value());
        QVERIFY(
            !ConnectionProfile::fromLocation(QStringLiteral("postgresql://a:pw@h/d")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
