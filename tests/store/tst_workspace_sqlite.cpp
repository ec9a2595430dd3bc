// The embedded workspace: created on demand, anything else refused untouched.
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) +
           QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

QStringList siblings(const QString &path)
{
    return QFileInfo(path).dir().entryList(QDir::Files);
}

const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);

} // namespace

class TestWorkspaceSqlite : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString conn() { return QStringLiteral("ws-%1").arg(++m_n); }

    Result<WorkspaceInfo> openOnce(const QString &path, OpenOptions o = {})
    {
        const QString name = conn();
        auto r = Workspace::open(ConnectionSpec::sqlite(path), o, name, Now);
        Db::close(name);
        return r;
    }

    void expectRefused(const QString &path, Error::Kind kind, const char *fragment)
    {
        const QByteArray before = fingerprint(path);
        const QStringList filesBefore = siblings(path);
        QTest::qWait(20); // a write would show in the modification time
        auto r = openOnce(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
        QVERIFY2(r.error().message.contains(QLatin1String(fragment)),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("not changed")),
                 qPrintable(r.error().message));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(siblings(path), filesBefore); // no -wal, -shm or journal left behind
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsNewWorkspaceWithBothSchemas()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/new.icw"));
        auto r = openOnce(path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(r->created);
        QCOMPARE(r->storeVersion,
                 Migrations::latestVersion(Db::Engine::Sqlite, Migrations::Component::Store));
        QCOMPARE(r->platformVersion,
                 Migrations::latestVersion(Db::Engine::Sqlite, Migrations::Component::Platform));
        QVERIFY(!r->workspaceId.isEmpty());

        {
            auto db = Db::open(ConnectionSpec::sqlite(path, true), QStringLiteral("check"));
            QVERIFY(db.ok());
            const QStringList tables = db->tables();
            for (const char *t : {"ic_workspace", "ic_incidents", "ic_incident_events",
                                  "ic_severity_levels", "ic_schema_migrations", "audit_logs",
                                  "api_keys", "tenants", "users", "sessions", "blocked_ips"})
                QVERIFY2(tables.contains(QLatin1String(t)), t);
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), Workspace::SqliteApplicationId);
            QVERIFY(q.exec(QStringLiteral("SELECT component, version, applied_at FROM "
                                          "ic_schema_migrations ORDER BY component")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("platform"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("store"));
            QCOMPARE(Db::readTime(q.value(2)), Now);
            // The indexes time-bounded playbook queries need.
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name = 'audit_logs'")));
            QStringList indexes;
            while (q.next())
                indexes << q.value(0).toString();
            for (const char *i :
                 {"audit_logs_time", "audit_logs_user_time", "audit_logs_tenant_time",
                  "audit_logs_api_key_time", "audit_logs_ip_time"})
                QVERIFY2(indexes.contains(QLatin1String(i)), i);
        }
        Db::close(QStringLiteral("check"));

        auto again = openOnce(path);
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->workspaceId, r->workspaceId);
    }

    void emptyFileBecomesWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.icw"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = openOnce(path);
        QVERIFY(r.ok());
        QVERIFY(r->created);
    }

    void refusesRandomBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, 0);
        QRandomGenerator gen(42);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        f.write(bytes);
        f.close();
        expectRefused(path, Error::Kind::NotAWorkspace, "not a SQLite database");
    }

    void refusesTextFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3 is what this line pretends to be, but it is text.\n");
        f.close();
        expectRefused(path, Error::Kind::NotAWorkspace, "not a SQLite database");
    }

    void refusesUnrelatedSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other-app.sqlite"));
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("other"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name "
                                          "TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('soup')")));
        }
        Db::close(QStringLiteral("other"));
        expectRefused(path, Error::Kind::NotAWorkspace, "another program");
    }

    void readsStoredTimes()
    {
        const QDateTime ms(QDate(2026, 11, 22), QTime(10, 0, 5, 123), Qt::UTC);
        QCOMPARE(Db::readTime(QStringLiteral("2026-11-22 10:00:05.123")), ms);
        QCOMPARE(Db::readTime(QStringLiteral("2026-11-22 10:00:05")),
                 QDateTime(QDate(2026, 11, 22), QTime(10, 0, 5), Qt::UTC));
        QCOMPARE(Db::readTime(QStringLiteral("2026-11-22T10:00:05.123Z")), ms);
        QCOMPARE(Db::readTime(QStringLiteral("2026-11-22T11:00:05.123+01:00")), ms);
        QCOMPARE(Db::readTime(QVariant(ms)), ms);
        QVERIFY(Db::readTime(QStringLiteral("2026-11-22 10:00:05.123")).timeSpec() == Qt::UTC);
        // Not a time: invalid, never a guess.
        QVERIFY(!Db::readTime(QStringLiteral("2026-02-30 10:00:00")).isValid());
        QVERIFY(!Db::readTime(QStringLiteral("2026-11-22 1a:00:00")).isValid());
        QVERIFY(!Db::readTime(QStringLiteral("yesterday")).isValid());
        QVERIFY(!Db::readTime(QVariant()).isValid());
    }

    void fillsInAStepAWorkspaceMissed()
    {
        // Made by a build that had later steps but not step 3: opening adds it.
        const QString path = m_dir.filePath(QStringLiteral("gap.icw"));
        QVERIFY(openOnce(path).ok());
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("gap"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ic_checklist_items")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ic_checklists")));
            // Step 30 adds columns to step 3's tables: a workspace without
            // step 3 cannot have had it either.
            QVERIFY(q.exec(QStringLiteral("DELETE FROM ic_schema_migrations WHERE component = "
                                          "'store' AND version IN (3, 30)")));
        }
        Db::close(QStringLiteral("gap"));
        QVERIFY(openOnce(path).ok());
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("gap"));
            QVERIFY(db.ok());
            QVERIFY(db->tables().contains(QStringLiteral("ic_checklists")));
            QVERIFY(db->tables().contains(QStringLiteral("ic_checklist_items")));
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ic_schema_migrations WHERE "
                                          "component = 'store'")));
            QVERIFY(q.next());
            QCOMPARE(
                q.value(0).toInt(),
                int(Migrations::steps(Db::Engine::Sqlite, Migrations::Component::Store).size()));
        }
        Db::close(QStringLiteral("gap"));
    }

    void refusesNewerWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.icw"));
        QVERIFY(openOnce(path).ok());
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("future"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ic_schema_migrations VALUES ('store', "
                                          "999, 'from_the_future', '2030-01-01 00:00:00.000')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        Db::close(QStringLiteral("future"));
        expectRefused(path, Error::Kind::NewerVersion, "newer version");
    }

    void refusesFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-folder.icw"));
        QVERIFY(QDir().mkpath(path));
        auto r = openOnce(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAWorkspace);
    }

    void missingWithoutCreateCreatesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.icw"));
        OpenOptions o;
        o.createIfMissing = false;
        auto r = openOnce(path, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void unwritableLocationFailsClearly()
    {
        auto r = openOnce(QStringLiteral("/proc/ic-cannot-live-here/w.icw"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("Nothing was created")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSqlite)
#include "tst_workspace_sqlite.moc"
