#pragma once

#include "models/audit/AuditFilter.h"
#include "models/core/Result.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace ic {

// A value an investigation needs before it runs.
struct InvestigationParam
{
    enum class Kind {
        Text,       // typed, or filled from the selected incident
        Number,     // typed, with a default
        SecondsAgo, // "now minus `value` seconds", from the app's clock
    };
    enum class FromIncident { Nothing, User, ApiKey, Tenant };

    QString name; // placeholder in filters: {name}
    QString label;
    Kind kind = Kind::Text;
    FromIncident from = FromIncident::Nothing;
    QVariant value; // Number: the default; SecondsAgo: the seconds
};

// A named, one-click audit query: one of the playbooks' own, or one the
// team saved. A filter investigation opens in the explorer (keyset paging);
// an SQL one runs read-only in the console with bound parameters.
struct Investigation
{
    enum class Kind { Filter, Sql };

    QString id; // "builtin.…" or a UUID
    QString name;
    QString description; // where it comes from and what it answers
    Kind kind = Kind::Filter;
    AuditFilter filter;  // Filter: fields may hold {placeholders}
    QString sqlPostgres; // Sql: ? placeholders, in the order of params
    QString sqlSqlite;
    QList<InvestigationParam> params;
    bool builtIn = false;
    QString createdBy;

    QString sql(Db::Engine engine) const
    {
        return engine == Db::Engine::Postgres ? sqlPostgres : sqlSqlite;
    }
};

// An investigation with its values filled in, ready to run.
struct PreparedInvestigation
{
    Investigation::Kind kind = Investigation::Kind::Filter;
    AuditFilter filter;     // Filter
    SqlStatement statement; // Sql: as the engine will receive it
};

namespace Investigations {

// The seed playbooks' queries: a user's last 24 hours, an API key's last
// 100 uses, an API key's distinct IPs in 24 hours, tenants whose queries
// exceeded 1,000,000 bytes in the last hour, RLS bypass attempts.
QList<Investigation> builtIns();

// Metadata keys the investigations filter on (known keys for validation).
QStringList metadataKeys(const QList<Investigation> &list);

// Values for the typed parameters, from the incident where it names one.
QMap<QString, QString> defaultsFrom(const Investigation &investigation, const Incident *incident);

// Fills the parameters in. A missing value is an InvalidInput error naming
// the parameter in `missing`; nothing runs then.
Result<PreparedInvestigation> prepare(const Investigation &investigation,
                                      const QMap<QString, QString> &values, Db::Engine engine,
                                      const QDateTime &nowUtc, QString *missing = nullptr);

// An investigation from SQL typed in the console, keeping the values it
// ran with (a time stays relative: "24 hours ago").
Investigation fromConsole(const QString &name, const QString &sql, const QVariantList &values,
                          const QDateTime &nowUtc);

// The team's own, stored in the workspace (ic_audit_investigations).
Result<QList<Investigation>> loadSaved(QSqlDatabase &store);
// One stored row: its definition is JSON anyone with write access to the
// workspace may have written (fuzzed: tests/fuzz/fuzz_investigation.cpp).
Investigation fromStored(const QString &id, const QString &name, const QString &kind,
                         const QByteArray &definition, const QString &createdBy);
Result<Investigation> save(QSqlDatabase &store, Investigation investigation, const QString &actor,
                           const QDateTime &nowUtc);
Result<void> remove(QSqlDatabase &store, const QString &id);

} // namespace Investigations
} // namespace ic

Q_DECLARE_METATYPE(ic::Investigation)
