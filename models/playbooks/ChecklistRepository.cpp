#include "models/playbooks/ChecklistRepository.h"

#include "models/playbooks/ChecklistChecks.h"

#include "models/core/Logging.h"
#include "models/core/TimeText.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ChecklistRepository)
};

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant minutes(const Deadline &d)
{
    return d.minutes ? QVariant(*d.minutes) : QVariant(QMetaType(QMetaType::Int));
}

Deadline deadline(const QVariant &text, const QVariant &minutes)
{
    Deadline d;
    d.text = text.toString();
    if (!minutes.isNull())
        d.minutes = minutes.toInt();
    return d;
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray codeJson(const QList<CodeBlock> &code)
{
    QJsonArray out;
    for (const CodeBlock &c : code) {
        QJsonArray placeholders;
        for (const CodePlaceholder &p : c.placeholders) {
            placeholders.append(QJsonObject{{QStringLiteral("text"), p.text},
                                            {QStringLiteral("name"), p.name},
                                            {QStringLiteral("offset"), p.offset},
                                            {QStringLiteral("length"), p.length}});
        }
        out.append(QJsonObject{{QStringLiteral("kind"), CodeBlock::kindCode(c.kind)},
                               {QStringLiteral("language"), c.language},
                               {QStringLiteral("text"), c.text},
                               {QStringLiteral("line"), c.line},
                               {QStringLiteral("placeholders"), placeholders}});
    }
    return out;
}

QList<CodeBlock> codeFromJson(const QVariant &v)
{
    QList<CodeBlock> out;
    for (const QJsonValue &value : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        CodeBlock c;
        c.kind = CodeBlock::kindFromCode(o.value(QStringLiteral("kind")).toString());
        c.language = o.value(QStringLiteral("language")).toString();
        c.text = o.value(QStringLiteral("text")).toString();
        c.line = o.value(QStringLiteral("line")).toInt();
        for (const QJsonValue &pv : o.value(QStringLiteral("placeholders")).toArray()) {
            const QJsonObject p = pv.toObject();
            CodePlaceholder ph{p.value(QStringLiteral("text")).toString(),
                               p.value(QStringLiteral("name")).toString(),
                               p.value(QStringLiteral("offset")).toInt(),
                               p.value(QStringLiteral("length")).toInt()};
            // Offsets come from the database: keep only ones that still fit.
            if (ph.offset >= 0 && ph.length >= 0 && ph.offset + ph.length <= c.text.size() &&
                c.text.mid(ph.offset, ph.length) == ph.text)
                c.placeholders.append(ph);
        }
        out.append(c);
    }
    return out;
}

QStringList stringsFromJson(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(value.toString());
    return out;
}

QString shortText(const QString &s)
{
    return s.size() > 120 ? s.left(117) + QStringLiteral("…") : s;
}

const QString ItemColumns = QStringLiteral(
    "i.id, i.checklist_id, i.incident_id, c.playbook_name, c.position, i.position, "
    "i.phase_position, i.phase, i.phase_deadline_text, i.phase_deadline_minutes, i.text, "
    "i.source_line, i.deadline_text, i.deadline_minutes, i.substeps, i.code, i.state, "
    "i.state_reason, i.state_by, i.state_at, i.version, i.state_happened_at, c.deadlines_from");

ChecklistItem itemFromQuery(const QSqlQuery &q)
{
    ChecklistItem it;
    it.id = q.value(0).toString();
    it.checklistId = q.value(1).toString();
    it.incidentId = q.value(2).toString();
    it.playbookName = q.value(3).toString();
    it.checklistPosition = q.value(4).toInt();
    it.position = q.value(5).toInt();
    it.phasePosition = q.value(6).toInt();
    it.phase = q.value(7).toString();
    it.phaseDeadline = deadline(q.value(8), q.value(9));
    it.text = q.value(10).toString();
    it.sourceLine = q.value(11).toInt();
    it.deadline = deadline(q.value(12), q.value(13));
    it.substeps = stringsFromJson(q.value(14));
    it.code = codeFromJson(q.value(15));
    it.state =
        ChecklistItem::stateFromCode(q.value(16).toString()).value_or(ChecklistItem::State::Open);
    it.stateReason = q.value(17).toString();
    it.stateBy = q.value(18).toString();
    it.stateAt = Db::readTime(q.value(19));
    it.version = q.value(20).toInt();
    it.stateHappenedAt = Db::readTime(q.value(21));
    it.deadlinesFrom = Db::readTime(q.value(22));
    return it;
}

QJsonObject itemDetails(const ChecklistItem &it)
{
    return QJsonObject{{QStringLiteral("item_id"), it.id},
                       {QStringLiteral("checklist_id"), it.checklistId},
                       {QStringLiteral("playbook"), it.playbookName},
                       {QStringLiteral("phase"), it.phase},
                       {QStringLiteral("step"), it.text}};
}

} // namespace

const Deadline &ChecklistItem::effectiveDeadline() const
{
    return deadline.isKnown() || phaseDeadline.text.isEmpty() ? deadline : phaseDeadline;
}

QDateTime ChecklistItem::due(const QDateTime &detectedAt) const
{
    const Deadline &d = effectiveDeadline();
    const QDateTime from = deadlinesFrom.isValid() ? deadlinesFrom : detectedAt;
    if (!d.isKnown() || !from.isValid())
        return {};
    return from.toUTC().addSecs(qint64(*d.minutes) * 60);
}

QString ChecklistItem::stateCode(State state)
{
    switch (state) {
    case State::Done:
        return QStringLiteral("done");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<ChecklistItem::State> ChecklistItem::stateFromCode(const QString &code)
{
    for (State s : {State::Open, State::Done, State::Skipped}) {
        if (stateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

ChecklistRepository::ChecklistRepository(QSqlDatabase db, const QDateTime &nowUtc)
    : m_db(std::move(db)), m_now(nowUtc.toUTC())
{}

Result<IncidentChecklists> ChecklistRepository::load(const QString &incidentId)
{
    IncidentChecklists out;
    out.incidentId = incidentId;
    auto inc = Db::exec(m_db, QStringLiteral("SELECT detected_at FROM ic_incidents WHERE id = ?"),
                        {incidentId});
    if (!inc)
        return inc.error();
    if (!inc->next()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The incident no longer exists in this workspace."));
    }
    out.detectedAt = Db::readTime(inc->value(0));

    auto lists = Db::exec(m_db,
                          QStringLiteral("SELECT id, playbook_name, source, source_sha256, "
                                         "position, attached_at, attached_by, deadlines_from FROM "
                                         "ic_checklists WHERE incident_id = ? "
                                         "ORDER BY position, attached_at, id"),
                          {incidentId});
    if (!lists)
        return lists.error();
    while (lists->next()) {
        Checklist c;
        c.id = lists->value(0).toString();
        c.incidentId = incidentId;
        c.playbookName = lists->value(1).toString();
        c.source = lists->value(2).toString();
        c.sourceSha256 = lists->value(3).toString();
        c.position = lists->value(4).toInt();
        c.attachedAt = Db::readTime(lists->value(5));
        c.attachedBy = lists->value(6).toString();
        c.deadlinesFrom = Db::readTime(lists->value(7));
        out.checklists.append(c);
    }

    // What the incident's alerts suggested (their rules name a playbook).
    auto suggested = Db::exec(m_db,
                              QStringLiteral("SELECT playbook FROM ic_alerts WHERE incident_id = ? "
                                             "AND playbook <> '' ORDER BY created_at, id"),
                              {incidentId});
    if (!suggested)
        return suggested.error();
    while (suggested->next()) {
        const QString name = suggested->value(0).toString();
        if (!out.suggestedPlaybooks.contains(name, Qt::CaseInsensitive))
            out.suggestedPlaybooks << name;
    }

    auto items =
        Db::exec(m_db,
                 QStringLiteral("SELECT ") + ItemColumns +
                     QStringLiteral(" FROM ic_checklist_items i JOIN ic_checklists c ON "
                                    "c.id = i.checklist_id WHERE i.incident_id = ? "
                                    "ORDER BY c.position, c.attached_at, c.id, i.position"),
                 {incidentId});
    if (!items)
        return items.error();
    QHash<QString, int> index;
    while (items->next()) {
        out.items.append(itemFromQuery(items.value()));
        index.insert(out.items.constLast().id, int(out.items.size()) - 1);
    }

    // Notes live in the incident record only; nothing is kept twice.
    auto notes = Db::exec(m_db,
                          QStringLiteral("SELECT occurred_at, actor, details FROM "
                                         "ic_incident_events WHERE incident_id = ? AND kind = ? "
                                         "ORDER BY seq, id"),
                          {incidentId, QStringLiteral("checklist.note")});
    if (!notes)
        return notes.error();
    while (notes->next()) {
        const QJsonObject d = QJsonDocument::fromJson(notes->value(2).toString().toUtf8()).object();
        const int i = index.value(d.value(QStringLiteral("item_id")).toString(), -1);
        if (i < 0)
            continue;
        out.items[i].notes.append({Db::readTime(notes->value(0)), notes->value(1).toString(),
                                   d.value(QStringLiteral("text")).toString()});
    }
    return out;
}

Result<Checklist> ChecklistRepository::attach(const QString &incidentId, const Playbook &playbook,
                                              const QString &sourceSha256, const QString &actor,
                                              const QDateTime &deadlinesFrom)
{
    if (playbook.stepCount() == 0) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The playbook “%1” has no steps, so there is nothing to check "
                                  "off. Nothing was attached.")
                               .arg(playbook.name));
    }
    if (playbook.name.trimmed().isEmpty() || ChecklistChecks::playbookHasNul(playbook)) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The playbook has no name or contains a NUL character "
                                  "(U+0000). Nothing was attached; fix the Markdown file."));
    }
    Checklist c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.incidentId = incidentId;
    c.playbookName = playbook.name;
    c.source = playbook.sourceFile;
    c.sourceSha256 = sourceSha256;
    c.attachedAt = m_now;
    c.attachedBy = actor;
    c.deadlinesFrom = deadlinesFrom.isValid() ? deadlinesFrom.toUTC() : QDateTime();

    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        auto inc =
            Db::exec(m_db, QStringLiteral("SELECT ref, detected_at FROM ic_incidents WHERE id = ?"),
                     {incidentId});
        if (!inc)
            return inc.error();
        if (!inc->next()) {
            return Error::make(Error::Kind::NotFound,
                               Tr::tr("The incident no longer exists in this workspace. Nothing "
                                      "was attached."));
        }
        const QString ref = inc->value(0).toString();
        if (auto v = ChecklistChecks::checkMoment(
                c.deadlinesFrom, Db::readTime(inc->value(1)),
                Tr::tr("The deadlines cannot count from %1: %2 Nothing was "
                       "attached."),
                m_now);
            !v)
            return v;
        auto existing = Db::exec(m_db,
                                 QStringLiteral("SELECT attached_by FROM ic_checklists WHERE "
                                                "incident_id = ? AND playbook_name = ?"),
                                 {incidentId, playbook.name});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("“%1” is already attached to %2 (by %3). Nothing was "
                                      "changed.")
                                   .arg(playbook.name, ref, existing->value(0).toString()));
        }
        auto pos = Db::exec(m_db,
                            QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM "
                                           "ic_checklists WHERE incident_id = ?"),
                            {incidentId});
        if (!pos)
            return pos.error();
        c.position = pos->next() ? pos->value(0).toInt() : 1;
        auto ins = Db::exec(m_db,
                            QStringLiteral("INSERT INTO ic_checklists (id, incident_id, "
                                           "playbook_name, source, source_sha256, position, "
                                           "attached_at, attached_by, deadlines_from) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {c.id, incidentId, text(c.playbookName), text(c.source),
                             text(c.sourceSha256), c.position, Db::bindTime(m_db, m_now),
                             text(actor), Db::bindTime(m_db, c.deadlinesFrom)});
        if (!ins)
            return ins.error();
        int position = 0;
        for (int p = 0; p < playbook.phases.size(); ++p) {
            const PlaybookPhase &phase = playbook.phases[p];
            for (const PlaybookStep &s : phase.steps) {
                ++position;
                auto item = Db::exec(
                    m_db,
                    QStringLiteral("INSERT INTO ic_checklist_items (id, checklist_id, "
                                   "incident_id, position, phase_position, phase, "
                                   "phase_deadline_text, phase_deadline_minutes, text, "
                                   "source_line, deadline_text, deadline_minutes, substeps, code, "
                                   "state, state_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, 'open', ?, 1)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), c.id, incidentId, position,
                     p + 1, text(phase.name), text(phase.deadline.text), minutes(phase.deadline),
                     text(s.text), s.line, text(s.deadline.text), minutes(s.deadline),
                     json(QJsonArray::fromStringList(s.substepTexts())), json(codeJson(s.code)),
                     Db::bindTime(m_db, QDateTime())});
                if (!item)
                    return item.error();
            }
        }
        EventDraft e;
        e.incidentId = incidentId;
        e.actor = actor;
        e.kind = QStringLiteral("checklist.attached");
        e.summary =
            Tr::tr("Attached the playbook “%1” (%n step(s))", nullptr, position).arg(playbook.name);
        if (c.deadlinesFrom.isValid())
            e.summary += QLatin1Char(' ') + Tr::tr("Its deadlines count from %1, not from "
                                                   "detection.")
                                                .arg(TimeText::local(c.deadlinesFrom));
        e.details =
            QJsonObject{{QStringLiteral("checklist_id"), c.id},
                        {QStringLiteral("playbook"), playbook.name},
                        {QStringLiteral("source"), playbook.sourceFile},
                        {QStringLiteral("source_sha256"), sourceSha256},
                        {QStringLiteral("steps"), position},
                        {QStringLiteral("deadlines_from"),
                         c.deadlinesFrom.isValid() ? c.deadlinesFrom.toString(Qt::ISODateWithMs)
                                                   : QStringLiteral("detection")}};
        auto ev = EventLog::append(m_db, e, m_now);
        if (!ev)
            return ev.error();
        return success();
    });
    if (!r)
        return r.error();
    return c;
}

Result<ChecklistItem> ChecklistRepository::item(const QString &itemId, bool lock)
{
    const QString lockClause =
        lock && Db::isPostgres(m_db) ? QStringLiteral(" FOR UPDATE OF i") : QString();
    auto q = Db::exec(m_db,
                      QStringLiteral("SELECT ") + ItemColumns +
                          QStringLiteral(" FROM ic_checklist_items i JOIN ic_checklists c ON "
                                         "c.id = i.checklist_id WHERE i.id = ?") +
                          lockClause,
                      {itemId});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("This checklist step no longer exists in the workspace. "
                                  "Nothing was changed."));
    }
    return itemFromQuery(q.value());
}

Result<ItemChange> ChecklistRepository::setState(const QString &itemId, ChecklistItem::State state,
                                                 const QString &reason, const QString &actor,
                                                 const QDateTime &happenedAt)
{
    using State = ChecklistItem::State;
    if (state == State::Skipped) {
        if (auto v = validateReason(reason); !v)
            return v.error();
    }
    if (happenedAt.isValid() && state != State::Done) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Only ticking a step can be given an earlier time. Nothing was "
                                  "changed."));
    }
    // Within a minute of now is now: no backdating for a clock a little ahead.
    const QDateTime happened = happenedAt.isValid() && happenedAt.toUTC() < m_now.addSecs(-60)
                                   ? happenedAt.toUTC()
                                   : QDateTime();
    ItemChange change;
    auto r = Db::transaction(m_db, [&]() -> Result<void> {
        // The row lock (PostgreSQL) or the write lock (SQLite) orders two
        // commanders on the same step: the second sees the first's state.
        auto current = item(itemId, true);
        if (!current)
            return current.error();
        const ChecklistItem before = current.value();
        change.item = before;
        if (before.state == state)
            return success(); // already so: nothing to write, nothing lost
        QDateTime detectedAt;
        {
            auto inc =
                Db::exec(m_db, QStringLiteral("SELECT detected_at FROM ic_incidents WHERE id = ?"),
                         {before.incidentId});
            if (!inc)
                return inc.error();
            if (inc->next())
                detectedAt = Db::readTime(inc->value(0));
        }
        if (happenedAt.isValid()) {
            if (auto v = ChecklistChecks::checkMoment(
                    happenedAt.toUTC(), detectedAt,
                    Tr::tr("The step cannot be marked done at %1: %2 The step "
                           "was not ticked."),
                    m_now);
                !v)
                return v;
        }

        const QString storedReason = state == State::Skipped ? reason.trimmed() : QString();
        auto u =
            Db::exec(m_db,
                     QStringLiteral("UPDATE ic_checklist_items SET state = ?, state_reason = ?, "
                                    "state_by = ?, state_at = ?, state_happened_at = ?, "
                                    "version = version + 1 WHERE id = ?"),
                     {ChecklistItem::stateCode(state), text(storedReason), text(actor),
                      Db::bindTime(m_db, m_now), Db::bindTime(m_db, happened), itemId});
        if (!u)
            return u.error();
        change.item.state = state;
        change.item.stateReason = storedReason;
        change.item.stateBy = actor;
        change.item.stateAt = m_now;
        change.item.stateHappenedAt = happened;
        change.item.version = before.version + 1;
        change.changed = true;

        EventDraft e;
        e.incidentId = before.incidentId;
        e.actor = actor;
        e.details = itemDetails(before);
        e.details.insert(QStringLiteral("from"), ChecklistItem::stateCode(before.state));
        e.details.insert(QStringLiteral("to"), ChecklistItem::stateCode(state));
        const QString step = shortText(before.text);
        const QString where = QStringLiteral("%1 › %2").arg(before.playbookName, before.phase);
        switch (state) {
        case State::Done: {
            e.kind = QStringLiteral("checklist.ticked");
            const QDateTime doneAt = happened.isValid() ? happened : m_now;
            if (happened.isValid()) {
                // On the timeline where it happened, marked as entered later,
                // with who entered it (the event's actor) and when.
                e.summary = Tr::tr("Ticked “%1” (%2): done at %3, recorded later")
                                .arg(step, where, TimeText::local(happened));
                e.occurredAt = happened;
                e.backdated = true;
                e.details.insert(QStringLiteral("happened_at"),
                                 happened.toString(Qt::ISODateWithMs));
                e.details.insert(QStringLiteral("recorded_at"), m_now.toString(Qt::ISODateWithMs));
            } else {
                e.summary = Tr::tr("Ticked “%1” (%2)").arg(step, where);
            }
            const QDateTime due = before.due(detectedAt);
            if (due.isValid()) {
                e.details.insert(QStringLiteral("due_at"), due.toString(Qt::ISODateWithMs));
                e.details.insert(QStringLiteral("on_time"), doneAt <= due);
            }
            break;
        }
        case State::Skipped:
            e.kind = QStringLiteral("checklist.skipped");
            e.summary = Tr::tr("Skipped “%1” (%2): %3").arg(step, where, storedReason);
            e.details.insert(QStringLiteral("reason"), storedReason);
            break;
        case State::Open:
            e.kind = before.state == State::Done ? QStringLiteral("checklist.unticked")
                                                 : QStringLiteral("checklist.reopened");
            e.summary = before.state == State::Done
                            ? Tr::tr("Unticked “%1” (%2)").arg(step, where)
                            : Tr::tr("Reopened the skipped step “%1” (%2)").arg(step, where);
            break;
        }
        auto ev = EventLog::append(m_db, e, m_now);
        if (!ev)
            return ev.error();
        return success();
    });
    if (!r)
        return r.error();
    return change;
}

Result<void> ChecklistRepository::addNote(const QString &itemId, const QString &note,
                                          const QString &actor)
{
    if (auto v = validateNote(note); !v)
        return v;
    return Db::transaction(m_db, [&]() -> Result<void> {
        auto current = item(itemId, false);
        if (!current)
            return current.error();
        EventDraft e;
        e.incidentId = current->incidentId;
        e.actor = actor;
        e.kind = QStringLiteral("checklist.note");
        e.summary = Tr::tr("Note on “%1”: %2").arg(shortText(current->text), note.trimmed());
        e.details = itemDetails(current.value());
        e.details.insert(QStringLiteral("text"), note.trimmed());
        auto ev = EventLog::append(m_db, e, m_now);
        if (!ev)
            return ev.error();
        return success();
    });
}

} // namespace ic
