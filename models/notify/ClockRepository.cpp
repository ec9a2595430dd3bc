#include "models/notify/ClockRepository.h"

#include "models/core/TimeText.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

const QString FactsColumns = QStringLiteral(
    "incident_id, personal_data, phi, data_breach, jurisdictions, people_affected, "
    "records_affected, subject_categories, data_categories, affected_systems, breach_period, "
    "consequences, "
    "measures_taken, measures_proposed, mitigation, individual_steps, next_steps, delay_reasons, "
    "updated_at, updated_by, version");

const QString OrgColumns = QStringLiteral(
    "name, contact_name, contact_role, contact_email, contact_phone, security_email, "
    "toll_free_phone, website, postal_address, chat_channel, authority_name, authority_email, "
    "time_zone, updated_at, updated_by, version");

const QString RuleColumns = QStringLiteral(
    "id, name, audience, needs_personal_data, needs_phi, needs_data_breach, jurisdictions, amount, "
    "unit, template_id, basis, created_at, created_by");

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << item.toString();
    return out;
}

// QtSql binds a null QString as SQL NULL; text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant triState(const std::optional<bool> &v)
{
    return v ? QVariant(int(*v)) : QVariant(QMetaType::fromType<int>());
}

std::optional<bool> readTriState(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toInt() != 0;
}

QString answerText(const std::optional<bool> &v)
{
    if (!v)
        return Tr::tr("not answered");
    return *v ? Tr::tr("yes") : Tr::tr("no");
}

QJsonValue answerJson(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// The incident row, locked for this transaction on PostgreSQL (SQLite's
// BEGIN IMMEDIATE already holds the write lock).
Result<void> lockIncident(QSqlDatabase &db, const QString &incidentId)
{
    auto q = Db::exec(db,
                      Db::isPostgres(db)
                          ? QStringLiteral("SELECT 1 FROM ic_incidents WHERE id = ? FOR UPDATE")
                          : QStringLiteral("SELECT 1 FROM ic_incidents WHERE id = ?"),
                      {incidentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The incident no longer exists in this workspace; nothing was "
                                  "saved."));
    return success();
}

} // namespace

ClockRepository::ClockRepository(QSqlDatabase db, const QDateTime &nowUtc)
    : m_db(std::move(db)), m_now(nowUtc.toUTC())
{}

NotificationFacts ClockRepository::factsFromQuery(const QSqlQuery &q) const
{
    NotificationFacts f;
    int i = 0;
    f.incidentId = q.value(i++).toString();
    f.personalData = readTriState(q.value(i++));
    f.phi = readTriState(q.value(i++));
    f.dataBreach = readTriState(q.value(i++));
    f.jurisdictions = fromJson(q.value(i++));
    f.peopleAffected = q.value(i++).toString();
    f.recordsAffected = q.value(i++).toString();
    f.subjectCategories = fromJson(q.value(i++));
    f.dataCategories = fromJson(q.value(i++));
    f.affectedSystems = fromJson(q.value(i++));
    f.breachPeriod = q.value(i++).toString();
    f.consequences = q.value(i++).toString();
    f.measuresTaken = q.value(i++).toString();
    f.measuresProposed = q.value(i++).toString();
    f.mitigation = q.value(i++).toString();
    f.individualSteps = q.value(i++).toString();
    f.nextSteps = fromJson(q.value(i++));
    f.delayReasons = q.value(i++).toString();
    f.updatedAt = Db::readTime(q.value(i++));
    f.updatedBy = q.value(i++).toString();
    f.version = q.value(i++).toInt();
    return f;
}

Result<NotificationFacts> ClockRepository::facts(const QString &incidentId)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + FactsColumns +
                          QStringLiteral(" FROM ic_notification_facts WHERE incident_id = ?"),
                      {incidentId});
    if (!q)
        return q.error();
    if (!q->next()) {
        NotificationFacts none;
        none.incidentId = incidentId;
        return none;
    }
    return factsFromQuery(q.value());
}

Result<NotificationFacts> ClockRepository::saveFacts(const NotificationFacts &in,
                                                     const QString &actor,
                                                     NotificationFacts *current)
{
    NotificationFacts f = in;
    for (QString &j : f.jurisdictions)
        j = Jurisdictions::normalized(j);
    f.jurisdictions.removeDuplicates();
    if (auto v = f.validate(); !v)
        return v.error();
    NotificationFacts saved;
    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        if (auto l = lockIncident(m_db, f.incidentId); !l)
            return l;
        auto stored = facts(f.incidentId);
        if (!stored)
            return stored.error();
        if (stored->version != f.version) {
            if (current)
                *current = stored.value();
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("%1 changed the notification facts at %2, while you were "
                                      "editing. Your values were not saved; they are still in the "
                                      "form. Compare them with the saved ones, then save again.")
                                   .arg(stored->updatedBy, TimeText::local(stored->updatedAt)));
        }
        // What changed, for the timeline.
        QStringList said;
        QJsonArray changes;
        auto note = [&](const char *column, const QJsonValue &from, const QJsonValue &to,
                        const QString &shown) {
            changes.append(QJsonObject{{QStringLiteral("field"), QLatin1String(column)},
                                       {QStringLiteral("from"), from},
                                       {QStringLiteral("to"), to}});
            said << NotificationFacts::fieldLabel(QLatin1String(column)) + QStringLiteral(": ") +
                        shown;
        };
        auto answerChange = [&](const char *column, const std::optional<bool> &a,
                                const std::optional<bool> &b) {
            if (a != b)
                note(column, answerJson(a), answerJson(b), answerText(b));
        };
        answerChange("personal_data", stored->personalData, f.personalData);
        answerChange("phi", stored->phi, f.phi);
        answerChange("data_breach", stored->dataBreach, f.dataBreach);
        auto listChange = [&](const char *column, const QStringList &a, const QStringList &b) {
            if (a != b)
                note(column, QJsonArray::fromStringList(a), QJsonArray::fromStringList(b),
                     b.isEmpty() ? Tr::tr("(none)") : b.join(QStringLiteral(", ")).left(120));
        };
        listChange("jurisdictions", stored->jurisdictions, f.jurisdictions);
        listChange("subject_categories", stored->subjectCategories, f.subjectCategories);
        listChange("data_categories", stored->dataCategories, f.dataCategories);
        listChange("affected_systems", stored->affectedSystems, f.affectedSystems);
        listChange("next_steps", stored->nextSteps, f.nextSteps);
        auto textChange = [&](const char *column, const QString &a, const QString &b) {
            if (a.trimmed() != b.trimmed())
                note(column, a, b,
                     b.trimmed().isEmpty() ? Tr::tr("(cleared)") : b.simplified().left(80));
        };
        textChange("people_affected", stored->peopleAffected, f.peopleAffected);
        textChange("records_affected", stored->recordsAffected, f.recordsAffected);
        textChange("breach_period", stored->breachPeriod, f.breachPeriod);
        textChange("consequences", stored->consequences, f.consequences);
        textChange("measures_taken", stored->measuresTaken, f.measuresTaken);
        textChange("measures_proposed", stored->measuresProposed, f.measuresProposed);
        textChange("mitigation", stored->mitigation, f.mitigation);
        textChange("individual_steps", stored->individualSteps, f.individualSteps);
        textChange("delay_reasons", stored->delayReasons, f.delayReasons);
        if (changes.isEmpty()) {
            saved = stored.value();
            return success(); // nothing to write, nothing lost
        }
        f.version = stored->version + 1;
        f.updatedAt = m_now;
        f.updatedBy = actor;
        const QVariantList values = {f.incidentId,
                                     triState(f.personalData),
                                     triState(f.phi),
                                     triState(f.dataBreach),
                                     toJson(f.jurisdictions),
                                     text(f.peopleAffected),
                                     text(f.recordsAffected),
                                     toJson(f.subjectCategories),
                                     toJson(f.dataCategories),
                                     toJson(f.affectedSystems),
                                     text(f.breachPeriod),
                                     text(f.consequences),
                                     text(f.measuresTaken),
                                     text(f.measuresProposed),
                                     text(f.mitigation),
                                     text(f.individualSteps),
                                     toJson(f.nextSteps),
                                     text(f.delayReasons),
                                     Db::bindTime(m_db, f.updatedAt),
                                     text(actor),
                                     f.version};
        auto w =
            stored->version == 0
                ? Db::exec(m_db,
                           QStringLiteral("INSERT INTO ic_notification_facts (") + FactsColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           values)
                : Db::exec(m_db,
                           QStringLiteral(
                               "UPDATE ic_notification_facts SET incident_id = ?, "
                               "personal_data = ?, phi = ?, data_breach = ?, jurisdictions = ?, "
                               "people_affected = ?, records_affected = ?, subject_categories = ?, "
                               "data_categories = ?, "
                               "affected_systems = ?, breach_period = ?, consequences = ?, "
                               "measures_taken = ?, measures_proposed = ?, mitigation = ?, "
                               "individual_steps = ?, next_steps = ?, delay_reasons = ?, "
                               "updated_at = ?, updated_by = ?, version = ? "
                               "WHERE incident_id = ? AND version = ?"),
                           values + QVariantList{f.incidentId, stored->version});
        if (!w)
            return w.error();
        EventDraft e;
        e.incidentId = f.incidentId;
        e.actor = actor;
        e.kind = QStringLiteral("notification.facts");
        e.summary = Tr::tr("Notification facts: %1").arg(said.join(QStringLiteral("; ")));
        e.details = QJsonObject{{QStringLiteral("changes"), changes},
                                {QStringLiteral("version"), f.version}};
        auto ev = EventLog::append(m_db, e, m_now);
        if (!ev)
            return ev.error();
        saved = f;
        return success();
    });
    if (!r)
        return r.error();
    return saved;
}

Result<OrganisationProfile> ClockRepository::organisation()
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT ") + OrgColumns +
                                QStringLiteral(" FROM ic_notification_org WHERE id = 1"));
    if (!q)
        return q.error();
    OrganisationProfile p;
    if (!q->next())
        return p;
    QString *fields[] = {&p.name,          &p.contactName,   &p.contactRole,   &p.contactEmail,
                         &p.contactPhone,  &p.securityEmail, &p.tollFreePhone, &p.website,
                         &p.postalAddress, &p.chatChannel,   &p.authorityName, &p.authorityEmail,
                         &p.timeZone};
    for (int i = 0; i < 13; ++i)
        *fields[i] = q->value(i).toString();
    if (p.timeZone.isEmpty())
        p.timeZone = QStringLiteral("UTC");
    p.updatedAt = Db::readTime(q->value(13));
    p.updatedBy = q->value(14).toString();
    p.version = q->value(15).toInt();
    return p;
}

Result<OrganisationProfile> ClockRepository::saveOrganisation(const OrganisationProfile &in,
                                                              const QString &actor,
                                                              OrganisationProfile *current)
{
    OrganisationProfile p = in;
    if (p.timeZone.trimmed().isEmpty())
        p.timeZone = QStringLiteral("UTC");
    if (auto v = p.validate(); !v)
        return v.error();
    OrganisationProfile saved;
    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        // The one row exists from here on, and is locked for this transaction.
        auto ensure = Db::exec(m_db,
                               QStringLiteral("INSERT INTO ic_notification_org (id, updated_at, "
                                              "updated_by, version) VALUES (1, ?, ?, 0) "
                                              "ON CONFLICT (id) DO NOTHING"),
                               {Db::bindTime(m_db, m_now), text(actor)});
        if (!ensure)
            return ensure.error();
        if (Db::isPostgres(m_db)) {
            auto lock = Db::exec(m_db, QStringLiteral("SELECT 1 FROM ic_notification_org WHERE "
                                                      "id = 1 FOR UPDATE"));
            if (!lock)
                return lock.error();
        }
        auto stored = organisation();
        if (!stored)
            return stored.error();
        if (stored->version != p.version) {
            if (current)
                *current = stored.value();
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("%1 changed the organisation profile while you were "
                                      "editing. Your values were not saved; they are still in the "
                                      "form. Compare, then save again.")
                                   .arg(stored->updatedBy));
        }
        p.version = stored->version + 1;
        p.updatedAt = m_now;
        p.updatedBy = actor;
        auto w = Db::exec(
            m_db,
            QStringLiteral("UPDATE ic_notification_org SET name = ?, contact_name = ?, "
                           "contact_role = ?, contact_email = ?, contact_phone = ?, "
                           "security_email = ?, toll_free_phone = ?, website = ?, "
                           "postal_address = ?, chat_channel = ?, authority_name = ?, "
                           "authority_email = ?, time_zone = ?, updated_at = ?, updated_by = ?, "
                           "version = ? WHERE id = 1 AND version = ?"),
            {text(p.name.trimmed()), text(p.contactName.trimmed()), text(p.contactRole.trimmed()),
             text(p.contactEmail.trimmed()), text(p.contactPhone.trimmed()),
             text(p.securityEmail.trimmed()), text(p.tollFreePhone.trimmed()),
             text(p.website.trimmed()), text(p.postalAddress.trimmed()),
             text(p.chatChannel.trimmed()), text(p.authorityName.trimmed()),
             text(p.authorityEmail.trimmed()), text(p.timeZone.trimmed()),
             Db::bindTime(m_db, m_now), text(actor), p.version, stored->version});
        if (!w)
            return w.error();
        auto reread = organisation();
        if (!reread)
            return reread.error();
        saved = reread.value();
        return success();
    });
    if (!r)
        return r.error();
    return saved;
}

Result<QList<ClockRule>> ClockRepository::rules()
{
    QList<ClockRule> out = ClockRule::builtIns();
    auto q =
        Db::exec(m_db, QStringLiteral("SELECT ") + RuleColumns +
                           QStringLiteral(" FROM ic_notification_rules ORDER BY created_at, id"));
    if (!q)
        return q.error();
    while (q->next()) {
        ClockRule r;
        r.id = q->value(0).toString();
        r.name = q->value(1).toString();
        r.shortName = r.name.left(24);
        r.audience = q->value(2).toString();
        r.needsPersonalData = q->value(3).toInt() != 0;
        r.needsPhi = q->value(4).toInt() != 0;
        r.needsDataBreach = q->value(5).toInt() != 0;
        r.jurisdictions = fromJson(q->value(6));
        r.amount = q->value(7).toInt();
        r.unit = ClockRule::unitFromCode(q->value(8).toString()).value_or(ClockRule::Unit::Hours);
        r.templateId = q->value(9).toString();
        r.basis = q->value(10).toString();
        r.createdAt = Db::readTime(q->value(11));
        r.createdBy = q->value(12).toString();
        out << r;
    }
    return out;
}

Result<ClockRule> ClockRepository::addRule(ClockRule rule, const QString &actor)
{
    rule.name = rule.name.trimmed();
    for (QString &j : rule.jurisdictions)
        j = Jurisdictions::normalized(j);
    rule.builtIn = false;
    rule.id = ClockRule::customId(rule.name);
    if (auto v = rule.validate(); !v)
        return v.error();
    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        auto existing = rules();
        if (!existing)
            return existing.error();
        const QString base = rule.id.left(60);
        for (int n = 2;; ++n) {
            const bool taken =
                std::any_of(existing->begin(), existing->end(),
                            [&](const ClockRule &other) { return other.id == rule.id; });
            if (!taken)
                break;
            rule.id = QStringLiteral("%1-%2").arg(base).arg(n);
        }
        rule.createdAt = m_now;
        rule.createdBy = actor;
        auto q =
            Db::exec(m_db,
                     QStringLiteral("INSERT INTO ic_notification_rules (") + RuleColumns +
                         QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {rule.id, rule.name, text(rule.audience), int(rule.needsPersonalData),
                      int(rule.needsPhi), int(rule.needsDataBreach), toJson(rule.jurisdictions),
                      rule.amount, ClockRule::unitCode(rule.unit), text(rule.templateId),
                      text(rule.basis), Db::bindTime(m_db, m_now), text(actor)});
        if (!q)
            return q.error();
        return success();
    });
    if (!r)
        return r.error();
    rule.shortName = rule.name.left(24);
    return rule;
}

Result<void> ClockRepository::removeRule(const QString &id)
{
    for (const ClockRule &b : ClockRule::builtIns()) {
        if (b.id == id)
            return Error::make(
                Error::Kind::InvalidInput,
                Tr::tr("\"%1\" is a built-in rule and stays. Nothing was changed.").arg(b.name));
    }
    auto q = Db::exec(m_db, QStringLiteral("DELETE FROM ic_notification_rules WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The clock rule no longer exists. Nothing was changed."));
    return success();
}

Result<QHash<QString, SentRecord>> ClockRepository::sentRecords(const QString &incidentId)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT clock_rule_id, id, sent_at, sent_by, delay_reasons "
                                     "FROM ic_notification_drafts WHERE incident_id = ? AND "
                                     "state = 'sent' AND clock_rule_id <> '' ORDER BY sent_at, id"),
                      {incidentId});
    if (!q)
        return q.error();
    QHash<QString, SentRecord> out;
    while (q->next()) {
        const QString rule = q->value(0).toString();
        if (!out.contains(rule)) // the first one sent answers the clock
            out.insert(rule, SentRecord{q->value(1).toString(), Db::readTime(q->value(2)),
                                        q->value(3).toString(), q->value(4).toString()});
    }
    return out;
}

Result<QList<ClockState>> ClockRepository::clocks(const QString &incidentId)
{
    auto aware =
        Db::exec(m_db, QStringLiteral("SELECT became_aware_at FROM ic_incidents WHERE id = ?"),
                 {incidentId});
    if (!aware)
        return aware.error();
    if (!aware->next())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The incident no longer exists in this workspace."));
    const QDateTime awareAt = Db::readTime(aware->value(0));
    auto f = facts(incidentId);
    if (!f)
        return f.error();
    auto all = rules();
    if (!all)
        return all.error();
    auto org = organisation();
    if (!org)
        return org.error();
    auto sent = sentRecords(incidentId);
    if (!sent)
        return sent.error();
    return RegulatoryClocks::evaluate(awareAt, f.value(), all.value(), sent.value(),
                                      RegulatoryClocks::zone(org->timeZone), m_now);
}

Result<QHash<QString, IncidentDeadline>> ClockRepository::nearestDeadlines()
{
    auto all = rules();
    if (!all)
        return all.error();
    auto org = organisation();
    if (!org)
        return org.error();
    const QTimeZone zone = RegulatoryClocks::zone(org->timeZone);

    QHash<QString, NotificationFacts> factsById;
    auto fq = Db::exec(m_db, QStringLiteral("SELECT ") + FactsColumns +
                                 QStringLiteral(" FROM ic_notification_facts"));
    if (!fq)
        return fq.error();
    while (fq->next()) {
        NotificationFacts f = factsFromQuery(fq.value());
        factsById.insert(f.incidentId, f);
    }
    QHash<QString, QHash<QString, SentRecord>> sentById;
    auto sq = Db::exec(m_db, QStringLiteral("SELECT incident_id, clock_rule_id, id, sent_at, "
                                            "sent_by, delay_reasons FROM ic_notification_drafts "
                                            "WHERE state = 'sent' AND clock_rule_id <> '' "
                                            "ORDER BY sent_at, id"));
    if (!sq)
        return sq.error();
    while (sq->next()) {
        QHash<QString, SentRecord> &sent = sentById[sq->value(0).toString()];
        const QString rule = sq->value(1).toString();
        if (!sent.contains(rule))
            sent.insert(rule, SentRecord{sq->value(2).toString(), Db::readTime(sq->value(3)),
                                         sq->value(4).toString(), sq->value(5).toString()});
    }
    auto iq = Db::exec(m_db, QStringLiteral("SELECT id, became_aware_at FROM ic_incidents"));
    if (!iq)
        return iq.error();
    QHash<QString, IncidentDeadline> out;
    while (iq->next()) {
        const QString id = iq->value(0).toString();
        NotificationFacts f = factsById.value(id);
        f.incidentId = id;
        const auto states = RegulatoryClocks::evaluate(Db::readTime(iq->value(1)), f, all.value(),
                                                       sentById.value(id), zone, m_now);
        if (const auto n = RegulatoryClocks::nearest(states))
            out.insert(id, *n);
    }
    return out;
}

Result<RenderInput> ClockRepository::renderInput(const QString &incidentId,
                                                 const QString &clockRuleId)
{
    IncidentRepository incidents(m_db, m_now);
    auto incident = incidents.get(incidentId);
    if (!incident)
        return incident.error();
    RenderInput in;
    in.incident = incident.value();
    auto policy = incidents.policy();
    in.severityName =
        (policy ? policy.value() : SeverityPolicy::securityTeam()).level(in.incident.severity).name;
    auto events = EventLog::events(m_db, incidentId);
    if (!events)
        return events.error();
    in.events = events.value();
    auto f = facts(incidentId);
    if (!f)
        return f.error();
    in.facts = f.value();
    auto org = organisation();
    if (!org)
        return org.error();
    in.organisation = org.value();
    if (!clockRuleId.isEmpty()) {
        auto states = clocks(incidentId);
        if (!states)
            return states.error();
        for (const ClockState &s : states.value()) {
            if (s.rule.id == clockRuleId)
                in.clock = s;
        }
    }
    in.now = m_now;
    return in;
}

} // namespace ic
