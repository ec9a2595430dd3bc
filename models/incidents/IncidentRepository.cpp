#include "models/incidents/IncidentRepository.h"

#include "models/core/Logging.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace ic {

namespace {

// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::IncidentRepository)
};

const QString Columns = QStringLiteral(
    "id, ref, title, summary, severity, status, commander, affected_users, affected_tenants, "
    "affected_api_keys, detected_at, became_aware_at, acknowledged_at, closed_at, created_at, "
    "created_by, updated_at, updated_by, version");

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QVariant &v)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    for (const QJsonValue &item : doc.array())
        out << item.toString();
    return out;
}

QJsonObject change(const QString &field, const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject{{QStringLiteral("field"), field},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to}};
}

// QtSql binds a null QString as SQL NULL; text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timeJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// PostgreSQL cannot store a NUL character in text or jsonb, and the driver
// would cut the string there; every engine refuses it alike, before writing.
bool hasNul(const QString &s)
{
    return s.contains(QChar(QChar::Null));
}

bool hasNul(const QStringList &list)
{
    return std::any_of(list.begin(), list.end(), [](const QString &s) { return hasNul(s); });
}

template <typename T>
bool hasNul(const std::optional<T> &v)
{
    return v && hasNul(*v);
}

Error nulRefused(const QString &field, const QString &outcome)
{
    return Error::make(Error::Kind::InvalidInput,
                       Tr::tr("The %1 contains a NUL character (U+0000), which cannot be stored; "
                              "remove it and try again. %2")
                           .arg(field, outcome));
}

// The free-text fields of a new incident or a patch, checked alike.
template <typename Fields>
Result<void> refuseNul(const Fields &f, const QString &outcome)
{
    const std::pair<bool, const char *> checks[] = {
        {hasNul(f.title), QT_TRANSLATE_NOOP("ic::IncidentRepository", "title")},
        {hasNul(f.summary), QT_TRANSLATE_NOOP("ic::IncidentRepository", "summary")},
        {hasNul(f.commander), QT_TRANSLATE_NOOP("ic::IncidentRepository", "commander")},
        {hasNul(f.affectedUsers),
         QT_TRANSLATE_NOOP("ic::IncidentRepository", "list of affected users")},
        {hasNul(f.affectedTenants),
         QT_TRANSLATE_NOOP("ic::IncidentRepository", "list of affected tenants")},
        {hasNul(f.affectedApiKeys),
         QT_TRANSLATE_NOOP("ic::IncidentRepository", "list of affected API keys")},
    };
    for (const auto &[bad, field] : checks) {
        if (bad)
            return nulRefused(Tr::tr(field), outcome);
    }
    return success();
}

} // namespace

IncidentRepository::IncidentRepository(QSqlDatabase db, const QDateTime &nowUtc)
    : m_db(std::move(db)), m_now(nowUtc.toUTC())
{}

Incident IncidentRepository::fromQuery(const QSqlQuery &q) const
{
    Incident i;
    i.id = q.value(0).toString();
    i.ref = q.value(1).toString();
    i.title = q.value(2).toString();
    i.summary = q.value(3).toString();
    i.severity = Severity(qBound(0, q.value(4).toInt(), 3));
    i.status = statusFromCode(q.value(5).toString()).value_or(IncidentStatus::Triage);
    i.commander = q.value(6).toString();
    i.affectedUsers = fromJson(q.value(7));
    i.affectedTenants = fromJson(q.value(8));
    i.affectedApiKeys = fromJson(q.value(9));
    i.detectedAt = Db::readTime(q.value(10));
    i.becameAwareAt = Db::readTime(q.value(11));
    i.acknowledgedAt = Db::readTime(q.value(12));
    i.closedAt = Db::readTime(q.value(13));
    i.createdAt = Db::readTime(q.value(14));
    i.createdBy = q.value(15).toString();
    i.updatedAt = Db::readTime(q.value(16));
    i.updatedBy = q.value(17).toString();
    i.version = q.value(18).toInt();
    return i;
}

Result<QList<Incident>> IncidentRepository::list()
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT ") + Columns +
                                QStringLiteral(" FROM ic_incidents ORDER BY detected_at DESC, id"));
    if (!q)
        return q.error();
    QList<Incident> out;
    while (q->next())
        out.append(fromQuery(q.value()));
    return out;
}

Result<Incident> IncidentRepository::get(const QString &id)
{
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + Columns +
                          QStringLiteral(" FROM ic_incidents WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The incident no longer exists in this workspace."));
    }
    return fromQuery(q.value());
}

Result<void> IncidentRepository::validate(const NewIncident &draft)
{
    if (draft.title.trimmed().isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("An incident needs a title. Nothing was created."));
    }
    if (draft.title.size() > 300) {
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The title is longer than 300 characters; keep the details for the "
                   "summary. Nothing was created."));
    }
    if (draft.becameAwareAt.isValid() && draft.detectedAt.isValid() &&
        draft.becameAwareAt < draft.detectedAt.addSecs(-366LL * 24 * 3600)) {
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The became-aware time is more than a year before detection; check "
                   "the date. Nothing was created."));
    }
    if (auto nul = refuseNul(draft, Tr::tr("Nothing was created.")); !nul)
        return nul;
    return success();
}

Result<QString> IncidentRepository::nextRef(int year)
{
    const QString counter = QStringLiteral("incident_ref_%1").arg(year);
    auto q =
        Db::exec(m_db,
                 QStringLiteral("INSERT INTO ic_counters (name, value) VALUES (?, 1) "
                                "ON CONFLICT (name) DO UPDATE SET value = ic_counters.value + 1 "
                                "RETURNING value"),
                 {counter});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::General, Tr::tr("Could not number the new incident."));
    return QStringLiteral("INC-%1-%2")
        .arg(year)
        .arg(q->value(0).toLongLong(), 3, 10, QLatin1Char('0'));
}

QJsonObject IncidentRepository::withEditId(QJsonObject details)
{
    if (!m_editId.isEmpty() && !m_editIdRecorded) {
        details.insert(QStringLiteral("edit_id"), m_editId);
        m_editIdRecorded = true;
    }
    return details;
}

Result<bool> IncidentRepository::hasEdit(const QString &editId)
{
    if (editId.isEmpty())
        return false;
    auto q = Db::exec(m_db,
                      Db::isPostgres(m_db)
                          ? QStringLiteral("SELECT 1 FROM ic_incident_events WHERE (details ->> "
                                           "'edit_id') = ? LIMIT 1")
                          : QStringLiteral("SELECT 1 FROM ic_incident_events WHERE "
                                           "json_extract(details, '$.edit_id') = ? LIMIT 1"),
                      {editId});
    if (!q)
        return q.error();
    return q->next();
}

bool IncidentRepository::isDuplicateEdit(const Error &error)
{
    return error.detail.contains(QLatin1String("ic_incident_events_edit_id")) ||
           (error.detail.contains(QLatin1String("UNIQUE constraint failed")) &&
            error.detail.contains(QLatin1String("ic_incident_events")) &&
            error.detail.contains(QLatin1String("edit_id")));
}

Result<void> IncidentRepository::recordEvent(const QString &incidentId, const QString &actor,
                                             const QString &kind, const QString &summary,
                                             const QJsonObject &details)
{
    EventDraft draft;
    draft.incidentId = incidentId;
    draft.actor = actor;
    draft.kind = kind;
    draft.summary = summary;
    draft.details = withEditId(details);
    auto e = EventLog::append(m_db, draft, m_now);
    if (!e)
        return e.error();
    return success();
}

Result<Incident> IncidentRepository::create(const NewIncident &draft, const QString &actor)
{
    if (auto v = validate(draft); !v)
        return v.error();
    Incident inc;
    // An id chosen beforehand (an incident opened offline) is kept.
    inc.id = draft.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : draft.id;
    inc.title = draft.title.trimmed();
    inc.summary = draft.summary;
    inc.severity = draft.severity;
    inc.status = draft.status;
    inc.commander = draft.commander.trimmed();
    inc.affectedUsers = draft.affectedUsers;
    inc.affectedTenants = draft.affectedTenants;
    inc.affectedApiKeys = draft.affectedApiKeys;
    inc.detectedAt = (draft.detectedAt.isValid() ? draft.detectedAt : m_now).toUTC();
    inc.becameAwareAt = draft.becameAwareAt.toUTC();
    // Someone taking command is the response the severity target asks for.
    if (!inc.commander.isEmpty())
        inc.acknowledgedAt = m_now;
    if (inc.status == IncidentStatus::Closed)
        inc.closedAt = m_now;
    inc.createdAt = m_now;
    inc.createdBy = actor;
    inc.updatedAt = m_now;
    inc.updatedBy = actor;
    inc.version = 1;

    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        auto ref = nextRef(inc.detectedAt.date().year());
        if (!ref)
            return ref.error();
        inc.ref = ref.value();
        auto q =
            Db::exec(m_db,
                     QStringLiteral("INSERT INTO ic_incidents (") + Columns +
                         QStringLiteral(
                             ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {inc.id, inc.ref, text(inc.title), text(inc.summary), int(inc.severity),
                      statusCode(inc.status), text(inc.commander), toJson(inc.affectedUsers),
                      toJson(inc.affectedTenants), toJson(inc.affectedApiKeys),
                      Db::bindTime(m_db, inc.detectedAt), Db::bindTime(m_db, inc.becameAwareAt),
                      Db::bindTime(m_db, inc.acknowledgedAt), Db::bindTime(m_db, inc.closedAt),
                      Db::bindTime(m_db, inc.createdAt), inc.createdBy,
                      Db::bindTime(m_db, inc.updatedAt), inc.updatedBy, inc.version});
        if (!q)
            return q.error();
        return recordEvent(
            inc.id, actor, QStringLiteral("incident.created"),
            Tr::tr("Opened %1 %2: %3").arg(inc.ref, severityCode(inc.severity), inc.title),
            QJsonObject{{QStringLiteral("ref"), inc.ref},
                        {QStringLiteral("severity"), severityCode(inc.severity)},
                        {QStringLiteral("status"), statusCode(inc.status)},
                        {QStringLiteral("detected_at"), timeJson(inc.detectedAt)}});
    });
    if (!r)
        return r.error();
    qCInfo(lcIncidents) << "created incident" << inc.ref;
    return inc;
}

Result<Incident> IncidentRepository::update(const QString &id, int baseVersion,
                                            const IncidentPatch &patch, const QString &actor,
                                            IncidentConflict *conflict)
{
    if (auto nul = refuseNul(patch, Tr::tr("Nothing was changed.")); !nul)
        return nul.error();
    Incident after;
    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        auto current = get(id);
        if (!current)
            return current.error();
        const Incident before = current.value();
        if (before.version != baseVersion) {
            if (conflict)
                conflict->current = before;
            return Error::make(
                Error::Kind::Conflict,
                Tr::tr("%1 was changed by %2 at %3 while you were editing. Your change "
                       "was not saved; compare both values and choose.")
                    .arg(before.ref, before.updatedBy,
                         before.updatedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        }
        after = before;
        QList<QPair<QString, QJsonObject>> changes; // summary, details
        auto textField = [&](const std::optional<QString> &v, QString &field, const char *name,
                             const QString &label) {
            if (v && *v != field) {
                changes.append(
                    {Tr::tr("%1 changed").arg(label), change(QLatin1String(name), field, *v)});
                field = *v;
            }
        };
        if (patch.title && patch.title->trimmed().isEmpty()) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("An incident needs a title. The title was not changed."));
        }
        textField(patch.title ? std::optional<QString>(patch.title->trimmed()) : std::nullopt,
                  after.title, "title", Tr::tr("Title"));
        textField(patch.summary, after.summary, "summary", Tr::tr("Summary"));
        textField(patch.commander ? std::optional<QString>(patch.commander->trimmed())
                                  : std::nullopt,
                  after.commander, "commander", Tr::tr("Commander"));
        if (patch.severity && *patch.severity != after.severity) {
            changes.append({Tr::tr("Severity %1 → %2")
                                .arg(severityCode(after.severity), severityCode(*patch.severity)),
                            change(QStringLiteral("severity"), severityCode(after.severity),
                                   severityCode(*patch.severity))});
            after.severity = *patch.severity;
        }
        if (patch.status && *patch.status != after.status) {
            const bool closing = *patch.status == IncidentStatus::Closed;
            const bool reopening = after.status == IncidentStatus::Closed;
            changes.append(
                {closing     ? Tr::tr("Closed the incident")
                 : reopening ? Tr::tr("Reopened the incident (%1)").arg(statusLabel(*patch.status))
                             : Tr::tr("Status %1 → %2")
                                   .arg(statusLabel(after.status), statusLabel(*patch.status)),
                 change(QStringLiteral("status"), statusCode(after.status),
                        statusCode(*patch.status))});
            after.status = *patch.status;
            after.closedAt = closing ? m_now : QDateTime();
        }
        auto list = [&](const std::optional<QStringList> &v, QStringList &field, const char *name,
                        const QString &label) {
            if (v && *v != field) {
                changes.append({Tr::tr("%1 changed").arg(label),
                                change(QLatin1String(name), QJsonArray::fromStringList(field),
                                       QJsonArray::fromStringList(*v))});
                field = *v;
            }
        };
        list(patch.affectedUsers, after.affectedUsers, "affected_users", Tr::tr("Affected users"));
        list(patch.affectedTenants, after.affectedTenants, "affected_tenants",
             Tr::tr("Affected tenants"));
        list(patch.affectedApiKeys, after.affectedApiKeys, "affected_api_keys",
             Tr::tr("Affected API keys"));
        auto time = [&](const std::optional<QDateTime> &v, QDateTime &field, const char *name,
                        const QString &label) {
            if (v && v->toUTC() != field) {
                changes.append({Tr::tr("%1 changed").arg(label),
                                change(QLatin1String(name), timeJson(field), timeJson(*v))});
                field = v->toUTC();
            }
        };
        time(patch.detectedAt, after.detectedAt, "detected_at", Tr::tr("Detected at"));
        if (!after.detectedAt.isValid()) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The detection time cannot be empty. Nothing was changed."));
        }
        time(patch.becameAwareAt, after.becameAwareAt, "became_aware_at",
             Tr::tr("Became aware at"));
        const bool takesCommand = patch.commander && !after.commander.isEmpty();
        if ((patch.acknowledge || takesCommand) && !after.acknowledgedAt.isValid()) {
            after.acknowledgedAt = m_now;
            changes.append({Tr::tr("Acknowledged"),
                            change(QStringLiteral("acknowledged_at"), QString(), timeJson(m_now))});
        }
        if (changes.isEmpty())
            return success(); // nothing to save, no version bump

        after.updatedAt = m_now;
        after.updatedBy = actor;
        after.version = before.version + 1;
        auto q = Db::exec(
            m_db,
            QStringLiteral(
                "UPDATE ic_incidents SET title = ?, summary = ?, severity = ?, status = ?, "
                "commander = ?, affected_users = ?, affected_tenants = ?, affected_api_keys = ?, "
                "detected_at = ?, became_aware_at = ?, acknowledged_at = ?, closed_at = ?, "
                "updated_at = ?, updated_by = ?, version = ? WHERE id = ? AND version = ?"),
            {text(after.title), text(after.summary), int(after.severity), statusCode(after.status),
             text(after.commander), toJson(after.affectedUsers), toJson(after.affectedTenants),
             toJson(after.affectedApiKeys), Db::bindTime(m_db, after.detectedAt),
             Db::bindTime(m_db, after.becameAwareAt), Db::bindTime(m_db, after.acknowledgedAt),
             Db::bindTime(m_db, after.closedAt), Db::bindTime(m_db, after.updatedAt),
             after.updatedBy, after.version, id, baseVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1) {
            if (conflict)
                conflict->current = before;
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("%1 was changed by someone else while you were editing. Your "
                                      "change was not saved.")
                                   .arg(before.ref));
        }
        for (const auto &[summary, details] : changes) {
            const QString kind =
                details.value(QStringLiteral("field")).toString() == QLatin1String("status")
                    ? (after.status == IncidentStatus::Closed ? QStringLiteral("incident.closed")
                                                              : QStringLiteral("incident.status"))
                    : QStringLiteral("incident.updated");
            if (auto e = recordEvent(id, actor, kind, summary, details); !e)
                return e;
        }
        return success();
    });
    if (!r)
        return r.error();
    return after;
}

Result<QList<IncidentEvent>> IncidentRepository::events(const QString &incidentId)
{
    return EventLog::events(m_db, incidentId);
}

Result<void> IncidentRepository::addNote(const QString &incidentId, const QString &actor,
                                         const QString &text, const QDateTime &occurredAt)
{
    if (text.trimmed().isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The note is empty. Nothing was added."));
    }
    if (hasNul(text))
        return nulRefused(Tr::tr("note"), Tr::tr("Nothing was added."));
    return Db::transaction(m_db, [&]() -> Result<void> {
        auto exists = get(incidentId);
        if (!exists)
            return exists.error();
        EventDraft d;
        d.incidentId = incidentId;
        d.actor = actor;
        d.kind = QStringLiteral("note");
        d.summary = text.trimmed();
        d.occurredAt = occurredAt;
        d.backdated = occurredAt.isValid() && occurredAt < m_now.addSecs(-60);
        d.details = withEditId(d.details);
        auto e = EventLog::append(m_db, d, m_now);
        if (!e)
            return e.error();
        return success();
    });
}

Result<SeverityPolicy> IncidentRepository::policy()
{
    auto q = Db::exec(m_db, QStringLiteral("SELECT level, name, description, examples, "
                                           "response_minutes, response_text "
                                           "FROM ic_severity_levels ORDER BY level"));
    if (!q)
        return q.error();
    SeverityPolicy p = SeverityPolicy::securityTeam();
    int found = 0;
    while (q->next()) {
        const int level = q->value(0).toInt();
        if (level < 0 || level > 3)
            continue;
        SeverityLevel &l = p.levels[size_t(level)];
        l.level = Severity(level);
        l.name = q->value(1).toString();
        l.description = q->value(2).toString();
        l.examples = q->value(3).toString();
        l.responseMinutes = q->value(4).toInt();
        l.responseText = q->value(5).toString();
        ++found;
    }
    if (found != 4) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("This workspace has no severity policy yet."));
    }
    auto preset = Db::exec(m_db, QStringLiteral("SELECT value FROM ic_workspace WHERE key = ?"),
                           {QStringLiteral("severity_preset")});
    p.presetId = preset && preset->next() ? preset->value(0).toString() : QStringLiteral("custom");
    return p.translated(); // stored in the source language, shown in the reader's
}

Result<void> IncidentRepository::savePolicy(const SeverityPolicy &shownPolicy, const QString &actor)
{
    if (auto v = shownPolicy.validate(); !v)
        return v;
    // A preset's texts go in in the source language, whatever the saver reads.
    const SeverityPolicy policy = shownPolicy.untranslated();
    return Db::transaction(m_db, [&]() -> Result<void> {
        for (const SeverityLevel &l : policy.levels) {
            auto q =
                Db::exec(m_db,
                         QStringLiteral(
                             "INSERT INTO ic_severity_levels (level, name, description, examples, "
                             "response_minutes, response_text) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (level) DO UPDATE SET name = excluded.name, "
                             "description = excluded.description, examples = excluded.examples, "
                             "response_minutes = excluded.response_minutes, "
                             "response_text = excluded.response_text"),
                         {int(l.level), text(l.name), text(l.description), text(l.examples),
                          l.responseMinutes, text(l.responseText)});
            if (!q)
                return q.error();
        }
        auto q = Db::exec(m_db,
                          QStringLiteral("INSERT INTO ic_workspace (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {QStringLiteral("severity_preset"), policy.presetId});
        if (!q)
            return q.error();
        qCInfo(lcIncidents) << "severity policy saved by" << actor << policy.presetId;
        return success();
    });
}

Result<SeverityPolicy> IncidentRepository::ensurePolicy()
{
    auto p = policy();
    if (p || p.error().kind != Error::Kind::NotFound)
        return p;
    const SeverityPolicy def = SeverityPolicy::securityTeam();
    if (auto s = savePolicy(def, QStringLiteral("system")); !s)
        return s.error();
    return def;
}

} // namespace ic
