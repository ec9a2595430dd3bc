#include "models/audit/AuditSql.h"

#include "models/audit/AuditLogging.h"
#include "models/audit/IpNetwork.h"
#include "models/store/SqlText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <QSqlRecord>
#include <utility>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <optional>
#include <vector>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditSql)
};

// --- SQLite: ic_inet_contains(network, ip), the inet <<= of the embedded
// workspace. The parsed network is kept per statement (auxdata).

void inetContains(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    auto text = [](sqlite3_value *v) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)),
                                 sqlite3_value_bytes(v));
    };
    const auto *net = static_cast<const IpNetwork *>(sqlite3_get_auxdata(ctx, 0));
    std::optional<IpNetwork> parsedHere;
    if (!net) {
        auto parsed = IpNetwork::parse(text(argv[0]));
        if (!parsed) {
            sqlite3_result_error(ctx, "ic_inet_contains: not an IP network", -1);
            return;
        }
        parsedHere = parsed.value();
        net = &*parsedHere;
        sqlite3_set_auxdata(ctx, 0, new IpNetwork(*parsedHere),
                            [](void *p) { delete static_cast<IpNetwork *>(p); });
    }
    const auto address = IpNetwork::parseAddress(text(argv[1]));
    sqlite3_result_int(ctx, address && net->contains(*address) ? 1 : 0);
}

// Which open SQLite connections already have our function; a connection
// leaves the set when SQLite destroys the function with it. Never freed: a
// connection QtSql closes during static destruction still finds it.
QMutex &preparedMutex()
{
    static auto *mutex = new QMutex;
    return *mutex;
}
QSet<sqlite3 *> &prepared()
{
    static auto *set = new QSet<sqlite3 *>;
    return *set;
}

void forgetConnection(void *handle)
{
    QMutexLocker lock(&preparedMutex());
    prepared().remove(static_cast<sqlite3 *>(handle));
}

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled,
                       Tr::tr("The query was cancelled. Nothing was changed."));
}

} // namespace

namespace AuditSql {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    return Db::sqliteHandle(db);
}

Result<void> prepareConnection(QSqlDatabase &db)
{
    if (Db::isPostgres(db))
        return success();
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return Error::make(Error::Kind::General,
                           Tr::tr("The audit source's SQLite connection is not open. Nothing was "
                                  "run."));
    {
        QMutexLocker lock(&preparedMutex());
        if (prepared().contains(h))
            return success();
    }
    const int rc =
        sqlite3_create_function_v2(h, "ic_inet_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, h,
                                   &inetContains, nullptr, nullptr, &forgetConnection);
    if (rc != SQLITE_OK)
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not prepare the SQLite connection for audit queries. "
                                  "Nothing was run."),
                           QString::fromUtf8(sqlite3_errmsg(h)));
    // Every audit connection only reads; the store writes through its own.
    // Reading, it need not trust what the workspace file's schema calls.
    sqlite3_exec(h, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    QMutexLocker lock(&preparedMutex());
    prepared().insert(h);
    return success();
}

QString forEngine(const QString &sql, Db::Engine engine)
{
    if (engine == Db::Engine::Sqlite)
        return sql;
    return SqlText::numberPlaceholders(sql);
}

QByteArray pgText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return v.toDateTime()
                   .toUTC()
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                   .toLatin1() +
               "+00";
    case QMetaType::Bool:
        return v.toBool() ? "true" : "false";
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17);
    default:
        return v.toString().toUtf8();
    }
}

bool isHotStandby(PGconn *conn)
{
    const char *v = conn ? PQparameterStatus(conn, "in_hot_standby") : nullptr;
    return v && qstrcmp(v, "on") == 0;
}

Error statementError(const QString &driverText, bool connectionLost, const AuditCanceller *c,
                     const QString &what, const QString &sqlState, bool hotStandby)
{
    const QString detail = driverText.trimmed();
    // A standby cancels a query (or ends its session) that holds back the
    // replay of the primary's changes: nothing is wrong with the query.
    const bool conflict =
        detail.contains(QLatin1String("conflict with recovery")) ||
        (hotStandby && (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01")));
    if (conflict) {
        return Error::make(Error::Kind::Unreachable,
                           Tr::tr("The audit source is a hot standby, and it stopped this query "
                                  "to apply changes from the primary (a recovery conflict). "
                                  "Nothing was changed; run it again. If it happens often, ask "
                                  "the database administrator to turn on hot_standby_feedback "
                                  "or raise max_standby_streaming_delay on the standby."),
                           detail);
    }
    if (connectionLost) {
        return Error::make(Error::Kind::Unreachable,
                           Tr::tr("The connection to the audit source was lost. Nothing was "
                                  "changed, and the rows already shown stay on screen. Retry to "
                                  "reconnect."),
                           detail);
    }
    const bool timeout =
        (c && c->timedOut()) ||
        (sqlState == QLatin1String("57014") && detail.contains(QLatin1String("statement timeout")));
    if (timeout) {
        return Error::make(Error::Kind::General,
                           Tr::tr("The query ran longer than its time limit and was stopped. "
                                  "Nothing was changed. Narrow the filter or raise the limit."),
                           detail);
    }
    if ((c && c->isCancelled()) || sqlState == QLatin1String("57014"))
        return cancelledError();
    if (sqlState == QLatin1String("25006") && hotStandby) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The audit source is a hot standby, a read-only copy of the "
                                  "platform's database: the server refused this change. Nothing "
                                  "was changed. Changes (such as containment through SQL) go to "
                                  "the platform's primary database."),
                           detail);
    }
    if (sqlState == QLatin1String("25006")) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The audit explorer only reads: this statement would change "
                                  "data, so it was refused. Nothing was changed."),
                           detail);
    }
    return Error::make(Error::Kind::General, what, detail);
}

Result<AuditSqlResult> query(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                             AuditCanceller *canceller, int timeoutMs, bool placeholders)
{
    if (canceller && canceller->isCancelled())
        return cancelledError();
    const QString what = Tr::tr("The audit query failed. Nothing was changed.");
    AuditSqlResult out;
    if (Db::isPostgres(db)) {
        PGconn *conn = Db::pgConnection(db);
        if (!conn || PQstatus(conn) != CONNECTION_OK)
            return statementError(conn ? QString::fromUtf8(PQerrorMessage(conn)) : QString(), true,
                                  canceller, what);
        const QByteArray text =
            (placeholders ? forEngine(sql, Db::Engine::Postgres) : sql).toUtf8();
        std::vector<QByteArray> values;
        std::vector<const char *> pointers;
        values.reserve(size_t(params.size()));
        for (const QVariant &p : params) {
            values.push_back(p.isNull() ? QByteArray() : pgText(p));
            pointers.push_back(p.isNull() ? nullptr : values.back().constData());
        }
        PGresult *r = nullptr;
        for (int attempt = 0;; ++attempt) {
            AuditCancelScope scope(canceller, db, timeoutMs);
            r = PQexecParams(conn, text.constData(), int(pointers.size()), nullptr, pointers.data(),
                             nullptr, nullptr, 0);
            const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
            if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
                break;
            const QString message =
                QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(conn));
            const QString state =
                r ? QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE)) : QString();
            PQclear(r);
            // A cancel request names a connection, not a statement: one sent
            // for the statement before this one (its job was replaced, and it
            // ended meanwhile) can land on this one. Not ours: run it again.
            // Reported as "cancelled", it left the explorer waiting for
            // first rows that never came. Twice at most: the postmaster
            // signals the backend and then its process group, so on a busy
            // machine one cancel request can stop the statement and then
            // its first re-run (seen in tst_sqlconsole, about one run in
            // two under load).
            const bool stray =
                attempt < 2 && state == QLatin1String("57014") && PQstatus(conn) == CONNECTION_OK &&
                !(canceller && (canceller->isCancelled() || canceller->timedOut())) &&
                !message.contains(QLatin1String("statement timeout"));
            if (stray)
                continue;
            return statementError(message, PQstatus(conn) != CONNECTION_OK, canceller, what, state,
                                  isHotStandby(conn));
        }
        const int columns = PQnfields(r);
        for (int c = 0; c < columns; ++c)
            out.columns << QString::fromUtf8(PQfname(r, c));
        const int rows = PQntuples(r);
        out.rows.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(r, i, c))
                    row << QVariant();
                else
                    row << QString::fromUtf8(PQgetvalue(r, i, c), PQgetlength(r, i, c));
            }
            out.rows << row;
        }
        out.affected = QByteArray(PQcmdTuples(r)).toLongLong();
        PQclear(r);
        return out;
    }

    if (auto p = prepareConnection(db); !p)
        return p.error();
    AuditCancelScope scope(canceller, db, timeoutMs);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return statementError(q.lastError().text(), false, canceller, what);
    for (const QVariant &p : params) {
        if (p.typeId() == QMetaType::QDateTime)
            q.addBindValue(Db::sqliteTimeText(p.toDateTime()));
        else
            q.addBindValue(p);
    }
    if (!q.exec())
        return statementError(q.lastError().text(), false, canceller, what);
    const QSqlRecord rec = q.record();
    for (int c = 0; c < rec.count(); ++c)
        out.columns << rec.fieldName(c);
    while (q.next()) {
        QVariantList row;
        row.reserve(rec.count());
        for (int c = 0; c < rec.count(); ++c)
            row << q.value(c);
        out.rows << row;
    }
    if (q.lastError().isValid())
        return statementError(q.lastError().text(), false, canceller, what);
    out.affected = q.numRowsAffected();
    return out;
}

Result<qint64> forEachSqliteRow(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                                AuditCanceller *canceller,
                                const std::function<void(const SqliteCell *, int)> &row)
{
    if (canceller && canceller->isCancelled())
        return cancelledError();
    if (auto p = prepareConnection(db); !p)
        return p.error();
    sqlite3 *h = sqliteHandle(db);
    const QString what = Tr::tr("The audit query failed. Nothing was changed.");
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        return statementError(message, false, canceller, what);
    }
    std::vector<QByteArray> keep; // bound text lives until the statement ends
    keep.reserve(size_t(params.size()));
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &p = params.at(i);
        const int at = i + 1;
        switch (p.isNull() ? QMetaType::UnknownType : p.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(st, at);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            sqlite3_bind_int64(st, at, p.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(st, at, p.toDouble());
            break;
        case QMetaType::QDateTime:
            keep.push_back(Db::sqliteTimeText(p.toDateTime()).toUtf8());
            sqlite3_bind_text(st, at, keep.back().constData(), int(keep.back().size()),
                              SQLITE_STATIC);
            break;
        default:
            keep.push_back(p.toString().toUtf8());
            sqlite3_bind_text(st, at, keep.back().constData(), int(keep.back().size()),
                              SQLITE_STATIC);
            break;
        }
    }
    AuditCancelScope scope(canceller, db);
    const int columns = sqlite3_column_count(st);
    std::vector<SqliteCell> cells(size_t(qMax(1, columns)));
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(st, c) == SQLITE_NULL) {
                cells[size_t(c)] = {};
            } else {
                // Text first, then its size (SQLite's documented order).
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                cells[size_t(c)] = {t ? t : "", sqlite3_column_bytes(st, c)};
            }
        }
        row(cells.data(), columns);
        ++rows;
    }
    Result<qint64> out = rows;
    if (rc != SQLITE_DONE)
        out = statementError(QString::fromUtf8(sqlite3_errmsg(h)), false, canceller, what);
    sqlite3_finalize(st);
    return out;
}

Result<void> command(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                     AuditCanceller *canceller, bool placeholders)
{
    auto r = query(db, sql, params, canceller, 0, placeholders);
    if (!r)
        return r.error();
    return success();
}

} // namespace AuditSql
} // namespace ic
