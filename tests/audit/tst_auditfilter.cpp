// Every filter of the explorer on both engines, checked against rows
// written for it; hostile text in every field matched literally (and never
// run as SQL); and the messages for input that cannot run.
#include "AuditFixture.h"
#include "models/audit/AuditLogModel.h"
#include "models/core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace ic;
using namespace ic::test;

namespace {

QString at(int hour, int minute = 0)
{
    return QStringLiteral("2026-11-21 %1:%2:00.000")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

QList<TestRow> crafted()
{
    QList<TestRow> rows;
    auto row = [&](qint64 id, const QString &time, const char *event, const char *user,
                   const char *tenant, const char *key, const char *ip, const char *query,
                   const char *meta) {
        auto s = [](const char *t) { return QString::fromUtf8(t); };
        rows << TestRow{id, time, s(event), s(user), s(tenant), s(key), s(ip), s(query), s(meta)};
    };
    row(1, at(1), "login", "usr_a", "ten_x", "key_1", "10.1.2.3", "SELECT * FROM t WHERE a = 1",
        R"({"k": "v", "rls_bypass_attempt": true, "n": 5})");
    row(2, at(2), "logout", "usr_b", "ten_x", "", "10.2.0.9", "", R"({"k": "w"})");
    row(3, at(3), "api_request", "usr_a", "ten_y", "key_2", "192.168.1.7", "select 100% of_rows",
        R"({"rls_bypass_attempt": "true"})");
    row(4, at(4), "api_request", "usr_c", "ten_y", "", "2001:db8::5", "UPDATE x SET y = 'z'",
        R"({"n": 5.0})");
    row(5, at(5), "database_query", "usr_d", "", "", "172.31.0.1", "a_b", R"({"k": null})");
    row(6, at(6), "login", "usr_e", "", "", "172.32.0.1", "", "");
    row(7, at(7), "database_query", "usr_e", "", "", "", "axb", R"({"nested": {"k": "v"}})");
    // Same timestamp as row 1, and an earlier id: ties break on id.
    row(8, at(1), "login", "usr_f", "ten_x", "", "10.255.255.255", "", "");
    return rows;
}

// The hostile strings: each must match itself and nothing else.
QStringList hostile()
{
    QString longText;
    while (longText.size() < 10000)
        longText += QStringLiteral("x'%_\\\"; ");
    longText.truncate(10000);
    return {QStringLiteral("'"),
            QStringLiteral("''"),
            QStringLiteral("\""),
            QStringLiteral("'; DROP TABLE audit_logs; --"),
            QStringLiteral("\"); DELETE FROM audit_logs; --"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("%_%"),
            QStringLiteral("\\"),
            QStringLiteral("\\\\'"),
            QStringLiteral("a\\%b"),
            QStringLiteral("nul:a") + QChar(u'\0') + QStringLiteral("b"),
            longText,
            QStringLiteral("\u202Eevil\u202C"),
            QStringLiteral("\u200Fusr_rtl\u200F"),
            QStringLiteral("?"),
            QStringLiteral("$1"),
            QStringLiteral(":name"),
            QStringLiteral("{user}"),
            QStringLiteral("\U0001F600 emoji"),
            QStringLiteral("tab\tnew\nline\r"),
            QStringLiteral(" padded ")};
}

bool hasNul(const QString &s)
{
    return s.contains(QChar(u'\0'));
}

} // namespace

class TestAuditFilter : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    ManualClock m_clock{utc("2026-11-22T00:30:00.000Z")};
    QHash<QString, ConnectionSpec> m_sources;

    ConnectionSpec source()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString key = engine + QLatin1Char('/') + layoutName(currentLayout());
        if (!m_sources.contains(key)) {
            auto spec = m_src.create(engine);
            if (!spec)
                return {};
            if (!m_src.insert(spec.value(), crafted()))
                return {};
            m_sources.insert(key, spec.value());
        }
        return m_sources.value(key);
    }

    // Every id the filter finds, in the model's order.
    QList<qint64> run(const ConnectionSpec &spec, const AuditFilter &f, Error *error = nullptr)
    {
        AuditLogModel m(spec, m_clock);
        QSignalSpy failed(&m, &AuditLogModel::failed);
        const auto problems = m.setFilter(f);
        if (!problems.isEmpty()) {
            qWarning() << "problems:" << problems.first().message;
            return {-1};
        }
        if (!QTest::qWaitFor(
                [&] { return (m.isCountExact() && !m.isLoading()) || !failed.isEmpty(); }, 20000))
            return {-2};
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().first().value<Error>();
            return {-3};
        }
        m.setViewport(0, m.rowCount());
        QList<qint64> ids;
        if (!QTest::qWaitFor(
                [&] {
                    ids.clear();
                    for (int r = 0; r < m.rowCount(); ++r) {
                        if (!m.rowAt(r))
                            return false;
                        ids << m.rowAt(r)->id;
                    }
                    return true;
                },
                20000))
            return {-4};
        return ids;
    }

private slots:
    void initTestCase_data() { addAuditLayoutRows(); }
    void initTestCase() { IC_START_PG(m_src.pg()); }

    void everyFilter_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<QList<qint64>>("expected"); // newest first unless the filter says
        auto f = [] { return AuditFilter(); };
        AuditFilter x;
        QTest::newRow("nothing") << f() << QList<qint64>{7, 6, 5, 4, 3, 2, 8, 1};
        x = f();
        x.order = AuditFilter::Order::OldestFirst;
        QTest::newRow("oldest first, ties by id") << x << QList<qint64>{1, 8, 2, 3, 4, 5, 6, 7};
        x = f();
        x.user = QStringLiteral("usr_a");
        QTest::newRow("user") << x << QList<qint64>{3, 1};
        x = f();
        x.tenant = QStringLiteral("ten_y");
        QTest::newRow("tenant") << x << QList<qint64>{4, 3};
        x = f();
        x.apiKey = QStringLiteral("key_1");
        QTest::newRow("api key") << x << QList<qint64>{1};
        x = f();
        x.event = QStringLiteral("api_request");
        QTest::newRow("event") << x << QList<qint64>{4, 3};
        x = f();
        x.ip = QStringLiteral("10.1.2.3");
        QTest::newRow("ip host") << x << QList<qint64>{1};
        x = f();
        x.ip = QStringLiteral("10.0.0.0/8");
        QTest::newRow("cidr /8") << x << QList<qint64>{2, 8, 1};
        x = f();
        x.ip = QStringLiteral("10.1.99.99/16");
        QTest::newRow("cidr host bits") << x << QList<qint64>{1};
        x = f();
        x.ip = QStringLiteral("172.16.0.0/12");
        QTest::newRow("cidr /12 edge") << x << QList<qint64>{5};
        x = f();
        x.ip = QStringLiteral("0.0.0.0/0");
        QTest::newRow("cidr all v4") << x << QList<qint64>{6, 5, 3, 2, 8, 1};
        x = f();
        x.ip = QStringLiteral("2001:db8::/32");
        QTest::newRow("cidr v6") << x << QList<qint64>{4};
        x = f();
        x.ip = QStringLiteral("2001:DB8::5");
        QTest::newRow("ip v6 host") << x << QList<qint64>{4};
        x = f();
        x.text = QStringLiteral("100%");
        QTest::newRow("text with %") << x << QList<qint64>{3};
        x = f();
        x.text = QStringLiteral("a_b");
        QTest::newRow("text with _") << x << QList<qint64>{5};
        x = f();
        x.text = QStringLiteral("select");
        QTest::newRow("text any case") << x << QList<qint64>{3, 1};
        x = f();
        x.text = QStringLiteral("'z'");
        QTest::newRow("text with quotes") << x << QList<qint64>{4};
        x = f();
        x.metaKey = QStringLiteral("k");
        QTest::newRow("metadata has key") << x << QList<qint64>{5, 2, 1};
        x = f();
        x.metaKey = QStringLiteral("k");
        x.metaValue = QStringLiteral("v");
        QTest::newRow("metadata key = value") << x << QList<qint64>{1};
        x = f();
        x.metaKey = QStringLiteral("rls_bypass_attempt");
        x.metaValue = QStringLiteral("true");
        QTest::newRow("metadata true or \"true\"") << x << QList<qint64>{3, 1};
        x = f();
        x.metaKey = QStringLiteral("n");
        x.metaValue = QStringLiteral("5");
        QTest::newRow("metadata number") << x << QList<qint64>{4, 1};
        x = f();
        x.range = AuditFilter::Range::Custom;
        x.from = utc("2026-11-21T02:00:00Z");
        x.to = utc("2026-11-21T04:00:00Z");
        QTest::newRow("custom range, end exclusive") << x << QList<qint64>{3, 2};
        x = f();
        x.range = AuditFilter::Range::Custom;
        x.from = utc("2026-11-21T05:30:00Z");
        QTest::newRow("custom range, open end") << x << QList<qint64>{7, 6};
        x = f();
        x.range = AuditFilter::Range::LastHour; // now is 00:30 on the 22nd
        QTest::newRow("last hour") << x << QList<qint64>{};
        x = f();
        x.range = AuditFilter::Range::Last24Hours;
        QTest::newRow("last 24 hours") << x << QList<qint64>{7, 6, 5, 4, 3, 2, 8, 1};
        x = f();
        x.user = QStringLiteral("usr_a");
        x.event = QStringLiteral("api_request");
        QTest::newRow("combined") << x << QList<qint64>{3};
        x = f();
        x.limit = 3;
        QTest::newRow("limit") << x << QList<qint64>{7, 6, 5};
        x = f();
        x.user = QStringLiteral("USR_A");
        QTest::newRow("ids are exact") << x << QList<qint64>{};
    }
    void everyFilter()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(QList<qint64>, expected);
        const ConnectionSpec spec = source();
        QCOMPARE(run(spec, filter), expected);
    }

    void hostileTextMatchesLiterally_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field :
             {"user", "tenant", "apiKey", "event", "text", "metaKey", "metaValue"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }
    void hostileTextMatchesLiterally()
    {
        QFETCH(QString, field);
        QFETCH_GLOBAL(QString, engine);
        const bool pg = engine == QLatin1String("postgres");
        auto spec = m_src.create(engine);
        IC_VERIFY_OK(spec);
        const QStringList strings = hostile();
        // One row per string, holding it in `field`; PostgreSQL text cannot hold NUL.
        QList<TestRow> rows = crafted();
        QHash<qint64, QString> stored;
        for (int i = 0; i < strings.size(); ++i) {
            const QString &s = strings.at(i);
            if (pg && hasNul(s))
                continue;
            TestRow r;
            r.id = 100 + i;
            r.time = at(10, i);
            if (field == QLatin1String("user"))
                r.user = s;
            else if (field == QLatin1String("tenant"))
                r.tenant = s;
            else if (field == QLatin1String("apiKey"))
                r.apiKey = s;
            else if (field == QLatin1String("event"))
                r.event = s;
            else if (field == QLatin1String("text"))
                r.query = QStringLiteral("before ") + s + QStringLiteral(" after");
            else if (field == QLatin1String("metaKey"))
                r.metadata = QString::fromUtf8(
                    QJsonDocument(QJsonObject{{s, 1}}).toJson(QJsonDocument::Compact));
            else
                r.metadata = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("h"), s}})
                                                   .toJson(QJsonDocument::Compact));
            rows << r;
            stored.insert(r.id, s);
        }
        IC_VERIFY_OK(m_src.insert(spec.value(), rows));

        for (const QString &s : strings) {
            AuditFilter f;
            f.order = AuditFilter::Order::OldestFirst;
            if (field == QLatin1String("user"))
                f.user = s;
            else if (field == QLatin1String("tenant"))
                f.tenant = s;
            else if (field == QLatin1String("apiKey"))
                f.apiKey = s;
            else if (field == QLatin1String("event"))
                f.event = s;
            else if (field == QLatin1String("text"))
                f.text = s;
            else if (field == QLatin1String("metaKey"))
                f.metaKey = s;
            else {
                f.metaKey = QStringLiteral("h");
                f.metaValue = s;
            }
            // JSON in either engine cannot hold U+0000 (PostgreSQL refuses
            // \u0000, SQLite's JSON functions stop there): such a key or
            // value matches nothing, and says nothing else either.
            const bool json = field.startsWith(QLatin1String("meta"));
            QList<qint64> expected;
            if (!(hasNul(s) && json)) {
                for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
                    const bool match = field == QLatin1String("text")
                                           ? it.value().contains(s, Qt::CaseInsensitive)
                                           : it.value() == s;
                    if (match)
                        expected << it.key();
                }
                if (field == QLatin1String("text")) { // the crafted rows' queries count too
                    for (const TestRow &r : crafted()) {
                        if (!r.query.isEmpty() && r.query.contains(s, Qt::CaseInsensitive))
                            expected << r.id;
                    }
                }
            }
            std::sort(expected.begin(), expected.end());
            Error error;
            QList<qint64> found = run(spec.value(), f, &error);
            QVERIFY2(found != QList<qint64>{-3}, qPrintable(error.fullText()));
            std::sort(found.begin(), found.end());
            QVERIFY2(found == expected,
                     qPrintable(QStringLiteral("string #%1 (%2 chars): found %3, expected %4")
                                    .arg(strings.indexOf(s))
                                    .arg(s.size())
                                    .arg(found.size())
                                    .arg(expected.size())));
            if (pg && hasNul(s))
                QVERIFY(found.isEmpty()); // nothing in PostgreSQL can hold a NUL
        }
        // Nothing was run as SQL: every row is still there.
        QCOMPARE(m_src.ids(spec.value(), true).size(), rows.size());
    }

    void problemsStayByTheirField_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("says");
        AuditFilter x;
        x.ip = QStringLiteral("10.0.0");
        QTest::newRow("malformed ip") << x << int(AuditField::Ip) << "not an IP address";
        x = {};
        x.ip = QStringLiteral("10.0.0.0/40");
        QTest::newRow("malformed cidr") << x << int(AuditField::Ip) << "prefix";
        x = {};
        x.range = AuditFilter::Range::Custom;
        x.from = utc("2026-11-21T05:00:00Z");
        x.to = utc("2026-11-21T04:00:00Z");
        QTest::newRow("inverted range") << x << int(AuditField::Time) << "before it starts";
        x = {};
        x.range = AuditFilter::Range::Custom;
        QTest::newRow("custom without times") << x << int(AuditField::Time) << "Choose when";
        x = {};
        x.metaValue = QStringLiteral("true");
        QTest::newRow("value without key")
            << x << int(AuditField::MetaKey) << "Name the metadata key";
        x = {};
        x.user = QString(AuditFilters::MaxTextLength + 1, QLatin1Char('u'));
        QTest::newRow("too long") << x << int(AuditField::User) << "the limit is";
    }
    void problemsStayByTheirField()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(int, field);
        QFETCH(QString, says);
        const auto problems = AuditFilters::validate(filter, m_clock.now());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
        QVERIFY(problems.first().message.contains(QLatin1String("Nothing was run")));
    }

    void unknownMetadataKeyNeedsTheCatalog()
    {
        AuditCatalog catalog;
        catalog.metadataKeys = {QStringLiteral("rls_bypass_attempt"), QStringLiteral("session_id")};
        catalog.metadataKeysKnown = true;
        AuditFilter f;
        f.metaKey = QStringLiteral("rls_bypass");
        auto problems = AuditFilters::validate(f, m_clock.now(), &catalog);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, AuditField::MetaKey);
        QVERIFY(problems.first().message.contains(QLatin1String("\"rls_bypass_attempt\"")));
        f.metaKey = QStringLiteral("rls_bypass_attempt");
        QVERIFY(AuditFilters::validate(f, m_clock.now(), &catalog).isEmpty());
        catalog.metadataKeysKnown = false; // not sampled yet: not judged
        f.metaKey = QStringLiteral("anything");
        QVERIFY(AuditFilters::validate(f, m_clock.now(), &catalog).isEmpty());
    }

    void likePatternEscapes()
    {
        QCOMPARE(AuditFilters::likePattern(QStringLiteral("a%b_c\\d")),
                 QStringLiteral("%a\\%b\\_c\\\\d%"));
    }

    void filterRoundTripsThroughSettings()
    {
        AuditFilter f;
        f.range = AuditFilter::Range::Custom;
        f.from = utc("2026-11-21T02:00:00.123Z");
        f.to = utc("2026-11-21T04:00:00Z");
        f.user = QStringLiteral("usr_a");
        f.ip = QStringLiteral("10.0.0.0/8");
        f.metaKey = QStringLiteral("k");
        f.metaValue = QStringLiteral("v");
        f.order = AuditFilter::Order::OldestFirst;
        f.limit = 100;
        QCOMPARE(AuditFilter::fromVariant(f.toVariant()), f);
    }
};

QTEST_GUILESS_MAIN(TestAuditFilter)
#include "tst_auditfilter.moc"
