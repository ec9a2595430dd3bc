#include "models/audit/AuditFilter.h"

#include "models/audit/IpNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditFilter)
};

const QChar Nul(u'\0');

QString rangeCode(AuditFilter::Range r)
{
    switch (r) {
    case AuditFilter::Range::All:
        return QStringLiteral("all");
    case AuditFilter::Range::LastHour:
        return QStringLiteral("1h");
    case AuditFilter::Range::Last24Hours:
        return QStringLiteral("24h");
    case AuditFilter::Range::Last7Days:
        return QStringLiteral("7d");
    case AuditFilter::Range::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("all");
}

AuditFilter::Range rangeFromCode(const QString &code)
{
    for (auto r : {AuditFilter::Range::LastHour, AuditFilter::Range::Last24Hours,
                   AuditFilter::Range::Last7Days, AuditFilter::Range::Custom}) {
        if (rangeCode(r) == code)
            return r;
    }
    return AuditFilter::Range::All;
}

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A metadata value typed as JSON (true, 12, null) also matches the JSON
// scalar, as a commander copying it from the row detail means it.
enum class JsonScalar { None, True, False, Null, Number };

JsonScalar jsonScalarKind(const QString &value, double *number)
{
    if (value == QLatin1String("true"))
        return JsonScalar::True;
    if (value == QLatin1String("false"))
        return JsonScalar::False;
    if (value == QLatin1String("null"))
        return JsonScalar::Null;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + value.toUtf8() + "]");
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isDouble() &&
        !value.trimmed().isEmpty() && value.trimmed() == value) {
        *number = doc.array().at(0).toDouble();
        return JsonScalar::Number;
    }
    return JsonScalar::None;
}

struct Builder
{
    Db::Engine engine;
    QStringList parts;
    QVariantList params;

    bool pg() const { return engine == Db::Engine::Postgres; }
    void add(const QString &sql, const QVariantList &values = {})
    {
        parts << sql;
        params << values;
    }
};

} // namespace

QVariantMap AuditFilter::toVariant() const
{
    QVariantMap m;
    m.insert(QStringLiteral("range"), rangeCode(range));
    if (range == Range::Custom) {
        m.insert(QStringLiteral("from"), isoOrEmpty(from));
        m.insert(QStringLiteral("to"), isoOrEmpty(to));
    }
    auto put = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            m.insert(QString::fromLatin1(key), v);
    };
    put("user", user);
    put("tenant", tenant);
    put("apiKey", apiKey);
    put("ip", ip);
    put("event", event);
    put("text", text);
    put("metaKey", metaKey);
    put("metaValue", metaValue);
    m.insert(QStringLiteral("order"),
             order == Order::OldestFirst ? QStringLiteral("oldest") : QStringLiteral("newest"));
    if (limit > 0)
        m.insert(QStringLiteral("limit"), limit);
    return m;
}

AuditFilter AuditFilter::fromVariant(const QVariantMap &m)
{
    AuditFilter f;
    f.range = rangeFromCode(m.value(QStringLiteral("range")).toString());
    f.from = QDateTime::fromString(m.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
    f.to = QDateTime::fromString(m.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
    f.user = m.value(QStringLiteral("user")).toString();
    f.tenant = m.value(QStringLiteral("tenant")).toString();
    f.apiKey = m.value(QStringLiteral("apiKey")).toString();
    f.ip = m.value(QStringLiteral("ip")).toString();
    f.event = m.value(QStringLiteral("event")).toString();
    f.text = m.value(QStringLiteral("text")).toString();
    f.metaKey = m.value(QStringLiteral("metaKey")).toString();
    f.metaValue = m.value(QStringLiteral("metaValue")).toString();
    f.order = m.value(QStringLiteral("order")).toString() == QLatin1String("oldest")
                  ? Order::OldestFirst
                  : Order::NewestFirst;
    f.limit = qMax(0, m.value(QStringLiteral("limit")).toInt());
    return f;
}

QString AuditFilter::summary() const
{
    QStringList parts;
    auto shown = [](const QString &v) {
        QString s = v;
        s.replace(Nul, QStringLiteral("\\0"));
        return s.size() > 40 ? s.left(39) + QChar(0x2026) : s;
    };
    switch (range) {
    case Range::All:
        break;
    case Range::LastHour:
        parts << Tr::tr("last hour");
        break;
    case Range::Last24Hours:
        parts << Tr::tr("last 24 h");
        break;
    case Range::Last7Days:
        parts << Tr::tr("last 7 days");
        break;
    case Range::Custom:
        parts << Tr::tr("%1 to %2")
                     .arg(from.isValid()
                              ? from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : Tr::tr("start"),
                          to.isValid()
                              ? to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : Tr::tr("now"));
        break;
    }
    auto add = [&](const QString &label, const QString &v) {
        if (!v.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(label, shown(v));
    };
    add(Tr::tr("user"), user);
    add(Tr::tr("tenant"), tenant);
    add(Tr::tr("API key"), apiKey);
    add(Tr::tr("IP"), ip);
    add(Tr::tr("event"), event);
    if (!text.isEmpty())
        parts << Tr::tr("query contains \"%1\"").arg(shown(text));
    if (!metaKey.isEmpty())
        parts << (metaValue.isEmpty()
                      ? Tr::tr("metadata has %1").arg(shown(metaKey))
                      : QStringLiteral("metadata.%1 = %2").arg(shown(metaKey), shown(metaValue)));
    if (limit > 0)
        parts << Tr::tr("first %1").arg(limit);
    parts << (order == Order::NewestFirst ? Tr::tr("newest first") : Tr::tr("oldest first"));
    return parts.join(QStringLiteral(" · "));
}

QString SqlStatement::text() const
{
    QString out = sql;
    const bool dollar = sql.contains(QLatin1String("$1"));
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        QString shown;
        if (v.isNull()) {
            shown = QStringLiteral("NULL");
        } else if (v.typeId() == QMetaType::QDateTime) {
            shown = QLatin1Char('\'') + v.toDateTime().toUTC().toString(Qt::ISODateWithMs) +
                    QLatin1Char('\'');
        } else if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray) {
            QString s = v.toString();
            s.replace(QLatin1Char('\''), QStringLiteral("''"));
            s.replace(Nul, QStringLiteral("\\0"));
            shown = QLatin1Char('\'') + s + QLatin1Char('\'');
        } else {
            shown = v.toString();
        }
        out += QStringLiteral("\n-- %1%2 = %3")
                   .arg(dollar ? QStringLiteral("$") : QStringLiteral("?"))
                   .arg(i + 1)
                   .arg(shown);
    }
    return out;
}

namespace AuditFilters {

QString likePattern(const QString &literal)
{
    QString out;
    out.reserve(literal.size() + 2);
    out += QLatin1Char('%');
    for (QChar c : literal) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('%');
    return out;
}

QList<FieldProblem> validate(const AuditFilter &f, const QDateTime &nowUtc,
                             const AuditCatalog *catalog)
{
    Q_UNUSED(nowUtc)
    QList<FieldProblem> problems;
    const QString nothingRun = Tr::tr("Nothing was run.");
    if (f.range == AuditFilter::Range::Custom) {
        if (!f.from.isValid() && !f.to.isValid()) {
            problems << FieldProblem{
                AuditField::Time,
                Tr::tr("Choose when the custom range starts or ends. %1").arg(nothingRun)};
        } else if (f.from.isValid() && f.to.isValid() && f.from >= f.to) {
            problems << FieldProblem{
                AuditField::Time,
                Tr::tr("The time range ends (%1) before it starts (%2). %3 Swap the two times.")
                    .arg(f.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         f.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         nothingRun)};
        }
    }
    auto tooLong = [&](AuditField field, const QString &v) {
        if (v.size() > MaxTextLength)
            problems << FieldProblem{field,
                                     Tr::tr("This is %1 characters long; the limit is %2. %3")
                                         .arg(v.size())
                                         .arg(MaxTextLength)
                                         .arg(nothingRun)};
    };
    tooLong(AuditField::User, f.user);
    tooLong(AuditField::Tenant, f.tenant);
    tooLong(AuditField::ApiKey, f.apiKey);
    tooLong(AuditField::Event, f.event);
    tooLong(AuditField::Text, f.text);
    tooLong(AuditField::MetaKey, f.metaKey);
    tooLong(AuditField::MetaValue, f.metaValue);
    if (!f.ip.isEmpty()) {
        auto n = IpNetwork::parse(f.ip);
        if (!n)
            problems << FieldProblem{AuditField::Ip,
                                     n.error().message + QLatin1Char(' ') + nothingRun};
    }
    if (!f.metaValue.isEmpty() && f.metaKey.isEmpty()) {
        problems << FieldProblem{AuditField::MetaKey,
                                 Tr::tr("Name the metadata key whose value should be \"%1\". %2")
                                     .arg(f.metaValue.left(40), nothingRun)};
    }
    if (!f.metaKey.isEmpty() && f.metaKey.size() <= MaxTextLength && catalog &&
        catalog->metadataKeysKnown && !catalog->metadataKeys.contains(f.metaKey)) {
        QStringList close;
        for (const QString &k : catalog->metadataKeys) {
            if (k.compare(f.metaKey, Qt::CaseInsensitive) == 0 ||
                k.contains(f.metaKey, Qt::CaseInsensitive) ||
                (k.size() >= 3 && f.metaKey.contains(k, Qt::CaseInsensitive)))
                close << k;
        }
        QString shownKey = f.metaKey.left(40);
        shownKey.replace(Nul, QStringLiteral("\\0"));
        QString message = Tr::tr("No audit row has the metadata key \"%1\" (keys are "
                                 "case-sensitive). %2")
                              .arg(shownKey, nothingRun);
        for (QString &k : close)
            k = QLatin1Char('"') + k + QLatin1Char('"');
        if (!close.isEmpty())
            message += QLatin1Char(' ') +
                       Tr::tr("Did you mean %1?").arg(close.mid(0, 3).join(QStringLiteral(", ")));
        else if (!catalog->metadataKeys.isEmpty())
            message += QLatin1Char(' ') +
                       Tr::tr("Known keys: %1.")
                           .arg(catalog->metadataKeys.mid(0, 12).join(QStringLiteral(", ")));
        problems << FieldProblem{AuditField::MetaKey, message};
    }
    if (f.limit < 0)
        problems << FieldProblem{AuditField::Limit,
                                 Tr::tr("The row limit cannot be negative. %1").arg(nothingRun)};
    return problems;
}

CompiledFilter compile(const AuditFilter &f, Db::Engine engine, const QDateTime &nowUtc)
{
    CompiledFilter c;
    c.engine = engine;
    c.descending = f.order == AuditFilter::Order::NewestFirst;
    c.limit = qMax(0, f.limit);
    Builder b{engine, {}, {}};
    const bool pg = b.pg();
    // PostgreSQL text cannot hold U+0000, so no stored value can equal or
    // contain one: the filter matches nothing (and libpq would cut the value).
    auto impossible = [&](const QString &v) { return pg && v.contains(Nul); };

    const QDateTime now = nowUtc.toUTC();
    switch (f.range) {
    case AuditFilter::Range::All:
        break;
    case AuditFilter::Range::LastHour:
        c.from = now.addSecs(-3600);
        break;
    case AuditFilter::Range::Last24Hours:
        c.from = now.addSecs(-86400);
        break;
    case AuditFilter::Range::Last7Days:
        c.from = now.addDays(-7);
        break;
    case AuditFilter::Range::Custom:
        c.from = f.from.toUTC();
        c.to = f.to.toUTC();
        break;
    }
    if (c.from.isValid())
        b.add(pg ? QStringLiteral("timestamp >= CAST(? AS timestamptz)")
                 : QStringLiteral("timestamp >= ?"),
              {c.from});
    if (c.to.isValid())
        b.add(pg ? QStringLiteral("timestamp < CAST(? AS timestamptz)")
                 : QStringLiteral("timestamp < ?"),
              {c.to});

    auto equals = [&](const char *column, const QString &v) {
        if (v.isEmpty())
            return;
        if (impossible(v))
            c.matchesNothing = true;
        else
            b.add(QString::fromLatin1(column) + QStringLiteral(" = ?"), {v});
        c.equalColumns << QString::fromLatin1(column);
    };
    equals("user_id", f.user);
    equals("tenant_id", f.tenant);
    equals("api_key_id", f.apiKey);
    equals("event", f.event);

    if (!f.ip.isEmpty()) {
        if (auto n = IpNetwork::parse(f.ip)) {
            const QString net = n->text();
            if (n->isHost())
                c.equalColumns << QStringLiteral("ip");
            else
                c.ipNetwork = true;
            if (pg) {
                b.add(n->isHost() ? QStringLiteral("ip = CAST(? AS inet)")
                                  : QStringLiteral("ip <<= CAST(? AS inet)"),
                      {net});
            } else {
                // The index narrows by the dotted text prefix; the function decides.
                const QString prefix = n->ipv4TextPrefix();
                if (!prefix.isEmpty()) {
                    QString upper = prefix;
                    upper[upper.size() - 1] = QLatin1Char('/'); // the character after '.'
                    b.add(QStringLiteral("ip >= ? AND ip < ?"), {prefix, upper});
                }
                b.add(QStringLiteral("ic_inet_contains(?, ip) = 1"), {net});
            }
        }
    }

    if (!f.text.isEmpty()) {
        c.text = true;
        if (impossible(f.text))
            c.matchesNothing = true;
        else if (!pg && f.text.contains(Nul)) // SQLite's LIKE stops at a NUL; instr() does not
            b.add(QStringLiteral("instr(query, ?) > 0"), {f.text});
        else
            b.add(pg ? QStringLiteral("query ILIKE ? ESCAPE '\\'")
                     : QStringLiteral("query LIKE ? ESCAPE '\\'"),
                  {likePattern(f.text)});
    }

    if (!f.metaKey.isEmpty()) {
        c.metadata = true;
        // Neither engine's JSON holds U+0000 (PostgreSQL refuses \u0000,
        // SQLite's JSON functions stop at it): such a key or value matches nothing.
        if (f.metaKey.contains(Nul) || f.metaValue.contains(Nul)) {
            c.matchesNothing = true;
        } else if (f.metaValue.isEmpty()) {
            b.add(pg ? QStringLiteral("jsonb_exists(metadata, ?)")
                     : QStringLiteral("EXISTS (SELECT 1 FROM json_each(audit_logs.metadata) AS j "
                                      "WHERE j.key = ?)"),
                  {f.metaKey});
        } else {
            double number = 0;
            const JsonScalar kind = jsonScalarKind(f.metaValue, &number);
            if (pg) {
                // Containment (@>) can use a GIN index on metadata where there is one.
                const QString asText = QStringLiteral(
                    "metadata @> jsonb_build_object(CAST(? AS text), CAST(? AS text))");
                if (kind == JsonScalar::None)
                    b.add(asText, {f.metaKey, f.metaValue});
                else
                    b.add(QStringLiteral("(metadata @> jsonb_build_object(CAST(? AS text), "
                                         "CAST(? AS jsonb)) OR ") +
                              asText + QLatin1Char(')'),
                          {f.metaKey, f.metaValue, f.metaKey, f.metaValue});
            } else {
                QString typed;
                QVariantList typedParams;
                switch (kind) {
                case JsonScalar::True:
                    typed = QStringLiteral(" OR j.type = 'true'");
                    break;
                case JsonScalar::False:
                    typed = QStringLiteral(" OR j.type = 'false'");
                    break;
                case JsonScalar::Null:
                    typed = QStringLiteral(" OR j.type = 'null'");
                    break;
                case JsonScalar::Number:
                    typed = QStringLiteral(" OR (j.type IN ('integer', 'real') AND j.value = ?)");
                    typedParams << number;
                    break;
                case JsonScalar::None:
                    break;
                }
                b.add(QStringLiteral("EXISTS (SELECT 1 FROM json_each(audit_logs.metadata) AS j "
                                     "WHERE j.key = ? AND ((j.type = 'text' AND j.value = ?)") +
                          typed + QStringLiteral("))"),
                      QVariantList{f.metaKey, f.metaValue} + typedParams);
            }
        }
    }

    c.where = b.parts.join(QStringLiteral(" AND "));
    c.params = b.params;
    return c;
}

AuditFilter around(AuditField field, const QString &value, const QDateTime &timeUtc,
                   qint64 windowSeconds)
{
    AuditFilter f;
    f.range = AuditFilter::Range::Custom;
    f.from = timeUtc.toUTC().addSecs(-windowSeconds);
    f.to = timeUtc.toUTC().addSecs(windowSeconds);
    switch (field) {
    case AuditField::User:
        f.user = value;
        break;
    case AuditField::Tenant:
        f.tenant = value;
        break;
    case AuditField::ApiKey:
        f.apiKey = value;
        break;
    case AuditField::Ip:
        f.ip = value;
        break;
    case AuditField::Event:
        f.event = value;
        break;
    default:
        break;
    }
    return f;
}

} // namespace AuditFilters
} // namespace ic
