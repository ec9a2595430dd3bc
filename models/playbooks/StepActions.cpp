#include "models/playbooks/StepActions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ic::StepActions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::StepActions)
};

constexpr int MaxRequests = 20;

// The containment action an admin path names, in the actions catalog's
// words: "/admin/users/{id}/revoke-all-tokens" → "user.revoke-all-tokens",
// "/admin/blocked-ips" → "ip.block". Also the placeholder name of its subject.
std::pair<QString, QString> actionForPath(const QString &target)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:https?://[^/]+)?(?:/api)?/admin/([a-z][a-z-]*)(?:/[^/?#]+(?:/([a-z][a-z-]*))?)?"));
    const auto m = re.match(target);
    if (!m.hasMatch())
        return {};
    const QString collection = m.captured(1);
    if (collection == QLatin1String("blocked-ips"))
        return {QStringLiteral("ip.block"), QStringLiteral("ip")};
    QString subject = collection;
    if (subject.endsWith(QLatin1Char('s')))
        subject.chop(1);
    const QString verb = m.captured(2);
    if (verb.isEmpty())
        return {};
    const QString name = subject == QLatin1String("user")      ? QStringLiteral("user_id")
                         : subject == QLatin1String("tenant")  ? QStringLiteral("tenant_id")
                         : subject == QLatin1String("api-key") ? QStringLiteral("api_key_id")
                                                               : QString();
    return {subject + QLatin1Char('.') + verb, name};
}

// The catalog's code for a containment a SQL change performs.
std::pair<QString, QString> actionForSql(const QString &containment)
{
    if (containment == QLatin1String("revoke_api_key"))
        return {QStringLiteral("api-key.revoke"), QStringLiteral("api_key_id")};
    if (containment == QLatin1String("suspend_tenant"))
        return {QStringLiteral("tenant.suspend"), QStringLiteral("tenant_id")};
    if (containment == QLatin1String("suspend_user"))
        return {QStringLiteral("user.suspend"), QStringLiteral("user_id")};
    if (containment == QLatin1String("revoke_sessions"))
        return {QStringLiteral("user.logout-all"), QStringLiteral("user_id")};
    if (containment == QLatin1String("block_ip"))
        return {QStringLiteral("ip.block"), QStringLiteral("ip")};
    return {};
}

QVariantMap subjects(const Incident &incident)
{
    return QVariantMap{{QStringLiteral("user_id"), incident.affectedUsers},
                       {QStringLiteral("tenant_id"), incident.affectedTenants},
                       {QStringLiteral("api_key_id"), incident.affectedApiKeys}};
}

QVariantMap base(const Incident &incident, const QString &step, CodeBlock::Kind kind)
{
    return QVariantMap{{QStringLiteral("incident_id"), incident.id},
                       {QStringLiteral("incident_ref"), incident.ref},
                       {QStringLiteral("step"), step},
                       {QStringLiteral("kind"), CodeBlock::kindCode(kind)}};
}

// A value safe to paste into a shell command without quoting.
bool shellSafe(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("\\A[A-Za-z0-9._@:+/=-]{1,200}\\z"));
    return safe.match(value).hasMatch();
}

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("revoke_api_key"))
        return Tr::tr("Revoke API key");
    if (action == QLatin1String("suspend_tenant"))
        return Tr::tr("Suspend tenant");
    if (action == QLatin1String("suspend_user"))
        return Tr::tr("Suspend user");
    if (action == QLatin1String("block_ip"))
        return Tr::tr("Block IP address");
    if (action == QLatin1String("revoke_sessions"))
        return Tr::tr("Revoke sessions");
    if (action == QLatin1String("record_audit_event"))
        return Tr::tr("Record in the audit log");
    return Tr::tr("Containment action");
}

QString joinValues(const QStringList &values)
{
    return values.isEmpty() ? Tr::tr("(none yet)") : values.join(QStringLiteral(", "));
}

QList<StepAction> adminRequests(const CodeBlock &code, const QString &step,
                                const Incident &incident)
{
    static const QRegularExpression request(
        QStringLiteral(
            "^\\s*(?:\\$\\s*)?(GET|POST|PUT|PATCH|DELETE)\\s+((?:https?://[^\\s/]+)?/\\S*)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression curl(
        QStringLiteral("\\bcurl\\b[^\\n]*?-X\\s*['\"]?(GET|POST|PUT|PATCH|DELETE)\\b[^\\n]*?"
                       "['\"]?(https?://[^\\s'\"]+)"));
    QVariantList requests;
    QStringList lines;
    QStringList missing;
    auto expand = [&](const QString &method, const QString &target, qsizetype targetStart) {
        // Placeholders inside this target, with their values.
        QList<std::pair<CodePlaceholder, QStringList>> fills;
        for (const CodePlaceholder &p : code.placeholders) {
            if (p.offset >= targetStart && p.offset + p.length <= targetStart + target.size())
                fills.append({p, valuesFor(p.name, incident)});
        }
        QStringList paths{target};
        for (auto it = fills.crbegin(); it != fills.crend(); ++it) { // right to left keeps offsets
            const auto &[p, values] = *it;
            const qsizetype at = p.offset - targetStart;
            if (values.isEmpty()) {
                if (!missing.contains(p.text))
                    missing.append(p.text);
                continue;
            }
            QStringList next;
            for (const QString &path : std::as_const(paths)) {
                for (const QString &v : values) {
                    if (next.size() < MaxRequests)
                        next.append(QString(path).replace(
                            at, p.length, QString::fromLatin1(QUrl::toPercentEncoding(v))));
                }
            }
            paths = next;
        }
        for (const QString &path : std::as_const(paths)) {
            if (requests.size() >= MaxRequests)
                break;
            requests.append(QVariantMap{{QStringLiteral("method"), method},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("template"), target}});
            lines.append(method + QLatin1Char(' ') + path);
        }
    };
    auto it = request.globalMatch(code.text);
    while (it.hasNext()) {
        const auto m = it.next();
        expand(m.captured(1), m.captured(2), m.capturedStart(2));
    }
    auto cit = curl.globalMatch(code.text);
    while (cit.hasNext()) {
        const auto m = cit.next();
        expand(m.captured(1), m.captured(2), m.capturedStart(2));
    }
    if (requests.isEmpty())
        return {};
    StepAction a;
    a.type = StepAction::Type::AdminRequest;
    a.kind = code.kind;
    a.label = Tr::tr("Open containment action…");
    a.request = QStringLiteral("actions.prefill");
    a.missing = missing;
    a.arguments = base(incident, step, code.kind);
    const auto [action, subjectName] =
        actionForPath(requests.first().toMap().value(QStringLiteral("template")).toString());
    const QStringList targets = valuesFor(subjectName, incident);
    a.arguments.insert(QStringLiteral("action"), action);
    a.arguments.insert(QStringLiteral("target"), targets.value(0));
    a.arguments.insert(QStringLiteral("subjects"), targets);
    a.arguments.insert(QStringLiteral("incident_subjects"), subjects(incident));
    a.arguments.insert(QStringLiteral("requests"), requests);
    a.arguments.insert(QStringLiteral("missing"), missing);
    a.description = Tr::tr("The request that would be sent to the admin API:") + QLatin1Char('\n') +
                    lines.join(QLatin1Char('\n'));
    if (!missing.isEmpty()) {
        a.description +=
            QLatin1Char('\n') + Tr::tr("Not filled in from the incident yet: %1 — add the affected "
                                       "users, tenants or API keys to the incident.")
                                    .arg(missing.join(QStringLiteral(", ")));
    }
    a.copyText = lines.join(QLatin1Char('\n'));
    return {a};
}

} // namespace

QStringList valuesFor(const QString &name, const Incident &incident)
{
    if (name == QLatin1String("user_id"))
        return incident.affectedUsers;
    if (name == QLatin1String("tenant_id"))
        return incident.affectedTenants;
    if (name == QLatin1String("api_key_id"))
        return incident.affectedApiKeys;
    if (name == QLatin1String("incident_id"))
        return incident.ref.isEmpty() ? QStringList() : QStringList{incident.ref};
    return {};
}

QString containmentActionFor(const QString &sql)
{
    const QString s = sql.toLower().simplified();
    static const QList<std::pair<QRegularExpression, const char *>> rules{
        {QRegularExpression(QStringLiteral("\\bupdate\\s+api_keys\\b.*\\brevoke")),
         "revoke_api_key"},
        {QRegularExpression(QStringLiteral("\\bdelete\\s+from\\s+api_keys\\b")), "revoke_api_key"},
        {QRegularExpression(QStringLiteral("\\bupdate\\s+tenants\\b.*suspend")), "suspend_tenant"},
        {QRegularExpression(QStringLiteral("\\bupdate\\s+users\\b.*(?:suspend|disable|lock)")),
         "suspend_user"},
        {QRegularExpression(QStringLiteral("\\binsert\\s+into\\s+blocked_ips\\b")), "block_ip"},
        {QRegularExpression(QStringLiteral("\\b(?:delete\\s+from|update)\\s+sessions\\b")),
         "revoke_sessions"},
        {QRegularExpression(QStringLiteral("\\binsert\\s+into\\s+audit_logs\\b")),
         "record_audit_event"},
    };
    for (const auto &[re, action] : rules) {
        if (re.match(s).hasMatch())
            return QString::fromLatin1(action);
    }
    return QStringLiteral("sql_change");
}

BoundQuery bindQuery(const CodeBlock &code, const Incident &incident)
{
    BoundQuery q;
    qsizetype from = 0;
    for (const CodePlaceholder &p : code.placeholders) {
        if (p.offset < from)
            continue; // overlapping: keep the first
        q.sql += code.text.mid(from, p.offset - from);
        q.sql += QLatin1Char('?');
        from = p.offset + p.length;
        const QStringList values = valuesFor(p.name, incident);
        q.names.append(p.name.isEmpty() ? p.text : p.name);
        if (values.isEmpty()) {
            q.params.append(QVariant(QMetaType(QMetaType::QString)));
            if (!q.missing.contains(p.text))
                q.missing.append(p.text);
        } else {
            q.params.append(values.first());
        }
    }
    q.sql += code.text.mid(from);
    return q;
}

QList<StepAction> forCode(const CodeBlock &code, const QString &step, const Incident &incident)
{
    switch (code.kind) {
    case CodeBlock::Kind::AdminApi: {
        QList<StepAction> out = adminRequests(code, step, incident);
        if (!out.isEmpty())
            return out;
        break;
    }
    case CodeBlock::Kind::SqlQuery: {
        const BoundQuery b = bindQuery(code, incident);
        StepAction a;
        a.type = StepAction::Type::AuditQuery;
        a.kind = code.kind;
        a.label = Tr::tr("Open in audit log explorer");
        a.request = QStringLiteral("audit.query");
        a.missing = b.missing;
        a.arguments = base(incident, step, code.kind);
        a.arguments.insert(QStringLiteral("sql"), b.sql);
        a.arguments.insert(QStringLiteral("params"), b.params);
        a.arguments.insert(QStringLiteral("parameter_names"), b.names);
        a.arguments.insert(QStringLiteral("missing"), b.missing);
        a.arguments.insert(QStringLiteral("title"), step);
        QStringList bound;
        for (int i = 0; i < b.params.size(); ++i) {
            bound.append(QStringLiteral("%1 = %2 (%3)")
                             .arg(i + 1)
                             .arg(b.params[i].isNull() ? Tr::tr("not set") : b.params[i].toString(),
                                  b.names[i]));
        }
        a.description = b.sql.trimmed();
        if (!bound.isEmpty())
            a.description +=
                QLatin1Char('\n') + Tr::tr("Parameters: %1").arg(bound.join(QStringLiteral("; ")));
        a.copyText = code.text;
        return {a};
    }
    case CodeBlock::Kind::SqlChange: {
        const QString action = containmentActionFor(code.text);
        if (actionForSql(action).first.isEmpty()) {
            // No containment action does this (e.g. the seed's "log the
            // revocation" INSERT): offer the text to copy, never an empty action.
            StepAction a;
            a.type = StepAction::Type::Copy;
            a.kind = code.kind;
            a.label = Tr::tr("Copy SQL");
            a.description = Tr::tr("SQL changes are never run from a checklist, and no "
                                   "containment action does this one. Copy it to run it where "
                                   "you run SQL, if it still applies.");
            a.copyText = code.text;
            return {a};
        }
        StepAction a;
        a.type = StepAction::Type::ContainmentAction;
        a.kind = code.kind;
        a.label = Tr::tr("Open containment action: %1…").arg(actionLabel(action));
        a.request = QStringLiteral("actions.prefill");
        a.arguments = base(incident, step, code.kind);
        const auto [catalogAction, subjectName] = actionForSql(action);
        const QStringList subjectValues = valuesFor(subjectName, incident);
        a.arguments.insert(QStringLiteral("action"), catalogAction);
        a.arguments.insert(QStringLiteral("containment"), action);
        a.arguments.insert(QStringLiteral("target"), subjectValues.value(0));
        a.arguments.insert(QStringLiteral("subjects"), subjectValues);
        a.arguments.insert(QStringLiteral("incident_subjects"), subjects(incident));
        a.arguments.insert(QStringLiteral("sql"), code.text);
        QStringList targets;
        for (const CodePlaceholder &p : code.placeholders) {
            const QString line =
                QStringLiteral("%1: %2").arg(p.name, joinValues(valuesFor(p.name, incident)));
            if (!targets.contains(line))
                targets.append(line);
            if (valuesFor(p.name, incident).isEmpty() && !a.missing.contains(p.text))
                a.missing.append(p.text);
        }
        a.arguments.insert(QStringLiteral("missing"), a.missing);
        a.description = Tr::tr("SQL changes are never run from a checklist. This step maps to "
                               "the containment action “%1”.")
                            .arg(actionLabel(action));
        if (!targets.isEmpty())
            a.description +=
                QLatin1Char('\n') + Tr::tr("For %1").arg(targets.join(QStringLiteral("; ")));
        a.copyText = code.text;
        return {a};
    }
    default:
        break;
    }
    // Shell, configuration and anything else: copy, with values the
    // incident knows filled in where that is safe.
    StepAction a;
    a.type = StepAction::Type::Copy;
    a.kind = code.kind;
    a.label = code.kind == CodeBlock::Kind::Shell ? Tr::tr("Copy command") : Tr::tr("Copy");
    QString text = code.text;
    for (auto it = code.placeholders.crbegin(); it != code.placeholders.crend(); ++it) {
        const QStringList values = valuesFor(it->name, incident);
        if (values.size() == 1 && shellSafe(values.first()))
            text.replace(it->offset, it->length, values.first());
        else if (!a.missing.contains(it->text))
            a.missing.append(it->text);
    }
    a.copyText = text;
    a.description = text.trimmed();
    return {a};
}

} // namespace ic::StepActions
