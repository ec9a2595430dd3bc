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

// Verifies many signatures by one key. Safe to use from several threads at
// once (it holds only the key's bytes).
//
// Verification is libsodium's (crypto_sign_verify_detached): on our CI
// machines it checks about 22,000 signatures a second on one core against
// OpenSSL 3.0's 13,000, and verify-record spends nearly all its time here.
// It is also the stricter of the two (it refuses small-order keys and R
// values and non-canonical keys, which no honest signer makes), so every
// signature OpenSSL makes for an honest key verifies, and nothing OpenSSL
// would refuse is accepted. Signing and key handling stay with OpenSSL.
class Ed25519Verifier
{
public:
    explicit Ed25519Verifier(const PublicKey &key);

    bool isValid() const { return m_valid; }
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    unsigned char m_key[32] = {};
    bool m_valid = false;
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
