#include "models/actions/AdminApiClient.h"

#include "models/actions/ActionsLogging.h"
#include "models/actions/ApiResponse.h"
#include "models/actions/RetryPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

// Per request: what we did to it ourselves, so a cancel can be told apart
// from a transfer timeout (Qt reports both as OperationCanceledError).
struct ReplyState
{
    bool pinMismatch = false;
    bool abortedByUs = false;
    bool tooLarge = false;     // the body passed MaxResponseBytes: stopped reading
    bool pastDeadline = false; // the attempt's overall deadline passed
    QStringList sslErrors;
};

X509 *toX509(const QSslCertificate &c)
{
    const QByteArray der = c.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

ApiAttempt byStatus(int status, const QByteArray &location, const ApiResponse &body,
                    const QByteArray &retryAfter)
{
    ApiAttempt a;
    a.httpStatus = status;
    a.affected = body.affected;
    const QString server =
        body.message.isEmpty() ? QString() : QStringLiteral(" «%1»").arg(body.message);
    if (status >= 200 && status < 300) {
        a.outcome = ApiAttempt::Outcome::Succeeded;
        a.mayHaveActed = true;
        a.message = status == 202 ? Tr::tr("Accepted by the admin API (HTTP 202); the platform "
                                           "completes it.")
                                  : Tr::tr("Done by the admin API (HTTP %1).").arg(status);
        return a;
    }
    if (status >= 300 && status < 400) {
        const QUrl to = QUrl::fromEncoded(location.left(2048));
        a.outcome = ApiAttempt::Outcome::Failed;
        a.message = Tr::tr("The admin API answered with a redirect (HTTP %1) to %2. Redirects are "
                           "not followed, so the request and its token were not sent there, "
                           "and nothing was done. Check the admin API address in the settings.")
                        .arg(status)
                        .arg(to.isValid() && !to.host().isEmpty()
                                 ? ApiResponse::safeText(
                                       to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), 200)
                                 : Tr::tr("an unnamed place"));
        return a;
    }
    if (status == 408 || status == 429) {
        a.outcome = ApiAttempt::Outcome::Retry;
        const auto wait = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
        a.retryAfterMs = wait ? *wait : -1;
        a.message = status == 429
                        ? Tr::tr("The admin API is rate-limiting (HTTP 429)%1.").arg(server)
                        : Tr::tr("The admin API timed out reading the request (HTTP "
                                 "408)%1.")
                              .arg(server);
        return a;
    }
    if (status == 409) {
        a.outcome = ApiAttempt::Outcome::Unknown;
        a.mayHaveActed = true;
        a.message = Tr::tr("The admin API is still working on an earlier attempt with the same "
                           "Idempotency-Key (HTTP 409)%1.")
                        .arg(server);
        return a;
    }
    if (status >= 400 && status < 500) {
        a.outcome = ApiAttempt::Outcome::Failed;
        switch (status) {
        case 401:
            a.message = Tr::tr("The admin API refused the token (HTTP 401)%1. Nothing was done. "
                               "Store a valid token in the action settings.")
                            .arg(server);
            break;
        case 403:
            a.message =
                Tr::tr("The token may not do this (HTTP 403)%1. Nothing was done.").arg(server);
            break;
        case 404:
            a.message = Tr::tr("The admin API does not know this subject or endpoint (HTTP "
                               "404)%1. Nothing was done; check the id.")
                            .arg(server);
            break;
        case 422:
            a.message = Tr::tr("The admin API refused the request (HTTP 422)%1. Nothing was "
                               "done.")
                            .arg(server);
            break;
        default:
            a.message = Tr::tr("The admin API refused the request (HTTP %1)%2. Nothing was done.")
                            .arg(status)
                            .arg(server);
        }
        return a;
    }
    a.outcome = ApiAttempt::Outcome::Retry;
    // 503 says "not processed"; other server errors may come after the change.
    a.mayHaveActed = status != 503;
    const auto wait = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    a.retryAfterMs = wait ? *wait : -1;
    a.message = Tr::tr("The admin API had an internal error (HTTP %1)%2.").arg(status).arg(server);
    return a;
}

ApiAttempt byNetworkError(QNetworkReply::NetworkError error, const ReplyState &state,
                          const QString &errorString, const QUrl &url, int timeoutMs)
{
    ApiAttempt a;
    const QString host = url.host();
    if (state.pinMismatch) {
        a.outcome = ApiAttempt::Outcome::Failed;
        a.message = Tr::tr("%1 presented a public key that does not match the pin in the "
                           "settings. The connection was closed before the request was sent, "
                           "so nothing was done. If the server's key changed on purpose, "
                           "update the pin.")
                        .arg(host);
        return a;
    }
    if (state.pastDeadline) {
        a.outcome = ApiAttempt::Outcome::Retry;
        a.mayHaveActed = true;
        a.message = Tr::tr("%1 did not finish answering within %2 s; the request may have been "
                           "carried out.")
                        .arg(host)
                        .arg((timeoutMs + 999) / 1000);
        return a;
    }
    if (state.tooLarge) {
        a.outcome = ApiAttempt::Outcome::Unknown;
        a.mayHaveActed = true;
        a.message = Tr::tr("%1 sent an answer larger than %2 KiB, so it was not read; the "
                           "request may have been carried out. Check on the platform, or resume "
                           "(the same Idempotency-Key cannot act twice).")
                        .arg(host)
                        .arg(AdminApiClient::MaxResponseBytes / 1024);
        return a;
    }
    if (state.abortedByUs) {
        a.outcome = ApiAttempt::Outcome::Unknown;
        a.mayHaveActed = true;
        a.message = Tr::tr("Stopped waiting for %1 because the workspace was closed.").arg(host);
        return a;
    }
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        // Nobody here cancelled it: the transfer timeout did.
        a.outcome = ApiAttempt::Outcome::Retry;
        a.mayHaveActed = true;
        a.message = Tr::tr("No answer from %1 within %2 s; the request may have been carried out.")
                        .arg(host)
                        .arg((timeoutMs + 999) / 1000);
        return a;
    case QNetworkReply::SslHandshakeFailedError:
        a.outcome = ApiAttempt::Outcome::Failed;
        a.message =
            Tr::tr("The TLS certificate of %1 could not be verified (%2). Nothing was "
                   "sent. If the admin API uses a private CA, add its certificate in "
                   "the settings.")
                .arg(host, state.sslErrors.isEmpty() ? errorString
                                                     : state.sslErrors.join(QStringLiteral("; ")));
        return a;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        a.outcome = ApiAttempt::Outcome::Retry;
        a.mayHaveActed = false;
        a.message = Tr::tr("Could not connect to %1 (%2).").arg(host, errorString);
        return a;
    default:
        // Closed or reset after the request may have been sent.
        a.outcome = ApiAttempt::Outcome::Retry;
        a.mayHaveActed = true;
        a.message = Tr::tr("The connection to %1 broke before an answer came (%2); the request "
                           "may have been carried out.")
                        .arg(host, errorString);
        return a;
    }
}

} // namespace

Result<ApiEndpoint> ApiEndpoint::from(const ActionSettings &settings)
{
    auto url = ActionSettings::checkBaseUrl(settings.apiBaseUrl);
    if (!url)
        return url.error();
    auto pin = ActionSettings::parsePin(settings.pin);
    if (!pin)
        return pin.error();
    auto ca = ActionSettings::parseCa(settings.caPem);
    if (!ca)
        return ca.error();
    if (!pin->isEmpty() && url->scheme() != QLatin1String("https")) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("A public-key pin needs an https:// address: over http:// there "
                                  "is no key to check. Nothing was sent."));
    }
    ApiEndpoint e;
    e.baseUrl = url.value();
    e.pin = pin.value();
    e.caCertificates = ca.value();
    e.timeoutMs = qBound(1, settings.timeoutSeconds, 600) * 1000;
    return e;
}

QUrl ApiEndpoint::urlFor(const QString &path) const
{
    QUrl u = baseUrl;
    u.setPath(baseUrl.path() + path, QUrl::StrictMode);
    return u;
}

QByteArray ApiEndpoint::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(baseUrl.toEncoded());
    h.addData(pin);
    for (const QSslCertificate &c : caCertificates)
        h.addData(c.toDer());
    return h.result();
}

AdminApiClient::AdminApiClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(false);
}

AdminApiClient::~AdminApiClient()
{
    abortAll();
}

QByteArray AdminApiClient::publicKeyPin(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x)
        return {};
    unsigned char *spki = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &spki);
    QByteArray digest;
    if (len > 0)
        digest = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(spki), len),
                                          QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    X509_free(x);
    return digest;
}

QList<QByteArray> AdminApiClient::verifiedChainPins(const QSslCertificate &leaf,
                                                    const QList<QSslCertificate> &sent,
                                                    const QList<QSslCertificate> &trusted)
{
    QList<QByteArray> pins;
    X509 *leafX = toX509(leaf);
    X509_STORE *store = X509_STORE_new();
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    if (leafX && store && untrusted && ctx) {
        if (trusted.isEmpty()) {
            X509_STORE_set_default_paths(store);
        } else {
            for (const QSslCertificate &c : trusted) {
                if (X509 *x = toX509(c)) {
                    X509_STORE_add_cert(store, x);
                    X509_free(x);
                }
            }
        }
        for (const QSslCertificate &c : sent) {
            if (X509 *x = toX509(c))
                sk_X509_push(untrusted, x); // freed with the stack
        }
        if (X509_STORE_CTX_init(ctx, store, leafX, untrusted) == 1) {
            X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER);
            if (X509_verify_cert(ctx) == 1) {
                STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx);
                for (int i = 0; i < sk_X509_num(chain); ++i) {
                    X509 *x = sk_X509_value(chain, i);
                    unsigned char *spki = nullptr;
                    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &spki);
                    if (len > 0)
                        pins << QCryptographicHash::hash(
                            QByteArrayView(reinterpret_cast<const char *>(spki), len),
                            QCryptographicHash::Sha256);
                    OPENSSL_free(spki);
                }
            }
        }
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    X509_free(leafX);
    return pins;
}

void AdminApiClient::send(const ApiEndpoint &endpoint, const ApiCall &call, const QString &token,
                          std::function<void(const ApiAttempt &)> done)
{
    // Connections made under other settings (another pin, another CA) are
    // not reused: their handshake was checked against those.
    const QByteArray fp = endpoint.fingerprint();
    if (fp != m_fingerprint) {
        m_nam->clearConnectionCache();
        m_fingerprint = fp;
    }
    const QUrl url = endpoint.urlFor(call.path);

    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!endpoint.caCertificates.isEmpty())
        tls.setCaCertificates(endpoint.caCertificates); // a private CA: trust only it
    request.setSslConfiguration(tls);
    request.setTransferTimeout(endpoint.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1: the request waits until encrypted() has been handled, so a pin
    // mismatch aborts before any byte of it is written.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Idempotency-Key", call.idempotencyKey.toLatin1());
    request.setRawHeader("X-Request-Id", call.requestId.toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "IncidentCommander/" IC_VERSION);

    auto state = std::make_shared<ReplyState>();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, call.method, call.body);
    m_replies << reply;
    qCDebug(lcActions) << "sending" << call.method << url.toString(QUrl::RemoveUserInfo) << "key"
                       << call.idempotencyKey;

    if (!endpoint.pin.isEmpty()) {
        const QByteArray pin = endpoint.pin;
        const QList<QSslCertificate> trusted = endpoint.caCertificates;
        connect(reply, &QNetworkReply::encrypted, this, [reply, state, pin, trusted] {
            // Called before the request is written; aborting here sends nothing.
            // The pin must be on the chain that was verified, not merely among
            // the certificates the server sent (it may send any as extras).
            const QSslConfiguration conf = reply->sslConfiguration();
            const QList<QByteArray> pins =
                verifiedChainPins(conf.peerCertificate(), conf.peerCertificateChain(), trusted);
            if (pins.contains(pin))
                return;
            qCWarning(lcActions) << "public-key pin mismatch for" << reply->url().host();
            state->pinMismatch = true;
            reply->abort();
        });
    }
    // The body is capped: a longer answer stops the transfer.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, state](qint64 received, qint64 total) {
                if (state->tooLarge || (received <= MaxResponseBytes && total <= MaxResponseBytes))
                    return;
                qCWarning(lcActions) << "answer too large from" << reply->url().host();
                state->tooLarge = true;
                reply->abort();
            });
    // One deadline for the whole attempt: the transfer timeout alone only
    // notices silence, and a server dripping a byte now and then is not silent.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        if (reply->isFinished())
            return;
        qCWarning(lcActions) << "attempt deadline passed for" << reply->url().host();
        state->pastDeadline = true;
        reply->abort();
    });
    deadline->start(endpoint.timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, this, [state](const QList<QSslError> &errors) {
        // Never ignored: collected for the message only.
        for (const QSslError &e : errors)
            state->sslErrors << e.errorString();
    });
    const int timeoutMs = endpoint.timeoutMs;
    const QString ourRequestId = call.requestId;
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, state, done = std::move(done), timeoutMs, ourRequestId] {
            reply->deleteLater();
            m_replies.removeAll(reply);
            state->abortedByUs = state->abortedByUs || reply->property("ic_abortedByUs").toBool();
            const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
            ApiAttempt a;
            if (status > 0 && !state->pinMismatch && !state->abortedByUs && !state->pastDeadline) {
                // An answer too large to read still has its status; the body
                // is not looked at then.
                const ApiResponse body = ApiResponse::parse(
                    state->tooLarge ? QByteArray() : reply->read(ApiResponse::MaxBodyBytes));
                a = byStatus(status, reply->rawHeader("Location"), body,
                             reply->rawHeader("Retry-After"));
                a.replayed = reply->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
                QString id = ApiResponse::safeId(reply->rawHeader("X-Request-Id"));
                if (id.isEmpty())
                    id = body.requestId;
                a.requestId = id.isEmpty() ? ourRequestId : id;
                if (state->tooLarge)
                    a.message += QLatin1Char(' ') +
                                 Tr::tr("Its answer was larger than %1 KiB and was not read.")
                                     .arg(MaxResponseBytes / 1024);
            } else {
                a = byNetworkError(reply->error(), *state, reply->errorString(), reply->url(),
                                   timeoutMs);
                a.requestId = ourRequestId;
            }
            qCDebug(lcActions) << "answer" << status << int(a.outcome);
            done(a);
        });
}

void AdminApiClient::abortAll()
{
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &r : replies) {
        if (!r)
            continue;
        // The finished handler reads this: our abort, not a transfer timeout.
        r->setProperty("ic_abortedByUs", true);
        r->abort();
    }
}

} // namespace ic
