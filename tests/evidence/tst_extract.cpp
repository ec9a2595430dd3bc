// Extracts stream rows into JSON Lines and CSV exactly as stored, with the
// hash of what was written, on both engines; parameters stay parameters.
#include "WorkspaceFixture.h"
#include "core/Sha256.h"
#include "evidence/Extract.h"
#include "store/Workspace.h"

#include <QFile>
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
    TestWorkspaces m_ws;
    QTemporaryDir m_out;
    QSqlDatabase m_db;
    int m_n = 0;
    const QStringList m_hostile{QStringLiteral("plain"),
                                QStringLiteral("comma, and \"quotes\""),
                                QStringLiteral("line\nbreak\r\nand tab\t"),
                                QStringLiteral("'; DROP TABLE audit_logs; --"),
                                QStringLiteral("back\\slash % _ ünïcødé \u200F rtl"),
                                QStringLiteral("=cmd|' /C calc'!A0")};

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid() && m_out.isValid());
        IC_START_PG(m_ws.pg());
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("ex-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        if (!m_db.tables().contains(QStringLiteral("audit_logs")))
            IC_VERIFY_OK(Workspace::ensurePlatformTables(m_db, QDateTime::currentDateTimeUtc()));
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DELETE FROM audit_logs")));
        for (int i = 0; i < m_hostile.size(); ++i) {
            IC_VERIFY_OK(Db::exec(m_db,
                                  QStringLiteral("INSERT INTO audit_logs (event, user_id, ip, query, "
                                                 "metadata) VALUES ('database_query', ?, ?, ?, ?)"),
                                  {QStringLiteral("usr_%1").arg(i % 2), QStringLiteral("10.0.0.%1").arg(i),
                                   m_hostile.at(i),
                                   QStringLiteral("{\"n\": %1, \"s\": \"x\\\"y\"}").arg(i)}));
        }
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
        auto r = Extract::write(m_db,
                                QStringLiteral("SELECT id, user_id, ip, query, metadata FROM audit_logs "
                                               "WHERE user_id = ? ORDER BY id"),
                                {QStringLiteral("usr_1")}, j, c);
        IC_VERIFY_OK(r);
        QCOMPARE(r->rows, 3);
        QCOMPARE(r->columns, (QStringList{QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("ip"),
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
            const int n = o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("n")).toInt();
            QCOMPARE(n, 2 * k + 1);
            QCOMPARE(o.value(QStringLiteral("query")).toString(), m_hostile.at(n));
            // JSON columns stay JSON, not a string of JSON.
            QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("s")).toString(),
                     QStringLiteral("x\"y"));
        }
        const QList<QStringList> table = parseCsv(csv);
        QCOMPARE(table.size(), 4);
        QCOMPARE(table.first().first(), QStringLiteral("id"));
        for (int k = 0; k < 3; ++k)
            QCOMPARE(table.at(k + 1).at(3), m_hostile.at(2 * k + 1));
    }

    void hostileParametersMatchLiterally()
    {
        for (const QString &value : m_hostile) {
            const QString j = m_out.filePath(QStringLiteral("h%1-%2.jsonl").arg(m_n).arg(qHash(value)));
            auto r = Extract::write(m_db, QStringLiteral("SELECT id FROM audit_logs WHERE query = ?"), {value},
                                    j, j + QStringLiteral(".csv"));
            IC_VERIFY_OK(r);
            QCOMPARE(r->rows, 1);
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_logs")).toInt(), m_hostile.size());
    }

    void badQueryAndCancelLeaveNoFiles()
    {
        const QString j = m_out.filePath(QStringLiteral("bad%1.jsonl").arg(m_n));
        auto bad = Extract::write(m_db, QStringLiteral("SELECT nope FROM nowhere"), {}, j, j + QStringLiteral(".csv"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("Nothing was exported")));
        QVERIFY(!QFile::exists(j) && !QFile::exists(j + QStringLiteral(".csv")));

        // Enough rows to report progress, then cancel.
        IC_VERIFY_OK(Db::exec(m_db, Db::isPostgres(m_db)
                                        ? QStringLiteral("INSERT INTO audit_logs (event) SELECT 'x' FROM "
                                                         "generate_series(1, 25000)")
                                        : QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
                                                         "1 FROM n WHERE i < 25000) INSERT INTO audit_logs "
                                                         "(event) SELECT 'x' FROM n")));
        const QString k = m_out.filePath(QStringLiteral("cancel%1.jsonl").arg(m_n));
        auto cancelled = Extract::write(m_db, QStringLiteral("SELECT * FROM audit_logs"), {}, k,
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
        auto r = Extract::write(m_db, QStringLiteral("SELECT 1"), {}, j, j + QStringLiteral(".csv"));
        QVERIFY(!r.ok());
        QCOMPARE(readAll(j), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
