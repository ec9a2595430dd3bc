#include "models/timeline/TimelineStore.h"

#include "models/core/Clock.h"

namespace ic {

TimelineStore::TimelineStore(SqlExecutor *executor, const Clock &clock, QString actor,
                             QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{}

void TimelineStore::load(const QString &incidentId)
{
    submit<QList<IncidentEvent>>(
        [incidentId](QSqlDatabase &db) { return EventLog::events(db, incidentId); },
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
