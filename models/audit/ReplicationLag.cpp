#include "models/audit/ReplicationLag.h"

#include "models/audit/AuditLogging.h"
#include "models/audit/AuditRow.h"
#include "models/audit/AuditSql.h"
#include "models/store/SqlExecutor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ReplicationLag)
};

bool isTrue(const QVariant &v)
{
    return v.toString() == QLatin1String("t") || v.toString() == QLatin1String("true");
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms < 100'000 ? 1 : 0);
}

} // namespace

QString ReplicationLag::describe() const
{
    if (!standby)
        return Tr::tr("audit data read from the primary");
    if (streaming == 0)
        return lagMs >= 0 ? Tr::tr("audit data %1 s behind the primary; the standby is not "
                                   "receiving from it")
                                .arg(seconds(lagMs))
                          : Tr::tr("the standby is not receiving from the primary");
    if (caughtUp)
        return Tr::tr("audit data up to date with the primary");
    if (lagMs < 0)
        return Tr::tr("audit data behind the primary (by how much is not known yet)");
    return Tr::tr("audit data %1 s behind the primary").arg(seconds(lagMs));
}

namespace Replication {

Result<QString> primaryPosition(QSqlDatabase &primary)
{
    auto r = AuditSql::query(primary, QStringLiteral("SELECT pg_current_wal_lsn()::text"));
    if (!r)
        return r.error();
    return r->rows.value(0).value(0).toString();
}

Result<ReplicationLag> read(QSqlDatabase &db, const QString &primaryLsn)
{
    ReplicationLag out;
    if (!Db::isPostgres(db))
        return out; // an embedded workspace is its own primary
    // Every function here may be called by any login; pg_stat_wal_receiver
    // shows its status only to privileged roles (NULL otherwise).
    auto r = AuditSql::query(
        db,
        QStringLiteral(
            "SELECT pg_is_in_recovery(), "
            "COALESCE(pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn(), true), "
            "CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END, "
            "pg_last_xact_replay_timestamp()::text, "
            "CAST(floor(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) "
            "* 1000) AS bigint), "
            "(SELECT status FROM pg_stat_wal_receiver LIMIT 1), "
            "EXISTS (SELECT 1 FROM pg_stat_wal_receiver), "
            "CASE WHEN CAST(? AS text) = '' THEN NULL ELSE "
            "CAST(pg_wal_lsn_diff(CAST(NULLIF(CAST(? AS text), '') AS pg_lsn), "
            "pg_last_wal_replay_lsn()) AS bigint) END"),
        {primaryLsn, primaryLsn});
    if (!r)
        return r.error();
    const QVariantList v = r->rows.value(0);
    out.standby = isTrue(v.value(0));
    if (!out.standby)
        return out;
    const bool replayedAllReceived = isTrue(v.value(1));
    out.replayPaused = isTrue(v.value(2));
    if (!v.value(3).isNull())
        out.lastReplayed =
            QDateTime::fromMSecsSinceEpoch(AuditTime::parseMs(v.value(3).toString()), Qt::UTC);
    const qint64 age = v.value(4).isNull() ? -1 : qMax<qint64>(0, v.value(4).toLongLong());
    if (!v.value(5).isNull())
        out.streaming = v.value(5).toString() == QLatin1String("streaming") ? 1 : 0;
    else if (!isTrue(v.value(6)))
        out.streaming = 0; // no WAL receiver at all: the standby is cut off
    if (!v.value(7).isNull())
        out.bytesBehind = qMax<qint64>(0, v.value(7).toLongLong());
    out.caughtUp = replayedAllReceived && out.bytesBehind <= 0 && out.streaming != 0;
    // Idle primary: nothing waits to be replayed, so nothing is missing,
    // however old the last replayed transaction is.
    out.lagMs = out.caughtUp ? 0 : age;
    return out;
}

} // namespace Replication

ReplicationMonitor::ReplicationMonitor(const ConnectionSpec &source, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ic::ReplicationLag>();
    qRegisterMetaType<ic::Error>();
    ConnectionSpec spec = source;
    spec.readOnly = source.kind == ConnectionProfile::Kind::Postgres;
    spec.purpose = QStringLiteral("replication-lag");
    m_source = new SqlExecutor(spec, QStringLiteral("audit-lag"), this);
    m_timer = new QTimer(this);
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReplicationMonitor::refresh);
}

ReplicationMonitor::~ReplicationMonitor()
{
    // A reading is short; the window does not wait for it either way.
    m_source->retire();
    if (m_primary)
        m_primary->retire();
}

void ReplicationMonitor::setPrimary(const ConnectionSpec &primary)
{
    if (m_primary)
        m_primary->retire();
    ConnectionSpec spec = primary;
    spec.readOnly = true;
    spec.purpose = QStringLiteral("replication-lag");
    m_primary = new SqlExecutor(spec, QStringLiteral("audit-lag-primary"), this);
}

void ReplicationMonitor::setInterval(int ms)
{
    m_timer->setInterval(qMax(100, ms));
}

void ReplicationMonitor::start()
{
    refresh();
    m_timer->start();
}

void ReplicationMonitor::stop()
{
    m_timer->stop();
}

void ReplicationMonitor::refresh()
{
    if (m_busy)
        return; // the last reading is still on its way (a slow or restarting server)
    m_busy = true;
    if (!m_primary) {
        readStandby({});
        return;
    }
    // The primary's position first, then the standby's against it: the
    // difference can only overstate the lag, never hide it.
    m_primary->run<QString>([](QSqlDatabase &db) { return Replication::primaryPosition(db); }, this,
                            [this](Result<QString> r) {
                                if (!r)
                                    qCInfo(lcAudit) << "primary's WAL position unavailable:"
                                                    << r.error().fullText();
                                readStandby(r ? r.value() : QString());
                            });
}

void ReplicationMonitor::readStandby(const QString &primaryLsn)
{
    m_source->run<ReplicationLag>(
        [primaryLsn](QSqlDatabase &db) { return Replication::read(db, primaryLsn); }, this,
        [this](Result<ReplicationLag> r) {
            m_busy = false;
            if (!r) {
                emit failed(r.error());
                return;
            }
            arrived(r.value());
        });
}

void ReplicationMonitor::arrived(const ReplicationLag &lag)
{
    m_lag = lag;
    ++m_readings;
    emit lagChanged(m_lag);
    const bool warning =
        lag.standby && (lag.streaming == 0 || (lag.lagMs >= 0 && lag.lagMs > m_warnAfterMs));
    if (warning == m_warning)
        return;
    m_warning = warning;
    emit warningChanged(
        warning, warning ? tr("The audit data is older than the primary's: %1. Events of the last "
                              "moments may be missing; the limit for this warning is %2 s.")
                               .arg(lag.describe(), seconds(m_warnAfterMs))
                         : QString());
}

} // namespace ic
