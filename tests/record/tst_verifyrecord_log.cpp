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
        QVERIFY2(r.out.contains(QLatin1String("Workspace log: intact (9 events, 0 unsigned from "
                                              "before the log)")),
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

    void unsignedAppendsAreRefused()
    {
        // The workspace has its person's key: the app refuses to record an
        // event without it (a SQLite file's owner can write it with the
        // sqlite3 library: verify-record reports it, below).
        const QString path = freshCopy();
        withDb(path, [&](QSqlDatabase &db) {
            const QString count = QStringLiteral("SELECT count(*) FROM ic_incident_events");
            const QVariant before = scalar(db, count);
            EventDraft d;
            d.incidentId = QStringLiteral("a");
            d.actor = QStringLiteral("alex");
            d.kind = QStringLiteral("note");
            d.summary = QStringLiteral("no key on this connection");
            auto refused = EventLog::append(db, d, QDateTime::currentDateTimeUtc());
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("no signing key")),
                     qPrintable(refused.error().fullText()));
            QCOMPARE(scalar(db, count), before);
            // With the key it records, signed.
            EventLog::setSigner(db.connectionName(), m_key);
            auto e = EventLog::append(db, d, QDateTime::currentDateTimeUtc());
            EventLog::setSigner(db.connectionName(), nullptr);
            IC_VERIFY_OK(e);
            QCOMPARE(e->signer, m_key->publicKey().fingerprint);
        });
    }

    void unsignedEventIsAltered()
    {
        // The insider (the sqlite3 library) appends an unsigned event after
        // the exported checkpoint, the chain and the tree recomputed:
        // everything holds together but the missing signature.
        const QString path = freshCopy();
        withDb(path, [&](QSqlDatabase &db) {
            RecordInsider insider{db};
            IC_VERIFY_OK(insider.sql(
                QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, occurred_at, "
                               "recorded_at, actor, kind, summary, details, backdated, prev_hash, "
                               "hash, leaf_index) VALUES ('a', 1000, ?, ?, 'alex', 'note', "
                               "'Nothing happened', '{}', 0, '', '', 9)"),
                {Db::bindTime(db, QDateTime::currentDateTimeUtc()),
                 Db::bindTime(db, QDateTime::currentDateTimeUtc())}));
            IC_VERIFY_OK(insider.recomputeEverything());
        });
        const CliRun r = verify(path, m_checkpoint);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("ALTERED: leaf 9 ")) &&
                     r.out.contains(QLatin1String("is not signed")),
                 qPrintable(r.out));
        // Only the signature rule caught it: chains, tree and checkpoint hold.
        QVERIFY2(r.out.contains(QLatin1String("consistent with the checkpoint")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("BROKEN")), qPrintable(r.out));
    }

    void legacyEventsStayValid()
    {
        // Events from before the log (unsigned, leaf_index NULL), put into it
        // by an admin: legacy, not ALTERED.
        const QString path = freshCopy();
        withDb(path, [&](QSqlDatabase &db) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(
                QDateTime::currentMSecsSinceEpoch() - 86'400'000, Qt::UTC);
            const QVariant bt = Db::bindTime(db, t);
            IC_VERIFY_OK(Db::exec(db,
                                  QStringLiteral("INSERT INTO ic_incidents (id, ref, title, "
                                                 "severity, status, detected_at, created_at, "
                                                 "created_by, updated_at, updated_by) VALUES "
                                                 "('c', 'INC-2025-001', 'Old', 2, 'open', ?, ?, "
                                                 "'', ?, '')"),
                                  {bt, bt, bt}));
            QString prev;
            for (int seq = 1; seq <= 2; ++seq) {
                IncidentEvent e;
                e.incidentId = QStringLiteral("c");
                e.seq = seq;
                e.occurredAt = t.addSecs(seq);
                e.recordedAt = e.occurredAt;
                e.actor = QStringLiteral("alex");
                e.kind = QStringLiteral("note");
                e.summary = QStringLiteral("before the log %1").arg(seq);
                e.prevHash = prev;
                e.hash = EventLog::hashOf(e);
                IC_VERIFY_OK(Db::exec(
                    db,
                    QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, "
                                   "occurred_at, recorded_at, actor, kind, summary, details, "
                                   "backdated, prev_hash, hash) VALUES ('c', ?, ?, ?, 'alex', "
                                   "'note', ?, '{}', 0, ?, ?)"),
                    {seq, Db::bindTime(db, e.occurredAt), Db::bindTime(db, e.recordedAt), e.summary,
                     prev, e.hash}));
                prev = e.hash;
            }
            IC_VERIFY_OK(Db::exec(db,
                                  QStringLiteral("UPDATE ic_incidents SET event_count = 2, "
                                                 "last_event_hash = ? WHERE id = 'c'"),
                                  {prev}));
            EventLog::setSigner(db.connectionName(), m_key);
            auto adopted = WorkspaceLog::adoptLegacy(db, QStringLiteral("alex"),
                                                     QDateTime::currentDateTimeUtc());
            EventLog::setSigner(db.connectionName(), nullptr);
            IC_VERIFY_OK(adopted);
            QCOMPARE(adopted.value(), 2);
        });
        const CliRun r = verify(path, m_checkpoint);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Workspace log: intact (12 events, 2 unsigned from "
                                              "before the log)")),
                 qPrintable(r.out));
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
