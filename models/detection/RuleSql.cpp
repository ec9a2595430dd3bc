#include "models/detection/RuleSql.h"

#include <QCoreApplication>

namespace ic::RuleSql {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

struct Placeholder
{
    qsizetype pos = 0; // of the ':' in the scanned SQL
    qsizetype length = 0;
    QString name;
};

bool isIdent(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

// Walks the SQL as both engines tokenise it: quotes ('…', E'…', "…", `…`,
// $tag$…$tag$), comments (--, nested /* */) and placeholders (:name, but not
// PostgreSQL's :: casts). Positional placeholders are refused: QtSql would
// take PostgreSQL's jsonb `?` operator for one.
Scan scanWith(const QString &in, QList<Placeholder> *positions)
{
    Scan out;
    QString &sql = out.sql;
    sql.reserve(in.size());
    const qsizetype n = in.size();
    qsizetype semicolon = -1;
    auto at = [&](qsizetype k) { return k < n ? in.at(k) : QChar(); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = in.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const bool escapes =
                c == QLatin1Char('\'') && i > 0 &&
                (in.at(i - 1) == QLatin1Char('E') || in.at(i - 1) == QLatin1Char('e')) &&
                (i < 2 || !isIdent(in.at(i - 2)));
            qsizetype j = i + 1;
            for (;;) {
                if (j >= n) {
                    out.error = Tr::tr("has a %1 that is never closed").arg(c);
                    return out;
                }
                if (escapes && in.at(j) == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (in.at(j) == c) {
                    if (at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            sql += QStringView(in).mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            qsizetype end = in.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = n;
            sql += QLatin1Char(' ');
            i = end;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            int depth = 1;
            qsizetype j = i + 2;
            while (j < n && depth > 0) {
                if (in.at(j) == QLatin1Char('/') && at(j + 1) == QLatin1Char('*')) {
                    ++depth;
                    j += 2;
                } else if (in.at(j) == QLatin1Char('*') && at(j + 1) == QLatin1Char('/')) {
                    --depth;
                    j += 2;
                } else {
                    ++j;
                }
            }
            if (depth > 0) {
                out.error = Tr::tr("has a /* comment that is never closed");
                return out;
            }
            sql += QLatin1Char(' ');
            i = j;
            continue;
        }
        if (c == QLatin1Char('$') && !(i > 0 && isIdent(in.at(i - 1)))) {
            if (at(i + 1).isDigit()) {
                out.error = Tr::tr("uses a $1-style parameter; use named parameters like "
                                   ":after_id");
                return out;
            }
            qsizetype j = i + 1;
            if (j < n && isIdentStart(in.at(j))) {
                while (j < n && isIdent(in.at(j)))
                    ++j;
            }
            if (at(j) == QLatin1Char('$')) { // a dollar-quoted string
                const QString tag = in.mid(i, j - i + 1);
                const qsizetype close = in.indexOf(tag, j + 1);
                if (close < 0) {
                    out.error = Tr::tr("has a %1 string that is never closed").arg(tag);
                    return out;
                }
                sql += QStringView(in).mid(i, close + tag.size() - i);
                i = close + tag.size();
                continue;
            }
        }
        if (c == QLatin1Char('?')) {
            out.error = Tr::tr("uses ?, which QtSql takes for a parameter; use named parameters "
                               "like :after_id (and jsonb_exists() for PostgreSQL's ? operator)");
            return out;
        }
        if (c == QLatin1Char(':')) {
            if (at(i + 1) == QLatin1Char(':')) {
                sql += QStringLiteral("::");
                i += 2;
                continue;
            }
            if (isIdentStart(at(i + 1))) {
                qsizetype j = i + 1;
                while (j < n && isIdent(in.at(j)))
                    ++j;
                const QString name = in.mid(i + 1, j - i - 1);
                if (positions)
                    positions->append({sql.size(), j - i, name});
                if (!out.placeholders.contains(name))
                    out.placeholders << name;
                sql += QStringView(in).mid(i, j - i);
                i = j;
                continue;
            }
        }
        if (c == QLatin1Char(';') && semicolon < 0)
            semicolon = sql.size();
        sql += c;
        ++i;
    }
    if (semicolon >= 0) {
        if (!QStringView(sql).mid(semicolon + 1).trimmed().isEmpty()) {
            out.error = Tr::tr("has more than one statement; a rule is one SELECT");
            return out;
        }
        sql.truncate(semicolon);
    }
    // Keep line structure for error messages, but no trailing blank lines.
    while (!sql.isEmpty() && sql.back().isSpace())
        sql.chop(1);
    return out;
}

QString literal(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default: {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    }
}

QString aggregateSql(RuleAggregate aggregate)
{
    switch (aggregate) {
    case RuleAggregate::Count:
        return QStringLiteral("count(*)");
    case RuleAggregate::Sum:
        return QStringLiteral("sum(value)");
    case RuleAggregate::Distinct:
        return QStringLiteral("count(DISTINCT value)");
    }
    return {};
}

} // namespace

Scan scan(const QString &sql)
{
    return scanWith(sql, nullptr);
}

Statement build(const Rule &rule, Db::Engine engine, qint64 afterId, qint64 uptoId)
{
    Statement st;
    const bool pg = engine == Db::Engine::Postgres;
    const QString &ruleSql = rule.sql(engine);
    for (const auto &p : rule.params) {
        if (RuleFile::placeholders(ruleSql).contains(p.first))
            st.binds.append(p);
    }
    if (!rule.isWindowed()) {
        st.sql = ruleSql;
        st.binds.append({QStringLiteral("after_id"), afterId});
        st.binds.append({QStringLiteral("upto_id"), uptoId});
        return st;
    }

    const QString value =
        rule.aggregate == RuleAggregate::Count ? QStringLiteral("NULL") : QStringLiteral("r.value");
    const QString op = rule.threshold.orEqual ? QStringLiteral(">=") : QStringLiteral(">");
    // Any window [t - w, t] lies inside two neighbouring w-sized buckets, so
    // a (bucket, next bucket) pair whose total stays under the threshold
    // cannot hold a window that reaches it: those rows never leave the server.
    const QString bucket =
        pg ? QStringLiteral(
                 "floor(date_part('epoch', r.timestamp) / :ic_window)") // float8, not numeric
           : QStringLiteral("CAST((julianday(r.timestamp) - 2440587.5) * 86400.0 / :ic_window AS "
                            "INTEGER)");
    const QString spanBounds =
        pg ? QStringLiteral(
                 "      AND r.timestamp >= t.t0 - make_interval(secs => :ic_window)\n"
                 "      AND r.timestamp <= t.t1 + make_interval(secs => :ic_window)\n"
                 // The same bounds over all subjects, so an index on time can serve.
                 "      AND r.timestamp >= (SELECT min(t0) FROM touched) - make_interval(secs => "
                 ":ic_window)\n"
                 "      AND r.timestamp <= (SELECT max(t1) FROM touched) + make_interval(secs => "
                 ":ic_window)\n")
           : QStringLiteral("      AND r.timestamp >= strftime('%Y-%m-%d %H:%M:%f', t.t0, "
                            ":ic_minus)\n"
                            "      AND r.timestamp <= strftime('%Y-%m-%d %H:%M:%f', t.t1, "
                            ":ic_plus)\n");
    st.sql = QStringLiteral("WITH r AS NOT MATERIALIZED (\n") + ruleSql +
             QStringLiteral("\n),\n"
                            "touched AS MATERIALIZED (\n"
                            "    SELECT subject, min(timestamp) AS t0, max(timestamp) AS t1\n"
                            "    FROM r\n"
                            "    WHERE id > :ic_after_id AND id <= :ic_upto_id AND subject IS NOT "
                            "NULL\n"
                            "    GROUP BY subject\n"
                            "),\n"
                            "span AS MATERIALIZED (\n"
                            "    SELECT r.subject, r.id, r.timestamp, ") +
             value + QStringLiteral(" AS value, ") + bucket +
             QStringLiteral(" AS bucket\n"
                            "    FROM touched t JOIN r ON r.subject = t.subject\n"
                            "    WHERE r.id <= :ic_upto_id\n") +
             spanBounds +
             QStringLiteral("),\n"
                            "buckets AS MATERIALIZED (\n"
                            "    SELECT subject, bucket, ") +
             aggregateSql(rule.aggregate) +
             QStringLiteral(" AS amount FROM span GROUP BY subject, bucket\n"
                            "),\n"
                            "hot AS MATERIALIZED (\n"
                            "    SELECT b.subject, b.bucket\n"
                            "    FROM buckets b LEFT JOIN buckets n ON n.subject = b.subject AND "
                            "n.bucket = b.bucket + 1\n"
                            "    WHERE b.amount + COALESCE(n.amount, 0) ") +
             op +
             (pg ? QStringLiteral(" CAST(:ic_threshold AS double precision)\n")
                 : QStringLiteral(" CAST(:ic_threshold AS REAL)\n")) +
             QStringLiteral(")\n"
                            "SELECT s.subject, s.id, s.timestamp, s.value") +
             // PostgreSQL also gives the time as epoch milliseconds: the driver
             // turns every timestamptz into a local QDateTime, a zone lookup
             // per row that cost a third of reading a traffic spike's rows.
             (pg ? QStringLiteral(",\n       CAST(floor(extract(epoch FROM s.timestamp) * 1000) AS "
                                  "bigint) AS ic_ms\n")
                 : QStringLiteral("\n")) +
             QStringLiteral("FROM span s\n"
                            "WHERE EXISTS (SELECT 1 FROM hot h WHERE h.subject = s.subject AND "
                            "(h.bucket = s.bucket OR h.bucket + 1 = s.bucket))\n"
                            "ORDER BY s.subject, s.timestamp, s.id");
    st.binds.append({QStringLiteral("ic_after_id"), afterId});
    st.binds.append({QStringLiteral("ic_upto_id"), uptoId});
    st.binds.append({QStringLiteral("ic_window"), rule.windowSeconds});
    st.binds.append({QStringLiteral("ic_threshold"), rule.threshold.value});
    if (!pg) {
        st.binds.append(
            {QStringLiteral("ic_minus"), QStringLiteral("-%1 seconds").arg(rule.windowSeconds)});
        st.binds.append(
            {QStringLiteral("ic_plus"), QStringLiteral("+%1 seconds").arg(rule.windowSeconds)});
    }
    return st;
}

QString inlined(const Statement &statement)
{
    QList<Placeholder> positions;
    const Scan s = scanWith(statement.sql, &positions);
    QString out = s.sql;
    for (qsizetype k = positions.size() - 1; k >= 0; --k) {
        const Placeholder &p = positions.at(k);
        for (const auto &[name, value] : statement.binds) {
            if (name == p.name) {
                out.replace(p.pos, p.length, literal(value));
                break;
            }
        }
    }
    return out;
}

} // namespace ic::RuleSql
