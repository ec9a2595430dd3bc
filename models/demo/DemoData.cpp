#include "models/demo/DemoData.h"

#include "models/core/Logging.h"
#include "models/demo/TableWriter.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <vector>

namespace ic::DemoData {

namespace {

// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::DemoData)
};

// splitmix64: tiny, fast, and the same sequence on every platform (unlike
// the standard distributions).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint64 below(quint64 n) { return n ? next() % n : 0; }
    int range(int lo, int hi) { return lo + int(below(quint64(hi - lo + 1))); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    QByteArray hex(int digits)
    {
        static const char *h = "0123456789abcdef";
        QByteArray out(digits, '0');
        quint64 v = next();
        for (int i = 0; i < digits; ++i) {
            if (i == 16)
                v = next();
            out[i] = h[v & 15];
            v >>= 4;
        }
        return out;
    }

private:
    quint64 m_state;
};

struct Tenant
{
    QByteArray id, name, domain, plan;
};
struct User
{
    QByteArray id, tenantId, email, name, role;
    QByteArray ip1, ip2, sessionId, userAgent;
    qint64 createdMs = 0;
};
struct ApiKey
{
    QByteArray id, tenantId, userId, name, prefix;
    QByteArray ip1, ip2;
    qint64 createdMs = 0;
};
struct Session
{
    QByteArray id, userId, tenantId, ip, userAgent;
    qint64 createdMs = 0, lastSeenMs = 0, loggedOutMs = 0;
};
struct Row
{
    qint64 ms = 0;
    QByteArray event, userId, tenantId, apiKeyId, ip, query, metadata;
};

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
struct World
{
    std::vector<Tenant> tenants;
    std::vector<User> users;
    std::vector<ApiKey> keys;
    std::vector<Session> sessions; // main sessions and ones created by noise logouts
    std::vector<Row> planted;      // sorted by time
    DemoPlants plants;
    qint64 startMs = 0, anchorMs = 0;
};

constexpr int TenantCount = 40;
constexpr int UserCount = 1200;
constexpr int KeyCount = 400;

World buildWorld(const DemoOptions &o)
{
    World w;
    Rng rng(o.seed);
    const QDateTime anchor =
        (o.anchor.isValid() ? o.anchor : QDateTime::currentDateTimeUtc()).toUTC();
    w.anchorMs = anchor.toMSecsSinceEpoch() / 1000 * 1000;
    const qint64 spanDays = std::clamp<qint64>((o.rows + 99'999) / 100'000, 14, 365);
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
        for (int i = 0; i < 6; ++i)
            p.spikeIps << QStringLiteral("91.240.118.%1").arg(30 + i);
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
class Noise
{
public:
    Noise(World &w, quint64 seed, qint64 count)
        : m_w(w), m_rng(seed ^ 0x5eedULL), m_count(count), m_span(w.anchorMs - 60'000 - w.startMs)
    {}

    Row make(qint64 i)
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
                         Paths[m_rng.below(Paths.size())] + "\",\"status\":200,\"latency_ms\":" +
                         QByteArray::number(m_rng.range(8, 400)) + "}";
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
            const User &granter =
                m_w.users[size_t(&u - m_w.users.data()) % TenantCount + TenantCount];
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

private:
    World &m_w;
    Rng m_rng;
    qint64 m_count;
    qint64 m_span;
};

const QList<const char *> AuditColumns{"id",         "timestamp", "event", "user_id", "tenant_id",
                                       "api_key_id", "ip",        "query", "metadata"};

Result<void> writeRow(TableWriter &out, qint64 id, const Row &r)
{
    out.integer(id);
    out.time(r.ms);
    out.text(r.event);
    out.textOrNull(r.userId);
    out.textOrNull(r.tenantId);
    out.textOrNull(r.apiKeyId);
    out.textOrNull(r.ip);
    out.textOrNull(r.query);
    out.text(r.metadata.isEmpty() ? QByteArray("{}") : r.metadata);
    return out.endRow();
}

// Secondary indexes of a table, to drop before a bulk load and rebuild after.
Result<QStringList> dropIndexes(QSqlDatabase &db, const QString &table)
{
    const bool pg = Db::isPostgres(db);
    auto q = Db::exec(db,
                      pg ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                          "tablename = ? AND indexname NOT LIKE '%_pkey'")
                         : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                          "'index' AND tbl_name = ? AND sql IS NOT NULL"),
                      {table});
    if (!q)
        return q.error();
    QStringList names, defs;
    while (q->next()) {
        names << q->value(0).toString();
        defs << q->value(1).toString();
    }
    for (const QString &name : names) {
        auto d = Db::exec(db, QStringLiteral("DROP INDEX ") + name);
        if (!d)
            return d.error();
    }
    return defs;
}

Result<void> writeEntities(TableWriter &out, const World &w)
{
    if (auto r = out.begin("tenants", {"id", "name", "plan", "status", "metadata", "created_at"});
        !r)
        return r;
    for (const Tenant &t : w.tenants) {
        out.text(t.id);
        out.text(t.name);
        out.text(t.plan);
        out.text("active");
        out.text("{\"region\":\"eu-west-1\"}");
        out.time(w.startMs - 500LL * 86'400'000);
        if (auto r = out.endRow(); !r)
            return r;
    }
    if (auto r = out.end(); !r)
        return r;

    if (auto r = out.begin("users",
                           {"id", "tenant_id", "email", "name", "role", "status", "created_at"});
        !r)
        return r;
    for (const User &u : w.users) {
        out.text(u.id);
        out.text(u.tenantId);
        out.text(u.email);
        out.text(u.name);
        out.text(u.role);
        out.text("active");
        out.time(u.createdMs);
        if (auto r = out.endRow(); !r)
            return r;
    }
    if (auto r = out.end(); !r)
        return r;

    if (auto r =
            out.begin("api_keys", {"id", "tenant_id", "user_id", "name", "prefix", "created_at"});
        !r)
        return r;
    for (const ApiKey &k : w.keys) {
        out.text(k.id);
        out.text(k.tenantId);
        out.text(k.userId);
        out.text(k.name);
        out.text(k.prefix);
        out.time(k.createdMs);
        if (auto r = out.endRow(); !r)
            return r;
    }
    return out.end();
}

Result<void> writeSessions(TableWriter &out, const World &w)
{
    if (auto r = out.begin("sessions", {"id", "user_id", "tenant_id", "ip", "user_agent",
                                        "created_at", "last_seen_at", "logged_out_at"});
        !r)
        return r;
    for (const Session &s : w.sessions) {
        out.text(s.id);
        out.text(s.userId);
        out.text(s.tenantId);
        out.text(s.ip);
        out.text(s.userAgent);
        out.time(s.createdMs);
        if (s.lastSeenMs)
            out.time(s.lastSeenMs);
        else
            out.null();
        if (s.loggedOutMs)
            out.time(s.loggedOutMs);
        else
            out.null();
        if (auto r = out.endRow(); !r)
            return r;
    }
    return out.end();
}

struct StoryStep
{
    qint64 offsetMin; // from detection
    std::function<IncidentPatch()> patch;
    QString actor;
};

Result<int> writeIncidents(QSqlDatabase &db, const World &w)
{
    const DemoPlants &p = w.plants;
    const QDateTime A = QDateTime::fromMSecsSinceEpoch(w.anchorMs, Qt::UTC);
    struct Story
    {
        qint64 detectedMinAgo;
        NewIncident draft;
        QList<StoryStep> steps;
        QStringList notes;
    };
    auto patchStatus = [](IncidentStatus s) {
        return [s] {
            IncidentPatch x;
            x.status = s;
            return x;
        };
    };
    auto patchCommander = [](QString who) {
        return [who] {
            IncidentPatch x;
            x.commander = who;
            return x;
        };
    };
    QList<Story> stories;
    {
        Story s{35, {}, {}, {}};
        s.draft.title = Tr::tr("Tenant Initech pulled over 1 MB of queries in under an hour");
        s.draft.summary =
            Tr::tr("Detection rule 'large query volume per tenant' fired: 280 wide "
                   "SELECTs on settlements from one Initech user since %1. Possible "
                   "database exfiltration (platform playbook, scenario 2).")
                .arg(A.addSecs(-50 * 60).toLocalTime().toString(QStringLiteral("HH:mm")));
        s.draft.severity = Severity::P0;
        s.draft.affectedTenants = {p.exfilTenantId};
        stories << s;
    }
    {
        Story s{145, {}, {}, {}};
        s.draft.title = Tr::tr("Session token reused after logout from a Tor exit node");
        s.draft.summary = Tr::tr("A Northwind Traders user's session was used 20 minutes after "
                                 "logout from %1, an address never seen for this user.")
                              .arg(p.compromisedNewIp);
        s.draft.severity = Severity::P1;
        s.draft.affectedUsers = {p.compromisedUserId};
        s.steps = {
            {6, patchCommander(QStringLiteral("alex.morgan")), QStringLiteral("alex.morgan")},
            {14, patchStatus(IncidentStatus::Containment), QStringLiteral("alex.morgan")}};
        s.notes = {Tr::tr("All tokens of the user revoked through the admin API; sessions logged "
                          "out.")};
        stories << s;
    }
    {
        Story s{290, {}, {}, {}};
        s.draft.title = Tr::tr("Burst of failed token validations against one Globex user");
        s.draft.summary = Tr::tr("60 signature mismatches in four minutes from 45.155.205.0/24.");
        s.draft.severity = Severity::P2;
        s.draft.affectedUsers = {p.failedValidationUserId};
        s.steps = {
            {25, patchCommander(QStringLiteral("sam.okafor")), QStringLiteral("sam.okafor")}};
        stories << s;
    }
    {
        Story s{20, {}, {}, {}};
        s.draft.title = Tr::tr("API key used from 40 different IPs in six hours");
        s.draft.summary = Tr::tr("A backend key of a Globex-era integration is in use from "
                                 "193.32.162.0/24. Suspected API key leak (platform playbook, "
                                 "scenario 1).");
        s.draft.severity = Severity::P1;
        s.draft.affectedApiKeys = {p.leakedApiKeyId};
        stories << s;
    }
    {
        Story s{465, {}, {}, {}};
        s.draft.title = Tr::tr("Umbrella Health admin escalated own role and exported 600,000 "
                               "records");
        s.draft.summary =
            Tr::tr("Self-granted superadmin, three denied privilege escalations, then "
                   "120 CSV exports of patient records (insider threat playbook).");
        s.draft.severity = Severity::P0;
        s.draft.affectedUsers = {p.insiderUserId};
        s.draft.affectedTenants = {QStringLiteral("ten_umbrella_health")};
        s.steps = {{3, patchCommander(QStringLiteral("priya.shah")), QStringLiteral("priya.shah")},
                   {9, patchStatus(IncidentStatus::Containment), QStringLiteral("priya.shah")}};
        s.notes = {Tr::tr("User suspended; legal informed. Evidence preservation started.")};
        stories << s;
    }
    {
        Story s{718, {}, {}, {}};
        s.draft.title = Tr::tr("Traffic spike from six IPs hitting /v1/settlements");
        s.draft.summary = Tr::tr("Rate limits triggered; 91.240.118.30-35 blocked at the edge.");
        s.draft.severity = Severity::P1;
        s.steps = {{12, patchCommander(QStringLiteral("jordan.lee")), QStringLiteral("jordan.lee")},
                   {15, patchStatus(IncidentStatus::Containment), QStringLiteral("jordan.lee")},
                   {70, patchStatus(IncidentStatus::Recovery), QStringLiteral("jordan.lee")}};
        stories << s;
    }
    {
        Story s{4320, {}, {}, {}};
        s.draft.title = Tr::tr("Outdated OpenSSL in the billing worker image");
        s.draft.summary = Tr::tr("Dependency scan finding; image rebuilt and redeployed.");
        s.draft.severity = Severity::P3;
        s.steps = {{90, patchCommander(QStringLiteral("lee.kim")), QStringLiteral("lee.kim")},
                   {600, patchStatus(IncidentStatus::Closed), QStringLiteral("lee.kim")}};
        stories << s;
    }

    // Numbered in the order they were detected, as they would have been.
    std::stable_sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) {
        return a.detectedMinAgo > b.detectedMinAgo;
    });
    int created = 0;
    for (Story &s : stories) {
        const QDateTime detected = A.addSecs(-s.detectedMinAgo * 60);
        s.draft.detectedAt = detected;
        auto inc = IncidentRepository(db, detected.addSecs(40))
                       .create(s.draft, QStringLiteral("detection"));
        if (!inc)
            return inc.error();
        Incident current = inc.value();
        for (const StoryStep &step : s.steps) {
            auto next = IncidentRepository(db, detected.addSecs(step.offsetMin * 60))
                            .update(current.id, current.version, step.patch(), step.actor);
            if (!next)
                return next.error();
            current = next.value();
        }
        for (const QString &note : s.notes) {
            auto n = IncidentRepository(db, detected.addSecs(20 * 60))
                         .addNote(current.id, current.commander, note);
            if (!n)
                return n.error();
        }
        ++created;
    }
    return created;
}

} // namespace

DemoPlants plantsFor(const DemoOptions &options)
{
    return buildWorld(options).plants;
}

Result<DemoSummary> fill(QSqlDatabase &db, const DemoOptions &options, const Progress &progress)
{
    if (options.rows < MinimumRows) {
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The demo data needs at least %1 audit rows to hold every planted "
                   "attack; %2 was asked for. Nothing was written.")
                .arg(MinimumRows)
                .arg(options.rows));
    }
    if (!db.tables().contains(QStringLiteral("audit_logs"))) {
        return Error::make(Error::Kind::General,
                           Tr::tr("This database has no platform tables (audit_logs). Nothing was "
                                  "written."));
    }
    {
        auto q = Db::exec(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM audit_logs "
                                             "LIMIT 1) t"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toInt() > 0) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The audit_logs table already holds data; demo data is only "
                                      "written into an empty database. Nothing was written."));
        }
    }

    World world = buildWorld(options);
    std::unique_ptr<TableWriter> out = TableWriter::create(db);
    if (!out)
        return Error::make(Error::Kind::General, Tr::tr("No bulk writer for this database."));

    const qint64 total = options.rows;
    const qint64 noiseCount = total - qint64(world.planted.size());
    DemoSummary summary;
    const bool pg = Db::isPostgres(db);

    auto r = Db::transaction(db, [&]() -> Result<void> {
        if (auto e = writeEntities(*out, world); !e)
            return e;
        // Bulk loads are faster into a table without secondary indexes.
        auto indexes = dropIndexes(db, QStringLiteral("audit_logs"));
        if (!indexes)
            return indexes.error();

        if (auto b = out->begin("audit_logs", AuditColumns); !b)
            return b;
        Noise noise(world, options.seed, noiseCount);
        qint64 id = 0, n = 0;
        size_t p = 0;
        Row next = noise.make(0);
        while (n < noiseCount || p < world.planted.size()) {
            const bool takePlanted =
                p < world.planted.size() && (n >= noiseCount || world.planted[p].ms <= next.ms);
            if (takePlanted) {
                if (auto e = writeRow(*out, ++id, world.planted[p++]); !e)
                    return e;
            } else {
                if (auto e = writeRow(*out, ++id, next); !e)
                    return e;
                if (++n < noiseCount)
                    next = noise.make(n);
            }
            if (progress && id % 50'000 == 0)
                progress(id, total);
        }
        if (auto e = out->end(); !e)
            return e;
        summary.auditRows = id;

        if (auto e = writeSessions(*out, world); !e)
            return e;
        for (const QString &def : indexes.value()) {
            auto c = Db::exec(db, def);
            if (!c)
                return c.error();
        }
        if (pg) {
            for (const char *t : {"audit_logs", "blocked_ips"}) {
                auto s = Db::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                     "'id'), GREATEST((SELECT MAX(id) FROM %1), "
                                                     "1))")
                                          .arg(QLatin1String(t)));
                if (!s)
                    return s.error();
            }
        }
        if (options.withIncidents) {
            auto inc = writeIncidents(db, world);
            if (!inc)
                return inc.error();
            summary.incidents = inc.value();
        }
        return success();
    });
    if (!r)
        return r.error();
    // Fresh statistics, so the planner knows the table (outside the transaction).
    (void)Db::exec(db, QStringLiteral("ANALYZE")); // best effort: only speeds up planning
    if (progress)
        progress(total, total);

    summary.tenants = int(world.tenants.size());
    summary.users = int(world.users.size());
    summary.apiKeys = int(world.keys.size());
    summary.sessions = int(world.sessions.size());
    summary.anchor = QDateTime::fromMSecsSinceEpoch(world.anchorMs, Qt::UTC);
    summary.plants = world.plants;
    qCInfo(lcDemo) << "demo data written:" << summary.auditRows << "audit rows";
    return summary;
}

} // namespace ic::DemoData
