// Checking a run of signed events: the same leaves and root as the tree,
// on one thread or many; a forged, unsigned or unknown-key event is named.
#include "models/evidence/Signing.h"
#include "models/record/RecordVerifier.h"

#include <QTest>

using namespace ic;

class TestRecordVerifier : public QObject
{
    Q_OBJECT
private slots:
    void findsEveryBadEvent()
    {
        auto alex = Ed25519Signer::fromPem(Signing::generateEd25519()->privatePem).value();
        auto mallory = Ed25519Signer::fromPem(Signing::generateEd25519()->privatePem).value();
        QList<RecordEvent> events;
        Merkle::MemoryTree tree;
        for (int i = 0; i < 1000; ++i) {
            RecordEvent e;
            e.origin = QStringLiteral("example.org/log");
            e.leafIndex = uint64_t(i);
            e.seq = i + 1;
            e.summary = QStringLiteral("event %1").arg(i);
            if (i != 17) { // 17 stays unsigned
                const Ed25519Signer &s = i == 400 ? *mallory : *alex;
                e.signer = s.publicKey().fingerprint;
                e.signature = s.sign(EventEncoding::signedBytes(e)).value();
            }
            if (i == 700)
                e.summary = QStringLiteral("Nothing happened"); // changed after signing
            tree.append(EventEncoding::leafHash(e));
            events << e;
        }
        const QHash<QString, PublicKey> keys{{alex->publicKey().fingerprint, alex->publicKey()}};
        for (int threads : {1, 2, 4}) {
            const EventCheck c = RecordVerifier::checkEvents(events, keys, threads);
            QCOMPARE(c.unsignedEvents, QList<int>{17});
            QCOMPARE(c.unknownSigner, QList<int>{400});
            QCOMPARE(c.badSignature, QList<int>{700});
            QVERIFY(RecordVerifier::rootOf(c.leaves) == tree.root());
        }
        for (int n : {0, 1, 2, 3, 5, 8, 13, 999}) {
            std::vector<Merkle::Hash> leaves;
            Merkle::MemoryTree t;
            for (int i = 0; i < n; ++i) {
                leaves.push_back(Merkle::leafHash(QByteArray::number(i)));
                t.append(leaves.back());
            }
            QVERIFY(RecordVerifier::rootOf(leaves) == t.root());
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordVerifier)
#include "tst_recordverifier.moc"
