#include "models/evidence/EvidenceStore.h"

#include "models/core/Clock.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace ic {

namespace {
// The texts keep the translation context they were first written in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EvidencePane)
};
} // namespace

EvidenceStore::EvidenceStore(SqlExecutor *executor, const Clock &clock, QString actor,
                             QObject *parent)
    : WorkspaceStore(executor, clock, std::move(actor), parent)
{}

void EvidenceStore::queries(const QString &incidentId, Done<QList<EvidenceQuery>> done)
{
    submit<QList<EvidenceQuery>>(
        [incidentId](QSqlDatabase &db) { return EvidenceBundle::queries(db, incidentId); },
        [done](Result<QList<EvidenceQuery>> r) { done(r); });
}

void EvidenceStore::addQuery(const QString &incidentId, const EvidenceQuery &query,
                             Done<EvidenceQuery> done)
{
    if (auto v = EvidenceBundle::validateQuery(query); !v) {
        done(v.error());
        return;
    }
    const QString actor = this->actor();
    const Clock *clock = &this->clock();
    submit<EvidenceQuery>(
        [incidentId, query, actor, clock](QSqlDatabase &db) {
            return EvidenceBundle::addQuery(db, incidentId, query, actor, clock->now());
        },
        [this, incidentId, done](Result<EvidenceQuery> r) {
            done(r);
            if (r)
                emit changed(incidentId);
        });
}

void EvidenceStore::exportBundle(const QString &incidentId, const QString &directory,
                                 const QByteArray &keyPem,
                                 const std::optional<ConnectionSpec> &audit,
                                 Done<ExportedBundle> done)
{
    const QString actor = this->actor();
    const Clock *clock = &this->clock();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    SqlExecutor *worker = executor(); // outlives every job it runs
    QPointer<QObject> self(this);
    submit<ExportedBundle>(
        [incidentId, directory, keyPem, actor, clock, cancel, worker, self,
         audit](QSqlDatabase &db) -> Result<ExportedBundle> {
            auto progress = [cancel, worker, self](const QString &step, qint64 rows) {
                worker->deliver(self, [self, step, rows] {
                    emit static_cast<EvidenceStore *>(self.data())->exportProgress(step, rows);
                });
                return !cancel->load();
            };
            if (!audit)
                return EvidenceBundle::exportBundle(db, db, incidentId, directory, keyPem, actor,
                                                    clock->now(), progress);
            // The extracts run on the audit database, on this worker, on a
            // connection of their own for this export.
            static QAtomicInteger<int> serial;
            const QString name =
                QStringLiteral("ic-evidence-audit-%1").arg(serial.fetchAndAddRelaxed(1));
            Result<ExportedBundle> r = Error::make(Error::Kind::General, QString());
            {
                auto a = Db::open(*audit, name);
                if (!a) {
                    r = Error::make(a.error().kind,
                                    Tr::tr("Could not connect to the audit database %1 that "
                                           "holds the extracts. Nothing was exported.")
                                        .arg(audit->pg.uri()),
                                    a.error().fullText());
                } else {
                    r = EvidenceBundle::exportBundle(db, a.value(), incidentId, directory, keyPem,
                                                     actor, clock->now(), progress);
                }
            }
            Db::close(name);
            return r;
        },
        [this, incidentId, done](Result<ExportedBundle> r) {
            done(r);
            if (r)
                emit changed(incidentId); // the export is on the timeline
        });
}

void EvidenceStore::cancelExport()
{
    if (m_cancel)
        *m_cancel = true;
}

void EvidenceStore::recordGeneratedKey(const QString &incidentId, const KeyPairFiles::Written &w,
                                       bool encrypted, Done<bool> done)
{
    EventDraft d;
    d.incidentId = incidentId;
    d.actor = actor();
    d.kind = QStringLiteral("keys.generated");
    d.summary =
        Tr::tr("Generated a new %1 signing key pair (%2)").arg(w.algorithmName, w.fingerprint);
    d.details = QJsonObject{{QStringLiteral("algorithm"), w.algorithmName},
                            {QStringLiteral("public_key_fingerprint"), w.fingerprint},
                            {QStringLiteral("public_key_file"), w.publicPath},
                            {QStringLiteral("encrypted"), encrypted}};
    const Clock *clock = &this->clock();
    submit<bool>(
        [d, clock](QSqlDatabase &db) -> Result<bool> {
            auto e = EventLog::append(db, d, clock->now());
            if (!e)
                return e.error();
            return true;
        },
        [this, incidentId, done](Result<bool> r) {
            done(r);
            if (r)
                emit changed(incidentId);
        });
}

} // namespace ic
