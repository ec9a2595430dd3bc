// A workspace file from someone else (.icw sent by mail, on a share) is
// hostile until proven otherwise: its own triggers must never run on the
// app's writes, objects the migrations did not create (or a definition they
// did not write) are refused with a message and the file is left untouched,
// every SQLite connection runs in defensive mode without triggers or views,
// readers with trusted_schema off, writers with synchronous=FULL.
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <sqlite3.h>

using namespace ic;

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Edits the file as an attacker would: with sqlite3 itself, not the app.
bool tamper(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return false;
    }
    char *err = nullptr;
    const bool ok = sqlite3_exec(h, sql, nullptr, nullptr, &err) == SQLITE_OK;
    if (!ok)
        qWarning("tamper: %s", err);
    sqlite3_free(err);
    sqlite3_close(h);
    return ok;
}

int countRows(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return -1;
    }
    sqlite3_stmt *st = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
}

} // namespace

class TestHostileWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString fresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("ws-%1.icw").arg(++m_n));
        const QString name = QStringLiteral("make-%1").arg(m_n);
        auto info = Workspace::open(ConnectionSpec::sqlite(path), {}, name, Now);
        Db::close(name);
        return info ? path : QString();
    }

private slots:
    // As the app does at start: the expected schema is prepared on a pool
    // thread, and every open below checks against that prepared one (a wrong
    // one would refuse our own workspace or let foreign objects through).
    void initTestCase()
    {
        QThreadPool pool;
        pool.start([] { Workspace::prepareSchemaCheck(); });
        QVERIFY(pool.waitForDone(60000));
    }

    void hostileTriggerNeverFires()
    {
        const QString path = fresh();
        QVERIFY(!path.isEmpty());
        QVERIFY(tamper(path, "CREATE TABLE loot (what TEXT);"
                             "CREATE TRIGGER evil AFTER INSERT ON ic_incident_events "
                             "BEGIN INSERT INTO loot VALUES (new.summary); END;"));
        const QByteArray before = sha(path);

        const QString name = QStringLiteral("victim");
        auto info = Workspace::open(ConnectionSpec::sqlite(path), {}, name, Now);
        if (info) {
            // The app's ordinary writes on the opened workspace.
            auto db = QSqlDatabase::database(name);
            IncidentRepository repo(db, Now);
            NewIncident d;
            d.title = QStringLiteral("Token seen from a Tor exit node");
            (void)repo.create(d, QStringLiteral("alex"));
        }
        const bool opened = info.ok();
        const QString message = opened ? QString() : info.error().message;
        info = Error::make(Error::Kind::General, QString());
        Db::close(name);

        QCOMPARE(countRows(path, "SELECT COUNT(*) FROM loot"), 0);
        QVERIFY2(!opened, "a workspace with a trigger we did not create was opened");
        QVERIFY2(message.contains(QLatin1String("evil")) &&
                     message.contains(QLatin1String("not changed")),
                 qPrintable(message));
        QCOMPARE(sha(path), before);
    }

    // A connection the app opens without the workspace check (workers open
    // the file again by path): the trigger still does not run.
    void triggersDoNotRunOnAnyAppConnection()
    {
        const QString path = fresh();
        QVERIFY(!path.isEmpty());
        QVERIFY(tamper(path, "CREATE TABLE loot (what TEXT);"
                             "CREATE TRIGGER evil AFTER INSERT ON ic_workspace "
                             "BEGIN INSERT INTO loot VALUES (new.key); END;"));
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("worker"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO ic_workspace (key, value) VALUES ('probe', 'x')")));
        }
        Db::close(QStringLiteral("worker"));
        QCOMPARE(countRows(path, "SELECT COUNT(*) FROM ic_workspace WHERE key = 'probe'"), 1);
        QCOMPARE(countRows(path, "SELECT COUNT(*) FROM loot"), 0);
    }

    void foreignObjectsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("view") << QByteArray("CREATE VIEW ic_open AS SELECT * FROM ic_incidents")
                              << QStringLiteral("ic_open");
        QTest::newRow("table") << QByteArray("CREATE TABLE stash (x)") << QStringLiteral("stash");
        QTest::newRow("index") << QByteArray("CREATE INDEX sneaky ON ic_incidents (title)")
                               << QStringLiteral("sneaky");
        QTest::newRow("table redefined")
            << QByteArray(
                   "DROP TABLE ic_counters; CREATE TABLE ic_counters (name TEXT PRIMARY KEY, "
                   "value INTEGER NOT NULL DEFAULT (random()))")
            << QStringLiteral("ic_counters (changed)");
        QTest::newRow("table turned view")
            << QByteArray("DROP TABLE ic_counters; CREATE VIEW ic_counters AS SELECT 'x' AS "
                          "name, 1 AS value")
            << QStringLiteral("ic_counters");
    }
    void foreignObjectsAreRefused()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, named);
        const QString path = fresh();
        QVERIFY(!path.isEmpty());
        QVERIFY(tamper(path, sql.constData()));
        const QByteArray before = sha(path);
        const QString name = QStringLiteral("foreign-%1").arg(++m_n);
        auto info = Workspace::open(ConnectionSpec::sqlite(path), {}, name, Now);
        const bool opened = info.ok();
        const Error e = opened ? Error() : info.error();
        info = Error::make(Error::Kind::General, QString());
        Db::close(name);
        QVERIFY(!opened);
        QCOMPARE(e.kind, Error::Kind::NotAWorkspace);
        QVERIFY2(e.message.contains(named), qPrintable(e.message));
        QCOMPARE(sha(path), before);
    }

    void connectionsAreHardened()
    {
        const QString path = fresh();
        QVERIFY(!path.isEmpty());
        {
            // A reader does not trust what the schema calls.
            auto reader =
                Db::open(ConnectionSpec::sqlite(path, /*readOnly*/ true), QStringLiteral("reader"));
            QVERIFY(reader.ok());
            QSqlQuery q(reader.value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA trusted_schema")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        Db::close(QStringLiteral("reader"));
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("hardened"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
            // Defensive mode: the schema cannot be rewritten behind SQLite's back.
            q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
            QVERIFY(!q.exec(
                QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE TABLE ic_counters (x)' "
                               "WHERE name = 'ic_counters'")));
        }
        Db::close(QStringLiteral("hardened"));
        QCOMPARE(countRows(path, "SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE "
                                 "'CREATE TABLE ic_counters (x)'"),
                 0);
    }

    // Our own workspaces of every age still open: an old one migrated by
    // this build has exactly the objects a new one has.
    void ourOwnWorkspaceStillOpens()
    {
        const QString path = fresh();
        QVERIFY(!path.isEmpty());
        const QString name = QStringLiteral("again");
        auto info = Workspace::open(ConnectionSpec::sqlite(path), {}, name, Now);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
        info = Error::make(Error::Kind::General, QString());
        Db::close(name);
    }
};

QTEST_GUILESS_MAIN(TestHostileWorkspace)
#include "tst_hostileworkspace.moc"
