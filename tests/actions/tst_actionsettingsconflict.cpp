// Two commanders edit how the workspace acts at once, on both engines: the
// one whose form is stale is refused, told who changed what, and the other
// one's pin and CA stay; after reloading, the save goes through. The
// platform primary (where SQL containment writes when the audit source is a
// standby) is checked the same way, and a bad one, or one with a password
// in it, is refused with nothing saved.
#include "TestPki.h"
#include "WorkspaceFixture.h"
#include "models/actions/ActionSettings.h"

#include <QTest>

using namespace ic;
using namespace ic::test;

class TestActionSettingsConflict : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    int m_n = 0;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

    Result<void> saveAs(const QString &who, const ActionSettings &s, const ActionSettings &base,
                        const QDateTime &at)
    {
        const QString name = QStringLiteral("ws-%1").arg(++m_n);
        Result<void> r = success();
        {
            auto db = Db::open(m_spec, name);
            if (!db)
                return db.error();
            r = ActionSettingsStore::save(db.value(), s, base, who, at);
        }
        Db::close(name);
        return r;
    }

    ActionSettings loaded()
    {
        const QString name = QStringLiteral("ws-%1").arg(++m_n);
        ActionSettings s;
        {
            auto db = Db::open(m_spec, name);
            if (db) {
                auto l = ActionSettingsStore::load(db.value());
                if (l)
                    s = l.value();
            }
        }
        Db::close(name);
        return s;
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
    }

    void staleFormIsRefused()
    {
        ActionSettings first;
        first.backend = Backend::Api;
        first.apiBaseUrl = QStringLiteral("https://admin.example.com");
        first.timeoutSeconds = 30;
        IC_VERIFY_OK(saveAs(QStringLiteral("alex"), first, loaded(), m_now));

        // Both open the settings form.
        const ActionSettings alexForm = loaded();
        const ActionSettings samForm = loaded();

        // Sam pins the server's key and adds the private CA.
        auto pki = TestPki::makeServerIdentity(QStringLiteral("Sam's CA"));
        QVERIFY(pki.ok());
        ActionSettings sam = samForm;
        sam.pin = QStringLiteral("sha256/") + QString::fromLatin1(pki->pin.toBase64());
        sam.caPem = QString::fromLatin1(pki->caPem);
        IC_VERIFY_OK(saveAs(QStringLiteral("sam"), sam, samForm, m_now.addSecs(60)));

        // Alex, still looking at the old form, only changes the timeout.
        ActionSettings alex = alexForm;
        alex.timeoutSeconds = 45;
        auto stale = saveAs(QStringLiteral("alex"), alex, alexForm, m_now.addSecs(120));
        QVERIFY2(!stale.ok(), "a stale form replaced someone else's pin and CA");
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        const QString m = stale.error().message;
        QVERIFY2(m.contains(QLatin1String("sam")) && m.contains(QLatin1String("public-key pin")) &&
                     m.contains(QLatin1String("private CA")) &&
                     m.contains(QLatin1String("Nothing was saved")),
                 qPrintable(m));

        const ActionSettings now = loaded();
        QCOMPARE(now.pin, sam.pin);
        QCOMPARE(now.caPem.trimmed(), sam.caPem.trimmed());
        QCOMPARE(now.timeoutSeconds, 30);

        // With the form filled from what is stored now, it goes through.
        ActionSettings again = now;
        again.timeoutSeconds = 45;
        IC_VERIFY_OK(saveAs(QStringLiteral("alex"), again, now, m_now.addSecs(180)));
        QCOMPARE(loaded().timeoutSeconds, 45);
        QCOMPARE(loaded().pin, sam.pin);
    }

    void platformPrimaryIsCheckedAndNeverHoldsAPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << QStringLiteral("this is = not a conninfo ==")
                                 << QStringLiteral("Not a usable PostgreSQL connection string");
        QTest::newRow("bad port") << QStringLiteral("host=db.example port=99999 dbname=p user=u")
                                  << QStringLiteral("port");
        QTest::newRow("unknown option")
            << QStringLiteral("host=db.example dbname=p user=u sslcert=/tmp/x")
            << QStringLiteral("sslcert");
        QTest::newRow("password keyword")
            << QStringLiteral("host=db.example dbname=platform user=ic password=hunter2")
            << QStringLiteral("contains a password");
        QTest::newRow("password in the URI")
            << QStringLiteral("postgresql://ic:hunter2@db.example:5432/platform")
            << QStringLiteral("contains a password");
        QTest::newRow("password as a URI option")
            << QStringLiteral("postgresql://ic@db.example/platform?password=hunter2")
            << QStringLiteral("contains a password");
    }
    void platformPrimaryIsCheckedAndNeverHoldsAPassword()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const ActionSettings before = loaded();
        ActionSettings s = before;
        s.platformPrimary = text;
        auto r = saveAs(QStringLiteral("alex"), s, before, m_now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(r.error().message.contains(says) &&
                     r.error().message.contains(QLatin1String("Nothing was saved")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String("hunter2")));
        QCOMPARE(loaded(), before);
        const QString name = QStringLiteral("ws-%1").arg(++m_n);
        {
            auto db = Db::open(m_spec, name);
            IC_VERIFY_OK(db);
            QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM ic_action_settings "
                                                       "WHERE value LIKE '%hunter2%' OR key = "
                                                       "'platform.primary'"))
                         .toInt(),
                     0);
        }
        Db::close(name);
    }

    void platformPrimaryIsStoredWithoutPasswordAndGuarded()
    {
        const ActionSettings form = loaded();
        ActionSettings sam = form;
        sam.platformPrimary = QStringLiteral("host=db-primary.example port=5433 dbname=platform "
                                             "user=ic_containment");
        IC_VERIFY_OK(saveAs(QStringLiteral("sam"), sam, form, m_now));
        const ActionSettings stored = loaded();
        QCOMPARE(stored.platformPrimary,
                 QStringLiteral("postgresql://ic_containment@db-primary.example:5433/platform"));
        QVERIFY(stored.primaryEndpoint());
        QCOMPARE(stored.primaryEndpoint()->secretKey(),
                 QStringLiteral("postgresql/ic_containment@db-primary.example:5433/platform"));

        // A stale form does not silently point containment elsewhere.
        ActionSettings alex = form;
        alex.timeoutSeconds = 50;
        auto stale = saveAs(QStringLiteral("alex"), alex, form, m_now.addSecs(60));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY2(stale.error().message.contains(QLatin1String("the platform primary (now "
                                                              "postgresql://ic_containment@")),
                 qPrintable(stale.error().message));
        QCOMPARE(loaded().platformPrimary, stored.platformPrimary);

        // Cleared: containment acts on the audit source again.
        ActionSettings cleared = stored;
        cleared.platformPrimary.clear();
        IC_VERIFY_OK(saveAs(QStringLiteral("sam"), cleared, stored, m_now.addSecs(120)));
        QVERIFY(loaded().platformPrimary.isEmpty());
        QVERIFY(!loaded().primaryEndpoint());
    }
};

QTEST_GUILESS_MAIN(TestActionSettingsConflict)
#include "tst_actionsettingsconflict.moc"
