// Working through an outage of the team database: edits, notes and new
// incidents are kept on this workstation, survive closing the app, and are
// replayed in order when the database is back — a stale edit becomes a
// conflict the commander decides, never a lost update.
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/store/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

class TestOfflineJournal : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    QString m_incident;
    int m_n = 0;

    std::unique_ptr<SqlExecutor> journal()
    {
        return std::make_unique<SqlExecutor>(
            ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("journal.sqlite"))),
            QStringLiteral("journal"));
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
                else
                    qWarning().noquote() << r.error().fullText();
            } else {
                qWarning().noquote() << db.error().fullText();
            }
        }
        Db::close(name);
        return out;
    }

    QList<IncidentEvent> events(const QString &id)
    {
        const QString name = QStringLiteral("events-%1").arg(++m_n);
        QList<IncidentEvent> out;
        {
            auto db = Db::open(m_spec, name);
            if (db)
                out = IncidentRepository(db.value(), QDateTime::currentDateTimeUtc())
                          .events(id)
                          .value();
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
        m_spec = m_pg.spec(QStringLiteral("team"));
        m_spec.pg.connectTimeoutSeconds = 1;
        const QString name = QStringLiteral("create");
        {
            auto info = Workspace::open(m_spec, {}, name, QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            NewIncident n;
            n.title = QStringLiteral("Before the outage");
            m_incident = IncidentRepository(QSqlDatabase::database(name, false),
                                            QDateTime::currentDateTimeUtc())
                             .create(n, QStringLiteral("alex"))
                             ->id;
        }
        Db::close(name);
    }

    void keptThroughAnOutageAndAClose()
    {
        QString offlineId;
        {
            SqlExecutor executor(m_spec, QStringLiteral("store"));
            auto j = journal();
            IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
            store.setJournal(j.get());
            QSignalSpy loaded(&store, &IncidentStore::incidentsLoaded);
            store.reload();
            QVERIFY(loaded.wait(10000));

            m_pg.stop();
            QSignalSpy waiting(&store, &IncidentStore::journalChanged);
            QSignalSpy saved(&store, &IncidentStore::incidentSaved);
            bool queued = false;
            IncidentPatch title;
            title.title = QStringLiteral("Edited offline");
            store.update(m_incident, 1, title, [&](const Result<Incident> &r, const Incident &) {
                queued = !r && r.error().kind == Error::Kind::Queued;
            });
            QTRY_VERIFY_WITH_TIMEOUT(queued, 20000);
            QVERIFY(store.isOffline());
            QCOMPARE(store.waitingInJournal(), 1);
            // The edit shows at once, before it is sent.
            QCOMPARE(saved.last().first().value<Incident>().title,
                     QStringLiteral("Edited offline"));

            IncidentPatch summary;
            summary.summary = QStringLiteral("Written on the train");
            queued = false;
            store.update(m_incident, 1, summary, [&](const Result<Incident> &r, const Incident &) {
                queued = !r && r.error().kind == Error::Kind::Queued;
            });
            QTRY_VERIFY(queued);
            QCOMPARE(store.waitingInJournal(), 1); // merged with the first edit

            store.addNote(m_incident, QStringLiteral("Called the tenant from my phone"));
            QTRY_COMPARE(store.waitingInJournal(), 2);
            NewIncident fresh;
            fresh.title = QStringLiteral("Opened offline");
            fresh.severity = Severity::P1;
            bool created = false;
            store.create(fresh, [&](const Result<Incident> &r) {
                created = r.ok();
                if (r) {
                    offlineId = r->id;
                    QCOMPARE(r->ref, QStringLiteral("(offline)"));
                }
            });
            QTRY_VERIFY(created);
            QCOMPARE(store.waitingInJournal(), 3);
        } // the app closes while offline

        QVERIFY(m_pg.resume().ok());
        SqlExecutor executor(m_spec, QStringLiteral("store"));
        auto j = journal();
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        QSignalSpy waiting(&store, &IncidentStore::journalChanged);
        store.setJournal(j.get());
        QTRY_COMPARE(store.waitingInJournal(), 3); // nothing was lost
        store.replayJournal();
        QTRY_COMPARE_WITH_TIMEOUT(store.waitingInJournal(), 0, 20000);

        const Incident edited = read(m_incident);
        QCOMPARE(edited.title, QStringLiteral("Edited offline"));
        QCOMPARE(edited.summary, QStringLiteral("Written on the train"));
        QCOMPARE(edited.version, 2); // one change, one conflict check
        bool note = false;
        for (const IncidentEvent &e : events(m_incident))
            note |= e.kind == QLatin1String("note") &&
                    e.summary == QLatin1String("Called the tenant from my phone");
        QVERIFY(note);
        const Incident opened = read(offlineId);
        QCOMPARE(opened.title, QStringLiteral("Opened offline"));
        QVERIFY(opened.ref.startsWith(QLatin1String("INC-")));
        QCOMPARE(opened.severity, Severity::P1);
    }

    void staleOfflineEditBecomesAConflict()
    {
        SqlExecutor executor(m_spec, QStringLiteral("store"));
        auto j = journal();
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        store.setJournal(j.get());
        QSignalSpy loaded(&store, &IncidentStore::incidentsLoaded);
        store.reload();
        QVERIFY(loaded.wait(10000));
        const int base = read(m_incident).version;

        store.setOffline(true); // as the change feed reports an outage
        IncidentPatch mine;
        mine.title = QStringLiteral("Mine, from offline");
        bool queued = false;
        store.update(m_incident, base, mine, [&](const Result<Incident> &r, const Incident &) {
            queued = !r && r.error().kind == Error::Kind::Queued;
        });
        QTRY_VERIFY(queued);

        // Meanwhile someone else renames it.
        {
            const QString name = QStringLiteral("other");
            {
                auto db = Db::open(m_spec, name);
                IncidentPatch theirs;
                theirs.title = QStringLiteral("Theirs");
                QVERIFY(IncidentRepository(db.value(), QDateTime::currentDateTimeUtc())
                            .update(m_incident, base, theirs, QStringLiteral("dana"))
                            .ok());
            }
            Db::close(name);
        }
        QSignalSpy conflict(&store, &IncidentStore::conflict);
        store.setOffline(false);
        store.replayJournal();
        QVERIFY(conflict.wait(20000));
        const Incident current = conflict.first().at(0).value<Incident>();
        const IncidentPatch rejected = conflict.first().at(1).value<IncidentPatch>();
        QCOMPARE(current.title, QStringLiteral("Theirs"));
        QCOMPARE(current.updatedBy, QStringLiteral("dana"));
        QCOMPARE(rejected.title.value_or(QString()), QStringLiteral("Mine, from offline"));
        QCOMPARE(read(m_incident).title, QStringLiteral("Theirs")); // nothing overwritten
        QTRY_COMPARE(store.waitingInJournal(), 0);
        QTRY_COMPARE(store.flaggedInJournal(), 1); // kept for the commander's decision
    }
};

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
