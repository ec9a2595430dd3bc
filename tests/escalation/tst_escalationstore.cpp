// An incident's escalation in the workspace, on SQLite and PostgreSQL:
// notified/acknowledged/decisions/data breach recorded as hash-chained
// incident events, imported policies, the workspace's policy, and bad input
// refused with nothing changed. Then the asynchronous store over a real
// SqlExecutor.
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/escalation/EscalationRepository.h"
#include "models/escalation/EscalationStore.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace ic;
using namespace ic::test;

namespace {

const QDateTime Now = utc("2026-11-22T10:20:00.000Z");
const int Timeout = 20000;

QByteArray bundled(const QString &name)
{
    QFile f(QStringLiteral(":/escalation/%1.md").arg(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

EscalationTarget securityTeam()
{
    EscalationTarget t;
    t.policy = EscalationPolicies::securityTeamName();
    t.nodeId = QStringLiteral("Security");
    t.nodeLabel = QStringLiteral("Security Team");
    t.role = QStringLiteral("Security Team");
    t.contact = QStringLiteral("Email/Phone");
    t.due = utc("2026-11-22T10:15:00.000Z");
    return t;
}

} // namespace

class TestEscalationStore : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    QString m_incident;
    int m_n = 0;
    QTemporaryDir m_dir;

    int eventCount()
    {
        return scalar(m_db,
                      QStringLiteral("SELECT count(*) FROM ic_incident_events WHERE "
                                     "incident_id = ?"),
                      {m_incident})
            .toInt();
    }
    EscalationRepository repo() { return EscalationRepository(m_db, Now); }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        QVERIFY(m_dir.isValid());
        IC_START_PG(m_ws.pg());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
        auto db = TestWorkspaces::connect(m_spec, QStringLiteral("esc-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        // The fixture empties ic_ tables on PostgreSQL, not the workspace's keys.
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DELETE FROM ic_workspace WHERE key = ?"),
                              {QStringLiteral("escalation_policy")}));
        NewIncident n;
        n.title = QStringLiteral("Leaked API key");
        n.severity = Severity::P1;
        n.detectedAt = utc("2026-11-22T10:00:00.000Z");
        auto inc = IncidentRepository(m_db, Now).create(n, QStringLiteral("casey"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void recordsAreChainedEvents()
    {
        const int before = eventCount();
        auto n = repo().record(m_incident, EscalationRecord::Kind::Notified, securityTeam(),
                               QStringLiteral("casey"));
        IC_VERIFY_OK(n);
        QCOMPARE(n->at, Now);
        auto a = EscalationRepository(m_db, Now.addSecs(120))
                     .record(m_incident, EscalationRecord::Kind::Acknowledged, securityTeam(),
                             QStringLiteral("dana"));
        IC_VERIFY_OK(a);
        QCOMPARE(eventCount(), before + 2);

        auto events = EventLog::events(m_db, m_incident);
        IC_VERIFY_OK(events);
        const IncidentEvent &e = events->at(events->size() - 2);
        QCOMPARE(e.kind, EscalationRepository::NotifiedKind);
        QCOMPARE(e.actor, QStringLiteral("casey"));
        QCOMPARE(e.summary, QStringLiteral("Notified Security Team (Email/Phone)"));
        QCOMPARE(e.details.value(QStringLiteral("contact")).toString(),
                 QStringLiteral("Email/Phone"));
        QCOMPARE(e.details.value(QStringLiteral("node")).toString(), QStringLiteral("Security"));
        QCOMPARE(e.details.value(QStringLiteral("late")).toBool(), true); // due 10:15, now 10:20
        QCOMPARE(events->last().kind, EscalationRepository::AcknowledgedKind);
        auto chain = EventLog::verify(m_db, m_incident);
        IC_VERIFY_OK(chain);
        QVERIFY(chain->intact);

        auto state = repo().state(m_incident);
        IC_VERIFY_OK(state);
        QCOMPARE(state->records.size(), 2);
        QCOMPARE(state->records.at(0).kind, EscalationRecord::Kind::Notified);
        QCOMPARE(state->records.at(0).role, QStringLiteral("Security Team"));
        QCOMPARE(state->records.at(1).actor, QStringLiteral("dana"));
        QCOMPARE(state->records.at(1).at, Now.addSecs(120));
        QVERIFY(!state->dataBreach.has_value());
    }

    void badRecordsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty role")
            << QStringLiteral("role") << QString() << QStringLiteral("role is empty");
        QTest::newRow("NUL in contact")
            << QStringLiteral("contact") << QStringLiteral("pager\u0000x") << QStringLiteral("NUL");
        QTest::newRow("huge contact") << QStringLiteral("contact") << QString(600, QLatin1Char('x'))
                                      << QStringLiteral("longer than");
        QTest::newRow("no node") << QStringLiteral("node") << QStringLiteral(" ")
                                 << QStringLiteral("node id is empty");
        QTest::newRow("unknown incident")
            << QStringLiteral("incident") << QStringLiteral("no-such-incident")
            << QStringLiteral("no longer exists");
    }

    void badRecordsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, says);
        EscalationTarget t = securityTeam();
        QString incident = m_incident;
        if (field == QLatin1String("role"))
            t.role = value;
        else if (field == QLatin1String("contact"))
            t.contact = value;
        else if (field == QLatin1String("node"))
            t.nodeId = value;
        else
            incident = value;
        const int before = eventCount();
        auto r =
            repo().record(incident, EscalationRecord::Kind::Notified, t, QStringLiteral("casey"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("othing")), // Nothing / nothing
                 qPrintable(r.error().message));
        QCOMPARE(eventCount(), before);
    }

    void dataBreachFlag()
    {
        const int before = eventCount();
        IC_VERIFY_OK(repo().setDataBreach(m_incident, true, QStringLiteral("casey")));
        auto s = repo().state(m_incident);
        IC_VERIFY_OK(s);
        QCOMPARE(s->dataBreach, std::optional<bool>(true));
        QCOMPARE(eventCount(), before + 1);
        // The same answer again is no change and no event.
        IC_VERIFY_OK(repo().setDataBreach(m_incident, true, QStringLiteral("casey")));
        QCOMPARE(eventCount(), before + 1);
        IC_VERIFY_OK(repo().setDataBreach(m_incident, false, QStringLiteral("dana")));
        IC_VERIFY_OK(repo().setDataBreach(m_incident, std::nullopt, QStringLiteral("dana")));
        s = repo().state(m_incident);
        QVERIFY(!s->dataBreach.has_value());
        QCOMPARE(eventCount(), before + 3);
        auto events = EventLog::events(m_db, m_incident);
        QCOMPARE(events->last().kind, EscalationRepository::DataBreachKind);
        QCOMPARE(events->last().details.value(QStringLiteral("previous")).toBool(), false);
        QVERIFY(events->last().details.value(QStringLiteral("data_breach")).isNull());
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT updated_by FROM ic_escalation_state WHERE "
                                       "incident_id = ?"),
                        {m_incident})
                     .toString(),
                 QStringLiteral("dana"));

        auto missing = repo().setDataBreach(QStringLiteral("nope"), true, QStringLiteral("x"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("not changed")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM ic_escalation_state")).toInt(),
                 1);
    }

    void decisions()
    {
        IC_VERIFY_OK(repo().decide(m_incident, QStringLiteral("own"), QStringLiteral("W"),
                                   QStringLiteral("Weekend?"), QStringLiteral("B"),
                                   QStringLiteral("Yes"), QStringLiteral("casey")));
        auto s = repo().state(m_incident);
        QCOMPARE(s->decisions.value(QStringLiteral("W")), QStringLiteral("B"));
        IC_VERIFY_OK(repo().decide(m_incident, QStringLiteral("own"), QStringLiteral("W"),
                                   QStringLiteral("Weekend?"), QString(), QString(),
                                   QStringLiteral("casey")));
        s = repo().state(m_incident);
        QVERIFY(!s->decisions.contains(QStringLiteral("W")));
        auto bad = repo().decide(m_incident, QString(), QStringLiteral("W"), {}, {}, {},
                                 QStringLiteral("casey"));
        QVERIFY(!bad.ok());
    }

    void importedPoliciesAndTheWorkspacePolicy()
    {
        auto active = repo().activePolicy();
        IC_VERIFY_OK(active);
        QCOMPARE(active.value(), EscalationPolicies::securityTeamName());

        auto imported =
            repo().importPolicy(QStringLiteral("our-oncall"), bundled(QStringLiteral("platform")),
                                QStringLiteral("/tmp/our-oncall.md"), QStringLiteral("casey"));
        IC_VERIFY_OK(imported);
        QVERIFY(imported->chart.node(QStringLiteral("CTO")));
        IC_VERIFY_OK(repo().setActivePolicy(QStringLiteral("our-oncall")));
        QCOMPARE(repo().activePolicy().value(), QStringLiteral("our-oncall"));
        auto list = repo().importedPolicies();
        IC_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("our-oncall"));
        QCOMPARE(list->first().path, QStringLiteral("/tmp/our-oncall.md"));
        QVERIFY(list->first().isValid());
        // Importing again replaces it.
        IC_VERIFY_OK(repo().importPolicy(QStringLiteral("our-oncall"),
                                         bundled(QStringLiteral("security-team")), QString(),
                                         QStringLiteral("dana")));
        QVERIFY(repo().importedPolicies()->first().chart.node(QStringLiteral("Exec")));

        // A broken file is refused with its problems; nothing is stored.
        auto broken =
            repo().importPolicy(QStringLiteral("broken"), "```mermaid\ngraph TD\nA -> B\n```\n",
                                QString(), QStringLiteral("casey"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("nothing was changed")));
        QVERIFY(broken.error().detail.contains(QStringLiteral("Line 3")));
        auto builtIn = repo().importPolicy(EscalationPolicies::platformName(),
                                           bundled(QStringLiteral("platform")), QString(),
                                           QStringLiteral("casey"));
        QVERIFY(!builtIn.ok());
        QVERIFY(builtIn.error().message.contains(QStringLiteral("built-in")));
        auto nul = repo().importPolicy(QStringLiteral("nul"), QByteArray("# x\0y", 5), QString(),
                                       QStringLiteral("casey"));
        QVERIFY(!nul.ok());
        QCOMPARE(repo().importedPolicies()->size(), 1);

        auto unknown = repo().setActivePolicy(QStringLiteral("nobody-wrote-this"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("keeps its escalation policy")));
        QCOMPARE(repo().activePolicy().value(), QStringLiteral("our-oncall"));
        IC_VERIFY_OK(repo().setActivePolicy(EscalationPolicies::platformName()));
    }

    // A document with two flowcharts: the admin picks the second; the choice
    // is kept in the workspace and read back; a number the document does not
    // have, a flowchart that cannot be drawn, a built-in or unknown policy are
    // refused and change nothing.
    void aDocumentWithSeveralFlowchartsKeepsTheChosenOne()
    {
        const QByteArray doc = "# On-call\n\n## Paging\n\n```mermaid\nflowchart TD\n"
                               "  Pager --> Lead\n```\n\n## Security escalation\n\n"
                               "```mermaid\nflowchart LR\n  Analyst --> CISO --> CEO\n```\n\n"
                               "## Broken\n\n```mermaid\nflowchart TD\n  A -> B\n```\n";
        auto first = repo().importPolicy(QStringLiteral("two-charts"), doc, QString(),
                                         QStringLiteral("casey"), 1);
        IC_VERIFY_OK(first);
        QVERIFY(first->chart.node(QStringLiteral("Pager")));
        QCOMPARE(first->graphs.size(), 3);

        auto second =
            repo().choosePolicyGraph(QStringLiteral("two-charts"), 2, QStringLiteral("dana"));
        IC_VERIFY_OK(second);
        QCOMPARE(second->graphIndex, 1);
        QVERIFY(second->chart.node(QStringLiteral("CISO")));
        auto list = repo().importedPolicies();
        IC_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().graphIndex, 1);
        QVERIFY(list->first().chart.node(QStringLiteral("CEO")));
        QVERIFY(!list->first().chart.node(QStringLiteral("Pager")));

        for (int bad : {4, -1, 3}) {
            auto r =
                repo().choosePolicyGraph(QStringLiteral("two-charts"), bad, QStringLiteral("dana"));
            QVERIFY2(!r.ok(), qPrintable(QString::number(bad)));
            QVERIFY2(r.error().message.contains(QLatin1String("nothing was changed"),
                                                Qt::CaseInsensitive) ||
                         r.error().message.contains(QLatin1String("not changed")),
                     qPrintable(r.error().message));
        }
        QCOMPARE(repo().importedPolicies()->first().graphIndex, 1);
        QVERIFY(
            !repo()
                 .choosePolicyGraph(EscalationPolicies::platformName(), 1, QStringLiteral("dana"))
                 .ok());
        QVERIFY(
            !repo()
                 .choosePolicyGraph(QStringLiteral("nobody-wrote-this"), 1, QStringLiteral("dana"))
                 .ok());
        // 0 gives the choice back to the reader.
        auto reader =
            repo().choosePolicyGraph(QStringLiteral("two-charts"), 0, QStringLiteral("dana"));
        IC_VERIFY_OK(reader);
        QCOMPARE(repo().importedPolicies()->first().graphIndex, reader->graphIndex);
    }

    void asyncStore()
    {
        ManualClock clock(Now);
        SqlExecutor executor(m_spec, QStringLiteral("escalation"));
        EscalationStore store(&executor, clock, QStringLiteral("erin"));
        QSignalSpy loaded(&store, &EscalationStore::stateLoaded);
        QSignalSpy recorded(&store, &EscalationStore::recorded);
        QSignalSpy changed(&store, &EscalationStore::changed);
        QSignalSpy failed(&store, &EscalationStore::failed);

        store.record(m_incident, EscalationRecord::Kind::Notified, securityTeam());
        QCOMPARE(recorded.count(), 0); // never answered synchronously
        QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, Timeout);
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout); // reloads after writing
        const auto state = loaded.last().at(1).value<EscalationState>();
        QCOMPARE(state.records.size(), 1);
        QCOMPARE(state.records.first().actor, QStringLiteral("erin"));

        store.setDataBreach(m_incident, true);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, Timeout);
        QCOMPARE(loaded.last().at(1).value<EscalationState>().dataBreach,
                 std::optional<bool>(true));

        QSignalSpy policies(&store, &EscalationStore::policiesLoaded);
        store.loadPolicies();
        QTRY_COMPARE_WITH_TIMEOUT(policies.count(), 1, Timeout);
        QCOMPARE(policies.last().at(0).value<QList<EscalationPolicy>>().size(), 2);
        QCOMPARE(policies.last().at(1).toString(), EscalationPolicies::securityTeamName());

        // A file is read on the worker; a missing one is a clear failure.
        store.importPolicyFile(m_dir.filePath(QStringLiteral("missing.md")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
        QVERIFY(failed.last().at(0).value<Error>().message.contains(
            QStringLiteral("Nothing was imported")));
        const QString file = m_dir.filePath(QStringLiteral("night-shift.md"));
        QFile::remove(file);
        QVERIFY(QFile::copy(QStringLiteral(":/escalation/platform.md"), file));
        QSignalSpy imported(&store, &EscalationStore::policyImported);
        store.importPolicyFile(file);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(policies.count(), 2, Timeout);
        QCOMPARE(policies.last().at(0).value<QList<EscalationPolicy>>().size(), 3);
        store.setActivePolicy(QStringLiteral("night-shift"));
        QTRY_COMPARE_WITH_TIMEOUT(policies.count(), 3, Timeout);
        QCOMPARE(policies.last().at(1).toString(), QStringLiteral("night-shift"));
        QTRY_COMPARE_WITH_TIMEOUT(store.pending(), 0, Timeout);

        // A reviewer profile refuses at once, before any job runs.
        store.setPermissions(Permissions::reviewer());
        const int before = eventCount();
        store.record(m_incident, EscalationRecord::Kind::Acknowledged, securityTeam());
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.last().at(0).value<Error>().message.contains(QStringLiteral("read-only")));
        QCOMPARE(store.pending(), 0);
        QCOMPARE(eventCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestEscalationStore)
#include "tst_escalationstore.moc"
