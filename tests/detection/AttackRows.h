#pragma once

// Appends one small, fresh instance of each attack a built-in rule looks
// for, with subjects the demo data never uses, and says which audit rows
// each rule must report.

#include "models/core/Result.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ic::test {

struct ExpectedAlert
{
    QString subject;
    QList<qint64> rowIds; // ascending
};

class AttackRows
{
public:
    AttackRows(QSqlDatabase db, QDateTime base) : m_db(std::move(db)), m_base(std::move(base)) {}

    // Rule id -> the one alert it must raise.
    Result<QHash<QString, ExpectedAlert>> append()
    {
        QHash<QString, ExpectedAlert> out;
        const QDateTime B = m_base;
        auto expect = [&](const QString &rule, const QString &subject, qint64 id) {
            ExpectedAlert &e = out[rule];
            e.subject = subject;
            e.rowIds << id;
        };
        auto add = [&](const QDateTime &at, const char *event, const QString &user,
                       const QString &tenant, const QString &key, const QString &ip,
                       const QString &query, const QJsonObject &metadata) -> Result<qint64> {
            return insert(at, QString::fromLatin1(event), user, tenant, key, ip, query, metadata);
        };
#define IC_ADD(var, ...)                                                                           \
    auto var = add(__VA_ARGS__);                                                                   \
    if (!var)                                                                                      \
        return var.error();

        const QString none;
        // Failed token validations: 25 in eight minutes.
        for (int i = 0; i < 25; ++i) {
            IC_ADD(id, B.addSecs(i * 20), "token_validation_failed", QStringLiteral("usr_t_fv"),
                   QStringLiteral("ten_t"), none, none, none,
                   QJsonObject{{QStringLiteral("reason"), QStringLiteral("signature_mismatch")}});
            expect(QStringLiteral("failed-token-validations"), QStringLiteral("usr_t_fv"),
                   id.value());
        }
        // A session used after its logout (and once before, which is fine).
        if (auto s = exec(QStringLiteral("INSERT INTO sessions (id, user_id, tenant_id, ip, "
                                         "created_at, logged_out_at) VALUES ('ses_t_lo', "
                                         "'usr_t_lo', 'ten_t', '203.0.113.20', ?, ?)"),
                          {Db::bindTime(m_db, B.addSecs(-3600)), Db::bindTime(m_db, B)});
            !s)
            return s.error();
        const QJsonObject session{{QStringLiteral("session_id"), QStringLiteral("ses_t_lo")}};
        IC_ADD(before, B.addSecs(-1800), "api_request", QStringLiteral("usr_t_lo"),
               QStringLiteral("ten_t"), none, none, none, session);
        for (int i = 1; i <= 2; ++i) {
            IC_ADD(id, B.addSecs(i * 60), "api_request", QStringLiteral("usr_t_lo"),
                   QStringLiteral("ten_t"), none, none, none, session);
            expect(QStringLiteral("token-after-logout"), QStringLiteral("usr_t_lo"), id.value());
        }
        // A user with history, then a new address.
        IC_ADD(old, B.addDays(-10), "login", QStringLiteral("usr_t_ip"), QStringLiteral("ten_t"),
               none, QStringLiteral("198.51.100.1"), none, {});
        IC_ADD(fresh, B, "api_request", QStringLiteral("usr_t_ip"), QStringLiteral("ten_t"), none,
               QStringLiteral("198.51.100.2"), none, {});
        expect(QStringLiteral("token-new-ip"), QStringLiteral("usr_t_ip"), fresh.value());
        // A key with history, then a new address.
        IC_ADD(oldKey, B.addDays(-10), "api_request", none, QStringLiteral("ten_t"),
               QStringLiteral("key_t_hist"), QStringLiteral("198.51.100.3"), none, {});
        IC_ADD(freshKey, B, "api_request", none, QStringLiteral("ten_t"),
               QStringLiteral("key_t_hist"), QStringLiteral("198.51.100.4"), none, {});
        expect(QStringLiteral("api-key-new-ip"), QStringLiteral("key_t_hist"), freshKey.value());
        // One key from eight addresses in eight minutes.
        for (int i = 0; i < 8; ++i) {
            IC_ADD(id, B.addSecs(i * 60), "api_request", none, QStringLiteral("ten_t"),
                   QStringLiteral("key_t_leak"), QStringLiteral("198.51.100.%1").arg(10 + i), none,
                   {});
            expect(QStringLiteral("api-key-many-ips"), QStringLiteral("key_t_leak"), id.value());
        }
        // 300 queries of 4,000 bytes in 25 minutes.
        const QString wide = QStringLiteral("SELECT ") + QString(3993, QLatin1Char('x'));
        for (int i = 0; i < 300; ++i) {
            IC_ADD(id, B.addSecs(i * 5), "database_query", none, QStringLiteral("ten_t_exfil"),
                   none, none, wide, {});
            expect(QStringLiteral("large-query-volume"), QStringLiteral("ten_t_exfil"), id.value());
        }
        // Two RLS bypass attempts.
        for (int i = 0; i < 2; ++i) {
            IC_ADD(id, B.addSecs(i * 30), "database_query", QStringLiteral("usr_t_rls"),
                   QStringLiteral("ten_t"), none, none, QStringLiteral("SET row_security = off"),
                   QJsonObject{{QStringLiteral("rls_bypass_attempt"), true}});
            expect(QStringLiteral("rls-bypass"), QStringLiteral("usr_t_rls"), id.value());
        }
        // A user of one tenant reading another's.
        if (auto u = exec(QStringLiteral("INSERT INTO users (id, tenant_id, email) VALUES "
                                         "('usr_t_ct', 'ten_t_home', 'ct@example.test')"));
            !u)
            return u.error();
        for (int i = 0; i < 3; ++i) {
            IC_ADD(id, B.addSecs(i * 40), "database_query", QStringLiteral("usr_t_ct"),
                   QStringLiteral("ten_t_victim"), none, none, QStringLiteral("SELECT 1"), {});
            expect(QStringLiteral("cross-tenant-access"), QStringLiteral("usr_t_ct"), id.value());
        }
        // 320 requests from one address in under three minutes.
        for (int i = 0; i < 320; ++i) {
            IC_ADD(id, B.addMSecs(i * 500), "api_request", none, none, none,
                   QStringLiteral("203.0.113.9"), none, {});
            expect(QStringLiteral("traffic-spike"), QStringLiteral("203.0.113.9"), id.value());
        }
        // 30 exports of 5,000 records.
        for (int i = 0; i < 30; ++i) {
            IC_ADD(id, B.addSecs(i * 60), "export", QStringLiteral("usr_t_exp"),
                   QStringLiteral("ten_t"), none, none, none,
                   QJsonObject{{QStringLiteral("records"), 5000}});
            expect(QStringLiteral("mass-export"), QStringLiteral("usr_t_exp"), id.value());
        }
        // A denied escalation and a self-granted role; a role granted by
        // someone else is normal.
        IC_ADD(denied, B, "privilege_escalation_attempt", QStringLiteral("usr_t_priv"),
               QStringLiteral("ten_t"), none, none, none,
               QJsonObject{{QStringLiteral("result"), QStringLiteral("denied")}});
        expect(QStringLiteral("privilege-escalation"), QStringLiteral("usr_t_priv"),
               denied.value());
        IC_ADD(self, B.addSecs(60), "role_change", QStringLiteral("usr_t_priv"),
               QStringLiteral("ten_t"), none, none, none,
               QJsonObject{{QStringLiteral("to"), QStringLiteral("superadmin")},
                           {QStringLiteral("granted_by"), QStringLiteral("usr_t_priv")}});
        expect(QStringLiteral("privilege-escalation"), QStringLiteral("usr_t_priv"), self.value());
        IC_ADD(granted, B.addSecs(90), "role_change", QStringLiteral("usr_t_other"),
               QStringLiteral("ten_t"), none, none, none,
               QJsonObject{{QStringLiteral("to"), QStringLiteral("admin")},
                           {QStringLiteral("granted_by"), QStringLiteral("usr_t_priv")}});
#undef IC_ADD
        Q_UNUSED(before)
        Q_UNUSED(old)
        Q_UNUSED(oldKey)
        Q_UNUSED(granted)
        return out;
    }

    Result<qint64> insert(const QDateTime &at, const QString &event, const QString &user,
                          const QString &tenant, const QString &key, const QString &ip,
                          const QString &query, const QJsonObject &metadata)
    {
        auto null = [](const QString &s) {
            return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
        };
        auto q =
            Db::exec(m_db,
                     QStringLiteral("INSERT INTO audit_logs (timestamp, event, user_id, "
                                    "tenant_id, api_key_id, ip, query, metadata) VALUES (?, "
                                    "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {Db::bindTime(m_db, at), event, null(user), null(tenant), null(key), null(ip),
                      null(query),
                      QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(Error::Kind::General, QStringLiteral("no id"));
        return q->value(0).toLongLong();
    }

private:
    Result<void> exec(const QString &sql, const QVariantList &params = {})
    {
        auto q = Db::exec(m_db, sql, params);
        if (!q)
            return q.error();
        return success();
    }

    QSqlDatabase m_db;
    QDateTime m_base;
};

} // namespace ic::test
