#include "HttpsAdminServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <memory>

namespace ic::test {

class HttpsAdminServer::Listener : public QTcpServer
{
public:
    explicit Listener(HttpsAdminServer *owner) : m_owner(owner) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->accept(descriptor); }

private:
    HttpsAdminServer *m_owner;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

HttpsAdminServer::HttpsAdminServer(QObject *parent)
    : QObject(parent), m_listener(std::make_unique<Listener>(this))
{}

HttpsAdminServer::~HttpsAdminServer() = default;

Result<void> HttpsAdminServer::listen(const TlsIdentity &identity, const QHostAddress &address)
{
    m_tls = true;
    m_identity = identity;
    if (!m_listener->listen(address, 0))
        return Error::make(Error::Kind::General, QStringLiteral("Test admin API cannot listen: ") +
                                                     m_listener->errorString());
    return success();
}

Result<void> HttpsAdminServer::listenPlain(const QHostAddress &address)
{
    m_tls = false;
    if (!m_listener->listen(address, 0))
        return Error::make(Error::Kind::General, QStringLiteral("Test admin API cannot listen: ") +
                                                     m_listener->errorString());
    return success();
}

void HttpsAdminServer::setIdentity(const TlsIdentity &identity)
{
    m_identity = identity;
}

quint16 HttpsAdminServer::port() const
{
    return m_listener->serverPort();
}

QUrl HttpsAdminServer::baseUrl() const
{
    return baseUrlFor(m_listener->serverAddress().toString());
}

QUrl HttpsAdminServer::baseUrlFor(const QString &host) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(host);
    u.setPort(port());
    return u;
}

void HttpsAdminServer::accept(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    const int id = ++m_connections;
    m_connectionIds.insert(socket, id);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        m_connectionIds.remove(socket);
        socket->deleteLater();
    });
    if (!m_tls)
        return;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(m_identity.certificate);
    conf.setLocalCertificateChain(QList<QSslCertificate>{m_identity.certificate, m_identity.ca} +
                                  m_extra);
    conf.setPrivateKey(m_identity.privateKey);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
    // A client that refuses our certificate closes the connection; that is all.
    connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->disconnectFromHost(); });
    socket->startServerEncryption();
}

void HttpsAdminServer::readFrom(QTcpSocket *socket)
{
    const QByteArray chunk = socket->readAll();
    m_bytes += chunk.size();
    QByteArray &buffer = m_buffers[socket];
    buffer += chunk;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request r;
        r.connection = m_connectionIds.value(socket);
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        r.method = start.value(0);
        r.path = start.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        r.body = buffer.mid(end + 4, length);
        r.receivedMs = QDateTime::currentMSecsSinceEpoch();
        buffer.remove(0, end + 4 + length);
        m_requests << r;
        emit requestReceived(r);
        handle(socket, r);
        if (!m_connectionIds.contains(socket))
            return; // closed by a fault
    }
}

bool HttpsAdminServer::applyEffect(const Request &r, Stored &stored)
{
    static const QRegularExpression route(QStringLiteral(
        "^/admin/(?:(users)/([^/]+)/(revoke-all-tokens|logout-all|suspend|revoke-all-access)|"
        "(tenants)/([^/]+)/(suspend|revoke-all-tokens|restore)|(api-keys)/([^/]+)/(revoke)|"
        "(blocked-ips))$"));
    const auto m = route.match(QString::fromLatin1(r.path));
    stored.requestId = "srv-" + QByteArray::number(m_nextRequestId++);
    if (!m.hasMatch()) {
        stored.status = 404;
        stored.response = errorBody(QStringLiteral("no such endpoint"));
        return false;
    }
    QString subject;
    for (int g : {2, 5, 8}) {
        if (!m.captured(g).isEmpty())
            subject = QUrl::fromPercentEncoding(m.captured(g).toLatin1());
    }
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (body.value(QLatin1String("reason")).toString().isEmpty() ||
        (!m.captured(10).isEmpty() && body.value(QLatin1String("ip")).toString().isEmpty())) {
        stored.status = 400;
        stored.response = errorBody(QStringLiteral("reason (and ip) required"));
        return false;
    }
    if (m_unknown.contains(subject)) {
        stored.status = 404;
        stored.response = errorBody(QStringLiteral("unknown subject %1").arg(subject));
        return false;
    }
    const QString what = m.captured(3) + m.captured(6);
    const bool bulk = what == QLatin1String("revoke-all-tokens") ||
                      what == QLatin1String("logout-all") ||
                      what == QLatin1String("revoke-all-access");
    m_effects << Effect{r.header("idempotency-key"), r.method, r.path, r.body};
    stored.status = 200;
    stored.response = QJsonDocument(QJsonObject{{QStringLiteral("affected"), bulk ? 3 : 1},
                                                {QStringLiteral("request_id"),
                                                 QString::fromLatin1(stored.requestId)}})
                          .toJson(QJsonDocument::Compact);
    return true;
}

HttpsAdminServer::Stored HttpsAdminServer::normalAnswer(const Request &r, bool *replayed)
{
    const QByteArray key = r.header("idempotency-key");
    *replayed = false;
    if (const auto it = m_idempotency.constFind(key); it != m_idempotency.constEnd()) {
        if (it->body != r.body) {
            Stored refused;
            refused.status = 422;
            refused.response =
                errorBody(QStringLiteral("Idempotency-Key reused with another body"));
            return refused;
        }
        *replayed = true;
        return it.value();
    }
    Stored s;
    s.body = r.body;
    applyEffect(r, s);
    if (s.status < 500)
        m_idempotency.insert(key, s);
    return s;
}

void HttpsAdminServer::handle(QTcpSocket *socket, const Request &r)
{
    if (r.method != "POST") {
        answer(socket, 405, errorBody(QStringLiteral("POST only")));
        return;
    }
    if (m_token.isEmpty() || r.header("authorization") != "Bearer " + m_token) {
        answer(socket, 401, errorBody(QStringLiteral("bad token")));
        return;
    }
    if (!r.header("content-type").startsWith("application/json")) {
        answer(socket, 415, errorBody(QStringLiteral("JSON only")));
        return;
    }
    const QByteArray key = r.header("idempotency-key");
    if (key.isEmpty()) {
        answer(socket, 400, errorBody(QStringLiteral("Idempotency-Key required")));
        return;
    }
    auto headersOf = [](const Stored &s, bool replayed) {
        QList<std::pair<QByteArray, QByteArray>> h{{"X-Request-Id", s.requestId}};
        if (replayed)
            h << std::pair{QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")};
        return h;
    };
    if (!m_faults.isEmpty()) {
        const Fault f = m_faults.takeFirst();
        switch (f.kind) {
        case Fault::Kind::Status: {
            bool replayed = false;
            if (f.applyEffect)
                normalAnswer(r, &replayed);
            QList<std::pair<QByteArray, QByteArray>> h;
            if (!f.retryAfter.isEmpty())
                h << std::pair{QByteArrayLiteral("Retry-After"), f.retryAfter};
            answer(socket, f.status, errorBody(QStringLiteral("injected fault")), h);
            return;
        }
        case Fault::Kind::CloseAfterRequest: {
            bool replayed = false;
            if (f.applyEffect)
                normalAnswer(r, &replayed);
            m_buffers.remove(socket);
            m_connectionIds.remove(socket);
            socket->abort();
            socket->deleteLater();
            return;
        }
        case Fault::Kind::Redirect: {
            QUrl to = f.location;
            to.setPath(QString::fromLatin1(r.path));
            answer(socket, 307, errorBody(QStringLiteral("moved")), {{"Location", to.toEncoded()}});
            return;
        }
        case Fault::Kind::Drip:
        case Fault::Kind::HugeBody: {
            bool replayed = false;
            (void)normalAnswer(r, &replayed);
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(f.bytes) + "\r\n\r\n";
            socket->write(head);
            QPointer<QTcpSocket> guard(socket);
            auto left = std::make_shared<qint64>(f.bytes);
            if (f.kind == Fault::Kind::Drip) {
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [this, guard, left, timer] {
                    if (!guard || guard->state() != QAbstractSocket::ConnectedState || *left <= 0) {
                        timer->stop();
                        return;
                    }
                    guard->write(" ");
                    ++m_bodySent;
                    --*left;
                });
                timer->start(f.delayMs);
            } else {
                // Only as fast as the client takes it: bytes waiting to be
                // encrypted and encrypted bytes waiting for the network both
                // count, so what was written is what the client could read.
                auto more = [this, guard, left] {
                    if (!guard || guard->state() != QAbstractSocket::ConnectedState || *left <= 0)
                        return;
                    const auto *tls = qobject_cast<const QSslSocket *>(guard.data());
                    if (guard->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0) >
                        (1 << 20))
                        return;
                    const qint64 n = qMin<qint64>(*left, 256 * 1024);
                    guard->write(QByteArray(int(n), 'x'));
                    m_bodySent += n;
                    *left -= n;
                };
                auto *ssl = qobject_cast<QSslSocket *>(socket);
                if (ssl)
                    connect(ssl, &QSslSocket::encryptedBytesWritten, socket, more);
                connect(socket, &QTcpSocket::bytesWritten, socket, more);
                more();
            }
            return;
        }
        case Fault::Kind::Delay: {
            bool replayed = false;
            const Stored s = normalAnswer(r, &replayed);
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(f.delayMs, this, [this, guard, s, replayed, headersOf] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    answer(guard, s.status, s.response, headersOf(s, replayed));
            });
            return;
        }
        }
    }
    bool replayed = false;
    const Stored s = normalAnswer(r, &replayed);
    answer(socket, s.status, s.response, headersOf(s, replayed));
}

void HttpsAdminServer::answer(QTcpSocket *socket, int status, const QByteArray &body,
                              const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}

} // namespace ic::test
