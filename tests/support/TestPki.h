#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace ic::test {

// A server's TLS identity made for one test run: a fresh CA and a leaf
// certificate it signed, with the leaf key's SHA-256 public-key pin.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QSslCertificate ca;
    QByteArray caPem;
    QByteArray pin; // SHA-256 of the leaf's DER SubjectPublicKeyInfo (computed from the key)
};

// Generates test certificates with OpenSSL (P-256 keys, SHA-256
// signatures): nothing is read from or written to disk.
namespace TestPki {

// A new CA named `caName` and a server certificate valid for `dnsNames` and
// `addresses` (default: localhost and 127.0.0.1), valid from an hour ago
// for a day.
Result<TlsIdentity> makeServerIdentity(const QString &caName,
                                       const QStringList &dnsNames = {QStringLiteral("localhost")},
                                       const QList<QHostAddress> &addresses = {
                                           QHostAddress(QHostAddress::LocalHost)});

} // namespace TestPki
} // namespace ic::test
