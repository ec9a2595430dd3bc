// Evidence bundles attacked: an attacker rewrites an event, rebuilds the
// tree, checkpoint and manifest and signs them with a fresh key of their own
// shipped inside the bundle: only a verifier told to trust that key accepts
// it. An event changed under a manifest re-signed by the real key fails its
// inclusion proof. Links, FIFOs and huge files are refused at once.
#include "WorkspaceFixture.h"
#include "models/core/Sha256.h"
#include "models/evidence/BundleFormat.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/record/Checkpoint.h"
#include "models/record/TrustList.h"
#include "models/timeline/EventLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ic;
using namespace ic::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Puts a file's new hash and size into the manifest.
QByteArray relisted(const QByteArray &manifest, const QString &path, const QByteArray &bytes)
{
    QJsonObject m = QJsonDocument::fromJson(manifest).object();
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    for (int i = 0; i < files.size(); ++i) {
        QJsonObject f = files[i].toObject();
        if (f.value(QStringLiteral("path")).toString() == path) {
            f.insert(QStringLiteral("sha256"), Sha256::hexOf(bytes));
            f.insert(QStringLiteral("bytes"), bytes.size());
            files[i] = f;
        }
    }
    m.insert(QStringLiteral("files"), files);
    return QJsonDocument(m).toJson(QJsonDocument::Indented);
}

TrustList trusting(const QList<QByteArray> &publicPems)
{
    TrustList l;
    for (const QByteArray &pem : publicPems)
        l.add({PersonKey::fromPem(pem).value(), QStringLiteral("someone"), {}, {}});
    return l;
}

double msToVerify(const QString &dir, BundleVerification *v)
{
    QElapsedTimer t;
    t.start();
    *v = EvidenceBundle::verify(dir, TrustAnchors{});
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

class TestEvidenceTrust : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QTemporaryDir m_out;
    QSqlDatabase m_db;
    QString m_incident;
    Signing::KeyPair m_key = Signing::generateEd25519().value();
    Signing::KeyPair m_attacker = Signing::generateEd25519().value();
    int m_n = 0;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

    QString exportFresh()
    {
        const QString dir = m_out.filePath(QStringLiteral("bundle-%1").arg(++m_n));
        auto r = EvidenceBundle::exportBundle(m_db, m_db, m_incident, dir, m_key.privatePem,
                                              QStringLiteral("alex"), m_now);
        if (!r)
            qWarning().noquote() << r.error().fullText();
        return r ? dir : QString();
    }

    // The attacker's tool: rewrites event `seq`'s summary and rebuilds
    // everything that depends on it, signed with `key`.
    void forge(const QString &dir, const Signing::KeyPair &key)
    {
        const QDir d(dir);
        QByteArray manifest = readAll(d.filePath(QStringLiteral("manifest.json")));
        const QJsonObject m = QJsonDocument::fromJson(manifest).object();
        const QString origin =
            m.value(QStringLiteral("record")).toObject().value(QStringLiteral("origin")).toString();
        auto events =
            BundleFormat::parseEvents(readAll(d.filePath(QStringLiteral("events.jsonl"))), origin);
        QVERIFY(events.ok());
        events.value()[0].summary = QStringLiteral("Nothing happened");
        Merkle::MemoryTree tree;
        QByteArray eventsBytes;
        for (const RecordEvent &e : events.value()) {
            tree.append(EventEncoding::leafHash(e));
            eventsBytes += BundleFormat::eventLine(e);
        }
        BundleFormat::InclusionProofs proofs;
        proofs.origin = origin;
        proofs.treeSize = tree.size();
        for (const RecordEvent &e : events.value())
            proofs.proofs.insert(e.leafIndex,
                                 Merkle::inclusionProof(tree, e.leafIndex, tree.size()).value());
        Checkpoint cp;
        cp.origin = origin;
        cp.size = tree.size();
        cp.root = tree.root();
        cp.time = m_now;
        const QByteArray note = Checkpoints::sign(cp, key.privatePem).value();
        const QByteArray proofsBytes = BundleFormat::writeProofs(proofs);
        writeAll(d.filePath(QStringLiteral("events.jsonl")), eventsBytes);
        writeAll(d.filePath(QStringLiteral("proofs.txt")), proofsBytes);
        writeAll(d.filePath(QStringLiteral("checkpoint")), note);
        manifest = relisted(manifest, QStringLiteral("events.jsonl"), eventsBytes);
        manifest = relisted(manifest, QStringLiteral("proofs.txt"), proofsBytes);
        manifest = relisted(manifest, QStringLiteral("checkpoint"), note);
        QJsonObject o = QJsonDocument::fromJson(manifest).object();
        const PublicKey pub = PersonKey::fromPem(key.publicPem).value();
        QJsonObject record = o.value(QStringLiteral("record")).toObject();
        record.insert(QStringLiteral("root_hash"), QString::fromLatin1(Merkle::toBase64(cp.root)));
        o.insert(QStringLiteral("record"), record);
        o.insert(
            QStringLiteral("signing_key"),
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                        {QStringLiteral("fingerprint"), pub.fingerprint},
                        {QStringLiteral("public_key"), QString::fromLatin1(pub.raw.toBase64())}});
        o.insert(QStringLiteral("keys"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("fingerprint"), pub.fingerprint},
                     {QStringLiteral("person"), QStringLiteral("alex")},
                     {QStringLiteral("public_key"), QString::fromLatin1(pub.raw.toBase64())},
                     {QStringLiteral("valid_from"), QJsonValue::Null},
                     {QStringLiteral("valid_until"), QJsonValue::Null}}});
        manifest = QJsonDocument(o).toJson(QJsonDocument::Indented);
        writeAll(d.filePath(QStringLiteral("manifest.json")), manifest);
        writeAll(d.filePath(QStringLiteral("manifest.json.sig")),
                 Signing::sign(key.privatePem, manifest)->toBase64() + '\n');
        writeAll(d.filePath(QStringLiteral("public_key.pem")), key.publicPem);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ws.isValid() && m_out.isValid());
        auto spec = m_ws.create(QStringLiteral("sqlite"));
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("trust"));
        IC_VERIFY_OK(db);
        m_db = db.value();
        NewIncident n;
        n.title = QStringLiteral("Token compromise");
        auto inc = IncidentRepository(m_db, m_now).create(n, QStringLiteral("alex"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
        for (int i = 0; i < 12; ++i) {
            EventDraft e;
            e.incidentId = m_incident;
            e.actor = QStringLiteral("alex");
            e.kind = QStringLiteral("note");
            e.summary = QStringLiteral("Step %1").arg(i);
            IC_VERIFY_OK(EventLog::append(m_db, e, m_now.addSecs(i)));
        }
    }
    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Db::close(QStringLiteral("trust"));
    }

    void attackerResignedBundleNeedsTheAttackersKeyTrusted()
    {
        const QString dir = exportFresh();
        QVERIFY(!dir.isEmpty());
        forge(dir, m_attacker);
        const QString attackerFp = PersonKey::fromPem(m_attacker.publicPem)->fingerprint;

        // Self-consistent: every hash, proof and signature holds...
        BundleVerification v = EvidenceBundle::verify(dir);
        QVERIFY2(v.intact(), qPrintable(v.recordProblems.join(u'\n') + v.changed.join(u',')));
        QCOMPARE(v.keyFingerprint, attackerFp);
        // ...yet with no trusted keys given, the signer is untrusted.
        QCOMPARE(v.outcome(), BundleVerification::Outcome::UntrustedSigner);
        // Pinned to the real exporter's key: untrusted.
        v = EvidenceBundle::verify(dir, PersonKey::fromPem(m_key.publicPem)->fingerprint);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::UntrustedSigner);
        // The workspace's trust list (the real key only): untrusted, and the
        // forged checkpoint is untrusted too.
        TrustAnchors real;
        real.trusted = trusting({m_key.publicPem});
        v = EvidenceBundle::verify(dir, real);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::UntrustedSigner);
        QVERIFY(!v.signerTrusted && !v.checkpointTrusted);
        // Only a list that trusts the attacker's key accepts it.
        TrustAnchors fooled;
        fooled.trusted = trusting({m_key.publicPem, m_attacker.publicPem});
        QVERIFY(EvidenceBundle::verify(dir, fooled).ok());

        // The genuine bundle passes the real trust list.
        const QString genuine = exportFresh();
        const BundleVerification g = EvidenceBundle::verify(genuine, real);
        QVERIFY2(g.ok(), qPrintable(g.untrustedSigners.join(u',')));
        QCOMPARE(g.signerPerson, QStringLiteral("someone"));
    }

    void tamperedEventFailsItsInclusionProof()
    {
        const QString dir = exportFresh();
        const QDir d(dir);
        // An insider with the exporter's key edits an event and re-signs the
        // manifest, but cannot make the event fit the signed checkpoint.
        QByteArray events = readAll(d.filePath(QStringLiteral("events.jsonl")));
        QVERIFY(events.contains("Step 3"));
        events.replace("Step 3", "Step X");
        writeAll(d.filePath(QStringLiteral("events.jsonl")), events);
        const QByteArray manifest = relisted(readAll(d.filePath(QStringLiteral("manifest.json"))),
                                             QStringLiteral("events.jsonl"), events);
        writeAll(d.filePath(QStringLiteral("manifest.json")), manifest);
        writeAll(d.filePath(QStringLiteral("manifest.json.sig")),
                 Signing::sign(m_key.privatePem, manifest)->toBase64() + '\n');
        const BundleVerification v =
            EvidenceBundle::verify(dir, PersonKey::fromPem(m_key.publicPem)->fingerprint);
        QVERIFY(v.signatureValid && v.signerTrusted);
        QVERIFY(v.changed.isEmpty()); // the file list matches...
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Altered);
        QCOMPARE(v.recordProblems.size(), 1); // ...but that one event is not in the record
        QVERIFY2(v.recordProblems.first().contains(QLatin1String("inclusion proof fails")),
                 qPrintable(v.recordProblems.first()));
        QVERIFY(v.recordProblems.first().startsWith(QLatin1String("Event 5 ")));

        // Removing an event (and its proof) shows as a gap in the sequence.
        const QString second = exportFresh();
        const QDir d2(second);
        QList<QByteArray> lines = readAll(d2.filePath(QStringLiteral("events.jsonl"))).split('\n');
        lines.removeAt(2);
        const QByteArray fewer = lines.join('\n');
        writeAll(d2.filePath(QStringLiteral("events.jsonl")), fewer);
        QByteArray m2 = relisted(readAll(d2.filePath(QStringLiteral("manifest.json"))),
                                 QStringLiteral("events.jsonl"), fewer);
        writeAll(d2.filePath(QStringLiteral("manifest.json")), m2);
        writeAll(d2.filePath(QStringLiteral("manifest.json.sig")),
                 Signing::sign(m_key.privatePem, m2)->toBase64() + '\n');
        const BundleVerification v2 =
            EvidenceBundle::verify(second, PersonKey::fromPem(m_key.publicPem)->fingerprint);
        QCOMPARE(v2.outcome(), BundleVerification::Outcome::Altered);
        QVERIFY(v2.recordProblems.join(u'\n').contains(QLatin1String("out of order")));
    }

    void hostileFilesAreRefusedQuickly()
    {
        BundleVerification v;
        // events.jsonl replaced by a link to /dev/zero (reading it never ends).
        QString dir = exportFresh();
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("events.jsonl"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            QDir(dir).filePath(QStringLiteral("events.jsonl"))));
        QVERIFY(msToVerify(dir, &v) < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Unreadable);
        QVERIFY2(v.problem.contains(QLatin1String("events.jsonl in the bundle is a symbolic link")),
                 qPrintable(v.problem));
        QVERIFY(v.problem.contains(QLatin1String("Nothing was read")));

        // The manifest as a link to /dev/zero.
        dir = exportFresh();
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            QDir(dir).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(msToVerify(dir, &v) < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Unreadable);

        // A FIFO no one writes to (opening it for reading would wait forever).
        dir = exportFresh();
        const QString fifo = QDir(dir).filePath(QStringLiteral("extra.jsonl"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(msToVerify(dir, &v) < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Unreadable);
        QVERIFY(v.problem.contains(QLatin1String("FIFO")));

        // A folder that is a link (to / : never walked).
        dir = exportFresh();
        QVERIFY(QFile::link(QStringLiteral("/"), QDir(dir).filePath(QStringLiteral("root"))));
        QVERIFY(msToVerify(dir, &v) < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Unreadable);
        // The bundle folder itself a link.
        const QString linkedBundle = m_out.filePath(QStringLiteral("linked-%1").arg(++m_n));
        QVERIFY(QFile::link(exportFresh(), linkedBundle));
        QVERIFY(msToVerify(linkedBundle, &v) < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Unreadable);

        // A 2 GB sparse file as the manifest, in place of a listed file, and
        // as an unlisted extra: refused, changed, added; none of it read.
        auto sparse = [](const QString &path) {
            QFile::remove(path);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(2) << 30));
        };
        dir = exportFresh();
        sparse(QDir(dir).filePath(QStringLiteral("manifest.json")));
        QVERIFY(msToVerify(dir, &v) < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Unreadable);
        QVERIFY2(v.problem.contains(QLatin1String("2147483648 bytes")), qPrintable(v.problem));
        dir = exportFresh();
        sparse(QDir(dir).filePath(QStringLiteral("events.jsonl")));
        TrustAnchors pinned;
        pinned.expectedFingerprint = PersonKey::fromPem(m_key.publicPem)->fingerprint;
        QElapsedTimer t;
        t.start();
        v = EvidenceBundle::verify(dir, pinned);
        QVERIFY(t.elapsed() < 500);
        QCOMPARE(v.outcome(), BundleVerification::Outcome::Altered);
        QCOMPARE(v.changed, QStringList{QStringLiteral("events.jsonl")});
        dir = exportFresh();
        sparse(QDir(dir).filePath(QStringLiteral("huge.bin")));
        QVERIFY(msToVerify(dir, &v) < 500);
        QCOMPARE(v.added, QStringList{QStringLiteral("huge.bin")});
    }
};

QTEST_GUILESS_MAIN(TestEvidenceTrust)
#include "tst_evidencetrust.moc"
