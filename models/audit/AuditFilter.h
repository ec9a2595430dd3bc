#pragma once

#include "models/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace ic {

// What the commander asks of the audit log: the filter bar's fields. Every
// value is matched literally and reaches the database as a bound parameter.
struct AuditFilter
{
    enum class Range { All, LastHour, Last24Hours, Last7Days, Custom };
    enum class Order { NewestFirst, OldestFirst };

    Range range = Range::All;
    QDateTime from; // Custom only, UTC; invalid: open
    QDateTime to;   // Custom only, UTC, exclusive; invalid: open
    QString user;
    QString tenant;
    QString apiKey;
    QString ip; // an address or a CIDR network
    QString event;
    QString text; // a literal substring of the query column (ASCII case-insensitive)
    QString metaKey;
    QString metaValue; // empty: rows that have metaKey at all
    Order order = Order::NewestFirst;
    int limit = 0; // 0: every matching row; else the first `limit` in this order

    bool operator==(const AuditFilter &) const = default;
    QVariantMap toVariant() const;
    static AuditFilter fromVariant(const QVariantMap &map);
    // "user = usr_1 · last 24 h · newest first", for lists and messages.
    QString summary() const;
};

// The fields a problem can be shown beside.
enum class AuditField { Time, User, Tenant, ApiKey, Ip, Event, Text, MetaKey, MetaValue, Limit };

// Why a filter was not run, for the field it is about.
struct FieldProblem
{
    AuditField field;
    QString message; // what is wrong, that nothing was run, what to do
};

// What the audit source holds, for choices and checks: event types present
// and the metadata keys seen in a sample of rows.
struct AuditCatalog
{
    QStringList events;
    QStringList metadataKeys;
    bool metadataKeysKnown = false; // false: do not judge keys
};

// SQL with ? placeholders and the values bound to them: what ran, viewable
// and copyable for the incident report.
struct SqlStatement
{
    QString sql;
    QVariantList params;

    // The SQL, then one line per parameter: "-- $1 = 'usr_1'".
    QString text() const;
    bool isEmpty() const { return sql.isEmpty(); }
};

// A validated filter turned into a WHERE clause for one engine. The clause
// is built from our own fragments only; user text is only ever in params.
struct CompiledFilter
{
    Db::Engine engine = Db::Engine::Sqlite;
    QString where; // empty: no condition
    QVariantList params;
    bool descending = true;
    bool matchesNothing = false; // e.g. a NUL character on PostgreSQL, whose text cannot hold one
    int limit = 0;
    QDateTime from; // the range as resolved when compiled (UTC); invalid: open
    QDateTime to;
    // What is filtered, for estimating the result size without running it.
    QStringList equalColumns; // user_id, tenant_id, api_key_id, event, ip (single host)
    bool ipNetwork = false;
    bool text = false;
    bool metadata = false;
};

namespace AuditFilters {

constexpr int MaxTextLength = 65536;

// Problems with the filter, each for its field. Empty: it can run. With a
// catalog, a metadata key no sampled row has is a problem too.
QList<FieldProblem> validate(const AuditFilter &filter, const QDateTime &nowUtc,
                             const AuditCatalog *catalog = nullptr);

// The WHERE clause and values; call validate() first.
CompiledFilter compile(const AuditFilter &filter, Db::Engine engine, const QDateTime &nowUtc);

// The LIKE pattern for a literal substring: %, _ and \ escaped with \.
QString likePattern(const QString &literal);

// A filter for "everything by this <field> around this time" (± window).
AuditFilter around(AuditField field, const QString &value, const QDateTime &timeUtc,
                   qint64 windowSeconds = 3600);

} // namespace AuditFilters
} // namespace ic

Q_DECLARE_METATYPE(ic::AuditFilter)
Q_DECLARE_METATYPE(ic::FieldProblem)
Q_DECLARE_METATYPE(ic::AuditCatalog)
Q_DECLARE_METATYPE(ic::SqlStatement)
