#pragma once

// A connection that records as the app does since every event is signed
// (docs/record.md "Signed events only"): a fresh Ed25519 key, registered
// for `login` (SQLite: self-confirmed; PostgreSQL: the server names the
// login), signing every event appended on the connection.

#include "models/evidence/Signing.h"
#include "models/record/MemberKeys.h"
#include "models/record/PersonKey.h"
#include "models/timeline/EventLog.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>

namespace ic::test {

inline std::shared_ptr<const Ed25519Signer> signConnection(QSqlDatabase db, const QString &login)
{
    auto pair = Signing::generateEd25519();
    if (!pair)
        return nullptr;
    auto signer = Ed25519Signer::fromPem(pair->privatePem);
    if (!signer)
        return nullptr;
    std::shared_ptr<const Ed25519Signer> key(std::move(signer.value()));
    if (!MemberKeys::registerOwn(db, key->publicKey(), login, QDateTime::currentDateTimeUtc()))
        return nullptr;
    EventLog::setSigner(db.connectionName(), key);
    return key;
}

} // namespace ic::test
