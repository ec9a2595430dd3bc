// Without a Secret Service the store says so and never falls back to disk.
#include "models/core/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ic;

class TestSecretStoreNoKeyring : public QObject
{
    Q_OBJECT
private slots:
    void writeFailsClearly()
    {
        SecretStore store(QStringLiteral("incident-commander-test"));
        Result<void> out = success();
        bool done = false;
        store.write(QStringLiteral("k"), QStringLiteral("plaintext-must-not-land"),
                    [&](Result<void> r) {
                        out = r;
                        done = true;
                    });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY2(!out.ok(), "writing must fail without a keychain");
        QVERIFY2(out.error().message.contains(QLatin1String("keychain")),
                 qPrintable(out.error().message));
        QVERIFY(!out.error().message.contains(QLatin1String("plaintext-must-not-land")));

        // No plaintext fallback anywhere in our folders.
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("plaintext-must-not-land"),
                             qPrintable(f.fileName()));
            }
        }
    }

    void readReportsUnavailableNotNotFound()
    {
        SecretStore store(QStringLiteral("incident-commander-test"));
        SecretStore::ReadResult out;
        bool done = false;
        store.read(QStringLiteral("k"), [&](SecretStore::ReadResult r) {
            out = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY2(out.status != SecretStore::Status::Found &&
                     out.status != SecretStore::Status::NotFound,
                 qPrintable(QStringLiteral("status %1: %2").arg(int(out.status)).arg(out.message)));
        QVERIFY(!out.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeyring)
#include "tst_secretstore_nokeyring.moc"
