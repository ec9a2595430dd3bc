#pragma once

#include "models/demo/DemoData.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// The synthetic platform the demo generator writes: who exists (tenants,
// users, API keys, sessions), the planted attacks, and normal traffic row by
// row. Pure computation, the same for every seed on every platform; the bulk
// loader (DemoData.cpp) writes it into a database.
namespace ic::DemoData {

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

// Who exists and what is planted, around options.anchor (default: now).
World buildWorld(const DemoOptions &options);

// Normal traffic: row i of n, between start and anchor, in time order.
class Noise
{
public:
    Noise(World &w, quint64 seed, qint64 count)
        : m_w(w), m_rng(seed ^ 0x5eedULL), m_count(count), m_span(w.anchorMs - 60'000 - w.startMs)
    {}

    Row make(qint64 i);

private:
    World &m_w;
    Rng m_rng;
    qint64 m_count;
    qint64 m_span;
};

} // namespace ic::DemoData
