// The admin API client against a hostile HTTPS server on 127.0.0.1: one
// with a valid certificate that also sends the pinned certificate as an
// extra (the pin must be on the verified chain: refused, nothing sent), one
// that drips its answer a byte at a time (the attempt ends at its deadline,
// not when the server pleases), one that sends an endless body (not
// buffered), and http:// to a name that is not a loopback address.
#include "HttpsAdminServer.h"
#include "TestPki.h"
#include "models/actions/ActionPreview.h"
#include "models/actions/AdminApiClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {
const QByteArray Token = QByteArrayLiteral("s3cret-t0ken.ABC");
}

class TestAdminApiSecurity : public QObject
{
    Q_OBJECT
private:
    TlsIdentity m_id;
    TlsIdentity m_other; // another CA's leaf: the pinned key an attacker got hold of
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

    ApiCall call()
    {
        ActionRecord a;
        a.id = QStringLiteral("key-%1").arg(++m_n);
        a.kind = ActionKind::RevokeUserTokens;
        a.target = QStringLiteral("usr_1");
        a.reason = QStringLiteral("Token seen from a Tor exit node");
        ApiCall c;
        c.path = ActionText::apiPath(a.kind, a.target);
        c.body = ActionText::apiBody(a, QStringLiteral("INC-2026-002"), QStringLiteral("alex"));
        c.idempotencyKey = a.id;
        c.requestId = a.id + QStringLiteral(".1");
        return c;
    }

    static std::optional<ApiAttempt> sendNow(AdminApiClient &client, const ApiEndpoint &e,
                                             const ApiCall &c, int waitMs = 30000)
    {
        std::optional<ApiAttempt> out;
        client.send(e, c, QString::fromLatin1(Token), [&out](const ApiAttempt &a) { out = a; });
        QElapsedTimer t;
        t.start();
        while (!out && t.elapsed() < waitMs)
            QTest::qWait(5);
        return out;
    }

private slots:
    void initTestCase()
    {
        auto id = TestPki::makeServerIdentity(QStringLiteral("Test Admin CA"));
        QVERIFY(id.ok());
        m_id = id.value();
        auto other = TestPki::makeServerIdentity(QStringLiteral("Someone Else's CA"));
        QVERIFY(other.ok());
        m_other = other.value();
    }

    void init()
    {
        m_server = std::make_unique<HttpsAdminServer>();
        m_server->setToken(Token);
        QVERIFY(m_server->listen(m_id).ok());
    }

    void pinSentAsAnExtraIsRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("the pinned leaf as an extra") << 0;
        QTest::newRow("the pinned CA as an extra") << 1;
    }
    void pinSentAsAnExtraIsRefused()
    {
        QFETCH(int, which);
        const QSslCertificate pinned = which == 0 ? m_other.certificate : m_other.ca;
        m_server->setExtraChainCertificates({pinned});
        AdminApiClient client;
        ApiEndpoint e = endpoint();
        e.pin = AdminApiClient::publicKeyPin(pinned);
        const auto a = sendNow(client, e, call());
        QVERIFY(a);
        QVERIFY(a->outcome == ApiAttempt::Outcome::Failed);
        QVERIFY(!a->mayHaveActed);
        QVERIFY2(a->message.contains(QLatin1String("does not match the pin")),
                 qPrintable(a->message));
        // It connected and saw the certificates (the message names the pin;
        // the handshake ends on the client's side, so the server never counts
        // it complete)...
        QVERIFY(m_server->connections() >= 1);
        QTest::qWait(200);
        QCOMPARE(m_server->bytesReceived(), qint64(0)); // ...and sent not one byte
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(m_server->effects().isEmpty());
    }

    // What was verified still matches: the leaf's key, or its CA's.
    void pinOnTheVerifiedChainPasses()
    {
        m_server->setExtraChainCertificates({m_other.certificate});
        AdminApiClient client;
        ApiEndpoint e = endpoint();
        e.pin = m_id.pin;
        QVERIFY(sendNow(client, e, call())->outcome == ApiAttempt::Outcome::Succeeded);
        e.pin = AdminApiClient::publicKeyPin(m_id.ca);
        QVERIFY(sendNow(client, e, call())->outcome == ApiAttempt::Outcome::Succeeded);
        const QList<QByteArray> pins = AdminApiClient::verifiedChainPins(
            m_id.certificate, {m_id.certificate, m_other.certificate, m_id.ca}, {m_id.ca});
        QCOMPARE(pins.size(), 2);
        QVERIFY(pins.contains(m_id.pin));
        QVERIFY(!pins.contains(AdminApiClient::publicKeyPin(m_other.certificate)));
        QVERIFY(AdminApiClient::verifiedChainPins(m_other.certificate, {}, {m_id.ca}).isEmpty());
    }

    // A server that answers a byte every 100 ms never goes silent long
    // enough for a transfer timeout: the attempt's own deadline ends it.
    void drippingAnswerEndsAtTheDeadline()
    {
        m_server->queueFault(HttpsAdminServer::Fault::drip(100'000, 100));
        AdminApiClient client;
        QElapsedTimer t;
        t.start();
        const auto a = sendNow(client, endpoint(2000), call(), 20000);
        const qint64 took = t.elapsed();
        QVERIFY2(a.has_value(), "the attempt was still running after 20 s");
        QVERIFY2(took < 6000, qPrintable(QString::number(took)));
        QVERIFY(a->outcome == ApiAttempt::Outcome::Retry);
        QVERIFY(a->mayHaveActed);
        QVERIFY2(a->message.contains(QLatin1String("within 2 s")), qPrintable(a->message));
    }

    // An endless body is not buffered whole: reading stops at the cap.
    void endlessBodyIsNotBuffered()
    {
        const qint64 huge = qint64(256) << 20;
        m_server->queueFault(HttpsAdminServer::Fault::hugeBody(huge));
        AdminApiClient client;
        const auto a = sendNow(client, endpoint(20000), call(), 25000);
        QVERIFY(a.has_value());
        QVERIFY2(a->message.contains(QLatin1String("larger than")), qPrintable(a->message));
        // The client no longer takes the body: what the server could write
        // stops growing, far short of the whole.
        QTest::qWait(1000);
        const qint64 sent = m_server->bodyBytesSent();
        QTest::qWait(1000);
        QCOMPARE(m_server->bodyBytesSent(), sent);
        QVERIFY2(sent < huge / 4, qPrintable(QString::number(sent)));
    }

    void httpOnlyToLiteralLoopbackAddresses()
    {
        ActionSettings s;
        s.backend = Backend::Api;
        s.apiBaseUrl = QStringLiteral("http://localhost:%1").arg(m_server->port());
        const auto e = ApiEndpoint::from(s);
        QVERIFY(!e.ok());
        QVERIFY2(e.error().message.contains(QLatin1String("Nothing was sent")),
                 qPrintable(e.error().message));
        for (const char *ok : {"http://127.0.0.1:9", "http://127.1.2.3:9", "http://[::1]:9"}) {
            s.apiBaseUrl = QString::fromLatin1(ok);
            QVERIFY2(ApiEndpoint::from(s).ok(), ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestAdminApiSecurity)
#include "tst_adminapisecurity.moc"
