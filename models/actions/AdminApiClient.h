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

// Where and how to reach the admin API, checked: https (or http to
// loopback), trusted CAs, the public-key pin, the transfer timeout.
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
// always on, an optional private CA and SHA-256 public-key pin checked
// before any request byte is sent, redirects never followed, HTTP/1.1 only,
// no cookies, no cache. The UI thread never waits: answers come by callback.
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

private:
    QNetworkAccessManager *m_nam;
    QByteArray m_fingerprint;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace ic
