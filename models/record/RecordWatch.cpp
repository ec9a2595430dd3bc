#include "models/record/RecordWatch.h"

#include "models/record/MemberKeys.h"
#include "models/record/PersonKey.h"
#include "models/record/SqlNodeStore.h"
#include "models/record/WorkspaceLog.h"
#include "models/store/Database.h"
#include "models/team/TeamAccess.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ic::RecordWatch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::RecordWatch)
};

// Logs up to this size are recomputed from their events on every check
// (about 1 s for 100,000 events on one core of the development machine).
constexpr uint64_t FullCheckLimit = 100'000;

QString isoMs(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                       : Tr::tr("an unknown time");
}

// The newest checkpoint stored in the workspace that a registered key
// signed, checked against the stored tree: a tree rewritten after anyone
// signed a checkpoint of it shows even on a workstation that never saw it.
Result<QString> checkStoredCheckpoint(QSqlDatabase &db, const WorkspaceLog::Head &head,
                                      QString *finding)
{
    auto keys = MemberKeys::checked(db);
    if (!keys)
        return keys.error();
    QList<PublicKey> known;
    for (const MemberKey &k : std::as_const(keys->keys))
        known << k.key;
    auto q = Db::exec(db, QStringLiteral("SELECT note FROM ic_record_checkpoints ORDER BY size "
                                         "DESC, id DESC LIMIT 20"));
    if (!q)
        return q.error();
    while (q->next()) {
        auto parsed = Checkpoints::parse(q->value(0).toString().toUtf8());
        if (!parsed || parsed->checkpoint.origin != head.origin)
            continue;
        const CheckpointSignatures s = Checkpoints::verify(parsed.value(), known);
        if (s.validBy.isEmpty() || !s.invalidBy.isEmpty())
            continue; // not by a registered key: proves nothing either way
        const Checkpoint &c = parsed->checkpoint;
        *finding =
            QStringLiteral("%1 %2").arg(c.size).arg(QString::fromLatin1(Merkle::toBase64(c.root)));
        if (c.size > head.size)
            return Tr::tr("A checkpoint signed by %1 at %2 covers %3 events, but the log now "
                          "holds only %4: events were deleted.")
                .arg(s.validBy.first(), isoMs(c.time))
                .arg(c.size)
                .arg(head.size);
        SqlNodeStore store(db, QString::fromLatin1(EventLog::LogId));
        auto root = Merkle::rootHash(store, c.size);
        if (!root || root.value() != c.root)
            return Tr::tr("A checkpoint signed by %1 at %2 states the first %3 events' root as "
                          "%4, but the log's tree now gives %5: they were rewritten.")
                .arg(s.validBy.first(), isoMs(c.time))
                .arg(c.size)
                .arg(QString::fromLatin1(Merkle::toBase64(c.root)),
                     root ? QString::fromLatin1(Merkle::toBase64(root.value()))
                          : root.error().message);
        return QString(); // the newest good one agrees
    }
    return QString();
}

Result<void> recordAlarm(QSqlDatabase &db, const QString &summary, const QString &finding,
                         const QString &actor, const QDateTime &nowUtc)
{
    auto open = Db::exec(db, QStringLiteral("SELECT id FROM ic_incidents WHERE closed_at IS NULL "
                                            "ORDER BY id"));
    if (!open)
        return open.error();
    QStringList ids;
    while (open->next())
        ids << open->value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        auto seen = Db::exec(
            db,
            Db::isPostgres(db)
                ? QStringLiteral("SELECT 1 FROM ic_incident_events WHERE incident_id = ? AND kind "
                                 "= 'record.rewritten' AND details ->> 'finding' = ?")
                : QStringLiteral("SELECT 1 FROM ic_incident_events WHERE incident_id = ? AND kind "
                                 "= 'record.rewritten' AND json_extract(details, '$.finding') = ?"),
            {id, finding});
        if (!seen)
            return seen.error();
        if (seen->next())
            continue; // this finding is on its timeline already
        EventDraft d;
        d.incidentId = id;
        d.actor = actor;
        d.kind = QStringLiteral("record.rewritten");
        d.summary = summary;
        d.details = QJsonObject{{QStringLiteral("finding"), finding}};
        if (auto e = EventLog::append(db, d, nowUtc); !e)
            return e.error();
    }
    return success();
}

} // namespace

Result<QByteArray> signAndStore(QSqlDatabase &db, const Ed25519Signer &signer, const QString &actor,
                                const QDateTime &nowUtc)
{
    auto head = WorkspaceLog::head(db);
    if (!head)
        return head.error();
    Checkpoint c;
    c.origin = head->origin;
    c.size = head->size;
    c.root = head->root;
    c.time = QDateTime::fromMSecsSinceEpoch(nowUtc.toMSecsSinceEpoch(), Qt::UTC);
    auto note = Checkpoints::sign(c, signer);
    if (!note)
        return note.error();
    const QString fp = signer.publicKey().fingerprint;
    auto stored =
        Db::isPostgres(db)
            ? Team::exec(
                  db, QStringLiteral("SELECT ic_add_checkpoint(?, ?, ?, ?)"),
                  {qint64(c.size), Merkle::toBytes(c.root), QString::fromUtf8(note.value()), fp})
            : Db::exec(db,
                       QStringLiteral("INSERT INTO ic_record_checkpoints (size, root, note, "
                                      "signer, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {qint64(c.size), Merkle::toBytes(c.root), QString::fromUtf8(note.value()),
                        fp, actor, Db::bindTime(db, nowUtc)});
    if (!stored)
        return stored.error();
    return note.value();
}

Result<RecordCheck> check(QSqlDatabase &db, const QString &workspaceId, CheckpointStore &kept,
                          const Ed25519Signer *signer, const QString &actor,
                          const QDateTime &nowUtc, bool mayWrite, bool everyLeaf)
{
    RecordCheck r;
    auto mine = kept.latest(workspaceId);
    auto head = WorkspaceLog::head(db);
    QString problem;
    // What was found, the same on every open until resolved: the kept
    // checkpoint (or the stored one) that the log no longer extends.
    QString finding = QStringLiteral("unreadable");
    if (!mine) {
        problem = mine.error().message;
    } else if (!head) {
        if (!mine.value())
            return head.error(); // nothing seen before: a damaged store is verify-record's
        problem = Tr::tr("The log's tree cannot be read: %1").arg(head.error().message);
    } else {
        r.size = head->size;
        if (mine.value()) {
            const Checkpoint &k = mine.value()->checkpoint;
            r.lastSeen = k.time;
            finding = QStringLiteral("%1 %2").arg(k.size).arg(
                QString::fromLatin1(Merkle::toBase64(k.root)));
            if (k.origin != head->origin) {
                problem = Tr::tr("This workstation kept a checkpoint of the log %1, but the "
                                 "workspace's log is now %2.")
                              .arg(k.origin, head->origin);
            } else {
                auto c = WorkspaceLog::checkConsistency(db, k, head->size, head->root);
                if (!c)
                    return c.error();
                if (!c->consistent)
                    problem = c->problem;
            }
        }
        if (problem.isEmpty() && everyLeaf && head->size <= FullCheckLimit) {
            // Every event against its stored leaf: an event edited without
            // its tree shows at once (beyond the limit, verify-record).
            auto tree = WorkspaceLog::checkStoredTree(db);
            if (!tree)
                return tree.error();
            if (!tree->intact) {
                problem = tree->problem;
                finding = QStringLiteral("tree %1 %2").arg(finding, tree->problem);
            }
        }
        if (problem.isEmpty()) {
            auto stored = checkStoredCheckpoint(db, head.value(), &finding);
            if (!stored)
                return stored.error();
            problem = stored.value();
        }
    }
    if (!problem.isEmpty()) {
        r.rewritten = true;
        r.message = Tr::tr("The record of this workspace was rewritten since this workstation "
                           "last saw it at %1: %2")
                        .arg(isoMs(r.lastSeen), problem);
        if (mayWrite) {
            // The alarm stands even when the log cannot take another event.
            if (auto a = recordAlarm(db, r.message, finding, actor, nowUtc); !a)
                r.message += QLatin1Char(' ') +
                             Tr::tr("(It could not be recorded on the incidents' timelines: %1)")
                                 .arg(a.error().message);
        }
        return r;
    }
    if (signer && mayWrite && head->size > 0) {
        const bool newer = !mine.value() || head->size > mine.value()->checkpoint.size;
        if (newer) {
            QByteArray note;
            auto t = Db::transaction(db, [&]() -> Result<void> {
                auto n = signAndStore(db, *signer, actor, nowUtc);
                if (!n)
                    return n.error();
                note = n.value();
                return success();
            });
            if (!t)
                return t.error();
            if (auto s = kept.save(workspaceId, note); !s)
                return s.error();
            r.advanced = true;
        }
    }
    return r;
}

} // namespace ic::RecordWatch
