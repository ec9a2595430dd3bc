// Offline edits are not lost on replay, on a real PostgreSQL: an edit the
// database refuses (a conflict, a value it does not take, a lock it cannot
// get in time) stays in the journal, flagged with why, across a restart,
// until the person decides; and a commit whose acknowledgement is lost (a
// relay drops the connection right after the server's COMMIT) is not
// applied again when the journal is replayed.
#include "AckDropProxy.h"
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/OfflineJournal.h"
#include "models/store/SqlExecutor.h"
#include "models/store/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace ic;
using namespace ic::test;

class TestJournalKeep : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    int m_n = 0;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<SqlExecutor> journal()
    {
        return std::make_unique<SqlExecutor>(ConnectionSpec::sqlite(journalPath()),
                                             QStringLiteral("journal"));
    }

    QString newIncident(const QString &title)
    {
        const QString name = QStringLiteral("mk-%1").arg(++m_n);
        QString id;
        {
            auto db = Db::open(m_spec, name);
            NewIncident n;
            n.title = title;
            auto r = IncidentRepository(db.value(), QDateTime::currentDateTimeUtc())
                         .create(n, QStringLiteral("alex"));
            if (r)
                id = r->id;
        }
        Db::close(name);
        return id;
    }

    Incident read(const QString &id)
    {
        const QString name = QStringLiteral("read-%1").arg(++m_n);
        Incident out;
        {
            auto db = Db::open(m_spec, name);
            if (db) {
                auto r = IncidentRepository(db.value(), QDateTime::currentDateTimeUtc()).get(id);
                if (r)
                    out = r.value();
            }
        }
        Db::close(name);
        return out;
    }

    int notes(const QString &id, const QString &text)
    {
        const QString name = QStringLiteral("notes-%1").arg(++m_n);
        int n = 0;
        {
            auto db = Db::open(m_spec, name);
            if (db) {
                auto events =
                    IncidentRepository(db.value(), QDateTime::currentDateTimeUtc()).events(id);
                for (const IncidentEvent &e : events.value())
                    n += e.kind == QLatin1String("note") && e.summary == text ? 1 : 0;
            }
        }
        Db::close(name);
        return n;
    }

    void renameAs(const QString &who, const QString &id, int base, const QString &title)
    {
        const QString name = QStringLiteral("other-%1").arg(++m_n);
        {
            auto db = Db::open(m_spec, name);
            IncidentPatch theirs;
            theirs.title = title;
            QVERIFY(IncidentRepository(db.value(), QDateTime::currentDateTimeUtc())
                        .update(id, base, theirs, who)
                        .ok());
        }
        Db::close(name);
    }

    QList<OfflineJournal::Entry> kept()
    {
        QList<OfflineJournal::Entry> out;
        const QString name = QStringLiteral("journal-read-%1").arg(++m_n);
        {
            auto db = Db::open(ConnectionSpec::sqlite(journalPath()), name);
            if (db && OfflineJournal::ensureSchema(db.value())) {
                auto p = OfflineJournal::pending(db.value());
                if (p)
                    out = p.value();
            }
        }
        Db::close(name);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
        QVERIFY(m_pg.createLoginRole(QStringLiteral("alex"), QStringLiteral("pw-alex")).ok());
        m_spec = m_pg.spec(QStringLiteral("team"));
        const QString name = QStringLiteral("create");
        {
            auto info = Workspace::open(m_spec, {}, name, QDateTime::currentDateTimeUtc());
            QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
        }
        Db::close(name);
    }

    void cleanup() { QFile::remove(journalPath()); }

    // A conflict is kept, flagged, across a restart, until the person
    // decides; deciding "apply over theirs" sends it based on their version.
    void conflictIsKeptUntilDecided()
    {
        const QString id = newIncident(QStringLiteral("Original"));
        {
            SqlExecutor executor(m_spec, QStringLiteral("store"));
            auto j = journal();
            IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
            store.setJournal(j.get());
            store.setOffline(true);
            IncidentPatch mine;
            mine.title = QStringLiteral("Mine, from offline");
            bool queued = false;
            store.update(id, 1, mine, [&](const Result<Incident> &r, const Incident &) {
                queued = !r && r.error().kind == Error::Kind::Queued;
            });
            QTRY_VERIFY_WITH_TIMEOUT(queued, 30000);
            renameAs(QStringLiteral("dana"), id, 1, QStringLiteral("Theirs"));
            QSignalSpy conflict(&store, &IncidentStore::conflict);
            store.setOffline(false);
            store.replayJournal();
            QVERIFY(conflict.wait(60000));
            QTRY_COMPARE_WITH_TIMEOUT(store.flaggedInJournal(), 1, 30000);
            QCOMPARE(store.waitingInJournal(), 0);
        } // the app closes

        const QList<OfflineJournal::Entry> entries = kept();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().needsDecision());
        QCOMPARE(entries.first().problemKind, QStringLiteral("conflict"));
        QVERIFY(!entries.first().editId.isEmpty());

        SqlExecutor executor(m_spec, QStringLiteral("store"));
        auto j = journal();
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        store.setJournal(j.get());
        QTRY_COMPARE_WITH_TIMEOUT(store.flaggedInJournal(), 1,
                                  30000); // still there after the restart
        store.replayJournal();            // a flagged entry is not sent on its own
        QTest::qWait(500);
        QCOMPARE(read(id).title, QStringLiteral("Theirs"));
        QCOMPARE(kept().size(), 1);

        std::optional<Result<void>> decided;
        store.resolveJournalEntry(entries.first().seq,
                                  IncidentStore::JournalDecision::ApplyOverCurrent,
                                  [&](const Result<void> &r) { decided = r; });
        QTRY_VERIFY_WITH_TIMEOUT(decided.has_value(), 30000);
        QVERIFY2(decided->ok(), qPrintable(decided->ok() ? QString() : decided->error().message));
        QTRY_COMPARE_WITH_TIMEOUT(read(id).title, QStringLiteral("Mine, from offline"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(store.flaggedInJournal(), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(kept().isEmpty(), 30000);
    }

    // A value the database does not take: kept and flagged, not dropped.
    void refusedEditIsKept()
    {
        const QString id = newIncident(QStringLiteral("Refused edit"));
        SqlExecutor executor(m_spec, QStringLiteral("store"));
        auto j = journal();
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        store.setJournal(j.get());
        store.setOffline(true);
        IncidentPatch bad;
        bad.title = QStringLiteral("NUL\u0000inside");
        store.update(id, 1, bad);
        store.addNote(QStringLiteral("no-such-incident"), QStringLiteral("A note on nothing"));
        QTRY_COMPARE_WITH_TIMEOUT(store.waitingInJournal(), 2, 30000);
        store.setOffline(false);
        store.replayJournal();
        QTRY_COMPARE_WITH_TIMEOUT(store.flaggedInJournal(), 2, 60000);
        const QList<OfflineJournal::Entry> entries = kept();
        QCOMPARE(entries.size(), 2);
        for (const OfflineJournal::Entry &e : entries) {
            QVERIFY(e.needsDecision());
            QVERIFY2(!e.problem.isEmpty(), qPrintable(e.kind));
        }
        // Discarding is the person's decision, and then it is gone.
        std::optional<Result<void>> decided;
        store.resolveJournalEntry(entries.first().seq, IncidentStore::JournalDecision::Discard,
                                  [&](const Result<void> &r) { decided = r; });
        QTRY_VERIFY_WITH_TIMEOUT(decided.has_value(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(kept().size(), 1, 30000);
        QCOMPARE(read(id).title, QStringLiteral("Refused edit"));
    }

    // A replay that cannot get its lock in time (another session holds the
    // incident's row): kept and flagged with the timeout, then sent again.
    void timedOutEditIsKept()
    {
        const QString id = newIncident(QStringLiteral("Locked"));
        SqlExecutor executor(m_spec, QStringLiteral("store"));
        auto j = journal();
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        store.setJournal(j.get());
        store.setOffline(true);
        IncidentPatch p;
        p.summary = QStringLiteral("Written while the row was locked");
        store.update(id, 1, p);
        QTRY_COMPARE_WITH_TIMEOUT(store.waitingInJournal(), 1, 30000);

        PGconn *holder = PQconnectdb(m_pg.conninfo(QStringLiteral("team")).toUtf8().constData());
        PQclear(PQexec(holder, "BEGIN"));
        const QByteArray lock =
            "SELECT 1 FROM ic_incidents WHERE id = '" + id.toLatin1() + "' FOR UPDATE";
        PQclear(PQexec(holder, lock.constData()));
        store.setOffline(false);
        store.replayJournal();
        QTRY_COMPARE_WITH_TIMEOUT(store.flaggedInJournal(), 1, 60000);
        PQclear(PQexec(holder, "ROLLBACK"));
        PQfinish(holder);
        const QList<OfflineJournal::Entry> entries = kept();
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().problem.contains(QLatin1String("lock")),
                 qPrintable(entries.first().problem));

        std::optional<Result<void>> decided;
        store.resolveJournalEntry(entries.first().seq, IncidentStore::JournalDecision::SendAgain,
                                  [&](const Result<void> &r) { decided = r; });
        QTRY_COMPARE_WITH_TIMEOUT(read(id).summary, p.summary.value(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(kept().isEmpty(), 30000);
    }

    // The server commits the note, the answer is lost on the way back: the
    // replay after reconnecting must not add it a second time.
    void lostAcknowledgementAddsTheNoteOnce()
    {
        const QString id = newIncident(QStringLiteral("Lost answer"));
        AckDropProxy proxy(m_pg.port());
        QVERIFY(proxy.isListening());
        ConnectionSpec viaProxy =
            m_pg.tcpSpec(QStringLiteral("team"), QStringLiteral("alex"), QStringLiteral("pw-alex"));
        viaProxy.pg.port = proxy.port();
        viaProxy.pg.connectTimeoutSeconds = 2;

        SqlExecutor executor(viaProxy, QStringLiteral("store"));
        auto j = journal();
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        store.setJournal(j.get());
        store.setOffline(true);
        const QString text = QStringLiteral("Called the tenant; they confirm the leak");
        store.addNote(id, text);
        QTRY_COMPARE_WITH_TIMEOUT(store.waitingInJournal(), 1, 30000);

        proxy.armCommitLoss();
        store.setOffline(false);
        store.replayJournal();
        QTRY_COMPARE_WITH_TIMEOUT(proxy.commitsLost(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(store.isOffline(), 60000); // it saw the connection break
        QCOMPARE(notes(id, text), 1);                       // yet the server has it
        QCOMPARE(kept().size(), 1);                         // and the journal still has it

        store.replayJournal(); // the database is reachable again
        QTRY_VERIFY_WITH_TIMEOUT(kept().isEmpty(), 60000);
        QCOMPARE(notes(id, text), 1);
        QCOMPARE(store.flaggedInJournal(), 0);
    }

    // Journal files written by the previous version still replay.
    void olderJournalFileIsUpgraded()
    {
        const QString name = QStringLiteral("old-journal");
        {
            auto db = Db::open(ConnectionSpec::sqlite(journalPath()), name);
            QVERIFY(db.ok());
            QVERIFY(Db::exec(db.value(),
                             QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY, kind "
                                            "TEXT NOT NULL, incident_id TEXT NOT NULL, payload "
                                            "TEXT NOT NULL, created_at TEXT NOT NULL)"))
                        .ok());
            QVERIFY(Db::exec(db.value(),
                             QStringLiteral("INSERT INTO journal (kind, incident_id, payload, "
                                            "created_at) VALUES ('incident.note', 'x', '{not "
                                            "json', '2026-11-22 10:00:00.000')"))
                        .ok());
        }
        Db::close(name);
        const QList<OfflineJournal::Entry> entries = kept();
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries.first().editId.isEmpty());
        QVERIFY(entries.first().needsDecision()); // unreadable: shown, never sent as something else
    }
};

QTEST_GUILESS_MAIN(TestJournalKeep)
#include "tst_journalkeep.moc"
