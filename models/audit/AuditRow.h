#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ic {

// A position in the keyset order (timestamp, id). `time` is the database's
// own text for the timestamp (PostgreSQL keeps microseconds, which a
// QDateTime would lose), so seeking from a key never skips a row.
struct AuditKey
{
    QString time;
    qint64 id = 0;

    bool isValid() const { return !time.isEmpty(); }
    bool operator==(const AuditKey &) const = default;
};

// One row of the platform's audit_logs table, as shown and exported.
struct AuditRow
{
    qint64 id = 0;
    QString time;      // the stored timestamp text (UTC), exact
    qint64 timeMs = 0; // the same in ms since the epoch, for display and time mapping
    QString timeText;  // local time for the table, made on the worker thread
    QString event;
    QString userId;
    QString tenantId;
    QString apiKeyId;
    QString ip;
    QString query;
    QString metadata; // JSON text as stored

    AuditKey key() const { return {time, id}; }
    // Every column; metadata as a JSON object (or its text if it is not one).
    QJsonObject toJson() const;
    QString toJsonText(bool indented = true) const;
    QString prettyMetadata() const;
};

namespace AuditTime {

// Milliseconds since the epoch from the text either engine stores:
// "YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]|Z]". 0 when it is not a time.
qint64 parseMs(QStringView text);
// The same in microseconds (PostgreSQL's precision); nullopt when it is not a time.
std::optional<qint64> parseUs(QStringView text);
// ISO 8601 in UTC with the stored precision: "2026-11-22T21:10:05.123456Z".
QString iso(QStringView text);
// Local time for tables: "2026-11-22 22:10:05.123".
QString localText(qint64 ms);
// The zone the table shows, e.g. "CET (UTC+01:00)".
QString localZoneLabel();

} // namespace AuditTime
} // namespace ic

Q_DECLARE_METATYPE(ic::AuditRow)
