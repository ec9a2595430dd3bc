#include "models/audit/SqlConsoleModel.h"

#include "models/audit/AuditLogging.h"
#include "models/store/SqlExecutor.h"
#include "models/team/AuditReader.h"

#include <QCoreApplication>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::SqlConsole)
};

constexpr int P = SqlConsoleModel::PageSize;
constexpr int CountChunk = 100'000;
constexpr int MaxPages = 48;

struct Opened
{
    QString sql; // SQLite: the one statement, without its semicolon
    QStringList columns;
    QList<QVariantList> rows;
};

struct Page
{
    QList<QVariantList> rows;
};

// `hotStandby`: the server refused a change because it is a read-only
// replica; the message already says so (AuditSql::statementError).
Error consoleError(const Error &e, bool hotStandby = false)
{
    Error out = e;
    const QString d = e.detail;
    if (hotStandby && d.contains(QLatin1String("read-only transaction")))
        return out;
    if (d.contains(QLatin1String("cannot insert multiple commands")))
        out.message = Tr::tr("The console runs one statement at a time. Remove the others. Nothing "
                             "was run.");
    else if (d.contains(QLatin1String("read-only transaction")))
        out.message = Tr::tr("The console only reads: this statement would change data, so it "
                             "was refused. Nothing was changed.");
    else if (e.kind == Error::Kind::General && !e.message.contains(QLatin1String("time limit")))
        out.message = Tr::tr("The query failed. Nothing was changed. The database said:");
    return out;
}

// SQLite: one statement that reads and returns rows, checked by SQLite
// itself before it runs. Returns the statement's own text.
Result<QString> checkSqlite(QSqlDatabase &db, const QString &sql)
{
    sqlite3 *h = AuditSql::sqliteHandle(db);
    if (!h)
        return Error::make(Error::Kind::General, Tr::tr("The SQLite connection is not open."));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *st = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &st, &tail) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The query failed. Nothing was changed. The database said:"),
                           msg);
    }
    if (!st)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Enter a query to run. Nothing was run."));
    const bool readOnly = sqlite3_stmt_readonly(st) != 0;
    const int columns = sqlite3_column_count(st);
    sqlite3_finalize(st);
    const qsizetype used = tail ? qsizetype(tail - utf8.constData()) : utf8.size();
    // Anything after the first statement must be empty (or comments).
    sqlite3_stmt *rest = nullptr;
    if (used < utf8.size() &&
        sqlite3_prepare_v2(h, utf8.constData() + used, int(utf8.size() - used), &rest, nullptr) ==
            SQLITE_OK &&
        rest) {
        sqlite3_finalize(rest);
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The console runs one statement at a time. Remove the others. "
                                  "Nothing was run."));
    }
    if (!readOnly || columns == 0)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The console only runs queries that read and return rows "
                                  "(SELECT, WITH … SELECT, VALUES). Nothing was run."));
    QString statement = QString::fromUtf8(utf8.left(used)).trimmed();
    while (statement.endsWith(QLatin1Char(';')))
        statement = statement.chopped(1).trimmed();
    return statement;
}

QString sqliteWindow(const QString &statement)
{
    return QStringLiteral("SELECT * FROM (\n") + statement + QStringLiteral("\n) LIMIT ? OFFSET ?");
}

Result<Opened> openPostgres(QSqlDatabase &person, const QString &sql, const QVariantList &params,
                            int timeoutMs, AuditCanceller *c)
{
    // The statement is the person's text (or a runbook's): it runs as the
    // workspace's read-only audit reader, never as the person's own login.
    auto reader = AuditReader::connectionFor(person);
    if (!reader)
        return reader.error();
    QSqlDatabase &db = reader.value();
    PGconn *conn = Db::pgConnection(db);
    if (conn && PQtransactionStatus(conn) != PQTRANS_IDLE)
        (void)AuditSql::command(db, QStringLiteral("ROLLBACK"));
    if (auto b = AuditSql::command(db, QStringLiteral("BEGIN TRANSACTION READ ONLY"), {}, c); !b)
        return b.error();
    auto rollback = [&] { (void)AuditSql::command(db, QStringLiteral("ROLLBACK")); };
    // Our own number, not user text; SET cannot take a bound parameter.
    if (auto t = AuditSql::command(
            db, QStringLiteral("SET LOCAL statement_timeout = %1").arg(qMax(0, timeoutMs)), {}, c);
        !t) {
        rollback();
        return t.error();
    }
    // The extended protocol takes exactly one statement, and DECLARE only a query.
    if (auto d = AuditSql::command(
            db, QStringLiteral("DECLARE ic_console SCROLL CURSOR FOR ") + sql, params, c, false);
        !d) {
        rollback();
        return consoleError(d.error(), AuditSql::isHotStandby(conn));
    }
    auto first =
        AuditSql::query(db, QStringLiteral("FETCH FORWARD %1 FROM ic_console").arg(P), {}, c);
    if (!first) {
        rollback();
        return consoleError(first.error(), AuditSql::isHotStandby(conn));
    }
    return Opened{sql, first->columns, first->rows};
}

Result<Opened> openSqlite(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                          int timeoutMs, AuditCanceller *c)
{
    if (auto p = AuditSql::prepareConnection(db); !p)
        return p.error();
    auto statement = checkSqlite(db, sql);
    if (!statement)
        return statement.error();
    auto first = AuditSql::query(db, sqliteWindow(statement.value()), params + QVariantList{P, 0},
                                 c, timeoutMs);
    if (!first)
        return consoleError(first.error());
    return Opened{statement.value(), first->columns, first->rows};
}

} // namespace

namespace SqlConsole {

Result<void> checkReadOnly(const QString &sql)
{
    // Skip leading blanks, comments and parentheses to the first keyword.
    qsizetype i = 0;
    const qsizetype n = sql.size();
    for (;;) {
        while (i < n && (sql.at(i).isSpace() || sql.at(i) == u'('))
            ++i;
        if (i + 1 < n && sql.at(i) == u'-' && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (i + 1 < n && sql.at(i) == u'/' && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        break;
    }
    if (i >= n)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Enter a query to run. Nothing was run."));
    qsizetype j = i;
    while (j < n && sql.at(j).isLetter())
        ++j;
    const QString keyword = sql.mid(i, j - i).toUpper();
    static const QStringList reading{QStringLiteral("SELECT"), QStringLiteral("WITH"),
                                     QStringLiteral("VALUES"), QStringLiteral("TABLE")};
    if (!reading.contains(keyword))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The console only runs queries that read (SELECT, WITH … SELECT, "
                                  "VALUES, TABLE); \"%1\" is not one. Nothing was run.")
                               .arg(keyword.isEmpty() ? sql.mid(i, 20) : keyword));
    return success();
}

} // namespace SqlConsole

SqlConsoleModel::SqlConsoleModel(const ConnectionSpec &source, QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<ic::Error>();
    ConnectionSpec spec = source;
    spec.readOnly = source.kind == ConnectionProfile::Kind::Postgres;
    m_engine = source.kind == ConnectionProfile::Kind::Postgres ? Db::Engine::Postgres
                                                                : Db::Engine::Sqlite;
    m_worker = new SqlExecutor(spec, QStringLiteral("audit-console"), this);
}

SqlConsoleModel::~SqlConsoleModel()
{
    if (m_job.canceller)
        m_job.canceller->cancel();
    // The audit reader's connection goes with the worker's own.
    m_worker->post([name = m_worker->connectionName()] { AuditReader::close(name); });
    m_worker->retire(); // the window does not wait for the server to stop the query
}

void SqlConsoleModel::run(const QString &sql, const QVariantList &params, int timeoutMs)
{
    if (auto check = SqlConsole::checkReadOnly(sql); !check) {
        fail(check.error());
        return;
    }
    if (m_job.canceller)
        m_job.canceller->cancel();
    ++m_generation;
    const int generation = m_generation;
    m_hasError = false;
    m_timeoutMs = timeoutMs;
    m_params = params;
    // Parameters use ? like everywhere in the app; without any, the text goes
    // as typed (? may be a jsonb operator there).
    const QString engineSql = params.isEmpty() ? sql : AuditSql::forEngine(sql, m_engine);
    m_statement = SqlStatement{engineSql, params};
    auto canceller = std::make_shared<AuditCanceller>();
    m_job = Job{true, canceller};
    m_clock.start();
    setRunning(true);
    emit started();
    const Db::Engine engine = m_engine;
    m_worker->run<Opened>(
        [engine, engineSql, params, timeoutMs, canceller](QSqlDatabase &db) {
            return engine == Db::Engine::Postgres
                       ? openPostgres(db, engineSql, params, timeoutMs, canceller.get())
                       : openSqlite(db, engineSql, params, timeoutMs, canceller.get());
        },
        this,
        [this, generation](Result<Opened> r) {
            if (generation != m_generation)
                return;
            m_job = {};
            m_elapsedMs = m_clock.elapsed();
            if (!r) {
                m_sessionOpen = false;
                setRunning(false);
                fail(r.error());
                return;
            }
            beginResetModel();
            m_sql = r->sql;
            m_columns = r->columns;
            m_pages.clear();
            m_pages.insert(0, r->rows);
            m_known = r->rows.size();
            m_complete = r->rows.size() < P;
            m_sessionOpen = true;
            endResetModel();
            emit firstRowsLoaded(m_elapsedMs);
            emit countChanged(m_known, m_complete);
            if (!r->rows.isEmpty())
                emit rowsLoaded(0, int(r->rows.size()) - 1);
            setRunning(!m_complete);
            schedule();
        });
}

void SqlConsoleModel::cancel()
{
    if (m_job.canceller)
        m_job.canceller->cancel();
    // PostgreSQL aborts the transaction: the cursor is gone with it.
    if (m_engine == Db::Engine::Postgres && m_running)
        m_sessionOpen = false;
    m_complete = true;
    setRunning(false);
}

void SqlConsoleModel::setViewport(int first, int count)
{
    m_viewFirst = qMax(0, first);
    m_viewCount = qMax(0, count);
    schedule();
}

void SqlConsoleModel::schedule()
{
    if (m_job.active || !m_sessionOpen)
        return;
    const int generation = m_generation;
    const Db::Engine engine = m_engine;
    const QString sql = m_sql;
    const QVariantList params = m_params;
    const int timeoutMs = m_timeoutMs;
    // Pages the viewport shows come first; counting goes on in between.
    if (m_viewCount > 0) {
        const int firstPage = m_viewFirst / P;
        const int lastPage = int(qMin<qint64>(m_viewFirst + m_viewCount, m_known) - 1) / P;
        for (int page = firstPage; page <= lastPage && page >= 0; ++page) {
            if (m_pages.contains(page))
                continue;
            const qint64 start = qint64(page) * P;
            if (start >= m_known)
                break;
            auto canceller = std::make_shared<AuditCanceller>();
            m_job = Job{true, canceller};
            m_worker->run<AuditSqlResult>(
                [engine, sql, params, timeoutMs, start,
                 canceller](QSqlDatabase &person) -> Result<AuditSqlResult> {
                    if (engine == Db::Engine::Postgres) {
                        auto reader = AuditReader::connectionFor(person, false);
                        if (!reader)
                            return reader.error();
                        QSqlDatabase &db = reader.value();
                        if (auto m = AuditSql::command(
                                db, QStringLiteral("MOVE ABSOLUTE %1 IN ic_console").arg(start), {},
                                canceller.get());
                            !m)
                            return m.error();
                        return AuditSql::query(
                            db, QStringLiteral("FETCH FORWARD %1 FROM ic_console").arg(P), {},
                            canceller.get());
                    }
                    return AuditSql::query(person, sqliteWindow(sql),
                                           params + QVariantList{P, start}, canceller.get(),
                                           timeoutMs);
                },
                this,
                [this, generation, page](Result<AuditSqlResult> r) {
                    if (generation != m_generation)
                        return;
                    m_job = {};
                    if (!r) {
                        m_sessionOpen = m_engine == Db::Engine::Sqlite;
                        fail(r.error());
                        return;
                    }
                    m_pages.insert(page, r->rows);
                    while (m_pages.size() > MaxPages) {
                        const int firstVisible = m_viewFirst / P;
                        int victim = -1;
                        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
                            if (qAbs(it.key() - firstVisible) > 2 &&
                                (victim < 0 ||
                                 qAbs(it.key() - firstVisible) > qAbs(victim - firstVisible)))
                                victim = it.key();
                        }
                        if (victim < 0)
                            break;
                        m_pages.remove(victim);
                    }
                    const int first = page * P;
                    const int last = int(qMin<qint64>(first + r->rows.size(), m_known)) - 1;
                    if (last >= first) {
                        emit dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
                        emit rowsLoaded(first, last);
                    }
                    schedule();
                });
            return;
        }
    }
    if (m_complete)
        return;
    // Count on: PostgreSQL moves the cursor over the next chunk without
    // sending rows; SQLite counts the whole result once.
    const qint64 known = m_known;
    auto canceller = std::make_shared<AuditCanceller>();
    m_job = Job{true, canceller};
    m_worker->run<qint64>(
        [engine, sql, params, timeoutMs, known, canceller](QSqlDatabase &person) -> Result<qint64> {
            if (engine == Db::Engine::Postgres) {
                auto reader = AuditReader::connectionFor(person, false);
                if (!reader)
                    return reader.error();
                QSqlDatabase &db = reader.value();
                if (auto m = AuditSql::command(
                        db, QStringLiteral("MOVE ABSOLUTE %1 IN ic_console").arg(known), {},
                        canceller.get());
                    !m)
                    return m.error();
                auto moved = AuditSql::query(
                    db, QStringLiteral("MOVE FORWARD %1 IN ic_console").arg(CountChunk), {},
                    canceller.get());
                if (!moved)
                    return moved.error();
                return known + moved->affected;
            }
            auto count = AuditSql::query(
                person, QStringLiteral("SELECT count(*) FROM (\n") + sql + QStringLiteral("\n)"),
                params, canceller.get(), timeoutMs);
            if (!count)
                return count.error();
            return count->rows.value(0).value(0).toLongLong();
        },
        this,
        [this, generation, known](Result<qint64> r) {
            if (generation != m_generation)
                return;
            m_job = {};
            if (!r) {
                m_sessionOpen = m_engine == Db::Engine::Sqlite;
                m_complete = true;
                setRunning(false);
                fail(r.error());
                return;
            }
            const bool complete = m_engine == Db::Engine::Sqlite || r.value() - known < CountChunk;
            grow(r.value(), complete);
            schedule();
        });
}

void SqlConsoleModel::grow(qint64 known, bool complete)
{
    const qint64 maxRows = std::numeric_limits<int>::max();
    known = qMin(known, maxRows);
    if (known > m_known) {
        beginInsertRows({}, int(m_known), int(known - 1));
        m_known = known;
        endInsertRows();
    }
    m_complete = complete;
    if (complete)
        setRunning(false);
    emit countChanged(m_known, m_complete);
}

void SqlConsoleModel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void SqlConsoleModel::fail(const Error &error)
{
    m_hasError = true;
    m_error = error;
    emit failed(error);
}

const QVariantList *SqlConsoleModel::rowValues(int row) const
{
    const auto it = m_pages.constFind(row / P);
    if (it == m_pages.constEnd() || row % P >= it->size())
        return nullptr;
    return &it->at(row % P);
}

int SqlConsoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_known);
}

int SqlConsoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_known || index.column() >= m_columns.size())
        return {};
    const QVariantList *row = rowValues(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return {};
    const QVariant v = row->value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return v.isNull() ? QStringLiteral("NULL") : v.toString();
    case Qt::ToolTipRole: {
        const QString s = v.toString();
        return s.size() > 2000 ? s.left(2000) + QChar(0x2026) : s;
    }
    case IsNullRole:
        return v.isNull();
    default:
        return {};
    }
}

QVariant SqlConsoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_columns.value(section);
}

} // namespace ic
