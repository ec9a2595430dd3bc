// The check on open (issue 15 part 2): a session signs events with the
// person's key from the keychain, keeps the last checkpoint it verified in
// this workstation's own folder, and on the next open proves that the log
// extends it. Then the insider (the sqlite3 library on a SQLite workspace; a
// superuser session on PostgreSQL) rewrites the record and recomputes every
// hash: the next open raises the alarm (a signal the window shows) and
// records it on the timelines, every time, without moving the kept
// checkpoint past the rewrite.
#include "PgServer.h"
#include "RecordInsider.h"
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentStore.h"
#include "models/record/CheckpointStore.h"
#include "models/record/MemberKeys.h"
#include "models/record/RecordVerifier.h"
#include "models/session/WorkspaceSession.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ic;
using namespace ic::test;

class TestRecordWatch : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    ConnectionSpec m_spec;
    int m_n = 0;

    QString checkpoints() const { return m_dir.filePath(QStringLiteral("checkpoints")); }

    ConnectionProfile profile() const
    {
        return m_spec.kind == ConnectionProfile::Kind::Sqlite
                   ? ConnectionProfile::forSqlite(m_spec.sqlitePath)
                   : ConnectionProfile::forPostgres(m_spec.pg);
    }

    struct Opened
    {
        std::unique_ptr<WorkspaceSession> session;
        bool rewritten = false;
        QString message;
    };

    // Opens a session and waits for its record check.
    Opened open()
    {
        Opened o;
        WorkspaceSession::Options options;
        options.live = false;
        o.session =
            std::make_unique<WorkspaceSession>(profile(), m_settings, &m_secrets, m_clock, options);
        o.session->setCheckpointDirectory(checkpoints());
        QSignalSpy checked(o.session.get(), &WorkspaceSession::recordChecked);
        QSignalSpy alarm(o.session.get(), &WorkspaceSession::recordRewritten);
        auto r = o.session->openAndWait(m_spec.password);
        if (!r) {
            qWarning().noquote() << r.error().fullText();
            o.session.reset();
            return o;
        }
        if (!checked.wait(20000)) {
            qWarning() << "no record check";
            o.session.reset();
            return o;
        }
        o.rewritten = checked.first().at(0).toBool();
        o.message = checked.first().at(1).toString();
        if (o.rewritten && alarm.count() != 1)
            o.session.reset(); // the alarm signal must come with the finding
        return o;
    }

    void recheck(WorkspaceSession &s)
    {
        QSignalSpy checked(&s, &WorkspaceSession::recordChecked);
        s.checkRecord();
        QVERIFY(checked.wait(20000));
        QVERIFY2(!checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));
    }

    QString createIncident(WorkspaceSession &s, const QString &title)
    {
        QString id;
        NewIncident n;
        n.title = title;
        s.incidents()->create(n, [&](const Result<Incident> &r) { id = r ? r->id : QString(); });
        (void)QTest::qWaitFor([&] { return !id.isEmpty(); }, 10000);
        return id;
    }

    void note(WorkspaceSession &s, const QString &incident, const QString &text)
    {
        bool done = false;
        s.timeline()->addEntry(incident, text, m_clock.now(), [&](const Result<IncidentEvent> &r) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    }

    // A workspace with an incident and some events, its checkpoint kept here.
    QString seed()
    {
        auto o = open();
        if (!o.session || o.rewritten)
            return {};
        const QString id = createIncident(*o.session, QStringLiteral("Token leak"));
        for (int i = 0; i < 5; ++i)
            note(*o.session, id, QStringLiteral("note %1").arg(i));
        recheck(*o.session);
        return id;
    }

    QSqlDatabase direct()
    {
        auto db = TestWorkspaces::connect(m_spec, QStringLiteral("insider-%1").arg(++m_n));
        return db ? db.value() : QSqlDatabase();
    }

    int alarmEvents()
    {
        QSqlDatabase db = direct();
        const int n = scalar(db, QStringLiteral("SELECT count(*) FROM ic_incident_events WHERE "
                                                "kind = 'record.rewritten'"))
                          .toInt();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        Db::close(name);
        return n;
    }

    void attackThenExpectAlarm(const std::function<Result<void>(RecordInsider &)> &attack)
    {
        const QString id = seed();
        QVERIFY(!id.isEmpty());
        {
            QSqlDatabase db = direct();
            RecordInsider insider{db};
            IC_VERIFY_OK(attack(insider));
            const QString name = db.connectionName();
            insider.db = QSqlDatabase();
            db = QSqlDatabase();
            Db::close(name);
        }
        auto o = open();
        QVERIFY(o.session);
        QVERIFY(o.rewritten);
        QVERIFY2(o.message.contains(QLatin1String("rewritten since this workstation last saw it")),
                 qPrintable(o.message));
        QVERIFY(o.session->recordRewrittenFound());
        QCOMPARE(alarmEvents(), 1); // on the incident's timeline
        o.session.reset();
        // The next open finds it again (the kept checkpoint did not move),
        // and does not record the same finding twice.
        auto again = open();
        QVERIFY(again.session);
        QVERIFY(again.rewritten);
        QCOMPARE(alarmEvents(), 1);
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        IC_START_PG(m_ws.pg());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_settings.setDetectionRuleFolders({});
        m_settings.setPlaybookFolders({});
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
    }

    void eventsAreSignedAndTheCheckpointIsKept()
    {
        const QString id = seed();
        QVERIFY(!id.isEmpty());
        auto o = open();
        QVERIFY(o.session);
        QVERIFY2(!o.rewritten, qPrintable(o.message));
        // The kept checkpoint is this workspace's log as it is now.
        CheckpointStore kept(checkpoints());
        auto latest = kept.latest(o.session->info().workspaceId);
        IC_VERIFY_OK(latest);
        QVERIFY(latest.value());
        QSqlDatabase db = direct();
        const qint64 size =
            scalar(db, QStringLiteral("SELECT size FROM ic_record_head")).toLongLong();
        QVERIFY(size >= 6);
        QCOMPARE(qint64(latest.value()->checkpoint.size), size);
        // Every event is signed by the person's registered key, and the
        // signatures hold.
        auto keys = MemberKeys::checked(db);
        IC_VERIFY_OK(keys);
        QCOMPARE(keys->keys.size(), 1);
        const MemberKey key = keys->keys.begin().value();
        auto events = EventLog::logEvents(db);
        IC_VERIFY_OK(events);
        auto origin = EventLog::logOrigin(db);
        IC_VERIFY_OK(origin);
        QList<RecordEvent> records;
        for (const IncidentEvent &e : events.value()) {
            QCOMPARE(e.signer, key.fingerprint);
            records << EventLog::recordEvent(e, origin.value());
        }
        const EventCheck check = RecordVerifier::checkEvents(records, {{key.fingerprint, key.key}});
        QVERIFY(check.badSignature.isEmpty());
        QVERIFY(check.unsignedEvents.isEmpty());
        QVERIFY(check.unknownSigner.isEmpty());
        // A stored checkpoint, signed by that key.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM ic_record_checkpoints")).toInt() >=
                1);
        const QString name = db.connectionName();
        db = QSqlDatabase();
        Db::close(name);
    }

    void appendedEventsAreKeptWithoutAnOpen()
    {
        // A copy of the checkpoint taken between opens must cover what was
        // recorded: each append moves the kept checkpoint once the log is
        // quiet, with no open, resync or explicit check.
        auto o = open();
        QVERIFY(o.session);
        QVERIFY2(!o.rewritten, qPrintable(o.message));
        o.session->setCheckpointDelay(200);
        const QString workspace = o.session->info().workspaceId;
        CheckpointStore kept(checkpoints());
        auto keptSize = [&]() -> qint64 {
            auto latest = kept.latest(workspace);
            return latest && latest.value() ? qint64(latest.value()->checkpoint.size) : -1;
        };
        const qint64 before = keptSize();
        const QString id = createIncident(*o.session, QStringLiteral("Badge cloned"));
        QVERIFY(!id.isEmpty());
        note(*o.session, id, QStringLiteral("door log pulled"));
        QSqlDatabase db = direct();
        const qint64 size =
            scalar(db, QStringLiteral("SELECT size FROM ic_record_head")).toLongLong();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        Db::close(name);
        QVERIFY2(size > before, qPrintable(QStringLiteral("%1 > %2").arg(size).arg(before)));
        QTRY_COMPARE_WITH_TIMEOUT(keptSize(), size, 20000);
        // Three more in a burst: one checkpoint once they are all in.
        for (int i = 0; i < 3; ++i)
            note(*o.session, id, QStringLiteral("burst %1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(keptSize(), size + 3, 20000);
    }

    void closedBeforeTheKeychainAnswered()
    {
        // The open's job waits on its worker for the person's key before it
        // records anything. A session closed before the keychain answered
        // (here: before any event loop ran) lets that job go at once and
        // records nothing: no hang when the window closes, no unsigned event.
        auto s = std::make_unique<WorkspaceSession>(profile(), m_settings, &m_secrets, m_clock,
                                                    WorkspaceSession::Options{.live = false});
        s->setCheckpointDirectory(checkpoints());
        auto recorded = std::make_shared<std::atomic_bool>(false);
        s->open(m_spec.password, false,
                [recorded](QSqlDatabase &, const WorkspaceInfo &,
                           std::function<void(int)>) -> Result<void> {
                    *recorded = true;
                    return success();
                });
        QElapsedTimer closing;
        closing.start();
        s.reset();
        QVERIFY2(closing.elapsed() < 15000, qPrintable(QString::number(closing.elapsed())));
        QVERIFY(!*recorded);
        // The workspace opens normally afterwards, its record intact.
        auto o = open();
        QVERIFY(o.session);
        QVERIFY2(!o.rewritten, qPrintable(o.message));
    }

    void rewriteWithEveryHashRecomputed()
    {
        attackThenExpectAlarm(
            [](RecordInsider &i) { return i.rewriteEvent(2, QStringLiteral("Nothing happened")); });
    }
    void clearedHashesAndEdit()
    {
        attackThenExpectAlarm([](RecordInsider &i) -> Result<void> {
            if (auto u = i.sql(QStringLiteral("UPDATE ic_incident_events SET hash = NULL, "
                                              "prev_hash = NULL"));
                !u)
                return u;
            return i.sql(QStringLiteral("UPDATE ic_incident_events SET summary = 'Nothing "
                                        "happened' WHERE leaf_index = 3"));
        });
    }
    void deletedLastEventsAndHeadMovedBack()
    {
        attackThenExpectAlarm([](RecordInsider &i) { return i.deleteLast(2); });
    }
    void reordered()
    {
        attackThenExpectAlarm([](RecordInsider &i) { return i.swap(1, 3); });
    }
    void insertedBackdated()
    {
        attackThenExpectAlarm([](RecordInsider &i) {
            return i.insertBackdated(2, QStringLiteral("We told the regulator at once"));
        });
    }
};

QTEST_MAIN(TestRecordWatch)
#include "tst_recordwatch.moc"
