// The asynchronous incident store over a real SqlExecutor, on SQLite and on a
// real PostgreSQL: answers come by callback and signal, never by blocking.
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/SqlExecutor.h"

#include <QSignalSpy>

#include <memory>

using namespace ic;
using namespace ic::test;

namespace {

const QDateTime Now = utc("2026-11-22T10:00:00.000Z");
const int Timeout = 20000;

NewIncident draft(const QString &title)
{
    NewIncident d;
    d.title = title;
    d.severity = Severity::P1;
    d.detectedAt = Now.addSecs(-300);
    return d;
}

QList<int> ints(const QSignalSpy &spy)
{
    QList<int> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toInt();
    return out;
}

} // namespace

class TestIncidentStore : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ManualClock m_clock{Now};
    ConnectionSpec m_spec;
    std::unique_ptr<SqlExecutor> m_executor;
    std::unique_ptr<IncidentStore> m_store;
    int m_n = 0;

    // Reads the workspace directly, on this thread, past the store.
    struct Stored
    {
        QList<Incident> incidents;
        int events = -1;
    };
    Stored stored()
    {
        const QString name = QStringLiteral("check-%1").arg(++m_n);
        Stored out;
        {
            auto db = TestWorkspaces::connect(m_spec, name);
            if (db) {
                IncidentRepository repo(db.value(), Now);
                if (auto all = repo.list())
                    out.incidents = all.value();
                out.events =
                    scalar(db.value(), QStringLiteral("SELECT count(*) FROM ic_incident_events"))
                        .toInt();
            }
        }
        Db::close(name);
        return out;
    }

    // Creates through the store and waits for the answer.
    Incident createAndWait(IncidentStore &store, const NewIncident &d)
    {
        std::optional<Result<Incident>> answer;
        store.create(d, [&](const Result<Incident> &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, Timeout) || !answer->ok()) {
            qWarning() << "create failed" << (answer ? answer->error().fullText() : QString());
            return {};
        }
        return answer->value();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }

    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
        m_clock.set(Now);
        m_executor = std::make_unique<SqlExecutor>(m_spec, QStringLiteral("store"));
        m_store =
            std::make_unique<IncidentStore>(m_executor.get(), m_clock, QStringLiteral("alice"));
    }

    void cleanup()
    {
        m_store.reset();
        m_executor.reset();
    }

    void reloadEmitsIncidentsLoaded()
    {
        QSignalSpy loaded(m_store.get(), &IncidentStore::incidentsLoaded);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);
        m_store->reload();
        QCOMPARE(loaded.count(), 0); // answers come later, by signal
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        QVERIFY(loaded.first().at(0).value<QList<Incident>>().isEmpty());

        const Incident a = createAndWait(*m_store, draft(QStringLiteral("First")));
        const Incident b = createAndWait(*m_store, draft(QStringLiteral("Second")));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        m_store->reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, Timeout);
        const auto list = loaded.last().at(0).value<QList<Incident>>();
        QCOMPARE(list.size(), 2);
        QStringList refs{list.at(0).ref, list.at(1).ref};
        refs.sort();
        QCOMPARE(refs,
                 (QStringList{QStringLiteral("INC-2026-001"), QStringLiteral("INC-2026-002")}));
        QCOMPARE(failed.count(), 0);
    }

    void createAnswersByCallbackAndSignals()
    {
        QSignalSpy created(m_store.get(), &IncidentStore::incidentCreated);
        QSignalSpy saved(m_store.get(), &IncidentStore::incidentSaved);
        QSignalSpy changed(m_store.get(), &IncidentStore::changed);
        QSignalSpy pending(m_store.get(), &IncidentStore::pendingChanged);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);

        NewIncident d = draft(QStringLiteral("Token used after logout"));
        d.affectedUsers = {QStringLiteral("user-42")};
        std::optional<Result<Incident>> answer;
        int pendingInCallback = -1;
        int signalsBeforeCallback = -1;
        m_store->create(d, [&](const Result<Incident> &r) {
            answer = r;
            pendingInCallback = m_store->pending();
            signalsBeforeCallback = int(saved.count());
        });
        QVERIFY(!answer);
        QCOMPARE(m_store->pending(), 1);
        QCOMPARE(ints(pending), QList<int>{1});

        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
        IC_VERIFY_OK(answer.value());
        const Incident inc = answer->value();
        QCOMPARE(inc.ref, QStringLiteral("INC-2026-001"));
        QCOMPARE(inc.createdBy, QStringLiteral("alice"));
        QCOMPARE(inc.createdAt, Now);   // the store's clock, not the wall clock
        QCOMPARE(pendingInCallback, 1); // the answer first, then the count
        QCOMPARE(signalsBeforeCallback, 0);

        QCOMPARE(m_store->pending(), 0);
        QCOMPARE(ints(pending), (QList<int>{1, 0}));
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().at(0).value<Incident>().id, inc.id);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).value<Incident>().version, 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), inc.id);
        QCOMPARE(failed.count(), 0);

        const Stored s = stored();
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.incidents.first().id, inc.id);
        QCOMPARE(s.incidents.first().affectedUsers, d.affectedUsers);
        QCOMPARE(s.events, 1);
    }

    void invalidDraftIsRefusedAtOnce()
    {
        QSignalSpy pending(m_store.get(), &IncidentStore::pendingChanged);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);
        QSignalSpy saved(m_store.get(), &IncidentStore::incidentSaved);
        std::optional<Result<Incident>> answer;
        m_store->create(draft(QStringLiteral("  ")),
                        [&](const Result<Incident> &r) { answer = r; });
        QVERIFY(answer.has_value()); // no round trip to the worker
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, Error::Kind::InvalidInput);
        QVERIFY(answer->error().message.contains(QLatin1String("Nothing was created")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Error>().kind, Error::Kind::InvalidInput);
        QCOMPARE(pending.count(), 0);
        QCOMPARE(m_store->pending(), 0);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(stored().incidents.size(), 0);
    }

    void updateAnswersByCallbackAndSignals()
    {
        const Incident inc = createAndWait(*m_store, draft(QStringLiteral("Before")));
        QVERIFY(!inc.id.isEmpty());
        QSignalSpy saved(m_store.get(), &IncidentStore::incidentSaved);
        QSignalSpy changed(m_store.get(), &IncidentStore::changed);
        QSignalSpy conflicts(m_store.get(), &IncidentStore::conflict);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);

        m_clock.advance(90);
        IncidentPatch p;
        p.title = QStringLiteral("After");
        p.status = IncidentStatus::Containment;
        std::optional<Result<Incident>> answer;
        Incident current;
        m_store->update(inc.id, inc.version, p, [&](const Result<Incident> &r, const Incident &c) {
            answer = r;
            current = c;
        });
        QCOMPARE(m_store->pending(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
        IC_VERIFY_OK(answer.value());
        QCOMPARE(answer->value().version, 2);
        QCOMPARE(answer->value().title, QStringLiteral("After"));
        QCOMPARE(answer->value().updatedAt, Now.addSecs(90));
        QCOMPARE(answer->value().updatedBy, QStringLiteral("alice"));
        QVERIFY(current.id.isEmpty()); // no conflict, no "current" row
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).value<Incident>().version, 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), inc.id);
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_store->pending(), 0);

        const Stored s = stored();
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.incidents.first().title, QStringLiteral("After"));
        QCOMPARE(s.incidents.first().status, IncidentStatus::Containment);
        QCOMPARE(s.incidents.first().version, 2);
        QCOMPARE(s.events, 3);
    }

    void conflictCallsBackWithTheCurrentRow()
    {
        const Incident inc = createAndWait(*m_store, draft(QStringLiteral("Original")));
        QVERIFY(!inc.id.isEmpty());

        // Bob, on another workstation, saves first.
        IncidentStore bob(m_executor.get(), m_clock, QStringLiteral("bob"));
        IncidentPatch bobs;
        bobs.title = QStringLiteral("Bob's title");
        std::optional<Result<Incident>> bobAnswer;
        bob.update(inc.id, 1, bobs,
                   [&](const Result<Incident> &r, const Incident &) { bobAnswer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(bobAnswer.has_value(), Timeout);
        IC_VERIFY_OK(bobAnswer.value());

        QSignalSpy conflicts(m_store.get(), &IncidentStore::conflict);
        QSignalSpy saved(m_store.get(), &IncidentStore::incidentSaved);
        QSignalSpy changed(m_store.get(), &IncidentStore::changed);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);
        IncidentPatch mine;
        mine.title = QStringLiteral("Alice's title");
        mine.severity = Severity::P0;
        std::optional<Result<Incident>> answer;
        Incident current;
        m_store->update(inc.id, 1, mine, [&](const Result<Incident> &r, const Incident &c) {
            answer = r;
            current = c;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, Error::Kind::Conflict);
        QVERIFY2(answer->error().message.contains(QLatin1String("bob")),
                 qPrintable(answer->error().message));
        QCOMPARE(current.id, inc.id);
        QCOMPARE(current.version, 2);
        QCOMPARE(current.title, QStringLiteral("Bob's title"));
        QCOMPARE(current.updatedBy, QStringLiteral("bob"));

        QCOMPARE(conflicts.count(), 1);
        const auto currentArg = conflicts.first().at(0).value<Incident>();
        const auto rejected = conflicts.first().at(1).value<IncidentPatch>();
        QCOMPARE(currentArg.version, 2);
        QCOMPARE(currentArg.title, QStringLiteral("Bob's title"));
        QCOMPARE(rejected.title.value_or(QString()), QStringLiteral("Alice's title"));
        QCOMPARE(rejected.severity.value_or(Severity::P3), Severity::P0);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(failed.count(), 0); // a conflict is not a failure to report twice
        QCOMPARE(m_store->pending(), 0);

        const Stored s = stored();
        QCOMPARE(s.incidents.first().title, QStringLiteral("Bob's title"));
        QCOMPARE(s.incidents.first().severity, Severity::P1);
        QCOMPARE(s.incidents.first().version, 2);
        QCOMPARE(s.events, 2);
    }

    void readOnlyProfileRefusesWrites()
    {
        const Incident inc = createAndWait(*m_store, draft(QStringLiteral("Under review")));
        QVERIFY(!inc.id.isEmpty());
        QVERIFY(!m_store->isReadOnly());

        ConnectionSpec readOnly = m_spec;
        readOnly.readOnly = true;
        SqlExecutor executor(readOnly, QStringLiteral("review"));
        IncidentStore store(&executor, m_clock, QStringLiteral("reviewer"));
        QVERIFY(store.isReadOnly());
        QSignalSpy failed(&store, &IncidentStore::failed);
        QSignalSpy saved(&store, &IncidentStore::incidentSaved);
        QSignalSpy pending(&store, &IncidentStore::pendingChanged);

        std::optional<Result<Incident>> createAnswer;
        store.create(draft(QStringLiteral("Sneaky")),
                     [&](const Result<Incident> &r) { createAnswer = r; });
        QVERIFY(createAnswer.has_value());
        QVERIFY(!createAnswer->ok());
        QVERIFY2(createAnswer->error().message.contains(QLatin1String("read-only")) &&
                     createAnswer->error().message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(createAnswer->error().message));

        IncidentPatch p;
        p.title = QStringLiteral("Edited by a reviewer");
        std::optional<Result<Incident>> updateAnswer;
        Incident current;
        store.update(inc.id, inc.version, p, [&](const Result<Incident> &r, const Incident &c) {
            updateAnswer = r;
            current = c;
        });
        QVERIFY(updateAnswer.has_value());
        QVERIFY(!updateAnswer->ok());
        QVERIFY2(updateAnswer->error().message.contains(QLatin1String("read-only")) &&
                     updateAnswer->error().message.contains(QLatin1String("not changed")),
                 qPrintable(updateAnswer->error().message));
        QVERIFY(current.id.isEmpty());

        store.addNote(inc.id, QStringLiteral("a reviewer's note"));
        store.savePolicy(SeverityPolicy::platform());
        QCOMPARE(failed.count(), 4);
        for (const QList<QVariant> &args : failed) {
            const Error e = args.at(0).value<Error>();
            QVERIFY2(e.message.contains(QLatin1String("read-only")), qPrintable(e.message));
        }
        QCOMPARE(saved.count(), 0);
        QCOMPARE(pending.count(), 0);
        QCOMPARE(store.pending(), 0);

        // Reading still works, and shows the workspace as it was.
        QSignalSpy loaded(&store, &IncidentStore::incidentsLoaded);
        QSignalSpy policy(&store, &IncidentStore::policyLoaded);
        store.reload();
        store.loadPolicy();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(policy.count(), 1, Timeout);
        const auto list = loaded.first().at(0).value<QList<Incident>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().title, QStringLiteral("Under review"));
        QCOMPARE(list.first().version, 1);
        QCOMPARE(policy.first().at(0).value<SeverityPolicy>().presetId,
                 QStringLiteral("security-team"));
        QCOMPARE(failed.count(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(store.pending(), 0, Timeout);

        const Stored s = stored();
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.incidents.first().version, 1);
        QCOMPARE(s.events, 1);
        // The reviewer's loadPolicy() did not seed a policy into the workspace.
        const QString name = QStringLiteral("policy-check");
        {
            auto db = TestWorkspaces::connect(m_spec, name);
            IC_VERIFY_OK(db);
            QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM ic_severity_levels"))
                         .toInt(),
                     0);
        }
        Db::close(name);
    }

    void pendingReturnsToZero()
    {
        QSignalSpy pending(m_store.get(), &IncidentStore::pendingChanged);
        QSignalSpy loaded(m_store.get(), &IncidentStore::incidentsLoaded);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            m_store->create(draft(QStringLiteral("Burst %1").arg(i)),
                            [&](const Result<Incident> &r) { answered += r.ok() ? 1 : 0; });
        m_store->reload();
        m_store->update(QStringLiteral("no-such-id"), 1, IncidentPatch());
        QCOMPARE(m_store->pending(), 5);
        QCOMPARE(ints(pending), (QList<int>{1, 2, 3, 4, 5}));

        QTRY_COMPARE_WITH_TIMEOUT(m_store->pending(), 0, Timeout);
        QCOMPARE(ints(pending), (QList<int>{1, 2, 3, 4, 5, 4, 3, 2, 1, 0}));
        QCOMPARE(answered, 3);
        // One worker, in order: the reload saw all three creates.
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).value<QList<Incident>>().size(), 3);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Error>().kind, Error::Kind::NotFound);
    }

    void notesAndEvents()
    {
        const Incident inc = createAndWait(*m_store, draft(QStringLiteral("Noted")));
        QVERIFY(!inc.id.isEmpty());
        QSignalSpy changed(m_store.get(), &IncidentStore::changed);
        QSignalSpy events(m_store.get(), &IncidentStore::eventsLoaded);
        m_store->addNote(inc.id, QStringLiteral("Revoked the key."));
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, Timeout);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(events.first().at(0).toString(), inc.id);
        const auto list = events.first().at(1).value<QList<IncidentEvent>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.last().kind, QStringLiteral("note"));
        QCOMPARE(list.last().actor, QStringLiteral("alice"));
        QCOMPARE(list.last().summary, QStringLiteral("Revoked the key."));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pending(), 0, Timeout);
    }

    void policyLoadAndSave()
    {
        QSignalSpy policy(m_store.get(), &IncidentStore::policyLoaded);
        QSignalSpy failed(m_store.get(), &IncidentStore::failed);
        m_store->loadPolicy();
        QTRY_COMPARE_WITH_TIMEOUT(policy.count(), 1, Timeout);
        QCOMPARE(policy.last().at(0).value<SeverityPolicy>().presetId,
                 QStringLiteral("security-team"));

        m_store->savePolicy(SeverityPolicy::platform());
        QTRY_COMPARE_WITH_TIMEOUT(policy.count(), 2, Timeout);
        const auto saved = policy.last().at(0).value<SeverityPolicy>();
        QCOMPARE(saved.presetId, QStringLiteral("platform"));
        QCOMPARE(saved.level(Severity::P0).responseMinutes, 5);

        SeverityPolicy bad = SeverityPolicy::platform();
        bad.levels[2].responseMinutes = -1;
        m_store->savePolicy(bad);
        QCOMPARE(failed.count(), 1); // refused before the worker
        QCOMPARE(m_store->pending(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pending(), 0, Timeout);
        QCOMPARE(policy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
