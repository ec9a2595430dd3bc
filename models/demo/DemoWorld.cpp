#include "models/demo/DemoWorld.h"

#include <algorithm>
#include <array>

namespace ic::DemoData {

namespace {

constexpr std::array TenantNames{"Northwind Traders",
                                 "Globex",
                                 "Initech",
                                 "Umbrella Health",
                                 "Acme Logistics",
                                 "Hooli",
                                 "Stark Freight",
                                 "Wayne Clinics",
                                 "Tyrell Biotech",
                                 "Soylent Foods",
                                 "Cyberdyne Systems",
                                 "Wonka Confectionery",
                                 "Vandelay Imports",
                                 "Pied Piper",
                                 "Massive Dynamic",
                                 "Oscorp",
                                 "Aperture Labs",
                                 "Gringotts Bank",
                                 "Monarch Solutions",
                                 "Dunder Mifflin",
                                 "Sterling Cooper",
                                 "Prestige Worldwide",
                                 "Bluth Company",
                                 "Krusty Foods",
                                 "Nakatomi Trading",
                                 "Weyland Mining",
                                 "Virtucon",
                                 "Rekall Travel",
                                 "Ollivander Supply",
                                 "Gekko Capital",
                                 "Duff Brewing",
                                 "Planet Express",
                                 "Los Pollos Hermanos",
                                 "Sirius Cybernetics",
                                 "Blue Sun",
                                 "Ingen Parks",
                                 "Omni Consumer",
                                 "Spacely Sprockets",
                                 "Cogswell Cogs",
                                 "Zorg Industries"};
constexpr std::array FirstNames{
    "alex", "sam",   "priya", "jordan", "dana",  "lee",   "maria",  "chen", "fatima", "noah",
    "olga", "kwame", "lucia", "tomas",  "aisha", "ben",   "ingrid", "ravi", "sofia",  "yusuf",
    "hana", "mateo", "zoe",   "ivan",   "amara", "felix", "nora",   "omar", "lena",   "diego",
    "mei",  "kofi",  "elif",  "jonas",  "sara",  "pavel", "leila",  "hugo", "ines",   "arjun"};
constexpr std::array LastNames{
    "morgan", "okafor", "shah",    "lee",    "whitfield", "kim",    "garcia", "wang",
    "haddad", "smith",  "petrova", "mensah", "rossi",     "novak",  "khan",   "cohen",
    "larsen", "iyer",   "silva",   "demir",  "sato",      "lopez",  "martin", "ivanov",
    "eze",    "weber",  "berg",    "aziz",   "fischer",   "ramos",  "lin",    "boateng",
    "yilmaz", "meyer",  "costa",   "horak",  "farah",     "dubois", "moreau", "nair"};
constexpr std::array Paths{"/v1/settlements",   "/v1/settlements/{id}", "/v1/payouts",
                           "/v1/accounts",      "/v1/reports",          "/v1/webhooks",
                           "/v1/invoices",      "/v1/reconciliations",  "/v1/users/me",
                           "/v1/ledger/entries"};
constexpr std::array Queries{
    "SELECT id, status, amount FROM settlements WHERE tenant_id = $1 AND created_at > $2 "
    "ORDER BY created_at DESC LIMIT 50",
    "SELECT * FROM payouts WHERE id = $1",
    "UPDATE invoices SET status = 'paid', paid_at = now() WHERE id = $1 AND tenant_id = $2",
    "SELECT count(*) FROM ledger_entries WHERE account_id = $1 AND posted_at >= $2",
    "INSERT INTO webhooks_log (tenant_id, url, status) VALUES ($1, $2, $3)",
    "SELECT a.id, a.name, b.balance FROM accounts a JOIN balances b ON b.account_id = a.id "
    "WHERE a.tenant_id = $1",
    "SELECT id, email FROM users WHERE tenant_id = $1 AND status = 'active' LIMIT 100",
    "SELECT r.id, r.period, r.total FROM reconciliations r WHERE r.tenant_id = $1 "
    "AND r.period = $2"};
constexpr std::array UserAgents{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0",
                                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15",
                                "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
                                "settler-cli/2.4.1", "settler-ios/5.12.0"};

// Ranges noise traffic uses; attack IPs come from ranges that never appear here.
constexpr std::array HomeFirstOctets{24, 31, 46, 62, 73, 81, 84, 98, 109, 151, 176, 188, 212, 217};
constexpr std::array CloudFirstOctets{3, 13, 18, 34, 35, 52, 54, 104, 137, 159};

QByteArray ip(Rng &rng, int first)
{
    return QByteArray::number(first) + '.' + QByteArray::number(rng.range(0, 255)) + '.' +
           QByteArray::number(rng.range(0, 255)) + '.' + QByteArray::number(rng.range(1, 254));
}

QByteArray slug(const char *name)
{
    QByteArray s = QByteArray(name).toLower();
    QByteArray out;
    for (char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.endsWith('_'))
            out += '_';
    }
    return out;
}

QByteArray jsonString(QByteArrayView s)
{
    QByteArray out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// The synthetic platform: who exists, and the planted attacks.

constexpr int TenantCount = 40;
constexpr int UserCount = 1200;
constexpr int KeyCount = 400;

} // namespace

qint64 spanDays(qint64 rows)
{
    return std::clamp<qint64>((rows + 99'999) / 100'000, 14, 365);
}

World buildWorld(const DemoOptions &o)
{
    World w;
    Rng rng(o.seed);
    const QDateTime anchor =
        (o.anchor.isValid() ? o.anchor : QDateTime::currentDateTimeUtc()).toUTC();
    w.anchorMs = anchor.toMSecsSinceEpoch() / 1000 * 1000;
    const qint64 spanDays = DemoData::spanDays(o.rows);
    w.startMs = w.anchorMs - spanDays * 86'400'000;

    for (int t = 0; t < TenantCount; ++t) {
        Tenant ten;
        ten.name = TenantNames[size_t(t)];
        ten.id = "ten_" + slug(TenantNames[size_t(t)]);
        ten.domain = slug(TenantNames[size_t(t)]).replace('_', "") + ".example";
        ten.plan = t % 5 == 0 ? "enterprise" : (t % 3 == 0 ? "growth" : "standard");
        w.tenants.push_back(ten);
    }
    for (int u = 0; u < UserCount; ++u) {
        User usr;
        const Tenant &ten = w.tenants[size_t(u % TenantCount)];
        const char *first = FirstNames[rng.below(FirstNames.size())];
        const char *last = LastNames[rng.below(LastNames.size())];
        usr.id = "usr_" + rng.hex(8);
        usr.tenantId = ten.id;
        usr.name = QByteArray(first) + ' ' + last;
        usr.name[0] = char(usr.name[0] - 32);
        usr.email = QByteArray(first) + '.' + last + QByteArray::number(u) + '@' + ten.domain;
        usr.role = u < TenantCount ? "owner" : (u < 3 * TenantCount ? "admin" : "member");
        usr.ip1 = ip(rng, HomeFirstOctets[rng.below(HomeFirstOctets.size())]);
        usr.ip2 =
            rng.chance(0.5) ? ip(rng, HomeFirstOctets[rng.below(HomeFirstOctets.size())]) : usr.ip1;
        usr.sessionId = "ses_" + rng.hex(12);
        usr.userAgent = UserAgents[rng.below(UserAgents.size())];
        usr.createdMs = w.startMs - qint64(rng.range(1, 400)) * 86'400'000;
        w.users.push_back(usr);
        w.sessions.push_back(Session{usr.sessionId, usr.id, usr.tenantId, usr.ip1, usr.userAgent,
                                     w.startMs - qint64(rng.range(1, 30)) * 3'600'000, 0, 0});
    }
    for (int k = 0; k < KeyCount; ++k) {
        ApiKey key;
        const User &owner = w.users[size_t(k * 3 % UserCount)];
        key.id = "key_" + rng.hex(10);
        key.tenantId = owner.tenantId;
        key.userId = owner.id;
        key.name = k % 2 ? "ci-deploy" : "backend-sync";
        key.prefix = "sk_live_" + rng.hex(4);
        key.ip1 = ip(rng, CloudFirstOctets[rng.below(CloudFirstOctets.size())]);
        key.ip2 = rng.chance(0.3) ? ip(rng, CloudFirstOctets[rng.below(CloudFirstOctets.size())])
                                  : key.ip1;
        key.createdMs = owner.createdMs + 86'400'000;
        w.keys.push_back(key);
    }

    // --- The planted attacks, each discoverable by the seeds' own queries.
    auto userOf = [&](int tenantIndex, int n) -> User & {
        return w.users[size_t(tenantIndex + n * TenantCount)];
    };
    const qint64 A = w.anchorMs;
    constexpr qint64 Min = 60'000;
    DemoPlants &p = w.plants;
    auto add = [&](qint64 ms, QByteArray event, const User *u, const ApiKey *k, QByteArray ipAddr,
                   QByteArray query, QByteArray metadata, QByteArray tenantOverride = {}) {
        Row r;
        r.ms = ms;
        r.event = std::move(event);
        if (u) {
            r.userId = u->id;
            r.tenantId = u->tenantId;
        }
        if (k) {
            r.apiKeyId = k->id;
            r.tenantId = k->tenantId;
            r.userId = k->userId;
        }
        if (!tenantOverride.isEmpty())
            r.tenantId = tenantOverride;
        r.ip = std::move(ipAddr);
        r.query = std::move(query);
        r.metadata = std::move(metadata);
        w.planted.push_back(std::move(r));
    };

    { // 1. Token compromise: session used after logout, from a new IP.
        User &victim = userOf(0, 10); // Northwind Traders
        Session s{"ses_" + rng.hex(12), victim.id,     victim.tenantId, victim.ip1,
                  victim.userAgent,     A - 190 * Min, A - 80 * Min,    A - 170 * Min};
        p.compromisedUserId = QString::fromLatin1(victim.id);
        p.compromisedSessionId = QString::fromLatin1(s.id);
        p.compromisedNewIp = QStringLiteral("185.220.101.47");
        const QByteArray sid = jsonString(s.id);
        add(A - 190 * Min, "login", &victim, nullptr, victim.ip1, {},
            "{\"session_id\":" + sid + ",\"method\":\"password\",\"mfa\":true}");
        for (int i = 0; i < 8; ++i)
            add(A - 188 * Min + i * Min, "api_request", &victim, nullptr, victim.ip1, {},
                "{\"session_id\":" + sid +
                    ",\"method\":\"GET\",\"path\":\"/v1/settlements\","
                    "\"status\":200}");
        add(A - 170 * Min, "logout", &victim, nullptr, victim.ip1, {},
            "{\"session_id\":" + sid + "}");
        for (int i = 0; i < 30; ++i)
            add(A - 150 * Min + i * 2 * Min + i * 137, "api_request", &victim, nullptr,
                "185.220.101.47", {},
                "{\"session_id\":" + sid + ",\"method\":\"" + (i % 3 ? "GET" : "POST") +
                    "\",\"path\":\"/v1/payouts\",\"status\":200,\"token_reuse\":true}");
        add(A - 80 * Min, "token_refresh", &victim, nullptr, "185.220.101.47", {},
            "{\"session_id\":" + sid + "}");
        w.sessions.push_back(s);
    }
    { // 2. Many failed token validations for one user in four minutes.
        User &target = userOf(1, 12); // Globex
        p.failedValidationUserId = QString::fromLatin1(target.id);
        for (int i = 0; i < 60; ++i)
            add(A - 300 * Min + i * 4000, "token_validation_failed", &target, nullptr,
                "45.155.205." + QByteArray::number(10 + i % 4), {},
                "{\"reason\":\"signature_mismatch\",\"token_kind\":\"access\"}");
    }
    { // 3. One API key used from 40 IPs in six hours.
        ApiKey &key = w.keys[5];
        p.leakedApiKeyId = QString::fromLatin1(key.id);
        p.leakedApiKeyIpCount = 40;
        for (int i = 0; i < 240; ++i)
            add(A - 360 * Min + i * 85'000, "api_request", nullptr, &key,
                "193.32.162." + QByteArray::number(20 + i % 40), {},
                "{\"method\":\"GET\",\"path\":\"/v1/accounts\",\"status\":200}");
    }
    { // 4. A tenant pulling more than 1,000,000 bytes of queries in the last hour.
        User &reader = userOf(2, 5); // Initech
        p.exfilTenantId = QString::fromLatin1(reader.tenantId);
        QByteArray wide = "SELECT id, tenant_id, account_id, amount, currency, status, "
                          "counterparty_name, counterparty_iban, reference, created_at";
        while (wide.size() < 3900)
            wide += ", col_" + QByteArray::number(wide.size());
        wide += " FROM settlements WHERE tenant_id = $1 OFFSET $2 LIMIT 10000";
        for (int i = 0; i < 280; ++i)
            add(A - 50 * Min + i * 9'500, "database_query", &reader, nullptr, reader.ip1, wide,
                "{\"rows\":10000,\"duration_ms\":" + QByteArray::number(800 + i % 300) + "}");
    }
    { // 5. Cross-tenant access and RLS bypass attempts by one user.
        User &intruder = userOf(7, 20);            // Wayne Clinics user
        const Tenant &victimTenant = w.tenants[3]; // Umbrella Health
        p.crossTenantUserId = QString::fromLatin1(intruder.id);
        p.crossTenantTargetId = QString::fromLatin1(victimTenant.id);
        p.rlsBypassUserId = p.crossTenantUserId;
        for (int i = 0; i < 15; ++i)
            add(A - 240 * Min + i * 40'000, "database_query", &intruder, nullptr, intruder.ip1,
                "SELECT * FROM patients WHERE tenant_id = $1",
                "{\"cross_tenant\":true,\"actor_tenant_id\":" + jsonString(intruder.tenantId) + "}",
                victimTenant.id);
        for (int i = 0; i < 6; ++i)
            add(A - 230 * Min + i * 55'000, "database_query", &intruder, nullptr, intruder.ip1,
                "SET row_security = off; SELECT * FROM patients",
                "{\"rls_bypass_attempt\":true,\"error\":\"permission denied to set "
                "row_security\"}");
    }
    { // 6. An admin grants themselves superadmin, then exports in bulk.
        User &admin = userOf(3, 1); // Umbrella Health admin
        p.insiderUserId = QString::fromLatin1(admin.id);
        const QByteArray self = jsonString(admin.id);
        add(A - 480 * Min, "role_change", &admin, nullptr, admin.ip1, {},
            "{\"from\":\"admin\",\"to\":\"superadmin\",\"target_user_id\":" + self +
                ",\"granted_by\":" + self + "}");
        for (int i = 0; i < 3; ++i)
            add(A - 478 * Min + i * 20'000, "privilege_escalation_attempt", &admin, nullptr,
                admin.ip1, {}, "{\"permission\":\"tenants:read_all\",\"result\":\"denied\"}");
        for (int i = 0; i < 120; ++i)
            add(A - 470 * Min + i * 20'000, "export", &admin, nullptr, admin.ip1, {},
                "{\"records\":5000,\"format\":\"csv\",\"resource\":\"patients\"}");
    }
    { // 7. A traffic spike from six IPs in ten minutes, logged in bursts.
        const qint64 spike = std::max<qint64>(3000, o.rows / 50);
        for (int i = 0; i < 6; ++i) {
            p.spikeIps << QStringLiteral("91.240.118.%1").arg(30 + i);
            p.spikeApiKeys << QString::fromLatin1(w.keys[size_t(50 + i)].id);
        }
        // Starts 20 minutes past a full hour, so the burst never straddles
        // an hour boundary whatever time the data is generated.
        const qint64 t0 = (A - 720 * Min) / (60 * Min) * (60 * Min) + 20 * Min;
        for (qint64 i = 0; i < spike; ++i) {
            const ApiKey &key = w.keys[size_t(50 + i % 6)];
            // Five requests share each millisecond: duplicate timestamps are real.
            add(t0 + (i / 5) * (600'000 * 5 / spike), "api_request", nullptr, &key,
                "91.240.118." + QByteArray::number(30 + i % 6), {},
                "{\"method\":\"GET\",\"path\":\"/v1/settlements\",\"status\":429}");
        }
    }
    std::stable_sort(w.planted.begin(), w.planted.end(),
                     [](const Row &a, const Row &b) { return a.ms < b.ms; });
    if (!o.plantAttacks) { // the noise above used its own generator: it stays the same
        w.planted.clear();
        w.plants = {};
    }
    return w;
}

// Normal traffic: row i of n, between start and anchor, in time order.

Row Noise::make(qint64 i)
{
    Row r;
    const double slot = (double(i) + 0.9 * m_rng.unit()) / double(m_count);
    r.ms = m_w.startMs + qint64(slot * double(m_span));
    const quint64 dice = m_rng.below(1000);
    User &u = m_w.users[m_rng.below(m_w.users.size())];
    r.userId = u.id;
    r.tenantId = u.tenantId;
    r.ip = m_rng.chance(0.7) ? u.ip1 : u.ip2;
    const QByteArray sid = jsonString(u.sessionId);
    if (dice < 300) {
        r.event = "api_request";
        r.metadata = "{\"session_id\":" + sid + ",\"method\":\"GET\",\"path\":\"" +
                     Paths[m_rng.below(Paths.size())] +
                     "\",\"status\":200,\"latency_ms\":" + QByteArray::number(m_rng.range(8, 400)) +
                     "}";
    } else if (dice < 520) {
        const ApiKey &k = m_w.keys[m_rng.below(m_w.keys.size())];
        r.event = "api_request";
        r.userId = k.userId;
        r.tenantId = k.tenantId;
        r.apiKeyId = k.id;
        r.ip = m_rng.chance(0.8) ? k.ip1 : k.ip2;
        r.metadata = QByteArray("{\"method\":\"") + (m_rng.chance(0.7) ? "GET" : "POST") +
                     "\",\"path\":\"" + Paths[m_rng.below(Paths.size())] +
                     "\",\"status\":" + (m_rng.chance(0.98) ? "200" : "404") + "}";
    } else if (dice < 700) {
        r.event = "database_query";
        r.query = Queries[m_rng.below(Queries.size())];
        r.metadata = "{\"rows\":" + QByteArray::number(m_rng.range(0, 200)) +
                     ",\"duration_ms\":" + QByteArray::number(m_rng.range(1, 90)) + "}";
    } else if (dice < 800) {
        r.event = "token_refresh";
        r.metadata = "{\"session_id\":" + sid + "}";
    } else if (dice < 860) {
        r.event = "login";
        r.metadata = "{\"session_id\":" + sid + ",\"method\":\"" +
                     (m_rng.chance(0.8) ? "password" : "sso") + "\",\"mfa\":true}";
    } else if (dice < 870) {
        r.event = "login_failed";
        r.metadata = "{\"reason\":\"bad_password\"}";
    } else if (dice < 900) {
        // A short-lived session that ends here and is never used again.
        Session s{"ses_" + m_rng.hex(12),
                  u.id,
                  u.tenantId,
                  r.ip,
                  u.userAgent,
                  r.ms - m_rng.range(5, 120) * 60'000LL,
                  r.ms - 1000,
                  r.ms};
        r.event = "logout";
        r.metadata = "{\"session_id\":" + jsonString(s.id) + "}";
        m_w.sessions.push_back(std::move(s));
    } else if (dice < 903) {
        r.event = "token_validation_failed";
        r.metadata = "{\"reason\":\"expired\",\"token_kind\":\"access\"}";
    } else if (dice < 913) {
        r.event = "export";
        r.metadata = "{\"records\":" + QByteArray::number(m_rng.range(10, 500)) +
                     ",\"format\":\"csv\",\"resource\":\"settlements\"}";
    } else if (dice < 918) {
        r.event = "config_change";
        r.metadata = "{\"setting\":\"webhook_url\"}";
    } else if (dice < 919) {
        // Role changes happen, granted by another admin of the tenant.
        const User &granter = m_w.users[size_t(&u - m_w.users.data()) % TenantCount + TenantCount];
        r.event = "role_change";
        r.metadata =
            "{\"from\":\"member\",\"to\":\"admin\",\"target_user_id\":" + jsonString(u.id) +
            ",\"granted_by\":" + jsonString(granter.id) + "}";
        if (granter.id == u.id)
            r.metadata =
                "{\"from\":\"member\",\"to\":\"admin\",\"target_user_id\":" + jsonString(u.id) +
                ",\"granted_by\":\"usr_support\"}";
    } else {
        r.event = "permission_check";
        r.metadata = "{\"permission\":\"settlements:read\",\"result\":\"allowed\"}";
    }
    return r;
}

} // namespace ic::DemoData
