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

} // namespace ic::EvidenceBundle
