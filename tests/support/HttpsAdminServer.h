#pragma once

#include "TestPki.h"
#include "models/core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace ic::test {

// A real admin API for tests: HTTPS (or plain HTTP) on a loopback port with
// a certificate the test generated, implementing the endpoints of
// docs/admin-api.md. It records every request and the raw bytes received,
// honours Idempotency-Key (one effect per key; a repeat gets the stored
// answer with Idempotent-Replayed: true; another body with the same key gets
// 422), checks the bearer token, and injects faults on demand.
//
// Hand-written HTTP/1.1 on QSslSocket rather than Qt HttpServer: the faults
// need control Qt HttpServer 6.4 does not give (answer later without
// blocking, drop the connection after reading, count bytes before parsing).
class HttpsAdminServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        int connection = 0;
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedMs = 0; // wall clock, for checking waits between attempts
        QByteArray header(const char *name) const
        {
            return headers.value(QByteArray(name).toLower());
        }
    };

    // What the next request gets instead of the normal answer (even a
    // repeat of a key already answered). Faults are used up in order, one
    // per request.
    struct Fault
    {
        enum class Kind {
            Status,            // answer `status` (500, 429 with Retry-After, 503...)
            Delay,             // answer normally (act or replay), but after `delayMs`
            CloseAfterRequest, // read the request, then close without answering
            Redirect,          // answer 307 with Location: `location` + the path
            Drip,     // act, then answer 200 with a body of `bytes`, one byte every `delayMs`
            HugeBody, // act, then answer 200 with a body of `bytes` (junk), as fast as it goes
        };
        Kind kind = Kind::Status;
        int status = 500;
        int delayMs = 0;
        QByteArray retryAfter;
        QUrl location;
        bool applyEffect = false; // Status/CloseAfterRequest: act before failing
        qint64 bytes = 0;         // Drip, HugeBody: the body's length

        static Fault error(int status, QByteArray retryAfter = {}, bool applyEffect = false)
        {
            Fault f;
            f.status = status;
            f.retryAfter = std::move(retryAfter);
            f.applyEffect = applyEffect;
            return f;
        }
        static Fault delay(int ms)
        {
            Fault f;
            f.kind = Kind::Delay;
            f.delayMs = ms;
            return f;
        }
        static Fault closeAfterRequest(bool applyEffect)
        {
            Fault f;
            f.kind = Kind::CloseAfterRequest;
            f.applyEffect = applyEffect;
            return f;
        }
        static Fault redirect(QUrl to)
        {
            Fault f;
            f.kind = Kind::Redirect;
            f.location = std::move(to);
            return f;
        }
        static Fault drip(qint64 bytes, int everyMs)
        {
            Fault f;
            f.kind = Kind::Drip;
            f.bytes = bytes;
            f.delayMs = everyMs;
            return f;
        }
        static Fault hugeBody(qint64 bytes)
        {
            Fault f;
            f.kind = Kind::HugeBody;
            f.bytes = bytes;
            return f;
        }
    };

    // One change the platform made: once per Idempotency-Key.
    struct Effect
    {
        QByteArray idempotencyKey;
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };

    explicit HttpsAdminServer(QObject *parent = nullptr);
    ~HttpsAdminServer() override;

    // HTTPS with `identity` on a free port of `address`.
    Result<void> listen(const TlsIdentity &identity,
                        const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // Plain HTTP (for the loopback-only http:// rule).
    Result<void> listenPlain(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // New connections present this identity from now on ("wrong certificate").
    void setIdentity(const TlsIdentity &identity);
    // Certificates sent after the identity's own chain (a server that also
    // sends someone else's certificate, e.g. the pinned one).
    void setExtraChainCertificates(const QList<QSslCertificate> &extra) { m_extra = extra; }

    QUrl baseUrl() const;                       // https://127.0.0.1:PORT
    QUrl baseUrlFor(const QString &host) const; // same port, another host name
    quint16 port() const;

    void setToken(const QByteArray &token) { m_token = token; }
    void setUnknownSubjects(const QStringList &ids) { m_unknown = ids; }
    void queueFault(const Fault &fault) { m_faults << fault; }
    int faultsLeft() const { return int(m_faults.size()); }

    const QList<Request> &requests() const { return m_requests; }
    const QList<Effect> &effects() const { return m_effects; }
    int connections() const { return m_connections; }
    int handshakes() const { return m_handshakes; }
    qint64 bytesReceived() const { return m_bytes; }
    // Body bytes written by Drip and HugeBody answers.
    qint64 bodyBytesSent() const { return m_bodySent; }

signals:
    void requestReceived(const ic::test::HttpsAdminServer::Request &request);

private:
    class Listener;
    struct Stored
    {
        QByteArray body;
        int status = 200;
        QByteArray response;
        QByteArray requestId;
    };

    void accept(qintptr descriptor);
    void readFrom(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void answer(QTcpSocket *socket, int status, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    bool applyEffect(const Request &request, Stored &stored);
    // The normal answer: stored for a known key, else acted on and stored.
    Stored normalAnswer(const Request &request, bool *replayed);

    std::unique_ptr<Listener> m_listener;
    bool m_tls = true;
    TlsIdentity m_identity;
    QList<QSslCertificate> m_extra;
    qint64 m_bodySent = 0;
    QByteArray m_token;
    QStringList m_unknown;
    QList<Fault> m_faults;
    QList<Request> m_requests;
    QList<Effect> m_effects;
    QHash<QByteArray, Stored> m_idempotency;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_connectionIds;
    int m_connections = 0;
    int m_handshakes = 0;
    qint64 m_bytes = 0;
    int m_nextRequestId = 1;
};

} // namespace ic::test
