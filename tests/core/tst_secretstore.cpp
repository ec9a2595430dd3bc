// Keychain round trip against a real Secret Service (gnome-keyring in a
// private D-Bus session; see support/with-keyring.sh).
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ic;

namespace {

SecretStore::ReadResult readNow(SecretStore &store, const QString &key)
{
    SecretStore::ReadResult out;
    bool done = false;
    store.read(key, [&](SecretStore::ReadResult r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.message = QStringLiteral("timed out");
    return out;
}

Result<void> writeNow(SecretStore &store, const QString &key, const QString &secret)
{
    Result<void> out = Error::make(Error::Kind::General, QStringLiteral("timed out"));
    bool done = false;
    store.write(key, secret, [&](Result<void> r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return out;
}

Result<void> removeNow(SecretStore &store, const QString &key)
{
    Result<void> out = Error::make(Error::Kind::General, QStringLiteral("timed out"));
    bool done = false;
    store.remove(key, [&](Result<void> r) {
        out = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return out;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "this test must run inside support/with-keyring.sh (private D-Bus session)");
    }

    void roundTrip()
    {
        SecretStore store(QStringLiteral("incident-commander-test"));
        const QString key = QStringLiteral("postgresql/alice@db.example:5432/incidents");
        const QString secret = QStringLiteral("s3cr3t-ü-€-'\"; DROP TABLE x; --");
        QVERIFY2(writeNow(store, key, secret).ok(), "write to the keychain");
        const auto r = readNow(store, key);
        QCOMPARE(r.status, SecretStore::Status::Found);
        QCOMPARE(r.secret, secret);
        QVERIFY(!r.message.contains(secret));

        // Overwrite, then remove.
        QVERIFY(writeNow(store, key, QStringLiteral("second")).ok());
        QCOMPARE(readNow(store, key).secret, QStringLiteral("second"));
        QVERIFY(removeNow(store, key).ok());
        const auto gone = readNow(store, key);
        QCOMPARE(gone.status, SecretStore::Status::NotFound);
        QVERIFY(gone.secret.isEmpty());
        // Removing what is not there is fine.
        QVERIFY(removeNow(store, key).ok());
    }

    void secretsNeverReachSettingsOrFiles()
    {
        const QString secret =
            QStringLiteral("never-on-disk-%1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            Settings settings; // touch the settings file
            settings.setActorName(QStringLiteral("tester"));
            SecretStore store(QStringLiteral("incident-commander-test"));
            QVERIFY(writeNow(store, QStringLiteral("k"), secret).ok());
        }
        // Nothing under the config or data folders holds the secret in clear.
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }

    void sessionMemory()
    {
        SecretStore store;
        QVERIFY(!store.sessionSecret(QStringLiteral("x")).has_value());
        store.keepForSession(QStringLiteral("x"), QStringLiteral("y"));
        QCOMPARE(store.sessionSecret(QStringLiteral("x")).value(), QStringLiteral("y"));
        store.forgetSession(QStringLiteral("x"));
        QVERIFY(!store.sessionSecret(QStringLiteral("x")).has_value());
    }

    // find(): the session's secret at once, else the keychain's, else nothing.
    void findPrefersTheSession()
    {
        SecretStore store(QStringLiteral("incident-commander-test"));
        const QString key = QStringLiteral("find/%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(writeNow(store, key, QStringLiteral("from-keychain")).ok());
        auto find = [&] {
            SecretStore::ReadResult out;
            bool done = false;
            store.find(key, [&](SecretStore::ReadResult r) {
                out = r;
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, 20000);
            return out;
        };
        SecretStore::ReadResult r = find();
        QCOMPARE(r.status, SecretStore::Status::Found);
        QCOMPARE(r.secret, QStringLiteral("from-keychain"));

        store.keepForSession(key, QStringLiteral("from-session"));
        bool answeredAtOnce = false;
        store.find(key, [&](SecretStore::ReadResult s) {
            answeredAtOnce = true;
            r = s;
        });
        QVERIFY(answeredAtOnce);
        QCOMPARE(r.status, SecretStore::Status::Found);
        QCOMPARE(r.secret, QStringLiteral("from-session"));

        store.forgetSession(key);
        QVERIFY(removeNow(store, key).ok());
        QCOMPARE(find().status, SecretStore::Status::NotFound);
    }

    // Last: afterwards the keyring stays locked.
    void lockedKeyringIsNotMistakenForNothingStored()
    {
        SecretStore store(QStringLiteral("incident-commander-test"));
        const QString key = QStringLiteral("locked-case");
        QVERIFY(writeNow(store, key, QStringLiteral("value")).ok());

        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath>{
            QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, 10000);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

        const auto r = readNow(store, key);
        QVERIFY2(r.status == SecretStore::Status::Locked,
                 qPrintable(QStringLiteral("status %1: %2").arg(int(r.status)).arg(r.message)));
        QVERIFY(r.secret.isEmpty());
        QVERIFY(r.message.contains(QLatin1String("locked")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
