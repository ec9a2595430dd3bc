// The workstation's own checkpoints: kept under the application's data
// folder, never beside the workspace; written whole or not at all; never
// moved back to a smaller tree or to another log; a damaged or planted file
// is reported, not taken as "nothing seen yet".
#include "models/evidence/Signing.h"
#include "models/record/CheckpointStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

QByteArray note(const QByteArray &privatePem, uint64_t size, const QString &origin)
{
    Checkpoint c;
    c.origin = origin;
    c.size = size;
    c.root = Merkle::leafHash(QByteArray::number(quint64(size)));
    return Checkpoints::sign(c, privatePem).value();
}

} // namespace

class TestCheckpointStore : public QObject
{
    Q_OBJECT
private:
    QByteArray m_key = Signing::generateEd25519()->privatePem;
    const QString m_origin = QStringLiteral("incident-commander.local/workspace/3f1c");

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("IncidentCommanderTest"));
        QCoreApplication::setApplicationName(QStringLiteral("checkpointstore"));
    }

    void livesInTheApplicationsDataFolder()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(CheckpointStore::defaultDirectory().startsWith(appData));
        // The tests' home points XDG_DATA_HOME at a private folder.
        QVERIFY(appData.startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
        CheckpointStore store;
        QFile::remove(store.pathFor(QStringLiteral("3f1c"))); // from an earlier run
        QVERIFY(store.latest(QStringLiteral("3f1c")).ok());
        QVERIFY(!store.latest(QStringLiteral("3f1c")).value().has_value());
        QVERIFY(store.save(QStringLiteral("3f1c"), note(m_key, 5, m_origin)).ok());
        QVERIFY(
            QFile::exists(QDir(appData).filePath(QStringLiteral("checkpoints/3f1c.checkpoint"))));
        QCOMPARE(store.latest(QStringLiteral("3f1c")).value()->checkpoint.size, uint64_t(5));
    }

    void keepsTheLatestAndNeverGoesBack()
    {
        QTemporaryDir dir;
        CheckpointStore store(dir.path());
        const QString ws = QStringLiteral("0b7e6f0e-8a51-4a4c-9d44-1c2f3a4b5c6d");
        QVERIFY(store.save(ws, note(m_key, 10, m_origin)).ok());
        QVERIFY(store.save(ws, note(m_key, 12, m_origin)).ok());
        QCOMPARE(store.latest(ws).value()->checkpoint.size, uint64_t(12));
        auto back = store.save(ws, note(m_key, 11, m_origin));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().kind, Error::Kind::Conflict);
        QVERIFY(back.error().message.contains(QLatin1String("was kept")));
        auto other = store.save(ws, note(m_key, 20, QStringLiteral("elsewhere.example/log")));
        QVERIFY(!other.ok());
        QCOMPARE(store.latest(ws).value()->checkpoint.size, uint64_t(12));
        QVERIFY(!store.save(ws, QByteArray("not a checkpoint")).ok());
        // Written through a temporary file and renamed: nothing else left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{ws + QStringLiteral(".checkpoint")});
    }

    void damagedOrPlantedFilesAreReported()
    {
        QTemporaryDir dir;
        CheckpointStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("ws1"), note(m_key, 3, m_origin)).ok());
        QFile f(store.pathFor(QStringLiteral("ws1")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("garbage\n");
        f.close();
        auto damaged = store.latest(QStringLiteral("ws1"));
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.error().message.contains(QLatin1String("damaged or edited")));
        // Saving over a damaged file is refused too: it is evidence.
        QVERIFY(!store.save(QStringLiteral("ws1"), note(m_key, 4, m_origin)).ok());

        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), store.pathFor(QStringLiteral("ws2"))));
        auto linked = store.latest(QStringLiteral("ws2"));
        QVERIFY(!linked.ok());
        QVERIFY(linked.error().message.contains(QLatin1String("not a plain file")));

        for (const QString &bad : {QStringLiteral("../escape"), QStringLiteral("a/b"),
                                   QStringLiteral(""), QStringLiteral(".hidden")}) {
            QVERIFY(!store.latest(bad).ok());
            QVERIFY(!store.save(bad, note(m_key, 1, m_origin)).ok());
        }
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("../escape.checkpoint"))));
    }
};

QTEST_GUILESS_MAIN(TestCheckpointStore)
#include "tst_checkpointstore.moc"
