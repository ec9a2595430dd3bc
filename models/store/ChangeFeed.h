#pragma once

#include "models/store/ConnectionProfile.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <optional>

namespace ic {

// What changed in the incident store, as announced by the database.
struct StoreChange
{
    QString table;      // "ic_incidents", "ic_incident_events", ...
    QString operation;  // INSERT, UPDATE, DELETE
    QString incidentId; // empty for workspace-wide tables
    int version = 0;    // the incident's row version, when the table has one
};

// Team mode's live feed: a dedicated PostgreSQL connection on its own thread
// LISTENs on ic_changes. Qt's driver does not notice a dead connection and
// notifications sent while disconnected are lost, so a heartbeat checks the
// connection; on failure it reconnects with backoff, subscribes again and
// asks for a full resynchronisation.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Live, Reconnecting, Offline };
    Q_ENUM(State)

    static constexpr auto Channel = "ic_changes";

    // `heartbeatMs`: how often the connection is checked (tests use less).
    explicit ChangeFeed(ConnectionSpec spec, int heartbeatMs = 2000, QObject *parent = nullptr);
    ~ChangeFeed() override;

    void start();
    State state() const { return m_state; }
    // When the feed last lost the database (valid while not Live).
    QDateTime offlineSince() const { return m_offlineSince; }
    // "Live", "Reconnecting…", "Offline since 14:05".
    QString stateText() const;

    static std::optional<StoreChange> parsePayload(const QString &payload);

signals:
    void changed(const ic::StoreChange &change);
    // Reconnected after a loss: changes may have been missed; reload everything.
    void resyncNeeded();
    void stateChanged(ic::ChangeFeed::State state);

private:
    // Called (queued, by name) from the listener's thread.
    Q_INVOKABLE void stateReported(int state, bool resync);
    void setState(State state);

    ConnectionSpec m_spec;
    int m_heartbeatMs;
    QThread m_thread;
    QObject *m_worker = nullptr;
    State m_state = State::Connecting;
    QDateTime m_offlineSince;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::StoreChange)
