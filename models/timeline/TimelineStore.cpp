#include "models/timeline/TimelineStore.h"

#include "models/core/Clock.h"
#include "models/store/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace ic {

TimelineStore::TimelineStore(SqlExecutor *executor, const Clock &clock, QString actor,
                             QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{}

namespace {

// What the timeline shows of an event: no details and no hashes (verifying
// the record reads those itself, through EventLog). Fewer columns and no JSON
// to parse make a large incident's timeline appear sooner.
const QString TimelineColumns = QStringLiteral("id, seq, occurred_at, recorded_at, actor, kind, "
                                               "summary, backdated, corrects_event_id");

Result<QList<IncidentEvent>> readTimeline(QSqlDatabase &db, const QString &incidentId,
                                          const QString &tail, const QVariantList &extra = {})
{
    QVariantList params{incidentId};
    params += extra;
    auto q = Db::exec(db,
                      QStringLiteral("SELECT ") + TimelineColumns +
                          QStringLiteral(" FROM ic_incident_events WHERE incident_id = ? ") + tail,
                      params);
    if (!q)
        return q.error();
    QList<IncidentEvent> out;
    while (q->next()) {
        IncidentEvent &e = out.emplace_back();
        e.id = q->value(0).toLongLong();
        e.incidentId = incidentId;
        e.seq = q->value(1).toInt();
        e.occurredAt = Db::readTime(q->value(2));
        e.recordedAt = Db::readTime(q->value(3));
        e.actor = q->value(4).toString();
        e.kind = q->value(5).toString();
        e.summary = q->value(6).toString();
        e.backdated = q->value(7).toBool();
        e.correctsEventId = q->value(8).toLongLong();
    }
    return out;
}

struct Preview
{
    QList<IncidentEvent> events;
    bool complete = true;
};

// The newest events and the earliest one (so the view spans the whole
// incident), or every event when there are no more than that.
Result<Preview> readPreview(QSqlDatabase &db, const QString &incidentId, int newest)
{
    auto last = readTimeline(db, incidentId, QStringLiteral("ORDER BY seq DESC, id DESC LIMIT ?"),
                             {newest + 1});
    if (!last)
        return last.error();
    Preview p;
    p.events = std::move(last.value());
    std::reverse(p.events.begin(), p.events.end());
    if (p.events.size() <= newest)
        return p;
    p.complete = false;
    p.events.removeFirst();
    auto first = readTimeline(db, incidentId, QStringLiteral("ORDER BY occurred_at, seq LIMIT 1"));
    if (!first)
        return first.error();
    if (!first->isEmpty() && first->first().seq < p.events.first().seq)
        p.events.prepend(first->first());
    return p;
}

} // namespace

void TimelineStore::load(const QString &incidentId, Load how)
{
    if (how == Load::PreviewFirst) {
        submit<Preview>([incidentId, n = m_previewSize](
                            QSqlDatabase &db) { return readPreview(db, incidentId, n); },
                        [this, incidentId](Result<Preview> r) {
                            if (!r) {
                                emit failed(r.error());
                            } else if (r->complete) {
                                emit loaded(incidentId, r->events);
                            } else {
                                emit previewed(incidentId, r->events);
                                load(incidentId, Load::All);
                            }
                        });
        return;
    }
    submit<QList<IncidentEvent>>(
        [incidentId](QSqlDatabase &db) {
            return readTimeline(db, incidentId, QStringLiteral("ORDER BY seq, id"));
        },
        [this, incidentId](Result<QList<IncidentEvent>> r) {
            if (r)
                emit loaded(incidentId, r.value());
            else
                emit failed(r.error());
        });
}

Result<void> TimelineStore::validateEntry(const QString &text, const QDateTime &occurredAt,
                                          const QDateTime &nowUtc)
{
    if (text.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The entry is empty. Nothing was added to the record."));
    if (text.contains(QChar(QChar::Null)))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The entry contains a NUL character, which cannot be stored. "
                              "Nothing was added to the record."));
    if (occurredAt.isValid() && occurredAt > nowUtc.addSecs(60))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The entry's time is in the future; the record only holds what "
                              "has happened. Nothing was added."));
    return success();
}

void TimelineStore::addEntry(const QString &incidentId, const QString &text,
                             const QDateTime &occurredAt,
                             std::function<void(const Result<IncidentEvent> &)> done)
{
    const QDateTime now = clock().now();
    Result<void> check = validateEntry(text, occurredAt, now);
    if (check && !permissions().may(Permissions::Action::Edit))
        check = refusal(tr("This is a read-only reviewer profile: it can add review "
                           "comments, not entries. Nothing was added."));
    if (!check) {
        report(check.error(), done);
        return;
    }
    EventDraft d;
    d.incidentId = incidentId;
    d.actor = actor();
    d.kind = QStringLiteral("manual");
    d.summary = text.trimmed();
    d.occurredAt = occurredAt.isValid() ? occurredAt : now;
    // More than a minute in the past counts as entered afterwards.
    d.backdated = occurredAt.isValid() && occurredAt < now.addSecs(-60);
    append(std::move(d), std::move(done));
}

void TimelineStore::addReviewComment(const QString &incidentId, const QString &text,
                                     qint64 aboutEventId,
                                     std::function<void(const Result<IncidentEvent> &)> done)
{
    Result<void> check = validateEntry(text, {}, clock().now());
    if (check && !permissions().may(Permissions::Action::Comment))
        check = refusal(tr("This connection cannot write. Nothing was added."),
                        Permissions::Action::Comment);
    if (!check) {
        report(check.error(), done);
        return;
    }
    EventDraft d;
    d.incidentId = incidentId;
    d.actor = actor();
    d.kind = QStringLiteral("review.comment");
    d.summary = text.trimmed();
    if (aboutEventId > 0)
        d.details.insert(QStringLiteral("about_event_id"), aboutEventId);
    append(std::move(d), std::move(done));
}

void TimelineStore::report(const Error &error,
                           const std::function<void(const Result<IncidentEvent> &)> &done)
{
    // Whoever asked with a callback shows the problem; otherwise, by signal.
    if (done)
        done(error);
    else
        emit failed(error);
}

void TimelineStore::append(EventDraft draft,
                           std::function<void(const Result<IncidentEvent> &)> done)
{
    const Clock *clock = &this->clock();
    submit<IncidentEvent>(
        [draft, clock](QSqlDatabase &db) { return EventLog::append(db, draft, clock->now()); },
        [this, done](Result<IncidentEvent> r) {
            if (r) {
                if (done)
                    done(r);
                emit appended(r.value());
                emit changed(r->incidentId);
            } else {
                report(r.error(), done);
            }
        });
}

void TimelineStore::verify(const QString &incidentId,
                           std::function<void(const Result<ChainVerification> &)> done)
{
    submit<ChainVerification>(
        [incidentId](QSqlDatabase &db) { return EventLog::verify(db, incidentId); },
        [done](Result<ChainVerification> r) { done(r); });
}

} // namespace ic
