#include "models/audit/AuditPins.h"

#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ic::AuditPins {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditPins)
};
} // namespace

Result<IncidentEvent> pin(QSqlDatabase &store, const QString &incidentId, const AuditRow &row,
                          const QString &source, const QString &actor, const QDateTime &nowUtc)
{
    std::optional<IncidentEvent> recorded;
    auto r = Db::transaction(store, [&]() -> Result<void> {
        auto incident =
            Db::exec(store, QStringLiteral("SELECT ref, status FROM ic_incidents WHERE id = ?"),
                     {incidentId});
        if (!incident)
            return incident.error();
        if (!incident->next())
            return Error::make(Error::Kind::NotFound,
                               Tr::tr("The incident to pin the row to no longer exists. Nothing "
                                      "was pinned."));
        const QString ref = incident->value(0).toString();
        if (incident->value(1).toString() == statusCode(IncidentStatus::Closed))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("%1 is closed, so no evidence can be added. Nothing was "
                                      "pinned; reopen the incident first.")
                                   .arg(ref));
        auto existing = Db::exec(store,
                                 QStringLiteral("SELECT pinned_by FROM ic_audit_pins WHERE "
                                                "incident_id = ? AND source = ? AND audit_id = ?"),
                                 {incidentId, source, row.id});
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("Audit row %1 is already pinned to %2 (by %3). Nothing was "
                                      "changed.")
                                   .arg(row.id)
                                   .arg(ref, existing->value(0).toString()));

        const QJsonObject rowJson = row.toJson();
        EventDraft draft;
        draft.incidentId = incidentId;
        draft.actor = actor;
        draft.kind = EventKind;
        QStringList who;
        if (!row.userId.isEmpty())
            who << Tr::tr("user %1").arg(row.userId);
        if (!row.apiKeyId.isEmpty())
            who << Tr::tr("API key %1").arg(row.apiKeyId);
        if (!row.ip.isEmpty())
            who << Tr::tr("from %1").arg(row.ip);
        draft.summary = Tr::tr("Pinned audit row %1: %2 %3 at %4")
                            .arg(row.id)
                            .arg(row.event, who.join(QLatin1Char(' ')), AuditTime::iso(row.time))
                            .simplified();
        draft.details =
            QJsonObject{{QStringLiteral("audit_row"), rowJson}, {QStringLiteral("source"), source}};
        auto event = EventLog::append(store, draft, nowUtc);
        if (!event)
            return event.error();
        auto insert = Db::exec(
            store,
            QStringLiteral(
                "INSERT INTO ic_audit_pins (incident_id, source, audit_id, audit_time, "
                "row_json, pinned_by, pinned_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {incidentId, source, row.id, row.time,
             QString::fromUtf8(QJsonDocument(rowJson).toJson(QJsonDocument::Compact)), actor,
             Db::bindTime(store, nowUtc), event->id});
        if (!insert)
            return insert.error();
        recorded = event.value();
        return success();
    });
    if (!r)
        return r.error();
    return *recorded;
}

Result<QSet<qint64>> pinnedIds(QSqlDatabase &store, const QString &incidentId,
                               const QString &source)
{
    auto q = Db::exec(store,
                      QStringLiteral("SELECT audit_id FROM ic_audit_pins WHERE incident_id = ? AND "
                                     "source = ?"),
                      {incidentId, source});
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

} // namespace ic::AuditPins
