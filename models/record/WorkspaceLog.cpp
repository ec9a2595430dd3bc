#include "models/record/WorkspaceLog.h"

#include "models/record/RecordEvent.h"
#include "models/record/RecordVerifier.h"
#include "models/record/SqlNodeStore.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include "models/team/TeamAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace ic::WorkspaceLog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::WorkspaceLog)
};

QString logId()
{
    return QString::fromLatin1(EventLog::LogId);
}

Result<uint64_t> headSize(QSqlDatabase &db)
{
    auto q =
        Db::exec(db, QStringLiteral("SELECT size FROM ic_record_head WHERE log_id = ?"), {logId()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::General,
                           Tr::tr("The workspace's record has no log head: it was deleted, or "
                                  "the workspace predates the record's log."));
    const qint64 n = q->value(0).toLongLong();
    if (n < 0)
        return Error::make(Error::Kind::General, Tr::tr("The record's log head is negative."));
    return uint64_t(n);
}

} // namespace

Result<Head> head(QSqlDatabase &db)
{
    Head h;
    auto origin = EventLog::logOrigin(db);
    if (!origin)
        return origin.error();
    h.origin = origin.value();
    auto n = headSize(db);
    if (!n)
        return n.error();
    h.size = n.value();
    SqlNodeStore store(db, logId());
    auto root = Merkle::rootHash(store, h.size);
    if (!root)
        return root.error();
    h.root = root.value();
    return h;
}

Result<TreeCheck> checkStoredTree(QSqlDatabase &db)
{
    TreeCheck c;
    auto origin = EventLog::logOrigin(db);
    if (!origin)
        return origin.error();
    auto n = headSize(db);
    if (!n)
        return n.error();
    c.size = n.value();
    auto events = EventLog::logEvents(db);
    if (!events)
        return events.error();
    c.events = uint64_t(events->size());
    auto stored = Db::exec(db,
                           QStringLiteral("SELECT idx, hash FROM ic_record_nodes WHERE log_id = ? "
                                          "AND level = 0 ORDER BY idx"),
                           {logId()});
    if (!stored)
        return stored.error();
    auto broken = [&c](const QString &problem) {
        if (c.intact) {
            c.intact = false;
            c.problem = problem;
        }
    };
    std::vector<Merkle::Hash> leaves;
    leaves.reserve(events->size());
    uint64_t expected = 0;
    for (const IncidentEvent &e : events.value()) {
        if (uint64_t(e.leafIndex) != expected) {
            broken(Tr::tr("Leaf %1 of the workspace log is missing: the events jump from leaf "
                          "%2 to %3 (an event was deleted or renumbered).")
                       .arg(expected)
                       .arg(qint64(expected) - 1)
                       .arg(e.leafIndex));
            expected = uint64_t(e.leafIndex);
        }
        leaves.push_back(EventEncoding::leafHash(EventLog::recordEvent(e, origin.value())));
        ++expected;
    }
    c.root = RecordVerifier::rootOf(leaves);
    uint64_t i = 0;
    while (stored->next()) {
        const uint64_t idx = uint64_t(stored->value(0).toLongLong());
        Merkle::Hash h{};
        const bool ok = Merkle::fromBytes(stored->value(1).toByteArray(), &h);
        if (idx != i) {
            broken(Tr::tr("The log's tree has no leaf %1 (its rows were deleted).").arg(i));
            break;
        }
        if (i >= leaves.size()) {
            broken(Tr::tr("The log's tree holds leaf %1 but no event has it (the event was "
                          "deleted).")
                       .arg(i));
            break;
        }
        if (!ok || h != leaves[i]) {
            const IncidentEvent &e = events.value()[qsizetype(i)];
            broken(Tr::tr("Event %1 of incident %2 (leaf %3, %4) does not match its leaf in the "
                          "log's tree: it was changed after it was recorded.")
                       .arg(e.seq)
                       .arg(e.incidentId)
                       .arg(i)
                       .arg(e.kind));
            break;
        }
        ++i;
    }
    if (c.intact && i != leaves.size())
        broken(Tr::tr("The log's tree holds %1 leaves but %2 events are in the log.")
                   .arg(i)
                   .arg(leaves.size()));
    if (c.intact && c.events != c.size)
        broken(Tr::tr("The log's head says %1 events but %2 are in the log (events were "
                      "deleted or added, or the head was moved).")
                   .arg(c.size)
                   .arg(c.events));
    if (c.intact) {
        SqlNodeStore store(db, logId());
        auto root = Merkle::rootHash(store, c.size);
        if (!root)
            broken(root.error().message);
        else if (root.value() != c.root)
            broken(Tr::tr("The log's stored tree hashes do not match its leaves (interior "
                          "hashes were edited)."));
    }
    return c;
}

Result<Consistency> checkConsistency(QSqlDatabase &db, const Checkpoint &kept, uint64_t size,
                                     const Merkle::Hash &root)
{
    Consistency c;
    if (size < kept.size) {
        c.problem = Tr::tr("The log now holds %1 events, fewer than the %2 this workstation saw: "
                           "events were deleted.")
                        .arg(size)
                        .arg(kept.size);
        return c;
    }
    std::vector<Merkle::Hash> proof;
    if (kept.size > 0 && kept.size < size) {
        SqlNodeStore store(db, logId());
        auto p = Merkle::consistencyProof(store, kept.size, size);
        if (!p) {
            if (p.error().kind != Error::Kind::NotFound)
                return p.error();
            c.problem = Tr::tr("No consistency proof can be made from the %1 events this "
                               "workstation saw: %2")
                            .arg(kept.size)
                            .arg(p.error().message);
            return c;
        }
        proof = std::move(p.value());
    }
    if (!Merkle::verifyConsistency(kept.size, size, kept.root, root, proof)) {
        c.problem = Tr::tr("The log of %1 events (root %2) does not extend the %3 events (root "
                           "%4) this workstation saw: earlier events were changed, removed, "
                           "reordered or inserted.")
                        .arg(size)
                        .arg(QString::fromLatin1(Merkle::toBase64(root)))
                        .arg(kept.size)
                        .arg(QString::fromLatin1(Merkle::toBase64(kept.root)));
        return c;
    }
    c.consistent = true;
    return c;
}

Result<int> adoptLegacy(QSqlDatabase &db, const QString &actor, const QDateTime &nowUtc)
{
    int adopted = 0;
    auto r = Db::transaction(db, [&]() -> Result<void> {
        auto origin = EventLog::logOrigin(db);
        if (!origin)
            return origin.error();
        auto ids = Db::exec(db, QStringLiteral("SELECT id, incident_id FROM ic_incident_events "
                                               "WHERE leaf_index IS NULL ORDER BY recorded_at, "
                                               "id"));
        if (!ids)
            return ids.error();
        QList<qint64> rows;
        QMap<QString, int> perIncident;
        while (ids->next()) {
            rows << ids->value(0).toLongLong();
            perIncident[ids->value(1).toString()] += 1;
        }
        if (rows.isEmpty())
            return success();
        SqlNodeStore store(db, logId());
        qint64 firstLeaf = -1, lastLeaf = -1;
        for (qint64 row : std::as_const(rows)) {
            auto size = headSize(db);
            if (!size)
                return size.error();
            if (firstLeaf < 0)
                firstLeaf = qint64(size.value());
            lastLeaf = qint64(size.value());
            auto q = Db::exec(db,
                              QStringLiteral("SELECT id, incident_id, seq, occurred_at, "
                                             "recorded_at, actor, kind, summary, details, "
                                             "backdated, corrects_event_id FROM "
                                             "ic_incident_events WHERE id = ?"),
                              {row});
            if (!q)
                return q.error();
            if (!q->next())
                return Error::make(Error::Kind::Conflict,
                                   Tr::tr("An event disappeared while it was being adopted; "
                                          "nothing was changed."));
            IncidentEvent e;
            e.id = q->value(0).toLongLong();
            e.incidentId = q->value(1).toString();
            e.seq = q->value(2).toInt();
            e.occurredAt = Db::readTime(q->value(3));
            e.recordedAt = Db::readTime(q->value(4));
            e.actor = q->value(5).toString();
            e.kind = q->value(6).toString();
            e.summary = q->value(7).toString();
            e.details = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
            e.backdated = q->value(9).toBool();
            e.correctsEventId = q->value(10).toLongLong();
            e.leafIndex = qint64(size.value());
            const Merkle::Hash leaf =
                EventEncoding::leafHash(EventLog::recordEvent(e, origin.value()));
            if (Db::isPostgres(db)) {
                auto a = Team::exec(db, QStringLiteral("SELECT ic_adopt_legacy_event(?, ?, ?)"),
                                    {e.id, e.leafIndex, Merkle::toBytes(leaf)});
                if (!a)
                    return a.error();
            } else {
                auto u = Db::exec(db,
                                  QStringLiteral("UPDATE ic_incident_events SET leaf_index = ? "
                                                 "WHERE id = ? AND leaf_index IS NULL"),
                                  {e.leafIndex, e.id});
                if (!u)
                    return u.error();
                auto n = store.append(leaf);
                if (!n)
                    return n.error();
                auto h = Db::exec(db,
                                  QStringLiteral("UPDATE ic_record_head SET size = ? WHERE "
                                                 "log_id = ?"),
                                  {qint64(n.value()), logId()});
                if (!h)
                    return h.error();
            }
            ++adopted;
        }
        for (auto it = perIncident.cbegin(); it != perIncident.cend(); ++it) {
            EventDraft d;
            d.incidentId = it.key();
            d.actor = actor;
            d.kind = QStringLiteral("record.legacy-adopted");
            d.summary = Tr::tr("%n event(s) recorded before the workspace log were put into it "
                               "by an admin, as they were stored.",
                               nullptr, it.value());
            // Which leaves are legacy (unsigned, and valid as such): the
            // adopting admin signs this event, so verify-record takes the
            // range from it and reports any other unsigned event.
            d.details = QJsonObject{{QStringLiteral("events"), it.value()},
                                    {QStringLiteral("first_leaf"), firstLeaf},
                                    {QStringLiteral("last_leaf"), lastLeaf}};
            if (auto e = EventLog::append(db, d, nowUtc); !e)
                return e.error();
        }
        return success();
    });
    if (!r)
        return r.error();
    return adopted;
}

} // namespace ic::WorkspaceLog
