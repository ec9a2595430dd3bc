#include "models/audit/AuditQueries.h"

#include "models/audit/AuditLogging.h"
#include "models/audit/AuditPartitions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ic::AuditQueries {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditQueries)
};

bool isPg(const CompiledFilter &f)
{
    return f.engine == Db::Engine::Postgres;
}

QString whereClause(const CompiledFilter &f, QStringList extra = {})
{
    QStringList parts;
    if (!f.where.isEmpty())
        parts << f.where;
    if (f.matchesNothing)
        parts << (isPg(f) ? QStringLiteral("false") : QStringLiteral("0"));
    parts << extra;
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

QString selectColumns(Db::Engine)
{
    // The same list on both engines; PostgreSQL's text output keeps the
    // timestamp's microseconds and prints inet without a host prefix.
    return QStringLiteral(
        "id, timestamp, event, user_id, tenant_id, api_key_id, ip, query, metadata");
}

SqlStatement pageStatement(const CompiledFilter &f, const PageRequest &r)
{
    const bool pg = isPg(f);
    const bool desc = f.descending != r.backward;
    QStringList extra;
    QVariantList params = f.params;
    if (!r.from.isEmpty()) {
        extra << (pg ? QStringLiteral("timestamp >= CAST(? AS timestamptz)")
                     : QStringLiteral("timestamp >= ?"));
        params << r.from;
    }
    if (!r.before.isEmpty()) {
        extra << (pg ? QStringLiteral("timestamp < CAST(? AS timestamptz)")
                     : QStringLiteral("timestamp < ?"));
        params << r.before;
    }
    if (r.key.isValid()) {
        QString op = desc ? QStringLiteral("<") : QStringLiteral(">");
        if (r.inclusive)
            op += QLatin1Char('=');
        extra << (pg ? QStringLiteral(
                           "(timestamp, id) %1 (CAST(? AS timestamptz), CAST(? AS bigint))")
                     : QStringLiteral("(timestamp, id) %1 (?, ?)"))
                     .arg(op);
        params << r.key.time << r.key.id;
    }
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT ") +
                  (r.keysOnly ? QStringLiteral("timestamp, id") : selectColumns(f.engine)) +
                  QStringLiteral(" FROM audit_logs") + whereClause(f, extra) +
                  QStringLiteral(" ORDER BY timestamp %1, id %1 LIMIT ?").arg(dir);
    params << r.limit;
    if (r.offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        params << r.offset;
    }
    return {AuditSql::forEngine(sql, f.engine), params};
}

AuditRow rowFromValues(const QVariantList &v)
{
    AuditRow row;
    row.id = v.value(0).toLongLong();
    row.time = text(v.value(1));
    row.timeMs = AuditTime::parseMs(row.time);
    row.timeText = AuditTime::localText(row.timeMs);
    row.event = text(v.value(2));
    row.userId = text(v.value(3));
    row.tenantId = text(v.value(4));
    row.apiKeyId = text(v.value(5));
    row.ip = text(v.value(6));
    row.query = text(v.value(7));
    row.metadata = text(v.value(8));
    return row;
}

Result<QList<AuditRow>> fetchPage(QSqlDatabase &db, const CompiledFilter &f, const PageRequest &r,
                                  AuditCanceller *canceller, SqlStatement *ran,
                                  const AuditRelation *relation)
{
    if (relation && relation->windowed() && isPg(f) && !f.matchesNothing)
        return AuditPartitions::fetchPage(db, f, r, *relation, canceller, ran);
    const SqlStatement st = pageStatement(f, r);
    if (ran)
        *ran = st;
    auto result = AuditSql::query(db, st.sql, st.params, canceller);
    if (!result)
        return result.error();
    QList<AuditRow> rows;
    rows.reserve(result->rows.size());
    for (const QVariantList &values : std::as_const(result->rows))
        rows << rowFromValues(values);
    if (r.backward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<qint64> planRows(QSqlDatabase &db, const QString &where, const QVariantList &params,
                        AuditCanceller *c)
{
    auto r = AuditSql::query(db,
                             QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM audit_logs") +
                                 (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                             params, c);
    if (!r)
        return r.error();
    if (r->rows.isEmpty())
        return qint64(0);
    const QJsonDocument doc = QJsonDocument::fromJson(r->rows.first().value(0).toString().toUtf8());
    const double rows = doc.array()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("Plan"))
                            .toObject()
                            .value(QStringLiteral("Plan Rows"))
                            .toDouble();
    return qint64(std::llround(rows));
}

namespace {

Result<qint64> estimatePostgres(QSqlDatabase &db, const CompiledFilter &f, AuditCanceller *c)
{
    QString where = f.where;
    if (f.matchesNothing)
        where = where.isEmpty() ? QStringLiteral("false") : where + QStringLiteral(" AND false");
    return planRows(db, where, f.params, c);
}

// SQLite has no row estimate to ask for, so: the table's size from
// sqlite_stat1 (ANALYZE) or the rowid span, times the share each condition
// keeps: rows per value of the condition's index, the overlap of the time
// range with the stored span, and fixed guesses for text and metadata.
Result<qint64> estimateSqlite(QSqlDatabase &db, const CompiledFilter &f, AuditCanceller *c)
{
    qint64 total = -1;
    QHash<QString, double> perValue; // column -> average rows per value
    auto stats = AuditSql::query(
        db,
        QStringLiteral("SELECT s.stat, i.name FROM sqlite_stat1 AS s "
                       "LEFT JOIN pragma_index_list('audit_logs') AS l ON l.name = s.idx "
                       "LEFT JOIN pragma_index_info(s.idx) AS i ON i.seqno = 0 "
                       "WHERE s.tbl = 'audit_logs'"),
        {}, c);
    if (stats) {
        for (const QVariantList &row : std::as_const(stats->rows)) {
            const QStringList parts = row.value(0).toString().split(QLatin1Char(' '));
            const qint64 n = parts.value(0).toLongLong();
            total = qMax(total, n);
            if (parts.size() > 1 && !row.value(1).isNull())
                perValue.insert(row.value(1).toString(), parts.value(1).toDouble());
        }
    } else if (stats.error().kind == Error::Kind::Cancelled) {
        return stats.error();
    }
    if (total < 0) {
        auto span =
            AuditSql::query(db, QStringLiteral("SELECT min(id), max(id) FROM audit_logs"), {}, c);
        if (!span)
            return span.error();
        const QVariantList row = span->rows.value(0);
        total =
            row.value(0).isNull() ? 0 : row.value(1).toLongLong() - row.value(0).toLongLong() + 1;
    }
    if (total <= 0)
        return qint64(0);
    double share = 1.0;
    for (const QString &column : f.equalColumns)
        share *=
            perValue.contains(column) ? qMin(1.0, perValue.value(column) / double(total)) : 0.001;
    if (f.from.isValid() || f.to.isValid()) {
        auto first = AuditSql::query(
            db, QStringLiteral("SELECT timestamp FROM audit_logs ORDER BY timestamp ASC LIMIT 1"),
            {}, c);
        auto last = AuditSql::query(
            db, QStringLiteral("SELECT timestamp FROM audit_logs ORDER BY timestamp DESC LIMIT 1"),
            {}, c);
        if (!first)
            return first.error();
        if (!last)
            return last.error();
        const qint64 lo = AuditTime::parseMs(first->rows.value(0).value(0).toString());
        const qint64 hi = AuditTime::parseMs(last->rows.value(0).value(0).toString());
        if (hi > lo) {
            const qint64 from = f.from.isValid() ? qMax(lo, f.from.toMSecsSinceEpoch()) : lo;
            const qint64 to = f.to.isValid() ? qMin(hi, f.to.toMSecsSinceEpoch()) : hi;
            share *= to <= from ? 0.0 : double(to - from) / double(hi - lo);
        }
    }
    if (f.ipNetwork)
        share *= 0.05;
    if (f.text)
        share *= 0.05;
    if (f.metadata)
        share *= 0.02;
    return qint64(std::llround(double(total) * share));
}

} // namespace

Result<qint64> estimate(QSqlDatabase &db, const CompiledFilter &f, AuditCanceller *c,
                        const AuditRelation *relation)
{
    if (f.matchesNothing)
        return qint64(0);
    Result<qint64> r = qint64(-1);
    if (relation && relation->windowed() && isPg(f)) {
        r = AuditPartitions::estimate(db, f, *relation, c);
        if (!r)
            return r;
    }
    if (r.value() < 0)
        r = isPg(f) ? estimatePostgres(db, f, c) : estimateSqlite(db, f, c);
    if (!r)
        return r;
    return f.limit > 0 ? qMin<qint64>(r.value(), f.limit) : r.value();
}

Result<qint64> exactCount(QSqlDatabase &db, const CompiledFilter &f, AuditCanceller *c)
{
    if (f.matchesNothing)
        return qint64(0);
    QString sql;
    QVariantList params = f.params;
    if (f.limit > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_logs") + whereClause(f) +
              QStringLiteral(" LIMIT ?) AS t");
        params << f.limit;
    } else {
        sql = QStringLiteral("SELECT count(*) FROM audit_logs") + whereClause(f);
    }
    auto r = AuditSql::query(db, sql, params, c);
    if (!r)
        return r.error();
    return r->rows.value(0).value(0).toLongLong();
}

Result<qint64> buildIndex(QSqlDatabase &db, const CompiledFilter &f, AuditCanceller *c,
                          const std::function<void(const QList<AuditKey> &)> &raw,
                          const AuditKey &resume, qint64 resumeRow)
{
    if (f.matchesNothing)
        return qint64(0);
    const bool pg = isPg(f);
    const QString dir = f.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantList params = f.params;
    QStringList extra;
    if (resume.isValid()) {
        // From the resumed key on, itself included: it is row 1 again, so the
        // stride lands on the same rows as before; the key itself is dropped.
        extra << (pg ? QStringLiteral(
                           "(timestamp, id) %1= (CAST(? AS timestamptz), CAST(? AS bigint))")
                     : QStringLiteral("(timestamp, id) %1= (?, ?)"))
                     .arg(f.descending ? QLatin1Char('<') : QLatin1Char('>'));
        params << resume.time << resume.id;
    }
    QString sql = QStringLiteral("SELECT timestamp, id FROM (SELECT timestamp, id, row_number() "
                                 "OVER (ORDER BY timestamp %1, id %1) AS rn FROM audit_logs")
                      .arg(dir) +
                  whereClause(f, extra) +
                  QStringLiteral(") AS s WHERE rn % %1 = 1").arg(CheckpointStride);
    if (f.limit > 0) {
        sql += QStringLiteral(" AND rn <= ?");
        params << qMax<qint64>(0, f.limit - resumeRow);
    }
    bool skipFirst = resume.isValid();
    const auto batch = [&](QList<AuditKey> keys) {
        if (skipFirst && !keys.isEmpty()) {
            skipFirst = false;
            keys.removeFirst();
        }
        if (!keys.isEmpty())
            raw(keys);
    };
    sql += QStringLiteral(" ORDER BY rn");
    constexpr int Batch = 4096;
    qint64 total = 0;
    if (pg) {
        // A cursor hands the keys over in batches while the server walks on.
        if (auto b = AuditSql::command(db, QStringLiteral("BEGIN READ ONLY"), {}, c); !b)
            return b.error();
        auto rollback = [&] { (void)AuditSql::command(db, QStringLiteral("ROLLBACK")); };
        if (auto d = AuditSql::command(
                db, QStringLiteral("DECLARE ic_audit_index NO SCROLL CURSOR FOR ") + sql, params,
                c);
            !d) {
            rollback();
            return d.error();
        }
        for (;;) {
            auto r = AuditSql::query(
                db, QStringLiteral("FETCH FORWARD %1 FROM ic_audit_index").arg(Batch), {}, c);
            if (!r) {
                rollback();
                return r.error();
            }
            QList<AuditKey> keys;
            keys.reserve(r->rows.size());
            for (const QVariantList &row : std::as_const(r->rows))
                keys << AuditKey{row.value(0).toString(), row.value(1).toLongLong()};
            total += keys.size();
            if (!keys.isEmpty())
                batch(keys);
            if (r->rows.size() < Batch)
                break;
        }
        if (auto e = AuditSql::command(db, QStringLiteral("COMMIT"), {}, c); !e) {
            rollback();
            return e.error();
        }
        return total;
    }

    if (auto p = AuditSql::prepareConnection(db); !p)
        return p.error();
    AuditCancelScope scope(c, db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return AuditSql::statementError(q.lastError().text(), false, c,
                                        Tr::tr("Indexing the audit result failed."));
    for (const QVariant &p : std::as_const(params))
        q.addBindValue(
            p.typeId() == QMetaType::QDateTime ? QVariant(Db::sqliteTimeText(p.toDateTime())) : p);
    if (!q.exec())
        return AuditSql::statementError(q.lastError().text(), false, c,
                                        Tr::tr("Indexing the audit result failed."));
    QList<AuditKey> keys;
    while (q.next()) {
        keys << AuditKey{q.value(0).toString(), q.value(1).toLongLong()};
        if (keys.size() == Batch) {
            total += keys.size();
            batch(keys);
            keys.clear();
        }
    }
    if (q.lastError().isValid())
        return AuditSql::statementError(q.lastError().text(), false, c,
                                        Tr::tr("Indexing the audit result failed."));
    if (!keys.isEmpty()) {
        total += keys.size();
        batch(keys);
    }
    return total;
}

Result<AuditCatalog> catalog(QSqlDatabase &db, AuditCanceller *c)
{
    AuditCatalog out;
    const bool pg = Db::isPostgres(db);
    // A loose index scan: one index probe per distinct event, not a table scan.
    auto events = AuditSql::query(
        db,
        QStringLiteral("WITH RECURSIVE e(v, n) AS (SELECT min(event), 1 FROM audit_logs UNION ALL "
                       "SELECT (SELECT min(event) FROM audit_logs WHERE event > e.v), e.n + 1 "
                       "FROM e WHERE e.v IS NOT NULL AND e.n < 500) "
                       "SELECT v FROM e WHERE v IS NOT NULL"),
        {}, c);
    if (!events)
        return events.error();
    for (const QVariantList &row : std::as_const(events->rows))
        out.events << row.value(0).toString();

    auto newest = AuditSql::query(
        db, QStringLiteral("SELECT timestamp FROM audit_logs ORDER BY timestamp DESC LIMIT 1"), {},
        c);
    if (!newest)
        return newest.error();
    if (newest->rows.isEmpty()) {
        out.metadataKeysKnown = true;
        return out;
    }
    const qint64 newestMs = AuditTime::parseMs(newest->rows.first().value(0).toString());
    const QDateTime dayBefore = QDateTime::fromMSecsSinceEpoch(newestMs - 86'400'000, Qt::UTC);
    // Keys of the newest day's rows, and of a sample spread over the table.
    // A sample across the table: TABLESAMPLE where audit_logs is a table; a
    // view (a DBA's, over the platform's own table) cannot be sampled, so
    // there rows by random ids, through the base table's primary key.
    QString sample = QStringLiteral(
        "SELECT metadata FROM audit_logs TABLESAMPLE SYSTEM (0.1) REPEATABLE (7) LIMIT 20000");
    if (pg) {
        auto kind = AuditSql::query(db,
                                    QStringLiteral("SELECT relkind::text FROM pg_class WHERE oid = "
                                                   "to_regclass('audit_logs')"),
                                    {}, c);
        if (!kind)
            return kind.error();
        const QString k = kind->rows.value(0).value(0).toString();
        if (k != QLatin1String("r") && k != QLatin1String("p") && k != QLatin1String("m"))
            sample = QStringLiteral(
                "SELECT metadata FROM audit_logs WHERE id = ANY(ARRAY(SELECT s.lo + "
                "CAST(floor(random() * (s.hi - s.lo + 1)) AS bigint) FROM (SELECT min(id) AS lo, "
                "max(id) AS hi FROM audit_logs) AS s, generate_series(1, 2000))) LIMIT 20000");
    }
    Result<AuditSqlResult> keys =
        pg ? AuditSql::query(
                 db,
                 QStringLiteral(
                     "SELECT DISTINCT k FROM ("
                     "(SELECT metadata FROM audit_logs WHERE timestamp >= CAST(? AS timestamptz) "
                     "ORDER BY timestamp DESC LIMIT 300000) UNION ALL (") +
                     sample +
                     QStringLiteral(
                         ")) AS s, jsonb_object_keys(CASE WHEN jsonb_typeof(s.metadata) = "
                         "'object' THEN s.metadata ELSE '{}'::jsonb END) AS k ORDER BY k LIMIT "
                         "2000"),
                 {dayBefore}, c)
           : [&]() -> Result<AuditSqlResult> {
        auto span =
            AuditSql::query(db, QStringLiteral("SELECT min(id), max(id) FROM audit_logs"), {}, c);
        if (!span)
            return span.error();
        const qint64 lo = span->rows.value(0).value(0).toLongLong();
        const qint64 width = qMax<qint64>(1, span->rows.value(0).value(1).toLongLong() - lo + 1);
        return AuditSql::query(
            db,
            QStringLiteral(
                "SELECT DISTINCT j.key FROM ("
                "SELECT metadata FROM (SELECT metadata FROM audit_logs WHERE timestamp >= ? "
                "ORDER BY timestamp DESC LIMIT 300000) UNION ALL "
                "SELECT metadata FROM audit_logs WHERE id IN (WITH RECURSIVE r(n) AS "
                "(SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 2000) "
                "SELECT ? + abs(random() % ?) FROM r)) AS s, "
                "json_each(CASE WHEN json_valid(s.metadata) AND json_type(s.metadata) = "
                "'object' THEN s.metadata ELSE '{}' END) AS j ORDER BY j.key LIMIT 2000"),
            {dayBefore, lo, width}, c);
    }();
    if (!keys)
        return keys.error();
    for (const QVariantList &row : std::as_const(keys->rows))
        out.metadataKeys << row.value(0).toString();
    out.metadataKeysKnown = true;
    return out;
}

Result<bool> hasAuditTable(QSqlDatabase &db)
{
    auto r = AuditSql::query(
        db, Db::isPostgres(db)
                ? QStringLiteral("SELECT to_regclass('audit_logs') IS NOT NULL")
                : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = 'audit_logs'"));
    if (!r)
        return r.error();
    const QString v = r->rows.value(0).value(0).toString();
    return v == QLatin1String("t") || v == QLatin1String("1");
}

} // namespace ic::AuditQueries
