#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ic {

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

} // namespace ic
