#include "models/notify/NotificationRenderer.h"

#include "models/core/TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

#include <kainjow/mustache.hpp>

#include <set>

namespace ic::NotificationRenderer {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

namespace mu = kainjow::mustache;

// ---- The fields, as a tree of QVariantMap / QVariantList / QString / bool ----

QVariant text(const QString &s)
{
    return s.trimmed();
}

QVariant list(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}

QString joined(const QStringList &items)
{
    return list(items).toStringList().join(QStringLiteral(", "));
}

QVariantMap contextOf(const RenderInput &in)
{
    const QString zone = in.organisation.timeZone;
    const Incident &inc = in.incident;
    QVariantMap incident{
        {QStringLiteral("id"), text(inc.id)},
        {QStringLiteral("ref"), text(inc.ref)},
        {QStringLiteral("title"), text(inc.title)},
        {QStringLiteral("summary"), text(inc.summary)},
        {QStringLiteral("severity"), severityCode(inc.severity)},
        {QStringLiteral("severity_name"), text(in.severityName)},
        {QStringLiteral("severity_label"),
         in.severityName.trimmed().isEmpty()
             ? severityCode(inc.severity)
             : QStringLiteral("%1 - %2").arg(severityCode(inc.severity),
                                             in.severityName.trimmed())},
        {QStringLiteral("status"), statusLabel(inc.status)},
        {QStringLiteral("commander"), text(inc.commander)},
        {QStringLiteral("detected_at"), documentTime(inc.detectedAt, zone)},
        {QStringLiteral("became_aware_at"), documentTime(inc.becameAwareAt, zone)},
        {QStringLiteral("affected_tenants"), list(inc.affectedTenants)},
        {QStringLiteral("affected_tenant_count"), QString::number(inc.affectedTenants.size())},
        {QStringLiteral("affected_users"), list(inc.affectedUsers)},
        {QStringLiteral("affected_user_count"), QString::number(inc.affectedUsers.size())},
        {QStringLiteral("affected_api_key_count"), QString::number(inc.affectedApiKeys.size())},
    };
    const NotificationFacts &f = in.facts;
    QVariantMap facts{
        {QStringLiteral("personal_data"), f.personalData.value_or(false)},
        {QStringLiteral("phi"), f.phi.value_or(false)},
        {QStringLiteral("data_breach"), f.dataBreach.value_or(false)},
        {QStringLiteral("jurisdictions"), list(f.jurisdictions)},
        {QStringLiteral("jurisdictions_text"), joined(f.jurisdictions)},
        {QStringLiteral("people_affected"), text(f.peopleAffected)},
        {QStringLiteral("records_affected"), text(f.recordsAffected)},
        {QStringLiteral("subject_categories"), list(f.subjectCategories)},
        {QStringLiteral("subject_categories_text"), joined(f.subjectCategories)},
        {QStringLiteral("data_categories"), list(f.dataCategories)},
        {QStringLiteral("data_categories_text"), joined(f.dataCategories)},
        {QStringLiteral("affected_systems"), list(f.affectedSystems)},
        {QStringLiteral("breach_period"), text(f.breachPeriod)},
        {QStringLiteral("consequences"), text(f.consequences)},
        {QStringLiteral("measures_taken"), text(f.measuresTaken)},
        {QStringLiteral("measures_proposed"), text(f.measuresProposed)},
        {QStringLiteral("mitigation"), text(f.mitigation)},
        {QStringLiteral("individual_steps"), text(f.individualSteps)},
        {QStringLiteral("next_steps"), list(f.nextSteps)},
        {QStringLiteral("delay_reasons"), text(f.delayReasons)},
    };
    QVariantList actions;
    for (const IncidentEvent &e : in.events) {
        if (!isActionTaken(e.kind))
            continue;
        actions << QVariantMap{{QStringLiteral("time"), documentTime(e.occurredAt, zone)},
                               {QStringLiteral("actor"), text(e.actor)},
                               {QStringLiteral("summary"), text(e.summary)}};
    }
    const OrganisationProfile &o = in.organisation;
    QVariantMap org{
        {QStringLiteral("name"), text(o.name)},
        {QStringLiteral("contact_name"), text(o.contactName)},
        {QStringLiteral("contact_role"), text(o.contactRole)},
        {QStringLiteral("contact_email"), text(o.contactEmail)},
        {QStringLiteral("contact_phone"), text(o.contactPhone)},
        {QStringLiteral("security_email"), text(o.securityEmail)},
        {QStringLiteral("toll_free_phone"), text(o.tollFreePhone)},
        {QStringLiteral("website"), text(o.website)},
        {QStringLiteral("postal_address"), text(o.postalAddress)},
        {QStringLiteral("chat_channel"), text(o.chatChannel)},
        {QStringLiteral("authority_name"), text(o.authorityName)},
        {QStringLiteral("authority_email"), text(o.authorityEmail)},
        {QStringLiteral("time_zone"), text(o.timeZone)},
    };
    QVariantMap clock{
        {QStringLiteral("name"), QString()},  {QStringLiteral("audience"), QString()},
        {QStringLiteral("limit"), QString()}, {QStringLiteral("due_at"), QString()},
        {QStringLiteral("late"), false},      {QStringLiteral("hours_since_aware"), QString()},
    };
    if (in.clock) {
        const ClockState &c = *in.clock;
        const QDateTime at = c.sent ? c.sent->sentAt : in.now;
        clock[QStringLiteral("name")] = text(c.rule.name);
        clock[QStringLiteral("audience")] = text(c.rule.audience);
        clock[QStringLiteral("limit")] = c.rule.limitText();
        clock[QStringLiteral("due_at")] = documentTime(c.due, zone);
        clock[QStringLiteral("late")] = c.due.isValid() && at.isValid() && at > c.due;
        if (c.awareAt.isValid() && at.isValid())
            clock[QStringLiteral("hours_since_aware")] =
                QString::number(c.awareAt.secsTo(at) / 3600);
    }
    return QVariantMap{
        {QStringLiteral("incident"), incident},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("org"), org},
        {QStringLiteral("clock"), clock},
        {QStringLiteral("today"), documentTime(in.now, zone).left(10)},
        {QStringLiteral("now"), documentTime(in.now, zone)},
    };
}

// Empty text and empty lists are false, so {{#x}}…{{/x}} and {{^x}}…{{/x}}
// read naturally whether or not a value was given.
mu::data toMustache(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return mu::data(v.toBool());
    case QMetaType::QString: {
        const QString s = v.toString();
        return s.isEmpty() ? mu::data(false) : mu::data(s.toStdString());
    }
    case QMetaType::QStringList: {
        mu::data l(mu::data::type::list);
        for (const QString &s : v.toStringList())
            l.push_back(mu::data(s.toStdString()));
        return l;
    }
    case QMetaType::QVariantList: {
        mu::data l(mu::data::type::list);
        for (const QVariant &item : v.toList())
            l.push_back(toMustache(item));
        return l;
    }
    case QMetaType::QVariantMap: {
        mu::data o(mu::data::type::object);
        const QVariantMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            o.set(it.key().toStdString(), toMustache(it.value()));
        return o;
    }
    default:
        return mu::data(false);
    }
}

const QVariant *lookup(const QVariantMap &root, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    const QVariantMap *map = &root;
    const QVariant *v = nullptr;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto it = map->constFind(parts.at(i));
        if (it == map->constEnd())
            return nullptr;
        v = &it.value();
        if (i + 1 < parts.size()) {
            if (v->typeId() != QMetaType::QVariantMap)
                return nullptr;
            map = static_cast<const QVariantMap *>(v->constData());
        }
    }
    return v;
}

void assign(QVariantMap &root, const QStringList &parts, qsizetype at, const QVariant &value)
{
    if (at + 1 == parts.size()) {
        root[parts.at(at)] = value;
        return;
    }
    QVariantMap child = root.value(parts.at(at)).toMap();
    assign(child, parts, at + 1, value);
    root[parts.at(at)] = child;
}

bool isEmptyValue(const QVariant *v)
{
    if (!v)
        return true;
    switch (v->typeId()) {
    case QMetaType::Bool:
        return !v->toBool();
    case QMetaType::QString:
        return v->toString().trimmed().isEmpty();
    case QMetaType::QStringList:
        return v->toStringList().isEmpty();
    case QMetaType::QVariantList:
        return v->toList().isEmpty();
    case QMetaType::QVariantMap:
        return v->toMap().isEmpty();
    default:
        return true;
    }
}

void collectFields(const QVariantMap &map, const QString &prefix, QList<Field> &out)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        switch (it.value().typeId()) {
        case QMetaType::Bool:
            out << Field{path, Field::Kind::Flag};
            break;
        case QMetaType::QStringList:
        case QMetaType::QVariantList:
            out << Field{path, Field::Kind::List};
            break;
        case QMetaType::QVariantMap:
            out << Field{path, Field::Kind::Object};
            collectFields(it.value().toMap(), path, out);
            break;
        default:
            out << Field{path, Field::Kind::Text};
            break;
        }
    }
}

// Records every name a template asks for that resolves to nothing, and
// refuses partials: a template is one file.
class TrackingContext : public mu::context<std::string>
{
public:
    using mu::context<std::string>::context;

    const mu::data *get(const std::string &name) const override
    {
        const mu::data *d = mu::context<std::string>::get(name);
        if (!d)
            unknown.insert(name);
        return d;
    }
    const mu::data *get_partial(const std::string &name) const override
    {
        unknown.insert(">" + name);
        return nullptr;
    }

    mutable std::set<std::string> unknown;
};

struct Rendered
{
    QString text;
    QStringList unknown;
    QString error;
};

Rendered renderOne(const QString &source, const mu::data &root)
{
    Rendered r;
    mu::mustache tmpl(source.toStdString());
    tmpl.set_custom_escape([](const std::string &s) { return s; });
    if (!tmpl.is_valid()) {
        r.error = QString::fromStdString(tmpl.error_message());
        return r;
    }
    TrackingContext ctx(&root);
    const std::string out = tmpl.render(ctx);
    if (!tmpl.is_valid()) {
        r.error = QString::fromStdString(tmpl.error_message());
        return r;
    }
    r.text = QString::fromStdString(out);
    for (const std::string &name : ctx.unknown)
        r.unknown << QString::fromStdString(name);
    return r;
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.simplified();
}

} // namespace

QString missingMarker(const QString &label)
{
    return QStringLiteral("[[MISSING: %1]]").arg(oneLine(label).remove(QLatin1Char(']')));
}

QStringList missingIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\[\\[MISSING: ([^\\]\\n]*)\\]\\]"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString label = it.next().captured(1).trimmed();
        if (!out.contains(label))
            out << label;
    }
    return out;
}

QString documentTime(const QDateTime &utc, const QString &organisationZone)
{
    if (!utc.isValid())
        return {};
    const QTimeZone zone = RegulatoryClocks::zone(organisationZone);
    const QDateTime u = utc.toUTC();
    const QString utcText = u.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    if (zone == QTimeZone::utc())
        return utcText;
    const QDateTime l = u.toTimeZone(zone);
    return QStringLiteral("%1 %2 (%3 UTC)")
        .arg(l.toString(QStringLiteral("yyyy-MM-dd HH:mm")), l.timeZoneAbbreviation(),
             u.toString(QStringLiteral("HH:mm")));
}

bool isActionTaken(const QString &kind)
{
    if (kind.startsWith(QLatin1String("containment")))
        return true;
    if (!kind.startsWith(QLatin1String("action")))
        return false;
    // Requests, attempts and failures are not actions taken.
    static const QSet<QString> notTaken = {
        QStringLiteral("action.requested"), QStringLiteral("action.attempt"),
        QStringLiteral("action.retrying"),  QStringLiteral("action.failed"),
        QStringLiteral("action.dismissed"), QStringLiteral("action.outcome_unknown")};
    return !notTaken.contains(kind);
}

RenderedNotification renderText(const QString &mustache, const RenderInput &input)
{
    const mu::data root = toMustache(contextOf(input));
    const Rendered r = renderOne(mustache, root);
    RenderedNotification out;
    out.body = r.text;
    out.unknownNames = r.unknown;
    out.error = r.error;
    return out;
}

RenderedNotification render(const NotificationTemplate &tmpl, const RenderInput &input)
{
    QVariantMap context = contextOf(input);
    RenderedNotification out;
    for (const TemplateElement &e : tmpl.required) {
        if (!e.condition.isEmpty() && isEmptyValue(lookup(context, e.condition)))
            continue;
        if (!isEmptyValue(lookup(context, e.key)))
            continue;
        out.missing << e;
        assign(context, e.key.split(QLatin1Char('.')), 0, missingMarker(e.label));
        // A list's joined "…_text" form shows the marker too.
        if (lookup(context, e.key + QStringLiteral("_text")))
            assign(context, (e.key + QStringLiteral("_text")).split(QLatin1Char('.')), 0,
                   missingMarker(e.label));
    }
    const mu::data root = toMustache(context);
    const Rendered to = renderOne(tmpl.to, root);
    const Rendered subject = renderOne(tmpl.subject, root);
    const Rendered body = renderOne(tmpl.body, root);
    out.to = oneLine(to.text);
    out.subject = oneLine(subject.text);
    out.body = body.text;
    for (const Rendered *r : {&to, &subject, &body}) {
        for (const QString &name : r->unknown) {
            if (!out.unknownNames.contains(name))
                out.unknownNames << name;
        }
        if (out.error.isEmpty())
            out.error = r->error;
    }
    return out;
}

RenderInput completeSample()
{
    RenderInput in;
    const QDateTime aware = QDateTime(QDate(2026, 3, 27), QTime(9, 0), Qt::UTC);
    Incident &i = in.incident;
    i.id = QStringLiteral("00000000-0000-0000-0000-000000000001");
    i.ref = QStringLiteral("INC-2026-001");
    i.title = QStringLiteral("Sample incident");
    i.summary = QStringLiteral("Sample summary");
    i.severity = Severity::P0;
    i.status = IncidentStatus::Containment;
    i.commander = QStringLiteral("Commander");
    i.affectedUsers = {QStringLiteral("user-1")};
    i.affectedTenants = {QStringLiteral("tenant-1")};
    i.affectedApiKeys = {QStringLiteral("key-1")};
    i.detectedAt = aware.addSecs(-600);
    i.becameAwareAt = aware;
    in.severityName = QStringLiteral("Critical");
    NotificationFacts &f = in.facts;
    f.personalData = true;
    f.phi = true;
    f.dataBreach = true;
    f.jurisdictions = {QStringLiteral("EU"), QStringLiteral("US")};
    f.peopleAffected = QStringLiteral("1");
    f.recordsAffected = QStringLiteral("1");
    f.subjectCategories = {QStringLiteral("Subjects")};
    f.dataCategories = {QStringLiteral("Category")};
    f.affectedSystems = {QStringLiteral("System")};
    f.breachPeriod = QStringLiteral("Period");
    f.consequences = QStringLiteral("Consequences");
    f.measuresTaken = QStringLiteral("Measures taken");
    f.measuresProposed = QStringLiteral("Measures proposed");
    f.mitigation = QStringLiteral("Mitigation");
    f.individualSteps = QStringLiteral("Steps");
    f.nextSteps = {QStringLiteral("Next step")};
    f.delayReasons = QStringLiteral("Reasons");
    OrganisationProfile &o = in.organisation;
    o.name = QStringLiteral("Org");
    o.contactName = QStringLiteral("Contact");
    o.contactRole = QStringLiteral("Role");
    o.contactEmail = QStringLiteral("contact@example.org");
    o.contactPhone = QStringLiteral("+1 555 0100");
    o.securityEmail = QStringLiteral("security@example.org");
    o.tollFreePhone = QStringLiteral("+1 800 555 0100");
    o.website = QStringLiteral("https://example.org");
    o.postalAddress = QStringLiteral("1 Street, City");
    o.chatChannel = QStringLiteral("#incident-response");
    o.authorityName = QStringLiteral("Authority");
    o.authorityEmail = QStringLiteral("authority@example.org");
    o.timeZone = QStringLiteral("UTC");
    IncidentEvent action;
    action.kind = QStringLiteral("action.succeeded");
    action.actor = QStringLiteral("Actor");
    action.summary = QStringLiteral("Action");
    action.occurredAt = aware.addSecs(60);
    in.events = {action};
    ClockState clock;
    clock.rule = ClockRule::builtIns().first();
    clock.awareAt = aware;
    clock.due = aware.addSecs(72 * 3600);
    clock.status = ClockStatus::Overdue;
    in.clock = clock;
    in.now = aware.addSecs(80 * 3600); // late: the conditional parts show
    return in;
}

RenderInput emptySample()
{
    RenderInput in;
    in.incident.id = QStringLiteral("00000000-0000-0000-0000-000000000002");
    in.incident.ref = QStringLiteral("INC-2026-002");
    in.incident.title = QStringLiteral("Empty incident");
    in.now = QDateTime(QDate(2026, 3, 27), QTime(9, 0), Qt::UTC);
    return in;
}

QList<Field> fields()
{
    static const QList<Field> all = [] {
        QList<Field> out;
        collectFields(contextOf(completeSample()), QString(), out);
        return out;
    }();
    return all;
}

bool isKnownField(const QString &path)
{
    for (const Field &f : fields()) {
        if (f.path == path)
            return f.kind != Field::Kind::Object;
    }
    return false;
}

bool isFlagField(const QString &path)
{
    for (const Field &f : fields()) {
        if (f.path == path)
            return f.kind == Field::Kind::Flag;
    }
    return false;
}

} // namespace ic::NotificationRenderer
