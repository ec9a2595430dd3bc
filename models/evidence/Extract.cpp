#include "models/evidence/Extract.h"

#include "models/core/Csv.h"
#include "models/core/Sha256.h"
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Extract)
};

constexpr qsizetype FlushAt = 1 << 20;
constexpr int FetchRows = 5000;

// PostgreSQL type oids whose text form is already valid JSON.
bool isJsonNumber(Oid type)
{
    return type == 20 || type == 21 || type == 23 || type == 26 || type == 700 || type == 701 ||
           type == 1700;
}
bool isJsonText(Oid type)
{
    return type == 114 || type == 3802; // json, jsonb
}

} // namespace

// Double-buffered: a full buffer is hashed and written on a thread of its own
// while the caller fills the other one.
struct HashedFile::Private
{
    QFile file;
    Sha256 hash;
    QByteArray buffer, spare;
    std::future<bool> pending; // the spare buffer being hashed and written
    bool failed = false;       // sticky: a write failed

    bool settle()
    {
        if (pending.valid() && !pending.get())
            failed = true;
        return !failed;
    }
};

HashedFile::HashedFile(QString path) : d(std::make_unique<Private>()), m_path(std::move(path))
{
    d->file.setFileName(m_path);
    d->buffer.reserve(FlushAt + 65536);
    d->spare.reserve(FlushAt + 65536);
}

HashedFile::~HashedFile()
{
    d->settle();
}

Result<void> HashedFile::open()
{
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not create %1 (%2).")
                               .arg(QDir::toNativeSeparators(m_path), d->file.errorString()));
    }
    return success();
}

void HashedFile::write(QByteArrayView bytes)
{
    d->buffer.append(bytes);
    if (d->buffer.size() >= FlushAt)
        (void)flush();
}

Result<void> HashedFile::flush()
{
    const bool ok = d->settle();
    if (ok && !d->buffer.isEmpty()) {
        m_bytes += d->buffer.size();
        d->spare.swap(d->buffer);
        d->buffer.clear();
        d->pending = std::async(std::launch::async, [p = d.get()] {
            p->hash.add(p->spare);
            const bool wrote = p->file.write(p->spare) == p->spare.size();
            p->spare.clear();
            return wrote;
        });
    }
    if (!ok)
        return Error::make(Error::Kind::General,
                           Tr::tr("Writing %1 failed (%2).")
                               .arg(QDir::toNativeSeparators(m_path), d->file.errorString()));
    return success();
}

Result<void> HashedFile::close()
{
    auto f = flush();
    if (f && !d->settle())
        f = Error::make(Error::Kind::General,
                        Tr::tr("Writing %1 failed (%2).")
                            .arg(QDir::toNativeSeparators(m_path), d->file.errorString()));
    m_sha256 = d->hash.hex();
    if (f && (!d->file.flush() || d->file.error() != QFileDevice::NoError)) {
        f = Error::make(Error::Kind::General,
                        Tr::tr("Writing %1 failed (%2).")
                            .arg(QDir::toNativeSeparators(m_path), d->file.errorString()));
    }
    d->file.close();
    return f;
}

namespace Extract {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char *hex = "0123456789abcdef";
    out += '"';
    // Runs of characters that need no escape are appended whole: per-character
    // appends were the export's hottest path.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(utf8.sliced(run, i - run));
        run = i + 1;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.sliced(run));
    out += '"';
}

void appendCsvField(QByteArray &out, QByteArrayView utf8)
{
    Csv::appendField(out, utf8);
}

} // namespace Extract

namespace {

// SQLite: the extract's text must be one statement that only reads, as
// SQLite itself judges it (a WITH prefix is allowed on DELETE, INSERT and
// UPDATE). Prepared only, never run.
Result<void> checkSqliteReadOnly(QSqlDatabase &db, const QString &sql)
{
    sqlite3 *h = Db::sqliteHandle(db);
    if (!h)
        return Error::make(Error::Kind::Unreachable, Tr::tr("The SQLite connection is not open."));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *st = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &st, &tail) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The extract's query could not be prepared. Nothing was "
                                  "exported."),
                           detail);
    }
    const bool readOnly = st && sqlite3_stmt_readonly(st) != 0 && sqlite3_column_count(st) > 0;
    sqlite3_finalize(st);
    bool more = false;
    const qsizetype used = tail ? qsizetype(tail - utf8.constData()) : utf8.size();
    if (used < utf8.size()) {
        sqlite3_stmt *rest = nullptr;
        more = sqlite3_prepare_v2(h, utf8.constData() + used, int(utf8.size() - used), &rest,
                                  nullptr) != SQLITE_OK ||
               rest;
        sqlite3_finalize(rest);
    }
    if (!readOnly || more)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("An extract may only read: this query would change data (or "
                                  "is more than one statement), so it was refused. Nothing was "
                                  "exported and nothing was changed."));
    return success();
}

} // namespace

namespace Extract {

namespace {

struct Writers
{
    HashedFile jsonl;
    HashedFile csv;
    QList<QByteArray> keys; // "\"name\":" per column
    QByteArray line, csvLine;

    Writers(const QString &j, const QString &c) : jsonl(j), csv(c) {}

    void header(const QStringList &columns)
    {
        QByteArray h;
        for (int i = 0; i < columns.size(); ++i) {
            QByteArray key;
            appendJsonString(key, columns.at(i).toUtf8());
            keys << key + ':';
            if (i)
                h += ',';
            appendCsvField(h, columns.at(i).toUtf8());
        }
        h += "\r\n";
        csv.write(h);
    }
};

Result<ExtractResult> writeSqlite(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                                  Writers &w, const std::function<bool(qint64)> &progress)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Db::queryError(q, Tr::tr("The extract's query could not be prepared. Nothing was "
                                        "exported."));
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        return Db::queryError(q, Tr::tr("The extract's query failed. Nothing was exported."));
    ExtractResult r;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        r.columns << rec.fieldName(i);
    w.header(r.columns);
    QList<bool> jsonColumn;
    for (const QString &c : r.columns)
        jsonColumn << (c == QLatin1String("metadata") || c == QLatin1String("details"));
    while (q.next()) {
        w.line.clear();
        w.csvLine.clear();
        w.line += '{';
        for (int i = 0; i < r.columns.size(); ++i) {
            if (i) {
                w.line += ',';
                w.csvLine += ',';
            }
            w.line += w.keys.at(i);
            const QVariant v = q.value(i);
            if (v.isNull()) {
                w.line += "null";
                continue;
            }
            const int type = v.typeId();
            QByteArray text;
            if (type == QMetaType::LongLong || type == QMetaType::Int ||
                type == QMetaType::Double) {
                text = v.toString().toUtf8();
                w.line += text;
            } else {
                text = v.toString().toUtf8();
                if (jsonColumn.at(i) && (text.startsWith('{') || text.startsWith('[')) &&
                    !QJsonDocument::fromJson(text).isNull())
                    w.line += text;
                else
                    appendJsonString(w.line, text);
            }
            appendCsvField(w.csvLine, text);
        }
        w.line += "}\n";
        w.csvLine += "\r\n";
        w.jsonl.write(w.line);
        w.csv.write(w.csvLine);
        ++r.rows;
        if (progress && r.rows % 10000 == 0 && !progress(r.rows))
            return Error::make(Error::Kind::Cancelled, Tr::tr("The export was cancelled."));
    }
    return r;
}

// Fetches a cursor's batches on a thread of its own, one batch ahead, so the
// server produces the next batch while the caller formats this one (a plain
// FETCH loop leaves the server idle for as long as the client works). The
// connection is used only by this thread until finish() has joined it.
class BatchFetcher
{
public:
    BatchFetcher(PGconn *conn, QByteArray fetch) : m_conn(conn), m_fetch(std::move(fetch))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~BatchFetcher() { finish(); }
    BatchFetcher(const BatchFetcher &) = delete;
    BatchFetcher &operator=(const BatchFetcher &) = delete;

    // The next batch (the caller clears it), or nullptr after the last one
    // or on failure (then failed() is true and the connection holds the error).
    PGresult *next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return nullptr;
        PGresult *res = m_queue.front();
        m_queue.pop_front();
        m_changed.notify_all();
        return res;
    }
    bool failed() const
    {
        std::lock_guard lock(m_mutex);
        return m_failed;
    }
    // Stops fetching (after the batch in flight) and joins the thread.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        for (PGresult *res : m_queue)
            PQclear(res);
        m_queue.clear();
    }

private:
    static constexpr size_t Ahead = 2;

    void run()
    {
        for (;;) {
            PGresult *res = PQexec(m_conn, m_fetch.constData());
            std::unique_lock lock(m_mutex);
            if (PQresultStatus(res) != PGRES_TUPLES_OK) {
                PQclear(res);
                m_failed = m_done = true;
                m_changed.notify_all();
                return;
            }
            m_changed.wait(lock, [this] { return m_queue.size() < Ahead || m_stopping; });
            if (m_stopping) {
                PQclear(res);
                m_done = true;
                return;
            }
            const bool last = PQntuples(res) < FetchRows;
            m_queue.push_back(res);
            m_done = last;
            m_changed.notify_all();
            if (last)
                return;
        }
    }

    PGconn *m_conn;
    QByteArray m_fetch;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PGresult *> m_queue;
    bool m_done = false, m_stopping = false, m_failed = false;
    std::thread m_thread;
};

Result<ExtractResult> writePostgres(PGconn *conn, const QString &sql, const QVariantList &params,
                                    Writers &w, const std::function<bool(qint64)> &progress)
{
    auto run = [conn](const char *command) {
        PGresult *res = PQexec(conn, command);
        const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
        return ok;
    };
    auto fail = [&](const QString &what) {
        const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        run("ROLLBACK");
        return Error::make(Error::Kind::General, what, detail);
    };
    if (!run("BEGIN READ ONLY"))
        return fail(Tr::tr("The extract could not start a read-only transaction. Nothing was "
                           "exported."));
    // Parameters stay parameters: the cursor is declared with bound values.
    QList<QByteArray> values;
    QList<const char *> pointers;
    for (const QVariant &p : params) {
        values << (p.isNull() ? QByteArray() : p.toString().toUtf8());
        pointers << (p.isNull() ? nullptr : values.last().constData());
    }
    const QByteArray declare =
        "DECLARE ic_extract NO SCROLL CURSOR FOR " + Db::toPgPlaceholders(sql);
    PGresult *res = PQexecParams(conn, declare.constData(), int(pointers.size()), nullptr,
                                 pointers.constData(), nullptr, nullptr, 0);
    const bool declared = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!declared)
        return fail(Tr::tr("The extract's query failed. Nothing was exported."));

    ExtractResult r;
    BatchFetcher fetcher(conn,
                         "FETCH FORWARD " + QByteArray::number(FetchRows) + " FROM ic_extract");
    QList<Oid> types;
    while (PGresult *batch = fetcher.next()) {
        if (r.columns.isEmpty()) {
            for (int c = 0; c < PQnfields(batch); ++c) {
                r.columns << QString::fromUtf8(PQfname(batch, c));
                types << PQftype(batch, c);
            }
            w.header(r.columns);
        }
        const int n = PQntuples(batch);
        for (int row = 0; row < n; ++row) {
            w.line.clear();
            w.csvLine.clear();
            w.line += '{';
            for (int c = 0; c < types.size(); ++c) {
                if (c) {
                    w.line += ',';
                    w.csvLine += ',';
                }
                w.line += w.keys.at(c);
                if (PQgetisnull(batch, row, c)) {
                    w.line += "null";
                    continue;
                }
                const QByteArrayView text(PQgetvalue(batch, row, c), PQgetlength(batch, row, c));
                if (isJsonNumber(types.at(c)) || isJsonText(types.at(c)))
                    w.line += text;
                else if (types.at(c) == 16) // bool: t / f
                    w.line += text == "t" ? QByteArrayView("true") : QByteArrayView("false");
                else
                    appendJsonString(w.line, text);
                appendCsvField(w.csvLine, text);
            }
            w.line += "}\n";
            w.csvLine += "\r\n";
            w.jsonl.write(w.line);
            w.csv.write(w.csvLine);
        }
        PQclear(batch);
        r.rows += n;
        if (progress && !progress(r.rows)) {
            fetcher.finish();
            run("ROLLBACK");
            return Error::make(Error::Kind::Cancelled, Tr::tr("The export was cancelled."));
        }
    }
    fetcher.finish();
    if (fetcher.failed())
        return fail(Tr::tr("Reading the extract failed. Nothing was exported."));
    run("CLOSE ic_extract");
    run("COMMIT");
    return r;
}

} // namespace

Result<ExtractResult> write(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                            const QString &jsonlPath, const QString &csvPath,
                            const std::function<bool(qint64)> &progress)
{
    Writers w(jsonlPath, csvPath);
    if (auto o = w.jsonl.open(); !o)
        return o.error();
    if (auto o = w.csv.open(); !o) {
        (void)w.jsonl.close();
        QFile::remove(jsonlPath);
        return o.error();
    }
    Result<ExtractResult> r = Error::make(Error::Kind::General, QString());
    if (Db::isPostgres(db)) {
        PGconn *conn = Db::pgConnection(db);
        r = conn ? writePostgres(conn, sql, params, w, progress)
                 : Result<ExtractResult>(
                       Error::make(Error::Kind::Unreachable, Tr::tr("No PostgreSQL connection.")));
    } else if (auto check = checkSqliteReadOnly(db, sql); !check) {
        r = check.error();
    } else {
        // The rows are read on a connection of their own that cannot write
        // (opened read-only, query_only on), whatever the text turns out to do.
        const QString file = db.databaseName();
        const bool onDisk = !file.isEmpty() && file != QLatin1String(":memory:") &&
                            !file.startsWith(QLatin1String("file:"));
        if (onDisk) {
            const QString name =
                QStringLiteral("ic-extract-%1").arg(reinterpret_cast<quintptr>(&w), 0, 16);
            {
                auto reader = Db::open(ConnectionSpec::sqlite(file, /*readOnly*/ true), name);
                if (!reader) {
                    r = reader.error();
                } else {
                    QSqlQuery(reader.value()).exec(QStringLiteral("PRAGMA query_only = 1"));
                    r = writeSqlite(reader.value(), sql, params, w, progress);
                }
            }
            Db::close(name);
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = 1"));
            r = writeSqlite(db, sql, params, w, progress);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = 0"));
        }
    }
    auto cj = w.jsonl.close();
    auto cc = w.csv.close();
    if (r && !cj)
        r = cj.error();
    if (r && !cc)
        r = cc.error();
    if (!r) {
        QFile::remove(jsonlPath);
        QFile::remove(csvPath);
        return r;
    }
    r->jsonlSha256 = w.jsonl.sha256();
    r->csvSha256 = w.csv.sha256();
    r->jsonlBytes = w.jsonl.bytes();
    r->csvBytes = w.csv.bytes();
    return r;
}

} // namespace Extract
} // namespace ic
