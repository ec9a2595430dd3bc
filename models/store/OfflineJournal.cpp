#include "models/store/OfflineJournal.h"

#include "models/core/Sha256.h"
#include "models/store/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ic::OfflineJournal {

QString pathFor(const QString &workspaceLocation)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/journal");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + Sha256::hexOf(workspaceLocation.toUtf8()).left(24) +
           QStringLiteral(".sqlite");
}

Result<void> ensureSchema(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY "
                                         "KEY, kind TEXT NOT NULL, incident_id TEXT NOT NULL, "
                                         "payload TEXT NOT NULL, created_at TEXT NOT NULL)"));
    if (!q)
        return q.error();
    return success();
}

Result<qint64> append(QSqlDatabase &db, const Entry &e)
{
    auto q = Db::exec(db,
                      QStringLiteral("INSERT INTO journal (kind, incident_id, payload, created_at) "
                                     "VALUES (?, ?, ?, ?)"),
                      {e.kind, e.incidentId,
                       QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)),
                       Db::bindTime(db, e.createdAt)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<void> replacePayload(QSqlDatabase &db, qint64 seq, const QJsonObject &payload)
{
    auto q =
        Db::exec(db, QStringLiteral("UPDATE journal SET payload = ? WHERE seq = ?"),
                 {QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), seq});
    if (!q)
        return q.error();
    return success();
}

Result<QList<Entry>> pending(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("SELECT seq, kind, incident_id, payload, created_at FROM "
                                         "journal ORDER BY seq"));
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next()) {
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object(),
                    Db::readTime(q->value(4))});
    }
    return out;
}

Result<void> remove(QSqlDatabase &db, qint64 seq)
{
    auto q = Db::exec(db, QStringLiteral("DELETE FROM journal WHERE seq = ?"), {seq});
    if (!q)
        return q.error();
    return success();
}

} // namespace ic::OfflineJournal
