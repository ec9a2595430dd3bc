#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

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
    bool signatureValid = false;
    QString keyFingerprint;
    QString incidentRef;
    QStringList changed, missing, added;
    QString problem; // why the bundle cannot be read at all, if so

    bool ok() const
    {
        return problem.isEmpty() && signatureValid && changed.isEmpty() && missing.isEmpty() &&
               added.isEmpty();
    }
};

// Evidence bundles: a folder anyone can check later. It holds the incident's
// timeline (events.jsonl with their hash chain), the latest review, every
// extract (JSON Lines and CSV), and manifest.json listing each file's
// SHA-256 and the query and parameters behind each extract, signed with an
// Ed25519 key (manifest.json.sig) whose public half is beside it.
namespace EvidenceBundle {

constexpr auto ManifestFile = "manifest.json";
constexpr auto SignatureFile = "manifest.json.sig";
constexpr auto PublicKeyFile = "public_key.pem";

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

// Checks the signature and every file. `expectedFingerprint` (optional) pins
// the signer: a bundle re-signed with another key fails.
BundleVerification verify(const QString &directory, const QString &expectedFingerprint = {});

} // namespace EvidenceBundle
} // namespace ic
