#include "models/escalation/EscalationRepository.h"

#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlQuery>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EscalationRepository)
};

const QString ActivePolicyKey = QStringLiteral("escalation_policy");

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue flagJson(std::optional<bool> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// Free text from the UI or a file: bounded, no NUL (PostgreSQL cannot store it).
Result<void> checkField(const QString &value, const QString &field, bool required,
                        const QString &notChanged)
{
    if (required && value.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The %1 is empty. %2").arg(field, notChanged));
    if (value.contains(QChar(QChar::Null)))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The %1 contains a NUL character (U+0000), which cannot be "
                                  "stored. %2")
                               .arg(field, notChanged));
    if (value.size() > EscalationRepository::MaxFieldLength)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The %1 is longer than %2 characters. %3")
                               .arg(field)
                               .arg(EscalationRepository::MaxFieldLength)
                               .arg(notChanged));
    return success();
}

std::optional<bool> readFlag(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toBool();
}

} // namespace

EscalationRepository::EscalationRepository(QSqlDatabase db, const QDateTime &nowUtc)
    : m_db(std::move(db)), m_now(nowUtc.toUTC())
{}

Result<void> EscalationRepository::requireIncident(const QString &incidentId,
                                                   const QString &notChanged)
{
    auto q =
        Db::exec(m_db, QStringLiteral("SELECT 1 FROM ic_incidents WHERE id = ?"), {incidentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(
            Error::Kind::NotFound,
            Tr::tr("The incident no longer exists in this workspace. %1").arg(notChanged));
    return success();
}

Result<EscalationState> EscalationRepository::state(const QString &incidentId)
{
    if (auto r = requireIncident(incidentId, Tr::tr("Select another incident.")); !r)
        return r.error();
    EscalationState s;
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT data_breach FROM ic_escalation_state "
                                     "WHERE incident_id = ?"),
                      {incidentId});
    if (!q)
        return q.error();
    if (q->next())
        s.dataBreach = readFlag(q->value(0));
    auto events = EventLog::events(m_db, incidentId);
    if (!events)
        return events.error();
    for (const IncidentEvent &e : events.value()) {
        const bool notified = e.kind == NotifiedKind;
        if (notified || e.kind == AcknowledgedKind) {
            EscalationRecord r;
            r.kind =
                notified ? EscalationRecord::Kind::Notified : EscalationRecord::Kind::Acknowledged;
            r.policy = e.details.value(QStringLiteral("policy")).toString();
            r.nodeId = e.details.value(QStringLiteral("node")).toString();
            r.role = e.details.value(QStringLiteral("role")).toString();
            r.contact = e.details.value(QStringLiteral("contact")).toString();
            r.actor = e.actor;
            r.at = e.occurredAt;
            r.eventId = e.id;
            s.records.append(r);
        } else if (e.kind == DecidedKind) {
            const QString node = e.details.value(QStringLiteral("node")).toString();
            const QString target = e.details.value(QStringLiteral("target")).toString();
            if (target.isEmpty())
                s.decisions.remove(node);
            else
                s.decisions.insert(node, target);
        }
    }
    return s;
}

Result<EscalationRecord> EscalationRepository::record(const QString &incidentId,
                                                      EscalationRecord::Kind kind,
                                                      const EscalationTarget &target,
                                                      const QString &actor)
{
    const QString notChanged = Tr::tr("Nothing was recorded.");
    const std::tuple<const QString &, QString, bool> fields[] = {
        {target.policy, Tr::tr("policy name"), true},
        {target.nodeId, Tr::tr("node id"), true},
        {target.nodeLabel, Tr::tr("node name"), false},
        {target.role, Tr::tr("role"), true},
        {target.contact, Tr::tr("contact"), false},
        {actor, Tr::tr("name of who recorded it"), true}};
    for (const auto &[value, field, required] : fields) {
        if (auto c = checkField(value, field, required, notChanged); !c)
            return c.error();
    }
    const bool notified = kind == EscalationRecord::Kind::Notified;
    EventDraft draft;
    draft.incidentId = incidentId;
    draft.actor = actor;
    draft.kind = notified ? NotifiedKind : AcknowledgedKind;
    const QString who =
        target.contact.isEmpty() ? target.role : Tr::tr("%1 (%2)").arg(target.role, target.contact);
    draft.summary = notified ? Tr::tr("Notified %1").arg(who) : Tr::tr("%1 acknowledged").arg(who);
    draft.details = QJsonObject{{QStringLiteral("policy"), target.policy},
                                {QStringLiteral("node"), target.nodeId},
                                {QStringLiteral("node_label"), text(target.nodeLabel)},
                                {QStringLiteral("role"), target.role},
                                {QStringLiteral("contact"), text(target.contact)},
                                {QStringLiteral("due"), timeJson(target.due)}};
    if (target.due.isValid())
        draft.details.insert(QStringLiteral("late"), m_now > target.due.toUTC());
    auto e = EventLog::append(m_db, draft, m_now);
    if (!e)
        return e.error();
    EscalationRecord r;
    r.kind = kind;
    r.policy = target.policy;
    r.nodeId = target.nodeId;
    r.role = target.role;
    r.contact = target.contact;
    r.actor = actor;
    r.at = e->occurredAt;
    r.eventId = e->id;
    return r;
}

Result<void> EscalationRepository::setDataBreach(const QString &incidentId,
                                                 std::optional<bool> dataBreach,
                                                 const QString &actor)
{
    const QString notChanged = Tr::tr("The data-breach answer was not changed.");
    if (auto c = checkField(actor, Tr::tr("name of who recorded it"), true, notChanged); !c)
        return c;
    return Db::transaction(m_db, [&]() -> Result<void> {
        if (auto r = requireIncident(incidentId, notChanged); !r)
            return r;
        auto q = Db::exec(m_db,
                          QStringLiteral("SELECT data_breach FROM ic_escalation_state "
                                         "WHERE incident_id = ?"),
                          {incidentId});
        if (!q)
            return q.error();
        const bool hadRow = q->next();
        std::optional<bool> before; // (assigned below: GCC 12 misreads a conditional init)
        if (hadRow)
            before = readFlag(q->value(0));
        if (before == dataBreach)
            return success(); // same answer: no row change, no event
        const bool pg = Db::isPostgres(m_db);
        const QVariant value = dataBreach
                                   ? (pg ? QVariant(*dataBreach) : QVariant(*dataBreach ? 1 : 0))
                                   : QVariant(QMetaType(pg ? QMetaType::Bool : QMetaType::Int));
        auto up = Db::exec(
            m_db,
            QStringLiteral("INSERT INTO ic_escalation_state (incident_id, data_breach, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE "
                           "SET data_breach = excluded.data_breach, updated_at = "
                           "excluded.updated_at, updated_by = excluded.updated_by"),
            {incidentId, value, Db::bindTime(m_db, m_now), actor});
        if (!up)
            return up.error();
        EventDraft draft;
        draft.incidentId = incidentId;
        draft.actor = actor;
        draft.kind = DataBreachKind;
        draft.summary = !dataBreach   ? Tr::tr("Data breach: not decided")
                        : *dataBreach ? Tr::tr("Data breach: yes")
                                      : Tr::tr("Data breach: no");
        draft.details = QJsonObject{{QStringLiteral("data_breach"), flagJson(dataBreach)},
                                    {QStringLiteral("previous"), flagJson(before)}};
        auto e = EventLog::append(m_db, draft, m_now);
        if (!e)
            return e.error();
        return success();
    });
}

Result<void> EscalationRepository::decide(const QString &incidentId, const QString &policy,
                                          const QString &nodeId, const QString &question,
                                          const QString &targetId, const QString &answer,
                                          const QString &actor)
{
    const QString notChanged = Tr::tr("The decision was not recorded.");
    const std::tuple<const QString &, QString, bool> fields[] = {
        {policy, Tr::tr("policy name"), true}, {nodeId, Tr::tr("node id"), true},
        {question, Tr::tr("question"), false}, {targetId, Tr::tr("chosen branch"), false},
        {answer, Tr::tr("answer"), false},     {actor, Tr::tr("name of who recorded it"), true}};
    for (const auto &[value, field, required] : fields) {
        if (auto c = checkField(value, field, required, notChanged); !c)
            return c;
    }
    EventDraft draft;
    draft.incidentId = incidentId;
    draft.actor = actor;
    draft.kind = DecidedKind;
    draft.summary = targetId.isEmpty() ? Tr::tr("Decision reopened: %1").arg(question)
                                       : Tr::tr("Decided %1 %2").arg(question, answer);
    draft.details = QJsonObject{{QStringLiteral("policy"), policy},
                                {QStringLiteral("node"), nodeId},
                                {QStringLiteral("question"), text(question)},
                                {QStringLiteral("target"), text(targetId)},
                                {QStringLiteral("answer"), text(answer)}};
    auto e = EventLog::append(m_db, draft, m_now);
    if (!e)
        return e.error();
    return success();
}

Result<QList<EscalationPolicy>> EscalationRepository::importedPolicies()
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT name, markdown, source, graph FROM "
                                           "ic_escalation_policies ORDER BY name"));
    if (!q)
        return q.error();
    QList<EscalationPolicy> list;
    while (q->next()) {
        EscalationPolicy p = EscalationPolicies::fromMarkdown(
            q->value(1).toString().toUtf8(), q->value(0).toString(), q->value(2).toString(),
            std::max(0, q->value(3).toInt()));
        list.append(p);
    }
    return list;
}

Result<EscalationPolicy> EscalationRepository::importPolicy(const QString &name,
                                                            const QByteArray &markdown,
                                                            const QString &source,
                                                            const QString &actor, int graph)
{
    const QString notChanged = Tr::tr("The policy was not imported; nothing was changed.");
    if (auto c = checkField(name, Tr::tr("policy name"), true, notChanged); !c)
        return c.error();
    if (auto c = checkField(actor, Tr::tr("name of who imported it"), true, notChanged); !c)
        return c.error();
    if (EscalationPolicies::findBuiltIn(name))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("“%1” is the name of a built-in policy. Rename the file and "
                                  "import it again. %2")
                               .arg(name, notChanged));
    if (markdown.contains('\0'))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The file contains NUL bytes; it is not a Markdown document. %1")
                               .arg(notChanged));
    if (graph < 0 || graph > EscalationPolicies::MaxGraphs)
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("There is no flowchart number %1. %2").arg(graph).arg(notChanged));
    EscalationPolicy policy = EscalationPolicies::fromMarkdown(markdown, name, source, graph);
    if (!policy.isValid()) {
        QStringList lines;
        for (const PolicyIssue &i : std::as_const(policy.errors).mid(0, 5))
            lines << i.message;
        if (policy.errors.size() > 5)
            lines << Tr::tr("…and %1 more.").arg(policy.errors.size() - 5);
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The policy “%1” has errors and was not imported; nothing was "
                                  "changed. Fix the file (incident-commander escalation check "
                                  "FILE lists every problem) and import it again.")
                               .arg(name),
                           lines.join(QLatin1Char('\n')));
    }
    auto r = Db::exec(
        m_db,
        QStringLiteral("INSERT INTO ic_escalation_policies (name, markdown, source, imported_at, "
                       "imported_by, graph) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                       "SET markdown = excluded.markdown, source = excluded.source, imported_at = "
                       "excluded.imported_at, imported_by = excluded.imported_by, "
                       "graph = excluded.graph"),
        {name, QString::fromUtf8(markdown), text(source), Db::bindTime(m_db, m_now), actor, graph});
    if (!r)
        return r.error();
    return policy;
}

Result<EscalationPolicy> EscalationRepository::choosePolicyGraph(const QString &name, int graph,
                                                                 const QString &actor)
{
    const QString notChanged = Tr::tr("The policy's graph was not changed.");
    if (EscalationPolicies::findBuiltIn(name))
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("“%1” is a built-in policy with one flowchart. %2").arg(name, notChanged));
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT markdown, source FROM ic_escalation_policies "
                                     "WHERE name = ?"),
                      {name});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("No imported policy is named “%1”. %2").arg(name, notChanged));
    const QByteArray markdown = q->value(0).toString().toUtf8();
    const QString source = q->value(1).toString();
    q = Error::make(Error::Kind::General, QString()); // release the statement
    return importPolicy(name, markdown, source, actor, graph);
}

Result<QString> EscalationRepository::activePolicy()
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT value FROM ic_workspace WHERE key = ?"),
                      {ActivePolicyKey});
    if (!q)
        return q.error();
    if (q->next() && !q->value(0).toString().isEmpty())
        return q->value(0).toString();
    return EscalationPolicies::securityTeamName();
}

Result<void> EscalationRepository::setActivePolicy(const QString &name)
{
    const QString notChanged = Tr::tr("The workspace keeps its escalation policy.");
    if (auto c = checkField(name, Tr::tr("policy name"), true, notChanged); !c)
        return c;
    if (!EscalationPolicies::findBuiltIn(name)) {
        auto q = Db::exec(
            m_db, QStringLiteral("SELECT 1 FROM ic_escalation_policies WHERE name = ?"), {name});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(Error::Kind::NotFound,
                               Tr::tr("There is no escalation policy called “%1” in this "
                                      "workspace. %2")
                                   .arg(name, notChanged));
    }
    auto r = Db::exec(m_db,
                      QStringLiteral("INSERT INTO ic_workspace (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {ActivePolicyKey, name});
    if (!r)
        return r.error();
    return success();
}

} // namespace ic
