#include "models/audit/AuditExporter.h"

#include "models/audit/AuditLogging.h"
#include "models/audit/AuditQueries.h"
#include "models/audit/AuditRow.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/core/Csv.h"
#include "models/store/SqlExecutor.h"
#include "models/store/SqlText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditExporter)
};

constexpr qint64 ProgressEveryMs = 100;
constexpr qsizetype FlushAt = 1 << 20; // bytes buffered before a write

// The file being written: buffered, counted, and only renamed into place
// when committed.
class Sink
{
public:
    explicit Sink(const QString &path) : m_file(path) {}

    Result<void> open()
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            return Error::make(Error::Kind::General,
                               Tr::tr("Could not write %1. Nothing was exported; choose a folder "
                                      "you may write to.")
                                   .arg(QDir::toNativeSeparators(m_file.fileName())),
                               m_file.errorString());
        }
        m_buffer.reserve(FlushAt + 65536);
        return success();
    }
    void append(const char *data, qsizetype n)
    {
        m_buffer.append(data, n);
        if (m_buffer.size() >= FlushAt)
            flush();
    }
    void append(const QByteArray &b) { append(b.constData(), b.size()); }
    bool flush()
    {
        if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
        return !m_failed;
    }
    Result<void> commit()
    {
        if (!flush() || !m_file.commit())
            return Error::make(Error::Kind::General,
                               Tr::tr("Writing %1 failed (disk full?). The export was not "
                                      "saved.")
                                   .arg(QDir::toNativeSeparators(m_file.fileName())),
                               m_file.errorString());
        return success();
    }
    void discard() { m_file.cancelWriting(); }

private:
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

class Ticker
{
public:
    explicit Ticker(const AuditExporter::Progress &p) : m_progress(p) { m_clock.start(); }
    void tick(qint64 rows)
    {
        if (m_progress && m_clock.elapsed() >= ProgressEveryMs) {
            m_progress(rows);
            m_clock.restart();
        }
    }

private:
    const AuditExporter::Progress &m_progress;
    QElapsedTimer m_clock;
};

// One CSV field from UTF-8 bytes (not NULL): quoted when it holds a comma,
// quote or line break, and when empty (an empty string is not a NULL). A
// formula-like cell (= + - @ tab CR) gets a leading ' (Csv::appendField):
// audit fields are written by whoever used the platform.
void appendCsvField(QByteArray &out, const char *s, qsizetype n)
{
    if (n == 0) {
        out.append("\"\"", 2);
        return;
    }
    Csv::appendField(out, QByteArrayView(s, n));
}

QByteArray csvField(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QByteArray s = v.toString().toUtf8();
    QByteArray out;
    appendCsvField(out, s.constData(), s.size());
    return out;
}

QByteArray csvLine(const QVariantList &values)
{
    QByteArray line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(values.at(i));
    }
    return line + '\n';
}

QByteArray jsonLine(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &v = values.value(i);
        o.insert(columns.at(i), v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

const QByteArray AuditHeader =
    "id,timestamp,event,user_id,tenant_id,api_key_id,ip,query,metadata\n";

// The filter's WHERE with each ? read from a session setting instead: COPY
// takes no parameters, set_config() does.
QString withSettings(const QString &sql, int *count)
{
    QString out;
    int n = 0;
    for (QChar c : sql) {
        if (c == u'?')
            out += QStringLiteral("current_setting('ic.export_p%1')").arg(++n);
        else
            out += c;
    }
    *count = n;
    return out;
}

// COPY ... TO STDOUT into the sink; one CopyData message per row. `header`:
// CSV for people, with a header row; its formula-like cells are neutralised.
Result<qint64> copyOut(QSqlDatabase &db, const QString &copySql, Sink &sink, bool header,
                       AuditCanceller *c, const AuditExporter::Progress &progress)
{
    PGconn *conn = Db::pgConnection(db);
    const QString what = Tr::tr("The export failed. Nothing was saved.");
    AuditCancelScope scope(c, db);
    PGresult *r =
        PQexecParams(conn, copySql.toUtf8().constData(), 0, nullptr, nullptr, nullptr, nullptr, 0);
    if (PQresultStatus(r) != PGRES_COPY_OUT) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(r));
        const QString state = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE));
        PQclear(r);
        return AuditSql::statementError(message, PQstatus(conn) != CONNECTION_OK, c, what, state,
                                        AuditSql::isHotStandby(conn));
    }
    PQclear(r);
    qint64 messages = 0;
    Ticker ticker(progress);
    char *buffer = nullptr;
    int n = 0;
    QByteArray rewritten;
    while ((n = PQgetCopyData(conn, &buffer, 0)) > 0) {
        if (header && Csv::rewriteRow(QByteArrayView(buffer, n), &rewritten))
            sink.append(rewritten);
        else
            sink.append(buffer, n);
        PQfreemem(buffer);
        ++messages;
        ticker.tick(messages - (header ? 1 : 0));
    }
    Result<qint64> result = messages - (header && messages > 0 ? 1 : 0);
    while (PGresult *end = PQgetResult(conn)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK && result.ok()) {
            result = AuditSql::statementError(
                QString::fromUtf8(PQresultErrorMessage(end)), PQstatus(conn) != CONNECTION_OK, c,
                what, QString::fromLatin1(PQresultErrorField(end, PG_DIAG_SQLSTATE)),
                AuditSql::isHotStandby(conn));
        }
        PQclear(end);
    }
    if (n == -2 && result.ok())
        result = AuditSql::statementError(QString::fromUtf8(PQerrorMessage(conn)),
                                          PQstatus(conn) != CONNECTION_OK, c, what);
    return result;
}

Result<qint64> inReadOnlyTransaction(QSqlDatabase &db, AuditCanceller *c,
                                     const std::function<Result<qint64>()> &body)
{
    PGconn *conn = Db::pgConnection(db);
    if (conn && PQtransactionStatus(conn) != PQTRANS_IDLE)
        (void)AuditSql::command(db, QStringLiteral("ROLLBACK"));
    if (auto b = AuditSql::command(db, QStringLiteral("BEGIN TRANSACTION READ ONLY"), {}, c); !b)
        return b.error();
    // Quotes read the way SqlText reads them, whatever a query set before.
    if (auto s = AuditSql::command(db, QStringLiteral("SET LOCAL standard_conforming_strings = on"),
                                   {}, c);
        !s) {
        (void)AuditSql::command(db, QStringLiteral("ROLLBACK"));
        return s.error();
    }
    auto r = body();
    // Nothing was written: ending the read-only transaction either way is the same.
    (void)AuditSql::command(db, QStringLiteral("ROLLBACK"));
    return r;
}

} // namespace

AuditExporter::AuditExporter(const ConnectionSpec &source, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ic::Error>();
    ConnectionSpec spec = source;
    spec.readOnly = source.kind == ConnectionProfile::Kind::Postgres;
    m_worker = new SqlExecutor(spec, QStringLiteral("audit-export"), this);
}

AuditExporter::~AuditExporter()
{
    if (m_canceller)
        m_canceller->cancel();
    m_worker->retire(); // the cancelled export ends (and removes its file) on its own
}

void AuditExporter::cancel()
{
    if (m_canceller)
        m_canceller->cancel();
}

void AuditExporter::exportFilter(const CompiledFilter &filter, Format format, const QString &path,
                                 qint64 expectedRows)
{
    start(
        [filter, format, path](QSqlDatabase &db, AuditCanceller *c, const Progress &p) {
            return writeFilter(db, filter, format, path, c, p);
        },
        path, expectedRows);
}

void AuditExporter::exportQuery(const QString &sql, const QVariantList &params, Format format,
                                const QString &path, qint64 expectedRows)
{
    if (auto check = SqlConsole::checkReadOnly(sql); !check) {
        emit failed(check.error());
        return;
    }
    start(
        [sql, params, format, path](QSqlDatabase &db, AuditCanceller *c, const Progress &p) {
            return writeQuery(db, sql, params, format, path, c, p);
        },
        path, expectedRows);
}

void AuditExporter::start(
    std::function<Result<qint64>(QSqlDatabase &, AuditCanceller *, const Progress &)> job,
    const QString &path, qint64 expectedRows)
{
    if (m_running) {
        emit failed(Error::make(Error::Kind::InvalidInput,
                                tr("An export is already running. Wait for it or cancel it; "
                                   "nothing new was started.")));
        return;
    }
    m_running = true;
    const int generation = ++m_generation;
    auto canceller = std::make_shared<AuditCanceller>();
    m_canceller = canceller;
    m_clock.start();
    SqlExecutor *worker = m_worker;
    const QPointer<QObject> self(this);
    m_worker->run<qint64>(
        [job, canceller, worker, self, expectedRows](QSqlDatabase &db) {
            const Progress report = [worker, self, expectedRows](qint64 rows) {
                worker->deliver(self, [self, rows, expectedRows] {
                    emit static_cast<AuditExporter *>(self.data())->progress(rows, expectedRows);
                });
            };
            return job(db, canceller.get(), report);
        },
        this,
        [this, generation, path, expectedRows](Result<qint64> r) {
            if (generation != m_generation)
                return;
            m_running = false;
            m_canceller.reset();
            if (!r) {
                emit failed(r.error());
                return;
            }
            emit progress(r.value(), expectedRows);
            emit finished(r.value(), path, m_clock.elapsed());
        });
}

Result<qint64> AuditExporter::writeFilter(QSqlDatabase &db, const CompiledFilter &f, Format format,
                                          const QString &path, AuditCanceller *c,
                                          const Progress &progress)
{
    Sink sink(path);
    if (auto o = sink.open(); !o)
        return o.error();
    const QString dir = f.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString columns = AuditQueries::selectColumns(f.engine);
    QString where = f.where;
    if (f.matchesNothing)
        where = where.isEmpty() ? QStringLiteral("false") : where + QStringLiteral(" AND false");
    Result<qint64> result = qint64(0);
    if (f.engine == Db::Engine::Postgres) {
        int count = 0;
        QString select =
            QStringLiteral("SELECT %1 FROM audit_logs")
                .arg(format == Format::Csv
                         ? columns
                         : QStringLiteral(
                               "json_build_object('id', id, 'timestamp', timestamp, 'event', "
                               "event, 'user_id', user_id, 'tenant_id', tenant_id, "
                               "'api_key_id', api_key_id, 'ip', ip, 'query', query, "
                               "'metadata', metadata)::text"));
        if (!where.isEmpty())
            select += QStringLiteral(" WHERE ") + where;
        select += QStringLiteral(" ORDER BY timestamp %1, id %1").arg(dir);
        QVariantList params = f.params;
        if (f.limit > 0) {
            select += QStringLiteral(" LIMIT CAST(? AS bigint)");
            params << f.limit;
        }
        select = withSettings(select, &count);
        // JSON text never holds a raw newline or control character, so CSV
        // with quote and delimiter characters it cannot contain passes it as is.
        const QString copy =
            QStringLiteral("COPY (") + select +
            (format == Format::Csv
                 ? QStringLiteral(") TO STDOUT (FORMAT csv, HEADER true)")
                 : QStringLiteral(") TO STDOUT (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"));
        result = inReadOnlyTransaction(db, c, [&]() -> Result<qint64> {
            if (count > 0) {
                QStringList sets;
                for (int i = 1; i <= count; ++i)
                    sets << QStringLiteral("set_config('ic.export_p%1', ?, true)").arg(i);
                QVariantList text;
                for (const QVariant &p : std::as_const(params))
                    text << QString::fromUtf8(AuditSql::pgText(p));
                if (auto s = AuditSql::query(
                        db, QStringLiteral("SELECT ") + sets.join(QStringLiteral(", ")), text, c);
                    !s)
                    return s.error();
            }
            return copyOut(db, copy, sink, format == Format::Csv, c, progress);
        });
    } else {
        QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_logs");
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        sql += QStringLiteral(" ORDER BY timestamp %1, id %1").arg(dir);
        QVariantList params = f.params;
        if (f.limit > 0) {
            sql += QStringLiteral(" LIMIT ?");
            params << f.limit;
        }
        if (format == Format::Csv)
            sink.append(AuditHeader);
        qint64 rows = 0;
        Ticker ticker(progress);
        // Straight from sqlite3's text into the file: a QVariant and a
        // QString per value cost more than SQLite's own reading (43 % of the
        // sqlite3 tool's rate before).
        QByteArray line;
        QVariantList values;
        result = AuditSql::forEachSqliteRow(
            db, sql, params, c, [&](const AuditSql::SqliteCell *cells, int count) {
                if (format == Format::Csv) {
                    line.clear();
                    for (int i = 0; i < count; ++i) {
                        if (i)
                            line += ',';
                        if (cells[i].data)
                            appendCsvField(line, cells[i].data, cells[i].size);
                    }
                    line += '\n';
                    sink.append(line);
                } else {
                    values.clear();
                    for (int i = 0; i < count; ++i)
                        values << (cells[i].data
                                       ? QVariant(QString::fromUtf8(cells[i].data, cells[i].size))
                                       : QVariant());
                    sink.append(AuditQueries::rowFromValues(values).toJsonText(false).toUtf8() +
                                '\n');
                }
                ticker.tick(++rows);
            });
    }
    if (!result) {
        sink.discard();
        return result;
    }
    if (auto done = sink.commit(); !done)
        return done.error();
    return result;
}

Result<qint64> AuditExporter::writeQuery(QSqlDatabase &db, const QString &sql,
                                         const QVariantList &params, Format format,
                                         const QString &path, AuditCanceller *c,
                                         const Progress &progress)
{
    Sink sink(path);
    if (auto o = sink.open(); !o)
        return o.error();
    Result<qint64> result = qint64(0);
    const bool pg = Db::isPostgres(db);
    // The text goes inside "COPY (" … ")" or after "CURSOR FOR": it must not
    // be able to close what encloses it (and reach TO PROGRAM or a file).
    if (pg && !SqlText::isEnclosable(sql)) {
        sink.discard();
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("This query cannot be exported: it has an unclosed quote or "
                                  "comment, a semicolon, or a closing parenthesis it did not "
                                  "open. Nothing was exported."));
    }
    if (pg && params.isEmpty()) {
        const QString copy =
            format == Format::Csv
                ? QStringLiteral("COPY (") + sql +
                      QStringLiteral("\n) TO STDOUT (FORMAT csv, HEADER true)")
                : QStringLiteral("COPY (SELECT row_to_json(q)::text FROM (") + sql +
                      QStringLiteral("\n) AS q) TO STDOUT (FORMAT csv, QUOTE E'\\x01', DELIMITER "
                                     "E'\\x02')");
        result = inReadOnlyTransaction(
            db, c, [&] { return copyOut(db, copy, sink, format == Format::Csv, c, progress); });
    } else if (pg) {
        // COPY takes no parameters: a cursor, fetched in batches.
        result = inReadOnlyTransaction(db, c, [&]() -> Result<qint64> {
            if (auto d =
                    AuditSql::command(db,
                                      QStringLiteral("DECLARE ic_export NO SCROLL CURSOR FOR ") +
                                          AuditSql::forEngine(sql, Db::Engine::Postgres),
                                      params, c, false);
                !d)
                return d.error();
            qint64 rows = 0;
            Ticker ticker(progress);
            bool header = format == Format::Csv;
            for (;;) {
                auto batch = AuditSql::query(
                    db, QStringLiteral("FETCH FORWARD 10000 FROM ic_export"), {}, c);
                if (!batch)
                    return batch.error();
                if (header) {
                    QVariantList names;
                    for (const QString &name : std::as_const(batch->columns))
                        names << name;
                    sink.append(csvLine(names));
                    header = false;
                }
                for (const QVariantList &row : std::as_const(batch->rows)) {
                    sink.append(format == Format::Csv ? csvLine(row)
                                                      : jsonLine(batch->columns, row));
                    ticker.tick(++rows);
                }
                if (batch->rows.size() < 10000)
                    break;
            }
            return rows;
        });
    } else {
        if (auto p = AuditSql::prepareConnection(db); !p)
            return p.error();
        AuditCancelScope scope(c, db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString what = Tr::tr("The export failed. Nothing was saved.");
        if (!q.prepare(sql)) {
            result = AuditSql::statementError(q.lastError().text(), false, c, what);
        } else {
            for (const QVariant &p : params)
                q.addBindValue(p.typeId() == QMetaType::QDateTime
                                   ? QVariant(Db::sqliteTimeText(p.toDateTime()))
                                   : p);
            if (!q.exec()) {
                result = AuditSql::statementError(q.lastError().text(), false, c, what);
            } else {
                const QSqlRecord rec = q.record();
                QStringList columns;
                QVariantList names;
                for (int i = 0; i < rec.count(); ++i) {
                    columns << rec.fieldName(i);
                    names << rec.fieldName(i);
                }
                if (format == Format::Csv)
                    sink.append(csvLine(names));
                qint64 rows = 0;
                Ticker ticker(progress);
                while (q.next()) {
                    QVariantList values;
                    for (int i = 0; i < rec.count(); ++i)
                        values << q.value(i);
                    sink.append(format == Format::Csv ? csvLine(values)
                                                      : jsonLine(columns, values));
                    ticker.tick(++rows);
                }
                result = q.lastError().isValid() ? Result<qint64>(AuditSql::statementError(
                                                       q.lastError().text(), false, c, what))
                                                 : Result<qint64>(rows);
            }
        }
    }
    if (!result) {
        sink.discard();
        return result;
    }
    if (auto done = sink.commit(); !done)
        return done.error();
    return result;
}

} // namespace ic
