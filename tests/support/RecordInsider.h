#pragma once

// What an insider with direct write access to a workspace's database does to
// its record (a superuser connection on PostgreSQL, the sqlite3 library on
// SQLite): edits events, then makes every stored hash agree again, exactly
// as the app would have computed it. The record's defence is not these
// hashes but a checkpoint kept elsewhere (docs/record.md).

#include "models/record/RecordEvent.h"
#include "models/record/SqlNodeStore.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QSqlQuery>

namespace ic::test {

struct RecordInsider
{
    QSqlDatabase db;

    Result<void> sql(const QString &statement, const QVariantList &params = {})
    {
        auto q = Db::exec(db, statement, params);
        if (!q)
            return q.error();
        return success();
    }

    // Rebuilds the whole tree (nodes and head) from the events as they are
    // now, and re-chains every incident's hashes: afterwards the database is
    // consistent with itself.
    Result<void> recomputeEverything()
    {
        return Db::transaction(db, [&]() -> Result<void> {
            // The per-incident chain first (the leaves encode seq): numbered
            // in log order, re-hashed, the head moved.
            auto ids = Db::exec(db, QStringLiteral("SELECT id FROM ic_incidents"));
            if (!ids)
                return ids.error();
            QStringList incidents;
            while (ids->next())
                incidents << ids->value(0).toString();
            for (const QString &id : incidents) {
                if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET seq = -id WHERE "
                                                "incident_id = ?"),
                                 {id});
                    !u)
                    return u;
                auto order = Db::exec(db,
                                      QStringLiteral("SELECT id FROM ic_incident_events WHERE "
                                                     "incident_id = ? ORDER BY leaf_index, id"),
                                      {id});
                if (!order)
                    return order.error();
                QList<qint64> rows;
                while (order->next())
                    rows << order->value(0).toLongLong();
                int n = 0;
                for (qint64 row : rows) {
                    if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET seq = ? WHERE "
                                                    "id = ?"),
                                     {++n, row});
                        !u)
                        return u;
                }
                auto list = EventLog::events(db, id);
                if (!list)
                    return list.error();
                QString prev;
                for (IncidentEvent e : list.value()) {
                    e.prevHash = prev;
                    e.hash = EventLog::hashOf(e);
                    if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET prev_hash = ?, "
                                                    "hash = ? WHERE id = ?"),
                                     {e.prevHash, e.hash, e.id});
                        !u)
                        return u;
                    prev = e.hash;
                }
                if (auto u = sql(QStringLiteral("UPDATE ic_incidents SET event_count = ?, "
                                                "last_event_hash = ? WHERE id = ?"),
                                 {n, prev, id});
                    !u)
                    return u;
            }
            // Then the tree, from the leaves as they are now.
            auto origin = EventLog::logOrigin(db);
            if (!origin)
                return origin.error();
            if (auto d = sql(QStringLiteral("DELETE FROM ic_record_nodes")); !d)
                return d;
            auto events = EventLog::logEvents(db);
            if (!events)
                return events.error();
            SqlNodeStore store(db, QString::fromLatin1(EventLog::LogId));
            for (const IncidentEvent &e : events.value()) {
                auto n =
                    store.append(EventEncoding::leafHash(EventLog::recordEvent(e, origin.value())));
                if (!n)
                    return n.error();
            }
            return sql(QStringLiteral("UPDATE ic_record_head SET size = ?"),
                       {qint64(events->size())});
        });
    }

    // The attacks of issue 15, each leaving a self-consistent database.
    Result<void> rewriteEvent(qint64 leaf, const QString &summary)
    {
        if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET summary = ? WHERE "
                                        "leaf_index = ?"),
                         {summary, leaf});
            !u)
            return u;
        return recomputeEverything();
    }
    // Deletes the last `n` events of the log and moves the head back.
    Result<void> deleteLast(qint64 n)
    {
        auto size = Db::exec(db, QStringLiteral("SELECT size FROM ic_record_head"));
        if (!size || !size->next())
            return Error::make(Error::Kind::General, QStringLiteral("no head"));
        const qint64 keep = size->value(0).toLongLong() - n;
        if (auto d =
                sql(QStringLiteral("DELETE FROM ic_incident_events WHERE leaf_index >= ?"), {keep});
            !d)
            return d;
        return recomputeEverything();
    }
    // Swaps the places of two events in the log.
    Result<void> swap(qint64 a, qint64 b)
    {
        if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET leaf_index = 1000000 "
                                        "WHERE leaf_index = ?"),
                         {a});
            !u)
            return u;
        if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET leaf_index = ? WHERE "
                                        "leaf_index = ?"),
                         {a, b});
            !u)
            return u;
        if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET leaf_index = ? WHERE "
                                        "leaf_index = 1000000"),
                         {b});
            !u)
            return u;
        return recomputeEverything();
    }
    // Inserts a backdated event at leaf `at` (later leaves move up one), as
    // if it had always been there, copying the incident and author of the
    // event that was there.
    Result<void> insertBackdated(qint64 at, const QString &summary)
    {
        auto src = Db::exec(db,
                            QStringLiteral("SELECT incident_id, actor, occurred_at FROM "
                                           "ic_incident_events WHERE leaf_index = ?"),
                            {at});
        if (!src || !src->next())
            return Error::make(Error::Kind::General, QStringLiteral("no event at that leaf"));
        const QString incident = src->value(0).toString();
        const QString actor = src->value(1).toString();
        const QDateTime when = Db::readTime(src->value(2)).addSecs(-60);
        auto shift = Db::exec(db,
                              QStringLiteral("SELECT leaf_index FROM ic_incident_events WHERE "
                                             "leaf_index >= ? ORDER BY leaf_index DESC"),
                              {at});
        if (!shift)
            return shift.error();
        QList<qint64> leaves;
        while (shift->next())
            leaves << shift->value(0).toLongLong();
        for (qint64 l : leaves) {
            if (auto u = sql(QStringLiteral("UPDATE ic_incident_events SET leaf_index = ? WHERE "
                                            "leaf_index = ?"),
                             {l + 1, l});
                !u)
                return u;
        }
        if (auto i = sql(QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, "
                                        "occurred_at, recorded_at, actor, kind, summary, details, "
                                        "backdated, prev_hash, hash, leaf_index) VALUES (?, ?, ?, "
                                        "?, ?, 'note', ?, '{}', ?, '', '', ?)"),
                         {incident, -1000000 - at, Db::bindTime(db, when), Db::bindTime(db, when),
                          actor, summary, Db::isPostgres(db) ? QVariant(false) : QVariant(0), at});
            !i)
            return i;
        return recomputeEverything();
    }
    // Swaps a member's registered public key for one the attacker holds.
    Result<void> swapKey(const QString &login, const QString &fingerprint, const QByteArray &raw)
    {
        return sql(QStringLiteral("UPDATE ic_member_keys SET fingerprint = ?, public_key = ? "
                                  "WHERE login = ?"),
                   {fingerprint, raw, login});
    }
};

} // namespace ic::test
