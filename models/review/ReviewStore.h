#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace ic {

class Clock;
class SqlExecutor;

struct ReviewVersion
{
    int version = 0;
    QDateTime savedAt;
    QString savedBy;
};

struct SavedReview
{
    int version = 0;
    int previousLatest = 0; // someone else saved in between when != the base version
};

// Versions of post-incident reviews in the workspace (synchronous, worker thread).
namespace ReviewRepository {
Result<QList<ReviewVersion>> versions(QSqlDatabase &db, const QString &incidentId);
// `version` 0: the latest; an empty string when there is none yet.
Result<QString> markdown(QSqlDatabase &db, const QString &incidentId, int version);
Result<SavedReview> save(QSqlDatabase &db, const QString &incidentId, const QString &markdown,
                         int baseVersion, const QString &actor, const QDateTime &nowUtc);
// A fresh draft from the incident's record (not saved).
Result<QString> draft(QSqlDatabase &db, const QString &incidentId, const QDateTime &nowUtc);

// Unsaved typing, kept per person until it is saved as a version.
struct Unsaved
{
    QString markdown;
    int baseVersion = 0;
    QDateTime updatedAt;
};
Result<void> keepUnsaved(QSqlDatabase &db, const QString &incidentId, const QString &actor,
                         const QString &markdown, int baseVersion, const QDateTime &nowUtc);
Result<std::optional<Unsaved>> unsaved(QSqlDatabase &db, const QString &incidentId,
                                       const QString &actor);
} // namespace ReviewRepository

// The reviews of the open workspace, for the UI (answers by callback).
class ReviewStore : public QObject
{
    Q_OBJECT
public:
    ReviewStore(SqlExecutor *executor, const Clock &clock, QString actor,
                QObject *parent = nullptr);

    bool canEdit() const;
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

private:
    QPointer<SqlExecutor> m_executor;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace ic
