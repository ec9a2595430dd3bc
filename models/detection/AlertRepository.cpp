#include "models/detection/AlertRepository.h"

#include "models/store/Database.h"
#include "models/team/TeamAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

constexpr int MaxAffected = 20; // per list: an incident names people, not crowds

const QString AlertColumns = QStringLiteral(
    "a.id, a.rule_id, a.rule_name, a.description, a.severity, a.playbook, a.subject_kind, "
    "a.subject, a.window_seconds, a.aggregate, a.threshold, a.measure, a.status, a.first_seen, "
    "a.last_seen, a.detections, a.matched_rows, a.affected_users, a.affected_tenants, "
    "a.affected_api_keys, a.created_at, a.updated_at, a.incident_id, a.resolved_by, "
    "a.resolved_at, a.dismiss_reason, a.version, i.ref");

const QString StateColumns = QStringLiteral(
    "rule_id, name, source, watermark, status, last_run_at, last_run_by, last_run_ms, last_rows, "
    "last_alerts, last_error, failures");

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QVariant &v)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    for (const QJsonValue &item : doc.array())
        out << item.toString();
    return out;
}

// QtSql binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QStringList merged(QStringList list, const QStringList &more)
{
    for (const QString &s : more) {
        if (list.size() >= MaxAffected)
            break;
        if (!s.isEmpty() && !list.contains(s))
            list << s;
    }
    return list;
}

// The alert names its subject where an incident has a field for it.
void addSubject(RuleSubject kind, const QString &subject, QStringList &users, QStringList &tenants,
                QStringList &keys)
{
    QStringList *list = kind == RuleSubject::User     ? &users
                        : kind == RuleSubject::Tenant ? &tenants
                        : kind == RuleSubject::ApiKey ? &keys
                                                      : nullptr;
    if (list && !list->contains(subject))
        list->prepend(subject);
}

RuleState stateFromQuery(const QSqlQuery &q)
{
    RuleState s;
    s.ruleId = q.value(0).toString();
    s.name = q.value(1).toString();
    s.source = q.value(2).toString();
    s.watermark = q.value(3).toLongLong();
    s.status = q.value(4).toString();
    s.lastRunAt = Db::readTime(q.value(5));
    s.lastRunBy = q.value(6).toString();
    s.lastRunMs = q.value(7).toLongLong();
    s.lastRows = q.value(8).toLongLong();
    s.lastAlerts = q.value(9).toInt();
    s.lastError = q.value(10).toString();
    s.failures = q.value(11).toInt();
    return s;
}

Error changedMeanwhile(qint64 id)
{
    return Error::make(Error::Kind::Conflict,
                       Tr::tr("Someone else promoted or dismissed alert %1 a moment ago. Nothing "
                              "was changed; the alert list shows what they did.")
                           .arg(id));
}

// The nine columns rows() and auditRows() select, in their order.
QList<AlertRow> alertRows(QSqlQuery &q)
{
    QList<AlertRow> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), Db::readTime(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    return out;
}

} // namespace

QString idsParameter(const QList<qint64> &ids, bool postgres)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    const QString joined = parts.join(QLatin1Char(','));
    return postgres ? QLatin1Char('{') + joined + QLatin1Char('}')
                    : QLatin1Char('[') + joined + QLatin1Char(']');
}

AlertRepository::AlertRepository(QSqlDatabase db, const QDateTime &nowUtc)
    : m_db(std::move(db)), m_now(nowUtc.toUTC())
{}

Result<void> AlertRepository::registerRules(const QList<Rule> &rules)
{
    return Db::transaction(m_db, [&]() -> Result<void> {
        for (const Rule &rule : rules) {
            auto q =
                Db::exec(m_db,
                         QStringLiteral("INSERT INTO ic_detection_rules (rule_id, name, source, "
                                        "digest, updated_at) VALUES (?, ?, ?, ?, ?) ON "
                                        "CONFLICT (rule_id) DO UPDATE SET name = "
                                        "excluded.name, source = excluded.source, digest = "
                                        "excluded.digest WHERE ic_detection_rules.digest <> "
                                        "excluded.digest OR ic_detection_rules.source <> "
                                        "excluded.source"),
                         {rule.id, rule.name, rule.source, rule.digest, Db::bindTime(m_db, m_now)});
            if (!q)
                return q.error();
        }
        return success();
    });
}

Result<QList<RuleState>> AlertRepository::ruleStates()
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT ") + StateColumns +
                                QStringLiteral(" FROM ic_detection_rules ORDER BY name, rule_id"));
    if (!q)
        return q.error();
    QList<RuleState> out;
    while (q->next())
        out << stateFromQuery(q.value());
    return out;
}

Result<RuleState> AlertRepository::ruleState(const QString &ruleId)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + StateColumns +
                          QStringLiteral(" FROM ic_detection_rules WHERE rule_id = ?"),
                      {ruleId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(
            Error::Kind::NotFound,
            Tr::tr("The detection rule %1 is not known in this workspace.").arg(ruleId));
    return stateFromQuery(q.value());
}

Result<bool> AlertRepository::advance(const QString &ruleId, qint64 from, qint64 to,
                                      qint64 rowsRead, int alerts, qint64 elapsedMs,
                                      const QString &actor)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("UPDATE ic_detection_rules SET watermark = ?, status = 'ok', "
                                     "last_run_at = ?, last_run_by = ?, last_run_ms = ?, last_rows "
                                     "= ?, last_alerts = ?, last_error = '', failures = 0, "
                                     "updated_at = ? WHERE rule_id = ? AND watermark = ?"),
                      {to, Db::bindTime(m_db, m_now), text(actor), elapsedMs, rowsRead, alerts,
                       Db::bindTime(m_db, m_now), ruleId, from});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<void> AlertRepository::recordFailure(const QString &ruleId, const Error &error,
                                            qint64 elapsedMs, const QString &actor)
{
    return Db::transaction(m_db, [&]() -> Result<void> {
        auto u = Db::exec(m_db,
                          QStringLiteral("UPDATE ic_detection_rules SET status = 'failed', "
                                         "last_run_at = ?, last_run_by = ?, last_run_ms = ?, "
                                         "last_rows = 0, last_alerts = 0, last_error = ?, "
                                         "failures = failures + 1, updated_at = ? WHERE rule_id "
                                         "= ?"),
                          {Db::bindTime(m_db, m_now), text(actor), elapsedMs, text(error.message),
                           Db::bindTime(m_db, m_now), ruleId});
        if (!u)
            return u.error();
        auto i = Db::exec(m_db,
                          QStringLiteral("INSERT INTO ic_detection_failures (rule_id, failed_at, "
                                         "failed_by, message, detail) VALUES (?, ?, ?, ?, ?)"),
                          {ruleId, Db::bindTime(m_db, m_now), text(actor), text(error.message),
                           text(error.detail)});
        if (!i)
            return i.error();
        return success();
    });
}

Result<void> AlertRepository::resetWatermark(const QString &ruleId)
{
    // PostgreSQL: an admin's, through the server's function (store step
    // 52), which refuses anyone else with the reason.
    if (Db::isPostgres(m_db)) {
        auto r = Team::exec(m_db, QStringLiteral("SELECT ic_reset_rule(?)"), {ruleId});
        if (!r)
            return r.error();
        return success();
    }
    auto q = Db::exec(m_db,
                      QStringLiteral("UPDATE ic_detection_rules SET watermark = 0, updated_at = ? "
                                     "WHERE rule_id = ?"),
                      {Db::bindTime(m_db, m_now), ruleId});
    if (!q)
        return q.error();
    return success();
}

Result<int> AlertRepository::storeRows(qint64 alertId, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    // One statement for the whole list: an array (PostgreSQL) or JSON (SQLite).
    const bool pg = Db::isPostgres(m_db);
    auto q =
        Db::exec(m_db,
                 pg ? QStringLiteral("INSERT INTO ic_alert_rows (alert_id, audit_id) SELECT ?, "
                                     "unnest(CAST(? AS bigint[])) ON CONFLICT DO NOTHING")
                    : QStringLiteral("INSERT OR IGNORE INTO ic_alert_rows (alert_id, audit_id) "
                                     "SELECT ?, value FROM json_each(?)"),
                 {alertId, idsParameter(ids, pg)});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<qint64> AlertRepository::storedRows(qint64 alertId)
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT count(*) FROM ic_alert_rows WHERE alert_id = ?"),
                      {alertId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<RecordOutcome> AlertRepository::record(const Rule &rule, const QList<Detection> &detections)
{
    RecordOutcome outcome;
    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        for (const Detection &d : detections) {
            QStringList users = d.users, tenants = d.tenants, keys = d.apiKeys;
            addSubject(rule.subject, d.subject, users, tenants, keys);
            qint64 existing = 0;
            if (rule.groupSeconds > 0) {
                auto q = Db::exec(m_db,
                                  QStringLiteral("SELECT id, affected_users, affected_tenants, "
                                                 "affected_api_keys, matched_rows FROM ic_alerts "
                                                 "WHERE rule_id = ? AND subject = ? AND status = "
                                                 "'open' AND last_seen >= ? ORDER BY last_seen "
                                                 "DESC, id DESC LIMIT 1"),
                                  {rule.id, d.subject,
                                   Db::bindTime(m_db, d.firstSeen.addSecs(-rule.groupSeconds))});
                if (!q)
                    return q.error();
                if (q->next()) {
                    existing = q->value(0).toLongLong();
                    users = merged(fromJson(q->value(1)), users);
                    tenants = merged(fromJson(q->value(2)), tenants);
                    keys = merged(fromJson(q->value(3)), keys);
                    const qint64 matched = q->value(4).toLongLong();
                    auto stored = storedRows(existing);
                    if (!stored)
                        return stored.error();
                    const qint64 room = qMax<qint64>(0, MaxStoredRows - stored.value());
                    const QList<qint64> fit = d.rowIds.mid(0, room);
                    auto inserted = storeRows(existing, fit);
                    if (!inserted)
                        return inserted.error();
                    // Rows this detection adds; those past the cap are counted
                    // as new, which may count a repeated context row twice.
                    const qint64 added = inserted.value() + (d.rowIds.size() - fit.size()) +
                                         (d.matchedRows - d.rowIds.size());
                    auto u = Db::exec(
                        m_db,
                        QStringLiteral(
                            "UPDATE ic_alerts SET detections = detections + 1, "
                            "first_seen = CASE WHEN first_seen < ? THEN first_seen ELSE ? END, "
                            "last_seen = CASE WHEN last_seen > ? THEN last_seen ELSE ? END, "
                            "matched_rows = ?, measure = CASE WHEN measure > ? THEN measure "
                            "ELSE ? END, affected_users = ?, affected_tenants = ?, "
                            "affected_api_keys = ?, severity = ?, updated_at = ?, version = "
                            "version + 1 WHERE id = ?"),
                        {Db::bindTime(m_db, d.firstSeen), Db::bindTime(m_db, d.firstSeen),
                         Db::bindTime(m_db, d.lastSeen), Db::bindTime(m_db, d.lastSeen),
                         matched + added, d.measure, d.measure, toJson(users), toJson(tenants),
                         toJson(keys), severityCode(rule.severity), Db::bindTime(m_db, m_now),
                         existing});
                    if (!u)
                        return u.error();
                    ++outcome.grouped;
                    continue;
                }
            }
            auto ins = Db::exec(
                m_db,
                QStringLiteral("INSERT INTO ic_alerts (rule_id, rule_name, description, severity, "
                               "playbook, subject_kind, subject, window_seconds, aggregate, "
                               "threshold, measure, status, first_seen, last_seen, detections, "
                               "matched_rows, affected_users, affected_tenants, "
                               "affected_api_keys, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, 'open', ?, ?, 1, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {rule.id, rule.name, text(rule.description), severityCode(rule.severity),
                 text(rule.playbook), RuleFile::subjectCode(rule.subject), d.subject,
                 rule.windowSeconds,
                 rule.isWindowed() ? RuleFile::aggregateCode(rule.aggregate) : QStringLiteral(""),
                 rule.isWindowed() ? rule.threshold.text() : QStringLiteral(""), d.measure,
                 Db::bindTime(m_db, d.firstSeen), Db::bindTime(m_db, d.lastSeen), d.matchedRows,
                 toJson(users), toJson(tenants), toJson(keys), Db::bindTime(m_db, m_now),
                 Db::bindTime(m_db, m_now)});
            if (!ins)
                return ins.error();
            if (!ins->next())
                return Error::make(Error::Kind::General, Tr::tr("A new alert got no number."));
            const qint64 id = ins->value(0).toLongLong();
            auto stored = storeRows(id, d.rowIds.mid(0, MaxStoredRows));
            if (!stored)
                return stored.error();
            ++outcome.newAlerts;
        }
        return success();
    });
    if (!r)
        return r.error();
    return outcome;
}

Alert AlertRepository::fromQuery(const QSqlQuery &q) const
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.ruleId = q.value(1).toString();
    a.ruleName = q.value(2).toString();
    a.description = q.value(3).toString();
    a.severity = severityFromCode(q.value(4).toString()).value_or(Severity::P2);
    a.playbook = q.value(5).toString();
    a.subjectKind = RuleFile::subjectFromCode(q.value(6).toString()).value_or(RuleSubject::User);
    a.subject = q.value(7).toString();
    a.windowSeconds = q.value(8).toLongLong();
    a.aggregate = q.value(9).toString();
    a.threshold = q.value(10).toString();
    a.measure = q.value(11).toDouble();
    a.status = AlertText::statusFromCode(q.value(12).toString()).value_or(AlertStatus::Open);
    a.firstSeen = Db::readTime(q.value(13));
    a.lastSeen = Db::readTime(q.value(14));
    a.detections = q.value(15).toInt();
    a.matchedRows = q.value(16).toLongLong();
    a.affectedUsers = fromJson(q.value(17));
    a.affectedTenants = fromJson(q.value(18));
    a.affectedApiKeys = fromJson(q.value(19));
    a.createdAt = Db::readTime(q.value(20));
    a.updatedAt = Db::readTime(q.value(21));
    a.incidentId = q.value(22).toString();
    a.resolvedBy = q.value(23).toString();
    a.resolvedAt = Db::readTime(q.value(24));
    a.dismissReason = q.value(25).toString();
    a.version = q.value(26).toInt();
    a.incidentRef = q.value(27).toString();
    return a;
}

Result<QList<Alert>> AlertRepository::list(const QList<AlertStatus> &statuses, int limit)
{
    QString where;
    QVariantList params;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (AlertStatus s : statuses) {
            marks << QStringLiteral("?");
            params << AlertText::statusCode(s);
        }
        where = QStringLiteral(" WHERE a.status IN (") + marks.join(QStringLiteral(", ")) +
                QLatin1Char(')');
    }
    params << qMax(1, limit);
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + AlertColumns +
                          QStringLiteral(" FROM ic_alerts a LEFT JOIN ic_incidents i ON i.id = "
                                         "a.incident_id") +
                          where + QStringLiteral(" ORDER BY a.last_seen DESC, a.id DESC LIMIT ?"),
                      params);
    if (!q)
        return q.error();
    QList<Alert> out;
    while (q->next())
        out << fromQuery(q.value());
    return out;
}

Result<Alert> AlertRepository::get(qint64 id)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + AlertColumns +
                          QStringLiteral(" FROM ic_alerts a LEFT JOIN ic_incidents i ON i.id = "
                                         "a.incident_id WHERE a.id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("Alert %1 does not exist in this workspace.").arg(id));
    return fromQuery(q.value());
}

Result<QList<qint64>> AlertRepository::rowIds(qint64 alertId)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT audit_id FROM ic_alert_rows WHERE alert_id = ? ORDER "
                                     "BY audit_id"),
                      {alertId});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QList<AlertRow>> AlertRepository::rows(qint64 alertId, int limit)
{
    // The audit rows live beside the alerts (the workspace is the audit source).
    auto q = Db::exec(
        m_db,
        Db::isPostgres(m_db)
            ? QStringLiteral("SELECT l.id, l.timestamp, l.event, l.user_id, l.tenant_id, "
                             "l.api_key_id, host(l.ip), l.query, l.metadata::text FROM "
                             "ic_alert_rows r JOIN audit_logs l ON l.id = r.audit_id WHERE "
                             "r.alert_id = ? ORDER BY l.timestamp, l.id LIMIT ?")
            : QStringLiteral("SELECT l.id, l.timestamp, l.event, l.user_id, l.tenant_id, "
                             "l.api_key_id, l.ip, l.query, l.metadata FROM ic_alert_rows r JOIN "
                             "audit_logs l ON l.id = r.audit_id WHERE r.alert_id = ? ORDER BY "
                             "l.timestamp, l.id LIMIT ?"),
        {alertId, qMax(1, limit)});
    if (!q)
        return q.error();
    return alertRows(q.value());
}

Result<QList<AlertRow>> AlertRepository::auditRows(QSqlDatabase audit, const QList<qint64> &ids,
                                                   int limit)
{
    if (ids.isEmpty())
        return QList<AlertRow>();
    const bool pg = Db::isPostgres(audit);
    auto q = Db::exec(
        audit,
        pg ? QStringLiteral("SELECT id, timestamp, event, user_id, tenant_id, api_key_id, "
                            "host(ip), query, metadata::text FROM audit_logs WHERE id = "
                            "ANY(CAST(? AS bigint[])) ORDER BY timestamp, id LIMIT ?")
           : QStringLiteral("SELECT id, timestamp, event, user_id, tenant_id, api_key_id, ip, "
                            "query, metadata FROM audit_logs WHERE id IN (SELECT value FROM "
                            "json_each(?)) ORDER BY timestamp, id LIMIT ?"),
        {idsParameter(ids, pg), qMax(1, limit)});
    if (!q)
        return q.error();
    return alertRows(q.value());
}

Result<void> AlertRepository::validateReason(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Say why the alert is dismissed (for example \"known bulk export "
                                  "by the billing job\"). The alert was not dismissed."));
    if (r.size() > 500)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The reason is longer than 500 characters; keep it to a sentence "
                                  "or two. The alert was not dismissed."));
    for (const QChar c : r) {
        if (c == QChar::Null || (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
                                 c != QLatin1Char('\t')))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The reason contains a control character that cannot be "
                                      "stored; remove it. The alert was not dismissed."));
    }
    return success();
}

Result<Alert> AlertRepository::dismiss(qint64 id, int version, const QString &reason,
                                       const QString &actor)
{
    if (auto v = validateReason(reason); !v)
        return v.error();
    auto q = Db::exec(m_db,
                      QStringLiteral("UPDATE ic_alerts SET status = 'dismissed', dismiss_reason = "
                                     "?, resolved_by = ?, resolved_at = ?, updated_at = ?, version "
                                     "= version + 1 WHERE id = ? AND version = ? AND status = "
                                     "'open'"),
                      {reason.trimmed(), text(actor), Db::bindTime(m_db, m_now),
                       Db::bindTime(m_db, m_now), id, version});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return changedMeanwhile(id);
    return get(id);
}

Result<Alert> AlertRepository::claim(qint64 id, int version, const QString &actor)
{
    // A claim left by a promotion that never finished (the app closed) can be
    // taken over: the status alone does not block, the version does.
    auto q =
        Db::exec(m_db,
                 QStringLiteral("UPDATE ic_alerts SET status = 'promoting', resolved_by = ?, "
                                "resolved_at = ?, updated_at = ?, version = version + 1 WHERE "
                                "id = ? AND version = ? AND status IN ('open', 'promoting')"),
                 {text(actor), Db::bindTime(m_db, m_now), Db::bindTime(m_db, m_now), id, version});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return changedMeanwhile(id);
    return get(id);
}

Result<void> AlertRepository::release(qint64 id)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("UPDATE ic_alerts SET status = 'open', resolved_by = '', "
                                     "resolved_at = NULL, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND status = 'promoting'"),
                      {Db::bindTime(m_db, m_now), id});
    if (!q)
        return q.error();
    return success();
}

Result<Alert> AlertRepository::markPromoted(qint64 id, const QString &incidentId,
                                            const QString &actor)
{
    auto q = Db::exec(
        m_db,
        QStringLiteral("UPDATE ic_alerts SET status = 'promoted', incident_id = ?, "
                       "resolved_by = ?, resolved_at = ?, updated_at = ?, version = "
                       "version + 1 WHERE id = ? AND status = 'promoting'"),
        {incidentId, text(actor), Db::bindTime(m_db, m_now), Db::bindTime(m_db, m_now), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return changedMeanwhile(id);
    return get(id);
}

} // namespace ic
