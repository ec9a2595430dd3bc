#pragma once

#include "models/core/Result.h"
#include "models/record/TrustList.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace ic {

// A query whose rows go into the bundle as an extract.
struct EvidenceQuery
{
    qint64 id = 0;
    QString name; // file name stem: letters, digits, - and _
    QString sql;  // read-only SELECT, with ? placeholders
    QVariantList params;
    QString addedBy;
    QDateTime addedAt;
};

struct ExportedBundle
{
    QString directory;
    QString manifestSha256;
    QString keyFingerprint;
    int files = 0;
    qint64 extractRows = 0;
};

struct BundleVerification
{
    // The three ways a bundle fails, apart from being unreadable.
    enum class Outcome { Intact, Altered, UntrustedSigner, Unreadable };

    bool signatureValid = false; // the manifest's signature holds for the key named in it
    bool signerTrusted = false;  // ...and that key is one the verifier was told to trust
    QString keyFingerprint;
    QString signerPerson; // from the trust list, when trusted through one
    QString incidentRef;
    QStringList changed, missing, added;
    QString problem; // why the bundle cannot be read at all, if so

    // The record (format 2): the checkpoint and every event's proof.
    bool hasRecord = false;
    QString checkpointText; // the signed note, to print
    QString origin;
    quint64 treeSize = 0;
    QString rootHash; // base64
    QDateTime checkpointTime;
    QStringList checkpointSigners; // fingerprints whose checkpoint signature holds
    bool checkpointTrusted = false;
    int eventsProven = 0;         // events whose inclusion proof holds
    int unsignedEvents = 0;       // recorded before events were signed
    QStringList recordProblems;   // altered: proofs, signatures, order
    QStringList untrustedSigners; // events or checkpoint signed by keys not trusted here

    Outcome outcome() const
    {
        if (!problem.isEmpty())
            return Outcome::Unreadable;
        if (!intact())
            return Outcome::Altered;
        if (!signerTrusted || (hasRecord && !checkpointTrusted) || !untrustedSigners.isEmpty())
            return Outcome::UntrustedSigner;
        return Outcome::Intact;
    }
    // Nothing was changed since signing (whoever signed).
    bool intact() const
    {
        return problem.isEmpty() && signatureValid && changed.isEmpty() && missing.isEmpty() &&
               added.isEmpty() && recordProblems.isEmpty();
    }
    // Intact and signed by keys the verifier trusts.
    bool ok() const { return outcome() == Outcome::Intact; }
};

// Whom verify() trusts. With neither, nothing is trusted: a valid signature
// reports an untrusted signer.
struct TrustAnchors
{
    // A trust list exported from the workspace: the manifest's signer, the
    // checkpoint's and every event's must be in it, valid at the time signed.
    std::optional<TrustList> trusted;
    // The manifest must be signed by this key; the keys its manifest lists
    // (the workspace's, as the pinned signer vouches) then check the rest.
    QString expectedFingerprint;
};

// Evidence bundles: a folder anyone can check later. It holds the incident's
// events (events.jsonl), a signed checkpoint of the record (checkpoint, a
// C2SP note) and an inclusion proof for every event against it
// (proofs.txt), the latest review, every extract (JSON Lines and CSV), and
// manifest.json listing each file's SHA-256, the query and parameters
// behind each extract and the keys the workspace trusts, signed with the
// exporter's Ed25519 person key (manifest.json.sig; public half beside it).
// The public key in the bundle is only a convenience: verify() trusts only
// the keys it is given (see docs/record.md).
namespace EvidenceBundle {

constexpr auto ManifestFile = "manifest.json";
constexpr auto SignatureFile = "manifest.json.sig";
constexpr auto PublicKeyFile = "public_key.pem";
constexpr auto CheckpointFile = "checkpoint";
constexpr auto EventsFile = "events.jsonl";
constexpr auto ProofsFile = "proofs.txt";

Result<QList<EvidenceQuery>> queries(QSqlDatabase &store, const QString &incidentId);
Result<EvidenceQuery> addQuery(QSqlDatabase &store, const QString &incidentId, EvidenceQuery query,
                               const QString &actor, const QDateTime &nowUtc);
Result<void> validateQuery(const EvidenceQuery &query);

// `audit` runs the extracts (the platform's audit source; may be `store`).
// `directory` must not exist yet or be empty. The export is recorded on the
// incident's timeline.
Result<ExportedBundle>
exportBundle(QSqlDatabase &store, QSqlDatabase &audit, const QString &incidentId,
             const QString &directory, const QByteArray &signingKeyPem, const QString &actor,
             const QDateTime &nowUtc,
             const std::function<bool(const QString &step, qint64 rows)> &progress = {});

// Checks the signature, every file, the checkpoint and every event's proof
// and signature, and whether the signers are trusted. Never follows a link
// or opens a FIFO or device; every read is bounded.
BundleVerification verify(const QString &directory, const TrustAnchors &anchors = {});
BundleVerification verify(const QString &directory, const QString &expectedFingerprint);

// The log origin of the in-memory per-incident tree bundles carry until
// the stored workspace log exists (issue 15, part 2).
QString bundleOrigin(const QString &workspaceId, const QString &incidentId);

} // namespace EvidenceBundle
} // namespace ic
