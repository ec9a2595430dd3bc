// The admin API client against a real HTTPS server on 127.0.0.1 with
// certificates made for this run: every endpoint's request as documented,
// how each answer and fault is classified, a timeout told apart from our
// own cancel, the public-key pin checked before any request byte, a
// certificate from another CA refused, redirects not followed.
#include "HttpsAdminServer.h"
#include "TestPki.h"
#include "models/actions/ActionPreview.h"
#include "models/actions/AdminApiClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {
const QByteArray Token = QByteArrayLiteral("s3cret-t0ken.ABC");
}

class TestAdminApiClient : public QObject
{
    Q_OBJECT
private:
    TlsIdentity m_id;
    TlsIdentity m_other; // another CA: not trusted by the client
    std::unique_ptr<HttpsAdminServer> m_server;
    int m_n = 0;

    ApiEndpoint endpoint(int timeoutMs = 5000) const
    {
        ApiEndpoint e;
        e.baseUrl = m_server->baseUrl();
        e.caCertificates = {m_id.ca};
        e.timeoutMs = timeoutMs;
        return e;
    }

    ApiCall call(ActionKind kind, const QString &target)
    {
        ActionRecord a;
        a.id = QStringLiteral("key-%1").arg(++m_n);
        a.kind = kind;
        a.target = target;
        a.reason = QStringLiteral("Token seen from a Tor exit node");
        ApiCall c;
        c.path = ActionText::apiPath(kind, target);
        c.body = ActionText::apiBody(a, QStringLiteral("INC-2026-002"), QStringLiteral("alex"));
        c.idempotencyKey = a.id;
        c.requestId = a.id + QStringLiteral(".1");
        return c;
    }

    static std::optional<ApiAttempt> sendNow(AdminApiClient &client, const ApiEndpoint &e,
                                             const ApiCall &c,
                                             const QString &token = QString::fromLatin1(Token),
                                             const std::function<void()> &whileWaiting = {})
    {
        std::optional<ApiAttempt> out;
        client.send(e, c, token, [&out](const ApiAttempt &a) { out = a; });
        if (whileWaiting)
            whileWaiting();
        QElapsedTimer t;
        t.start();
        while (!out && t.elapsed() < 20000)
            QTest::qWait(5);
        return out;
    }

private slots:
    void initTestCase()
    {
        auto id = TestPki::makeServerIdentity(QStringLiteral("Test Admin CA"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        m_id = id.value();
        auto other = TestPki::makeServerIdentity(QStringLiteral("Someone Else's CA"));
        QVERIFY(other.ok());
        m_other = other.value();
    }

    void init()
    {
        m_server = std::make_unique<HttpsAdminServer>();
        m_server->setToken(Token);
        auto l = m_server->listen(m_id);
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().message));
    }

    void pinIsTheKeysDigest()
    {
        // Computed from the certificate by the app, from the key by the test.
        QCOMPARE(AdminApiClient::publicKeyPin(m_id.certificate), m_id.pin);
        QVERIFY(AdminApiClient::publicKeyPin(m_other.certificate) != m_id.pin);
    }

    void everyEndpointAsDocumented_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("affected");
        const QString u = QStringLiteral("usr_4f2a91c0");
        QTest::newRow("revoke user tokens")
            << int(ActionKind::RevokeUserTokens) << u
            << QStringLiteral("/admin/users/usr_4f2a91c0/revoke-all-tokens") << 3;
        QTest::newRow("logout all") << int(ActionKind::LogoutUserSessions) << u
                                    << QStringLiteral("/admin/users/usr_4f2a91c0/logout-all") << 3;
        QTest::newRow("suspend user") << int(ActionKind::SuspendUser) << u
                                      << QStringLiteral("/admin/users/usr_4f2a91c0/suspend") << 1;
        QTest::newRow("revoke all access")
            << int(ActionKind::RevokeUserAccess) << u
            << QStringLiteral("/admin/users/usr_4f2a91c0/revoke-all-access") << 3;
        QTest::newRow("suspend tenant")
            << int(ActionKind::SuspendTenant) << QStringLiteral("ten_initech")
            << QStringLiteral("/admin/tenants/ten_initech/suspend") << 1;
        QTest::newRow("revoke tenant tokens")
            << int(ActionKind::RevokeTenantTokens) << QStringLiteral("ten_initech")
            << QStringLiteral("/admin/tenants/ten_initech/revoke-all-tokens") << 3;
        QTest::newRow("restore tenant")
            << int(ActionKind::RestoreTenant) << QStringLiteral("ten_initech")
            << QStringLiteral("/admin/tenants/ten_initech/restore") << 1;
        QTest::newRow("revoke key") << int(ActionKind::RevokeApiKey) << QStringLiteral("key_9a8b7c")
                                    << QStringLiteral("/admin/api-keys/key_9a8b7c/revoke") << 1;
        QTest::newRow("block ip") << int(ActionKind::BlockIp) << QStringLiteral("193.32.162.0/24")
                                  << QStringLiteral("/admin/blocked-ips") << 1;
        QTest::newRow("id with @ and :") << int(ActionKind::SuspendUser) << QStringLiteral("a:b@c")
                                         << QStringLiteral("/admin/users/a%3Ab%40c/suspend") << 1;
    }
    void everyEndpointAsDocumented()
    {
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFETCH(int, affected);
        AdminApiClient client;
        const ApiCall c = call(ActionKind(kind), target);
        const auto a = sendNow(client, endpoint(), c);
        QVERIFY(a);
        QCOMPARE(int(a->outcome), int(ApiAttempt::Outcome::Succeeded));
        QCOMPARE(a->httpStatus, 200);
        QCOMPARE(a->affected, affected);
        QVERIFY2(a->requestId.startsWith(QLatin1String("srv-")), qPrintable(a->requestId));
        QVERIFY(!a->replayed);

        QCOMPARE(m_server->requests().size(), 1);
        const auto &r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(QString::fromLatin1(r.path), path);
        QCOMPARE(r.header("authorization"), "Bearer " + Token);
        QCOMPARE(r.header("idempotency-key"), c.idempotencyKey.toLatin1());
        QCOMPARE(r.header("x-request-id"), c.requestId.toLatin1());
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
        QVERIFY(r.header("user-agent").startsWith("IncidentCommander/"));
        QVERIFY2(!r.headers.contains("cookie"), "no cookies");
        QCOMPARE(r.body, c.body);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("reason")).toString(),
                 QStringLiteral("Token seen from a Tor exit node"));
        QCOMPARE(body.value(QLatin1String("incident")).toString(), QStringLiteral("INC-2026-002"));
        QCOMPARE(body.value(QLatin1String("actor")).toString(), QStringLiteral("alex"));
        QCOMPARE(body.value(QLatin1String("action_id")).toString(), c.idempotencyKey);
        if (ActionKind(kind) == ActionKind::BlockIp)
            QCOMPARE(body.value(QLatin1String("ip")).toString(), target);
        QCOMPARE(m_server->effects().size(), 1);
    }

    void sameKeyIsAnsweredFromTheServersRecord()
    {
        AdminApiClient client;
        const ApiCall c = call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1"));
        QVERIFY(sendNow(client, endpoint(), c)->outcome == ApiAttempt::Outcome::Succeeded);
        const auto again = sendNow(client, endpoint(), c);
        QVERIFY(again->outcome == ApiAttempt::Outcome::Succeeded);
        QVERIFY(again->replayed);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->effects().size(), 1);
    }

    void answersAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("mayHaveActed");
        QTest::addColumn<qint64>("retryAfterMs");
        using O = ApiAttempt::Outcome;
        QTest::newRow("500") << 500 << QByteArray() << int(O::Retry) << true << qint64(-1);
        QTest::newRow("502") << 502 << QByteArray() << int(O::Retry) << true << qint64(-1);
        QTest::newRow("503") << 503 << QByteArray("3") << int(O::Retry) << false << qint64(3000);
        QTest::newRow("429") << 429 << QByteArray("7") << int(O::Retry) << false << qint64(7000);
        QTest::newRow("429 no header")
            << 429 << QByteArray() << int(O::Retry) << false << qint64(-1);
        QTest::newRow("408") << 408 << QByteArray() << int(O::Retry) << false << qint64(-1);
        QTest::newRow("409") << 409 << QByteArray() << int(O::Unknown) << true << qint64(-1);
        QTest::newRow("400") << 400 << QByteArray() << int(O::Failed) << false << qint64(-1);
        QTest::newRow("403") << 403 << QByteArray() << int(O::Failed) << false << qint64(-1);
        QTest::newRow("422") << 422 << QByteArray() << int(O::Failed) << false << qint64(-1);
    }
    void answersAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, outcome);
        QFETCH(bool, mayHaveActed);
        QFETCH(qint64, retryAfterMs);
        m_server->queueFault(HttpsAdminServer::Fault::error(status, retryAfter));
        AdminApiClient client;
        const auto a =
            sendNow(client, endpoint(), call(ActionKind::SuspendUser, QStringLiteral("usr_1")));
        QVERIFY(a);
        QCOMPARE(int(a->outcome), outcome);
        QCOMPARE(a->httpStatus, status);
        QCOMPARE(a->mayHaveActed, mayHaveActed);
        QCOMPARE(a->retryAfterMs, retryAfterMs);
        QVERIFY2(a->message.contains(QString::number(status)), qPrintable(a->message));
        QCOMPARE(m_server->effects().size(), 0);
    }

    void refusalsSayWhy()
    {
        AdminApiClient client;
        m_server->setUnknownSubjects({QStringLiteral("usr_ghost")});
        auto a =
            sendNow(client, endpoint(), call(ActionKind::SuspendUser, QStringLiteral("usr_ghost")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Failed);
        QCOMPARE(a->httpStatus, 404);
        QVERIFY2(a->message.contains(QLatin1String("unknown subject usr_ghost")),
                 qPrintable(a->message));
        a = sendNow(client, endpoint(), call(ActionKind::SuspendUser, QStringLiteral("usr_1")),
                    QStringLiteral("wrong-token"));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Failed);
        QCOMPARE(a->httpStatus, 401);
        QVERIFY(a->message.contains(QLatin1String("refused the token")));
        QVERIFY2(!a->message.contains(QLatin1String("wrong-token")),
                 "the token never appears in a message");
        QCOMPARE(m_server->effects().size(), 0);
    }

    void droppedConnectionMayHaveActed()
    {
        // Qt 6.4 re-sends a request by itself when the connection closes
        // before any answer; the Idempotency-Key makes that harmless.
        m_server->queueFault(HttpsAdminServer::Fault::closeAfterRequest(true));
        AdminApiClient client;
        auto a =
            sendNow(client, endpoint(), call(ActionKind::SuspendUser, QStringLiteral("usr_1")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Succeeded);
        QVERIFY(a->replayed);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->effects().size(), 1);

        // Every try dropped: worth retrying, and it may have acted.
        for (int i = 0; i < 10; ++i)
            m_server->queueFault(HttpsAdminServer::Fault::closeAfterRequest(false));
        a = sendNow(client, endpoint(), call(ActionKind::SuspendUser, QStringLiteral("usr_2")));
        QVERIFY2(a->outcome == ApiAttempt::Outcome::Retry, qPrintable(a->message));
        QVERIFY(a->mayHaveActed);
        QCOMPARE(a->httpStatus, 0);
        QVERIFY2(a->message.contains(QLatin1String("may have been carried out")),
                 qPrintable(a->message));
        QCOMPARE(m_server->effects().size(), 1);
    }

    void timeoutIsNotOurCancel()
    {
        AdminApiClient client;
        // The transfer timeout: Qt reports OperationCanceledError, as for abort().
        m_server->queueFault(HttpsAdminServer::Fault::delay(4000));
        auto a =
            sendNow(client, endpoint(600), call(ActionKind::SuspendUser, QStringLiteral("usr_1")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Retry);
        QVERIFY(a->mayHaveActed);
        // Qt's transfer timeout ("No answer ...") or the attempt's own deadline
        // ("... did not finish answering ..."), whichever fires first.
        QVERIFY2(a->message.contains(QLatin1String("within 1 s; the request may have been "
                                                   "carried out")),
                 qPrintable(a->message));

        // Our own cancel (the workspace closes): outcome unknown, not retried.
        m_server->queueFault(HttpsAdminServer::Fault::delay(4000));
        a = sendNow(client, endpoint(10000), call(ActionKind::SuspendUser, QStringLiteral("usr_2")),
                    QString::fromLatin1(Token), [&] {
                        QTRY_COMPARE(m_server->requests().size(), 2);
                        client.abortAll();
                    });
        QVERIFY(a->outcome == ApiAttempt::Outcome::Unknown);
        QVERIFY2(a->message.contains(QLatin1String("closed")), qPrintable(a->message));
    }

    void pinMismatchSendsNothing()
    {
        AdminApiClient client;
        ApiEndpoint e = endpoint();
        e.pin = AdminApiClient::publicKeyPin(m_other.certificate);
        const auto a =
            sendNow(client, e, call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Failed);
        QVERIFY(!a->mayHaveActed);
        QVERIFY2(a->message.contains(QLatin1String("does not match the pin")),
                 qPrintable(a->message));
        QTRY_VERIFY(m_server->connections() >= 1); // it did connect and saw the certificate...
        QTest::qWait(200);
        QCOMPARE(m_server->bytesReceived(), qint64(0)); // ...but not one byte of the request
        QVERIFY(m_server->requests().isEmpty());

        // The right pin (the leaf's, or the CA's in the chain) goes through.
        e.pin = m_id.pin;
        QVERIFY(sendNow(client, e, call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1")))
                    ->outcome == ApiAttempt::Outcome::Succeeded);
        e.pin = AdminApiClient::publicKeyPin(m_id.ca);
        QVERIFY(sendNow(client, e, call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1")))
                    ->outcome == ApiAttempt::Outcome::Succeeded);
    }

    void certificateOfAnotherCaIsRefused()
    {
        m_server->setIdentity(m_other); // "wrong certificate"
        AdminApiClient client;
        const auto a = sendNow(client, endpoint(),
                               call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Failed);
        QVERIFY(!a->mayHaveActed);
        QVERIFY2(a->message.contains(QLatin1String("could not be verified")),
                 qPrintable(a->message));
        QTest::qWait(200);
        QCOMPARE(m_server->bytesReceived(), qint64(0));
        QVERIFY(m_server->requests().isEmpty());

        // With the system's CAs only, our test CA is not trusted either.
        m_server->setIdentity(m_id);
        ApiEndpoint e = endpoint();
        e.caCertificates.clear();
        QVERIFY(sendNow(client, e, call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1")))
                    ->outcome == ApiAttempt::Outcome::Failed);
        QVERIFY(m_server->requests().isEmpty());
    }

    void redirectIsNotFollowed()
    {
        HttpsAdminServer elsewhere;
        elsewhere.setToken(Token);
        QVERIFY(elsewhere.listen(m_id).ok());
        const QUrl to = elsewhere.baseUrlFor(QStringLiteral("localhost"));
        m_server->queueFault(HttpsAdminServer::Fault::redirect(to));
        AdminApiClient client;
        const auto a = sendNow(client, endpoint(),
                               call(ActionKind::RevokeUserTokens, QStringLiteral("usr_1")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Failed);
        QCOMPARE(a->httpStatus, 307);
        QVERIFY2(a->message.contains(QLatin1String("redirect")) &&
                     a->message.contains(QLatin1String("localhost")),
                 qPrintable(a->message));
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(elsewhere.connections(), 0); // the token went nowhere else
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void plainHttpOnlyToLoopback()
    {
        HttpsAdminServer plain;
        plain.setToken(Token);
        QVERIFY(plain.listenPlain().ok());
        ActionSettings s;
        s.backend = Backend::Api;
        s.apiBaseUrl = plain.baseUrl().toString();
        auto e = ApiEndpoint::from(s);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
        AdminApiClient client;
        QVERIFY(sendNow(client, e.value(), call(ActionKind::SuspendUser, QStringLiteral("usr_1")))
                    ->outcome == ApiAttempt::Outcome::Succeeded);
        s.apiBaseUrl = QStringLiteral("http://198.51.100.7:%1").arg(plain.port());
        QVERIFY(!ApiEndpoint::from(s).ok());
    }

    void unreachableIsRetriedWithoutEffect()
    {
        ApiEndpoint e = endpoint();
        const quint16 port = m_server->port();
        m_server.reset(); // nobody listens there now
        e.baseUrl.setPort(port);
        AdminApiClient client;
        const auto a = sendNow(client, e, call(ActionKind::SuspendUser, QStringLiteral("usr_1")));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Retry);
        QVERIFY(!a->mayHaveActed);
        QVERIFY2(a->message.contains(QLatin1String("Could not connect")), qPrintable(a->message));
        init();
    }
};

QTEST_GUILESS_MAIN(TestAdminApiClient)
#include "tst_adminapiclient.moc"
