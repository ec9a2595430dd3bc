#include "models/audit/Investigation.h"

#include "models/audit/AuditSql.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ic::Investigations {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Investigations)
};

InvestigationParam textParam(const QString &name, const QString &label,
                             InvestigationParam::FromIncident from)
{
    InvestigationParam p;
    p.name = name;
    p.label = label;
    p.kind = InvestigationParam::Kind::Text;
    p.from = from;
    return p;
}

InvestigationParam secondsAgo(const QString &name, qint64 seconds)
{
    InvestigationParam p;
    p.name = name;
    p.kind = InvestigationParam::Kind::SecondsAgo;
    p.value = seconds;
    return p;
}

QString fill(QString field, const QMap<QString, QString> &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString placeholder = QLatin1Char('{') + it.key() + QLatin1Char('}');
        if (field == placeholder)
            return it.value(); // a whole field is replaced verbatim, whatever it contains
    }
    return field;
}

} // namespace

QList<Investigation> builtIns()
{
    QList<Investigation> out;
    {
        Investigation i;
        i.id = QStringLiteral("builtin.user-24h");
        i.name = Tr::tr("A user's activity in the last 24 hours");
        i.description = Tr::tr("Token compromise, step 2: every audit row of the user in the last "
                               "24 hours, newest first.");
        i.filter.range = AuditFilter::Range::Last24Hours;
        i.filter.user = QStringLiteral("{user}");
        i.params << textParam(QStringLiteral("user"), Tr::tr("User"),
                              InvestigationParam::FromIncident::User);
        i.builtIn = true;
        out << i;
    }
    {
        Investigation i;
        i.id = QStringLiteral("builtin.api-key-last-100");
        i.name = Tr::tr("An API key's last 100 uses");
        i.description = Tr::tr("Suspected API key leak, triage: the key's 100 most recent audit "
                               "rows.");
        i.filter.apiKey = QStringLiteral("{api_key}");
        i.filter.limit = 100;
        i.params << textParam(QStringLiteral("api_key"), Tr::tr("API key"),
                              InvestigationParam::FromIncident::ApiKey);
        i.builtIn = true;
        out << i;
    }
    {
        Investigation i;
        i.id = QStringLiteral("builtin.api-key-ips-24h");
        i.name = Tr::tr("Distinct IPs of an API key in the last 24 hours");
        i.description = Tr::tr("Suspected API key leak, triage: every IP address the key was used "
                               "from in the last 24 hours.");
        i.kind = Investigation::Kind::Sql;
        i.sqlPostgres = QStringLiteral("SELECT DISTINCT ip FROM audit_logs\nWHERE api_key_id = ?\n"
                                       "AND timestamp > CAST(? AS timestamptz)\nORDER BY ip");
        i.sqlSqlite = QStringLiteral(
            "SELECT DISTINCT ip FROM audit_logs\nWHERE api_key_id = ?\nAND timestamp > ?\n"
            "ORDER BY ip");
        i.params << textParam(QStringLiteral("api_key"), Tr::tr("API key"),
                              InvestigationParam::FromIncident::ApiKey)
                 << secondsAgo(QStringLiteral("since"), 86400);
        i.builtIn = true;
        out << i;
    }
    {
        Investigation i;
        i.id = QStringLiteral("builtin.tenant-query-bytes-1h");
        i.name = Tr::tr("Tenants whose queries exceeded 1,000,000 bytes in the last hour");
        i.description = Tr::tr("Suspected database exfiltration, triage: tenants by the total "
                               "size of their queries in the last hour.");
        i.kind = Investigation::Kind::Sql;
        const QString sql = QStringLiteral(
            "SELECT tenant_id, COUNT(*) AS query_count, SUM(LENGTH(query)) AS total_bytes\n"
            "FROM audit_logs\nWHERE event = 'database_query'\nAND timestamp > %1\n"
            "GROUP BY tenant_id\nHAVING SUM(LENGTH(query)) > ?\nORDER BY total_bytes DESC");
        i.sqlPostgres = sql.arg(QStringLiteral("CAST(? AS timestamptz)"));
        i.sqlSqlite = sql.arg(QStringLiteral("?"));
        InvestigationParam bytes;
        bytes.name = QStringLiteral("min_bytes");
        bytes.label = Tr::tr("More than (bytes)");
        bytes.kind = InvestigationParam::Kind::Number;
        bytes.value = 1000000;
        i.params << secondsAgo(QStringLiteral("since"), 3600) << bytes;
        i.builtIn = true;
        out << i;
    }
    {
        Investigation i;
        i.id = QStringLiteral("builtin.rls-bypass");
        i.name = Tr::tr("RLS bypass attempts");
        i.description = Tr::tr("Suspected database exfiltration, triage: rows whose metadata "
                               "records an attempt to bypass row-level security.");
        i.filter.metaKey = QStringLiteral("rls_bypass_attempt");
        i.filter.metaValue = QStringLiteral("true");
        i.builtIn = true;
        out << i;
    }
    return out;
}

QStringList metadataKeys(const QList<Investigation> &list)
{
    QStringList keys;
    for (const Investigation &i : list) {
        if (i.kind == Investigation::Kind::Filter && !i.filter.metaKey.isEmpty() &&
            !i.filter.metaKey.startsWith(QLatin1Char('{')))
            keys << i.filter.metaKey;
    }
    keys.removeDuplicates();
    return keys;
}

QMap<QString, QString> defaultsFrom(const Investigation &inv, const Incident *incident)
{
    QMap<QString, QString> out;
    for (const InvestigationParam &p : inv.params) {
        if (p.kind == InvestigationParam::Kind::Number) {
            out.insert(p.name, p.value.toString());
            continue;
        }
        if (p.kind != InvestigationParam::Kind::Text)
            continue;
        QString v;
        if (incident) {
            switch (p.from) {
            case InvestigationParam::FromIncident::User:
                v = incident->affectedUsers.value(0);
                break;
            case InvestigationParam::FromIncident::ApiKey:
                v = incident->affectedApiKeys.value(0);
                break;
            case InvestigationParam::FromIncident::Tenant:
                v = incident->affectedTenants.value(0);
                break;
            case InvestigationParam::FromIncident::Nothing:
                break;
            }
        }
        out.insert(p.name, v);
    }
    return out;
}

Result<PreparedInvestigation> prepare(const Investigation &inv,
                                      const QMap<QString, QString> &values, Db::Engine engine,
                                      const QDateTime &nowUtc, QString *missing)
{
    PreparedInvestigation out;
    out.kind = inv.kind;
    QVariantList bound;
    QMap<QString, QString> filled;
    for (const InvestigationParam &p : inv.params) {
        switch (p.kind) {
        case InvestigationParam::Kind::SecondsAgo: {
            // Stored in the workspace, so anyone could have written it: a time
            // more than a century away is not one a query was saved with.
            constexpr qint64 Century = 100LL * 366 * 24 * 3600;
            bool ok = false;
            const qint64 ago = p.value.toLongLong(&ok);
            if (!ok || ago < -Century || ago > Century)
                return Error::make(Error::Kind::InvalidInput,
                                   Tr::tr("The saved time for %1 is not a valid time. Nothing "
                                          "was run.")
                                       .arg(p.label));
            bound << nowUtc.toUTC().addSecs(-ago);
            break;
        }
        case InvestigationParam::Kind::Number: {
            bool ok = false;
            const qint64 n = values.value(p.name, p.value.toString()).trimmed().toLongLong(&ok);
            if (!ok) {
                if (missing)
                    *missing = p.name;
                return Error::make(
                    Error::Kind::InvalidInput,
                    Tr::tr("%1 must be a whole number. Nothing was run.").arg(p.label));
            }
            bound << n;
            break;
        }
        case InvestigationParam::Kind::Text: {
            // A saved investigation keeps the values it was saved with.
            const QString v = values.value(p.name, p.value.toString());
            if (v.isEmpty()) {
                if (missing)
                    *missing = p.name;
                return Error::make(Error::Kind::InvalidInput,
                                   Tr::tr("\"%1\" needs a value for %2, and the selected incident "
                                          "names none. Enter one. Nothing was run.")
                                       .arg(inv.name, p.label));
            }
            bound << v;
            filled.insert(p.name, v);
            break;
        }
        }
    }
    if (inv.kind == Investigation::Kind::Filter) {
        AuditFilter f = inv.filter;
        for (QString *field :
             {&f.user, &f.tenant, &f.apiKey, &f.ip, &f.event, &f.text, &f.metaKey, &f.metaValue})
            *field = fill(*field, filled);
        out.filter = f;
        return out;
    }
    out.statement = SqlStatement{AuditSql::forEngine(inv.sql(engine), engine), bound};
    return out;
}

namespace {

QJsonObject definitionOf(const Investigation &i)
{
    QJsonObject o{{QStringLiteral("description"), i.description}};
    if (i.kind == Investigation::Kind::Filter)
        o.insert(QStringLiteral("filter"), QJsonObject::fromVariantMap(i.filter.toVariant()));
    else
        o.insert(QStringLiteral("sql"), QJsonObject{{QStringLiteral("postgres"), i.sqlPostgres},
                                                    {QStringLiteral("sqlite"), i.sqlSqlite}});
    QJsonArray params;
    for (const InvestigationParam &p : i.params) {
        params.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("label"), p.label},
            {QStringLiteral("kind"),
             p.kind == InvestigationParam::Kind::Number       ? QStringLiteral("number")
             : p.kind == InvestigationParam::Kind::SecondsAgo ? QStringLiteral("seconds_ago")
                                                              : QStringLiteral("text")},
            {QStringLiteral("value"), QJsonValue::fromVariant(p.value)}});
    }
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    return o;
}

QList<InvestigationParam> paramsOf(const QJsonObject &definition)
{
    QList<InvestigationParam> out;
    for (const QJsonValue &v : definition.value(QStringLiteral("params")).toArray()) {
        const QJsonObject o = v.toObject();
        InvestigationParam p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.label = o.value(QStringLiteral("label")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        p.kind = kind == QLatin1String("number")        ? InvestigationParam::Kind::Number
                 : kind == QLatin1String("seconds_ago") ? InvestigationParam::Kind::SecondsAgo
                                                        : InvestigationParam::Kind::Text;
        p.value = o.value(QStringLiteral("value")).toVariant();
        out << p;
    }
    return out;
}

} // namespace

namespace {
// These texts were first written for the audit view; they keep its
// translation context so their translations still apply.
struct ViewText
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditView)
};
} // namespace

Investigation fromConsole(const QString &name, const QString &sql, const QVariantList &values,
                          const QDateTime &nowUtc)
{
    Investigation inv;
    inv.name = name;
    inv.kind = Investigation::Kind::Sql;
    inv.sqlPostgres = inv.sqlSqlite = sql;
    inv.description = ViewText::tr("Saved from the SQL console.");
    for (int i = 0; i < values.size(); ++i) {
        InvestigationParam p;
        p.name = QStringLiteral("p%1").arg(i + 1);
        p.label = ViewText::tr("Value %1").arg(i + 1);
        const QVariant &v = values.at(i);
        if (v.metaType().id() == QMetaType::QDateTime) {
            p.kind = InvestigationParam::Kind::SecondsAgo;
            p.value = v.toDateTime().secsTo(nowUtc);
        } else if (v.metaType().id() == QMetaType::LongLong ||
                   v.metaType().id() == QMetaType::Int) {
            p.kind = InvestigationParam::Kind::Number;
            p.value = v.toLongLong();
        } else {
            p.value = v.toString();
        }
        inv.params << p;
    }
    return inv;
}

Investigation fromStored(const QString &id, const QString &name, const QString &kind,
                         const QByteArray &definition, const QString &createdBy)
{
    Investigation i;
    i.id = id;
    i.name = name;
    i.kind = kind == QLatin1String("sql") ? Investigation::Kind::Sql : Investigation::Kind::Filter;
    const QJsonObject def = QJsonDocument::fromJson(definition).object();
    i.description = def.value(QStringLiteral("description")).toString();
    i.filter =
        AuditFilter::fromVariant(def.value(QStringLiteral("filter")).toObject().toVariantMap());
    const QJsonObject sql = def.value(QStringLiteral("sql")).toObject();
    i.sqlPostgres = sql.value(QStringLiteral("postgres")).toString();
    i.sqlSqlite = sql.value(QStringLiteral("sqlite")).toString();
    i.params = paramsOf(def);
    i.createdBy = createdBy;
    return i;
}

Result<QList<Investigation>> loadSaved(QSqlDatabase &store)
{
    auto q = Db::exec(store, QStringLiteral("SELECT id, name, kind, definition, created_by FROM "
                                            "ic_audit_investigations ORDER BY name"));
    if (!q)
        return q.error();
    QList<Investigation> out;
    while (q->next()) {
        out << fromStored(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString().toUtf8(), q->value(4).toString());
    }
    return out;
}

Result<Investigation> save(QSqlDatabase &store, Investigation inv, const QString &actor,
                           const QDateTime &nowUtc)
{
    inv.name = inv.name.simplified();
    if (inv.name.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Give the investigation a name. Nothing was saved."));
    if (inv.name.size() > 200)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The name is longer than 200 characters. Nothing was saved."));
    if (inv.kind == Investigation::Kind::Sql && inv.sqlPostgres.trimmed().isEmpty() &&
        inv.sqlSqlite.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("There is no SQL to save. Nothing was saved."));
    for (const Investigation &b : builtIns()) {
        if (b.name.compare(inv.name, Qt::CaseInsensitive) == 0)
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is the name of a built-in investigation. Choose "
                                      "another name. Nothing was saved.")
                                   .arg(inv.name));
    }
    auto taken = Db::exec(store,
                          QStringLiteral("SELECT created_by FROM ic_audit_investigations WHERE "
                                         "lower(name) = lower(?)"),
                          {inv.name});
    if (!taken)
        return taken.error();
    if (taken->next())
        return Error::make(Error::Kind::Conflict,
                           Tr::tr("An investigation named \"%1\" already exists (saved by %2). "
                                  "Choose another name. Nothing was saved.")
                               .arg(inv.name, taken->value(0).toString()));
    inv.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    inv.createdBy = actor;
    inv.builtIn = false;
    if (inv.kind == Investigation::Kind::Filter)
        inv.params.clear(); // a saved filter holds its values itself
    const QString definition =
        QString::fromUtf8(QJsonDocument(definitionOf(inv)).toJson(QJsonDocument::Compact));
    auto r = Db::exec(
        store,
        QStringLiteral("INSERT INTO ic_audit_investigations (id, name, kind, definition, "
                       "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {inv.id, inv.name,
         inv.kind == Investigation::Kind::Sql ? QStringLiteral("sql") : QStringLiteral("filter"),
         definition, actor, Db::bindTime(store, nowUtc), Db::bindTime(store, nowUtc)});
    if (!r)
        return r.error();
    return inv;
}

Result<void> remove(QSqlDatabase &store, const QString &id)
{
    auto r =
        Db::exec(store, QStringLiteral("DELETE FROM ic_audit_investigations WHERE id = ?"), {id});
    if (!r)
        return r.error();
    return success();
}

} // namespace ic::Investigations
