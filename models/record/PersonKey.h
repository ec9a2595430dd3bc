#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace ic {

// A person's Ed25519 public key as the record uses it: the 32 raw bytes
// (RFC 8032) and its fingerprint. The private half lives only in the
// person's keychain (SigningKeyVault: made on first use, never in a file).
//
// Fingerprint format: "SHA256:" followed by 64 lowercase hex digits, the
// SHA-256 of the key's DER SubjectPublicKeyInfo (the same value
// `openssl pkey -pubin -outform DER | sha256sum` prints, and the one evidence
// bundles have always shown).
struct PublicKey
{
    QByteArray raw; // 32 bytes
    QString fingerprint;

    bool isValid() const { return raw.size() == 32; }
};

namespace PersonKey {

constexpr int RawSize = 32;
constexpr int SignatureSize = 64;

Result<PublicKey> fromPem(const QByteArray &publicPem);
Result<PublicKey> fromRaw(const QByteArray &raw);
// The public key of a PKCS#8 private key (as the keychain holds it).
Result<PublicKey> ofPrivate(const QByteArray &privatePem);
Result<QByteArray> toPem(const PublicKey &key);

// "SHA256:" + 64 lowercase hex digits, nothing else.
bool isFingerprint(const QString &text);

} // namespace PersonKey

// Verifies many signatures by one key without parsing it each time. Safe
// to use from several threads at once (each call has its own context).
class Ed25519Verifier
{
public:
    explicit Ed25519Verifier(const PublicKey &key);
    ~Ed25519Verifier();
    Ed25519Verifier(const Ed25519Verifier &) = delete;
    Ed25519Verifier &operator=(const Ed25519Verifier &) = delete;

    bool isValid() const { return m_key != nullptr; }
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    evp_pkey_st *m_key = nullptr;
};

// Signs many messages with one private key without parsing it each time.
class Ed25519Signer
{
public:
    static Result<std::unique_ptr<Ed25519Signer>> fromPem(const QByteArray &privatePem);
    ~Ed25519Signer();
    Ed25519Signer(const Ed25519Signer &) = delete;
    Ed25519Signer &operator=(const Ed25519Signer &) = delete;

    const PublicKey &publicKey() const { return m_public; }
    Result<QByteArray> sign(const QByteArray &message) const;

private:
    Ed25519Signer() = default;
    evp_pkey_st *m_key = nullptr;
    PublicKey m_public;
};

} // namespace ic
