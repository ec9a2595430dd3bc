#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace ic {

class SqlExecutor;

// How far an audit source on a hot standby is behind its primary, as the
// standby itself can tell (and, given the primary, in bytes of WAL).
//
// The lag is the age of the last transaction the standby replayed, but only
// while WAL it has received is still waiting to be replayed: when the
// primary is idle nothing new arrives and the standby is up to date, however
// old its last replayed transaction is. (Without the primary the standby
// cannot tell "idle" from "cut off"; where the session may see
// pg_stat_wal_receiver it says whether it is still streaming.)
struct ReplicationLag
{
    bool standby = false;      // pg_is_in_recovery(): a hot standby
    bool caughtUp = true;      // replayed all it received (and, known the primary, all it wrote)
    bool replayPaused = false; // pg_wal_replay_pause() was called on it
    int streaming = -1;        // 1 streaming from the primary, 0 not, -1 unknown (no privilege)
    qint64 lagMs = 0;          // how far the data is behind; -1 unknown
    qint64 bytesBehind = -1;   // primary's WAL position minus the replayed one; -1 unknown
    QDateTime lastReplayed;    // commit time of the last replayed transaction (UTC)

    // For the status line: "audit data 2.4 s behind the primary",
    // "audit data up to date with the primary", "audit data read from the primary".
    QString describe() const;
};

namespace Replication {

// One reading on the audit source's connection; `primaryLsn` (the primary's
// pg_current_wal_lsn() text, or empty) gives bytesBehind.
Result<ReplicationLag> read(QSqlDatabase &source, const QString &primaryLsn = {});
// The primary's WAL position now (pg_current_wal_lsn()).
Result<QString> primaryPosition(QSqlDatabase &primary);

} // namespace Replication

// Reads the replication lag of an audit source every few seconds on its own
// worker and connection (the UI thread never waits) and says when it
// changes and when it passes a threshold. For the status line "audit data
// 2.4 s behind the primary" and the lag warning.
class ReplicationMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 2000;
    static constexpr qint64 DefaultWarnAfterMs = 30'000;

    explicit ReplicationMonitor(const ConnectionSpec &source, QObject *parent = nullptr);
    ~ReplicationMonitor() override;

    // The platform's primary, to measure the lag in bytes and to tell an idle
    // primary from a standby that stopped receiving (optional).
    void setPrimary(const ConnectionSpec &primary);
    void setInterval(int ms);
    void setWarnAfter(qint64 ms) { m_warnAfterMs = ms; }
    void start();
    void stop();
    void refresh(); // one reading now

    const ReplicationLag &lag() const { return m_lag; }
    bool hasReading() const { return m_readings > 0; }
    bool isWarning() const { return m_warning; }

signals:
    void lagChanged(const ic::ReplicationLag &lag);
    // `message` says how far behind and what it means; empty when cleared.
    void warningChanged(bool warning, const QString &message);
    void failed(const ic::Error &error);

private:
    void readStandby(const QString &primaryLsn);
    void arrived(const ReplicationLag &lag);

    SqlExecutor *m_source;
    SqlExecutor *m_primary = nullptr;
    QTimer *m_timer;
    qint64 m_warnAfterMs = DefaultWarnAfterMs;
    ReplicationLag m_lag;
    int m_readings = 0;
    bool m_busy = false;
    bool m_warning = false;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::ReplicationLag)
