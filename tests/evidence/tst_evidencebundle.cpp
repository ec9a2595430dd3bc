// Evidence bundles on both engines: a fresh bundle verifies; one changed
// byte, a removed file, an added file or a swapped public key fails it.
#include "WorkspaceFixture.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/review/ReviewStore.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ic;
using namespace ic::test;

class TestEvidenceBundle : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QTemporaryDir m_out;
    QSqlDatabase m_db;
    QString m_incident;
    Signing::KeyPair m_key;
    int m_n = 0;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

    QString exportFresh()
    {
        const QString dir = m_out.filePath(QStringLiteral("bundle-%1").arg(++m_n));
        auto r = EvidenceBundle::exportBundle(m_db, m_db, m_incident, dir, m_key.privatePem,
                                              QStringLiteral("alex"), m_now);
        if (!r) {
            qWarning().noquote() << r.error().fullText();
            return {};
        }
        return dir;
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid() && m_out.isValid());
        IC_START_PG(m_ws.pg());
        auto key = Signing::generateEd25519();
        QVERIFY(key.ok());
        m_key = key.value();
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("eb-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        if (!m_db.tables().contains(QStringLiteral("audit_logs")))
            IC_VERIFY_OK(Workspace::ensurePlatformTables(m_db, m_now));
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DELETE FROM audit_logs")));
        for (int i = 0; i < 50; ++i)
            IC_VERIFY_OK(Db::exec(
                m_db,
                QStringLiteral("INSERT INTO audit_logs (event, user_id, query) VALUES "
                               "('api_request', ?, ?)"),
                {i % 5 == 0 ? QStringLiteral("usr_victim") : QStringLiteral("usr_%1").arg(i),
                 QStringLiteral("q %1").arg(i)}));
        NewIncident n;
        n.title = QStringLiteral("Token compromise");
        n.affectedUsers = {QStringLiteral("usr_victim")};
        auto inc = IncidentRepository(m_db, m_now).create(n, QStringLiteral("alex"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
        IC_VERIFY_OK(ReviewRepository::save(m_db, m_incident, QStringLiteral("# Review\n"), 0,
                                            QStringLiteral("alex"), m_now));
        EvidenceQuery q;
        q.name = QStringLiteral("victim-activity");
        q.sql = QStringLiteral(
            "SELECT id, event, user_id, query FROM audit_logs WHERE user_id = ? ORDER BY id");
        q.params = {QStringLiteral("usr_victim")};
        IC_VERIFY_OK(EvidenceBundle::addQuery(m_db, m_incident, q, QStringLiteral("alex"), m_now));
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void freshBundleVerifies()
    {
        const QString dir = exportFresh();
        QVERIFY(!dir.isEmpty());
        for (const char *f :
             {"manifest.json", "manifest.json.sig", "public_key.pem", "events.jsonl", "review.md",
              "extracts/victim-activity.jsonl", "extracts/victim-activity.csv"})
            QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1String(f))), f);
        for (const char *f : {"checkpoint", "proofs.txt"})
            QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1String(f))), f);
        const BundleVerification v = EvidenceBundle::verify(dir);
        QVERIFY2(v.intact(), qPrintable(v.problem + v.changed.join(u',') + v.missing.join(u',') +
                                        v.added.join(u',') + v.recordProblems.join(u',')));
        // Intact, but nobody said to trust the key that ships inside it.
        QVERIFY(!v.ok());
        QCOMPARE(v.outcome(), BundleVerification::Outcome::UntrustedSigner);
        QCOMPARE(v.keyFingerprint, Signing::fingerprint(m_key.publicPem).value());
        QVERIFY(v.incidentRef.startsWith(QLatin1String("INC-")));
        const BundleVerification pinned = EvidenceBundle::verify(dir, v.keyFingerprint);
        QVERIFY2(pinned.ok(), qPrintable(pinned.untrustedSigners.join(u',')));
        // Every event of the incident is proven in the signed checkpoint.
        QVERIFY(pinned.hasRecord && pinned.checkpointTrusted);
        QCOMPARE(qint64(pinned.eventsProven),
                 qint64(EventLog::events(m_db, m_incident)->size()) - 1);
        QCOMPARE(pinned.treeSize, quint64(pinned.eventsProven));
        QVERIFY(pinned.checkpointText.contains(QStringLiteral("\n\n") + QChar(0x2014)));

        // The manifest names the query and parameters behind the extract.
        QFile m(QDir(dir).filePath(QStringLiteral("manifest.json")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(m.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("intact"))
                     .toBool(),
                 true);
        bool found = false;
        for (const QJsonValue &f : manifest.value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("path")).toString() ==
                QLatin1String("extracts/victim-activity.jsonl")) {
                found = true;
                QVERIFY(o.value(QStringLiteral("query"))
                            .toString()
                            .contains(QLatin1String("WHERE user_id = ?")));
                QCOMPARE(o.value(QStringLiteral("params")).toArray().first().toString(),
                         QStringLiteral("usr_victim"));
                QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 10);
            }
        }
        QVERIFY(found);
        // The export itself is on the record.
        auto events = EventLog::events(m_db, m_incident);
        QCOMPARE(events->last().kind, QStringLiteral("evidence.exported"));
        QVERIFY(EventLog::verify(m_db, m_incident)->intact);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("file");
        QTest::newRow("one byte changed")
            << QStringLiteral("change") << QStringLiteral("extracts/victim-activity.csv");
        QTest::newRow("events edited")
            << QStringLiteral("change") << QStringLiteral("events.jsonl");
        QTest::newRow("file removed") << QStringLiteral("remove") << QStringLiteral("review.md");
        QTest::newRow("file added")
            << QStringLiteral("add") << QStringLiteral("extracts/extra.jsonl");
        QTest::newRow("public key swapped")
            << QStringLiteral("swapkey") << QStringLiteral("public_key.pem");
        QTest::newRow("manifest edited")
            << QStringLiteral("change") << QStringLiteral("manifest.json");
        QTest::newRow("signature removed")
            << QStringLiteral("remove") << QStringLiteral("manifest.json.sig");
    }
    void tampering()
    {
        QFETCH(QString, how);
        QFETCH(QString, file);
        const QString dir = exportFresh();
        QVERIFY(!dir.isEmpty());
        const QString path = QDir(dir).filePath(file);
        if (how == QLatin1String("change")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            f.seek(0);
            f.write(bytes);
        } else if (how == QLatin1String("remove")) {
            QVERIFY(QFile::remove(path));
        } else if (how == QLatin1String("add")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"planted\":true}\n");
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(Signing::generateEd25519()->publicPem);
        }
        // Verified with the signer pinned: only the tampering can fail it.
        const BundleVerification v =
            EvidenceBundle::verify(dir, Signing::fingerprint(m_key.publicPem).value());
        QVERIFY(!v.intact());
        QVERIFY(v.outcome() == BundleVerification::Outcome::Altered ||
                v.outcome() == BundleVerification::Outcome::Unreadable);
        if (how == QLatin1String("change") && file != QLatin1String("manifest.json"))
            QCOMPARE(v.changed, QStringList{file});
        if (how == QLatin1String("remove") && file != QLatin1String("manifest.json.sig"))
            QCOMPARE(v.missing, QStringList{file});
        if (how == QLatin1String("add"))
            QCOMPARE(v.added, QStringList{file});
        if (how == QLatin1String("swapkey") || file.startsWith(QLatin1String("manifest")))
            QVERIFY(!v.signatureValid || !v.problem.isEmpty());
    }

    void reSignedWithAnotherKeyFailsAPinnedCheck()
    {
        const QString dir = exportFresh();
        const QString expected = Signing::fingerprint(m_key.publicPem).value();
        // An attacker rewrites a file, the manifest, and signs with their own key.
        auto other = Signing::generateEd25519();
        const QDir d(dir);
        QFile m(d.filePath(QStringLiteral("manifest.json")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QByteArray manifest = m.readAll();
        m.close();
        QFile sig(d.filePath(QStringLiteral("manifest.json.sig")));
        QVERIFY(sig.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sig.write(Signing::sign(other->privatePem, manifest)->toBase64() + '\n');
        sig.close();
        QFile key(d.filePath(QStringLiteral("public_key.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(other->publicPem);
        key.close();
        // The signed manifest names the original key, not the one beside it.
        QVERIFY(!EvidenceBundle::verify(dir).signatureValid);
        const BundleVerification v = EvidenceBundle::verify(dir, expected);
        QVERIFY(!v.ok()); // ...but not by the expected key
        QVERIFY(!v.signatureValid || !v.signerTrusted);
    }

    void refusals()
    {
        // A folder with something in it.
        const QString busy = m_out.filePath(QStringLiteral("busy-%1").arg(++m_n));
        QDir().mkpath(busy);
        QFile f(QDir(busy).filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        auto r = EvidenceBundle::exportBundle(m_db, m_db, m_incident, busy, m_key.privatePem,
                                              QStringLiteral("alex"), m_now);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("not empty")));
        QCOMPARE(QDir(busy).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
        // A failing extract leaves no half bundle.
        EvidenceQuery bad;
        bad.name = QStringLiteral("broken");
        bad.sql = QStringLiteral("SELECT nothing FROM nowhere");
        IC_VERIFY_OK(
            EvidenceBundle::addQuery(m_db, m_incident, bad, QStringLiteral("alex"), m_now));
        const QString dir = m_out.filePath(QStringLiteral("half-%1").arg(m_n));
        auto failed = EvidenceBundle::exportBundle(m_db, m_db, m_incident, dir, m_key.privatePem,
                                                   QStringLiteral("alex"), m_now);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QLatin1String("broken")));
        QVERIFY(!QDir(dir).exists());
        // Queries that are not a single SELECT, and bad names, are refused.
        EvidenceQuery evil;
        evil.name = QStringLiteral("evil");
        evil.sql = QStringLiteral("SELECT 1; DELETE FROM audit_logs");
        QVERIFY(!EvidenceBundle::addQuery(m_db, m_incident, evil, QStringLiteral("x"), m_now).ok());
        evil.sql = QStringLiteral("DELETE FROM audit_logs");
        QVERIFY(!EvidenceBundle::addQuery(m_db, m_incident, evil, QStringLiteral("x"), m_now).ok());
        evil.name = QStringLiteral("../escape");
        evil.sql = QStringLiteral("SELECT 1");
        QVERIFY(!EvidenceBundle::addQuery(m_db, m_incident, evil, QStringLiteral("x"), m_now).ok());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(), 50);
        // Not a bundle at all.
        QVERIFY(!EvidenceBundle::verify(busy).problem.isEmpty());
        QVERIFY(!EvidenceBundle::verify(m_out.filePath(QStringLiteral("nope"))).problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceBundle)
#include "tst_evidencebundle.moc"
