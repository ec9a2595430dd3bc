// The plans PostgreSQL makes for the explorer's and the detection rules'
// statements, as the app sends them, on each layout: through a DBA's view
// the base table's indexes do the work (Index Scan on platform.events'
// indexes, never a Seq Scan), and on a partitioned audit log the planner
// prunes to the partitions of one time window, where the same statement
// without a window would open every partition.
#include "AuditFixture.h"
#include "models/audit/AuditPartitions.h"
#include "models/audit/AuditQueries.h"
#include "models/detection/RuleLibrary.h"
#include "models/detection/RuleSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace ic;
using namespace ic::test;

namespace {

struct Plan
{
    QStringList nodes;     // "Index Scan Backward on events using events_created_at"
    QSet<QString> scanned; // relations read by a scan node
    QSet<QString> indexes; // indexes used
    bool seqScan = false;
    QString text; // for failure messages

    bool uses(const QString &index) const { return indexes.contains(index); }
};

void walk(const QJsonObject &node, Plan &out)
{
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    const QString relation = node.value(QStringLiteral("Relation Name")).toString();
    const QString index = node.value(QStringLiteral("Index Name")).toString();
    QString line = type;
    if (node.value(QStringLiteral("Scan Direction")).toString() == QLatin1String("Backward"))
        line += QStringLiteral(" Backward");
    if (!relation.isEmpty()) {
        line += QStringLiteral(" on ") + relation;
        out.scanned.insert(relation);
    }
    if (!index.isEmpty()) {
        line += QStringLiteral(" using ") + index;
        out.indexes.insert(index);
    }
    if (type == QLatin1String("Seq Scan"))
        out.seqScan = true;
    out.nodes << line;
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
        walk(child.toObject(), out);
}

Plan explain(QSqlDatabase &db, const QString &sql, const QVariantList &params = {},
             bool placeholders = true)
{
    Plan out;
    auto r = AuditSql::query(db, QStringLiteral("EXPLAIN (FORMAT JSON) ") + sql, params, nullptr, 0,
                             placeholders);
    if (!r) {
        out.text = r.error().fullText();
        out.seqScan = true;
        return out;
    }
    const QJsonDocument doc =
        QJsonDocument::fromJson(r->rows.value(0).value(0).toString().toUtf8());
    walk(doc.array().at(0).toObject().value(QStringLiteral("Plan")).toObject(), out);
    out.text = out.nodes.join(QLatin1Char('\n'));
    return out;
}

} // namespace

class TestAuditPlans : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    QHash<int, ConnectionSpec> m_sources; // by AuditLayout
    QString m_connection;

    // 100,000 rows, one every 20 s from 2026-11-20 (23 days), analyzed.
    QSqlDatabase source()
    {
        const AuditLayout layout = currentLayout();
        if (!m_sources.contains(int(layout))) {
            auto spec = m_src.create(QStringLiteral("postgres"), layout);
            // As many users as a platform has (the demo's 1,200): each one's
            // rows are few, as in production, so the planner weighs indexes
            // as it would there.
            if (!spec || !m_src.generate(spec.value(), 100'000, 1, 20, 1200))
                return {};
            m_sources.insert(int(layout), spec.value());
        }
        m_connection = QStringLiteral("plans-") + layoutName(layout);
        if (!QSqlDatabase::contains(m_connection)) {
            auto db = Db::open(m_sources.value(int(layout)), m_connection);
            if (!db)
                return {};
        }
        return QSqlDatabase::database(m_connection, false);
    }

    QString timeIndex() { return timeIndexName(currentLayout()); }

    AuditRelation relationOf(QSqlDatabase &db)
    {
        auto relation = AuditPartitions::read(db);
        return relation ? relation.value() : AuditRelation{};
    }
    // The windows from today's on (today's partition, those made ahead and
    // the default partition's open end): what the first page, newest first,
    // reads in one statement.
    int windowsFromToday(QSqlDatabase &db)
    {
        const AuditRelation rel = relationOf(db);
        return rel.windowCount() - rel.windowOf(QDateTime::currentMSecsSinceEpoch() * 1000);
    }

    CompiledFilter compile(const AuditFilter &f)
    {
        return AuditFilters::compile(f, Db::Engine::Postgres, utc("2026-12-01T12:00:00.000Z"));
    }

    // The statements the explorer sends for a page (the first, for a
    // partitioned audit log, where it starts reading).
    SqlStatement pageSql(QSqlDatabase &db, const CompiledFilter &f,
                         const AuditQueries::PageRequest &request, int *partitions = nullptr)
    {
        auto relation = AuditPartitions::read(db);
        if (!relation)
            return {};
        if (partitions)
            *partitions = relation->partitions;
        SqlStatement ran;
        auto rows = AuditQueries::fetchPage(db, f, request, nullptr, &ran, &relation.value());
        if (!rows)
            return {};
        return ran;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<AuditLayout>("layout");
        QTest::newRow("table") << QStringLiteral("postgres") << AuditLayout::Table;
        QTest::newRow("partitioned") << QStringLiteral("postgres") << AuditLayout::Partitioned;
        QTest::newRow("view") << QStringLiteral("postgres") << AuditLayout::View;
    }
    void initTestCase() { IC_START_PG(m_src.pg()); }

    void relationIsKnown()
    {
        QSqlDatabase db = source();
        auto relation = AuditPartitions::read(db);
        IC_VERIFY_OK(relation);
        switch (currentLayout()) {
        case AuditLayout::Partitioned:
            QCOMPARE(relation->kind, AuditRelation::Kind::Partitioned);
            QVERIFY(relation->windowed());
            QVERIFY2(relation->partitions >= 25, qPrintable(relation->describe()));
            QVERIFY(relation->describe().contains(QLatin1String("partitioned by time")));
            // After ANALYZE the partitions' rows add up to the table's.
            QVERIFY2(qAbs(relation->totalRows() - 100'000) < 1000,
                     qPrintable(QString::number(relation->totalRows())));
            break;
        case AuditLayout::View:
            QCOMPARE(relation->kind, AuditRelation::Kind::View);
            QVERIFY(!relation->windowed());
            break;
        default:
            QCOMPARE(relation->kind, AuditRelation::Kind::Table);
            break;
        }
    }

    void keysetPagesUseTheTimeIndex_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::addColumn<QString>("key"); // empty: the first page
        QTest::newRow("first page, newest first") << true << QString();
        QTest::newRow("first page, oldest first") << false << QString();
        QTest::newRow("jump into the middle") << true << QStringLiteral("2026-11-30 10:00:00+00");
        QTest::newRow("on from a key, oldest first")
            << false << QStringLiteral("2026-11-25 10:00:00+00");
    }
    void keysetPagesUseTheTimeIndex()
    {
        QFETCH(bool, newestFirst);
        QFETCH(QString, key);
        QSqlDatabase db = source();
        AuditFilter filter;
        filter.order =
            newestFirst ? AuditFilter::Order::NewestFirst : AuditFilter::Order::OldestFirst;
        const CompiledFilter f = compile(filter);
        AuditQueries::PageRequest request;
        if (!key.isEmpty())
            request.key = AuditKey{key, 42};
        int partitions = 0;
        const SqlStatement st = pageSql(db, f, request, &partitions);
        QVERIFY(!st.isEmpty());
        const Plan plan = explain(db, st.sql, st.params);
        QVERIFY2(!plan.seqScan, qPrintable(plan.text));
        if (currentLayout() == AuditLayout::Partitioned) {
            // One time window: a partition or two (the default's holds the
            // rest); the first page, newest first, reads today's partition
            // and the empty ones made ahead in the same statement.
            const int bound = key.isEmpty() && newestFirst ? windowsFromToday(db) : 2;
            QVERIFY2(plan.scanned.size() <= bound, qPrintable(plan.text));
            QVERIFY2(plan.scanned.size() < partitions / 3, qPrintable(plan.text));
            QVERIFY2(st.sql.contains(QLatin1String("timestamp >=")) ||
                         st.sql.contains(QLatin1String("timestamp <")),
                     qPrintable(st.sql));
            // The same page without a window opens every partition.
            const SqlStatement whole = AuditQueries::pageStatement(f, request);
            const Plan all = explain(db, whole.sql, whole.params);
            QVERIFY2(all.scanned.size() >= partitions - 1, qPrintable(all.text));
        } else {
            QVERIFY2(plan.uses(timeIndex()), qPrintable(plan.text));
            if (currentLayout() == AuditLayout::View)
                QVERIFY2(plan.scanned == QSet<QString>{QStringLiteral("events")},
                         qPrintable(plan.text));
        }
    }

    void filtersUseTheirIndexes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("tableIndex"); // on the table; the view's base has its own name
        QTest::addColumn<QString>("viewIndex");
        QTest::newRow("user") << "user"
                              << "usr_3"
                              << "audit_logs_user_time"
                              << "events_actor";
        QTest::newRow("tenant") << "tenant"
                                << "ten_2"
                                << "audit_logs_tenant_time"
                                << "events_tenant";
        QTest::newRow("event") << "event"
                               << "logout"
                               << "audit_logs_event_time"
                               << "events_event";
        QTest::newRow("ip") << "ip"
                            << "10.0.3.17"
                            << "audit_logs_ip_time"
                            << "events_ip_address";
    }
    void filtersUseTheirIndexes()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, tableIndex);
        QFETCH(QString, viewIndex);
        QSqlDatabase db = source();
        AuditFilter filter;
        filter.range = AuditFilter::Range::Last24Hours;
        if (field == QLatin1String("user"))
            filter.user = value;
        else if (field == QLatin1String("tenant"))
            filter.tenant = value;
        else if (field == QLatin1String("event"))
            filter.event = value;
        else
            filter.ip = value;
        const CompiledFilter f = compile(filter);
        const SqlStatement st = pageSql(db, f, {});
        QVERIFY(!st.isEmpty());
        const Plan plan = explain(db, st.sql, st.params);
        QVERIFY2(!plan.seqScan, qPrintable(plan.text));
        switch (currentLayout()) {
        case AuditLayout::View:
            QVERIFY2(plan.uses(viewIndex) || plan.uses(QStringLiteral("events_created_at")),
                     qPrintable(plan.text));
            break;
        case AuditLayout::Partitioned:
            // 24 hours: the day's partitions at most, or (as the range
            // reaches today) today's and the empty ones made ahead.
            QVERIFY2(plan.scanned.size() <= qMax(3, windowsFromToday(db)), qPrintable(plan.text));
            QVERIFY2(plan.scanned.size() < relationOf(db).partitions / 3, qPrintable(plan.text));
            break;
        default:
            QVERIFY2(plan.uses(tableIndex) || plan.uses(QStringLiteral("audit_logs_time")),
                     qPrintable(plan.text));
            break;
        }
        // The same filter over all time (no range): still by index.
        filter.range = AuditFilter::Range::All;
        const CompiledFilter all = compile(filter);
        const SqlStatement st2 = pageSql(db, all, {});
        const Plan plan2 = explain(db, st2.sql, st2.params);
        QVERIFY2(!plan2.seqScan, qPrintable(plan2.text));
        if (currentLayout() == AuditLayout::View)
            QVERIFY2(plan2.uses(viewIndex) || plan2.uses(QStringLiteral("events_created_at")),
                     qPrintable(plan2.text));
    }

    // Every built-in rule's statement for an incremental pass (the newest
    // 2,000 ids) reads by index, never by a full scan of the audit log.
    void rulesReadByIndex_data()
    {
        QTest::addColumn<QString>("rule");
        for (const Rule &r : RuleLibrary::load({}, true).rules)
            QTest::newRow(qPrintable(r.id)) << r.id;
    }
    void rulesReadByIndex()
    {
        QFETCH(QString, rule);
        QSqlDatabase db = source();
        const QList<Rule> rules = RuleLibrary::load({}, true).rules;
        const Rule *r = nullptr;
        for (const Rule &candidate : rules)
            if (candidate.id == rule)
                r = &candidate;
        QVERIFY(r);
        auto max = AuditSql::query(db, QStringLiteral("SELECT max(id) FROM audit_logs"));
        IC_VERIFY_OK(max);
        const qint64 upto = max->rows.value(0).value(0).toLongLong();
        const RuleSql::Statement st = RuleSql::build(*r, Db::Engine::Postgres, upto - 2000, upto);
        const Plan plan = explain(db, RuleSql::inlined(st), {}, false);
        QVERIFY2(!plan.text.isEmpty(), "no plan");
        // Partitions that hold no row cost nothing to scan (the planner picks
        // Seq Scan there); every other one is read by index.
        QSet<QString> empty;
        auto e = AuditSql::query(db, QStringLiteral("SELECT relname::text FROM pg_class WHERE "
                                                    "relkind = 'r' AND relpages = 0 AND "
                                                    "relname LIKE 'audit_logs%'"));
        IC_VERIFY_OK(e);
        for (const QVariantList &row : std::as_const(e->rows))
            empty.insert(row.value(0).toString());
        // users and sessions are small platform tables; the audit log is not.
        QStringList fullScans;
        for (const QString &line : plan.nodes) {
            if (!line.startsWith(QLatin1String("Seq Scan on ")))
                continue;
            const QString relation = line.mid(12);
            const bool auditLog = relation == QLatin1String("events") ||
                                  relation.startsWith(QLatin1String("audit_logs"));
            if (auditLog && !empty.contains(relation))
                fullScans << relation;
        }
        QVERIFY2(fullScans.isEmpty(), qPrintable(fullScans.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestAuditPlans)
#include "tst_auditplans.moc"
