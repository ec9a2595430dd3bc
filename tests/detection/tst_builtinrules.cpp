// Each built-in rule finds the attack the demo generator planted for it, and
// nothing in the same traffic without the planted attacks, on SQLite and on
// PostgreSQL with the audit log as a table, partitioned by day, a view over
// the platform's own table and read on a hot standby; a full run stores
// them as alerts with their rows.
#include "DetectionFixture.h"
#include "models/core/Clock.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/RuleRunner.h"

#include <QSet>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

QStringList column(QSqlDatabase db, const QString &sql, const QVariantList &params = {})
{
    auto q = Db::exec(db, sql, params);
    if (!q)
        return {QStringLiteral("<error> ") + q.error().fullText()};
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.begin(), l.end());
}

} // namespace

class TestBuiltInRules : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    std::unique_ptr<PgServer> m_standby;
    QTemporaryDir m_dir;
    QDateTime m_anchor;
    QHash<QString, DetectionWorkspace> m_attack, m_clean; // by engine/layout

    static QString key()
    {
        QFETCH_GLOBAL(QString, engine);
        return engine + QLatin1Char('/') + layoutName(currentLayout());
    }
    // The current layout's attack and clean workspaces, made on first use.
    const DetectionWorkspace &workspace(bool attack)
    {
        QFETCH_GLOBAL(QString, engine);
        if (!m_attack.contains(key())) {
            DemoOptions o;
            o.anchor = m_anchor;
            o.withIncidents = false;
            const QString tag = QString(key()).replace(QLatin1Char('/'), QLatin1Char('_'));
            auto a = makeWorkspace(m_pg, m_standby, m_dir, engine, currentLayout(),
                                   QStringLiteral("attack_") + tag, o);
            if (!a)
                qFatal("%s", qPrintable(a.error().fullText()));
            o.plantAttacks = false;
            auto c = makeWorkspace(m_pg, m_standby, m_dir, engine, currentLayout(),
                                   QStringLiteral("clean_") + tag, o);
            if (!c)
                qFatal("%s", qPrintable(c.error().fullText()));
            m_attack.insert(key(), a.value());
            m_clean.insert(key(), c.value());
        }
        return attack ? m_attack[key()] : m_clean[key()];
    }

    // What each rule must find in the attack data: subjects, and the least
    // number of matched rows (windows may add the subject's own context).
    struct Expected
    {
        QSet<QString> subjects;
        qint64 minRows = 1;
        qint64 maxRows = -1; // -1: no upper bound
    };
    QHash<QString, Expected> expected(const QString &engine)
    {
        const DetectionWorkspace &w = workspace(true);
        const DemoPlants &p = w.summary.plants;
        const bool pg = engine == QLatin1String("postgres");
        // The spike's requests come with six API keys, each new at those IPs.
        const QSet<QString> spikeKeys = toSet(column(
            w.db(),
            pg ? QStringLiteral("SELECT DISTINCT api_key_id FROM audit_logs WHERE host(ip) LIKE "
                                "'91.240.118.%'")
               : QStringLiteral("SELECT DISTINCT api_key_id FROM audit_logs WHERE ip LIKE "
                                "'91.240.118.%'")));
        QSet<QString> keys = spikeKeys;
        keys.insert(p.leakedApiKeyId);
        return {
            {QStringLiteral("failed-token-validations"), {{p.failedValidationUserId}, 60}},
            {QStringLiteral("token-after-logout"), {{p.compromisedUserId}, 31, 31}},
            {QStringLiteral("token-new-ip"), {{p.compromisedUserId}, 1, 1}},
            {QStringLiteral("api-key-new-ip"), {keys, 1, 40}},
            {QStringLiteral("api-key-many-ips"), {{p.leakedApiKeyId}, 240}},
            {QStringLiteral("large-query-volume"), {{p.exfilTenantId}, 250}},
            {QStringLiteral("rls-bypass"), {{p.rlsBypassUserId}, 6, 6}},
            {QStringLiteral("cross-tenant-access"), {{p.crossTenantUserId}, 15, 15}},
            {QStringLiteral("traffic-spike"), {toSet(p.spikeIps), 600}},
            {QStringLiteral("mass-export"), {{p.insiderUserId}, 120}},
            {QStringLiteral("privilege-escalation"), {{p.insiderUserId}, 4, 4}},
        };
    }

private slots:
    void initTestCase_data() { addAuditLayoutRows(); }

    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_dir.isValid());
        m_anchor = QDateTime::currentDateTimeUtc().addSecs(-5);
        QCOMPARE(builtInRules().size(), 11);
    }

    void cleanDataIsTheSameTrafficWithoutTheAttacks()
    {
        QVERIFY(workspace(false).summary.plants.exfilTenantId.isEmpty());
        QSqlDatabase attack = workspace(true).auditDb();
        QSqlDatabase clean = workspace(false).auditDb();
        const QString count = QStringLiteral("SELECT count(*) FROM audit_logs");
        QCOMPARE(column(clean, count), QStringList{QStringLiteral("200000")});
        // The first normal rows are the same in both.
        const QString first = QStringLiteral("SELECT event || '/' || coalesce(user_id, '') FROM "
                                             "audit_logs WHERE id <= 50 ORDER BY id");
        QCOMPARE(column(clean, first), column(attack, first));
        QCOMPARE(column(clean, QStringLiteral("SELECT count(*) FROM audit_logs WHERE event = "
                                              "'privilege_escalation_attempt'")),
                 QStringList{QStringLiteral("0")});
    }

    void eachRuleFindsItsPlantedAttack_data()
    {
        QTest::addColumn<QString>("rule");
        for (const Rule &r : builtInRules())
            QTest::newRow(qPrintable(r.id)) << r.id;
    }
    void eachRuleFindsItsPlantedAttack()
    {
        QFETCH_GLOBAL(QString, engine);
        QFETCH(QString, rule);
        const Rule *r = findRule(builtInRules(), rule);
        QVERIFY(r);
        const Expected want = expected(engine).value(rule);
        QVERIFY(!want.subjects.isEmpty());
        const DetectionWorkspace &w = workspace(true);
        RuleRunner runner(w.db(), w.auditDb(), Clock::system());
        auto upto = runner.latestAuditId();
        QVERIFY(upto.ok());
        auto found = runner.evaluate(*r, 0, upto.value());
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().fullText()));
        QSet<QString> subjects;
        for (const Detection &d : found.value()) {
            subjects.insert(d.subject);
            QVERIFY2(d.matchedRows >= want.minRows,
                     qPrintable(QStringLiteral("%1: %2 rows").arg(d.subject).arg(d.matchedRows)));
            if (want.maxRows >= 0)
                QVERIFY2(
                    d.matchedRows <= want.maxRows,
                    qPrintable(QStringLiteral("%1: %2 rows").arg(d.subject).arg(d.matchedRows)));
            QCOMPARE(d.rowIds.size(), d.matchedRows);
            QVERIFY(d.firstSeen.isValid() && d.firstSeen <= d.lastSeen);
            // Every planted attack is in the last day of the data.
            QVERIFY(d.firstSeen > m_anchor.addDays(-1));
        }
        QCOMPARE(subjects, want.subjects);
    }

    void nothingInCleanData_data() { eachRuleFindsItsPlantedAttack_data(); }
    void nothingInCleanData()
    {
        QFETCH_GLOBAL(QString, engine);
        QFETCH(QString, rule);
        const Rule *r = findRule(builtInRules(), rule);
        QVERIFY(r);
        const DetectionWorkspace &w = workspace(false);
        RuleRunner runner(w.db(), w.auditDb(), Clock::system());
        auto upto = runner.latestAuditId();
        QVERIFY(upto.ok());
        auto found = runner.evaluate(*r, 0, upto.value());
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().fullText()));
        QStringList subjects;
        for (const Detection &d : found.value())
            subjects << d.subject;
        QVERIFY2(subjects.isEmpty(), qPrintable(subjects.join(QStringLiteral(", "))));
    }

    void detailsOfTheFindings()
    {
        const DetectionWorkspace &w = workspace(true);
        const DemoPlants &p = w.summary.plants;
        RuleRunner runner(w.db(), w.auditDb(), Clock::system());
        const qint64 upto = runner.latestAuditId().value();

        // Cross-tenant access names the tenant that was read.
        auto cross = runner.evaluate(
            *findRule(builtInRules(), QStringLiteral("cross-tenant-access")), 0, upto);
        QVERIFY(cross.ok());
        QCOMPARE(cross->size(), 1);
        QCOMPARE(cross->first().tenants, QStringList{p.crossTenantTargetId});
        QCOMPARE(cross->first().users, QStringList{p.crossTenantUserId});

        // The exfiltration window adds up more than the seed's 1,000,000 bytes.
        auto volume = runner.evaluate(
            *findRule(builtInRules(), QStringLiteral("large-query-volume")), 0, upto);
        QVERIFY(volume.ok());
        QVERIFY(volume->first().measure > 1'000'000);
        QCOMPARE(volume->first().tenants.first(), p.exfilTenantId);

        // The leaked key: more than 5 addresses in a window, all 40 of the leak among its rows.
        auto many =
            runner.evaluate(*findRule(builtInRules(), QStringLiteral("api-key-many-ips")), 0, upto);
        QVERIFY(many.ok());
        QVERIFY(many->first().measure >= 40);
        QCOMPARE(many->first().apiKeys, QStringList{p.leakedApiKeyId});

        // A rule evaluated over no new rows finds nothing.
        for (const Rule &r : builtInRules()) {
            auto none = runner.evaluate(r, upto, upto);
            QVERIFY2(none.ok(), qPrintable(r.id));
            QVERIFY2(none->isEmpty(), qPrintable(r.id));
        }
    }

    void fullRunStoresAlertsWithTheirRows()
    {
        QFETCH_GLOBAL(QString, engine);
        const DetectionWorkspace &w = workspace(true);
        QSqlDatabase db = w.db();
        RuleRunner runner(db, w.auditDb(), Clock::system());
        const qint64 upto = runner.latestAuditId().value();
        int alerts = 0;
        for (const Rule &r : builtInRules()) {
            RunOptions o;
            o.actor = QStringLiteral("tester");
            const RuleRunResult res = runner.run(r, o);
            QVERIFY2(res.outcome == RuleRunResult::Outcome::Ok, qPrintable(res.error.fullText()));
            QCOMPARE(res.fromId, qint64(0));
            QCOMPARE(res.toId, upto);
            QCOMPARE(res.newAlerts, expected(engine).value(r.id).subjects.size());
            alerts += res.newAlerts;
        }
        AlertRepository repo(db, QDateTime::currentDateTimeUtc());
        auto list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), alerts);
        for (const Alert &a : list.value()) {
            QVERIFY(expected(engine).value(a.ruleId).subjects.contains(a.subject));
            QCOMPARE(a.status, AlertStatus::Open);
            QCOMPARE(a.detections, 1);
            auto ids = repo.rowIds(a.id);
            QVERIFY(ids.ok());
            QCOMPARE(ids->size(), qMin<qint64>(a.matchedRows, MaxStoredRows));
            auto rows = repo.rows(a.id, 5);
            QVERIFY(rows.ok());
            QVERIFY(!rows->isEmpty());
            QVERIFY(!rows->first().event.isEmpty());
        }
        auto states = repo.ruleStates();
        QVERIFY(states.ok());
        QCOMPARE(states->size(), builtInRules().size());
        for (const RuleState &s : states.value()) {
            QCOMPARE(s.status, QStringLiteral("ok"));
            QCOMPARE(s.watermark, upto);
            QCOMPARE(s.lastRunBy, QStringLiteral("tester"));
            QVERIFY(s.lastRunAt.isValid());
        }
    }

    void cleanupTestCase()
    {
        for (const auto *all : {&m_attack, &m_clean}) {
            for (const auto &w : *all) {
                Db::close(w.connection);
                if (!w.auditConnection.isEmpty())
                    Db::close(w.auditConnection);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltInRules)
#include "tst_builtinrules.moc"
