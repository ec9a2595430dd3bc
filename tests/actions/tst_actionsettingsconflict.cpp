// Two commanders edit how the workspace acts at once, on both engines: the
// one whose form is stale is refused, told who changed what, and the other
// one's pin and CA stay; after reloading, the save goes through.
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
};

QTEST_GUILESS_MAIN(TestActionSettingsConflict)
#include "tst_actionsettingsconflict.moc"
