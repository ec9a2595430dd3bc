// The demo generator: deterministic, the default size, and every attack the
// seed playbooks describe planted so that the playbooks' own queries find it
// (and find nothing else).
#include "PgServer.h"
#include "models/demo/DemoData.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

namespace {

struct Filled
{
    QString connection;
    DemoSummary summary;
};

QStringList column(QSqlDatabase &db, const QString &sql, const QVariantList &params = {})
{
    auto q = Db::exec(db, sql, params);
    if (!q) {
        qWarning().noquote() << q.error().fullText();
        return {QStringLiteral("<error>")};
    }
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

// A digest of the audit log that both engines render the same way.
QByteArray auditDigest(QSqlDatabase &db)
{
    const bool pg = Db::isPostgres(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(pg ? QStringLiteral("SELECT id, (extract(epoch FROM timestamp) * 1000)::bigint, event, "
                               "user_id, tenant_id, api_key_id, host(ip), query FROM audit_logs "
                               "ORDER BY id")
              : QStringLiteral("SELECT id, CAST(ROUND((julianday(timestamp) - 2440587.5) * "
                               "86400000) AS INTEGER), event, user_id, tenant_id, api_key_id, ip, "
                               "query FROM audit_logs ORDER BY id"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < 8; ++i) {
            h.addData(q.value(i).toString().toUtf8());
            h.addData("\x1f");
        }
    }
    return h.result().toHex();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    QDateTime m_anchor;
    Filled m_sqlite;
    Filled m_postgres;

    Filled fill(const ConnectionSpec &spec, const QString &name, const DemoOptions &options)
    {
        auto info = Workspace::open(spec, {}, name, m_anchor);
        if (!info) {
            qWarning().noquote() << info.error().fullText();
            return {};
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        qint64 lastProgress = 0;
        auto r = DemoData::fill(db, options, [&](qint64 done, qint64) { lastProgress = done; });
        if (!r) {
            qWarning().noquote() << r.error().fullText();
            return {};
        }
        if (lastProgress != options.rows)
            qWarning() << "progress ended at" << lastProgress;
        return {name, r.value()};
    }

    QSqlDatabase db(const Filled &f) { return QSqlDatabase::database(f.connection, false); }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_dir.isValid());
        // "Now" for the data, so that NOW()-relative playbook queries find it.
        m_anchor = QDateTime::currentDateTimeUtc().addSecs(-5);
        DemoOptions o;
        o.anchor = m_anchor;
        m_sqlite = fill(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("demo.icw"))),
                        QStringLiteral("demo-sqlite"), o);
        QVERIFY(!m_sqlite.connection.isEmpty());
        QVERIFY(m_pg.createDatabase(QStringLiteral("demo")).ok());
        m_postgres = fill(m_pg.spec(QStringLiteral("demo")), QStringLiteral("demo-pg"), o);
        QVERIFY(!m_postgres.connection.isEmpty());
    }

    void defaultSizeAndShape_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void defaultSizeAndShape()
    {
        QFETCH(QString, engine);
        Filled &f = engine == QLatin1String("sqlite") ? m_sqlite : m_postgres;
        QSqlDatabase d = db(f);
        QCOMPARE(f.summary.auditRows, qint64(200'000));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM audit_logs")).value(0),
                 QStringLiteral("200000"));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM tenants")).value(0),
                 QStringLiteral("40"));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM users")).value(0),
                 QStringLiteral("1200"));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM api_keys")).value(0),
                 QStringLiteral("400"));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM sessions")).value(0).toInt(),
                 f.summary.sessions);
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM ic_incidents")).value(0),
                 QStringLiteral("7"));
        QCOMPARE(
            column(d, QStringLiteral("SELECT count(DISTINCT severity) FROM ic_incidents")).value(0),
            QStringLiteral("4"));
        QVERIFY(column(d, QStringLiteral("SELECT count(DISTINCT status) FROM ic_incidents"))
                    .value(0)
                    .toInt() >= 4);
        // Ids follow time, and some timestamps repeat (keyset paging must cope).
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM audit_logs a JOIN audit_logs b ON "
                                          "b.id = a.id + 1 WHERE b.timestamp < a.timestamp"))
                     .value(0),
                 QStringLiteral("0"));
        QVERIFY(column(d, QStringLiteral("SELECT count(*) FROM (SELECT timestamp FROM audit_logs "
                                         "GROUP BY timestamp HAVING count(*) > 1) t"))
                    .value(0)
                    .toInt() > 100);
        // New rows get fresh ids after the bulk load.
        QVERIFY(
            Db::exec(d, QStringLiteral("INSERT INTO audit_logs (event) VALUES ('probe')")).ok());
        QCOMPARE(column(d, QStringLiteral("SELECT max(id) FROM audit_logs")).value(0),
                 QStringLiteral("200001"));
        QVERIFY(Db::exec(d, QStringLiteral("DELETE FROM audit_logs WHERE id = 200001")).ok());
    }

    void sameSeedSameDataOnBothEngines()
    {
        QSqlDatabase s = db(m_sqlite);
        QSqlDatabase p = db(m_postgres);
        QCOMPARE(auditDigest(s), auditDigest(p));
        QCOMPARE(m_sqlite.summary.plants.leakedApiKeyId, m_postgres.summary.plants.leakedApiKeyId);

        DemoOptions o;
        o.anchor = m_anchor;
        o.rows = DemoData::MinimumRows;
        o.withIncidents = false;
        const Filled a = fill(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("a.icw"))),
                              QStringLiteral("a"), o);
        const Filled b = fill(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("b.icw"))),
                              QStringLiteral("b"), o);
        o.seed = 7;
        const Filled c = fill(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("c.icw"))),
                              QStringLiteral("c"), o);
        QSqlDatabase da = db(a), dbb = db(b), dc = db(c);
        QCOMPARE(auditDigest(da), auditDigest(dbb));
        QVERIFY(auditDigest(da) != auditDigest(dc));
        QCOMPARE(column(da, QStringLiteral("SELECT count(*) FROM audit_logs")).value(0),
                 QString::number(DemoData::MinimumRows));
        QCOMPARE(DemoData::plantsFor(o).leakedApiKeyId, c.summary.plants.leakedApiKeyId);
    }

    void playbookQueriesFindEachPlantedAttack_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void playbookQueriesFindEachPlantedAttack()
    {
        QFETCH(QString, engine);
        const bool pg = engine == QLatin1String("postgres");
        Filled &f = pg ? m_postgres : m_sqlite;
        QSqlDatabase d = db(f);
        const DemoPlants &p = f.summary.plants;
        auto sql = [pg](const char *postgres, const char *sqlite) {
            return QString::fromUtf8(pg ? postgres : sqlite);
        };

        // Platform playbook, database exfiltration triage, as written.
        const QStringList bulk = column(
            d, sql("SELECT tenant_id, COUNT(*) as query_count, SUM(LENGTH(query)) as total_bytes "
                   "FROM audit_logs WHERE event = 'database_query' AND timestamp > NOW() - "
                   "INTERVAL '1 hour' GROUP BY tenant_id HAVING SUM(LENGTH(query)) > 1000000 "
                   "ORDER BY total_bytes DESC",
                   "SELECT tenant_id, COUNT(*) as query_count, SUM(LENGTH(query)) as total_bytes "
                   "FROM audit_logs WHERE event = 'database_query' AND timestamp > "
                   "strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 hour') GROUP BY tenant_id HAVING "
                   "SUM(LENGTH(query)) > 1000000 ORDER BY total_bytes DESC"));
        QCOMPARE(bulk, QStringList{p.exfilTenantId});

        // RLS bypass attempts, as written.
        const QStringList rls = column(
            d, sql("SELECT user_id FROM audit_logs WHERE metadata->>'rls_bypass_attempt' = 'true' "
                   "ORDER BY timestamp DESC",
                   "SELECT user_id FROM audit_logs WHERE json_extract(metadata, "
                   "'$.rls_bypass_attempt') = 1 ORDER BY timestamp DESC"));
        QCOMPARE(rls.size(), 6);
        QCOMPARE(QSet<QString>(rls.begin(), rls.end()), QSet<QString>{p.rlsBypassUserId});

        // API key leak triage, as written (the key bound as a parameter).
        QCOMPARE(column(d,
                        QStringLiteral("SELECT * FROM audit_logs WHERE api_key_id = ? ORDER BY "
                                       "timestamp DESC LIMIT 100"),
                        {p.leakedApiKeyId})
                     .size(),
                 100);
        const QStringList ips = column(
            d,
            sql("SELECT DISTINCT ip FROM audit_logs WHERE api_key_id = ? AND timestamp > NOW() "
                "- INTERVAL '24 hours'",
                "SELECT DISTINCT ip FROM audit_logs WHERE api_key_id = ? AND timestamp > "
                "datetime('now', '-24 hours')"),
            {p.leakedApiKeyId});
        QVERIFY2(ips.size() >= p.leakedApiKeyIpCount, qPrintable(QString::number(ips.size())));
        const QStringList manyIpKeys = column(
            d, sql("SELECT api_key_id FROM audit_logs WHERE api_key_id IS NOT NULL AND timestamp > "
                   "NOW() - INTERVAL '24 hours' GROUP BY api_key_id HAVING count(DISTINCT ip) > 5",
                   "SELECT api_key_id FROM audit_logs WHERE api_key_id IS NOT NULL AND timestamp > "
                   "datetime('now', '-24 hours') GROUP BY api_key_id HAVING count(DISTINCT ip) > "
                   "5"));
        QCOMPARE(manyIpKeys, QStringList{p.leakedApiKeyId});

        // Token compromise: a user's last 24 hours (the seed's step 2) shows
        // the new IP; the session was used after logout, and nowhere else.
        const QStringList userIps =
            column(d,
                   sql("SELECT DISTINCT host(ip) FROM audit_logs WHERE user_id = ? AND timestamp > "
                       "NOW() - INTERVAL '24 hours'",
                       "SELECT DISTINCT ip FROM audit_logs WHERE user_id = ? AND timestamp > "
                       "datetime('now', '-24 hours')"),
                   {p.compromisedUserId});
        QVERIFY(userIps.contains(p.compromisedNewIp));
        const QStringList afterLogout = column(
            d, sql("SELECT a.user_id FROM audit_logs a JOIN sessions s ON s.id = "
                   "a.metadata->>'session_id' WHERE a.timestamp > s.logged_out_at",
                   "SELECT a.user_id FROM audit_logs a JOIN sessions s ON s.id = "
                   "json_extract(a.metadata, '$.session_id') WHERE a.timestamp > s.logged_out_at"));
        QCOMPARE(afterLogout.size(), 31);
        QCOMPARE(QSet<QString>(afterLogout.begin(), afterLogout.end()),
                 QSet<QString>{p.compromisedUserId});
        const QStringList newIpUsers = column(
            d,
            QStringLiteral("SELECT DISTINCT recent.user_id FROM audit_logs recent WHERE "
                           "recent.ip = ? AND NOT EXISTS (SELECT 1 FROM audit_logs earlier "
                           "WHERE earlier.user_id = recent.user_id AND earlier.ip = recent.ip "
                           "AND earlier.timestamp < ?)"),
            {p.compromisedNewIp, Db::bindTime(d, m_anchor.addSecs(-160 * 60))});
        QCOMPARE(newIpUsers, QStringList{p.compromisedUserId});

        // Many failed token validations for one user within the hour. The
        // four-minute burst lies across an hour's start when the test runs in
        // an hour's last minutes: then its user is in two buckets, once each.
        QStringList failed = column(
            d, sql("SELECT user_id FROM audit_logs WHERE event = 'token_validation_failed' GROUP "
                   "BY user_id, date_trunc('hour', timestamp) HAVING count(*) >= 20",
                   "SELECT user_id FROM audit_logs WHERE event = 'token_validation_failed' GROUP "
                   "BY user_id, substr(timestamp, 1, 13) HAVING count(*) >= 20"));
        failed.removeDuplicates();
        QCOMPARE(failed, QStringList{p.failedValidationUserId});

        // Cross-tenant access: a user acting in another tenant.
        const QStringList cross = column(
            d, QStringLiteral("SELECT DISTINCT a.user_id FROM audit_logs a JOIN users u ON u.id = "
                              "a.user_id WHERE a.tenant_id <> u.tenant_id"));
        QCOMPARE(cross, QStringList{p.crossTenantUserId});
        QCOMPARE(
            column(d, QStringLiteral("SELECT DISTINCT a.tenant_id FROM audit_logs a JOIN users "
                                     "u ON u.id = a.user_id WHERE a.tenant_id <> u.tenant_id")),
            QStringList{p.crossTenantTargetId});

        // Insider: a self-granted role, then a mass export the same day.
        QCOMPARE(column(d, sql("SELECT user_id FROM audit_logs WHERE event = 'role_change' AND "
                               "metadata->>'granted_by' = user_id",
                               "SELECT user_id FROM audit_logs WHERE event = 'role_change' AND "
                               "json_extract(metadata, '$.granted_by') = user_id")),
                 QStringList{p.insiderUserId});
        QCOMPARE(column(d, sql("SELECT user_id FROM audit_logs WHERE event = 'export' GROUP BY "
                               "user_id, date_trunc('day', timestamp) HAVING "
                               "sum((metadata->>'records')::int) > 100000",
                               "SELECT user_id FROM audit_logs WHERE event = 'export' GROUP BY "
                               "user_id, substr(timestamp, 1, 10) HAVING "
                               "sum(json_extract(metadata, '$.records')) > 100000")),
                 QStringList{p.insiderUserId});
        QCOMPARE(column(d, QStringLiteral("SELECT DISTINCT user_id FROM audit_logs WHERE event = "
                                          "'privilege_escalation_attempt'")),
                 QStringList{p.insiderUserId});

        // A traffic spike from a few IPs.
        QStringList spike = column(
            d, sql("SELECT host(ip) FROM audit_logs GROUP BY ip, date_trunc('hour', timestamp) "
                   "HAVING count(*) > 500 ORDER BY 1",
                   "SELECT ip FROM audit_logs GROUP BY ip, substr(timestamp, 1, 13) HAVING "
                   "count(*) > 500 ORDER BY 1"));
        spike.removeDuplicates();
        QCOMPARE(spike, p.spikeIps);
    }

    void refusesToWriteIntoAFilledAuditLog()
    {
        QSqlDatabase d = db(m_sqlite);
        DemoOptions o;
        o.anchor = m_anchor;
        auto r = DemoData::fill(d, o, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was written")));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM audit_logs")).value(0),
                 QStringLiteral("200000"));
        QCOMPARE(column(d, QStringLiteral("SELECT count(*) FROM ic_incidents")).value(0),
                 QStringLiteral("7"));
    }

    void refusesTooFewRows()
    {
        QSqlDatabase d = db(m_sqlite);
        DemoOptions o;
        o.rows = 100;
        auto r = DemoData::fill(d, o, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
    }

    void cleanupTestCase()
    {
        for (const char *n : {"demo-sqlite", "demo-pg", "a", "b", "c"})
            Db::close(QString::fromLatin1(n));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
