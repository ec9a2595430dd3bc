// Verifying a bundle: its files against the signed manifest, the signature
// against the trust anchors, and the record inside it against its own log.
#include "models/evidence/EvidenceBundle.h"

#include "models/core/Sha256.h"
#include "models/evidence/BundleFolder.h"
#include "models/evidence/BundleFormat.h"
#include "models/evidence/Extract.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/record/Checkpoint.h"
#include "models/record/PersonKey.h"
#include "models/record/RecordEvent.h"
#include "models/record/RecordVerifier.h"
#include "models/review/ReviewStore.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ic::EvidenceBundle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EvidenceBundle)
};

} // namespace

BundleVerification verify(const QString &directory, const QString &expectedFingerprint)
{
    TrustAnchors anchors;
    anchors.expectedFingerprint = expectedFingerprint;
    return verify(directory, anchors);
}

namespace {

// Lists at most a screenful of problems of one kind.
void note(QStringList &into, const QString &line)
{
    constexpr int Max = 20;
    if (into.size() < Max)
        into << line;
    else if (into.size() == Max)
        into << Tr::tr("(and more)");
}

void checkRecord(const BundleFolder &folder, const BundleFormat::Manifest &m,
                 const TrustAnchors &anchors, BundleVerification &v)
{
    v.hasRecord = true;
    v.origin = m.origin;
    v.treeSize = m.treeSize;
    v.rootHash = QString::fromLatin1(Merkle::toBase64(m.rootHash));

    // The record's files are read only when they are what the manifest says:
    // otherwise they are already reported as changed or missing.
    auto sizeMatches = [&](const QString &path) {
        const BundleFolder::Entry *e = folder.find(path);
        for (const BundleFormat::ManifestFile &f : m.files) {
            if (f.path == path)
                return e && e->size == f.bytes;
        }
        return false;
    };
    for (const QString &path : {m.checkpointPath, m.eventsPath, m.proofsPath}) {
        if (!sizeMatches(path)) {
            v.recordProblems << Tr::tr("%1 is not the file the manifest lists; the record was "
                                       "not checked further.")
                                    .arg(path);
            return;
        }
    }

    // Keys we can check signatures with, and whether each is trusted when used.
    QHash<QString, PublicKey> known;
    for (const TrustedKey &k : m.keys)
        known.insert(k.key.fingerprint, k.key);
    if (anchors.trusted) {
        for (const TrustedKey &k : anchors.trusted->keys())
            known.insert(k.key.fingerprint, k.key);
    }
    const bool manifestKeysVouched =
        !anchors.expectedFingerprint.isEmpty() && v.signerTrusted && v.signatureValid;
    auto trustedAt = [&](const QString &fp, const QDateTime &t) {
        if (anchors.trusted) {
            const TrustedKey *k = anchors.trusted->find(fp);
            return k && k->validAt(t);
        }
        if (manifestKeysVouched) {
            for (const TrustedKey &k : m.keys) {
                if (k.key.fingerprint == fp)
                    return k.validAt(t);
            }
        }
        return false;
    };

    auto checkpointBytes = folder.read(m.checkpointPath, Checkpoints::MaxNoteBytes);
    if (!checkpointBytes) {
        v.recordProblems << checkpointBytes.error().message;
        return;
    }
    v.checkpointText = QString::fromUtf8(checkpointBytes.value());
    auto cp = Checkpoints::parse(checkpointBytes.value());
    if (!cp) {
        v.recordProblems << cp.error().message;
        return;
    }
    v.checkpointTime = cp->checkpoint.time;
    if (cp->checkpoint.origin != m.origin || cp->checkpoint.size != m.treeSize ||
        cp->checkpoint.root != m.rootHash) {
        v.recordProblems << Tr::tr("The checkpoint is not the one the manifest names (log, size "
                                   "or root hash differ).");
        return;
    }
    const CheckpointSignatures sigs = Checkpoints::verify(cp.value(), known.values());
    for (const QString &fp : sigs.invalidBy)
        v.recordProblems << Tr::tr("The checkpoint's signature by %1 does not hold.").arg(fp);
    v.checkpointSigners = sigs.validBy;
    for (const QString &fp : sigs.validBy) {
        if (trustedAt(fp, cp->checkpoint.time))
            v.checkpointTrusted = true;
    }
    if (!v.checkpointTrusted)
        v.untrustedSigners
            << (sigs.validBy.isEmpty()
                    ? Tr::tr("the checkpoint (by no key the bundle names)")
                    : Tr::tr("the checkpoint (by %1)").arg(sigs.validBy.join(u", ")));

    auto eventsBytes = folder.read(m.eventsPath, BundleFormat::MaxEventsBytes);
    if (!eventsBytes) {
        v.recordProblems << eventsBytes.error().message;
        return;
    }
    auto events = BundleFormat::parseEvents(eventsBytes.value(), m.origin);
    if (!events) {
        v.recordProblems << events.error().message;
        return;
    }
    auto proofsBytes = folder.read(m.proofsPath, BundleFormat::MaxProofsBytes);
    if (!proofsBytes) {
        v.recordProblems << proofsBytes.error().message;
        return;
    }
    auto proofs = BundleFormat::parseProofs(proofsBytes.value());
    if (!proofs) {
        v.recordProblems << proofs.error().message;
        return;
    }
    if (proofs->origin != m.origin || proofs->treeSize != m.treeSize) {
        v.recordProblems << Tr::tr("The inclusion proofs are for another log or tree size.");
        return;
    }
    if (events->size() != m.eventCount)
        v.recordProblems << Tr::tr("The manifest lists %1 events; events.jsonl holds %2.")
                                .arg(m.eventCount)
                                .arg(events->size());

    const EventCheck check = RecordVerifier::checkEvents(events.value(), known);
    QSet<int> unknown(check.unknownSigner.cbegin(), check.unknownSigner.cend());
    QSet<int> bad(check.badSignature.cbegin(), check.badSignature.cend());
    v.unsignedEvents = int(check.unsignedEvents.size());
    QSet<QString> untrusted;
    for (qsizetype i = 0; i < events->size(); ++i) {
        const RecordEvent &e = events->at(i);
        const QString which = Tr::tr("Event %1 (leaf %2)").arg(e.seq).arg(e.leafIndex);
        if (e.incidentId != m.incidentId)
            note(v.recordProblems, Tr::tr("%1 belongs to another incident.").arg(which));
        if (e.seq != i + 1)
            note(v.recordProblems,
                 Tr::tr("%1 is out of order: events were removed, added or reordered.").arg(which));
        const auto proof = proofs->proofs.constFind(e.leafIndex);
        if (proof == proofs->proofs.constEnd())
            note(v.recordProblems, Tr::tr("%1 has no inclusion proof.").arg(which));
        else if (!Merkle::verifyInclusion(check.leaves[size_t(i)], e.leafIndex, m.treeSize,
                                          proof.value(), m.rootHash))
            note(v.recordProblems,
                 Tr::tr("%1 is not in the signed record: its inclusion proof fails (the event was "
                        "changed after it was recorded).")
                     .arg(which));
        else
            ++v.eventsProven;
        if (bad.contains(int(i)))
            note(v.recordProblems,
                 Tr::tr("%1: the author's signature by %2 does not hold.").arg(which, e.signer));
        else if (unknown.contains(int(i)) ||
                 (!e.signer.isEmpty() && !trustedAt(e.signer, e.recordedAt)))
            untrusted.insert(e.signer);
    }
    QStringList u = untrusted.values();
    u.sort();
    for (const QString &fp : u)
        v.untrustedSigners << Tr::tr("events signed by %1").arg(fp);
}

} // namespace

BundleVerification verify(const QString &directory, const TrustAnchors &anchors)
{
    BundleVerification v;
    auto opened = BundleFolder::open(directory);
    if (!opened) {
        v.problem = opened.error().message;
        return v;
    }
    const BundleFolder &folder = opened.value();
    for (const char *name : {ManifestFile, SignatureFile, PublicKeyFile}) {
        if (!folder.find(QLatin1String(name))) {
            v.problem = Tr::tr("%1 is not an evidence bundle: manifest.json, manifest.json.sig or "
                               "public_key.pem is missing.")
                            .arg(QDir::toNativeSeparators(directory));
            return v;
        }
    }
    auto manifestBytes = folder.read(QLatin1String(ManifestFile), BundleFormat::MaxManifestBytes);
    auto signatureText = folder.read(QLatin1String(SignatureFile), BundleFormat::MaxSignatureBytes);
    auto publicPem = folder.read(QLatin1String(PublicKeyFile), BundleFormat::MaxPublicKeyBytes);
    for (const auto *r : {&manifestBytes, &signatureText, &publicPem}) {
        if (!*r) {
            v.problem = r->error().message;
            return v;
        }
    }

    auto shipped = PersonKey::fromPem(publicPem.value());
    auto signature = QByteArray::fromBase64Encoding(signatureText->trimmed(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    v.keyFingerprint = shipped ? shipped->fingerprint : QString();
    v.signatureValid = shipped && signature &&
                       Ed25519Verifier(shipped.value()).verify(manifestBytes.value(), *signature);

    auto manifest = BundleFormat::parseManifest(manifestBytes.value());
    if (!manifest) {
        v.problem = manifest.error().message;
        return v;
    }
    const BundleFormat::Manifest &m = manifest.value();
    v.incidentRef = m.incidentRef;
    // The key beside the manifest must be the one the signed manifest names.
    if (!shipped || m.signerFingerprint != shipped->fingerprint ||
        (m.hasRecord() && m.signerPublicKey != shipped->raw))
        v.signatureValid = false;

    const bool pinned = !anchors.expectedFingerprint.isEmpty();
    bool listed = false;
    if (anchors.trusted) {
        const TrustedKey *k = anchors.trusted->find(v.keyFingerprint);
        listed = k && k->validAt(m.createdAt);
        if (k)
            v.signerPerson = k->person;
    }
    v.signerTrusted = (pinned || anchors.trusted) &&
                      (!pinned || anchors.expectedFingerprint == v.keyFingerprint) &&
                      (!anchors.trusted || listed);

    QSet<QString> listedPaths;
    for (const BundleFormat::ManifestFile &f : m.files) {
        listedPaths.insert(f.path);
        if (!folder.find(f.path)) {
            v.missing << f.path;
            continue;
        }
        auto sha = folder.sha256(f.path, f.bytes);
        if (!sha || sha.value() != f.sha256)
            v.changed << f.path;
    }
    for (const BundleFolder::Entry &e : folder.files()) {
        if (e.path == QLatin1String(ManifestFile) || e.path == QLatin1String(SignatureFile) ||
            e.path == QLatin1String(PublicKeyFile))
            continue;
        if (!listedPaths.contains(e.path))
            v.added << e.path;
    }
    v.changed.sort();
    v.missing.sort();
    v.added.sort();
    if (m.hasRecord())
        checkRecord(folder, m, anchors, v);
    return v;
}

} // namespace ic::EvidenceBundle
