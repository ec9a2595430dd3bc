#include "models/record/MemberKeys.h"

#include "models/store/Database.h"
#include "models/team/TeamAccess.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ic::MemberKeys {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MemberKeys)
};

} // namespace

Result<QList<MemberKey>> all(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("SELECT fingerprint, login, public_key, registered_at, "
                                         "confirmed_by, confirmed_at, revoked_at FROM "
                                         "ic_member_keys ORDER BY registered_at, fingerprint"));
    if (!q)
        return q.error();
    QList<MemberKey> out;
    while (q->next()) {
        MemberKey k;
        k.fingerprint = q->value(0).toString();
        k.login = q->value(1).toString();
        k.key.raw = q->value(2).toByteArray();
        k.key.fingerprint = k.fingerprint;
        k.registeredAt = Db::readTime(q->value(3));
        k.confirmedBy = q->value(4).toString();
        k.confirmedAt = Db::readTime(q->value(5));
        k.revokedAt = Db::readTime(q->value(6));
        out.append(k);
    }
    return out;
}

Result<Checked> checked(QSqlDatabase &db)
{
    auto list = all(db);
    if (!list)
        return list.error();
    Checked c;
    for (const MemberKey &k : list.value()) {
        auto actual = PersonKey::fromRaw(k.key.raw);
        if (!actual || actual->fingerprint != k.fingerprint) {
            c.problems << Tr::tr("The registered key %1 of %2 is not the key its fingerprint "
                                 "names (the row was edited).")
                              .arg(k.fingerprint, k.login);
            continue;
        }
        c.keys.insert(k.fingerprint, k);
    }
    return c;
}

Result<QString> registerOwn(QSqlDatabase &db, const PublicKey &key, const QString &login,
                            const QDateTime &nowUtc)
{
    if (!key.isValid())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("A signing key is 32 bytes; nothing was registered."));
    if (Db::isPostgres(db)) {
        auto q = Team::exec(db, QStringLiteral("SELECT ic_register_key(?)"), {key.raw});
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toString() : QString();
    }
    auto r = Db::exec(db,
                      QStringLiteral("INSERT INTO ic_member_keys (fingerprint, login, public_key, "
                                     "registered_at, confirmed_by, confirmed_at) VALUES (?, ?, ?, "
                                     "?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING"),
                      {key.fingerprint, login, key.raw, Db::bindTime(db, nowUtc), login,
                       Db::bindTime(db, nowUtc)});
    if (!r)
        return r.error();
    return key.fingerprint;
}

} // namespace ic::MemberKeys
