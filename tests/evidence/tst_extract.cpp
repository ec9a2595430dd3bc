// Extracts stream rows into JSON Lines exactly as stored and CSV (formula
// cells neutralised), with the hash of what was written, on both engines and
// every audit layout (a table, partitioned, a view, a hot standby);
// parameters stay parameters.
#include "AuditFixture.h"
#include "WorkspaceFixture.h"
#include "models/core/Sha256.h"
#include "models/evidence/Extract.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// A minimal RFC 4180 reader, to check the CSV independently of the writer.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            row << QString::fromUtf8(field);
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class TestExtract : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    QHash<QString, ConnectionSpec> m_sources; // by engine/layout
    ConnectionSpec m_spec;                    // the current test's audit source
    QTemporaryDir m_out;
    QSqlDatabase m_db; // on the audit source (a standby's, read-only)
    int m_n = 0;

    // Rows the platform writes (into a view's base table; on a standby's primary).
    Result<void> write(const QString &sql, const QVariantList &params = {})
    {
        return m_src.exec(m_spec, sql, params);
    }
    const QStringList m_hostile{QStringLiteral("plain"),
                                QStringLiteral("comma, and \"quotes\""),
                                QStringLiteral("line\nbreak\r\nand tab\t"),
                                QStringLiteral("'; DROP TABLE audit_logs; --"),
                                QStringLiteral("back\\slash % _ ünïcødé \u200F rtl"),
                                QStringLiteral("=cmd|' /C calc'!A0")};

private slots:
    void initTestCase_data() { addAuditLayoutRows(); }
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        IC_START_PG(m_src.pg());
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString key = engine + QLatin1Char('/') + layoutName(currentLayout());
        if (!m_sources.contains(key)) {
            auto spec = m_src.create(engine);
            IC_VERIFY_OK(spec);
            m_sources.insert(key, spec.value());
        }
        m_spec = m_sources.value(key);
        IC_VERIFY_OK(write(QStringLiteral("DELETE FROM audit_logs")));
        const bool pg = engine == QLatin1String("postgres");
        const AuditWriteTarget target = writeTarget(m_src.layoutOf(m_spec));
        for (int i = 0; i < m_hostile.size(); ++i) {
            IC_VERIFY_OK(
                write(target.insertInto({QStringLiteral("event"), QStringLiteral("user_id"),
                                         QStringLiteral("ip"), QStringLiteral("query"),
                                         QStringLiteral("metadata")}) +
                          (pg ? QStringLiteral(" VALUES ('database_query', ?, CAST(? AS inet), ?, "
                                               "CAST(? AS %1))")
                                    .arg(target.metadataType)
                              : QStringLiteral(" VALUES ('database_query', ?, ?, ?, ?)")),
                      {QStringLiteral("usr_%1").arg(i % 2), QStringLiteral("10.0.0.%1").arg(i),
                       m_hostile.at(i), QStringLiteral("{\"n\": %1, \"s\": \"x\\\"y\"}").arg(i)}));
        }
        auto db = Db::open(m_spec, QStringLiteral("ex-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void rowsExactlyAsStored()
    {
        const QString j = m_out.filePath(QStringLiteral("x%1.jsonl").arg(m_n));
        const QString c = m_out.filePath(QStringLiteral("x%1.csv").arg(m_n));
        auto r =
            Extract::write(m_db,
                           QStringLiteral("SELECT id, user_id, ip, query, metadata FROM audit_logs "
                                          "WHERE user_id = ? ORDER BY id"),
                           {QStringLiteral("usr_1")}, j, c);
        IC_VERIFY_OK(r);
        QCOMPARE(r->rows, 3);
        QCOMPARE(r->columns,
                 (QStringList{QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("ip"),
                              QStringLiteral("query"), QStringLiteral("metadata")}));
        const QByteArray jsonl = readAll(j), csv = readAll(c);
        QCOMPARE(r->jsonlSha256, Sha256::hexOf(jsonl));
        QCOMPARE(r->csvSha256, Sha256::hexOf(csv));
        QCOMPARE(r->jsonlBytes, jsonl.size());
        const QList<QByteArray> lines = jsonl.split('\n');
        QCOMPARE(lines.size(), 4); // three rows and the final newline
        for (int k = 0; k < 3; ++k) {
            QJsonParseError e;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(k), &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, lines.at(k).constData());
            QVERIFY(o.value(QStringLiteral("id")).isDouble()); // numbers stay numbers
            const int n =
                o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("n")).toInt();
            QCOMPARE(n, 2 * k + 1);
            QCOMPARE(o.value(QStringLiteral("query")).toString(), m_hostile.at(n));
            // JSON columns stay JSON, not a string of JSON.
            QCOMPARE(o.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("s"))
                         .toString(),
                     QStringLiteral("x\"y"));
        }
        const QList<QStringList> table = parseCsv(csv);
        QCOMPARE(table.size(), 4);
        QCOMPARE(table.first().first(), QStringLiteral("id"));
        // The CSV is for spreadsheets: a cell that would run as a formula
        // starts with ' there (the JSON Lines above keep it exactly).
        for (int k = 0; k < 3; ++k) {
            const QString stored = m_hostile.at(2 * k + 1);
            QCOMPARE(table.at(k + 1).at(3),
                     stored.startsWith(QLatin1Char('=')) ? QLatin1Char('\'') + stored : stored);
        }
    }

    void hostileParametersMatchLiterally()
    {
        for (const QString &value : m_hostile) {
            const QString j =
                m_out.filePath(QStringLiteral("h%1-%2.jsonl").arg(m_n).arg(qHash(value)));
            auto r =
                Extract::write(m_db, QStringLiteral("SELECT id FROM audit_logs WHERE query = ?"),
                               {value}, j, j + QStringLiteral(".csv"));
            IC_VERIFY_OK(r);
            QCOMPARE(r->rows, 1);
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(),
                 m_hostile.size());
    }

    void badQueryAndCancelLeaveNoFiles()
    {
        const QString j = m_out.filePath(QStringLiteral("bad%1.jsonl").arg(m_n));
        auto bad = Extract::write(m_db, QStringLiteral("SELECT nope FROM nowhere"), {}, j,
                                  j + QStringLiteral(".csv"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("Nothing was exported")));
        QVERIFY(!QFile::exists(j) && !QFile::exists(j + QStringLiteral(".csv")));

        // Enough rows to report progress, then cancel.
        IC_VERIFY_OK(
            write(Db::isPostgres(m_db)
                      ? writeTarget(m_src.layoutOf(m_spec)).insertInto({QStringLiteral("event")}) +
                            QStringLiteral(" SELECT 'x' FROM generate_series(1, 25000)")
                      : QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
                                       "1 FROM n WHERE i < 25000) INSERT INTO audit_logs "
                                       "(event) SELECT 'x' FROM n")));
        const QString k = m_out.filePath(QStringLiteral("cancel%1.jsonl").arg(m_n));
        auto cancelled =
            Extract::write(m_db, QStringLiteral("SELECT * FROM audit_logs"), {}, k,
                           k + QStringLiteral(".csv"), [](qint64 rows) { return rows < 10000; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(k) && !QFile::exists(k + QStringLiteral(".csv")));
        // The connection is still usable afterwards.
        QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_logs")).toInt() > 25000);
    }

    void refusesToOverwrite()
    {
        const QString j = m_out.filePath(QStringLiteral("exists%1.jsonl").arg(m_n));
        QFile f(j);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        auto r =
            Extract::write(m_db, QStringLiteral("SELECT 1"), {}, j, j + QStringLiteral(".csv"));
        QVERIFY(!r.ok());
        QCOMPARE(readAll(j), QByteArray("keep me"));
    }

    // The escapers append runs of plain bytes whole; escapes at the start,
    // the end, side by side and alone must come out exactly.
    void escapesExactly_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("empty") << QByteArray() << QByteArray("\"\"") << QByteArray();
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"") << QByteArray("abc");
        QTest::newRow("quote first")
            << QByteArray("\"a") << QByteArray("\"\\\"a\"") << QByteArray("\"\"\"a\"");
        QTest::newRow("quote last")
            << QByteArray("a\"") << QByteArray("\"a\\\"\"") << QByteArray("\"a\"\"\"");
        QTest::newRow("only quotes")
            << QByteArray("\"\"") << QByteArray("\"\\\"\\\"\"") << QByteArray("\"\"\"\"\"\"");
        QTest::newRow("comma, no quote")
            << QByteArray("a,b") << QByteArray("\"a,b\"") << QByteArray("\"a,b\"");
        QTest::newRow("comma then quote") << QByteArray("a,\"b\"") << QByteArray("\"a,\\\"b\\\"\"")
                                          << QByteArray("\"a,\"\"b\"\"\"");
        QTest::newRow("controls") << QByteArray("\x01\tx\n\r\x1f", 6)
                                  << QByteArray("\"\\u0001\\tx\\n\\r\\u001f\"")
                                  << QByteArray("\"\x01\tx\n\r\x1f\"", 8);
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"")
                             << QByteArray("a\0b", 3);
        QTest::newRow("backslashes")
            << QByteArray("\\\\") << QByteArray("\"\\\\\\\\\"") << QByteArray("\\\\");
        QTest::newRow("utf-8") << QByteArray("ü\u200f") << QByteArray("\"ü\u200f\"")
                               << QByteArray("ü\u200f");
    }
    void escapesExactly()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, csv);
        QByteArray j("x"), c("x");
        Extract::appendJsonString(j, in);
        Extract::appendCsvField(c, in);
        QCOMPARE(j, "x" + json);
        QCOMPARE(c, "x" + csv);
        QJsonParseError e;
        const QJsonDocument back = QJsonDocument::fromJson("[" + json + "]", &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(back.array().at(0).toString().toUtf8(), in);
    }

    // More rows than one fetch and more bytes than one write buffer: the
    // batches fetched ahead and the buffers written behind arrive whole and
    // in order.
    void manyBatchesInOrder()
    {
        const QString sql =
            Db::isPostgres(m_db)
                ? QStringLiteral("SELECT g AS n, repeat('x', 200) || g AS pad "
                                 "FROM generate_series(1, ?) g ORDER BY g")
                : QStringLiteral("WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 "
                                 "FROM s WHERE g < ?) SELECT g AS n, "
                                 "printf('%.200c', 'x') || g AS pad FROM s");
        const QString j = m_out.filePath(QStringLiteral("many%1.jsonl").arg(m_n));
        auto r = Extract::write(m_db, sql, {23456}, j, j + QStringLiteral(".csv"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().fullText()));
        QCOMPARE(r->rows, 23456);
        const QByteArray jsonl = readAll(j);
        QVERIFY(jsonl.size() > 4 << 20); // more than one write buffer
        QCOMPARE(r->jsonlSha256, Sha256::hexOf(jsonl));
        QCOMPARE(r->csvSha256, Sha256::hexOf(readAll(j + QStringLiteral(".csv"))));
        const QList<QByteArray> lines = jsonl.split('\n');
        QCOMPARE(lines.size(), 23457);
        for (int k = 0; k < 23456; ++k) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(k)).object();
            QCOMPARE(o.value(QStringLiteral("n")).toInteger(), k + 1);
            QCOMPARE(o.value(QStringLiteral("pad")).toString(),
                     QString(200, QLatin1Char('x')) + QString::number(k + 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
