#include "models/evidence/EvidenceBundle.h"

#include "models/core/Sha256.h"
#include "models/evidence/Extract.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
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

constexpr auto Format = "incident-commander-evidence/1";

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

Result<QString> fileSha256(const QString &path, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound, f.errorString());
    Sha256 h;
    qint64 total = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        h.add(chunk);
        total += chunk.size();
    }
    if (size)
        *size = total;
    return h.hex();
}

// The events as JSON Lines: every field, the hash chain included.
QByteArray eventsJsonl(const QList<IncidentEvent> &events)
{
    QByteArray out;
    for (const IncidentEvent &e : events) {
        const QJsonObject o{{QStringLiteral("seq"), e.seq},
                            {QStringLiteral("occurred_at"), iso(e.occurredAt)},
                            {QStringLiteral("recorded_at"), iso(e.recordedAt)},
                            {QStringLiteral("actor"), e.actor},
                            {QStringLiteral("kind"), e.kind},
                            {QStringLiteral("summary"), e.summary},
                            {QStringLiteral("details"), e.details},
                            {QStringLiteral("backdated"), e.backdated},
                            {QStringLiteral("corrects_event_id"), e.correctsEventId},
                            {QStringLiteral("prev_hash"), e.prevHash},
                            {QStringLiteral("hash"), e.hash}};
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace

Result<void> validateQuery(const EvidenceQuery &q)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
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
    auto fingerprint = Signing::fingerprint(publicPem.value());
    if (!fingerprint)
        return fingerprint.error();

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
    auto written =
        writeFile(dir.filePath(QStringLiteral("events.jsonl")), eventsJsonl(events.value()), &sha);
    if (!written) {
        cleanUp();
        return written.error();
    }
    addFile(QStringLiteral("events.jsonl"), sha, written.value(), QStringLiteral("timeline"),
            {{QStringLiteral("rows"), events->size()}});
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
        {QStringLiteral("format"), QLatin1String(Format)},
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
             {QStringLiteral("events"), record->events},
             {QStringLiteral("intact"), record->intact},
             {QStringLiteral("problem"), record->problem},
             {QStringLiteral("head"), events->isEmpty() ? QString() : events->last().hash}}},
        {QStringLiteral("signing_key"),
         QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                     {QStringLiteral("fingerprint"), fingerprint.value()}}},
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

BundleVerification verify(const QString &directory, const QString &expectedFingerprint)
{
    BundleVerification v;
    const QDir dir(directory);
    QFile manifestFile(dir.filePath(QLatin1String(ManifestFile)));
    QFile signatureFile(dir.filePath(QLatin1String(SignatureFile)));
    QFile keyFile(dir.filePath(QLatin1String(PublicKeyFile)));
    if (!dir.exists()) {
        v.problem = Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(directory));
        return v;
    }
    if (!manifestFile.open(QIODevice::ReadOnly) || !signatureFile.open(QIODevice::ReadOnly) ||
        !keyFile.open(QIODevice::ReadOnly)) {
        v.problem = Tr::tr("%1 is not an evidence bundle: manifest.json, manifest.json.sig or "
                           "public_key.pem is missing.")
                        .arg(QDir::toNativeSeparators(directory));
        return v;
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    const QByteArray signature = QByteArray::fromBase64(signatureFile.readAll().trimmed());
    const QByteArray publicPem = keyFile.readAll();

    auto fp = Signing::fingerprint(publicPem);
    v.keyFingerprint = fp ? fp.value() : QString();
    v.signatureValid = Signing::verify(publicPem, manifestBytes, signature).ok() &&
                       (expectedFingerprint.isEmpty() || expectedFingerprint == v.keyFingerprint);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &parseError);
    const QJsonObject manifest = doc.object();
    if (doc.isNull() ||
        manifest.value(QStringLiteral("format")).toString() != QLatin1String(Format)) {
        v.problem = Tr::tr("manifest.json cannot be read as an evidence manifest.");
        return v;
    }
    v.incidentRef = manifest.value(QStringLiteral("incident"))
                        .toObject()
                        .value(QStringLiteral("ref"))
                        .toString();

    QSet<QString> listed;
    for (const QJsonValue &entry : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = entry.toObject();
        const QString path = f.value(QStringLiteral("path")).toString();
        // A manifest naming files outside the bundle is itself tampered with.
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')) ||
            path.contains(QLatin1String(".."))) {
            v.changed << path;
            continue;
        }
        listed.insert(path);
        qint64 size = 0;
        auto sha = fileSha256(dir.filePath(path), &size);
        if (!sha)
            v.missing << path;
        else if (sha.value() != f.value(QStringLiteral("sha256")).toString() ||
                 size != f.value(QStringLiteral("bytes")).toInteger())
            v.changed << path;
    }
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = dir.relativeFilePath(it.next());
        if (rel == QLatin1String(ManifestFile) || rel == QLatin1String(SignatureFile) ||
            rel == QLatin1String(PublicKeyFile))
            continue;
        if (!listed.contains(rel))
            v.added << rel;
    }
    v.changed.sort();
    v.missing.sort();
    v.added.sort();
    return v;
}

} // namespace ic::EvidenceBundle
