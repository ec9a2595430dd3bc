#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace ic {

// Streams rows into one table at a time: prepared inserts on SQLite, COPY on
// PostgreSQL (QPSQL has no COPY; we use libpq on the driver's handle).
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    virtual Result<void> begin(const char *table, const QList<const char *> &columns) = 0;
    virtual void text(QByteArrayView utf8) = 0;
    virtual void null() = 0;
    virtual void integer(qint64 value) = 0;
    virtual void time(qint64 msSinceEpochUtc) = 0;
    virtual Result<void> endRow() = 0;
    virtual Result<void> end() = 0;

    void textOrNull(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            null();
        else
            text(utf8);
    }

    static std::unique_ptr<TableWriter> create(QSqlDatabase &db);
};

// "YYYY-MM-DD HH:MM:SS.mmm" in UTC, without allocating QDateTime.
void appendUtcTime(QByteArray &out, qint64 msSinceEpochUtc);

} // namespace ic
