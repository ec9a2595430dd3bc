#include "models/store/OfflineJournal.h"

#include "models/core/Sha256.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace ic::OfflineJournal {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::OfflineJournal)
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool isKnownKind(const QString &kind)
{
    return kind == QLatin1String("incident.create") || kind == QLatin1String("incident.update") ||
           kind == QLatin1String("incident.note");
}

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
                                         "payload TEXT NOT NULL, created_at TEXT NOT NULL, "
                                         "edit_id TEXT, problem TEXT, problem_kind TEXT, "
                                         "problem_at TEXT)"));
    if (!q)
        return q.error();
    // A journal written by an earlier version: add what it lacks.
    auto columns = Db::exec(db, QStringLiteral("SELECT name FROM pragma_table_info('journal')"));
    if (!columns)
        return columns.error();
    QStringList have;
    while (columns->next())
        have << columns->value(0).toString();
    for (const char *column : {"edit_id", "problem", "problem_kind", "problem_at"}) {
        if (have.contains(QLatin1String(column)))
            continue;
        auto add = Db::exec(
            db,
            QStringLiteral("ALTER TABLE journal ADD COLUMN %1 TEXT").arg(QLatin1String(column)));
        if (!add)
            return add.error();
    }
    auto missing = Db::exec(db, QStringLiteral("SELECT seq FROM journal WHERE edit_id IS NULL"));
    if (!missing)
        return missing.error();
    QList<qint64> seqs;
    while (missing->next())
        seqs << missing->value(0).toLongLong();
    for (qint64 seq : seqs) {
        auto set = Db::exec(db, QStringLiteral("UPDATE journal SET edit_id = ? WHERE seq = ?"),
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), seq});
        if (!set)
            return set.error();
    }
    return success();
}

Result<qint64> append(QSqlDatabase &db, const Entry &e)
{
    const QString editId =
        e.editId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : e.editId;
    auto q =
        Db::exec(db,
                 QStringLiteral("INSERT INTO journal (kind, incident_id, payload, created_at, "
                                "edit_id) VALUES (?, ?, ?, ?, ?)"),
                 {e.kind, e.incidentId, compact(e.payload), Db::bindTime(db, e.createdAt), editId});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<void> replacePayload(QSqlDatabase &db, qint64 seq, const QJsonObject &payload)
{
    auto q = Db::exec(db, QStringLiteral("UPDATE journal SET payload = ? WHERE seq = ?"),
                      {compact(payload), seq});
    if (!q)
        return q.error();
    return success();
}

Result<QJsonObject> parsePayload(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("A kept edit cannot be read (its stored text is not a JSON "
                                  "object); it was left as it is."),
                           error.errorString());
    return doc.object();
}

Result<QList<Entry>> pending(QSqlDatabase &db)
{
    auto q = Db::exec(db, QStringLiteral("SELECT seq, kind, incident_id, payload, created_at, "
                                         "edit_id, problem, problem_kind, problem_at FROM journal "
                                         "ORDER BY seq"));
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next()) {
        Entry e;
        e.seq = q->value(0).toLongLong();
        e.kind = q->value(1).toString();
        e.incidentId = q->value(2).toString();
        auto payload = parsePayload(q->value(3).toString().toUtf8());
        e.createdAt = Db::readTime(q->value(4));
        e.editId = q->value(5).toString();
        e.problem = q->value(6).toString();
        e.problemKind = q->value(7).toString();
        e.problemAt = Db::readTime(q->value(8));
        if (payload) {
            e.payload = payload.value();
        } else if (e.problem.isEmpty()) {
            // Unreadable: kept for the person, never sent as something else.
            e.problem = payload.error().message;
            e.problemKind = QStringLiteral("refused");
        }
        if (!isKnownKind(e.kind) && e.problem.isEmpty()) {
            e.problem = Tr::tr("This kept edit is of a kind this version does not know (%1); it "
                               "was left as it is.")
                            .arg(e.kind.left(40));
            e.problemKind = QStringLiteral("refused");
        }
        out.append(e);
    }
    return out;
}

Result<void> flag(QSqlDatabase &db, qint64 seq, const QString &kind, const QString &problem,
                  const QDateTime &at)
{
    auto q = Db::exec(
        db,
        QStringLiteral("UPDATE journal SET problem = ?, problem_kind = ?, "
                       "problem_at = ? WHERE seq = ?"),
        {problem.isEmpty() ? QStringLiteral("?") : problem, kind, Db::bindTime(db, at), seq});
    if (!q)
        return q.error();
    return success();
}

Result<void> unflag(QSqlDatabase &db, qint64 seq, const QJsonObject &payload)
{
    auto q = payload.isEmpty()
                 ? Db::exec(db,
                            QStringLiteral("UPDATE journal SET problem = NULL, problem_kind = "
                                           "NULL, problem_at = NULL WHERE seq = ?"),
                            {seq})
                 : Db::exec(db,
                            QStringLiteral("UPDATE journal SET problem = NULL, problem_kind = "
                                           "NULL, problem_at = NULL, payload = ? WHERE seq = ?"),
                            {compact(payload), seq});
    if (!q)
        return q.error();
    return success();
}

Result<void> remove(QSqlDatabase &db, qint64 seq)
{
    auto q = Db::exec(db, QStringLiteral("DELETE FROM journal WHERE seq = ?"), {seq});
    if (!q)
        return q.error();
    return success();
}

} // namespace ic::OfflineJournal
