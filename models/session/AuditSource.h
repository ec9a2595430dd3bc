#pragma once

#include "models/audit/ReplicationLag.h"
#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ic {

class SecretStore;

// Where an open workspace's audit logs are read: the profile's separate
// audit database if it names one, else the workspace database itself. The
// one place that knows its password: this session's, else the keychain's,
// else the person types it (in whichever view asks first) and it is kept in
// the keychain, or for this session only when the keychain cannot take it.
// A password the database refused is forgotten and asked for again.
class AuditSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Locating, Ready, NeedsPassword };
    Q_ENUM(State)

    AuditSource(ConnectionProfile profile, ConnectionSpec store, SecretStore *secrets,
                QObject *parent = nullptr);
    // The platform's primary named in the action settings, where SQL
    // containment writes when the audit source is a hot standby: the same
    // password flow (session, keychain, typed), a connection that may write,
    // no replication watch.
    static AuditSource *forPrimary(const PgEndpoint &primary, SecretStore *secrets,
                                   QObject *parent = nullptr);
    bool isPrimary() const { return m_writes; }

    // The connection for `password` (a separate database) or the workspace's
    // own (read-only on PostgreSQL, the same file for SQLite).
    static ConnectionSpec specFor(const ConnectionProfile &profile, const ConnectionSpec &store,
                                  const QString &password = {});

    bool isSeparate() const { return m_profile.auditSource.has_value(); }
    // Recorded with what is read there: "workspace", or the database's URI.
    QString name() const;
    QString secretKey() const;

    State state() const { return m_state; }
    // Once ready: where to read.
    std::optional<ConnectionSpec> spec() const { return m_spec; }
    // While it needs a password: why (the keychain's problem, a refusal).
    QString problem() const { return m_problem; }
    // A separate PostgreSQL audit source, once ready: how far it is behind
    // its primary when it is a hot standby, read every few seconds on its
    // own connection. Null otherwise.
    ReplicationMonitor *replication() const { return m_replication; }

    // Looks for the password (this session's, else the keychain's); answers
    // with ready() or passwordNeeded(). Nothing to do once ready.
    void locate();
    // Looks again for one caller, without changing the state (an export
    // asks afresh each time): the connection, or why there is none.
    void find(std::function<void(const Result<ConnectionSpec> &)> done);
    // Typed by the person: kept in the keychain (else for this session
    // only), then ready().
    void providePassword(const QString &password);
    // The database refused the password: forgotten for this session, and
    // asked for again.
    void refused(const ic::Error &error);

signals:
    // `typed`: the person just entered it (what waited for it runs now).
    void ready(const ic::ConnectionSpec &spec, bool typed);
    void passwordNeeded(const QString &problem);
    void replicationChanged(ic::ReplicationMonitor *monitor);

private:
    void setReady(const QString &password, bool typed);
    void setNeedsPassword(const QString &problem);
    void watchReplication();
    static ConnectionSpec specOf(const ConnectionProfile &profile, const ConnectionSpec &store,
                                 bool writes, const QString &password);

    ConnectionProfile m_profile;
    ConnectionSpec m_store;
    SecretStore *m_secrets;
    State m_state = State::Unknown;
    std::optional<ConnectionSpec> m_spec;
    QString m_problem;
    ReplicationMonitor *m_replication = nullptr;
    bool m_writes = false; // the platform primary (forPrimary)
};

} // namespace ic
