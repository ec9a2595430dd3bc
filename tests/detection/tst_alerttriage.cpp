// Triage of alerts: grouped by rule (one line per rule with the count, the
// highest severity, the span), the open incident that appears to cover an
// open alert (and why), and linking alerts to it through the AlertStore on a
// real worker thread, on SQLite and PostgreSQL: recorded on the alerts and
// on the incident's timeline, no new incident; a group promoted as one
// incident; and what is refused (an alert already promoted, a closed
// incident, a read-only workspace), with a clear message and nothing changed.
#include "AttackRows.h"
#include "DetectionFixture.h"
#include "models/core/Clock.h"
#include "models/detection/AlertListModel.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/AlertStore.h"
#include "models/detection/AlertTriage.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Permissions.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace ic;
using namespace ic::test;

namespace {

Alert spikeAlert(qint64 id, int ip, Severity severity = Severity::P1)
{
    Alert a;
    a.id = id;
    a.ruleId = QStringLiteral("traffic-spike");
    a.ruleName = QStringLiteral("Traffic spike from one IP address");
    a.severity = severity;
    a.subjectKind = RuleSubject::Ip;
    a.subject = QStringLiteral("91.240.118.%1").arg(30 + ip);
    a.matchedRows = 500 + ip;
    a.detections = 1;
    a.firstSeen = QDateTime(QDate(2026, 12, 7), QTime(10, ip), Qt::UTC);
    a.lastSeen = a.firstSeen.addSecs(600);
    a.affectedApiKeys = {QStringLiteral("key_%1").arg(ip)};
    return a;
}

Incident openIncident(const QString &id, const QString &ref)
{
    Incident i;
    i.id = id;
    i.ref = ref;
    i.title = QStringLiteral("Traffic spike from six IPs hitting /v1/settlements");
    i.severity = Severity::P1;
    i.status = IncidentStatus::Containment;
    i.detectedAt = QDateTime::currentDateTimeUtc();
    return i;
}

QStringList eventKinds(QSqlDatabase db, const QString &incidentId)
{
    QStringList kinds;
    const QList<IncidentEvent> events = EventLog::events(db, incidentId).value();
    for (const IncidentEvent &e : events)
        kinds << e.kind;
    return kinds;
}

} // namespace

class TestAlertTriage : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    int m_n = 0;
    QStringList m_connections;

    // A workspace with six traffic-spike alerts (one per IP, each with its
    // API key and one audit row) and an open incident naming the first four
    // keys.
    struct Setup
    {
        DetectionWorkspace w;
        QList<Alert> alerts; // by IP, .30 first
        Incident incident;
        std::unique_ptr<SqlExecutor> executor;
        std::unique_ptr<IncidentStore> incidents;
        std::unique_ptr<AlertStore> store;
    };
    std::unique_ptr<Setup> setUp(const QString &engine)
    {
        auto s = std::make_unique<Setup>();
        DemoOptions none;
        none.rows = 0;
        auto w = makeWorkspace(m_pg, m_dir, engine, QStringLiteral("triage%1").arg(++m_n), none);
        if (!w) {
            qWarning().noquote() << w.error().fullText();
            return nullptr;
        }
        s->w = w.value();
        m_connections << s->w.connection;
        QSqlDatabase db = s->w.db();
        const QDateTime T = QDateTime::currentDateTimeUtc().addSecs(-900);
        AttackRows rows(db, T);
        QList<Detection> detections;
        for (int i = 0; i < 6; ++i) {
            Detection d;
            d.subject = QStringLiteral("91.240.118.%1").arg(30 + i);
            d.rowIds << rows.insert(T.addSecs(i), QStringLiteral("api_request"), {}, {},
                                    QStringLiteral("key_%1").arg(i), d.subject, {}, {})
                            .value();
            d.matchedRows = 1;
            d.measure = 300 + i;
            d.firstSeen = T.addSecs(i);
            d.lastSeen = T.addSecs(i);
            d.apiKeys = {QStringLiteral("key_%1").arg(i)};
            detections << d;
        }
        const Rule *rule = findRule(builtInRules(), QStringLiteral("traffic-spike"));
        if (!rule || !AlertRepository(db, T).record(*rule, detections).ok())
            return nullptr;
        s->alerts = AlertRepository(db, T).list().value();
        std::sort(s->alerts.begin(), s->alerts.end(),
                  [](const Alert &a, const Alert &b) { return a.subject < b.subject; });
        s->executor = std::make_unique<SqlExecutor>(s->w.spec, QStringLiteral("store"));
        s->incidents = std::make_unique<IncidentStore>(s->executor.get(), Clock::system(),
                                                       QStringLiteral("sam"));
        s->store = std::make_unique<AlertStore>(s->executor.get(), s->incidents.get(),
                                                Clock::system(), QStringLiteral("sam"));
        NewIncident n;
        n.title = QStringLiteral("Traffic spike from six IPs hitting /v1/settlements");
        n.severity = Severity::P1;
        n.affectedApiKeys = {QStringLiteral("key_0"), QStringLiteral("key_1"),
                             QStringLiteral("key_2"), QStringLiteral("key_3")};
        std::optional<Result<Incident>> created;
        s->incidents->create(n, [&](const Result<Incident> &r) { created = r; });
        if (!QTest::qWaitFor([&] { return created.has_value(); }, 20000) || !created->ok())
            return nullptr;
        s->incident = created->value();
        return s;
    }

    static Alert current(const Setup &s, qint64 id)
    {
        return AlertRepository(s.w.db(), QDateTime::currentDateTimeUtc()).get(id).value();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_dir.isValid());
    }

    void groupsByRuleWithACount()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no database");
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Alert> alerts;
        for (int i = 0; i < 6; ++i)
            alerts << spikeAlert(10 + i, i, i == 4 ? Severity::P0 : Severity::P1);
        Alert other = spikeAlert(20, 9, Severity::P3);
        other.ruleId = QStringLiteral("mass-export");
        other.ruleName = QStringLiteral("Mass data export");
        other.subjectKind = RuleSubject::User;
        other.subject = QStringLiteral("usr_1");
        alerts[5].status = AlertStatus::Promoted;
        alerts[5].incidentId = QStringLiteral("inc-1");
        alerts[5].incidentRef = QStringLiteral("INC-2026-001");
        alerts.insert(2, other);
        model.setAlerts(alerts);
        QCOMPARE(model.rowCount(), 7); // not grouped: one line per alert

        model.setGrouped(true);
        QCOMPARE(model.rowCount(), 2); // the spike's six, then the export
        const QModelIndex group = model.index(0, 0);
        QCOMPARE(model.rowCount(group), 6);
        QCOMPARE(group.data(AlertListModel::GroupSizeRole).toInt(), 6);
        QCOMPARE(model.index(1, 0).data(AlertListModel::GroupSizeRole).toInt(), 0);
        QCOMPARE(model.index(1, AlertListModel::RuleColumn).data().toString(),
                 QStringLiteral("Mass data export"));
        QVERIFY(!model.alertAt(group));
        QCOMPARE(model.alertsAt(group).size(), 6);
        // The highest severity of the six, written out.
        QCOMPARE(group.siblingAtColumn(AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("P0 Critical"));
        QCOMPARE(group.data(AlertListModel::SeverityRole).toInt(), int(Severity::P0));
        const QString subject =
            group.siblingAtColumn(AlertListModel::SubjectColumn).data().toString();
        QVERIFY2(subject.startsWith(u"6 × IP address: 91.240.118.30"), qPrintable(subject));
        // Every subject in its tooltip.
        const QString tip =
            group.siblingAtColumn(AlertListModel::SubjectColumn).data(Qt::ToolTipRole).toString();
        for (int i = 0; i < 6; ++i)
            QVERIFY2(tip.contains(QStringLiteral("91.240.118.%1").arg(30 + i)), qPrintable(tip));
        QCOMPARE(group.siblingAtColumn(AlertListModel::MatchedColumn)
                     .data(AlertListModel::SortRole)
                     .toLongLong(),
                 qint64(500 * 6 + 0 + 1 + 2 + 3 + 4 + 5));
        QCOMPARE(group.siblingAtColumn(AlertListModel::StatusColumn).data().toString(),
                 QStringLiteral("5 open, 1 promoted"));
        QCOMPARE(group.siblingAtColumn(AlertListModel::LastSeenColumn)
                     .data(AlertListModel::SortRole)
                     .toDateTime(),
                 spikeAlert(0, 5).lastSeen);
        // An alert under its group, and back.
        const QModelIndex child = model.indexOf(14);
        QCOMPARE(child.parent(), group);
        QCOMPARE(model.alertAt(child)->subject, QStringLiteral("91.240.118.34"));
        QCOMPARE(model.rowOf(14), 0);
        QCOMPARE(model.rowOf(20), 1);
        // The subject of one alert whole, in the cell and its tooltip.
        QCOMPARE(child.siblingAtColumn(AlertListModel::SubjectColumn).data().toString(),
                 QStringLiteral("IP address 91.240.118.34"));
        QCOMPARE(
            child.siblingAtColumn(AlertListModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("IP address 91.240.118.34"));
        // A change of one alert changes its group's line.
        Alert dismissed = alerts.at(0);
        dismissed.status = AlertStatus::Dismissed;
        dismissed.dismissReason = QStringLiteral("load test");
        model.updateAlert(dismissed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AlertListModel::StatusColumn).data().toString(),
                 QStringLiteral("4 open, 1 promoted, 1 dismissed"));
        // The promoted one names its incident; the group lists it.
        QCOMPARE(
            model.indexOf(15).siblingAtColumn(AlertListModel::IncidentColumn).data().toString(),
            QStringLiteral("INC-2026-001"));
        QCOMPARE(model.indexOf(15)
                     .siblingAtColumn(AlertListModel::IncidentColumn)
                     .data(AlertListModel::IncidentStateRole)
                     .toInt(),
                 int(AlertListModel::IncidentState::Linked));
        QCOMPARE(model.index(0, AlertListModel::IncidentColumn).data().toString(),
                 QStringLiteral("INC-2026-001"));

        // Back to one line per alert.
        model.setGrouped(false);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void suggestsTheIncidentThatCoversAnAlert()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no database");
        const Alert spike = spikeAlert(10, 2);
        Incident byKey = openIncident(QStringLiteral("a"), QStringLiteral("INC-2026-004"));
        byKey.affectedApiKeys = {QStringLiteral("key_1"), QStringLiteral("key_2")};
        Incident unrelated = openIncident(QStringLiteral("b"), QStringLiteral("INC-2026-005"));
        unrelated.title = QStringLiteral("Outdated OpenSSL");
        unrelated.affectedApiKeys = {QStringLiteral("key_9")};

        // The alert's API key is one of the incident's.
        auto s = AlertTriage::coveringIncident(spike, {unrelated, byKey});
        QVERIFY(s);
        QCOMPARE(s->ref, QStringLiteral("INC-2026-004"));
        QCOMPARE(s->incidentId, QStringLiteral("a"));
        QVERIFY2(s->reason.contains(QLatin1String("affected API keys include key_2")),
                 qPrintable(s->reason));
        // Nothing in common: no suggestion.
        QVERIFY(!AlertTriage::coveringIncident(spike, {unrelated}));
        // A closed incident never covers anything.
        Incident closed = byKey;
        closed.status = IncidentStatus::Closed;
        QVERIFY(!AlertTriage::coveringIncident(spike, {closed, unrelated}));

        // The subject itself among the incident's affected users beats an
        // incident that shares a tenant only.
        Alert user = spikeAlert(11, 0);
        user.subjectKind = RuleSubject::User;
        user.subject = QStringLiteral("usr_7");
        user.affectedApiKeys.clear();
        user.affectedTenants = {QStringLiteral("ten_a")};
        Incident tenant = openIncident(QStringLiteral("c"), QStringLiteral("INC-2026-006"));
        tenant.affectedTenants = {QStringLiteral("ten_a")};
        tenant.severity = Severity::P0;
        Incident named = openIncident(QStringLiteral("d"), QStringLiteral("INC-2026-007"));
        named.affectedUsers = {QStringLiteral("usr_7")};
        named.severity = Severity::P3;
        s = AlertTriage::coveringIncident(user, {tenant, named});
        QVERIFY(s);
        QCOMPARE(s->ref, QStringLiteral("INC-2026-007"));
        QVERIFY2(s->reason.contains(QLatin1String("User usr_7 is one of its affected users")),
                 qPrintable(s->reason));

        // An address the incident's summary names as a word, not a prefix.
        Incident summary = unrelated;
        summary.summary = QStringLiteral("Rate limits triggered; 91.240.118.30-35 blocked.");
        QVERIFY(AlertTriage::coveringIncident(spikeAlert(12, 0), {summary}));
        Alert prefix = spikeAlert(13, 0);
        prefix.subject = QStringLiteral("91.240.118.3");
        QVERIFY(!AlertTriage::coveringIncident(prefix, {summary}));

        // In the list: "INC-2026-004 ?" (a suggestion) with why in the tooltip;
        // a group shows what most of its open alerts are covered by.
        AlertListModel model;
        model.setGrouped(true);
        model.setAlerts({spikeAlert(1, 1), spikeAlert(2, 2), spikeAlert(3, 3)});
        model.setIncidents({unrelated, byKey});
        const QModelIndex cell = model.indexOf(2).siblingAtColumn(AlertListModel::IncidentColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("INC-2026-004 ?"));
        QCOMPARE(cell.data(AlertListModel::IncidentStateRole).toInt(),
                 int(AlertListModel::IncidentState::Suggested));
        QCOMPARE(cell.data(AlertListModel::IncidentIdRole).toString(), QStringLiteral("a"));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Not linked yet")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.indexOf(3).siblingAtColumn(AlertListModel::IncidentColumn).data().toString(),
                 QString()); // key_3 is not the incident's
        QCOMPARE(model.index(0, AlertListModel::IncidentColumn).data().toString(),
                 QStringLiteral("INC-2026-004 ?"));
        QCOMPARE(model.suggestionAt(model.index(0, 0))->incidentId, QStringLiteral("a"));
        // Once the incident is closed, the suggestion goes.
        model.upsertIncident(closed);
        QCOMPARE(cell.data().toString(), QString());
        QVERIFY(!model.suggestionFor(2));
    }

    void linkingIsRecordedOnTheAlertAndTheIncident()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        QSqlDatabase db = s->w.db();
        const int incidentsBefore =
            scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt();
        QSignalSpy linked(s->store.get(), &AlertStore::linked);
        QSignalSpy announced(s->store.get(), &AlertStore::changed);
        std::optional<Result<LinkOutcome>> got;
        s->store->link({s->alerts.at(0), s->alerts.at(1)}, s->incident,
                       [&](const Result<LinkOutcome> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY2(got->ok(), qPrintable(got->ok() ? QString() : got->error().fullText()));
        QCOMPARE(got->value().linked.size(), 2);
        QVERIFY(got->value().skipped.isEmpty());
        QCOMPARE(linked.size(), 1);
        QVERIFY(announced.contains(QVariantList{s->incident.id}));
        // No new incident.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(),
                 incidentsBefore);
        // On each alert: promoted to that incident, by whom.
        for (int i : {0, 1}) {
            const Alert a = current(*s, s->alerts.at(i).id);
            QCOMPARE(a.status, AlertStatus::Promoted);
            QCOMPARE(a.incidentId, s->incident.id);
            QCOMPARE(a.incidentRef, s->incident.ref);
            QCOMPARE(a.resolvedBy, QStringLiteral("sam"));
        }
        QCOMPARE(current(*s, s->alerts.at(2).id).status, AlertStatus::Open);
        // On the incident's timeline, through the event log: one event for both.
        const auto events = EventLog::events(db, s->incident.id).value();
        QList<IncidentEvent> links;
        for (const IncidentEvent &e : events) {
            if (e.kind == QLatin1String("alert.linked"))
                links << e;
        }
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().actor, QStringLiteral("sam"));
        QVERIFY2(links.first().summary.contains(QLatin1String("91.240.118.31")),
                 qPrintable(links.first().summary));
        QCOMPARE(links.first().details.value(QStringLiteral("alerts")).toArray().size(), 2);
        QVERIFY(EventLog::verify(db, s->incident.id).value().intact);
        // Their rows pinned as evidence there.
        const auto queries = EvidenceBundle::queries(db, s->incident.id).value();
        QCOMPARE(queries.size(), 2);

        // Bad values change nothing. An alert already promoted:
        const int eventsBefore = int(events.size());
        got.reset();
        QSignalSpy failed(s->store.get(), &AlertStore::failed);
        s->store->link({current(*s, s->alerts.at(0).id)}, s->incident,
                       [&](const Result<LinkOutcome> &r) { got = r; });
        QVERIFY(got.has_value() && !got->ok());
        QVERIFY2(got->error().message.contains(
                     QStringLiteral("already promoted to %1").arg(s->incident.ref)),
                 qPrintable(got->error().message));
        QVERIFY(got->error().message.contains(QLatin1String("Nothing was changed")));
        QCOMPARE(failed.size(), 1);
        // The alert as it was before (someone else linked it meanwhile):
        got.reset();
        s->store->link({s->alerts.at(0)}, s->incident,
                       [&](const Result<LinkOutcome> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Conflict);
        QVERIFY(got->error().message.contains(QLatin1String("Nothing was changed")));
        // A closed incident:
        Incident closed = s->incident;
        closed.status = IncidentStatus::Closed;
        got.reset();
        s->store->link({s->alerts.at(2)}, closed, [&](const Result<LinkOutcome> &r) { got = r; });
        QVERIFY(got.has_value() && !got->ok());
        QVERIFY2(got->error().message.contains(QLatin1String("is closed")),
                 qPrintable(got->error().message));
        // Closed in the database meanwhile (the list had it open):
        QVERIFY(Db::exec(db,
                         QStringLiteral("UPDATE ic_incidents SET status = 'closed' WHERE id = ?"),
                         {s->incident.id})
                    .ok());
        got.reset();
        s->store->link({s->alerts.at(2)}, s->incident,
                       [&](const Result<LinkOutcome> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(!got->ok());
        QVERIFY2(got->error().message.contains(QLatin1String("closed meanwhile")),
                 qPrintable(got->error().message));
        QVERIFY(Db::exec(db,
                         QStringLiteral("UPDATE ic_incidents SET status = 'containment' "
                                        "WHERE id = ?"),
                         {s->incident.id})
                    .ok());
        // A read-only workspace:
        s->store->setPermissions(Permissions::reviewer());
        got.reset();
        s->store->link({s->alerts.at(2)}, s->incident,
                       [&](const Result<LinkOutcome> &r) { got = r; });
        QVERIFY(got.has_value() && !got->ok());
        QVERIFY2(got->error().message.contains(QLatin1String("read-only")),
                 qPrintable(got->error().message));
        QTest::qWait(200);
        // Nothing of it written.
        QCOMPARE(current(*s, s->alerts.at(2).id).status, AlertStatus::Open);
        QCOMPARE(current(*s, s->alerts.at(2).id).version, s->alerts.at(2).version);
        QCOMPARE(int(EventLog::events(db, s->incident.id).value().size()), eventsBefore);
        QCOMPARE(linked.size(), 1);
    }

    void aGroupBecomesOneIncident()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        QSqlDatabase db = s->w.db();
        const int incidentsBefore =
            scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt();
        QSignalSpy promoted(s->store.get(), &AlertStore::promoted);
        QSignalSpy linked(s->store.get(), &AlertStore::linked);
        const QList<Alert> group = s->alerts.mid(2); // .32 to .35
        s->store->promoteGroup(group);
        QTRY_VERIFY_WITH_TIMEOUT(!linked.isEmpty(), 20000);
        QCOMPARE(promoted.size(), 1);
        const Incident incident = promoted.first().at(1).value<Incident>();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(),
                 incidentsBefore + 1);
        auto stored = IncidentRepository(db, QDateTime::currentDateTimeUtc()).get(incident.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title,
                 QStringLiteral("Traffic spike from one IP address: IP address 91.240.118.32 and "
                                "3 more"));
        QCOMPARE(stored->affectedApiKeys,
                 (QStringList{QStringLiteral("key_2"), QStringLiteral("key_3"),
                              QStringLiteral("key_4"), QStringLiteral("key_5")}));
        for (int i = 2; i < 6; ++i)
            QVERIFY2(stored->summary.contains(QStringLiteral("91.240.118.%1").arg(30 + i)),
                     qPrintable(stored->summary));
        // All four went to it: the lead promoted, the others linked.
        for (const Alert &a : group) {
            const Alert now = current(*s, a.id);
            QCOMPARE(now.status, AlertStatus::Promoted);
            QCOMPARE(now.incidentId, incident.id);
        }
        QCOMPARE(linked.first().at(0).value<QList<Alert>>().size(), 3);
        const QStringList kinds = eventKinds(db, incident.id);
        QCOMPARE(kinds.count(QStringLiteral("alert.promoted")), 1);
        QCOMPARE(kinds.count(QStringLiteral("alert.linked")), 1);
        // The first two are left alone.
        QCOMPARE(current(*s, s->alerts.at(0).id).status, AlertStatus::Open);
    }

    void aGroupIsDismissedWithOneReason()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        QSignalSpy dismissed(s->store.get(), &AlertStore::dismissedAll);
        QSignalSpy failed(s->store.get(), &AlertStore::failed);
        // No reason: refused, nothing changed.
        s->store->dismissAll(s->alerts, QStringLiteral("  "));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).value<Error>().message.contains(QLatin1String("Say why")));
        s->store->dismissAll(s->alerts, QStringLiteral("Load test from our own office"));
        QTRY_VERIFY_WITH_TIMEOUT(!dismissed.isEmpty(), 20000);
        QCOMPARE(dismissed.first().at(0).value<QList<Alert>>().size(), 6);
        for (const Alert &a : std::as_const(s->alerts)) {
            const Alert now = current(*s, a.id);
            QCOMPARE(now.status, AlertStatus::Dismissed);
            QCOMPARE(now.dismissReason, QStringLiteral("Load test from our own office"));
        }
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_connections))
            Db::close(c);
    }
};

QTEST_GUILESS_MAIN(TestAlertTriage)
#include "tst_alerttriage.moc"
