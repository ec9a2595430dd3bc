// SQL containment when the audit source is a real hot standby (pg_basebackup
// -R from a real primary, tests/support/AuditFixture.h): with the platform
// primary set in the action settings (its password from a real keychain, by
// the audit source's own flow) the action runs exactly once, on the primary,
// and the change reaches the standby by replay; without it the action is
// refused before anything is written, with the sentence that says what to do.
#include "AuditFixture.h"
#include "models/actions/ActionService.h"
#include "models/actions/Outbox.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentRepository.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/SqlExecutor.h"

#include <QSignalSpy>
#include <optional>

using namespace ic;
using namespace ic::test;

namespace {
const QString Reason = QStringLiteral("Key used from a Tor exit after the laptop was stolen");
const QString Containment = QStringLiteral("ic_containment");
const QString ContainmentPassword = QStringLiteral("c0ntain-Me.now");
} // namespace

class TestActionStandby : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    ConnectionSpec m_standby;  // the audit source
    ConnectionSpec m_primary;  // the same database on the primary (superuser)
    PgEndpoint m_primaryLogin; // the containment login on the primary, no password
    QString m_incident;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SqlExecutor> m_store;
    std::unique_ptr<ActionService> m_svc;
    QHash<QString, ActionRecord> m_latest;
    int m_n = 0;

    QVariant one(const ConnectionSpec &spec, const QString &sql, const QVariantList &params = {})
    {
        const QString name = QStringLiteral("one-%1").arg(++m_n);
        QVariant v;
        {
            auto db = Db::open(spec, name);
            if (db)
                v = scalar(db.value(), sql, params);
        }
        Db::close(name);
        return v;
    }

    // What the outbox and the timeline hold: nothing may change on a refusal.
    QString written()
    {
        return one(m_primary, QStringLiteral("SELECT (SELECT count(*) FROM ic_actions) || '/' || "
                                             "(SELECT count(*) FROM ic_incident_events)"))
            .toString();
    }

    bool apply(const ActionSettings &s, QString *why = nullptr)
    {
        std::optional<Result<void>> r;
        m_svc->saveSettings(s, [&](const Result<void> &x) { r = x; });
        (void)QTest::qWaitFor([&] { return r.has_value(); }, 10000);
        if (why)
            *why = !r ? QStringLiteral("no answer") : r->ok() ? QString() : r->error().message;
        return r && r->ok();
    }

    std::optional<Result<ActionPreview>> previewOf(const QString &key)
    {
        std::optional<Result<ActionPreview>> p;
        m_svc->preview({ActionKind::RevokeApiKey, key, m_incident, QStringLiteral("INC-2026-007")},
                       [&](const Result<ActionPreview> &r) { p = r; });
        (void)QTest::qWaitFor([&] { return p.has_value(); }, 15000);
        return p;
    }

    std::optional<Result<ActionRecord>> submitted(const ActionPreview &p)
    {
        std::optional<Result<ActionRecord>> s;
        m_svc->submit(p, Reason, [&](const Result<ActionRecord> &r) { s = r; });
        (void)QTest::qWaitFor([&] { return s.has_value(); }, 15000);
        return s;
    }

    // As the session does: the audit source (the standby unless given) is
    // handed over read-only.
    void newService(std::optional<ConnectionSpec> source = std::nullopt)
    {
        m_svc.reset();
        if (!m_store)
            m_store = std::make_unique<SqlExecutor>(m_primary, QStringLiteral("store"));
        m_svc = std::make_unique<ActionService>(m_store.get(), Clock::system(), m_secrets.get(),
                                                QStringLiteral("alex"));
        ConnectionSpec audit = source.value_or(m_standby);
        audit.readOnly = true;
        m_svc->setPlatformSpec(audit);
        connect(m_svc.get(), &ActionService::actionChanged, this,
                [this](const ActionRecord &r) { m_latest.insert(r.id, r); });
        bool loaded = false;
        m_svc->loadSettings([&](const Result<ActionSettings> &r) { loaded = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return loaded; }, 10000));
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_src.pg());
        auto spec = m_src.create(
            QStringLiteral("postgres"), AuditLayout::Standby,
            [this](QSqlDatabase &db) -> Result<void> {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (auto t = Workspace::ensurePlatformTables(db, now); !t)
                    return Result<void>(t.error());
                for (const char *sql :
                     {"INSERT INTO tenants (id, name) VALUES ('ten_sb', 'Standby Traders')",
                      "INSERT INTO users (id, tenant_id, email, name) VALUES ('usr_sb', 'ten_sb', "
                      "'sam@standby.test', 'Sam')",
                      "INSERT INTO api_keys (id, tenant_id, user_id) VALUES ('key_sb1', "
                      "'ten_sb', 'usr_sb'), ('key_sb2', 'ten_sb', 'usr_sb'), ('key_sb3', 'ten_sb', "
                      "'usr_sb')"}) {
                    if (auto q = Db::exec(db, QString::fromLatin1(sql)); !q)
                        return Result<void>(q.error());
                }
                NewIncident n;
                n.title = QStringLiteral("API key used from a Tor exit");
                auto inc = IncidentRepository(db, now).create(n, QStringLiteral("detection"));
                if (!inc)
                    return Result<void>(inc.error());
                m_incident = inc->id;
                return success();
            });
        QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().fullText()));
        m_standby = spec.value();
        m_primary = m_src.writeSpec(m_standby);
        QVERIFY(m_standby.pg.port != m_primary.pg.port);

        // Containment logs in to the primary as a login of its own, with a
        // password (scram over TCP), which only the keychain holds.
        IC_VERIFY_OK(m_src.pg().createLoginRole(Containment, ContainmentPassword));
        IC_VERIFY_OK(m_src.pg().execute(
            m_primary.pg.database,
            QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %1; "
                           "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1")
                .arg(Containment)));
        IC_VERIFY_OK(m_src.sync(m_standby));
        m_primaryLogin = m_src.pg().tcpSpec(m_primary.pg.database, Containment, {}).pg;

        m_secrets = std::make_unique<SecretStore>(QStringLiteral("incident-commander-test"));
        std::optional<Result<void>> stored;
        m_secrets->write(m_primaryLogin.secretKey(), ContainmentPassword,
                         [&](const Result<void> &r) { stored = r; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 10000));
        IC_VERIFY_OK(stored.value());
        newService();
    }

    void cleanupTestCase()
    {
        m_svc.reset();
        m_store.reset();
    }

    // No platform primary, a standby audit source: refused at the preview
    // and at the submit, before the outbox or the timeline is written.
    void withoutThePrimaryNothingIsWritten()
    {
        ActionSettings s = m_svc->settings();
        s.backend = Backend::Sql;
        s.platformPrimary.clear();
        QVERIFY(apply(s));
        const QString before = written();

        auto p = previewOf(QStringLiteral("key_sb1"));
        QVERIFY(p.has_value());
        QVERIFY(!p->ok());
        const QString m = p->error().message;
        QVERIFY2(m.contains(QLatin1String("read-only standby")) &&
                     m.contains(QLatin1String("Set the platform primary in Action settings")) &&
                     m.contains(QLatin1String("Nothing was done")),
                 qPrintable(m));

        // A submit without a preview (a stale window) is refused the same way.
        ActionPreview stale;
        stale.incidentRef = QStringLiteral("INC-2026-007");
        stale.draft.id = QStringLiteral("b6d9f1a2-0000-4000-8000-000000000001");
        stale.draft.incidentId = m_incident;
        stale.draft.kind = ActionKind::RevokeApiKey;
        stale.draft.target = QStringLiteral("key_sb1");
        stale.draft.backend = Backend::Sql;
        stale.draft.endpoint = m_standby.describe();
        stale.count = 1;
        auto r = submitted(stale);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QVERIFY2(r->error().message.contains(QLatin1String("read-only standby")),
                 qPrintable(r->error().message));
        QCOMPARE(written(), before);
        QVERIFY(
            one(m_primary, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb1'"))
                .isNull());
    }

    // The primary in the settings, its password from the keychain through
    // the audit source's flow: runs once, there; replayed to the standby.
    void withThePrimaryItRunsOnceThere()
    {
        ActionSettings s = m_svc->settings();
        s.backend = Backend::Sql;
        s.platformPrimary = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                                .arg(m_primaryLogin.host)
                                .arg(m_primaryLogin.port)
                                .arg(m_primaryLogin.database, Containment);
        QVERIFY(apply(s));
        QCOMPARE(m_svc->settings().primaryEndpoint()->secretKey(), m_primaryLogin.secretKey());

        // Until its password is known, nothing is done.
        auto early = previewOf(QStringLiteral("key_sb1"));
        QVERIFY(early.has_value() && !early->ok());
        QVERIFY2(early->error().message.contains(QLatin1String("password")),
                 qPrintable(early->error().message));

        std::unique_ptr<AuditSource> source(
            AuditSource::forPrimary(*m_svc->settings().primaryEndpoint(), m_secrets.get()));
        QSignalSpy ready(source.get(), &AuditSource::ready);
        source->locate();
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        const ConnectionSpec primarySpec = ready.first().first().value<ConnectionSpec>();
        QCOMPARE(primarySpec.password, ContainmentPassword);
        QVERIFY(!primarySpec.readOnly);
        QVERIFY(!source->replication());
        m_svc->setPrimarySpec(primarySpec);

        auto p = previewOf(QStringLiteral("key_sb1"));
        QVERIFY(p.has_value());
        QVERIFY2(p->ok(), qPrintable(p->ok() ? QString() : p->error().fullText()));
        QCOMPARE(p->value().count, 1);
        QCOMPARE(p->value().draft.endpoint, m_svc->settings().primaryEndpoint()->uri());

        const QString before = written();
        auto r = submitted(p->value());
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().fullText()));
        const QString id = r->value().id;
        QVERIFY(QTest::qWaitFor([&] { return m_latest.value(id).isFinished(); }, 30000));
        QCOMPARE(m_latest.value(id).state, ActionState::Succeeded);
        QCOMPARE(m_latest.value(id).affectedCount, 1);
        QVERIFY(written() != before);

        // On the primary: the key revoked, one audit row for the action.
        const QString auditRows =
            QStringLiteral("SELECT count(*) FROM audit_logs WHERE metadata->>'action_id' = ?");
        QVERIFY(
            !one(m_primary, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb1'"))
                 .isNull());
        QCOMPARE(one(m_primary, auditRows, {id}).toInt(), 1);
        QCOMPARE(one(m_primary,
                     QStringLiteral(
                         "SELECT api_key_id FROM audit_logs WHERE metadata->>'action_id' = ?"),
                     {id})
                     .toString(),
                 QStringLiteral("key_sb1"));
        // The standby has it by replay, and only by replay.
        IC_VERIFY_OK(m_src.sync(m_standby));
        QVERIFY(
            !one(m_standby, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb1'"))
                 .isNull());
        QCOMPARE(one(m_standby, auditRows, {id}).toInt(), 1);
        QVERIFY(one(m_standby, QStringLiteral("SELECT pg_is_in_recovery()")).toBool());
        QVERIFY(
            one(m_standby, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb2'"))
                .isNull());

        // Exactly once: resuming it is refused, and nothing more is written.
        std::optional<Result<ActionRecord>> again;
        m_svc->resume(id, [&](const Result<ActionRecord> &x) { again = x; });
        QVERIFY(QTest::qWaitFor([&] { return again.has_value(); }, 10000));
        QVERIFY(!again->ok());
        QCOMPARE(one(m_primary, auditRows, {id}).toInt(), 1);
    }

    // An action recorded for the standby (before the primary was set) is
    // not resumed on the primary, nor on the standby.
    void anActionMeantForTheStandbyIsNotResumedElsewhere()
    {
        QVERIFY(m_svc->settings().primaryEndpoint());
        ActionRecord a;
        a.id = QStringLiteral("b6d9f1a2-0000-4000-8000-000000000002");
        a.incidentId = m_incident;
        a.kind = ActionKind::RevokeApiKey;
        a.target = QStringLiteral("key_sb2");
        a.reason = Reason;
        a.backend = Backend::Sql;
        a.endpoint = m_standby.describe();
        const QString name = QStringLiteral("outbox");
        {
            auto db = Db::open(m_primary, name);
            IC_VERIFY_OK(db);
            IC_VERIFY_OK(Outbox::create(db.value(), a, QStringLiteral("alex"),
                                        QDateTime::currentDateTimeUtc()));
        }
        Db::close(name);
        std::optional<Result<ActionRecord>> r;
        m_svc->resume(a.id, [&](const Result<ActionRecord> &x) { r = x; });
        QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 10000));
        QVERIFY(!r->ok());
        QVERIFY2(r->error().message.contains(QLatin1String("Nothing was done")),
                 qPrintable(r->error().message));
        QVERIFY(
            one(m_primary, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb2'"))
                .isNull());
    }

    // The whole path as the app takes it: a session on the team workspace
    // with the standby as its audit source finds the platform primary in the
    // stored action settings, gets its password from the keychain by itself,
    // and the containment runs once, on the primary, and reaches the standby
    // by replay. Nothing here hands the service a spec by hand.
    void aSessionSendsContainmentToThePrimaryByItself()
    {
        QVERIFY(m_svc->settings().primaryEndpoint()); // stored by the tests above
        Settings settings;
        settings.setActorName(QStringLiteral("alex"));
        settings.setDetectionRuleFolders({});
        ConnectionProfile profile = ConnectionProfile::forPostgres(m_primary.pg);
        profile.auditSource = m_standby.pg;
        WorkspaceSession session(profile, settings, m_secrets.get(), Clock::system(), {});
        IC_VERIFY_OK(session.openAndWait({}, false));
        ActionService *svc = session.actions();
        QVERIFY(svc);
        QHash<QString, ActionRecord> latest;
        connect(svc, &ActionService::actionChanged, this,
                [&latest](const ActionRecord &r) { latest.insert(r.id, r); });
        QTRY_VERIFY_WITH_TIMEOUT(session.platformPrimary(), 10000);
        QCOMPARE(svc->settings().primaryEndpoint()->secretKey(), m_primaryLogin.secretKey());

        // Once the keychain has answered, the preview counts on the primary.
        std::optional<Result<ActionPreview>> p;
        QVERIFY(QTest::qWaitFor(
            [&] {
                p.reset();
                svc->preview({ActionKind::RevokeApiKey, QStringLiteral("key_sb3"), m_incident,
                              QStringLiteral("INC-2026-007")},
                             [&](const Result<ActionPreview> &r) { p = r; });
                (void)QTest::qWaitFor([&] { return p.has_value(); }, 10000);
                return p.has_value() && p->ok();
            },
            20000));
        QCOMPARE(p->value().count, 1);
        QCOMPARE(p->value().draft.endpoint, svc->settings().primaryEndpoint()->uri());

        std::optional<Result<ActionRecord>> s;
        svc->submit(p->value(), Reason, [&](const Result<ActionRecord> &r) { s = r; });
        QVERIFY(QTest::qWaitFor([&] { return s.has_value(); }, 15000));
        QVERIFY2(s->ok(), qPrintable(s->ok() ? QString() : s->error().fullText()));
        const QString id = s->value().id;
        QVERIFY(QTest::qWaitFor([&] { return latest.value(id).isFinished(); }, 30000));
        QVERIFY2(latest.value(id).state == ActionState::Succeeded,
                 qPrintable(latest.value(id).result));
        QCOMPARE(latest.value(id).affectedCount, 1);

        const QString auditRows =
            QStringLiteral("SELECT count(*) FROM audit_logs WHERE metadata->>'action_id' = ?");
        QVERIFY(
            !one(m_primary, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb3'"))
                 .isNull());
        QCOMPARE(one(m_primary, auditRows, {id}).toInt(), 1);
        IC_VERIFY_OK(m_src.sync(m_standby));
        QVERIFY(
            !one(m_standby, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb3'"))
                 .isNull());
        QCOMPARE(one(m_standby, auditRows, {id}).toInt(), 1);
        // Who did it, on the incident's timeline, by the session's login.
        QVERIFY(one(m_primary,
                    QStringLiteral("SELECT count(*) FROM ic_incident_events WHERE incident_id = ? "
                                   "AND details::text LIKE ?"),
                    {m_incident, QStringLiteral("%") + id + QStringLiteral("%")})
                    .toInt() >= 1);
    }

    // A team's separate audit database that is a primary itself (no
    // standby, no platform primary set): the session hands the service that
    // source's read-only spec, and containment still writes there.
    void aSeparateAuditDatabaseThatIsNoStandbyTakesContainmentItself()
    {
        newService(m_primary); // read-only, as AuditSource::specFor gives it
        ActionSettings s = m_svc->settings();
        s.platformPrimary.clear();
        QVERIFY(apply(s));

        auto p = previewOf(QStringLiteral("key_sb2"));
        QVERIFY(p.has_value());
        QVERIFY2(p->ok(), qPrintable(p->ok() ? QString() : p->error().fullText()));
        QCOMPARE(p->value().count, 1);
        auto r = submitted(p->value());
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().fullText()));
        const QString id = r->value().id;
        QVERIFY(QTest::qWaitFor([&] { return m_latest.value(id).isFinished(); }, 30000));
        QVERIFY2(m_latest.value(id).state == ActionState::Succeeded,
                 qPrintable(m_latest.value(id).result));
        QVERIFY(
            !one(m_primary, QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_sb2'"))
                 .isNull());
    }
};

QTEST_GUILESS_MAIN(TestActionStandby)
#include "tst_actionstandby.moc"
