#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ic {

// Edits made while the team database cannot be reached: kept in a small
// SQLite file on this workstation, in order, and replayed when the database
// is back. Closing the app while offline loses nothing. Synchronous: use it
// on the journal's own worker (SqlExecutor).
namespace OfflineJournal {

struct Entry
{
    qint64 seq = 0;
    QString kind; // "incident.create", "incident.update", "incident.note"
    QString incidentId;
    QJsonObject payload;
    QDateTime createdAt; // when the commander made the edit
};

// One journal per team workspace, under the app's data folder.
QString pathFor(const QString &workspaceLocation);

Result<void> ensureSchema(QSqlDatabase &db);
Result<qint64> append(QSqlDatabase &db, const Entry &entry);
// Replaces the payload of an entry still waiting (edits to one incident merge).
Result<void> replacePayload(QSqlDatabase &db, qint64 seq, const QJsonObject &payload);
Result<QList<Entry>> pending(QSqlDatabase &db);
Result<void> remove(QSqlDatabase &db, qint64 seq);

} // namespace OfflineJournal
} // namespace ic
