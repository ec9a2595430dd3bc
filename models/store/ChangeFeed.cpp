#include "models/store/ChangeFeed.h"

#include "models/core/Logging.h"
#include "models/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace ic {

namespace {

// Lives on the feed's thread with the listening connection.
class Listener : public QObject
{
public:
    Listener(ConnectionSpec spec, int heartbeatMs, ChangeFeed *feed)
        : m_spec(std::move(spec)), m_heartbeatMs(heartbeatMs), m_feed(feed)
    {}

    void start()
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(m_heartbeatMs);
        QObject::connect(m_heartbeat, &QTimer::timeout, this, [this] { beat(); });
        connectNow();
    }

    void stop()
    {
        if (m_heartbeat)
            m_heartbeat->stop();
        closeConnection();
    }

private:
    // The feed outlives this listener: its destructor stops us first.
    void report(ChangeFeed::State state, bool resync = false)
    {
        QMetaObject::invokeMethod(m_feed, "stateReported", Qt::QueuedConnection,
                                  Q_ARG(int, int(state)), Q_ARG(bool, resync));
    }

    void connectNow()
    {
        m_name = QStringLiteral("ic-listener-%1").arg(quintptr(this));
        auto db = Db::open(m_spec, m_name);
        if (!db || !db->driver()->subscribeToNotification(QLatin1String(ChangeFeed::Channel))) {
            if (db) {
                db.value() = QSqlDatabase();
                Db::close(m_name);
            }
            scheduleRetry();
            return;
        }
        QObject::connect(
            db->driver(),
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            this, [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                deliver(payload.toString());
            });
        const bool wasLost = m_lost;
        m_lost = false;
        m_attempt = 0;
        m_heartbeat->start();
        report(ChangeFeed::State::Live, wasLost);
        qCInfo(lcStore) << "change feed live" << (wasLost ? "(resynchronising)" : "");
    }

    void deliver(const QString &payload)
    {
        const auto change = ChangeFeed::parsePayload(payload);
        if (!change)
            return;
        ChangeFeed *feed = m_feed;
        const StoreChange c = *change;
        QMetaObject::invokeMethod(
            feed, [feed, c] { emit feed->changed(c); }, Qt::QueuedConnection);
    }

    void beat()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        bool alive = Db::isAlive(db);
        if (alive) {
            QSqlQuery q(db);
            alive = q.exec(QStringLiteral("SELECT 1"));
        }
        if (alive)
            return;
        qCInfo(lcStore) << "change feed lost its connection; reconnecting";
        m_heartbeat->stop();
        closeConnection();
        m_lost = true;
        scheduleRetry();
    }

    void scheduleRetry()
    {
        // Backoff: 0.25 s, 0.5 s, 1 s, 2 s, then every 4 s; offline after ~10 s.
        ++m_attempt;
        report(m_attempt > 5 ? ChangeFeed::State::Offline : ChangeFeed::State::Reconnecting);
        m_lost = true;
        const int delay = qMin(4000, 250 << qMin(m_attempt - 1, 4));
        QTimer::singleShot(delay, this, [this] { connectNow(); });
    }

    void closeConnection()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen() && db.driver())
                db.driver()->unsubscribeFromNotification(QLatin1String(ChangeFeed::Channel));
        }
        Db::close(m_name);
    }

    ConnectionSpec m_spec;
    int m_heartbeatMs;
    ChangeFeed *m_feed;
    QTimer *m_heartbeat = nullptr;
    QString m_name;
    int m_attempt = 0;
    bool m_lost = false;
};

} // namespace

ChangeFeed::ChangeFeed(ConnectionSpec spec, int heartbeatMs, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_heartbeatMs(heartbeatMs)
{
    qRegisterMetaType<ic::StoreChange>();
    m_spec.purpose = QStringLiteral("listener");
    m_thread.setObjectName(QStringLiteral("change-feed"));
}

ChangeFeed::~ChangeFeed()
{
    if (m_worker) {
        auto *listener = static_cast<Listener *>(m_worker);
        QMetaObject::invokeMethod(
            m_worker, [listener] { listener->stop(); }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void ChangeFeed::start()
{
    if (m_worker)
        return;
    auto *listener = new Listener(m_spec, m_heartbeatMs, this);
    m_worker = listener;
    listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        listener, [listener] { listener->start(); }, Qt::QueuedConnection);
}

void ChangeFeed::stateReported(int state, bool resync)
{
    setState(State(state));
    if (resync)
        emit resyncNeeded();
}

void ChangeFeed::setState(State state)
{
    if (state != State::Live && (m_state == State::Live || m_state == State::Connecting) &&
        !m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();
    if (state == State::Live)
        m_offlineSince = {};
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ChangeFeed::stateText() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("Connecting…");
    case State::Live:
        return tr("Live");
    case State::Reconnecting:
        return tr("Reconnecting…");
    case State::Offline:
        return tr("Offline since %1")
            .arg(m_offlineSince.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    return {};
}

std::optional<StoreChange> ChangeFeed::parsePayload(const QString &payload)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError || !o.value(QStringLiteral("t")).isString())
        return std::nullopt;
    StoreChange c;
    c.table = o.value(QStringLiteral("t")).toString();
    c.operation = o.value(QStringLiteral("op")).toString();
    c.incidentId = o.value(QStringLiteral("i")).toString();
    c.version = o.value(QStringLiteral("v")).toString().toInt();
    // Anyone who may NOTIFY in the database can send this: only what our
    // triggers send is taken (an incident-store table, a row operation).
    static const QRegularExpression table(QStringLiteral("\\Aic_[a-z0-9_]{1,60}\\z"));
    static const QStringList operations{QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                        QStringLiteral("DELETE"), QStringLiteral("TRUNCATE")};
    if (!table.match(c.table).hasMatch() || !operations.contains(c.operation) ||
        c.incidentId.size() > 200)
        return std::nullopt;
    return c;
}

} // namespace ic
