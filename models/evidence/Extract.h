#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace ic {

// A file written while hashing it, buffered, so big exports stay cheap.
class HashedFile
{
public:
    explicit HashedFile(QString path);
    ~HashedFile();
    Result<void> open();
    void write(QByteArrayView bytes);
    Result<void> close(); // flushes; the hash and size are final afterwards
    QString sha256() const { return m_sha256; }
    qint64 bytes() const { return m_bytes; }
    QString path() const { return m_path; }

private:
    Result<void> flush();
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    QString m_sha256;
    qint64 m_bytes = 0;
};

struct ExtractResult
{
    qint64 rows = 0;
    QStringList columns;
    QString jsonlSha256, csvSha256;
    qint64 jsonlBytes = 0, csvBytes = 0;
};

// Runs a read-only query and streams its rows into a JSON Lines file and a
// CSV file, hashing as it writes. Memory stays bounded whatever the row
// count: PostgreSQL rows come through a server-side cursor (libpq), SQLite
// rows one by one. `progress` may return false to cancel (the files are
// then removed). JSON Lines hold values exactly as stored; in the CSV a cell a
// spreadsheet would run (= + - @ tab CR) starts with ' (Csv::appendField).
// SQLite: the text must be one statement SQLite judges read-only, and it runs
// on a read-only connection of its own; PostgreSQL: in a READ ONLY transaction.
namespace Extract {

Result<ExtractResult> write(QSqlDatabase &db, const QString &sql, const QVariantList &params,
                            const QString &jsonlPath, const QString &csvPath,
                            const std::function<bool(qint64 rows)> &progress = {});

// Appends `utf8` as a JSON string literal (quotes and escapes).
void appendJsonString(QByteArray &out, QByteArrayView utf8);
// Appends `utf8` as one CSV field (RFC 4180 quoting when needed, formula-like
// cells neutralised).
void appendCsvField(QByteArray &out, QByteArrayView utf8);

} // namespace Extract
} // namespace ic
