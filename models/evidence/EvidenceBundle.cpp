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

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue paramJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::Bool:
        return v.toBool();
    default:
        return v.toString();
    }
}

QVariantList paramsFromJson(const QString &json)
{
    QVariantList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toVariant();
    return out;
}

Result<qint64> writeFile(const QString &path, const QByteArray &bytes, QString *sha)
{
    HashedFile f(path);
    if (auto o = f.open(); !o)
        return o.error();
    f.write(bytes);
    if (auto c = f.close(); !c)
        return c.error();
    *sha = f.sha256();
    return f.bytes();
}

// The incident's events as the record holds them, in a tree of their own
// (until the stored workspace log exists), with a proof for each.
struct RecordFiles
{
    QByteArray events, proofs, checkpoint;
    Checkpoint cp;
    int count = 0;
};

Result<RecordFiles> recordFiles(const QList<IncidentEvent> &events, const QString &origin,
                                const Ed25519Signer &signer, const QDateTime &nowUtc)
{
    RecordFiles out;
    QList<RecordEvent> records;
    Merkle::MemoryTree tree;
    tree.reserve(uint64_t(events.size()));
    for (const IncidentEvent &e : events) {
        records.append(RecordEvent::from(e, origin, uint64_t(records.size())));
        tree.append(EventEncoding::leafHash(records.last()));
    }
    BundleFormat::InclusionProofs proofs;
    proofs.origin = origin;
    proofs.treeSize = tree.size();
    for (const RecordEvent &r : records) {
        out.events += BundleFormat::eventLine(r);
        auto proof = Merkle::inclusionProof(tree, r.leafIndex, tree.size());
        if (!proof)
            return proof.error();
        proofs.proofs.insert(r.leafIndex, proof.value());
    }
    out.proofs = BundleFormat::writeProofs(proofs);
    out.cp.origin = origin;
    out.cp.size = tree.size();
    out.cp.root = tree.root();
    out.cp.time = nowUtc;
    auto note = Checkpoints::sign(out.cp, signer);
    if (!note)
        return note.error();
    out.checkpoint = note.value();
    out.count = int(records.size());
    return out;
}

QString workspaceIdOf(QSqlDatabase &store)
{
    auto q = Db::exec(store, QStringLiteral("SELECT value FROM ic_workspace WHERE key = ?"),
                      {QStringLiteral("workspace_id")});
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace

Result<void> validateQuery(const EvidenceQuery &q)
{
    static const QRegularExpression name(QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\z"));
    if (!name.match(q.name).hasMatch())
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("An extract's name becomes a file name: use 1–64 letters, digits, "
                   "- or _ (\"%1\" is not). Nothing was added.")
                .arg(q.name));
    static const QRegularExpression select(QStringLiteral("^\\s*(select|with)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!select.match(q.sql).hasMatch() || q.sql.contains(QLatin1Char(';')))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("An extract is one read-only SELECT (no semicolons). Nothing "
                                  "was added."));
    return success();
}

Result<QList<EvidenceQuery>> queries(QSqlDatabase &store, const QString &incidentId)
{
    auto q = Db::exec(store,
                      QStringLiteral("SELECT id, name, sql, params, added_by, added_at FROM "
                                     "ic_evidence_queries WHERE incident_id = ? ORDER BY id"),
                      {incidentId});
    if (!q)
        return q.error();
    QList<EvidenceQuery> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    paramsFromJson(q->value(3).toString()), q->value(4).toString(),
                    Db::readTime(q->value(5))});
    }
    return out;
}

Result<EvidenceQuery> addQuery(QSqlDatabase &store, const QString &incidentId, EvidenceQuery query,
                               const QString &actor, const QDateTime &nowUtc)
{
    if (auto v = validateQuery(query); !v)
        return v.error();
    QJsonArray params;
    for (const QVariant &p : query.params)
        params.append(paramJson(p));
    query.addedBy = actor;
    query.addedAt = nowUtc;
    auto r = Db::transaction(store, [&]() -> Result<void> {
        auto ins =
            Db::exec(store,
                     QStringLiteral("INSERT INTO ic_evidence_queries (incident_id, name, "
                                    "sql, params, added_by, added_at) VALUES (?, ?, ?, ?, "
                                    "?, ?)"),
                     {incidentId, query.name, query.sql,
                      QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)),
                      actor, Db::bindTime(store, nowUtc)});
        if (!ins) {
            Error e = ins.error();
            if (e.detail.contains(QLatin1String("UNIQUE")) ||
                e.detail.contains(QLatin1String("unique")))
                e.message = Tr::tr("This incident already has an extract named \"%1\". Nothing "
                                   "was added.")
                                .arg(query.name);
            return e;
        }
        EventDraft d;
        d.incidentId = incidentId;
        d.actor = actor;
        d.kind = QStringLiteral("evidence.query_added");
        d.summary = Tr::tr("Added the evidence extract \"%1\"").arg(query.name);
        d.details = QJsonObject{{QStringLiteral("name"), query.name},
                                {QStringLiteral("sql"), query.sql},
                                {QStringLiteral("params"), params}};
        auto e = EventLog::append(store, d, nowUtc);
        if (!e)
            return e.error();
        return success();
    });
    if (!r)
        return r.error();
    return query;
}

Result<ExportedBundle> exportBundle(QSqlDatabase &store, QSqlDatabase &audit,
                                    const QString &incidentId, const QString &directory,
                                    const QByteArray &signingKeyPem, const QString &actor,
                                    const QDateTime &nowUtc,
                                    const std::function<bool(const QString &, qint64)> &progress)
{
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("%1 is not empty; a bundle goes into a new or empty folder so "
                                  "nothing else ends up in it. Nothing was written.")
                               .arg(QDir::toNativeSeparators(directory)));
    }
    auto publicPem = Signing::publicPemOf(signingKeyPem);
    if (!publicPem)
        return publicPem.error();
    auto signer = Ed25519Signer::fromPem(signingKeyPem);
    if (!signer)
        return signer.error();
    const PublicKey signerKey = signer.value()->publicKey();
    const Result<QString> fingerprint = signerKey.fingerprint;

    IncidentRepository repo(store, nowUtc);
    auto incident = repo.get(incidentId);
    if (!incident)
        return incident.error();
    auto events = EventLog::events(store, incidentId);
    if (!events)
        return events.error();
    auto record = EventLog::verify(store, incidentId);
    if (!record)
        return record.error();
    auto review = ReviewRepository::markdown(store, incidentId, 0);
    if (!review)
        return review.error();
    auto extracts = queries(store, incidentId);
    if (!extracts)
        return extracts.error();
    // Checked again at use: a row edited in the database (a name like
    // "../../x", a query that writes) must not reach the file system or run.
    for (const EvidenceQuery &q : extracts.value()) {
        if (auto v = validateQuery(q); !v) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The stored extract \"%1\" was changed outside Incident "
                                      "Commander and is not valid any more, so no bundle was "
                                      "written and nothing was run. Remove it or add it again.")
                                   .arg(q.name.left(80)),
                               v.error().message);
        }
    }

    if (!QDir().mkpath(directory) || !QDir().mkpath(dir.filePath(QStringLiteral("extracts")))) {
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not create the folder %1. Nothing was written.")
                               .arg(QDir::toNativeSeparators(directory)));
    }
    auto cleanUp = [&dir] { dir.removeRecursively(); };

    QJsonArray files;
    ExportedBundle out;
    out.directory = dir.absolutePath();
    out.keyFingerprint = fingerprint.value();
    auto addFile = [&](const QString &relative, const QString &sha, qint64 bytes,
                       const QString &kind, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("path"), relative);
        extra.insert(QStringLiteral("sha256"), sha);
        extra.insert(QStringLiteral("bytes"), bytes);
        extra.insert(QStringLiteral("kind"), kind);
        files.append(extra);
        ++out.files;
    };

    QString sha;
    if (progress)
        progress(Tr::tr("Writing the timeline"), 0);
    const QString origin = bundleOrigin(workspaceIdOf(store), incidentId);
    auto recordOut = recordFiles(events.value(), origin, *signer.value(), nowUtc);
    if (!recordOut) {
        cleanUp();
        return recordOut.error();
    }
    Result<qint64> written = qint64(0);
    for (const auto &[name, bytes, kind] :
         {std::tuple{QString::fromLatin1(EventsFile), recordOut->events,
                     QStringLiteral("timeline")},
          std::tuple{QString::fromLatin1(ProofsFile), recordOut->proofs,
                     QStringLiteral("inclusion-proofs")},
          std::tuple{QString::fromLatin1(CheckpointFile), recordOut->checkpoint,
                     QStringLiteral("checkpoint")}}) {
        written = writeFile(dir.filePath(name), bytes, &sha);
        if (!written) {
            cleanUp();
            return written.error();
        }
        addFile(name, sha, written.value(), kind,
                name == QLatin1String(EventsFile)
                    ? QJsonObject{{QStringLiteral("rows"), recordOut->count}}
                    : QJsonObject{});
    }
    if (!review->isEmpty()) {
        written = writeFile(dir.filePath(QStringLiteral("review.md")), review->toUtf8(), &sha);
        if (!written) {
            cleanUp();
            return written.error();
        }
        addFile(QStringLiteral("review.md"), sha, written.value(), QStringLiteral("review"));
    }
    const QString extractsDir = QDir::cleanPath(dir.absoluteFilePath(QStringLiteral("extracts")));
    for (const EvidenceQuery &q : extracts.value()) {
        const QString base = QStringLiteral("extracts/") + q.name;
        if (QFileInfo(dir.absoluteFilePath(base)).absolutePath() != extractsDir) {
            cleanUp();
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The extract name \"%1\" would leave the bundle folder. "
                                      "Nothing was written.")
                                   .arg(q.name.left(80)));
        }
        auto r =
            Extract::write(audit, q.sql, q.params, dir.filePath(base + QStringLiteral(".jsonl")),
                           dir.filePath(base + QStringLiteral(".csv")),
                           [&](qint64 rows) { return !progress || progress(q.name, rows); });
        if (!r) {
            cleanUp();
            Error e = r.error();
            if (e.kind != Error::Kind::Cancelled)
                e.message = Tr::tr("The extract \"%1\" failed: %2 Nothing was written.")
                                .arg(q.name, e.message);
            return e;
        }
        QJsonArray params;
        for (const QVariant &p : q.params)
            params.append(paramJson(p));
        const QJsonObject about{
            {QStringLiteral("query"), q.sql},
            {QStringLiteral("params"), params},
            {QStringLiteral("rows"), r->rows},
            {QStringLiteral("columns"), QJsonArray::fromStringList(r->columns)}};
        addFile(base + QStringLiteral(".jsonl"), r->jsonlSha256, r->jsonlBytes,
                QStringLiteral("extract"), about);
        addFile(base + QStringLiteral(".csv"), r->csvSha256, r->csvBytes, QStringLiteral("extract"),
                about);
        out.extractRows += r->rows;
    }

    const Incident &inc = incident.value();
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(BundleFormat::FormatV2)},
        {QStringLiteral("created_at"), iso(nowUtc)},
        {QStringLiteral("created_by"), actor},
        {QStringLiteral("created_with"), QStringLiteral("Incident Commander " IC_VERSION)},
        {QStringLiteral("incident"),
         QJsonObject{{QStringLiteral("id"), inc.id},
                     {QStringLiteral("ref"), inc.ref},
                     {QStringLiteral("title"), inc.title},
                     {QStringLiteral("severity"), severityCode(inc.severity)},
                     {QStringLiteral("status"), statusCode(inc.status)},
                     {QStringLiteral("detected_at"), iso(inc.detectedAt)}}},
        {QStringLiteral("record"),
         QJsonObject{
             {QStringLiteral("origin"), origin},
             {QStringLiteral("tree_size"), qint64(recordOut->cp.size)},
             {QStringLiteral("root_hash"),
              QString::fromLatin1(Merkle::toBase64(recordOut->cp.root))},
             {QStringLiteral("checkpoint"), QLatin1String(CheckpointFile)},
             {QStringLiteral("events_file"), QLatin1String(EventsFile)},
             {QStringLiteral("proofs"), QLatin1String(ProofsFile)},
             {QStringLiteral("events"), recordOut->count},
             // The hash chain as the workspace checked it at export.
             {QStringLiteral("intact"), record->intact},
             {QStringLiteral("problem"), record->problem},
             {QStringLiteral("head"), events->isEmpty() ? QString() : events->last().hash}}},
        {QStringLiteral("signing_key"),
         QJsonObject{
             {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
             {QStringLiteral("fingerprint"), fingerprint.value()},
             {QStringLiteral("public_key"), QString::fromLatin1(signerKey.raw.toBase64())}}},
        // The keys the workspace trusts (the exporter's until members' keys
        // are registered: issue 15, part 2). Vouched for by this signature.
        {QStringLiteral("keys"),
         QJsonArray{QJsonObject{
             {QStringLiteral("fingerprint"), signerKey.fingerprint},
             {QStringLiteral("person"), actor.isEmpty() ? QStringLiteral("?") : actor},
             {QStringLiteral("public_key"), QString::fromLatin1(signerKey.raw.toBase64())},
             {QStringLiteral("valid_from"), QJsonValue::Null},
             {QStringLiteral("valid_until"), QJsonValue::Null}}}},
        {QStringLiteral("files"), files}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    auto signature = Signing::sign(signingKeyPem, manifestBytes);
    if (!signature) {
        cleanUp();
        return signature.error();
    }
    QString ignored;
    for (const auto &[name, bytes] :
         {std::pair{QString::fromLatin1(ManifestFile), manifestBytes},
          std::pair{QString::fromLatin1(SignatureFile), signature->toBase64() + '\n'},
          std::pair{QString::fromLatin1(PublicKeyFile), publicPem.value()}}) {
        if (auto w = writeFile(dir.filePath(name), bytes, &ignored); !w) {
            cleanUp();
            return w.error();
        }
    }
    out.manifestSha256 = Sha256::hexOf(manifestBytes);

    EventDraft d;
    d.incidentId = incidentId;
    d.actor = actor;
    d.kind = QStringLiteral("evidence.exported");
    d.summary = Tr::tr("Exported an evidence bundle (%n file(s))", nullptr, out.files);
    d.details = QJsonObject{{QStringLiteral("manifest_sha256"), out.manifestSha256},
                            {QStringLiteral("key_fingerprint"), out.keyFingerprint},
                            {QStringLiteral("folder"), QDir(out.directory).dirName()},
                            {QStringLiteral("extract_rows"), out.extractRows}};
    if (auto e = EventLog::append(store, d, nowUtc); !e)
        return e.error(); // the bundle itself is complete and signed
    return out;
}

QString bundleOrigin(const QString &workspaceId, const QString &incidentId)
{
    auto clean = [](QString s) {
        for (QChar &c : s) {
            const bool plain =
                c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') ||
                                      c == QLatin1Char('.') || c == QLatin1Char('_'));
            if (!plain)
                c = QLatin1Char('_');
        }
        return s.isEmpty() ? QStringLiteral("unknown") : s.left(100);
    };
    return QStringLiteral("incident-commander.local/workspace/%1/incident/%2")
        .arg(clean(workspaceId), clean(incidentId));
}

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
