#include "models/audit/AuditStore.h"

#include "models/audit/AuditPins.h"
#include "models/core/Clock.h"

namespace ic {

AuditStore::AuditStore(SqlExecutor *executor, const Clock &clock, QString actor, QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{}

void AuditStore::pin(const QString &incidentId, const QList<AuditRow> &rows, const QString &source,
                     Done<Pinned> done)
{
    if (isReadOnly()) {
        done(Error::make(Error::Kind::InvalidInput,
                         permissions().whyNot(Permissions::Action::Edit)));
        return;
    }
    const QString actor = this->actor();
    const Clock *clock = &this->clock();
    submit<Pinned>(
        [incidentId, rows, source, actor, clock](QSqlDatabase &db) -> Result<Pinned> {
            Pinned out;
            const QDateTime now = clock->now();
            for (const AuditRow &row : rows) {
                auto r = AuditPins::pin(db, incidentId, row, source, actor, now);
                if (r)
                    ++out.pinned;
                else
                    out.problems << r.error().message;
            }
            return out;
        },
        [this, incidentId, done](Result<Pinned> r) {
            done(r);
            if (r && r->pinned > 0)
                emit changed(incidentId);
        });
}

void AuditStore::savedInvestigations(Done<QList<Investigation>> done)
{
    submit<QList<Investigation>>([](QSqlDatabase &db) { return Investigations::loadSaved(db); },
                                 [done](Result<QList<Investigation>> r) { done(r); });
}

void AuditStore::saveInvestigation(const Investigation &investigation, Done<Investigation> done)
{
    if (isReadOnly()) {
        done(Error::make(Error::Kind::InvalidInput,
                         permissions().whyNot(Permissions::Action::Edit)));
        return;
    }
    const QString actor = this->actor();
    const Clock *clock = &this->clock();
    submit<Investigation>(
        [investigation, actor, clock](QSqlDatabase &db) {
            return Investigations::save(db, investigation, actor, clock->now());
        },
        [done](Result<Investigation> r) { done(r); });
}

void AuditStore::removeInvestigation(const QString &id, Done<bool> done)
{
    if (isReadOnly()) {
        done(Error::make(Error::Kind::InvalidInput,
                         permissions().whyNot(Permissions::Action::Edit)));
        return;
    }
    submit<bool>(
        [id](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Investigations::remove(db, id); !r)
                return r.error();
            return true;
        },
        [done](Result<bool> r) { done(r); });
}

} // namespace ic
