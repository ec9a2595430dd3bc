// `incident-commander verify-record` on the workspace log (issue 15 part 2):
// a SQLite workspace whose events are signed by a registered key, and a
// checkpoint exported from it (a file held elsewhere). Then the insider (the
// sqlite3 library) rewrites the record and recomputes every hash and tree
// node: verify-record against the exported checkpoint reports ALTERED (exit
// 1); a swapped member key is UNTRUSTED SIGNER (3) or ALTERED; a checkpoint
// file that cannot be read is UNREADABLE (4). Verifying writes nothing.
#include "CliRun.h"
#include "RecordInsider.h"
#include "WorkspaceFixture.h"
#include "models/evidence/Signing.h"
#include "models/record/Checkpoint.h"
#include "models/record/MemberKeys.h"
#include "models/record/WorkspaceLog.h"
#include "models/timeline/EventLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::shared_ptr<Ed25519Signer> freshSigner()
{
    auto pair = Signing::generateEd25519();
    if (!pair)
        return nullptr;
    auto s = Ed25519Signer::fromPem(pair->privatePem);
    return s ? std::shared_ptr<Ed25519Signer>(std::move(s.value())) : nullptr;
}

} // namespace

class TestVerifyRecordLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_master;
    QString m_checkpoint;
    std::shared_ptr<Ed25519Signer> m_key;
    int m_n = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.icw").arg(++m_n));
        QFile::copy(m_master, path);
        return path;
    }

    template <typename Fn>
    void withDb(const QString &path, Fn fn)
    {
        const QString name = QStringLiteral("direct-%1").arg(++m_n);
        {
            auto db = TestWorkspaces::connect(ConnectionSpec::sqlite(path), name);
            QVERIFY(db.ok());
            fn(db.value());
        }
        Db::close(name);
    }

    CliRun verify(const QString &path, const QString &checkpoint)
    {
        return runCli({QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                       QStringLiteral("--all"), QStringLiteral("--checkpoint"), checkpoint});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = freshSigner();
        QVERIFY(m_key);
        m_master = m_dir.filePath(QStringLiteral("master.icw"));
        OpenOptions o;
        o.createIfMissing = true;
        auto info = Workspace::open(ConnectionSpec::sqlite(m_master), o, QStringLiteral("make"),
                                    QDateTime::currentDateTimeUtc());
        Db::close(QStringLiteral("make"));
        IC_VERIFY_OK(info);
        withDb(m_master, [&](QSqlDatabase &db) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            IC_VERIFY_OK(
                MemberKeys::registerOwn(db, m_key->publicKey(), QStringLiteral("alex"), now));
            for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
                const QVariant t = Db::bindTime(db, now);
                IC_VERIFY_OK(Db::exec(db,
                                      QStringLiteral("INSERT INTO ic_incidents (id, ref, title, "
                                                     "severity, status, detected_at, created_at, "
                                                     "created_by, updated_at, updated_by) VALUES "
                                                     "(?, ?, 'Leak', 2, 'open', ?, ?, '', ?, '')"),
                                      {id, QStringLiteral("INC-2026-00") + id, t, t, t}));
            }
            EventLog::setSigner(db.connectionName(), m_key);
            for (int i = 0; i < 9; ++i) {
                EventDraft d;
                d.incidentId = i % 2 ? QStringLiteral("a") : QStringLiteral("b");
                d.actor = QStringLiteral("alex");
                d.kind = QStringLiteral("note");
                d.summary = QStringLiteral("note %1").arg(i);
                IC_VERIFY_OK(EventLog::append(db, d, now.addSecs(i)));
            }
            EventLog::setSigner(db.connectionName(), nullptr);
            // The checkpoint someone exported (and mailed to legal).
            auto head = WorkspaceLog::head(db);
            IC_VERIFY_OK(head);
            Checkpoint c;
            c.origin = head->origin;
            c.size = head->size;
            c.root = head->root;
            c.time = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
            auto note = Checkpoints::sign(c, *m_key);
            IC_VERIFY_OK(note);
            m_checkpoint = m_dir.filePath(QStringLiteral("exported.checkpoint"));
            QFile f(m_checkpoint);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(note.value());
        });
    }

    void intactPassesAgainstTheCheckpoint()
    {
        const QString path = freshCopy();
        const QByteArray before = sha(path);
        const CliRun r = verify(path, m_checkpoint);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Workspace log: intact (9 events, 0 unsigned)")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("consistent with the checkpoint")));
        QCOMPARE(sha(path), before);
    }

    void insiderRewritesAreAltered_data()
    {
        QTest::addColumn<int>("attack");
        QTest::newRow("rewrite, every hash recomputed") << 0;
        QTest::newRow("hashes cleared and edited") << 1;
        QTest::newRow("last events deleted, head moved back") << 2;
        QTest::newRow("reordered") << 3;
        QTest::newRow("backdated event inserted") << 4;
    }
    void insiderRewritesAreAltered()
    {
        QFETCH(int, attack);
        const QString path = freshCopy();
        withDb(path, [&](QSqlDatabase &db) {
            RecordInsider insider{db};
            switch (attack) {
            case 0:
                IC_VERIFY_OK(insider.rewriteEvent(4, QStringLiteral("Nothing happened")));
                break;
            case 1:
                IC_VERIFY_OK(insider.sql(QStringLiteral("UPDATE ic_incident_events SET hash = "
                                                        "NULL, prev_hash = NULL")));
                IC_VERIFY_OK(insider.sql(QStringLiteral("UPDATE ic_incident_events SET summary "
                                                        "= 'Nothing happened' WHERE "
                                                        "leaf_index = 4")));
                break;
            case 2:
                IC_VERIFY_OK(insider.deleteLast(3));
                break;
            case 3:
                IC_VERIFY_OK(insider.swap(2, 5));
                break;
            default:
                IC_VERIFY_OK(insider.insertBackdated(3, QStringLiteral("We told them")));
            }
        });
        const QByteArray before = sha(path);
        const CliRun r = verify(path, m_checkpoint);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Workspace log: ALTERED")), qPrintable(r.out));
        QCOMPARE(sha(path), before);
    }

    void swappedMemberKey()
    {
        // The attacker's key in place of alex's, fingerprint and all.
        auto attacker = freshSigner();
        QVERIFY(attacker);
        const QString path = freshCopy();
        withDb(path, [&](QSqlDatabase &db) {
            IC_VERIFY_OK(RecordInsider{db}.swapKey(QStringLiteral("alex"),
                                                   attacker->publicKey().fingerprint,
                                                   attacker->publicKey().raw));
        });
        const CliRun r = verify(path, m_checkpoint);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("UNTRUSTED SIGNER")), qPrintable(r.out));
        // Only the public key swapped: the row does not hold.
        const QString other = freshCopy();
        withDb(other, [&](QSqlDatabase &db) {
            IC_VERIFY_OK(Db::exec(db, QStringLiteral("UPDATE ic_member_keys SET public_key = ?"),
                                  {attacker->publicKey().raw}));
        });
        const CliRun r2 = verify(other, m_checkpoint);
        QVERIFY2(r2.exitCode == 1, qPrintable(r2.out + r2.err));
        QVERIFY(r2.out.contains(QLatin1String("ALTERED")));
    }

    void badCheckpointFiles()
    {
        const QString path = freshCopy();
        const CliRun missing = verify(path, m_dir.filePath(QStringLiteral("nope.checkpoint")));
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(QLatin1String("UNREADABLE")));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.checkpoint"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("incident-commander.local/workspace/x\n-1\nnot base64\n");
        f.close();
        const CliRun bad = verify(path, garbage);
        QCOMPARE(bad.exitCode, 4);
        QVERIFY2(bad.out.contains(QLatin1String("UNREADABLE checkpoint")), qPrintable(bad.out));
        // Another workspace's checkpoint is no proof for this one.
        const QString otherPath = m_dir.filePath(QStringLiteral("other.icw"));
        OpenOptions o;
        o.createIfMissing = true;
        IC_VERIFY_OK(Workspace::open(ConnectionSpec::sqlite(otherPath), o, QStringLiteral("o"),
                                     QDateTime::currentDateTimeUtc()));
        Db::close(QStringLiteral("o"));
        const CliRun foreign = verify(otherPath, m_checkpoint);
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.out.contains(QLatin1String("not this workspace's")),
                 qPrintable(foreign.out));
    }
};

QTEST_GUILESS_MAIN(TestVerifyRecordLog)
#include "tst_verifyrecord_log.moc"
