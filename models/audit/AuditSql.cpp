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

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

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

// --- AuditCanceller

AuditCanceller::~AuditCanceller()
{
    disarm();
}

void AuditCanceller::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    // PQcancel waits on the network: never on the calling (UI) thread.
    Db::cancelDetached(std::exchange(m_pg, nullptr));
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
}

void AuditCanceller::arm(QSqlDatabase &db, int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    if (Db::isPostgres(db)) {
        if (PGconn *conn = Db::pgConnection(db))
            m_pg = PQgetCancel(conn);
        return;
    }
    m_sqlite = AuditSql::sqliteHandle(db);
    m_deadline = timeoutMs > 0 ? nowMs() + timeoutMs : 0;
    // The handler also catches a cancel that came before the statement
    // started (sqlite3_interrupt is a no-op while nothing runs).
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 1000, &AuditCanceller::progress, this);
}

void AuditCanceller::disarm()
{
    QMutexLocker lock(&m_mutex);
    if (m_pg) {
        PQfreeCancel(m_pg);
        m_pg = nullptr;
    }
    if (m_sqlite) {
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
        m_sqlite = nullptr;
    }
    m_deadline = 0;
}

int AuditCanceller::progress(void *self)
{
    auto *c = static_cast<AuditCanceller *>(self);
    if (c->m_cancelled.load())
        return 1;
    if (c->m_deadline && nowMs() > c->m_deadline) {
        c->m_timedOut.store(true);
        return 1;
    }
    return 0;
}

namespace AuditSql {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
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

Error statementError(const QString &driverText, bool connectionLost, const AuditCanceller *c,
                     const QString &what, const QString &sqlState)
{
    const QString detail = driverText.trimmed();
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
            // ended meanwhile) can land on this one. Not ours: run it again,
            // once. Reported as "cancelled", it left the explorer waiting for
            // first rows that never came.
            const bool stray =
                attempt == 0 && state == QLatin1String("57014") &&
                PQstatus(conn) == CONNECTION_OK &&
                !(canceller && (canceller->isCancelled() || canceller->timedOut())) &&
                !message.contains(QLatin1String("statement timeout"));
            if (stray)
                continue;
            return statementError(message, PQstatus(conn) != CONNECTION_OK, canceller, what, state);
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
