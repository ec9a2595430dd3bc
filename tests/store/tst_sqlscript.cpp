#include "models/store/Database.h"
#include "models/store/SqlScript.h"

#include <QTest>

using namespace ic;

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x int);\nCREATE TABLE b (y int);")
                             << QStringList{QStringLiteral("CREATE TABLE a (x int)"),
                                            QStringLiteral("CREATE TABLE b (y int)")};
        QTest::newRow("no trailing semicolon")
            << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 2;")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("doubled quote")
            << QStringLiteral("SELECT 'it''s; fine'; SELECT 3")
            << QStringList{QStringLiteral("SELECT 'it''s; fine'"), QStringLiteral("SELECT 3")};
        QTest::newRow("quoted identifier") << QStringLiteral("SELECT \"a;b\" FROM t;")
                                           << QStringList{QStringLiteral("SELECT \"a;b\" FROM t")};
        QTest::newRow("line comment dropped")
            << QStringLiteral("-- a; comment\nSELECT 1; -- trailing; here\n")
            << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("block comment dropped")
            << QStringLiteral("/* x; y */ SELECT 1;") << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("dollar quoted body")
            << QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN PERFORM 1; "
                              "RETURN NEW; END $$ LANGUAGE plpgsql; SELECT 1;")
            << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN "
                                          "PERFORM 1; RETURN NEW; END $$ LANGUAGE plpgsql"),
                           QStringLiteral("SELECT 1")};
        QTest::newRow("tagged dollar quote")
            << QStringLiteral("SELECT $body$ ; $$ ; $body$; SELECT 2")
            << QStringList{QStringLiteral("SELECT $body$ ; $$ ; $body$"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("positional parameter is not a dollar quote")
            << QStringLiteral("SELECT $1; SELECT $2")
            << QStringList{QStringLiteral("SELECT $1"), QStringLiteral("SELECT $2")};
        QTest::newRow("empty statements") << QStringLiteral(" ; ;\n;") << QStringList{};
        QTest::newRow("unterminated string keeps the rest")
            << QStringLiteral("SELECT 'abc; def")
            << QStringList{QStringLiteral("SELECT 'abc; def")};
    }
    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }

    void pgPlaceholders_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QByteArray>("pg");
        QTest::newRow("two") << QStringLiteral("SELECT * FROM t WHERE a = ? AND b = ?")
                             << QByteArray("SELECT * FROM t WHERE a = $1 AND b = $2");
        QTest::newRow("in a string")
            << QStringLiteral("SELECT '?' , ? FROM t") << QByteArray("SELECT '?' , $1 FROM t");
        QTest::newRow("in an identifier") << QStringLiteral("SELECT \"what?\" FROM t WHERE x = ?")
                                          << QByteArray("SELECT \"what?\" FROM t WHERE x = $1");
        QTest::newRow("in a comment") << QStringLiteral("SELECT ? -- why?\nFROM t")
                                      << QByteArray("SELECT $1 -- why?\nFROM t");
        QTest::newRow("none") << QStringLiteral("SELECT 1") << QByteArray("SELECT 1");
    }
    void pgPlaceholders()
    {
        QFETCH(QString, sql);
        QFETCH(QByteArray, pg);
        QCOMPARE(Db::toPgPlaceholders(sql), pg);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
