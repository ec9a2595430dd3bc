#pragma once

#include "models/core/Result.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/KeyPairFiles.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/WorkspaceStore.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ic {

// The evidence of an open workspace, for the UI: an incident's extracts,
// exporting its signed bundle, and recording a generated key pair on its
// timeline. Every call returns at once and answers by callback; what is
// written is announced with changed(incidentId).
class EvidenceStore : public WorkspaceStore
{
    Q_OBJECT
public:
    EvidenceStore(SqlExecutor *executor, const Clock &clock, QString actor,
                  QObject *parent = nullptr);

    template <typename T>
    using Done = std::function<void(const Result<T> &)>;

    void queries(const QString &incidentId, Done<QList<EvidenceQuery>> done);
    void addQuery(const QString &incidentId, const EvidenceQuery &query, Done<EvidenceQuery> done);
    // Writes the bundle into `directory` (new or empty), signed with
    // `keyPem`. The extracts are read on `audit` when given (a separate
    // audit database, on a connection of this export's own), else in the
    // workspace. Progress comes by exportProgress(); cancelExport() stops it.
    void exportBundle(const QString &incidentId, const QString &directory, const QByteArray &keyPem,
                      const std::optional<ConnectionSpec> &audit, Done<ExportedBundle> done);
    void cancelExport();
    // The record keeps what was generated (algorithm, fingerprint, file),
    // never the key.
    void recordGeneratedKey(const QString &incidentId, const KeyPairFiles::Written &written,
                            bool encrypted, Done<bool> done);

signals:
    void exportProgress(const QString &step, qint64 rows);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace ic
