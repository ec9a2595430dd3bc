#include "Extract.h"

#include "core/Sha256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

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

struct HashedFile::Private
{
    QFile file;
    Sha256 hash;
    QByteArray buffer;
};

HashedFile::HashedFile(QString path) : d(std::make_unique<Private>()), m_path(std::move(path))
{
    d->file.setFileName(m_path);
    d->buffer.reserve(FlushAt + 65536);
}

HashedFile::~HashedFile() = default;

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
    if (d->buffer.isEmpty())
        return success();
    d->hash.add(d->buffer);
    m_bytes += d->buffer.size();
    const qint64 written = d->file.write(d->buffer);
    d->buffer.clear();
    if (written < 0)
        return Error::make(Error::Kind::General,
                           Tr::tr("Writing %1 failed (%2).")
                               .arg(QDir::toNativeSeparators(m_path), d->file.errorString()));
    return success();
}

Result<void> HashedFile::close()
{
    auto f = flush();
    m_sha256 = d->hash.hex();
    if (!d->file.flush() || d->file.error() != QFileDevice::NoError) {
        f = Error::make(Error::Kind::General, Tr::tr("Writing %1 failed (%2).")
                                                  .arg(QDir::toNativeSeparators(m_path),
                                                       d->file.errorString()));
    }
    d->file.close();
    return f;
}

namespace Extract {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char *hex = "0123456789abcdef";
    out += '"';
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
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
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendCsvField(QByteArray &out, QByteArrayView utf8)
{
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

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
            if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double) {
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
    const QByteArray declare = "DECLARE ic_extract NO SCROLL CURSOR FOR " + Db::toPgPlaceholders(sql);
    PGresult *res = PQexecParams(conn, declare.constData(), int(pointers.size()), nullptr,
                                 pointers.constData(), nullptr, nullptr, 0);
    const bool declared = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!declared)
        return fail(Tr::tr("The extract's query failed. Nothing was exported."));

    ExtractResult r;
    const QByteArray fetch = "FETCH FORWARD " + QByteArray::number(FetchRows) + " FROM ic_extract";
    QList<Oid> types;
    for (;;) {
        res = PQexec(conn, fetch.constData());
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            PQclear(res);
            return fail(Tr::tr("Reading the extract failed. Nothing was exported."));
        }
        if (r.columns.isEmpty()) {
            for (int c = 0; c < PQnfields(res); ++c) {
                r.columns << QString::fromUtf8(PQfname(res, c));
                types << PQftype(res, c);
            }
            w.header(r.columns);
        }
        const int n = PQntuples(res);
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
                if (PQgetisnull(res, row, c)) {
                    w.line += "null";
                    continue;
                }
                const QByteArrayView text(PQgetvalue(res, row, c), PQgetlength(res, row, c));
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
        PQclear(res);
        r.rows += n;
        if (progress && !progress(r.rows)) {
            run("ROLLBACK");
            return Error::make(Error::Kind::Cancelled, Tr::tr("The export was cancelled."));
        }
        if (n < FetchRows)
            break;
    }
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
                 : Result<ExtractResult>(Error::make(Error::Kind::Unreachable,
                                                     Tr::tr("No PostgreSQL connection.")));
    } else {
        r = writeSqlite(db, sql, params, w, progress);
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
