#include "models/audit/AuditPartitions.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditPartitions)
};

constexpr qint64 Open = std::numeric_limits<qint64>::max();
// Windows read in one statement at most: the planner still prunes to these.
constexpr int MaxSpan = 32;

bool isTrue(const QVariant &v)
{
    const QString s = v.toString();
    return s == QLatin1String("t") || s == QLatin1String("true") || s == QLatin1String("1");
}

} // namespace

int AuditRelation::windowOf(qint64 us) const
{
    const auto it = std::upper_bound(edges.cbegin(), edges.cend(), us,
                                     [](qint64 v, const Edge &e) { return v < e.us; });
    return int(it - edges.cbegin());
}

double AuditRelation::totalRows() const
{
    double sum = otherRows;
    for (double r : rows)
        sum += r;
    return sum;
}

QString AuditRelation::describe() const
{
    QString what;
    switch (kind) {
    case Kind::Table:
        what = Tr::tr("a table");
        break;
    case Kind::Partitioned:
        what = windowed()
                   ? Tr::tr("a table partitioned by time (%n partition(s))", nullptr, partitions)
                   : Tr::tr("a partitioned table (%n partition(s))", nullptr, partitions);
        break;
    case Kind::View:
        what = Tr::tr("a view");
        break;
    case Kind::Other:
        what = Tr::tr("a relation that is neither a table nor a view");
        break;
    }
    return hotStandby ? Tr::tr("%1 on a hot standby").arg(what) : what;
}

namespace AuditPartitions {

Result<AuditRelation> read(QSqlDatabase &db, AuditCanceller *c)
{
    AuditRelation out;
    if (!Db::isPostgres(db))
        return out;
    auto head =
        AuditSql::query(db,
                        QStringLiteral("SELECT c.relkind::text, pg_is_in_recovery(), "
                                       "COALESCE(pg_get_partkeydef(c.oid), '') FROM "
                                       "pg_class c WHERE c.oid = to_regclass('audit_logs')"),
                        {}, c);
    if (!head)
        return head.error();
    if (head->rows.isEmpty())
        return out;
    const QVariantList h = head->rows.first();
    const QString relkind = h.value(0).toString();
    out.hotStandby = isTrue(h.value(1));
    out.kind = relkind == QLatin1String("r")   ? AuditRelation::Kind::Table
               : relkind == QLatin1String("p") ? AuditRelation::Kind::Partitioned
               : relkind == QLatin1String("v") ? AuditRelation::Kind::View
                                               : AuditRelation::Kind::Other;
    if (out.kind != AuditRelation::Kind::Partitioned)
        return out;
    // Only a range on the time column itself gives time windows.
    const QString key = h.value(2).toString().simplified();
    const bool byTime =
        key == QLatin1String("RANGE (\"timestamp\")") || key == QLatin1String("RANGE (timestamp)");
    // Each first-level partition's bounds (the server's own text, read back
    // as timestamptz) and the planner's rows of its leaves.
    auto parts = AuditSql::query(
        db,
        QStringLiteral(
            "WITH parts AS (SELECT p.oid, regexp_match(pg_get_expr(p.relpartbound, p.oid), "
            "'^FOR VALUES FROM \\((MINVALUE|''[^'']*'')\\) TO \\((MAXVALUE|''[^'']*'')\\)$') "
            "AS m FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhrelid WHERE i.inhparent = "
            "to_regclass('audit_logs')), "
            "b AS (SELECT oid, m IS NOT NULL AS bounded, CASE WHEN m[1] LIKE '''%' THEN "
            "CAST(btrim(m[1], '''') AS timestamptz) END AS lo, CASE WHEN m[2] LIKE '''%' THEN "
            "CAST(btrim(m[2], '''') AS timestamptz) END AS hi FROM parts) "
            "SELECT b.bounded, CAST(floor(extract(epoch FROM b.lo) * 1000000) AS bigint), "
            "b.lo::text, CAST(floor(extract(epoch FROM b.hi) * 1000000) AS bigint), b.hi::text, "
            "t.n, t.rows, t.unanalyzed FROM b, LATERAL (SELECT count(*) AS n, "
            "COALESCE(sum(GREATEST(l.reltuples, 0)), 0) AS rows, COALESCE(bool_or(l.reltuples < "
            "0), false) AS unanalyzed FROM pg_partition_tree(b.oid) pt JOIN pg_class l ON l.oid "
            "= pt.relid WHERE pt.isleaf) t"),
        {}, c);
    if (!parts)
        return parts.error();
    std::map<qint64, QString> edges;
    struct Part
    {
        bool bounded;
        qint64 lo, hi;
        double rows;
    };
    QList<Part> list;
    for (const QVariantList &row : std::as_const(parts->rows)) {
        const bool bounded = byTime && isTrue(row.value(0));
        const qint64 lo = row.value(1).isNull() ? -Open : row.value(1).toLongLong();
        const qint64 hi = row.value(3).isNull() ? Open : row.value(3).toLongLong();
        if (bounded && !row.value(1).isNull())
            edges.emplace(lo, row.value(2).toString());
        if (bounded && !row.value(3).isNull())
            edges.emplace(hi, row.value(4).toString());
        out.partitions += row.value(5).toInt();
        out.analyzed = out.analyzed && !isTrue(row.value(7));
        list << Part{bounded, lo, hi, row.value(6).toDouble()};
    }
    for (const auto &[us, text] : edges)
        out.edges << AuditRelation::Edge{us, text};
    out.rows = QList<double>(out.windowCount(), 0.0);
    for (const Part &p : std::as_const(list)) {
        if (p.bounded)
            out.rows[out.windowOf(p.lo == -Open ? std::numeric_limits<qint64>::min() : p.lo)] +=
                p.rows;
        else
            out.otherRows += p.rows;
    }
    return out;
}

Result<QList<AuditRow>> fetchPage(QSqlDatabase &db, const CompiledFilter &f,
                                  const AuditQueries::PageRequest &r, const AuditRelation &rel,
                                  AuditCanceller *c, SqlStatement *ran)
{
    const int count = rel.windowCount();
    auto lo = [&](int w) { return w == 0 ? -Open : rel.edges.at(w - 1).us; };
    auto hi = [&](int w) { return w == count - 1 ? Open : rel.edges.at(w).us; };
    // Reading towards older rows?
    const bool older = f.descending != r.backward;
    int w = older ? count - 1 : 0;
    if (r.key.isValid()) {
        const std::optional<qint64> us = AuditTime::parseUs(r.key.time);
        if (!us) // not a time we can place: one statement over everything
            return AuditQueries::fetchPage(db, f, r, c, ran);
        w = rel.windowOf(*us);
    }
    // The filter's own range: windows outside it hold nothing for it.
    const qint64 fromUs = f.from.isValid() ? f.from.toMSecsSinceEpoch() * 1000 : -Open;
    const qint64 toUs = f.to.isValid() ? f.to.toMSecsSinceEpoch() * 1000 : Open;
    if (older) {
        while (w > 0 && lo(w) >= toUs)
            --w;
    } else {
        while (w < count - 1 && hi(w) <= fromUs)
            ++w;
    }

    AuditQueries::PageRequest q = r;
    q.offset = 0;
    q.backward = r.backward;
    int skip = r.offset;
    QList<AuditRow> out;
    bool first = true;
    int span = 1;
    if (!r.key.isValid() && older) {
        // The newest rows: today's window and the (empty) ones pg_partman
        // made ahead, in one statement.
        const int today = rel.windowOf(QDateTime::currentMSecsSinceEpoch() * 1000);
        span = qBound(1, w - today + 1, MaxSpan);
    }
    auto run = [&](const AuditQueries::PageRequest &request) {
        const SqlStatement st = AuditQueries::pageStatement(f, request);
        if (ran && first)
            *ran = st;
        first = false;
        return AuditSql::query(db, st.sql, st.params, c);
    };
    while (w >= 0 && w < count && out.size() < r.limit) {
        const int a = older ? qMax(0, w - span + 1) : w;
        const int b = older ? w : qMin(count - 1, w + span - 1);
        if ((older && hi(b) <= fromUs) || (!older && lo(a) >= toUs))
            break; // past the filter's range
        q.from = a == 0 ? QString() : rel.edges.at(a - 1).text;
        q.before = b == count - 1 ? QString() : rel.edges.at(b).text;
        w = older ? a - 1 : b + 1;
        span = qMin(span * 2, MaxSpan);
        if (skip > 0) {
            // The rows before the page: their keys only.
            AuditQueries::PageRequest k = q;
            k.keysOnly = true;
            k.limit = skip;
            auto keys = run(k);
            if (!keys)
                return keys.error();
            if (!keys->rows.isEmpty()) {
                const QVariantList &last = keys->rows.constLast();
                q.key = AuditKey{last.value(0).toString(), last.value(1).toLongLong()};
                q.inclusive = false;
                skip -= int(keys->rows.size());
            }
            if (skip > 0)
                continue; // the page starts in a later window
        }
        q.limit = r.limit - int(out.size());
        auto rows = run(q);
        if (!rows)
            return rows.error();
        for (const QVariantList &values : std::as_const(rows->rows))
            out << AuditQueries::rowFromValues(values);
        if (!out.isEmpty()) {
            q.key = out.constLast().key();
            q.inclusive = false;
        }
    }
    if (r.backward)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<qint64> estimate(QSqlDatabase &db, const CompiledFilter &f, const AuditRelation &rel,
                        AuditCanceller *c)
{
    if (!rel.analyzed)
        return qint64(-1);
    const int count = rel.windowCount();
    auto lo = [&](int w) { return w == 0 ? -Open : rel.edges.at(w - 1).us; };
    auto hi = [&](int w) { return w == count - 1 ? Open : rel.edges.at(w).us; };
    const qint64 fromUs = f.from.isValid() ? f.from.toMSecsSinceEpoch() * 1000 : -Open;
    const qint64 toUs = f.to.isValid() ? f.to.toMSecsSinceEpoch() * 1000 : Open;
    int firstW = 0, lastW = count - 1;
    while (firstW < count - 1 && hi(firstW) <= fromUs)
        ++firstW;
    while (lastW > 0 && lo(lastW) >= toUs)
        --lastW;
    double total = 0;
    int sample = -1;
    for (int w = firstW; w <= lastW; ++w) {
        total += rel.rows.at(w);
        if (sample < 0 || rel.rows.at(w) >= rel.rows.at(sample))
            sample = w;
    }
    const bool ranged = f.from.isValid() || f.to.isValid();
    if (!ranged)
        total += rel.otherRows;
    if (f.where.isEmpty())
        return qint64(std::llround(total));
    // A short range prunes well on its own: ask the planner as it is.
    // (Windows without rows, such as the days pg_partman made ahead, cost
    // the planner little.)
    int filled = 0;
    for (int w = firstW; w <= lastW; ++w)
        filled += rel.rows.at(w) > 0 ? 1 : 0;
    if (ranged && filled <= 3)
        return qint64(-1);
    if (sample < 0 || rel.rows.at(sample) <= 0)
        return qint64(std::llround(total));
    QString where = f.where;
    QVariantList params = f.params;
    if (sample > 0) {
        where += QStringLiteral(" AND timestamp >= CAST(? AS timestamptz)");
        params << rel.edges.at(sample - 1).text;
    }
    if (sample < count - 1) {
        where += QStringLiteral(" AND timestamp < CAST(? AS timestamptz)");
        params << rel.edges.at(sample).text;
    }
    auto planned = AuditQueries::planRows(db, where, params, c);
    if (!planned)
        return planned.error();
    const double share = qMin(1.0, double(planned.value()) / rel.rows.at(sample));
    return qint64(std::llround(share * total));
}

} // namespace AuditPartitions
} // namespace ic
