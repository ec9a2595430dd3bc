// The PostgreSQL text scanner behind `?` → $n (Db::toPgPlaceholders,
// AuditSql::forEngine) and the console's "can it be enclosed" check: a `?`
// in a comment, a dollar quote or an escape string is text, not a parameter;
// text that would end the statement it is pasted into is refused.
#include "models/audit/AuditSql.h"
#include "models/store/Database.h"
#include "models/store/SqlText.h"

#include <QTest>

using namespace ic;

class TestSqlText : public QObject
{
    Q_OBJECT
private slots:
    void placeholders_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *sql, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(expected);
        };
        row("plain", "SELECT ?, ?", "SELECT $1, $2");
        row("string", "SELECT '?', ?", "SELECT '?', $1");
        row("doubled quote", "SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1");
        row("identifier", "SELECT \"a?\"\"b\", ?", "SELECT \"a?\"\"b\", $1");
        row("line comment", "SELECT 1 -- why?\n, ?", "SELECT 1 -- why?\n, $1");
        row("block comment", "SELECT /* ? */ ?", "SELECT /* ? */ $1");
        row("nested comment", "SELECT /* a /* ? */ ? */ ?", "SELECT /* a /* ? */ ? */ $1");
        row("dollar quote", "SELECT $$ ? $$, ?", "SELECT $$ ? $$, $1");
        row("tagged dollar quote", "SELECT $q$ ? $x$ ? $q$, ?", "SELECT $q$ ? $x$ ? $q$, $1");
        row("escape string", "SELECT E'\\' ?', ?", "SELECT E'\\' ?', $1");
        row("lower-case escape string", "SELECT e'\\\\', ?", "SELECT e'\\\\', $1");
        row("not an escape string", "SELECT name'x', ?", "SELECT name'x', $1");
        row("parameter and name with $", "SELECT a$b, ?", "SELECT a$b, $1");
        row("jsonb operator in code", "SELECT m ? 'k'", "SELECT m $1 'k'");
        row("unterminated comment", "SELECT ? /* ?", "SELECT $1 /* ?");
        row("unterminated string", "SELECT ? '?", "SELECT $1 '?");
    }
    void placeholders()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromUtf8(Db::toPgPlaceholders(sql)), expected);
        QCOMPARE(AuditSql::forEngine(sql, Db::Engine::Postgres), expected);
        QCOMPARE(AuditSql::forEngine(sql, Db::Engine::Sqlite), sql);
    }

    void enclosable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("ok");
        auto row = [](const char *name, const char *sql, bool ok) {
            QTest::newRow(name) << QString::fromUtf8(sql) << ok;
        };
        row("select", "SELECT 1", true);
        row("subquery", "SELECT (SELECT 1) AS x", true);
        row("paren in string", "SELECT ')' AS x", true);
        row("paren in comment", "SELECT 1 -- )\n", true);
        row("trailing line comment", "SELECT 1 -- the end", true);
        row("closes the wrapper", "SELECT 1) TO PROGRAM 'id' --", false);
        row("closes then reopens", "SELECT 1) TO '/tmp/x' (FORMAT csv", false);
        row("semicolon", "SELECT 1; SELECT 2", false);
        row("open comment", "SELECT 1 /*", false);
        row("open nested comment", "SELECT 1 /* /* */", false);
        row("open string", "SELECT 'x", false);
        row("open escape string", "SELECT E'x\\'", false);
        row("open dollar quote", "SELECT $a$ x", false);
        row("open identifier", "SELECT \"x", false);
        row("unbalanced open", "SELECT (1", false);
    }
    void enclosable()
    {
        QFETCH(QString, sql);
        QFETCH(bool, ok);
        QCOMPARE(SqlText::isEnclosable(sql), ok);
    }

    void spansCoverTheText()
    {
        const QString sql = QStringLiteral("SELECT E'a\\'b', $t$x$t$, \"q\" /* c */ -- d\n?");
        const auto scan = SqlText::scanPostgres(sql);
        QVERIFY(scan.complete);
        qsizetype at = 0;
        for (const SqlText::Span &s : scan.spans) {
            QCOMPARE(s.begin, at);
            QVERIFY(s.end > s.begin);
            at = s.end;
        }
        QCOMPARE(at, sql.size());
    }
};

QTEST_GUILESS_MAIN(TestSqlText)
#include "tst_sqltext.moc"
