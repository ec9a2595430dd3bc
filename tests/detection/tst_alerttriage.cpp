// Triage of alerts: grouped by rule (one line per rule with the count, the
// highest severity, the span), the open incident that appears to cover an
// open alert (and why), and linking alerts to it through the AlertStore on a
// real worker thread, on SQLite and PostgreSQL: recorded on the alerts and
// on the incident's timeline, no new incident; a group promoted as one
// incident; and what is refused (an alert already promoted, a closed
// incident, a read-only workspace), with a clear message and nothing changed.
// In the window (SQLite): a group promoted and a group dismissed as the
// person does it (the line, then Ctrl+Shift+P or Ctrl+Shift+D and the
// reason), what the view says and what the workspace holds afterwards, the
// rules' names whole at 1366×768, and "Group by rule" kept across restarts.
#include "AttackRows.h"
#include "DetectionFixture.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
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
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/detection/AlertsView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

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

    // Three alerts of a second rule (failed token validations, one user
    // each) beside the six traffic spikes: a second group.
    static QList<Alert> addTokenAlerts(Setup &s)
    {
        QSqlDatabase db = s.w.db();
        const QDateTime T = QDateTime::currentDateTimeUtc().addSecs(-600);
        AttackRows rows(db, T);
        QList<Detection> detections;
        for (int i = 0; i < 3; ++i) {
            Detection d;
            d.subject = QStringLiteral("usr_token_%1").arg(i);
            d.rowIds << rows.insert(T.addSecs(i), QStringLiteral("token_validation_failed"),
                                    d.subject, {}, {}, QStringLiteral("45.155.205.%1").arg(i), {},
                                    {})
                            .value();
            d.matchedRows = 1;
            d.measure = 60;
            d.firstSeen = d.lastSeen = T.addSecs(i);
            detections << d;
        }
        const Rule *rule = findRule(builtInRules(), QStringLiteral("failed-token-validations"));
        if (!rule || !AlertRepository(db, T).record(*rule, detections).ok())
            return {};
        QList<Alert> made;
        const QList<Alert> all = AlertRepository(db, T).list().value();
        for (const Alert &a : all) {
            if (a.ruleId == rule->id)
                made << a;
        }
        return made;
    }

    // The main window on the setup's workspace, 1366×768, the Alerts view shown.
    std::unique_ptr<MainWindow> openWindow(Settings &settings, SecretStore &secrets, const Setup &s)
    {
        auto w = std::make_unique<MainWindow>(settings, &secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->resize(1366, 768);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        w->openSqliteFile(s.w.spec.sqlitePath);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QWidget *view = w->showPane(QStringLiteral("alertsView"));
        if (!tabs || !view)
            return nullptr;
        tabs->setCurrentWidget(view);
        return w;
    }

    // The line of a rule's group in the list, or -1.
    static int groupRow(QTreeView *table, const QString &ruleName)
    {
        QAbstractItemModel *model = table->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(AlertListModel::GroupSizeRole).toInt() > 0 &&
                model->index(r, AlertListModel::RuleColumn).data().toString() == ruleName)
                return r;
        }
        return -1;
    }

    // Clicks a line as a person does: on its rule's name.
    static void clickRow(QTreeView *table, int row)
    {
        table->setFocus();
        const QModelIndex cell = table->model()->index(row, AlertListModel::RuleColumn);
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
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

    // A group promoted, then another dismissed, through the window: the
    // group's line clicked, then the menu's shortcuts and the reason field.
    void groupActsInTheWindow()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("the window opens the SQLite workspace; the acts are the store's (above)");
        auto s = setUp(engine);
        QVERIFY(s);
        const QList<Alert> tokens = addTokenAlerts(*s);
        QCOMPARE(tokens.size(), 3);
        QSqlDatabase db = s->w.db();
        const int incidentsBefore =
            scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt();
        Settings settings;
        settings.setActorName(QStringLiteral("casey.commander"));
        settings.setPlaybookFolders({});
        settings.setDetectionRuleFolders({});
        settings.setAlertsGroupedByRule(true);
        SecretStore secrets;
        auto w = openWindow(settings, secrets, *s);
        QVERIFY(w);
        auto *view = w->findChild<AlertsView *>(QStringLiteral("alertsView"));
        QVERIFY(view);
        auto *table = view->findChild<QTreeView *>(QStringLiteral("alertsTable"));
        auto *banner = view->findChild<MessageBanner *>(QStringLiteral("alertsBanner"));
        QVERIFY(table && banner);
        const QString spikeRule = s->alerts.first().ruleName;
        const QString tokenRule = tokens.first().ruleName;
        QTRY_VERIFY_WITH_TIMEOUT(groupRow(table, spikeRule) >= 0 && groupRow(table, tokenRule) >= 0,
                                 20000);

        // At 1366×768 every rule's name is whole (a group's in bold), and
        // nothing needs a horizontal scroll.
        QFont bold = table->font();
        bold.setBold(true);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex cell = table->model()->index(r, AlertListModel::RuleColumn);
            const bool group = cell.data(AlertListModel::GroupSizeRole).toInt() > 0;
            const int needs = QFontMetrics(group ? bold : table->font())
                                  .horizontalAdvance(cell.data().toString());
            QTRY_VERIFY2(table->visualRect(cell).width() >= needs,
                         qPrintable(QStringLiteral("%1: %2 of %3 px")
                                        .arg(cell.data().toString())
                                        .arg(table->visualRect(cell).width())
                                        .arg(needs)));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(cell.data().toString()));
        }
        QVERIFY(table->header()->length() <= table->viewport()->width());

        // Promote the six spikes' group: one incident, Ctrl+Shift+P.
        clickRow(table, groupRow(table, spikeRule));
        QCOMPARE(table->currentIndex().data(AlertListModel::GroupSizeRole).toInt(), 6);
        auto *promote = view->findChild<QPushButton *>(QStringLiteral("promoteAlertButton"));
        QTRY_VERIFY(promote->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() &&
                banner->text().contains(QLatin1String("The group's other 5 alert(s) are linked")),
            20000);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Info);
        QVERIFY2(banner->text().contains(QLatin1String("is now the incident INC-")),
                 qPrintable(banner->text()));
        QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("openPromotedIncidentButton")));
        // In the workspace: one new incident, all six alerts promoted to it.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(),
                 incidentsBefore + 1);
        QString incidentId;
        for (const Alert &a : std::as_const(s->alerts)) {
            const Alert now = current(*s, a.id);
            QCOMPARE(now.status, AlertStatus::Promoted);
            if (incidentId.isEmpty())
                incidentId = now.incidentId;
            QCOMPARE(now.incidentId, incidentId);
            QCOMPARE(now.resolvedBy, QStringLiteral("casey.commander"));
        }
        QVERIFY(banner->text().contains(current(*s, s->alerts.first().id).incidentRef));
        const QStringList kinds = eventKinds(db, incidentId);
        QCOMPARE(kinds.count(QStringLiteral("alert.promoted")), 1);
        QCOMPARE(kinds.count(QStringLiteral("alert.linked")), 1);
        // Gone from the open alerts.
        QTRY_COMPARE_WITH_TIMEOUT(groupRow(table, spikeRule), -1, 10000);

        // Dismiss the three token alerts' group: Ctrl+Shift+D, the reason, Enter.
        QTRY_VERIFY(groupRow(table, tokenRule) >= 0);
        clickRow(table, groupRow(table, tokenRule));
        QCOMPARE(table->currentIndex().data(AlertListModel::GroupSizeRole).toInt(), 3);
        auto *reason = view->findChild<QLineEdit *>(QStringLiteral("dismissReasonEdit"));
        QTRY_VERIFY(reason->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(reason->hasFocus());
        const QString why = QStringLiteral("Pen test of the login service, booked");
        QTest::keyClicks(reason, why);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->text().startsWith(QLatin1String("3 alert(s) dismissed")),
            20000);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Info);
        QVERIFY2(banner->text().contains(why), qPrintable(banner->text()));
        QVERIFY(reason->text().isEmpty());
        for (const Alert &a : tokens) {
            const Alert now = current(*s, a.id);
            QCOMPARE(now.status, AlertStatus::Dismissed);
            QCOMPARE(now.dismissReason, why);
        }
        QTRY_COMPARE_WITH_TIMEOUT(groupRow(table, tokenRule), -1, 10000);
        // Neither act made another incident.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(),
                 incidentsBefore + 1);
    }

    // "Group by rule" as the person left it, after a restart too.
    void groupingIsRemembered()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("a setting of this workstation");
        auto s = setUp(engine);
        QVERIFY(s);
        SecretStore secrets;
        {
            Settings settings;
            settings.setAlertsGroupedByRule(true);
        }
        for (const bool grouped : {true, false, true}) {
            Settings settings; // a new start reads what the last one wrote
            QCOMPARE(settings.alertsGroupedByRule(), grouped);
            auto w = openWindow(settings, secrets, *s);
            QVERIFY(w);
            auto *check = w->findChild<QCheckBox *>(QStringLiteral("alertGroupCheck"));
            auto *table = w->findChild<QTreeView *>(QStringLiteral("alertsTable"));
            QVERIFY(check && table);
            QCOMPARE(check->isChecked(), grouped);
            // Six alerts: one line grouped, six not.
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), grouped ? 1 : 6, 20000);
            // Clicked as a person does; kept at once.
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
            QCOMPARE(check->isChecked(), !grouped);
            QTRY_COMPARE(table->model()->rowCount(), grouped ? 6 : 1);
            QCOMPARE(Settings().alertsGroupedByRule(), !grouped);
        }
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_connections))
            Db::close(c);
    }
};

QTEST_MAIN(TestAlertTriage)
#include "tst_alerttriage.moc"
