#pragma once

#include "models/core/Result.h"
#include "models/record/PersonKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ic {

// Which person keys a verifier trusts, and when each was valid. A workspace
// exports it (members' confirmed keys, with rotation and revocation as
// valid_until); whoever checks a bundle or a record later passes it in.
//
//   {"format": "incident-commander-trusted-keys/1",
//    "workspace": "<workspace id>", "exported_at": "2026-11-22T10:00:00.000Z",
//    "keys": [{"fingerprint": "SHA256:<64 hex>", "person": "alex",
//              "public_key": "<base64 of the 32-byte Ed25519 key>",
//              "valid_from": "2026-01-01T00:00:00.000Z", "valid_until": null}]}
struct TrustedKey
{
    PublicKey key;
    QString person;
    QDateTime validFrom;  // invalid: since ever
    QDateTime validUntil; // invalid: still valid (revoked or rotated keys have one)

    bool validAt(const QDateTime &t) const;
};

class TrustList
{
public:
    static constexpr qsizetype MaxBytes = 4 << 20;
    static constexpr int MaxKeys = 10000;

    // Strict: the format line, every field's type, fingerprints that match
    // their keys, no duplicates, sizes above. Every refusal says why.
    static Result<TrustList> parse(const QByteArray &json);
    QByteArray toJson() const;

    void add(const TrustedKey &key);
    const TrustedKey *find(const QString &fingerprint) const;
    QList<PublicKey> publicKeys() const;
    const QList<TrustedKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

    QString workspaceId;
    QDateTime exportedAt;

private:
    QList<TrustedKey> m_keys;
};

} // namespace ic
