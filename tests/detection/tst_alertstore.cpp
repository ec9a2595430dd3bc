// Promoting and dismissing alerts through the AlertStore on a real worker
// thread, on SQLite and PostgreSQL: the incident gets the suggested
// severity, playbook and affected subjects, the matched rows are pinned as
// evidence with their exact SQL, both ends are recorded; bad reasons and
// stale alerts are refused with a clear message. And the alert list model.
#include "AttackRows.h"
#include "DetectionFixture.h"
#include "models/core/Clock.h"
#include "models/detection/AlertListModel.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/AlertStore.h"
#include "models/detection/RuleRunner.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#ifdef IC_DETECTION_PLAYBOOKS
#include "models/playbooks/ChecklistRepository.h"
#endif

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace ic;
using namespace ic::test;

class TestAlertStore : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    int m_n = 0;
    QStringList m_connections;

    // A workspace with one privilege-escalation alert for usr_x (two rows).
    struct Setup
    {
        DetectionWorkspace w;
        Alert alert;
        QList<qint64> rowIds;
        std::unique_ptr<SqlExecutor> executor;
        std::unique_ptr<IncidentStore> incidents;
        std::unique_ptr<AlertStore> store;
    };
    std::unique_ptr<Setup> setUp(const QString &engine)
    {
        auto s = std::make_unique<Setup>();
        DemoOptions none;
        none.rows = 0;
        auto w = makeWorkspace(m_pg, m_dir, engine, QStringLiteral("alerts%1").arg(++m_n), none);
        if (!w) {
            qWarning().noquote() << w.error().fullText();
            return nullptr;
        }
        s->w = w.value();
        m_connections << s->w.connection;
        QSqlDatabase db = s->w.db();
        const QDateTime T = QDateTime::currentDateTimeUtc().addSecs(-600);
        AttackRows rows(db, T);
        for (int i = 0; i < 2; ++i)
            s->rowIds << rows.insert(T.addSecs(i), QStringLiteral("privilege_escalation_attempt"),
                                     QStringLiteral("usr_x"), QStringLiteral("ten_a"), {},
                                     QStringLiteral("192.0.2.1"), {}, {})
                             .value();
        (void)rows.insert(T, QStringLiteral("login"), QStringLiteral("usr_y"), {}, {}, {}, {}, {});
        const Rule *rule = findRule(builtInRules(), QStringLiteral("privilege-escalation"));
        const RuleRunResult r = RuleRunner(db, Clock::system()).run(*rule, {});
        if (r.newAlerts != 1) {
            qWarning() << "no alert:" << r.error.fullText();
            return nullptr;
        }
        s->alert = AlertRepository(db, T).list().value().first();
        s->executor = std::make_unique<SqlExecutor>(s->w.spec, QStringLiteral("store"));
        s->incidents = std::make_unique<IncidentStore>(s->executor.get(), Clock::system(),
                                                       QStringLiteral("sam"));
        s->store = std::make_unique<AlertStore>(s->executor.get(), s->incidents.get(),
                                                Clock::system(), QStringLiteral("sam"));
        return s;
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_dir.isValid());
    }

    void promoteOpensAnIncidentWithTheEvidence()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        QSignalSpy created(s->incidents.get(), &IncidentStore::incidentCreated);
        // The promotion's own writes (evidence, playbook) are announced by the
        // alert store, after the incident store announced the new incident.
        QSignalSpy announced(s->store.get(), &AlertStore::changed);
        QSignalSpy promoted(s->store.get(), &AlertStore::promoted);
        std::optional<Result<PromotionOutcome>> got;
        s->store->promote(s->alert, [&](const Result<PromotionOutcome> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY2(got->ok(), qPrintable(got->ok() ? QString() : got->error().fullText()));
        QCOMPARE(created.size(), 1);
        QCOMPARE(promoted.size(), 1);
        const Incident incident = promoted.first().at(1).value<Incident>();
        QVERIFY(announced.contains(QVariantList{incident.id}));

        QSqlDatabase db = s->w.db();
        auto stored = IncidentRepository(db, QDateTime::currentDateTimeUtc()).get(incident.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->severity, Severity::P1); // the rule's suggestion
        QCOMPARE(stored->title, QStringLiteral("Privilege escalation attempt: User usr_x"));
        QCOMPARE(stored->affectedUsers, QStringList{QStringLiteral("usr_x")});
        QCOMPARE(stored->affectedTenants, QStringList{QStringLiteral("ten_a")});
        QVERIFY(stored->affectedApiKeys.isEmpty());
        QVERIFY2(stored->summary.contains(QLatin1String("Suggested playbook: Insider Threat.")),
                 qPrintable(stored->summary));
        QVERIFY(stored->summary.contains(QStringLiteral("alert-%1-rows").arg(s->alert.id)));
        QCOMPARE(stored->detectedAt, s->alert.createdAt);

        // The matched rows, pinned with their exact, parameterised SQL.
        auto queries = EvidenceBundle::queries(db, incident.id);
        QVERIFY(queries.ok());
        QCOMPARE(queries->size(), 1);
        const EvidenceQuery &q = queries->first();
        QCOMPARE(q.name, QStringLiteral("alert-%1-rows").arg(s->alert.id));
        QCOMPARE(q.sql, QStringLiteral("SELECT * FROM audit_logs WHERE id IN (?, ?) ORDER BY id"));
        QCOMPARE(q.params.size(), 2);
        QCOMPARE(q.params.at(0).toLongLong(), s->rowIds.at(0));
        QCOMPARE(q.params.at(1).toLongLong(), s->rowIds.at(1));
        auto extract = Db::exec(db, q.sql, q.params);
        QVERIFY(extract.ok());
        QList<qint64> ids;
        while (extract->next())
            ids << extract->value(0).toLongLong();
        QCOMPARE(ids, s->rowIds);

        // Recorded on the incident's timeline...
        auto events = EventLog::events(db, incident.id);
        QVERIFY(events.ok());
        QStringList kinds;
        QJsonObject promotedDetails;
        for (const IncidentEvent &e : events.value()) {
            kinds << e.kind;
            if (e.kind == QLatin1String("alert.promoted")) {
                promotedDetails = e.details;
                QCOMPARE(e.actor, QStringLiteral("sam"));
            }
        }
        QVERIFY2(kinds.contains(QStringLiteral("incident.created")), qPrintable(kinds.join(u',')));
        QVERIFY(kinds.contains(QStringLiteral("evidence.query_added")));
        QVERIFY(kinds.contains(QStringLiteral("alert.promoted")));
        QCOMPARE(promotedDetails.value(QStringLiteral("alert_id")).toInteger(), s->alert.id);
        QCOMPARE(promotedDetails.value(QStringLiteral("rule_id")).toString(),
                 QStringLiteral("privilege-escalation"));
        QCOMPARE(promotedDetails.value(QStringLiteral("matched_rows")).toInteger(), 2);
        QVERIFY(EventLog::verify(db, incident.id).value().intact);
#ifdef IC_DETECTION_PLAYBOOKS
        // ...with the suggested playbook's checklist.
        QVERIFY(got->value().playbookAttached);
        QVERIFY(promoted.first().at(2).toBool());
        auto lists = ChecklistRepository(db, QDateTime::currentDateTimeUtc()).load(incident.id);
        QVERIFY(lists.ok());
        QCOMPARE(lists->checklists.size(), 1);
        QCOMPARE(lists->checklists.first().playbookName, QStringLiteral("Insider Threat"));
        QVERIFY(!lists->items.isEmpty());
#endif
        // ...and on the alert.
        auto alert = AlertRepository(db, QDateTime::currentDateTimeUtc()).get(s->alert.id);
        QVERIFY(alert.ok());
        QCOMPARE(alert->status, AlertStatus::Promoted);
        QCOMPARE(alert->incidentId, incident.id);
        QCOMPARE(alert->incidentRef, incident.ref);
        QCOMPARE(alert->resolvedBy, QStringLiteral("sam"));
        QVERIFY(alert->resolvedAt.isValid());

        // The alert as it was before cannot be promoted a second time.
        got.reset();
        QSignalSpy failed(s->store.get(), &AlertStore::failed);
        s->store->promote(s->alert, [&](const Result<PromotionOutcome> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Conflict);
        QVERIFY(got->error().message.contains(QLatin1String("Someone else promoted or dismissed")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(), 1);
        // And the current one is refused at once.
        got.reset();
        s->store->promote(alert.value(), [&](const Result<PromotionOutcome> &r) { got = r; });
        QVERIFY(got.has_value() && !got->ok());
        QVERIFY(got->error().message.contains(QLatin1String("already promoted")));
    }

    void dismissNeedsAReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("Say why the alert is dismissed");
        QTest::newRow("blank") << QStringLiteral("   \t ")
                               << QStringLiteral("Say why the alert is dismissed");
        QTest::newRow("too long") << QString(501, QLatin1Char('x'))
                                  << QStringLiteral("longer than 500 characters");
        QTest::newRow("control character")
            << QStringLiteral("known\x01job") << QStringLiteral("control character");
        QTest::newRow("NUL") << QStringLiteral("known") + QChar(QChar::Null) + QStringLiteral("job")
                             << QStringLiteral("control character");
    }
    void dismissNeedsAReason()
    {
        QFETCH_GLOBAL(QString, engine);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        auto s = setUp(engine);
        QVERIFY(s);
        QSignalSpy failed(s->store.get(), &AlertStore::failed);
        QSignalSpy changed(s->store.get(), &AlertStore::alertChanged);
        s->store->dismiss(s->alert, reason);
        QCOMPARE(failed.size(), 1);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.kind, Error::Kind::InvalidInput);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(e.message.contains(QLatin1String("The alert was not dismissed.")));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0);
        QSqlDatabase db = s->w.db();
        QCOMPARE(AlertRepository(db, QDateTime::currentDateTimeUtc()).get(s->alert.id)->status,
                 AlertStatus::Open);
        // The repository refuses it too, whoever calls it.
        auto direct = AlertRepository(db, QDateTime::currentDateTimeUtc())
                          .dismiss(s->alert.id, s->alert.version, reason, QStringLiteral("sam"));
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().kind, Error::Kind::InvalidInput);
    }

    void dismissIsRecordedOnTheAlert()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        QSignalSpy changed(s->store.get(), &AlertStore::alertChanged);
        QSignalSpy failed(s->store.get(), &AlertStore::failed);
        s->store->dismiss(s->alert, QStringLiteral("  Known permission test by the red team  "));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        const Alert a = changed.first().first().value<Alert>();
        QCOMPARE(a.status, AlertStatus::Dismissed);
        QCOMPARE(a.dismissReason, QStringLiteral("Known permission test by the red team"));
        QCOMPARE(a.resolvedBy, QStringLiteral("sam"));
        QVERIFY(a.resolvedAt.isValid());
        QCOMPARE(a.version, s->alert.version + 1);
        QSqlDatabase db = s->w.db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT dismiss_reason FROM ic_alerts WHERE id = ?"),
                        {s->alert.id})
                     .toString(),
                 QStringLiteral("Known permission test by the red team"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(), 0);

        // Dismissing the stale copy again, or promoting it, is refused.
        s->store->dismiss(s->alert, QStringLiteral("again"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Conflict);
        s->store->promote(a);
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.last().first().value<Error>().message.contains(
            QLatin1String("already dismissed")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(), 0);
    }

    void aClaimLeftByAnUnfinishedPromotionCanBeTakenOver()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        QSqlDatabase db = s->w.db();
        AlertRepository repo(db, QDateTime::currentDateTimeUtc());
        auto claimed = repo.claim(s->alert.id, s->alert.version, QStringLiteral("kim"));
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->status, AlertStatus::Promoting);
        QVERIFY(claimed->canResolve());
        // Someone with the old version cannot take it; the current one can.
        QCOMPARE(repo.claim(s->alert.id, s->alert.version, QStringLiteral("sam")).error().kind,
                 Error::Kind::Conflict);
        std::optional<Result<PromotionOutcome>> got;
        s->store->promote(claimed.value(), [&](const Result<PromotionOutcome> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QVERIFY2(got->ok(), qPrintable(got->ok() ? QString() : got->error().fullText()));
        QCOMPARE(got->value().alert.resolvedBy, QStringLiteral("sam"));
        QCOMPARE(repo.get(s->alert.id)->status, AlertStatus::Promoted);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ic_incidents")).toInt(), 1);
    }

    void aClaimGivenBackIsOpenAgain()
    {
        QFETCH_GLOBAL(QString, engine);
        auto s = setUp(engine);
        QVERIFY(s);
        AlertRepository repo(s->w.db(), QDateTime::currentDateTimeUtc());
        QVERIFY(repo.claim(s->alert.id, s->alert.version, QStringLiteral("kim")).ok());
        QVERIFY(repo.release(s->alert.id).ok());
        auto a = repo.get(s->alert.id);
        QCOMPARE(a->status, AlertStatus::Open);
        QVERIFY(a->resolvedBy.isEmpty());
        QCOMPARE(a->version, s->alert.version + 2);
    }

    void listModel()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Alert a;
        a.id = 7;
        a.ruleName = QStringLiteral("Mass data export");
        a.severity = Severity::P0;
        a.subjectKind = RuleSubject::User;
        a.subject = QStringLiteral("usr_1");
        a.matchedRows = 1234;
        a.detections = 3;
        Alert b = a;
        b.id = 8;
        b.severity = Severity::P3;
        model.setAlerts({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("P0 Critical"));
        QCOMPARE(model.index(1, AlertListModel::SeverityColumn).data().toString(),
                 QStringLiteral("P3 Low"));
        QCOMPARE(model.index(0, AlertListModel::SubjectColumn).data().toString(),
                 QStringLiteral("User usr_1"));
        QCOMPARE(model.index(0, AlertListModel::SeenColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, AlertListModel::MatchedColumn).data().toString(),
                 QLocale().toString(qint64(1234)));
        QCOMPARE(model.index(0, AlertListModel::StatusColumn).data().toString(),
                 QStringLiteral("Open"));
        b.status = AlertStatus::Dismissed;
        b.dismissReason = QStringLiteral("test traffic");
        model.updateAlert(b);
        QCOMPARE(model.index(1, AlertListModel::StatusColumn).data().toString(),
                 QStringLiteral("Dismissed: test traffic"));
        a.status = AlertStatus::Promoted;
        a.incidentRef = QStringLiteral("INC-2026-009");
        model.updateAlert(a);
        QCOMPARE(model.index(0, AlertListModel::StatusColumn).data().toString(),
                 QStringLiteral("Promoted to INC-2026-009"));
        Alert c = a;
        c.id = 9;
        model.updateAlert(c);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(9), 0);
        QCOMPARE(model.index(0, 0).data(AlertListModel::AlertIdRole).toLongLong(), qint64(9));
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_connections))
            Db::close(c);
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
