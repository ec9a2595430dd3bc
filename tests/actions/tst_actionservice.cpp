// Actions end to end: outbox in a SQLite workspace, the token from a real
// keychain, a real HTTPS admin API with faults, the platform tables for the
// preview counts and the SQL backend. Retries end in exactly one effect;
// a timeout ends in "outcome unknown", never "failed"; 4xx, redirects and a
// wrong pin are not retried and leak nothing; every step is on the timeline.
#include "HttpsAdminServer.h"
#include "TestPki.h"
#include "models/actions/ActionService.h"
#include "models/actions/Outbox.h"
#include "models/actions/SqlContainment.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {
const QString Token = QStringLiteral("tok_live_8f2c.ZZ");
const QString Reason = QStringLiteral("Session token reused after logout from a Tor exit");
} // namespace

class TestActionService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_incident;
    TlsIdentity m_id;
    TlsIdentity m_other;
    std::unique_ptr<HttpsAdminServer> m_server;
    std::unique_ptr<SqlExecutor> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ActionService> m_svc;
    QHash<QString, ActionRecord> m_latest;

    QSqlDatabase direct()
    {
        const QString name = QStringLiteral("direct");
        if (!QSqlDatabase::contains(name))
            (void)Db::open(ConnectionSpec::sqlite(m_path), name);
        return QSqlDatabase::database(name, false);
    }
    QVariant one(const QString &sql, const QVariantList &params = {})
    {
        QSqlDatabase db = direct();
        auto q = Db::exec(db, sql, params);
        return q && q->next() ? q->value(0) : QVariant();
    }
    QStringList eventKinds(const QString &actionId)
    {
        QSqlDatabase db = direct();
        QStringList kinds;
        const auto events = EventLog::events(db, m_incident);
        for (const IncidentEvent &e : events.value()) {
            if (e.details.value(QLatin1String("action_id")).toString() == actionId)
                kinds << e.kind;
        }
        return kinds;
    }
    IncidentEvent lastEvent(const QString &actionId)
    {
        QSqlDatabase db = direct();
        IncidentEvent last;
        const auto events = EventLog::events(db, m_incident);
        for (const IncidentEvent &e : events.value()) {
            if (e.details.value(QLatin1String("action_id")).toString() == actionId)
                last = e;
        }
        return last;
    }

    ActionSettings apiSettings(int timeoutS = 5) const
    {
        ActionSettings s;
        s.backend = Backend::Api;
        s.apiBaseUrl = m_server->baseUrl().toString();
        s.caPem = QString::fromLatin1(m_id.caPem);
        s.timeoutSeconds = timeoutS;
        return s;
    }

    bool apply(const ActionSettings &s)
    {
        std::optional<Result<void>> r;
        m_svc->saveSettings(s, [&](const Result<void> &x) { r = x; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 10000) || !r->ok()) {
            qWarning() << (r && !r->ok() ? r->error().fullText() : QStringLiteral("no answer"));
            return false;
        }
        return true;
    }

    std::optional<Result<ActionPreview>> previewOf(ActionKind kind, const QString &target)
    {
        std::optional<Result<ActionPreview>> p;
        m_svc->preview({kind, target, m_incident, QStringLiteral("INC-2026-002")},
                       [&](const Result<ActionPreview> &r) { p = r; });
        (void)QTest::qWaitFor([&] { return p.has_value(); }, 10000);
        return p;
    }

    // Previews, submits, and waits for a final state; returns the record.
    ActionRecord runAction(ActionKind kind, const QString &target, bool *submitted = nullptr,
                           QString *refusal = nullptr)
    {
        auto p = previewOf(kind, target);
        if (!p || !p->ok()) {
            if (refusal)
                *refusal = p ? p->error().message : QStringLiteral("no preview");
            return {};
        }
        std::optional<Result<ActionRecord>> s;
        m_svc->submit(p->value(), Reason, [&](const Result<ActionRecord> &r) { s = r; });
        (void)QTest::qWaitFor([&] { return s.has_value(); }, 10000);
        if (submitted)
            *submitted = s && s->ok();
        if (!s || !s->ok()) {
            if (refusal)
                *refusal = s ? s->error().message : QStringLiteral("no answer");
            return {};
        }
        const QString id = s->value().id;
        (void)QTest::qWaitFor(
            [&] {
                return m_latest.value(id).isFinished() ||
                       (m_latest.value(id).state == ActionState::Unknown && !m_svc->isRunning(id));
            },
            30000);
        return m_latest.value(id);
    }

    void newService(bool reviewer = false)
    {
        m_svc.reset();
        m_store = std::make_unique<SqlExecutor>(
            [&] {
                ConnectionSpec spec = ConnectionSpec::sqlite(m_path);
                spec.reviewer = reviewer;
                return spec;
            }(),
            QStringLiteral("store"));
        m_svc = std::make_unique<ActionService>(m_store.get(), Clock::system(), m_secrets.get(),
                                                QStringLiteral("alex"));
        m_svc->setPlatformSpec(ConnectionSpec::sqlite(m_path));
        RetryPolicy fast;
        fast.maxAttempts = 4;
        fast.baseDelayMs = 50;
        fast.maxDelayMs = 200;
        fast.maxRetryAfterMs = 5000;
        m_svc->setRetryPolicy(fast);
        connect(m_svc.get(), &ActionService::actionChanged, this,
                [this](const ActionRecord &r) { m_latest.insert(r.id, r); });
        // As the settings form does: a change is made over what is stored
        // (a save over anything else is refused as a conflicting change).
        bool loaded = false;
        m_svc->loadSettings([&](const Result<ActionSettings> &r) { loaded = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return loaded; }, 10000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_id = TestPki::makeServerIdentity(QStringLiteral("Test Admin CA")).value();
        m_other = TestPki::makeServerIdentity(QStringLiteral("Other CA")).value();
        m_path = m_dir.filePath(QStringLiteral("actions.icw"));
        {
            const QString name = QStringLiteral("seed");
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QVERIFY(db.tables().contains(QStringLiteral("audit_logs")));
            NewIncident n;
            n.title = QStringLiteral("Session token reused after logout");
            n.affectedUsers = {QStringLiteral("usr_alice")};
            auto inc = IncidentRepository(db, QDateTime::currentDateTimeUtc())
                           .create(n, QStringLiteral("detection"));
            QVERIFY(inc.ok());
            m_incident = inc->id;
            for (const char *sql :
                 {"INSERT INTO tenants (id, name) VALUES ('ten_northwind', 'Northwind')",
                  "INSERT INTO users (id, tenant_id, email, name) VALUES ('usr_alice', "
                  "'ten_northwind', 'alice@northwind.test', 'Alice'), ('usr_bob', 'ten_northwind', "
                  "'bob@northwind.test', 'Bob')",
                  "INSERT INTO api_keys (id, tenant_id, user_id) VALUES ('key_a1', "
                  "'ten_northwind', 'usr_alice'), ('key_a2', 'ten_northwind', 'usr_alice'), "
                  "('key_b1', 'ten_northwind', 'usr_bob')",
                  "INSERT INTO sessions (id, user_id, tenant_id) VALUES ('s1', 'usr_alice', "
                  "'ten_northwind')"}) {
                QVERIFY(Db::exec(db, QString::fromLatin1(sql)).ok());
            }
        }
        Db::close(QStringLiteral("seed"));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("incident-commander-test"));
    }

    void init()
    {
        m_server = std::make_unique<HttpsAdminServer>();
        m_server->setToken(Token.toLatin1());
        QVERIFY(m_server->listen(m_id).ok());
        newService();
        QVERIFY(apply(apiSettings()));
        std::optional<Result<void>> stored;
        m_svc->storeToken(Token, [&](const Result<void> &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().fullText()));
    }

    void cleanupTestCase()
    {
        m_svc.reset();
        m_store.reset();
        Db::close(QStringLiteral("direct"));
    }

    void previewCountsAndShowsTheRequest()
    {
        auto p = previewOf(ActionKind::RevokeUserTokens, QStringLiteral(" usr_alice "));
        QVERIFY(p && p->ok());
        QCOMPARE(p->value().count, 3);
        QCOMPARE(p->value().draft.target, QStringLiteral("usr_alice"));
        const QString t = p->value().technical;
        QVERIFY2(t.contains(QStringLiteral("POST %1/admin/users/usr_alice/revoke-all-tokens")
                                .arg(m_server->baseUrl().toString())),
                 qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Idempotency-Key: ") + p->value().draft.id));
        QVERIFY2(!t.contains(Token), "the preview never shows the token");
        QVERIFY(p->value().text().contains(QLatin1String("alice@northwind.test")));
        QVERIFY(m_server->requests().isEmpty()); // a preview sends nothing

        p = previewOf(ActionKind::SuspendUser, QStringLiteral("usr_ghost"));
        QVERIFY(p && !p->ok());
        QCOMPARE(p->error().kind, Error::Kind::NotFound);
        p = previewOf(ActionKind::BlockIp, QStringLiteral("1.2.3"));
        QVERIFY(p && !p->ok());
        QCOMPARE(p->error().kind, Error::Kind::InvalidInput);
    }

    void apiActionEndToEnd()
    {
        const ActionRecord r = runAction(ActionKind::RevokeUserTokens, QStringLiteral("usr_alice"));
        QCOMPARE(r.state, ActionState::Succeeded);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.requestId, QStringLiteral("srv-1"));
        QCOMPARE(r.affectedCount, 3);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
        const auto &req = m_server->requests().first();
        QCOMPARE(req.header("authorization"),
                 QByteArray("Bearer ") + Token.toLatin1()); // from the keychain
        QCOMPARE(req.header("idempotency-key"), r.id.toLatin1());
        QCOMPARE(req.path, QByteArray("/admin/users/usr_alice/revoke-all-tokens"));
        QCOMPARE(req.body, r.body);
        QCOMPARE(
            QJsonDocument::fromJson(req.body).object().value(QLatin1String("reason")).toString(),
            Reason);
        QCOMPARE(eventKinds(r.id),
                 (QStringList{QStringLiteral("action.requested"), QStringLiteral("action.attempt"),
                              QStringLiteral("action.succeeded")}));
        const IncidentEvent e = lastEvent(r.id);
        QCOMPARE(e.actor, QStringLiteral("alex"));
        QCOMPARE(e.details.value(QLatin1String("backend")).toString(), QStringLiteral("api"));
        QCOMPARE(e.details.value(QLatin1String("http_status")).toInt(), 200);
        QCOMPARE(e.details.value(QLatin1String("request_id")).toString(), QStringLiteral("srv-1"));
        QCOMPARE(e.details.value(QLatin1String("reason")).toString(), Reason);
        QCOMPARE(e.details.value(QLatin1String("target")).toString(), QStringLiteral("usr_alice"));
        QVERIFY(!QJsonDocument(e.details).toJson().contains(Token.toLatin1()));
        // The outbox row holds the exact request that was confirmed.
        QCOMPARE(
            one(QStringLiteral("SELECT state FROM ic_actions WHERE id = ?"), {r.id}).toString(),
            QStringLiteral("succeeded"));
        QVERIFY(one(QStringLiteral("SELECT preview FROM ic_actions WHERE id = ?"), {r.id})
                    .toString()
                    .contains(QLatin1String("Objects that change: 3")));
    }

    void retriesEndInExactlyOneEffect()
    {
        m_server->queueFault(HttpsAdminServer::Fault::error(500));
        m_server->queueFault(HttpsAdminServer::Fault::error(429, "1"));
        m_server->queueFault(HttpsAdminServer::Fault::error(503));
        const ActionRecord r = runAction(ActionKind::SuspendUser, QStringLiteral("usr_bob"));
        QCOMPARE(r.state, ActionState::Succeeded);
        QCOMPARE(r.attempts, 4);
        const auto &reqs = m_server->requests();
        QCOMPARE(reqs.size(), 4);
        for (const auto &q : reqs) {
            QCOMPARE(q.header("idempotency-key"), r.id.toLatin1()); // one key for all attempts
            QCOMPARE(q.body, reqs.first().body);
        }
        QVERIFY2(reqs.at(2).receivedMs - reqs.at(1).receivedMs >= 1000,
                 "Retry-After: 1 was honoured");
        QCOMPARE(m_server->effects().size(), 1);
        QCOMPARE(eventKinds(r.id).count(QStringLiteral("action.attempt")), 4);
        QCOMPARE(eventKinds(r.id).count(QStringLiteral("action.retrying")), 3);
        QCOMPARE(eventKinds(r.id).count(QStringLiteral("action.succeeded")), 1);

        // The platform acted but its answer was lost (500 after the change):
        // the retry is answered from its idempotency record, no second effect.
        m_server->queueFault(HttpsAdminServer::Fault::error(500, {}, true));
        const ActionRecord again = runAction(ActionKind::SuspendUser, QStringLiteral("usr_alice"));
        QCOMPARE(again.state, ActionState::Succeeded);
        QCOMPARE(m_server->effects().size(), 2);
        QVERIFY2(again.result.contains(QLatin1String("idempotency record")),
                 qPrintable(again.result));
    }

    void refusalsAreNotRetried()
    {
        m_server->setUnknownSubjects({QStringLiteral("usr_bob")});
        ActionRecord r = runAction(ActionKind::LogoutUserSessions, QStringLiteral("usr_bob"));
        QCOMPARE(r.state, ActionState::Failed);
        QCOMPARE(r.httpStatus, 404);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(eventKinds(r.id).last(), QStringLiteral("action.failed"));

        m_server->setToken("another-token");
        r = runAction(ActionKind::LogoutUserSessions, QStringLiteral("usr_alice"));
        QCOMPARE(r.state, ActionState::Failed);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->effects().isEmpty());
    }

    void timeoutIsOutcomeUnknownThenResumed()
    {
        QVERIFY(apply(apiSettings(1)));
        for (int i = 0; i < 4; ++i)
            m_server->queueFault(HttpsAdminServer::Fault::delay(2500));
        const ActionRecord r = runAction(ActionKind::RevokeUserTokens, QStringLiteral("usr_bob"));
        QCOMPARE(r.state, ActionState::Unknown); // never "failed": it may have happened
        QCOMPARE(r.attempts, 4);
        // Qt's transfer timeout or the attempt's own deadline, whichever came first.
        QVERIFY2(r.result.contains(QLatin1String("within 1 s; the request may have been carried "
                                                 "out")),
                 qPrintable(r.result));
        QCOMPARE(eventKinds(r.id).last(), QStringLiteral("action.outcome_unknown"));
        QCOMPARE(m_server->effects().size(), 1); // it did happen, once

        // Resumed by the commander: the same key, answered from the record.
        std::optional<Result<ActionRecord>> resumed;
        m_svc->resume(r.id, [&](const Result<ActionRecord> &x) { resumed = x; });
        QTRY_VERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(resumed->ok() ? QString() : resumed->error().message));
        QTRY_COMPARE(m_latest.value(r.id).state, ActionState::Succeeded);
        QCOMPARE(m_latest.value(r.id).attempts, 5);
        QCOMPARE(m_server->requests().last().header("idempotency-key"), r.id.toLatin1());
        QCOMPARE(m_server->effects().size(), 1);
        QVERIFY(lastEvent(r.id).kind == QStringLiteral("action.succeeded"));
        QVERIFY(eventKinds(r.id).contains(QStringLiteral("action.attempt")));
    }

    void redirectLeaksNoToken()
    {
        HttpsAdminServer elsewhere;
        elsewhere.setToken(Token.toLatin1());
        QVERIFY(elsewhere.listen(m_id).ok());
        m_server->queueFault(
            HttpsAdminServer::Fault::redirect(elsewhere.baseUrlFor(QStringLiteral("localhost"))));
        const ActionRecord r = runAction(ActionKind::RevokeApiKey, QStringLiteral("key_a1"));
        QCOMPARE(r.state, ActionState::Failed);
        QCOMPARE(r.httpStatus, 307);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.result.contains(QLatin1String("not followed")));
        QTest::qWait(300);
        QCOMPARE(elsewhere.connections(), 0);
        QVERIFY(m_server->effects().isEmpty());
    }

    void pinMismatchSendsNothing()
    {
        ActionSettings s = apiSettings();
        s.pin = ActionSettings::formatPin(AdminApiClient::publicKeyPin(m_other.certificate));
        QVERIFY(apply(s));
        const ActionRecord r =
            runAction(ActionKind::SuspendTenant, QStringLiteral("ten_northwind"));
        QCOMPARE(r.state, ActionState::Failed);
        QVERIFY(r.result.contains(QLatin1String("does not match the pin")));
        QTest::qWait(200);
        QCOMPARE(m_server->bytesReceived(), qint64(0));
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(eventKinds(r.id).last(), QStringLiteral("action.failed"));

        s.pin = ActionSettings::formatPin(m_id.pin);
        QVERIFY(apply(s));
        QCOMPARE(runAction(ActionKind::SuspendTenant, QStringLiteral("ten_northwind")).state,
                 ActionState::Succeeded);
    }

    void noTokenNoAction()
    {
        HttpsAdminServer other;
        QVERIFY(other.listen(m_id).ok());
        ActionSettings s = apiSettings();
        s.apiBaseUrl = other.baseUrlFor(QStringLiteral("localhost"))
                           .toString(); // another origin: no token stored
        QVERIFY(apply(s));
        const int before = one(QStringLiteral("SELECT COUNT(*) FROM ic_actions")).toInt();
        bool submitted = true;
        QString refusal;
        runAction(ActionKind::SuspendUser, QStringLiteral("usr_bob"), &submitted, &refusal);
        QVERIFY(!submitted);
        QVERIFY2(refusal.contains(QLatin1String("no admin API token")) &&
                     refusal.contains(QLatin1String("Nothing was sent")),
                 qPrintable(refusal));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_actions")).toInt(), before);
        QCOMPARE(other.connections(), 0);
    }

    void sqlBackendEndToEnd()
    {
        ActionSettings s;
        s.backend = Backend::Sql;
        QVERIFY(apply(s));
        auto p = previewOf(ActionKind::RevokeApiKey, QStringLiteral("key_b1"));
        QVERIFY(p && p->ok());
        QCOMPARE(p->value().count, 1);
        QVERIFY(p->value().technical.contains(QLatin1String("UPDATE api_keys SET revoked_at")));
        const ActionRecord r = runAction(ActionKind::RevokeApiKey, QStringLiteral("key_b1"));
        QCOMPARE(r.state, ActionState::Succeeded);
        QCOMPARE(r.affectedCount, 1);
        QCOMPARE(r.backend, Backend::Sql);
        QVERIFY(
            !one(QStringLiteral("SELECT revoked_at FROM api_keys WHERE id = 'key_b1'")).isNull());
        QCOMPARE(one(QStringLiteral("SELECT revoked_reason FROM api_keys WHERE id = 'key_b1'"))
                     .toString(),
                 Reason);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE json_extract(metadata, "
                                    "'$.action_id') = ?"),
                     {r.id})
                     .toInt(),
                 1);
        QCOMPARE(one(QStringLiteral("SELECT json_extract(metadata, '$.incident') FROM audit_logs "
                                    "WHERE json_extract(metadata, '$.action_id') = ?"),
                     {r.id})
                     .toString(),
                 QStringLiteral("INC-2026-002"));
        const IncidentEvent e = lastEvent(r.id);
        QCOMPARE(e.kind, QStringLiteral("action.succeeded"));
        QCOMPARE(e.details.value(QLatin1String("backend")).toString(), QStringLiteral("sql"));
        QVERIFY(e.details.value(QLatin1String("sql_result"))
                    .toString()
                    .contains(QLatin1String("audit_logs row")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void crashAfterTheSqlCommitIsNotRepeated()
    {
        ActionSettings s;
        s.backend = Backend::Sql;
        QVERIFY(apply(s));
        // The app died after the platform committed, before the outbox heard:
        // the row is in flight, claimed by a process that no longer exists.
        auto p = previewOf(ActionKind::LogoutUserSessions, QStringLiteral("usr_alice"));
        QVERIFY(p && p->ok());
        ActionRecord a =
            p->value().withReason(Reason, QStringLiteral("alex"), Db::Engine::Sqlite).draft;
        QSqlDatabase db = direct();
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        gone.waitForFinished();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(Outbox::create(db, a, QStringLiteral("alex"), now).ok());
        ActionClaim dead = ActionClaim::forThisProcess(QStringLiteral("crashed"), now.addSecs(300));
        dead.pid = gone.processId();
        QVERIFY(Outbox::claim(db, a.id, dead, QStringLiteral("alex"), false, now).ok());
        a.createdAt = now;
        QVERIFY(SqlContainment::execute(db, a, QStringLiteral("alex"),
                                        QStringLiteral("INC-2026-002"), now)
                    .ok());
        const QVariant loggedOut =
            one(QStringLiteral("SELECT logged_out_at FROM sessions WHERE id = 's1'"));
        QVERIFY(!loggedOut.isNull());

        newService(); // the restart
        QVERIFY(apply(s));
        QSignalSpy listed(m_svc.get(), &ActionService::attentionLoaded);
        m_svc->loadNeedingAttention();
        QVERIFY(listed.wait());
        const auto unfinished = listed.first().first().value<QList<ActionRecord>>();
        QVERIFY(std::any_of(unfinished.begin(), unfinished.end(),
                            [&](const ActionRecord &x) { return x.id == a.id; }));

        std::optional<Result<ActionRecord>> resumed;
        m_svc->resume(a.id, [&](const Result<ActionRecord> &x) { resumed = x; });
        QTRY_VERIFY(resumed.has_value());
        QVERIFY2(resumed->ok(), qPrintable(resumed->ok() ? QString() : resumed->error().message));
        QTRY_COMPARE(m_latest.value(a.id).state, ActionState::Succeeded);
        QVERIFY(m_latest.value(a.id).result.contains(QLatin1String("not run again")));
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE json_extract(metadata, "
                                    "'$.action_id') = ?"),
                     {a.id})
                     .toInt(),
                 1);
        QCOMPARE(one(QStringLiteral("SELECT logged_out_at FROM sessions WHERE id = 's1'")),
                 loggedOut);
        QVERIFY(lastEvent(a.id).summary.contains(QLatin1String("not run again")));
    }

    void reviewerCannotAct()
    {
        newService(true);
        QVERIFY(m_svc->isReadOnly());
        auto p = previewOf(ActionKind::SuspendUser, QStringLiteral("usr_bob"));
        QVERIFY(p && p->ok()); // looking is allowed
        std::optional<Result<ActionRecord>> s;
        m_svc->submit(p->value(), Reason, [&](const Result<ActionRecord> &r) { s = r; });
        QTRY_VERIFY(s.has_value());
        QVERIFY(!s->ok());
        QVERIFY(s->error().message.contains(QLatin1String("reviewer")));
        std::optional<Result<void>> saved;
        m_svc->saveSettings(apiSettings(), [&](const Result<void> &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(!saved->ok());
        QVERIFY(m_server->requests().isEmpty());
    }

    void reasonIsRequired()
    {
        auto p = previewOf(ActionKind::SuspendUser, QStringLiteral("usr_bob"));
        QVERIFY(p && p->ok());
        const int before = one(QStringLiteral("SELECT COUNT(*) FROM ic_actions")).toInt();
        std::optional<Result<ActionRecord>> s;
        m_svc->submit(p->value(), QStringLiteral("   "),
                      [&](const Result<ActionRecord> &r) { s = r; });
        QTRY_VERIFY(s.has_value());
        QVERIFY(!s->ok());
        QCOMPARE(s->error().kind, Error::Kind::InvalidInput);
        QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM ic_actions")).toInt(), before);
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionService)
#include "tst_actionservice.moc"
