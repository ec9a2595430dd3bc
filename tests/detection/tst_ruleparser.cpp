// The rule file format: the built-in rules parse; every kind of bad file is
// refused with a message naming the line and what to do; queries are read
// the way the database reads them (quotes, comments, casts, placeholders).
#include "models/detection/Rule.h"
#include "models/detection/RuleLibrary.h"
#include "models/detection/RuleSql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

const QByteArray Header = "name: Test rule\n"
                          "description: A rule for tests.\n"
                          "severity: P1\n"
                          "playbook: Token Compromise\n"
                          "subject: user\n"
                          "schedule: 5m\n";

const QByteArray RowSql = "SELECT user_id AS subject, id, timestamp FROM audit_logs\n"
                          "WHERE id > :after_id AND id <= :upto_id\n";

QByteArray rowRule(const QByteArray &extraHeader = {}, const QByteArray &sql = RowSql)
{
    return Header + extraHeader + "\n[sqlite]\n" + sql + "\n[postgres]\n" + sql;
}

Result<Rule> parse(const QByteArray &bytes)
{
    return RuleFile::parse(bytes, QStringLiteral("test-rule"), QStringLiteral("test-rule.rule"));
}

} // namespace

class TestRuleParser : public QObject
{
    Q_OBJECT
private slots:
    void builtInRulesParse()
    {
        const RuleSet set = RuleLibrary::load({}, true);
        QVERIFY2(set.problems.isEmpty(),
                 qPrintable(set.problems.isEmpty() ? QString() : set.problems.first().message));
        QStringList ids;
        for (const Rule &r : set.rules) {
            ids << r.id;
            QVERIFY(r.builtIn);
            QVERIFY(!r.name.isEmpty());
            QVERIFY(!r.description.isEmpty());
            QVERIFY(!r.playbook.isEmpty());
            QVERIFY(!r.sqliteSql.isEmpty());
            QVERIFY(!r.postgresSql.isEmpty());
            QCOMPARE(r.digest.size(), 64);
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("api-key-many-ips"), QStringLiteral("api-key-new-ip"),
                              QStringLiteral("cross-tenant-access"),
                              QStringLiteral("failed-token-validations"),
                              QStringLiteral("large-query-volume"), QStringLiteral("mass-export"),
                              QStringLiteral("privilege-escalation"), QStringLiteral("rls-bypass"),
                              QStringLiteral("token-after-logout"), QStringLiteral("token-new-ip"),
                              QStringLiteral("traffic-spike")}));
    }

    void windowedRuleReadsEveryKey()
    {
        const QByteArray sql =
            "-- it's a comment with a quote\n"
            "SELECT tenant_id AS subject, id, timestamp, length(query) AS value\n"
            "FROM audit_logs /* a /* nested */ comment */\n"
            "WHERE event = 'database_query' AND metadata->>'x'::text <> ':no'\n"
            "  AND length(query) > :min_length;\n";
        auto r = parse(Header + "window: 1h\naggregate: sum\nthreshold: > 1000000\ngroup: 6h\n"
                                "timeout: 90s\nparam.min_length: 10\n"
                                "description_is_not_a_key_continuation: no\n");
        QVERIFY(!r.ok()); // unknown key
        QVERIFY(r.error().message.contains(QLatin1String("description_is_not_a_key_continuation")));

        auto ok = parse(Header.left(Header.indexOf("severity")) +
                        "  that spans two lines\nseverity: P0\nplaybook: Tenant Breach\n"
                        "subject: tenant\nschedule: 2m\nwindow: 1h\naggregate: sum\n"
                        "threshold: > 1000000\ngroup: 6h\ntimeout: 90s\nparam.min_length: 10\n"
                        "\n[sqlite]\n" +
                        sql + "[postgres]\n" + sql);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        const Rule &rule = ok.value();
        QCOMPARE(rule.id, QStringLiteral("test-rule"));
        QCOMPARE(rule.description, QStringLiteral("A rule for tests. that spans two lines"));
        QCOMPARE(rule.severity, Severity::P0);
        QCOMPARE(rule.subject, RuleSubject::Tenant);
        QCOMPARE(rule.scheduleSeconds, qint64(120));
        QCOMPARE(rule.windowSeconds, qint64(3600));
        QCOMPARE(rule.aggregate, RuleAggregate::Sum);
        QVERIFY(!rule.threshold.orEqual);
        QCOMPARE(rule.threshold.value, 1000000.0);
        QVERIFY(!rule.threshold.isMetBy(1000000));
        QVERIFY(rule.threshold.isMetBy(1000001));
        QCOMPARE(rule.groupSeconds, qint64(6 * 3600));
        QCOMPARE(rule.timeoutSeconds, qint64(90));
        QCOMPARE(rule.params.size(), 1);
        QCOMPARE(rule.params.first().second, QVariant(qint64(10)));
        // Comments and the trailing ';' are gone; quotes, casts stay.
        QVERIFY(!rule.postgresSql.contains(QLatin1String("comment")));
        QVERIFY(!rule.postgresSql.contains(QLatin1Char(';')));
        QVERIFY(rule.postgresSql.contains(QLatin1String("'x'::text <> ':no'")));
        QCOMPARE(RuleFile::placeholders(rule.postgresSql),
                 QStringList{QStringLiteral("min_length")});
    }

    void rowRuleDefaults()
    {
        auto r = parse(rowRule());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(!r->isWindowed());
        QCOMPARE(r->groupSeconds, qint64(86400));
        QCOMPARE(r->timeoutSeconds, qint64(30));
        QCOMPARE(RuleFile::placeholders(r->sqliteSql),
                 (QStringList{QStringLiteral("after_id"), QStringLiteral("upto_id")}));
    }

    void badFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray windowed = "window: 1h\nthreshold: >= 3\n";
        const QByteArray winSql = "SELECT user_id AS subject, id, timestamp FROM audit_logs\n";
        QTest::newRow("empty") << QByteArray() << QStringLiteral("\"name:\" is missing");
        QTest::newRow("not utf-8")
            << QByteArray("name: \xff\xfe\n") << QStringLiteral("not valid UTF-8");
        QTest::newRow("nul") << QByteArray("name: a\0b\n", 10) << QStringLiteral("NUL byte");
        QTest::newRow("too big") << QByteArray(300 * 1024, 'a')
                                 << QStringLiteral("larger than 256 KiB");
        QTest::newRow("no colon") << QByteArray("name Test\n")
                                  << QStringLiteral("line 1: expected \"key: value\"");
        QTest::newRow("unknown key")
            << rowRule("colour: red\n") << QStringLiteral("line 7: \"colour\" is not a rule key");
        QTest::newRow("twice") << rowRule("name: again\n")
                               << QStringLiteral("\"name\" is given twice (first on line 1)");
        QTest::newRow("dangling continuation")
            << QByteArray("  indented\n") << QStringLiteral("no value above it");
        QTest::newRow("severity") << QByteArray(Header).replace("P1", "P5") + "\n[sqlite]\n" +
                                         RowSql + "[postgres]\n" + RowSql
                                  << QStringLiteral(
                                         "\"severity: P5\" is not one of P0, P1, P2, P3");
        QTest::newRow("lower-case severity")
            << QByteArray(Header).replace("P1", "p1") + "\n[sqlite]\n" + RowSql + "[postgres]\n" +
                   RowSql
            << QStringLiteral("\"severity: p1\"");
        QTest::newRow("subject") << QByteArray(Header).replace("subject: user", "subject: planet") +
                                        "\n[sqlite]\n" + RowSql + "[postgres]\n" + RowSql
                                 << QStringLiteral("\"subject: planet\" is not one of");
        QTest::newRow("schedule missing") << QByteArray(Header).replace("schedule: 5m\n", "") +
                                                 "\n[sqlite]\n" + RowSql + "[postgres]\n" + RowSql
                                          << QStringLiteral("\"schedule:\" is missing");
        QTest::newRow("schedule not a duration")
            << QByteArray(Header).replace("5m", "5 minutes") + "\n[sqlite]\n" + RowSql +
                   "[postgres]\n" + RowSql
            << QStringLiteral("line 6: \"schedule: 5 minutes\" is not a duration");
        QTest::newRow("schedule too often")
            << QByteArray(Header).replace("5m", "10s") + "\n[sqlite]\n" + RowSql + "[postgres]\n" +
                   RowSql
            << QStringLiteral("\"schedule\" must be between 1m and 1d");
        QTest::newRow("negative window")
            << rowRule("window: -1h\n") << QStringLiteral("\"window: -1h\" is not a duration");
        QTest::newRow("threshold without window")
            << rowRule("threshold: > 3\n") << QStringLiteral("need a \"window\"");
        QTest::newRow("window without threshold")
            << rowRule("window: 1h\n") << QStringLiteral("needs a \"threshold:\"");
        QTest::newRow("bad threshold")
            << rowRule("window: 1h\nthreshold: about 20\n")
            << QStringLiteral("\"threshold: about 20\" is not a comparison");
        QTest::newRow("bad aggregate") << rowRule("window: 1h\nthreshold: > 2\naggregate: median\n")
                                       << QStringLiteral("\"aggregate: median\" is not one of");
        QTest::newRow("control character")
            << QByteArray(Header).replace("A rule for tests.", "A\x07rule") + "\n[sqlite]\n" +
                   RowSql + "[postgres]\n" + RowSql
            << QStringLiteral("\"description\" contains a control character");
        QTest::newRow("long name")
            << QByteArray(Header).replace("Test rule", QByteArray(121, 'n')) + "\n[sqlite]\n" +
                   RowSql + "[postgres]\n" + RowSql
            << QStringLiteral("\"name\" is longer than 120 characters");
        QTest::newRow("no postgres")
            << Header + "\n[sqlite]\n" + RowSql << QStringLiteral("no [postgres] section");
        QTest::newRow("section twice") << Header + "\n[sqlite]\n" + RowSql + "[sqlite]\n" + RowSql
                                       << QStringLiteral("the [sqlite] section appears twice");
        QTest::newRow("unknown section")
            << Header + "\n[mysql]\n" + RowSql << QStringLiteral("[mysql] is not a section");
        QTest::newRow("empty query") << Header + "\n[sqlite]\n-- nothing\n[postgres]\n" + RowSql
                                     << QStringLiteral("the [sqlite] section has no query");
        QTest::newRow("not a select")
            << rowRule({}, "DELETE FROM audit_logs WHERE id > :after_id AND id <= :upto_id")
            << QStringLiteral("must be one SELECT");
        QTest::newRow("two statements") << rowRule({}, RowSql + "; DROP TABLE audit_logs")
                                        << QStringLiteral("has more than one statement");
        QTest::newRow("unclosed quote") << rowRule({}, RowSql + " AND event = 'x")
                                        << QStringLiteral("has a ' that is never closed");
        QTest::newRow("unclosed comment") << rowRule({}, RowSql + " /* forever")
                                          << QStringLiteral("/* comment that is never closed");
        QTest::newRow("positional ?")
            << rowRule({}, RowSql + " AND user_id = ?") << QStringLiteral("uses ?");
        QTest::newRow("positional $1")
            << rowRule({}, RowSql + " AND user_id = $1") << QStringLiteral("$1-style parameter");
        QTest::newRow("undeclared parameter")
            << rowRule({}, RowSql + " AND user_id = :who")
            << QStringLiteral("uses :who, which is not a parameter; declare it in the header as "
                              "\"param.who: value\"");
        QTest::newRow("unused parameter")
            << rowRule("param.who: x\n")
            << QStringLiteral("param.who is declared but neither query uses :who");
        QTest::newRow("reserved parameter")
            << rowRule("param.after_id: 3\n") << QStringLiteral("\"after_id\" is reserved");
        QTest::newRow("bad parameter name")
            << rowRule("param.Who: 3\n") << QStringLiteral("\"Who\" is not a parameter name");
        QTest::newRow("row rule reads everything")
            << rowRule({}, "SELECT user_id AS subject, id, timestamp FROM audit_logs")
            << QStringLiteral("must read only new rows: use both :after_id and :upto_id");
        QTest::newRow("windowed rule limits itself")
            << Header + windowed + "\n[sqlite]\n" + RowSql + "[postgres]\n" + RowSql
            << QStringLiteral("must not use :after_id or :upto_id");
        QTest::newRow("windowed ok but no postgres") << Header + windowed + "\n[sqlite]\n" + winSql
                                                     << QStringLiteral("no [postgres] section");
        QTest::newRow("carriage return")
            << QByteArray("name: a\rb\n") << QStringLiteral("carriage returns");
    }
    void badFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto r = parse(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        const QString m = r.error().message;
        QVERIFY2(m.contains(expected), qPrintable(m));
        // What happened, what was not changed, what to do.
        QVERIFY2(m.startsWith(QLatin1String("The detection rule test-rule.rule")), qPrintable(m));
        QVERIFY(m.contains(QLatin1String("The rule was not loaded; the other rules still run.")));
        QVERIFY(m.contains(QLatin1String("docs/detection-rules.md")));
    }

    void durations()
    {
        QCOMPARE(RuleFile::parseDuration(QStringLiteral("90s")), std::optional<qint64>(90));
        QCOMPARE(RuleFile::parseDuration(QStringLiteral("5m")), std::optional<qint64>(300));
        QCOMPARE(RuleFile::parseDuration(QStringLiteral("1h")), std::optional<qint64>(3600));
        QCOMPARE(RuleFile::parseDuration(QStringLiteral("7d")), std::optional<qint64>(7 * 86400));
        for (const char *bad : {"", "5", "m", "5 m", "-5m", "5M", "1.5h", "99999999s", "5mm"})
            QVERIFY2(!RuleFile::parseDuration(QString::fromLatin1(bad)), bad);
        QCOMPARE(RuleFile::formatDuration(600), QStringLiteral("10m"));
        QCOMPARE(RuleFile::formatDuration(86400), QStringLiteral("1d"));
        QCOMPARE(RuleFile::formatDuration(90), QStringLiteral("90s"));
    }

    void scanning_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("placeholders");
        QTest::addColumn<QString>("error");
        QTest::newRow("cast is not a placeholder")
            << QStringLiteral("SELECT x::int FROM t WHERE a = :a")
            << QStringList{QStringLiteral("a")} << QString();
        QTest::newRow("inside quotes")
            << QStringLiteral("SELECT ':a', \":b\", `:c` FROM t WHERE d = :d")
            << QStringList{QStringLiteral("d")} << QString();
        QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s :x' FROM t WHERE y = :y")
                                       << QStringList{QStringLiteral("y")} << QString();
        QTest::newRow("escape string") << QStringLiteral("SELECT E'it\\'s :x' FROM t WHERE y = :y")
                                       << QStringList{QStringLiteral("y")} << QString();
        QTest::newRow("dollar quote")
            << QStringLiteral("SELECT $q$ :x ; ? $q$, $$ :z $$ FROM t WHERE y = :y")
            << QStringList{QStringLiteral("y")} << QString();
        QTest::newRow("comment with quote")
            << QStringLiteral("SELECT 1 -- it's :x\nFROM t WHERE y = :y")
            << QStringList{QStringLiteral("y")} << QString();
        QTest::newRow("repeated") << QStringLiteral("SELECT :a, :b, :a")
                                  << (QStringList{QStringLiteral("a"), QStringLiteral("b")})
                                  << QString();
        QTest::newRow("array slice needs spaces")
            << QStringLiteral("SELECT a[1:2] FROM t") << QStringList{} << QString();
        QTest::newRow("identifier with dollar")
            << QStringLiteral("SELECT a$1 FROM t") << QStringList{} << QString();
        QTest::newRow("unclosed dollar") << QStringLiteral("SELECT $x$ never") << QStringList{}
                                         << QStringLiteral("never closed");
        QTest::newRow("jsonb ? operator") << QStringLiteral("SELECT metadata ? 'k' FROM t")
                                          << QStringList{} << QStringLiteral("jsonb_exists");
    }
    void scanning()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, placeholders);
        QFETCH(QString, error);
        const RuleSql::Scan s = RuleSql::scan(sql);
        if (error.isEmpty()) {
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
            QCOMPARE(s.placeholders, placeholders);
        } else {
            QVERIFY2(s.error.contains(error), qPrintable(s.error));
        }
    }

    void inliningForExplain()
    {
        RuleSql::Statement st;
        st.sql = QStringLiteral("SELECT ':a', :a, :b FROM t WHERE c = :c");
        st.binds = {{QStringLiteral("a"), qint64(5)},
                    {QStringLiteral("b"), QStringLiteral("it's")},
                    {QStringLiteral("c"), 2.5}};
        QCOMPARE(RuleSql::inlined(st),
                 QStringLiteral("SELECT ':a', 5, 'it''s' FROM t WHERE c = 2.5"));
    }

    void idsComeFromFileNames()
    {
        QCOMPARE(RuleFile::idFromPath(QStringLiteral("/x/many-failed-logins.rule")).value(),
                 QStringLiteral("many-failed-logins"));
        for (const char *bad : {"/x/Upper.rule", "/x/has space.rule", "/x/no-extension", "/x/.rule",
                                "/x/under_score.rule"}) {
            auto id = RuleFile::idFromPath(QString::fromLatin1(bad));
            QVERIFY2(!id.ok(), bad);
            QVERIFY(id.error().message.contains(QLatin1String("lower-case")));
        }
    }

    void foldersReportProblemsAndKeepGoing()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("my-rule.rule", rowRule());
        write("broken.rule", "name: only a name\n");
        write("traffic-spike.rule", rowRule()); // the id of a built-in rule
        write("Bad Name.rule", rowRule());
        write("notes.txt", "not a rule");
        const RuleSet set =
            RuleLibrary::load({dir.path(), dir.filePath(QStringLiteral("missing"))});
        QStringList ids;
        for (const Rule &r : set.rules)
            ids << r.id;
        QVERIFY(ids.contains(QStringLiteral("my-rule")));
        QCOMPARE(ids.count(QStringLiteral("traffic-spike")), 1);
        QCOMPARE(set.rules.size(), 12);
        QCOMPARE(set.problems.size(), 4);
        QStringList messages;
        for (const RuleProblem &p : set.problems)
            messages << p.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(
            all.contains(QLatin1String("broken.rule cannot be used: \"description:\" is missing")),
            qPrintable(all));
        QVERIFY(all.contains(QLatin1String("has the id \"traffic-spike\" of the rule already "
                                           "loaded from :/rules/traffic-spike.rule")));
        QVERIFY(all.contains(QLatin1String("is not a rule id")));
        QVERIFY(all.contains(QLatin1String("does not exist or cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestRuleParser)
#include "tst_ruleparser.moc"
