// How the app connects to a team's PostgreSQL, attacked: a recent-workspace
// entry that tries to add connection keywords, a server on the network that
// offers no TLS (the default must refuse it before the password goes out),
// a session that holds the workspace's advisory lock (opening must give up,
// not hang every workstation).
#include "HostilePgServer.h"
#include "PgServer.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QSqlQuery>
#include <QTest>

#include <libpq-fe.h>

#include <atomic>
#include <thread>

using namespace ic;
using namespace ic::test;

namespace {
const QString Password = QStringLiteral("team-pw-4711");
}

class TestPgConnectSecurity : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    int m_n = 0;

    QString nextName() { return QStringLiteral("conn-%1").arg(++m_n); }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
        QVERIFY(m_pg.createLoginRole(QStringLiteral("alice"), Password).ok());
    }

    // "sslmode=disable host=… port=…" in a recent entry must not send the
    // password to another server.
    void recentEntryCannotAddKeywords()
    {
        HostilePgServer evil;
        QVERIFY(evil.isListening());
        const QString location =
            QStringLiteral("postgresql://alice@127.0.0.1:%1/team?sslmode=disable%20host=127.0.0.1"
                           "%20port=%2")
                .arg(m_pg.port())
                .arg(evil.port());
        const auto profile = ConnectionProfile::fromLocation(location);
        if (profile) {
            // Whatever was parsed, connecting with it reaches no other server.
            const QString name = nextName();
            auto db = Db::open(ConnectionSpec::postgres(profile->store, Password), name);
            Db::close(name);
        }
        QCOMPARE(evil.connections(), 0);
        QVERIFY(evil.password().isEmpty());
        QVERIFY2(!profile.has_value(), "a recent entry with a bad sslmode is refused");
    }

    // The same value from stored settings (fromVariant) reaches Db::open:
    // refused there with a message, nothing sent anywhere.
    void storedSslModeCannotAddKeywords()
    {
        HostilePgServer evil;
        QVERIFY(evil.isListening());
        ConnectionSpec spec =
            m_pg.tcpSpec(QStringLiteral("team"), QStringLiteral("alice"), Password);
        QVariantMap stored = spec.pg.toVariant();
        stored.insert(QStringLiteral("sslmode"),
                      QStringLiteral("disable host=127.0.0.1 port=%1").arg(evil.port()));
        spec.pg = PgEndpoint::fromVariant(stored);
        const QString name = nextName();
        auto db = Db::open(spec, name);
        const bool opened = db.ok();
        const QString message = opened ? QString() : db.error().message;
        db = Error::make(Error::Kind::General, QString());
        Db::close(name);
        QCOMPARE(evil.connections(), 0);
        QVERIFY(evil.password().isEmpty());
        QVERIFY(!opened);
        QVERIFY2(message.contains(QLatin1String("SSL mode")) &&
                     message.contains(QLatin1String("Nothing was sent")),
                 qPrintable(message));
    }

    // A server elsewhere on the network that offers no TLS: the default
    // (verify-full) refuses it before sending the user's password.
    void defaultRefusesAServerWithoutTls()
    {
        QString address;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                address = a.toString();
                break;
            }
        }
        if (address.isEmpty())
            QSKIP("This machine has no non-loopback IPv4 address to pose as another server.");
        HostilePgServer evil(QStringLiteral("0.0.0.0"));
        QVERIFY(evil.isListening());
        PgEndpoint e;
        e.host = address;
        e.port = evil.port();
        e.database = QStringLiteral("team");
        e.user = QStringLiteral("alice");
        QVERIFY(e.sslMode.isEmpty()); // the default: automatic
        QCOMPARE(e.effectiveSslMode(false), QStringLiteral("verify-full"));
        const QString name = nextName();
        auto db = Db::open(ConnectionSpec::postgres(e, Password), name);
        const bool opened = db.ok();
        const QString message = opened ? QString() : db.error().message;
        db = Error::make(Error::Kind::General, QString());
        Db::close(name);
        QVERIFY(!opened);
        QVERIFY(evil.sawSslRequest());
        QVERIFY2(evil.password().isEmpty(), evil.password().constData());
        QVERIFY2(message.contains(QLatin1String("TLS")), qPrintable(message));
    }

    void loweredModeIsWarnedAbout()
    {
        PgEndpoint e;
        e.host = QStringLiteral("db.example.org");
        QVERIFY(e.weakTlsWarning().isEmpty()); // automatic: verify-full
        e.sslMode = QStringLiteral("verify-full");
        QVERIFY(e.weakTlsWarning().isEmpty());
        for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
            e.sslMode = QString::fromLatin1(mode);
            QVERIFY2(e.weakTlsWarning().contains(QLatin1String("db.example.org")), mode);
        }
        e.host = QStringLiteral("127.0.0.1");
        e.sslMode = QStringLiteral("disable");
        QVERIFY(e.weakTlsWarning().isEmpty()); // this machine: nothing crosses a network
        QVERIFY(PgEndpoint::isLoopbackHost(QStringLiteral("/run/postgresql")));
        QVERIFY(!PgEndpoint::isLoopbackHost(QStringLiteral("localhost.evil.example")));
        QVERIFY(!PgEndpoint::isLoopbackHost(QStringLiteral("10.0.0.5")));
    }

    // A session that holds the advisory lock a workstation takes when it
    // opens the workspace (a console query could take it): opening gives up
    // after the lock timeout with a message, instead of hanging.
    void openingDoesNotHangOnAHeldAdvisoryLock()
    {
        {
            const QString name = nextName();
            auto info = Workspace::open(m_pg.spec(QStringLiteral("team")), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
            Db::close(name);
        }
        PGconn *holder = PQconnectdb(m_pg.conninfo(QStringLiteral("team")).toUtf8().constData());
        QCOMPARE(PQstatus(holder), CONNECTION_OK);
        PGresult *r = PQexec(holder, "SELECT pg_advisory_lock(7310455)");
        QCOMPARE(PQresultStatus(r), PGRES_TUPLES_OK);
        PQclear(r);

        std::atomic<bool> done{false};
        QString message;
        bool ok = true;
        const ConnectionSpec spec = m_pg.spec(QStringLiteral("team"));
        QElapsedTimer t;
        t.start();
        std::thread opener([&] {
            const QString name = QStringLiteral("opener");
            auto info = Workspace::open(spec, {}, name, QDateTime::currentDateTimeUtc());
            ok = info.ok();
            if (!ok)
                message = info.error().message;
            info = Error::make(Error::Kind::General, QString());
            Db::close(name);
            done = true;
        });
        while (!done && t.elapsed() < 40'000)
            QTest::qWait(50);
        const qint64 waited = t.elapsed();
        PQfinish(holder); // releases the lock, so a hanging open ends too
        opener.join();
        QVERIFY2(waited < 30'000, "opening waited on the advisory lock without a limit");
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("lock")) &&
                     message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(message));
    }

    void everyConnectionHasALockTimeout()
    {
        const QString name = nextName();
        {
            auto db = Db::open(m_pg.spec(QStringLiteral("team")), name);
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("SELECT current_setting('lock_timeout')")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("10s"));
        }
        Db::close(name);
    }
};

QTEST_GUILESS_MAIN(TestPgConnectSecurity)
#include "tst_pgconnectsecurity.moc"
