#pragma once

#include "models/core/Result.h"
#include "models/review/ReviewRepository.h"
#include "models/store/WorkspaceStore.h"

#include <QList>

#include <functional>
#include <optional>

namespace ic {

class Clock;
class SqlExecutor;

// The reviews of the open workspace, for the UI (answers by callback). A
// saved version is announced with changed(incidentId).
class ReviewStore : public WorkspaceStore
{
    Q_OBJECT
public:
    ReviewStore(SqlExecutor *executor, const Clock &clock, QString actor,
                QObject *parent = nullptr);

    void versions(const QString &incidentId,
                  std::function<void(const Result<QList<ReviewVersion>> &)> done);
    void load(const QString &incidentId, int version,
              std::function<void(const Result<QString> &)> done);
    void draft(const QString &incidentId, std::function<void(const Result<QString> &)> done);
    void save(const QString &incidentId, const QString &markdown, int baseVersion,
              std::function<void(const Result<SavedReview> &)> done);
    // done (optional): when it is stored, or why it is not.
    void keepUnsaved(const QString &incidentId, const QString &markdown, int baseVersion,
                     std::function<void(const Result<QDateTime> &)> done = {});
    void
    unsaved(const QString &incidentId,
            std::function<void(const Result<std::optional<ReviewRepository::Unsaved>> &)> done);
};

} // namespace ic
