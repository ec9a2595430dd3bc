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
// is back. Closing the app while offline loses nothing, and neither does a
// replay that goes wrong: an entry the database refused (a conflict, a value
// it does not take, a timeout) stays, flagged with why, until the person
// decides in the journal dialog. Each entry carries an id made here, which
// the database records with the change and refuses twice, so a replay after
// a lost acknowledgement cannot apply it again. Synchronous: use it on the
// journal's own worker (SqlExecutor).
namespace OfflineJournal {

struct Entry
{
    qint64 seq = 0;
    QString kind; // "incident.create", "incident.update", "incident.note"
    QString incidentId;
    QJsonObject payload;
    QDateTime createdAt; // when the commander made the edit
    QString editId;      // made on this workstation (a UUID); the database's dedup key
    // Why the entry waits for the person (empty: it is sent when the
    // database is back), and what kind of problem: "conflict", "refused"
    // (the database does not take it), "failed" (a timeout, an error).
    QString problem;
    QString problemKind;
    QDateTime problemAt;

    bool needsDecision() const { return !problem.isEmpty(); }
};

// The payload kinds this version writes and replays.
bool isKnownKind(const QString &kind);

// One journal per team workspace, under the app's data folder.
QString pathFor(const QString &workspaceLocation);

// Creates the table, or brings an older journal file up to date (entries
// without an edit id get one).
Result<void> ensureSchema(QSqlDatabase &db);
// Appends an entry (an edit id is made when it has none); returns its seq.
Result<qint64> append(QSqlDatabase &db, const Entry &entry);
// Replaces the payload of an entry still waiting (edits to one incident merge).
Result<void> replacePayload(QSqlDatabase &db, qint64 seq, const QJsonObject &payload);
// Every entry kept, in order, flagged or not.
Result<QList<Entry>> pending(QSqlDatabase &db);
// Keeps the entry for the person to decide, with why.
Result<void> flag(QSqlDatabase &db, qint64 seq, const QString &kind, const QString &problem,
                  const QDateTime &at);
// The person chose to send it again (with `payload`, when given).
Result<void> unflag(QSqlDatabase &db, qint64 seq, const QJsonObject &payload = {});
Result<void> remove(QSqlDatabase &db, qint64 seq);

// Reads a stored row's payload text: a JSON object, or an error saying why
// not (the file is on this workstation, but it is still input).
Result<QJsonObject> parsePayload(const QByteArray &json);

} // namespace OfflineJournal
} // namespace ic
