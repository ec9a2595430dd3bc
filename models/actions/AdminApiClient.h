#pragma once

#include "models/actions/ActionSettings.h"
#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ic {

// Where and how to reach the admin API, checked: https (or http to a
// literal loopback address), trusted CAs, the public-key pin, and the time
// one attempt may take from start to the last byte of the answer.
struct ApiEndpoint
{
    QUrl baseUrl;
    QList<QSslCertificate> caCertificates; // empty: the system's
    QByteArray pin;                        // SHA-256 of a SubjectPublicKeyInfo, or empty
    int timeoutMs = 30'000;

    static Result<ApiEndpoint> from(const ActionSettings &settings);
    QUrl urlFor(const QString &path) const;
    QByteArray fingerprint() const; // changes whenever anything here changes
};

// One request to send: the same method, path, body and Idempotency-Key on
// every attempt of an action.
struct ApiCall
{
    QByteArray method = QByteArrayLiteral("POST");
    QString path;
    QByteArray body;
    QString idempotencyKey;
    QString requestId; // X-Request-Id of this attempt
};

// What one attempt came to.
struct ApiAttempt
{
    enum class Outcome {
        Succeeded, // 2xx
        Retry,     // worth another attempt: connection error, timeout, 408, 429, 5xx
        Failed,    // definitely not done: refused (4xx), redirect, TLS or pin failure
        Unknown,   // may or may not have happened, and retrying now would not tell
    };
    Outcome outcome = Outcome::Failed;
    bool mayHaveActed = false; // the request may have reached the platform
    int httpStatus = 0;
    QString requestId; // the server's, else ours
    int affected = -1;
    qint64 retryAfterMs = -1; // from Retry-After, if given
    bool replayed = false;    // the server answered from its idempotency store
    QString message;          // for people: what happened, what to do
};

// Sends admin API requests with QNetworkAccessManager: TLS verification
// always on, an optional private CA and SHA-256 public-key pin (matched on
// the verified chain) checked before any request byte is sent, redirects
// never followed, HTTP/1.1 only, no cookies, no cache, the answer's body
// capped (MaxResponseBytes) and each attempt ended at its deadline (a server
// that drips bytes cannot hold an action past its lease). The UI thread
// never waits: answers come by callback.
class AdminApiClient : public QObject
{
    Q_OBJECT
public:
    explicit AdminApiClient(QObject *parent = nullptr);
    ~AdminApiClient() override;

    void send(const ApiEndpoint &endpoint, const ApiCall &call, const QString &token,
              std::function<void(const ApiAttempt &)> done);
    // Stops every request (closing the workspace): each answers Unknown.
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

    // The pin of a certificate: SHA-256 of its DER SubjectPublicKeyInfo.
    static QByteArray publicKeyPin(const QSslCertificate &certificate);
    // The pins of the chain OpenSSL builds from `leaf` to a trusted CA
    // (`trusted`, or the system's when empty), using the certificates the
    // server sent only as candidates: a certificate sent as an extra that is
    // not on that chain is not in the answer. Empty when no chain verifies.
    static QList<QByteArray> verifiedChainPins(const QSslCertificate &leaf,
                                               const QList<QSslCertificate> &sent,
                                               const QList<QSslCertificate> &trusted);
    // The most of an answer's body that is read; a longer one stops the
    // transfer (the status still counts).
    static constexpr qint64 MaxResponseBytes = 1 << 20;

private:
    QNetworkAccessManager *m_nam;
    QByteArray m_fingerprint;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace ic
