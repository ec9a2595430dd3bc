#include "models/timeline/EventLog.h"

#include "models/core/Sha256.h"
#include "models/record/PersonKey.h"
#include "models/record/RecordEvent.h"
#include "models/record/SqlNodeStore.h"
#include "models/store/Database.h"
#include "models/team/TeamAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

namespace ic::EventLog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EventLog)
};

constexpr int CanonicalVersion = 1;

QString isoMs(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

const QString Columns = QStringLiteral(
    "id, incident_id, seq, occurred_at, recorded_at, actor, kind, summary, details, backdated, "
    "corrects_event_id, prev_hash, hash, leaf_index, signer, signature");

IncidentEvent fromQuery(const QSqlQuery &q)
{
    IncidentEvent e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toString();
    e.seq = q.value(2).toInt();
    e.occurredAt = Db::readTime(q.value(3));
    e.recordedAt = Db::readTime(q.value(4));
    e.actor = q.value(5).toString();
    e.kind = q.value(6).toString();
    e.summary = q.value(7).toString();
    e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.backdated = q.value(9).toBool();
    e.correctsEventId = q.value(10).toLongLong();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    e.leafIndex = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    e.signer = q.value(14).toString();
    e.signature = q.value(15).toByteArray();
    return e;
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Locks the incident's chain head for this transaction and reads it.
Result<std::pair<int, QString>> lockHead(QSqlDatabase &db, const QString &incidentId)
{
    auto q = Db::exec(db,
                      Db::isPostgres(db)
                          ? QStringLiteral("SELECT event_count, last_event_hash FROM ic_incidents "
                                           "WHERE id = ? FOR UPDATE")
                          : QStringLiteral("SELECT event_count, last_event_hash FROM ic_incidents "
                                           "WHERE id = ?"),
                      {incidentId});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The incident no longer exists in this workspace; nothing was "
                                  "recorded."));
    }
    return std::pair{q->value(0).toInt(), q->value(1).toString()};
}

Result<void> insert(QSqlDatabase &db, IncidentEvent &e)
{
    auto q = Db::exec(
        db,
        QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, occurred_at, "
                       "recorded_at, actor, kind, summary, details, backdated, corrects_event_id, "
                       "prev_hash, hash, leaf_index, signer, signature) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            (Db::isPostgres(db) ? QStringLiteral(" RETURNING id") : QString()),
        {e.incidentId, e.seq, Db::bindTime(db, e.occurredAt), Db::bindTime(db, e.recordedAt),
         text(e.actor), text(e.kind), text(e.summary),
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
         Db::isPostgres(db) ? QVariant(e.backdated) : QVariant(e.backdated ? 1 : 0),
         e.correctsEventId ? QVariant(e.correctsEventId) : QVariant(QMetaType(QMetaType::LongLong)),
         text(e.prevHash), e.hash,
         e.leafIndex >= 0 ? QVariant(e.leafIndex) : QVariant(QMetaType(QMetaType::LongLong)),
         e.signer.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.signer),
         e.signature.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                               : QVariant(e.signature)});
    if (!q)
        return q.error();
    e.id = Db::isPostgres(db) ? (q->next() ? q->value(0).toLongLong() : 0)
                              : q->lastInsertId().toLongLong();
    return success();
}

struct Signers
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const Ed25519Signer>> byConnection;
};

Signers &signers()
{
    static Signers s;
    return s;
}

std::shared_ptr<const Ed25519Signer> signerFor(const QSqlDatabase &db)
{
    Signers &s = signers();
    QMutexLocker lock(&s.mutex);
    return s.byConnection.value(db.connectionName());
}

// Builds the event's canonical encoding for the workspace log, signs it with
// the person's key when this connection has one, and returns its leaf hash.
Result<Merkle::Hash> seal(const QSqlDatabase &db, IncidentEvent &e, const QString &origin)
{
    e.signer.clear();
    e.signature.clear();
    if (auto signer = signerFor(db)) {
        RecordEvent r = RecordEvent::from(e, origin, uint64_t(e.leafIndex));
        r.signer = signer->publicKey().fingerprint;
        auto signature = signer->sign(EventEncoding::signedBytes(r));
        if (!signature)
            return signature.error();
        e.signer = r.signer;
        e.signature = signature.value();
    }
    return EventEncoding::leafHash(recordEvent(e, origin));
}

// Every event is signed by the person who records it (issue 15). Without
// a signer on this connection the append is refused before anything is
// written: on SQLite once the workspace has a registered key (a workspace
// made before keys, or by a tool that never had one, has none), on
// PostgreSQL unless the login is a
// superuser (the server refuses it too, store step 51; a superuser is the
// one login it cannot hold to anything).
Result<void> requireSigner(QSqlDatabase &db)
{
    if (signerFor(db))
        return success();
    auto q = Db::exec(db, Db::isPostgres(db)
                              ? QStringLiteral("SELECT NOT rolsuper FROM pg_catalog.pg_roles "
                                               "WHERE rolname = session_user")
                              : QStringLiteral("SELECT EXISTS (SELECT 1 FROM ic_member_keys)"));
    if (!q)
        return Db::isPostgres(db) ? success() : Result<void>(q.error()); // the server decides
    if (!q->next() || !q->value(0).toBool())
        return success();
    return Error::make(Error::Kind::General,
                       Tr::tr("Nothing was recorded: every event is signed by the person who "
                              "records it, and this workstation has no signing key of yours "
                              "registered in this workspace (the keychain could not give one, or "
                              "the workspace refused to register it). Check that the keychain is "
                              "unlocked and open the workspace again."));
}

// PostgreSQL: through the workspace's append function (store steps 15 and
// 40), which takes the incident's head and the workspace log's head under
// locks, gives the server's clock and the leaf index, names the actor (the
// server's session_user), writes the tree, and is the only way any role may
// add to the record.
Result<void> appendPostgres(QSqlDatabase &db, IncidentEvent &e)
{
    auto head = Team::exec(db,
                           QStringLiteral("SELECT next_seq, prev_hash, actor, leaf_index, "
                                          "recorded_at, origin FROM ic_event_head(?, ?)"),
                           {e.incidentId, text(e.actor)});
    if (!head)
        return head.error();
    if (!head->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The incident no longer exists in this workspace; nothing was "
                                  "recorded."));
    // After the head: a login without a role hears that first.
    if (auto signedOnly = requireSigner(db); !signedOnly)
        return signedOnly;
    e.seq = head->value(0).toInt();
    e.prevHash = head->value(1).toString();
    e.actor = head->value(2).toString();
    e.leafIndex = head->value(3).toLongLong();
    e.recordedAt = Db::readTime(head->value(4));
    const QString origin = head->value(5).toString();
    e.hash = hashOf(e);
    auto leaf = seal(db, e, origin);
    if (!leaf)
        return leaf.error();
    auto q = Team::exec(
        db,
        QStringLiteral("SELECT ic_append_event(?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, "
                       "?, ?, ?, ?)"),
        {e.incidentId, e.seq, e.leafIndex, Db::bindTime(db, e.occurredAt),
         Db::bindTime(db, e.recordedAt), e.actor, text(e.kind), text(e.summary),
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.backdated,
         e.correctsEventId ? QVariant(e.correctsEventId) : QVariant(QMetaType(QMetaType::LongLong)),
         e.prevHash, e.hash,
         e.signer.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.signer),
         e.signature.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(e.signature),
         Merkle::toBytes(leaf.value())});
    if (!q)
        return q.error();
    e.id = q->next() ? q->value(0).toLongLong() : 0;
    return success();
}

} // namespace

QByteArray canonical(const IncidentEvent &e)
{
    // A JSON array in a fixed order; QJsonObject keeps keys sorted, so the
    // details serialise the same way after a round trip through the database.
    const QJsonArray a{CanonicalVersion,
                       e.incidentId,
                       e.seq,
                       isoMs(e.occurredAt),
                       isoMs(e.recordedAt),
                       e.actor,
                       e.kind,
                       e.summary,
                       e.details,
                       e.backdated,
                       QString::number(e.correctsEventId),
                       e.prevHash};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString hashOf(const IncidentEvent &event)
{
    return Sha256::hexOf(canonical(event));
}

Result<IncidentEvent> append(QSqlDatabase &db, const EventDraft &draft, const QDateTime &nowUtc)
{
    IncidentEvent e;
    e.incidentId = draft.incidentId;
    e.actor = draft.actor;
    e.kind = draft.kind;
    e.summary = draft.summary;
    e.details = draft.details;
    // Milliseconds: what the record's encoding and both engines keep.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowUtc.toMSecsSinceEpoch(), Qt::UTC);
    e.recordedAt = now;
    // When it happened is the person's say (a backdated entry, or now by this
    // workstation's clock); when it was recorded is the server's (PostgreSQL).
    const bool occurredNow = !draft.occurredAt.isValid();
    e.occurredAt =
        occurredNow ? now
                    : QDateTime::fromMSecsSinceEpoch(draft.occurredAt.toMSecsSinceEpoch(), Qt::UTC);
    e.backdated = draft.backdated;
    e.correctsEventId = draft.correctsEventId;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        if (Db::isPostgres(db))
            return appendPostgres(db, e);
        if (auto signedOnly = requireSigner(db); !signedOnly)
            return signedOnly;
        // SQLite: one person, the write lock serialises appends, and this
        // machine's clock is the server's.
        auto head = lockHead(db, e.incidentId);
        if (!head)
            return head.error();
        auto logHead = Db::exec(db, QStringLiteral("SELECT size FROM ic_record_head WHERE "
                                                   "log_id = 'workspace'"));
        if (!logHead)
            return logHead.error();
        if (!logHead->next())
            return Error::make(Error::Kind::General,
                               Tr::tr("The workspace's record has no log head (it was deleted "
                                      "or the workspace is damaged); nothing was recorded."));
        e.leafIndex = logHead->value(0).toLongLong();
        auto origin = logOrigin(db);
        if (!origin)
            return origin.error();
        e.seq = head->first + 1;
        e.prevHash = head->second;
        e.hash = hashOf(e);
        auto leaf = seal(db, e, origin.value());
        if (!leaf)
            return leaf.error();
        if (auto i = insert(db, e); !i)
            return i;
        SqlNodeStore tree(db, QString::fromLatin1(LogId));
        auto size = tree.append(leaf.value());
        if (!size)
            return size.error();
        if (size.value() != uint64_t(e.leafIndex) + 1)
            return Error::make(Error::Kind::General,
                               Tr::tr("The workspace's record says it holds %1 events but its "
                                      "tree holds %2: it was damaged or edited. Nothing was "
                                      "recorded.")
                                   .arg(e.leafIndex)
                                   .arg(size.value() - 1));
        auto moved = Db::exec(db,
                              QStringLiteral("UPDATE ic_record_head SET size = ? WHERE log_id = "
                                             "'workspace'"),
                              {e.leafIndex + 1});
        if (!moved)
            return moved.error();
        auto u = Db::exec(db,
                          QStringLiteral("UPDATE ic_incidents SET event_count = ?, "
                                         "last_event_hash = ? WHERE id = ?"),
                          {e.seq, e.hash, e.incidentId});
        if (!u)
            return u.error();
        return success();
    });
    if (!r)
        return r.error();
    return e;
}

Result<QString> logOrigin(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("SELECT value FROM ic_workspace WHERE key = "
                                         "'workspace_id'"));
    if (!q)
        return q.error();
    return originFor(q->next() ? q->value(0).toString() : QString());
}

QString originFor(const QString &workspaceId)
{
    return QStringLiteral("incident-commander.local/workspace/") + workspaceId;
}

RecordEvent recordEvent(const IncidentEvent &event, const QString &origin)
{
    RecordEvent r =
        RecordEvent::from(event, origin, uint64_t(std::max<qint64>(event.leafIndex, 0)));
    r.signer = event.signer;
    r.signature = event.signature;
    return r;
}

void setSigner(const QString &connectionName, std::shared_ptr<const Ed25519Signer> signer)
{
    Signers &s = signers();
    QMutexLocker lock(&s.mutex);
    if (signer)
        s.byConnection.insert(connectionName, std::move(signer));
    else
        s.byConnection.remove(connectionName);
}

Result<QList<IncidentEvent>> events(QSqlDatabase &db, const QString &incidentId)
{
    auto q = Db::exec(db,
                      QStringLiteral("SELECT ") + Columns +
                          QStringLiteral(" FROM ic_incident_events WHERE incident_id = ? "
                                         "ORDER BY seq, id"),
                      {incidentId});
    if (!q)
        return q.error();
    QList<IncidentEvent> out;
    while (q->next())
        out.append(fromQuery(q.value()));
    return out;
}

Result<QList<IncidentEvent>> logEvents(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("SELECT ") + Columns +
                              QStringLiteral(" FROM ic_incident_events WHERE leaf_index IS NOT "
                                             "NULL ORDER BY leaf_index"));
    if (!q)
        return q.error();
    QList<IncidentEvent> out;
    while (q->next())
        out.append(fromQuery(q.value()));
    return out;
}

Result<ChainVerification> verify(QSqlDatabase &db, const QString &incidentId)
{
    auto head =
        Db::exec(db,
                 QStringLiteral("SELECT event_count, last_event_hash, ref FROM ic_incidents "
                                "WHERE id = ?"),
                 {incidentId});
    if (!head)
        return head.error();
    if (!head->next()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("No incident with this id exists in the workspace."));
    }
    const int expectedCount = head->value(0).toInt();
    const QString expectedHead = head->value(1).toString();
    auto list = events(db, incidentId);
    if (!list)
        return list.error();

    ChainVerification v;
    v.events = int(list->size());
    QString prev;
    int expectedSeq = 1;
    auto broken = [&](int seq, const QString &problem) {
        v.intact = false;
        v.firstBrokenSeq = seq;
        v.problem = problem;
        return v;
    };
    for (const IncidentEvent &e : list.value()) {
        if (e.seq != expectedSeq) {
            return broken(expectedSeq,
                          e.seq > expectedSeq
                              ? Tr::tr("Event %1 is missing: the record jumps from event %2 to "
                                       "%3 (a row was deleted).")
                                    .arg(expectedSeq)
                                    .arg(expectedSeq - 1)
                                    .arg(e.seq)
                              : Tr::tr("Event %1 appears twice or out of order (a row was "
                                       "inserted or renumbered).")
                                    .arg(e.seq));
        }
        if (e.prevHash != prev) {
            return broken(e.seq, Tr::tr("Event %1 does not follow event %2: its link to the "
                                        "previous event is wrong (rows were reordered or "
                                        "inserted).")
                                     .arg(e.seq)
                                     .arg(e.seq - 1));
        }
        if (hashOf(e) != e.hash) {
            return broken(e.seq, Tr::tr("Event %1 (%2, %3) was changed after it was recorded: "
                                        "its content no longer matches its hash.")
                                     .arg(e.seq)
                                     .arg(e.kind, isoMs(e.occurredAt)));
        }
        prev = e.hash;
        ++expectedSeq;
    }
    if (v.events != expectedCount || prev != expectedHead) {
        return broken(v.events + 1,
                      v.events < expectedCount
                          ? Tr::tr("The record ends at event %1 but %2 were written: the last "
                                   "events were deleted.")
                                .arg(v.events)
                                .arg(expectedCount)
                          : Tr::tr("The record does not end where the incident says it does "
                                   "(events were added or the head was changed)."));
    }
    return v;
}

Result<int> chainUnchained(QSqlDatabase &db)
{
    auto any = Db::exec(db, QStringLiteral("SELECT 1 FROM ic_incident_events WHERE hash IS NULL "
                                           "LIMIT 1"));
    if (!any)
        return any.error();
    if (!any->next())
        return 0;
    int chained = 0;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        auto incidents = Db::exec(db, QStringLiteral("SELECT DISTINCT incident_id FROM "
                                                     "ic_incident_events WHERE hash IS NULL"));
        if (!incidents)
            return incidents.error();
        QStringList ids;
        while (incidents->next())
            ids << incidents->value(0).toString();
        for (const QString &id : ids) {
            auto q = Db::exec(db,
                              QStringLiteral("SELECT ") + Columns +
                                  QStringLiteral(" FROM ic_incident_events WHERE incident_id = ? "
                                                 "ORDER BY occurred_at, id"),
                              {id});
            if (!q)
                return q.error();
            QList<IncidentEvent> list;
            while (q->next())
                list.append(fromQuery(q.value()));
            QString prev;
            int seq = 0;
            for (IncidentEvent &e : list) {
                e.seq = ++seq;
                e.prevHash = prev;
                e.hash = hashOf(e);
                auto u = Db::exec(db,
                                  QStringLiteral("UPDATE ic_incident_events SET seq = ?, "
                                                 "prev_hash = ?, hash = ? WHERE id = ?"),
                                  {e.seq, e.prevHash, e.hash, e.id});
                if (!u)
                    return u.error();
                prev = e.hash;
                ++chained;
            }
            auto h = Db::exec(db,
                              QStringLiteral("UPDATE ic_incidents SET event_count = ?, "
                                             "last_event_hash = ? WHERE id = ?"),
                              {seq, prev, id});
            if (!h)
                return h.error();
        }
        return success();
    });
    if (!r)
        return r.error();
    return chained;
}

} // namespace ic::EventLog
