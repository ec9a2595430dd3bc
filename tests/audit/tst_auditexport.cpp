// Exporting a result to CSV and JSON Lines on both engines: every row, in
// order, with awkward values intact; parameters bound; a cancelled or
// failed export leaves no file behind.
#include "AuditFixture.h"
#include "models/audit/AuditExporter.h"
#include "models/core/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace ic;
using namespace ic::test;

namespace {

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAuditExport : public QObject
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
        const QString key = engine + QLatin1Char('/') + layoutName(currentLayout());
        if (!m_sources.contains(key)) {
            auto spec = m_src.create(engine);
            if (!spec || !m_src.generate(spec.value(), 3000, 10))
                return {};
            QList<TestRow> odd;
            odd << TestRow{9001,
                           QStringLiteral("2026-11-21 00:00:00.000"),
                           QStringLiteral("database_query"),
                           QStringLiteral("usr_'quote"),
                           QStringLiteral("ten,comma"),
                           {},
                           QStringLiteral("10.9.9.9"),
                           QStringLiteral("SELECT \"a\", 'b'\nFROM t -- ünïcødé \u202E"),
                           QStringLiteral(R"({"note": "line\nbreak", "n": 1})")};
            if (!m_src.insert(spec.value(), odd))
                return {};
            m_sources.insert(key, spec.value());
        }
        return m_sources.value(key);
    }

    QString path(const char *ext)
    {
        return m_dir.filePath(QStringLiteral("export-%1.%2").arg(++m_n).arg(QLatin1String(ext)));
    }

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

    void filterToCsv()
    {
        const ConnectionSpec spec = source();
        AuditExporter ex(spec);
        const QString file = path("csv");
        const Db::Engine engine = spec.kind == ConnectionProfile::Kind::Postgres
                                      ? Db::Engine::Postgres
                                      : Db::Engine::Sqlite;
        auto done = exportAndWait(ex, [&] {
            ex.exportFilter(AuditFilters::compile({}, engine, QDateTime::currentDateTimeUtc()),
                            AuditExporter::Format::Csv, file, 3001);
        });
        IC_VERIFY_OK(done);
        QCOMPARE(done.value(), qint64(3001));
        const QList<QStringList> records = parseCsv(readAll(file));
        QCOMPARE(records.size(), 3002);
        QCOMPARE(
            records.first(),
            (QStringList{QStringLiteral("id"), QStringLiteral("timestamp"), QStringLiteral("event"),
                         QStringLiteral("user_id"), QStringLiteral("tenant_id"),
                         QStringLiteral("api_key_id"), QStringLiteral("ip"),
                         QStringLiteral("query"), QStringLiteral("metadata")}));
        QList<qint64> ids;
        for (int i = 1; i < records.size(); ++i)
            ids << records.at(i).value(0).toLongLong();
        QCOMPARE(ids, m_src.ids(spec, true));
        const QStringList odd = records.at(1); // the newest row
        QCOMPARE(odd.value(0), QStringLiteral("9001"));
        QCOMPARE(odd.value(3), QStringLiteral("usr_'quote"));
        QCOMPARE(odd.value(4), QStringLiteral("ten,comma"));
        QCOMPARE(odd.value(7), QStringLiteral("SELECT \"a\", 'b'\nFROM t -- ünïcødé \u202E"));
        QCOMPARE(QJsonDocument::fromJson(odd.value(8).toUtf8())
                     .object()
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("line\nbreak"));
        QCOMPARE(odd.value(5), QString()); // NULL
    }

    void filterToJsonLinesWithBoundValues()
    {
        const ConnectionSpec spec = source();
        const Db::Engine engine = spec.kind == ConnectionProfile::Kind::Postgres
                                      ? Db::Engine::Postgres
                                      : Db::Engine::Sqlite;
        AuditExporter ex(spec);
        const QString file = path("jsonl");
        AuditFilter f;
        f.user = QStringLiteral("usr_'quote");
        f.ip = QStringLiteral("10.9.0.0/16");
        f.range = AuditFilter::Range::Custom;
        f.from = utc("2026-11-20T00:00:00Z");
        auto done = exportAndWait(ex, [&] {
            ex.exportFilter(AuditFilters::compile(f, engine, QDateTime::currentDateTimeUtc()),
                            AuditExporter::Format::JsonLines, file);
        });
        IC_VERIFY_OK(done);
        QCOMPARE(done.value(), qint64(1));
        const QList<QByteArray> lines = readAll(file).split('\n');
        QCOMPARE(lines.size(), 2); // one row and the final newline
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), qint64(9001));
        QCOMPARE(o.value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_'quote"));
        QVERIFY(o.value(QStringLiteral("api_key_id")).isNull());
        QCOMPARE(
            o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("note")).toString(),
            QStringLiteral("line\nbreak"));
        QVERIFY(o.value(QStringLiteral("timestamp"))
                    .toString()
                    .startsWith(QLatin1String("2026-11-21")));

        // The newest 10 rows, limited.
        AuditFilter g;
        g.limit = 10;
        auto limited = exportAndWait(ex, [&] {
            ex.exportFilter(AuditFilters::compile(g, engine, QDateTime::currentDateTimeUtc()),
                            AuditExporter::Format::JsonLines, file);
        });
        IC_VERIFY_OK(limited);
        QCOMPARE(limited.value(), qint64(10));
    }

    void queryWithAndWithoutParameters()
    {
        const ConnectionSpec spec = source();
        AuditExporter ex(spec);
        const QString csv = path("csv");
        auto plain = exportAndWait(ex, [&] {
            ex.exportQuery(QStringLiteral("SELECT tenant_id, count(*) AS n FROM audit_logs GROUP "
                                          "BY tenant_id ORDER BY tenant_id"),
                           {}, AuditExporter::Format::Csv, csv);
        });
        IC_VERIFY_OK(plain);
        QCOMPARE(plain.value(), qint64(6)); // five generated tenants and "ten,comma"
        QCOMPARE(parseCsv(readAll(csv)).first(),
                 (QStringList{QStringLiteral("tenant_id"), QStringLiteral("n")}));
        const QString jsonl = path("jsonl");
        auto bound = exportAndWait(ex, [&] {
            ex.exportQuery(
                QStringLiteral("SELECT id, user_id FROM audit_logs WHERE user_id = ? ORDER BY id"),
                {QStringLiteral("usr_'quote")}, AuditExporter::Format::JsonLines, jsonl);
        });
        IC_VERIFY_OK(bound);
        QCOMPARE(bound.value(), qint64(1));
        QCOMPARE(QJsonDocument::fromJson(readAll(jsonl).split('\n').first())
                     .object()
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 QStringLiteral("usr_'quote"));
        const QString refused = path("csv");
        auto writes = exportAndWait(ex, [&] {
            ex.exportQuery(QStringLiteral("DELETE FROM audit_logs"), {}, AuditExporter::Format::Csv,
                           refused);
        });
        QVERIFY(!writes.ok());
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(m_src.ids(spec, true).size(), 3001);
    }

    void cancelLeavesNothingBehind()
    {
        const ConnectionSpec spec = source();
        const bool pg = spec.kind == ConnectionProfile::Kind::Postgres;
        AuditExporter ex(spec);
        const QString file = path("csv");
        QSignalSpy failed(&ex, &AuditExporter::failed);
        QSignalSpy progress(&ex, &AuditExporter::progress);
        // Rows keep coming, slowly, until cancelled.
        ex.exportQuery(
            pg ? QStringLiteral("SELECT g, pg_sleep(0.001) FROM generate_series(1, 1000000) AS g")
               : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                "SELECT x FROM c"),
            {}, AuditExporter::Format::Csv, file);
        QVERIFY(ex.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        ex.cancel();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
        QVERIFY(!ex.isRunning());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.csv.*")}, QDir::Files),
                 QStringList());
    }

    void unwritableFolderSaysSo()
    {
        const ConnectionSpec spec = source();
        AuditExporter ex(spec);
        auto r = exportAndWait(ex, [&] {
            ex.exportQuery(QStringLiteral("SELECT 1"), {}, AuditExporter::Format::Csv,
                           QStringLiteral("/proc/no-such-folder/out.csv"));
        });
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was exported")));
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
