// The synchronous incident repository on SQLite and on a real PostgreSQL:
// every field round-trips, every change is an event, stale edits are refused.
#include "WorkspaceFixture.h"
#include "models/incidents/IncidentRepository.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace ic;
using namespace ic::test;

namespace {

const QDateTime Now = utc("2026-11-22T10:00:00.000Z");
const QString Actor = QStringLiteral("alice");

void compareIncidents(const Incident &a, const Incident &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.ref, b.ref);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.severity, b.severity);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.commander, b.commander);
    QCOMPARE(a.affectedUsers, b.affectedUsers);
    QCOMPARE(a.affectedTenants, b.affectedTenants);
    QCOMPARE(a.affectedApiKeys, b.affectedApiKeys);
    QCOMPARE(a.detectedAt, b.detectedAt);
    QCOMPARE(a.becameAwareAt, b.becameAwareAt);
    QCOMPARE(a.acknowledgedAt, b.acknowledgedAt);
    QCOMPARE(a.closedAt, b.closedAt);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.createdBy, b.createdBy);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.updatedBy, b.updatedBy);
    QCOMPARE(a.version, b.version);
}

void comparePolicies(const SeverityPolicy &a, const SeverityPolicy &b)
{
    QCOMPARE(a.presetId, b.presetId);
    for (size_t i = 0; i < a.levels.size(); ++i) {
        QCOMPARE(a.levels[i].level, b.levels[i].level);
        QCOMPARE(a.levels[i].name, b.levels[i].name);
        QCOMPARE(a.levels[i].description, b.levels[i].description);
        QCOMPARE(a.levels[i].examples, b.levels[i].examples);
        QCOMPARE(a.levels[i].responseMinutes, b.levels[i].responseMinutes);
        QCOMPARE(a.levels[i].responseText, b.levels[i].responseText);
    }
}

QList<int> minutesOf(const SeverityPolicy &p)
{
    QList<int> out;
    for (const SeverityLevel &l : p.levels)
        out << l.responseMinutes;
    return out;
}

NewIncident draft(const QString &title, const QDateTime &detected = Now.addSecs(-600))
{
    NewIncident d;
    d.title = title;
    d.detectedAt = detected;
    return d;
}

// Ten varied characters, none of them whitespace at either end.
QString longHostile()
{
    return QStringLiteral("'%_\\\" ;-xy").repeated(1000);
}

} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QString m_connection;
    QSqlDatabase m_db;
    int m_n = 0;

    IncidentRepository repo(const QDateTime &now = Now) { return IncidentRepository(m_db, now); }

    int count(const QString &table)
    {
        return scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }

    QList<IncidentEvent> eventsOf(const QString &id)
    {
        auto e = repo().events(id);
        if (!e) {
            qWarning() << e.error().fullText();
            return {};
        }
        return e.value();
    }

    Incident createOrFail(const NewIncident &d, const QDateTime &now = Now)
    {
        auto r = repo(now).create(d, Actor);
        if (!r) {
            qWarning() << r.error().fullText();
            return {};
        }
        return r.value();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }

    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }

    // Every test starts on a fresh workspace of the row's engine.
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_connection = QStringLiteral("repo-%1").arg(++m_n);
        auto db = TestWorkspaces::connect(spec.value(), m_connection);
        IC_VERIFY_OK(db);
        m_db = db.value();
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        Db::close(m_connection);
    }

    void createThenReadBackEveryField()
    {
        NewIncident d;
        d.title = QStringLiteral("  Token used after logout  ");
        d.summary = QStringLiteral("Session 7f3 reused from 203.0.113.9.\nSecond line.");
        d.severity = Severity::P1;
        d.status = IncidentStatus::Containment;
        d.commander = QStringLiteral(" Dana Scully ");
        d.affectedUsers = {QStringLiteral("user-42"), QStringLiteral("user-7")};
        d.affectedTenants = {QStringLiteral("tenant-acme")};
        d.affectedApiKeys = {QStringLiteral("key-b"), QStringLiteral("key-a"),
                             QStringLiteral("key-c")};
        // Given with an offset: stored and returned as the same instant in UTC.
        d.detectedAt = QDateTime(QDate(2026, 11, 22), QTime(11, 41, 7, 250), QTimeZone(7200));
        d.becameAwareAt = utc("2026-11-22T09:50:30.500Z");

        auto created = repo().create(d, Actor);
        IC_VERIFY_OK(created);
        const Incident &c = created.value();
        QVERIFY(!c.id.isEmpty());
        QCOMPARE(c.ref, QStringLiteral("INC-2026-001"));
        QCOMPARE(c.title, QStringLiteral("Token used after logout"));
        QCOMPARE(c.commander, QStringLiteral("Dana Scully"));
        QCOMPARE(c.detectedAt, utc("2026-11-22T09:41:07.250Z"));
        QCOMPARE(c.detectedAt.timeSpec(), Qt::UTC);
        QCOMPARE(c.acknowledgedAt, Now); // a commander took it on creation
        QVERIFY(!c.closedAt.isValid());
        QCOMPARE(c.createdAt, Now);
        QCOMPARE(c.createdBy, Actor);
        QCOMPARE(c.updatedAt, Now);
        QCOMPARE(c.updatedBy, Actor);
        QCOMPARE(c.version, 1);

        auto got = repo().get(c.id);
        IC_VERIFY_OK(got);
        compareIncidents(got.value(), c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(got->summary, d.summary);
        QCOMPARE(got->severity, Severity::P1);
        QCOMPARE(got->status, IncidentStatus::Containment);
        QCOMPARE(got->affectedUsers, d.affectedUsers);
        QCOMPARE(got->affectedApiKeys, d.affectedApiKeys); // order kept
        QCOMPARE(got->becameAwareAt, d.becameAwareAt);
        for (const QDateTime &t : {got->detectedAt, got->becameAwareAt, got->acknowledgedAt,
                                   got->createdAt, got->updatedAt})
            QCOMPARE(t.timeSpec(), Qt::UTC);

        auto all = repo().list();
        IC_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        compareIncidents(all->first(), c);
    }

    void optionalFieldsStayEmpty()
    {
        auto created = repo().create(draft(QStringLiteral("Scan finding")), Actor);
        IC_VERIFY_OK(created);
        auto got = repo().get(created->id);
        IC_VERIFY_OK(got);
        QCOMPARE(got->commander, QString());
        QCOMPARE(got->summary, QString());
        QVERIFY(got->affectedUsers.isEmpty());
        QVERIFY(!got->becameAwareAt.isValid());
        QVERIFY(!got->acknowledgedAt.isValid()); // nobody took command
        QVERIFY(!got->closedAt.isValid());
        QCOMPARE(got->severity, Severity::P2);
        QCOMPARE(got->status, IncidentStatus::Triage);
        // Stored as '' and '[]', not NULL.
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT count(*) FROM ic_incidents WHERE commander = '' "
                                        "AND summary = '' AND commander IS NOT NULL"))
                .toInt(),
            1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM ic_incidents WHERE "
                                             "became_aware_at IS NULL AND acknowledged_at IS NULL "
                                             "AND closed_at IS NULL"))
                     .toInt(),
                 1);
        QVERIFY(repo().get(QStringLiteral("no-such-id")).error().kind == Error::Kind::NotFound);
    }

    void refsAreNumberedPerYearOfDetection()
    {
        struct Case
        {
            QDateTime detected;
            const char *ref;
        };
        const Case cases[] = {
            {utc("2026-03-01T08:00:00Z"), "INC-2026-001"},
            {utc("2026-11-22T09:00:00Z"), "INC-2026-002"},
            {utc("2025-12-31T23:59:59Z"), "INC-2025-001"},
            // 00:30 on New Year's Day in UTC+2 is still 2025 in UTC.
            {QDateTime(QDate(2026, 1, 1), QTime(0, 30), QTimeZone(7200)), "INC-2025-002"},
            {utc("2026-01-01T00:00:00Z"), "INC-2026-003"},
        };
        for (const Case &c : cases) {
            auto r = repo().create(draft(QStringLiteral("Incident"), c.detected), Actor);
            IC_VERIFY_OK(r);
            QCOMPARE(r->ref, QLatin1String(c.ref));
        }
        QCOMPARE(count(QStringLiteral("ic_incidents")), 5);
    }

    void listIsNewestDetectionFirst()
    {
        const Incident a = createOrFail(draft(QStringLiteral("a"), utc("2026-11-20T10:00:00Z")));
        const Incident b = createOrFail(draft(QStringLiteral("b"), utc("2026-11-22T09:00:00Z")));
        const Incident c = createOrFail(draft(QStringLiteral("c"), utc("2026-11-21T10:00:00Z")));
        auto all = repo().list();
        IC_VERIFY_OK(all);
        QStringList titles;
        for (const Incident &i : all.value())
            titles << i.title;
        QCOMPARE(titles, (QStringList{b.title, c.title, a.title}));
    }

    void creationIsRecordedAsEvent()
    {
        QFETCH_GLOBAL(QString, engine);
        NewIncident d = draft(QStringLiteral("Bulk export"));
        d.severity = Severity::P0;
        const Incident inc = createOrFail(d);
        QVERIFY(!inc.id.isEmpty());
        const QList<IncidentEvent> events = eventsOf(inc.id);
        QCOMPARE(events.size(), 1);
        const IncidentEvent &e = events.first();
        QCOMPARE(e.kind, QStringLiteral("incident.created"));
        QCOMPARE(e.actor, Actor);
        QCOMPARE(e.incidentId, inc.id);
        QCOMPARE(e.occurredAt, Now);
        IC_COMPARE_RECORDED_AT(engine, e.recordedAt, Now);
        QVERIFY2(e.summary.contains(inc.ref) && e.summary.contains(QLatin1String("Bulk export")),
                 qPrintable(e.summary));
        QCOMPARE(e.details.value(QStringLiteral("ref")).toString(), inc.ref);
        QCOMPARE(e.details.value(QStringLiteral("severity")).toString(), QStringLiteral("P0"));
        QCOMPARE(e.details.value(QStringLiteral("status")).toString(), QStringLiteral("triage"));
        QCOMPARE(e.details.value(QStringLiteral("detected_at")).toString(),
                 d.detectedAt.toString(Qt::ISODateWithMs));
    }

    void fieldChangesAreRecordedWithFromAndTo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("from");
        QTest::addColumn<QJsonValue>("to");
        QTest::newRow("title") << QStringLiteral("title") << QJsonValue(QStringLiteral("Before"))
                               << QJsonValue(QStringLiteral("After"));
        QTest::newRow("summary") << QStringLiteral("summary") << QJsonValue(QStringLiteral("old"))
                                 << QJsonValue(QStringLiteral("new\nsummary"));
        QTest::newRow("severity") << QStringLiteral("severity") << QJsonValue(QStringLiteral("P2"))
                                  << QJsonValue(QStringLiteral("P0"));
        QTest::newRow("affected_users")
            << QStringLiteral("affected_users") << QJsonValue(QJsonArray{QStringLiteral("u1")})
            << QJsonValue(QJsonArray{QStringLiteral("u1"), QStringLiteral("u2")});
        QTest::newRow("affected_tenants")
            << QStringLiteral("affected_tenants") << QJsonValue(QJsonArray{})
            << QJsonValue(QJsonArray{QStringLiteral("t9")});
        QTest::newRow("affected_api_keys")
            << QStringLiteral("affected_api_keys") << QJsonValue(QJsonArray{QStringLiteral("k1")})
            << QJsonValue(QJsonArray{});
        QTest::newRow("detected_at") << QStringLiteral("detected_at")
                                     << QJsonValue(QStringLiteral("2026-11-22T09:50:00.000Z"))
                                     << QJsonValue(QStringLiteral("2026-11-22T09:45:30.125Z"));
        QTest::newRow("became_aware_at set")
            << QStringLiteral("became_aware_at") << QJsonValue(QString())
            << QJsonValue(QStringLiteral("2026-11-22T09:55:00.000Z"));
    }

    void fieldChangesAreRecordedWithFromAndTo()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, from);
        QFETCH(QJsonValue, to);

        auto strings = [](const QJsonValue &v) {
            QStringList out;
            for (const QJsonValue &item : v.toArray())
                out << item.toString();
            return out;
        };
        NewIncident d = draft(QStringLiteral("Before"), utc("2026-11-22T09:50:00Z"));
        d.summary = QStringLiteral("old");
        d.affectedUsers = {QStringLiteral("u1")};
        d.affectedApiKeys = {QStringLiteral("k1")};
        const Incident inc = createOrFail(d);
        QCOMPARE(inc.version, 1);

        IncidentPatch p;
        if (field == QLatin1String("title"))
            p.title = to.toString();
        else if (field == QLatin1String("summary"))
            p.summary = to.toString();
        else if (field == QLatin1String("severity"))
            p.severity = severityFromCode(to.toString());
        else if (field == QLatin1String("affected_users"))
            p.affectedUsers = strings(to);
        else if (field == QLatin1String("affected_tenants"))
            p.affectedTenants = strings(to);
        else if (field == QLatin1String("affected_api_keys"))
            p.affectedApiKeys = strings(to);
        else if (field == QLatin1String("detected_at"))
            p.detectedAt = utc(qPrintable(to.toString()));
        else if (field == QLatin1String("became_aware_at"))
            p.becameAwareAt = utc(qPrintable(to.toString()));

        const QDateTime later = Now.addSecs(125);
        auto r = repo(later).update(inc.id, 1, p, QStringLiteral("bob"));
        IC_VERIFY_OK(r);
        QCOMPARE(r->version, 2);
        QCOMPARE(r->updatedAt, later);
        QCOMPARE(r->updatedBy, QStringLiteral("bob"));
        QCOMPARE(r->createdBy, Actor);
        QCOMPARE(r->createdAt, Now);

        auto stored = repo().get(inc.id);
        IC_VERIFY_OK(stored);
        compareIncidents(stored.value(), r.value());
        if (QTest::currentTestFailed())
            return;

        const QList<IncidentEvent> events = eventsOf(inc.id);
        QCOMPARE(events.size(), 2);
        const IncidentEvent &e = events.last();
        QCOMPARE(e.kind, QStringLiteral("incident.updated"));
        QCOMPARE(e.actor, QStringLiteral("bob"));
        QCOMPARE(e.occurredAt, later);
        QCOMPARE(e.details.value(QStringLiteral("field")).toString(), field);
        QCOMPARE(e.details.value(QStringLiteral("from")), from);
        QCOMPARE(e.details.value(QStringLiteral("to")), to);
    }

    void clearingBecameAwareAt()
    {
        NewIncident d = draft(QStringLiteral("Aware"));
        d.becameAwareAt = Now.addSecs(-300);
        const Incident inc = createOrFail(d);
        IncidentPatch p;
        p.becameAwareAt = QDateTime();
        auto r = repo().update(inc.id, 1, p, Actor);
        IC_VERIFY_OK(r);
        QCOMPARE(r->version, 2);
        QVERIFY(!repo().get(inc.id)->becameAwareAt.isValid());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM ic_incidents WHERE "
                                             "became_aware_at IS NULL"))
                     .toInt(),
                 1);
        const IncidentEvent e = eventsOf(inc.id).last();
        QCOMPARE(e.details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("became_aware_at"));
        QCOMPARE(e.details.value(QStringLiteral("to")).toString(), QString());
    }

    void statusChangesCloseAndReopen()
    {
        const Incident inc = createOrFail(draft(QStringLiteral("Key leak")));

        IncidentPatch toContainment;
        toContainment.status = IncidentStatus::Containment;
        auto r1 = repo(Now.addSecs(60)).update(inc.id, 1, toContainment, QStringLiteral("bob"));
        IC_VERIFY_OK(r1);
        QCOMPARE(r1->status, IncidentStatus::Containment);
        QVERIFY(!r1->closedAt.isValid());

        IncidentPatch close;
        close.status = IncidentStatus::Closed;
        auto r2 = repo(Now.addSecs(120)).update(inc.id, 2, close, QStringLiteral("carol"));
        IC_VERIFY_OK(r2);
        QVERIFY(r2->isClosed());
        QCOMPARE(r2->closedAt, Now.addSecs(120));
        QCOMPARE(repo().get(inc.id)->closedAt, Now.addSecs(120));

        IncidentPatch reopen;
        reopen.status = IncidentStatus::Recovery;
        auto r3 = repo(Now.addSecs(180)).update(inc.id, 3, reopen, QStringLiteral("dave"));
        IC_VERIFY_OK(r3);
        QCOMPARE(r3->version, 4);
        QCOMPARE(r3->status, IncidentStatus::Recovery);
        QVERIFY(!r3->closedAt.isValid());
        QVERIFY(!repo().get(inc.id)->closedAt.isValid());

        const QList<IncidentEvent> events = eventsOf(inc.id);
        QCOMPARE(events.size(), 4);
        const struct
        {
            const char *kind, *actor, *from, *to;
            int seconds;
        } expected[] = {
            {"incident.status", "bob", "triage", "containment", 60},
            {"incident.closed", "carol", "containment", "closed", 120},
            {"incident.status", "dave", "closed", "recovery", 180},
        };
        for (int i = 0; i < 3; ++i) {
            const IncidentEvent &e = events.at(i + 1);
            QCOMPARE(e.kind, QLatin1String(expected[i].kind));
            QCOMPARE(e.actor, QLatin1String(expected[i].actor));
            QCOMPARE(e.occurredAt, Now.addSecs(expected[i].seconds));
            QCOMPARE(e.details.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
            QCOMPARE(e.details.value(QStringLiteral("from")).toString(),
                     QLatin1String(expected[i].from));
            QCOMPARE(e.details.value(QStringLiteral("to")).toString(),
                     QLatin1String(expected[i].to));
        }
        QVERIFY2(events.at(3).summary.contains(QLatin1String("Reopened")),
                 qPrintable(events.at(3).summary));
        QVERIFY2(events.at(2).summary.contains(QLatin1String("Closed")),
                 qPrintable(events.at(2).summary));
    }

    void severalChangesInOneUpdate()
    {
        const Incident inc = createOrFail(draft(QStringLiteral("One")));
        IncidentPatch p;
        p.title = QStringLiteral("Two");
        p.severity = Severity::P1;
        p.status = IncidentStatus::Closed;
        auto r = repo().update(inc.id, 1, p, Actor);
        IC_VERIFY_OK(r);
        QCOMPARE(r->version, 2); // one save, one version
        QStringList fields;
        for (const IncidentEvent &e : eventsOf(inc.id))
            fields << e.details.value(QStringLiteral("field")).toString();
        fields.sort();
        QCOMPARE(fields, (QStringList{QString(), QStringLiteral("severity"),
                                      QStringLiteral("status"), QStringLiteral("title")}));
    }

    void updateWithoutChangeKeepsVersion()
    {
        NewIncident d = draft(QStringLiteral("Same"));
        d.summary = QStringLiteral("text");
        d.commander = QStringLiteral("alice");
        d.affectedUsers = {QStringLiteral("u1"), QStringLiteral("u2")};
        d.becameAwareAt = Now.addSecs(-60);
        const Incident inc = createOrFail(d);

        IncidentPatch same;
        same.title = QStringLiteral("  Same ");
        same.summary = QStringLiteral("text");
        same.severity = Severity::P2;
        same.status = IncidentStatus::Triage;
        same.commander = QStringLiteral("alice");
        same.affectedUsers = QStringList{QStringLiteral("u1"), QStringLiteral("u2")};
        same.affectedTenants = QStringList{};
        same.detectedAt = d.detectedAt.toTimeZone(QTimeZone(-5 * 3600)); // same instant
        same.becameAwareAt = d.becameAwareAt;
        same.acknowledge = true; // already acknowledged by taking command

        for (const IncidentPatch &p : {IncidentPatch(), same}) {
            auto r = repo(Now.addSecs(300)).update(inc.id, 1, p, QStringLiteral("bob"));
            IC_VERIFY_OK(r);
            QCOMPARE(r->version, 1);
            QCOMPARE(r->updatedAt, Now);
            QCOMPARE(r->updatedBy, Actor);
        }
        auto stored = repo().get(inc.id);
        IC_VERIFY_OK(stored);
        compareIncidents(stored.value(), inc);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 1);
    }

    void staleVersionIsAConflict()
    {
        const Incident inc = createOrFail(draft(QStringLiteral("Original")));

        IncidentPatch mine;
        mine.title = QStringLiteral("Bob's title");
        mine.severity = Severity::P1;
        auto bob = repo(Now.addSecs(30)).update(inc.id, 1, mine, QStringLiteral("bob"));
        IC_VERIFY_OK(bob);
        QCOMPARE(bob->version, 2);

        // Carol edits from the version she loaded before Bob saved.
        IncidentPatch theirs;
        theirs.title = QStringLiteral("Carol's title");
        theirs.summary = QStringLiteral("Carol's summary");
        IncidentConflict conflict;
        auto carol =
            repo(Now.addSecs(60)).update(inc.id, 1, theirs, QStringLiteral("carol"), &conflict);
        QVERIFY(!carol.ok());
        QCOMPARE(carol.error().kind, Error::Kind::Conflict);
        QVERIFY2(carol.error().message.contains(inc.ref) &&
                     carol.error().message.contains(QLatin1String("bob")) &&
                     carol.error().message.contains(QLatin1String("not saved")),
                 qPrintable(carol.error().message));
        compareIncidents(conflict.current, bob.value());
        if (QTest::currentTestFailed())
            return;

        // No lost update: Bob's row stands, no event for Carol.
        auto stored = repo().get(inc.id);
        IC_VERIFY_OK(stored);
        compareIncidents(stored.value(), bob.value());
        for (const IncidentEvent &e : eventsOf(inc.id))
            QVERIFY(e.actor != QLatin1String("carol"));
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 3);

        // A version from the future is just as stale.
        auto future = repo().update(inc.id, 7, theirs, QStringLiteral("carol"));
        QCOMPARE(future.error().kind, Error::Kind::Conflict);

        // Based on the current version, Carol's change goes through.
        auto retry = repo(Now.addSecs(90)).update(inc.id, 2, theirs, QStringLiteral("carol"));
        IC_VERIFY_OK(retry);
        QCOMPARE(retry->version, 3);
        QCOMPARE(retry->severity, Severity::P1); // Bob's severity kept
        QCOMPARE(retry->title, QStringLiteral("Carol's title"));
    }

    void updateOfMissingIncident()
    {
        IncidentPatch p;
        p.title = QStringLiteral("x");
        IncidentConflict conflict;
        auto r = repo().update(QStringLiteral("no-such-id"), 1, p, Actor, &conflict);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 0);
    }

    void acknowledgeSetsTheTimeOnce()
    {
        const Incident inc = createOrFail(draft(QStringLiteral("Unowned")));
        QVERIFY(!inc.acknowledgedAt.isValid());

        IncidentPatch ack;
        ack.acknowledge = true;
        const QDateTime t1 = Now.addSecs(95);
        auto first = repo(t1).update(inc.id, 1, ack, QStringLiteral("bob"));
        IC_VERIFY_OK(first);
        QCOMPARE(first->acknowledgedAt, t1);
        QCOMPARE(first->version, 2);
        const IncidentEvent e = eventsOf(inc.id).last();
        QCOMPARE(e.actor, QStringLiteral("bob"));
        QCOMPARE(e.details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("acknowledged_at"));
        QCOMPARE(e.details.value(QStringLiteral("to")).toString(), t1.toString(Qt::ISODateWithMs));

        // Again later: nothing changes.
        auto second = repo(t1.addSecs(600)).update(inc.id, 2, ack, QStringLiteral("carol"));
        IC_VERIFY_OK(second);
        QCOMPARE(second->version, 2);
        QCOMPARE(repo().get(inc.id)->acknowledgedAt, t1);
        QCOMPARE(eventsOf(inc.id).size(), 2);
    }

    void takingCommandAcknowledgesOnce()
    {
        const Incident inc = createOrFail(draft(QStringLiteral("Unowned")));
        IncidentPatch take;
        take.commander = QStringLiteral("bob");
        const QDateTime t1 = Now.addSecs(42);
        auto r1 = repo(t1).update(inc.id, 1, take, QStringLiteral("bob"));
        IC_VERIFY_OK(r1);
        QCOMPARE(r1->commander, QStringLiteral("bob"));
        QCOMPARE(r1->acknowledgedAt, t1);
        QStringList fields;
        for (const IncidentEvent &e : eventsOf(inc.id))
            fields << e.details.value(QStringLiteral("field")).toString();
        QCOMPARE(fields, (QStringList{QString(), QStringLiteral("commander"),
                                      QStringLiteral("acknowledged_at")}));

        // Handing over keeps the first response time.
        IncidentPatch handOver;
        handOver.commander = QStringLiteral("carol");
        auto r2 = repo(t1.addSecs(3600)).update(inc.id, 2, handOver, QStringLiteral("bob"));
        IC_VERIFY_OK(r2);
        QCOMPARE(r2->version, 3);
        QCOMPARE(r2->commander, QStringLiteral("carol"));
        QCOMPARE(repo().get(inc.id)->acknowledgedAt, t1);

        // Clearing the commander is no acknowledgement of an unowned incident.
        const Incident other = createOrFail(draft(QStringLiteral("Other")));
        IncidentPatch none;
        none.commander = QString();
        auto r3 = repo().update(other.id, 1, none, Actor);
        IC_VERIFY_OK(r3);
        QCOMPARE(r3->version, 1);
        QVERIFY(!repo().get(other.id)->acknowledgedAt.isValid());
    }

    void emptyTitleIsRejected_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("null") << QString();
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("tabs and newlines") << QStringLiteral("\t\n \r\n");
    }

    void emptyTitleIsRejected()
    {
        QFETCH(QString, title);
        auto r = repo().create(draft(title), Actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("needs a title")) &&
                     r.error().message.contains(QLatin1String("Nothing was created")),
                 qPrintable(r.error().message));
        QCOMPARE(count(QStringLiteral("ic_incidents")), 0);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 0);
        QCOMPARE(count(QStringLiteral("ic_counters")), 0); // no ref used up

        // Nor can an update empty it.
        const Incident inc = createOrFail(draft(QStringLiteral("Kept")));
        QCOMPARE(inc.ref, QStringLiteral("INC-2026-001"));
        IncidentPatch p;
        p.title = title;
        p.summary = QStringLiteral("would change");
        auto u = repo().update(inc.id, 1, p, Actor);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(u.error().message.contains(QLatin1String("not changed")),
                 qPrintable(u.error().message));
        compareIncidents(repo().get(inc.id).value(), inc);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 1);
    }

    void overlongTitleIsRejected()
    {
        QVERIFY(repo().create(draft(QString(300, QLatin1Char('t'))), Actor).ok());
        auto r = repo().create(draft(QString(301, QLatin1Char('t'))), Actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was created")));
        QCOMPARE(count(QStringLiteral("ic_incidents")), 1);
    }

    void hostileStringsRoundTripLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("O'Brien said \"it's fine\" `now`");
        QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE ic_incidents; --");
        QTest::newRow("sql injection 2")
            << QStringLiteral("x'); DELETE FROM ic_incident_events; SELECT ('");
        QTest::newRow("like wildcards") << QStringLiteral("100% of _all_ users %_%");
        QTest::newRow("backslashes")
            << QStringLiteral("C:\\temp\\new \\\\server\\share \\' \\\" \\");
        QTest::newRow("json breakers") << QStringLiteral("\"]}, {\"evil\": true} [\\u0041");
        QTest::newRow("placeholders") << QStringLiteral("? :id $1 %1 %2 ?? :: $$");
        QTest::newRow("newlines") << QStringLiteral("line1\nline2\r\n\tend");
        QTest::newRow("right-to-left")
            << QStringLiteral("\u202Egnp.exe\u202C \u200Fمرحبا بالعالم\u200E עברית");
        QTest::newRow("emoji") << QStringLiteral(
            "🚨🔥 👩🏽‍💻 🏳️‍🌈 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
        QTest::newRow("10000 characters") << longHostile();
    }

    void hostileStringsRoundTripLiterally()
    {
        QFETCH(QString, text);
        NewIncident d;
        d.title = text.size() <= 300 ? text : text.left(300);
        d.summary = text;
        d.commander = text;
        d.affectedUsers = {text, QStringLiteral("plain")};
        d.affectedTenants = {text};
        d.affectedApiKeys = {QStringLiteral("k"), text};
        auto created = repo().create(d, Actor);
        IC_VERIFY_OK(created);

        auto got = repo().get(created->id);
        IC_VERIFY_OK(got);
        QCOMPARE(got->title, d.title);
        QCOMPARE(got->summary, text);
        QCOMPARE(got->commander, text);
        QCOMPARE(got->affectedUsers, d.affectedUsers);
        QCOMPARE(got->affectedTenants, d.affectedTenants);
        QCOMPARE(got->affectedApiKeys, d.affectedApiKeys);
        QVERIFY(eventsOf(created->id).first().summary.endsWith(d.title));

        // Through an update, and into the event's details.
        IncidentPatch p;
        p.summary = text + QStringLiteral("!");
        p.affectedTenants = QStringList{QStringLiteral("t"), text};
        auto updated = repo().update(created->id, 1, p, text);
        IC_VERIFY_OK(updated);
        auto again = repo().get(created->id);
        IC_VERIFY_OK(again);
        QCOMPARE(again->summary, text + QStringLiteral("!"));
        QCOMPARE(again->affectedTenants, (QStringList{QStringLiteral("t"), text}));
        QCOMPARE(again->updatedBy, text);
        const QList<IncidentEvent> events = eventsOf(created->id);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).actor, text);
        QCOMPARE(events.at(1).details.value(QStringLiteral("from")).toString(), text);
        QCOMPARE(events.at(1).details.value(QStringLiteral("to")).toString(),
                 text + QStringLiteral("!"));

        IC_VERIFY_OK(repo().addNote(created->id, Actor, text));
        QCOMPARE(eventsOf(created->id).last().summary, text);

        // Nothing was executed: the tables are all there, with their rows.
        QCOMPARE(count(QStringLiteral("ic_incidents")), 1);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 4);
        auto all = repo().list();
        IC_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().commander, text);
    }

    // A NUL character cannot be stored by PostgreSQL (text and jsonb refuse
    // it, and the driver would cut the string there), so both engines refuse
    // it up front with the same clear message and store nothing.
    void nulCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("summary") << QStringLiteral("summary");
        QTest::newRow("commander") << QStringLiteral("commander");
        QTest::newRow("affected user") << QStringLiteral("affectedUsers");
        QTest::newRow("affected tenant") << QStringLiteral("affectedTenants");
        QTest::newRow("affected api key") << QStringLiteral("affectedApiKeys");
    }

    void nulCharactersAreRefused()
    {
        QFETCH(QString, field);
        const QString nul = QStringLiteral("before") + QChar(QChar::Null) + QStringLiteral("after");
        QCOMPARE(nul.size(), 12);

        NewIncident d = draft(QStringLiteral("Title"));
        IncidentPatch p;
        if (field == QLatin1String("title")) {
            d.title = nul;
            p.title = nul;
        } else if (field == QLatin1String("summary")) {
            d.summary = nul;
            p.summary = nul;
        } else if (field == QLatin1String("commander")) {
            d.commander = nul;
            p.commander = nul;
        } else if (field == QLatin1String("affectedUsers")) {
            d.affectedUsers = {QStringLiteral("ok"), nul};
            p.affectedUsers = d.affectedUsers;
        } else if (field == QLatin1String("affectedTenants")) {
            d.affectedTenants = {nul};
            p.affectedTenants = d.affectedTenants;
        } else {
            d.affectedApiKeys = {nul};
            p.affectedApiKeys = d.affectedApiKeys;
        }

        auto r = repo().create(d, Actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("NUL")) &&
                     r.error().message.contains(QLatin1String("Nothing was created")),
                 qPrintable(r.error().message));
        QCOMPARE(count(QStringLiteral("ic_incidents")), 0);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 0);

        const Incident inc = createOrFail(draft(QStringLiteral("Clean")));
        QVERIFY(!inc.id.isEmpty());
        auto u = repo().update(inc.id, 1, p, Actor);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(u.error().message.contains(QLatin1String("NUL")) &&
                     u.error().message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(u.error().message));
        compareIncidents(repo().get(inc.id).value(), inc);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 1);

        auto note = repo().addNote(inc.id, Actor, nul);
        QCOMPARE(note.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 1);
    }

    void notesAreEvents()
    {
        const Incident inc = createOrFail(draft(QStringLiteral("Noted")));
        const QDateTime later = Now.addSecs(77);
        IC_VERIFY_OK(repo(later).addNote(inc.id, QStringLiteral("bob"),
                                         QStringLiteral("  Blocked 203.0.113.9 at the edge.\n")));
        const QList<IncidentEvent> events = eventsOf(inc.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().kind, QStringLiteral("note"));
        QCOMPARE(events.last().actor, QStringLiteral("bob"));
        QCOMPARE(events.last().occurredAt, later);
        QCOMPARE(events.last().summary, QStringLiteral("Blocked 203.0.113.9 at the edge."));
        QCOMPARE(repo().get(inc.id)->version, 1); // a note does not edit the incident

        auto empty = repo().addNote(inc.id, Actor, QStringLiteral(" \n "));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, Error::Kind::InvalidInput);
        QVERIFY(empty.error().message.contains(QLatin1String("Nothing was added")));

        auto orphan = repo().addNote(QStringLiteral("no-such-id"), Actor, QStringLiteral("x"));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().kind, Error::Kind::NotFound);
        QCOMPARE(count(QStringLiteral("ic_incident_events")), 2);
    }

    void ensurePolicySeedsSecurityTeamPreset()
    {
        auto none = repo().policy();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::NotFound);

        auto seeded = repo().ensurePolicy();
        IC_VERIFY_OK(seeded);
        QCOMPARE(seeded->presetId, QStringLiteral("security-team"));
        QCOMPARE(minutesOf(seeded.value()), (QList<int>{0, 60, 240, 1440}));

        auto stored = repo().policy();
        IC_VERIFY_OK(stored);
        comparePolicies(stored.value(), SeverityPolicy::securityTeam());
        QCOMPARE(count(QStringLiteral("ic_severity_levels")), 4);

        // A workspace's own choice is not overwritten by a later ensurePolicy().
        IC_VERIFY_OK(repo().savePolicy(SeverityPolicy::platform(), Actor));
        auto kept = repo().ensurePolicy();
        IC_VERIFY_OK(kept);
        comparePolicies(kept.value(), SeverityPolicy::platform());
    }

    void savePolicyRoundTrip_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QList<int>>("minutes");
        QTest::newRow("security-team")
            << QStringLiteral("security-team") << QList<int>{0, 60, 240, 1440};
        QTest::newRow("platform") << QStringLiteral("platform") << QList<int>{5, 15, 60, 1440};
        QTest::newRow("custom") << QStringLiteral("custom") << QList<int>{2, 30, 30, 2880};
    }

    void savePolicyRoundTrip()
    {
        QFETCH(QString, preset);
        QFETCH(QList<int>, minutes);
        SeverityPolicy p = preset == QLatin1String("platform") ? SeverityPolicy::platform()
                                                               : SeverityPolicy::securityTeam();
        if (preset == QLatin1String("custom")) {
            p.presetId = preset;
            for (size_t i = 0; i < 4; ++i) {
                p.levels[i].responseMinutes = minutes.at(int(i));
                p.levels[i].name = QStringLiteral("Level '%1' \"%\" 🚨").arg(i);
                p.levels[i].description = QString();
                p.levels[i].responseText = QStringLiteral("< %1 min").arg(minutes.at(int(i)));
            }
        }
        QCOMPARE(minutesOf(p), minutes);
        IC_VERIFY_OK(repo().savePolicy(p, Actor));
        auto stored = repo().policy();
        IC_VERIFY_OK(stored);
        comparePolicies(stored.value(), p);
        QCOMPARE(minutesOf(stored.value()), minutes);
        QCOMPARE(count(QStringLiteral("ic_severity_levels")), 4);
    }

    void invalidPolicyIsNotSaved_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << 1 << QString() << 60 << QStringLiteral("P1 needs a name");
        QTest::newRow("blank name")
            << 3 << QStringLiteral("  ") << 1440 << QStringLiteral("P3 needs a name");
        QTest::newRow("negative") << 0 << QStringLiteral("Critical") << -1
                                  << QStringLiteral("between 0 minutes and one year");
        QTest::newRow("over a year") << 3 << QStringLiteral("Low") << 60 * 24 * 365 + 1
                                     << QStringLiteral("between 0 minutes and one year");
        QTest::newRow("P1 faster than P0") << 1 << QStringLiteral("High") << 2
                                           << QStringLiteral("P1 must not need a faster response "
                                                             "than P0");
        QTest::newRow("P3 faster than P2") << 3 << QStringLiteral("Low") << 59
                                           << QStringLiteral("P3 must not need a faster response "
                                                             "than P2");
    }

    void invalidPolicyIsNotSaved()
    {
        QFETCH(int, level);
        QFETCH(QString, name);
        QFETCH(int, minutes);
        QFETCH(QString, message);

        IC_VERIFY_OK(repo().savePolicy(SeverityPolicy::platform(), Actor));
        SeverityPolicy bad = SeverityPolicy::platform();
        bad.presetId = QStringLiteral("custom");
        bad.levels[size_t(level)].name = name;
        bad.levels[size_t(level)].responseMinutes = minutes;
        bad.levels[0].description = QStringLiteral("changed too");

        auto v = bad.validate();
        QVERIFY(!v.ok());
        auto r = repo().savePolicy(bad, Actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(r.error().message.contains(message) &&
                     r.error().message.contains(QLatin1String("not saved")),
                 qPrintable(r.error().message));
        auto stored = repo().policy();
        IC_VERIFY_OK(stored);
        comparePolicies(stored.value(), SeverityPolicy::platform());
    }

    void policyLimitsAreInclusive()
    {
        SeverityPolicy p = SeverityPolicy::securityTeam();
        p.presetId = QStringLiteral("custom");
        for (SeverityLevel &l : p.levels)
            l.responseMinutes = 60 * 24 * 365; // one year, equal for all: allowed
        IC_VERIFY_OK(repo().savePolicy(p, Actor));
        p.levels[0].responseMinutes = 0;
        IC_VERIFY_OK(repo().savePolicy(p, Actor));
        auto stored = repo().policy();
        IC_VERIFY_OK(stored);
        QCOMPARE(minutesOf(stored.value()), (QList<int>{0, 525600, 525600, 525600}));
        QCOMPARE(stored->presetId, QStringLiteral("custom"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
