#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace ic {

// What the generator planted, so tests and the demo can find each attack.
struct DemoPlants
{
    // Token compromise: a session used after logout, from a new IP.
    QString compromisedUserId;
    QString compromisedSessionId;
    QString compromisedNewIp;
    // Many failed token validations for one user.
    QString failedValidationUserId;
    // One API key used from many IPs.
    QString leakedApiKeyId;
    int leakedApiKeyIpCount = 0;
    // A tenant whose queries exceeded 1,000,000 bytes in the last hour.
    QString exfilTenantId;
    // A user of one tenant reading another tenant's data; RLS bypass attempts.
    QString crossTenantUserId;
    QString crossTenantTargetId;
    QString rlsBypassUserId;
    // An admin who escalated their own privileges and exported in bulk.
    QString insiderUserId;
    // A traffic spike from a few IPs, with the API keys it used.
    QStringList spikeIps;
    QStringList spikeApiKeys;
};

struct DemoSummary
{
    qint64 auditRows = 0;
    int tenants = 0;
    int users = 0;
    int apiKeys = 0;
    int sessions = 0;
    int incidents = 0;
    QDateTime anchor; // the "now" the data was generated around
    DemoPlants plants;
};

struct DemoOptions
{
    qint64 rows = 200'000;   // audit-log rows
    quint64 seed = 20260112; // same seed, same data
    QDateTime anchor;        // "now" of the data; default: the current time
    bool withIncidents = true;
    // false: the same normal traffic without the planted attacks (a clean
    // data set, to show detection rules find nothing in it).
    bool plantAttacks = true;
};

// A deterministic generator of realistic platform data (tenants, users,
// sessions, API keys, audit logs) with one instance of every attack the seed
// playbooks describe, plus a handful of incidents. SQLite gets prepared
// inserts in one transaction; PostgreSQL gets COPY.
namespace DemoData {

constexpr qint64 MinimumRows = 20'000;

using Progress = std::function<void(qint64 done, qint64 total)>;

// Fills an open workspace whose platform tables exist and are empty.
Result<DemoSummary> fill(QSqlDatabase &db, const DemoOptions &options, const Progress &progress);

// The days the audit rows span, up to the anchor (100,000 rows a day, at
// least 14 and at most 365 days).
qint64 spanDays(qint64 rows);

// Only computes what would be planted (ids are deterministic per seed).
DemoPlants plantsFor(const DemoOptions &options);

} // namespace DemoData
} // namespace ic
