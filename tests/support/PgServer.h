#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ic::test {

// A private PostgreSQL server for one test program or benchmark: initdb into
// a temporary folder, listening on a Unix socket there and on a free
// loopback port. Runs as the `postgres` user when we are root (PostgreSQL
// refuses to run as root). Stopped and deleted on destruction.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Says exactly why when it cannot start (missing binaries, initdb or
    // pg_ctl output, the server log).
    Result<void> start();
    void stop();
    // Starts a stopped server again, same data, same port (outage tests).
    Result<void> resume();
    bool isRunning() const { return m_running; }

    QString socketDir() const;
    int port() const { return m_port; }
    static QString superuser() { return QStringLiteral("ic_test"); }

    // Superuser over the Unix socket (trust authentication).
    ConnectionSpec spec(const QString &database) const;
    // libpq connection string for the same (for CLI tools under test).
    QString conninfo(const QString &database) const;
    // A password-authenticated login over TCP on 127.0.0.1 (scram-sha-256).
    ConnectionSpec tcpSpec(const QString &database, const QString &user,
                           const QString &password) const;

    Result<void> createDatabase(const QString &name);
    Result<void> dropDatabase(const QString &name);
    Result<void> createLoginRole(const QString &name, const QString &password);
    // Runs statements as superuser in `database`.
    Result<void> execute(const QString &database, const QString &sql);

    static QString binDir(); // empty when PostgreSQL is not installed

    // A hot standby of this (running) server: pg_basebackup -R from it into
    // a new folder, with its own replication slot, started read-only on its
    // own port and socket, streaming from this server. Runs as the same
    // unprivileged user. `settings` are extra `-c name=value` options of the
    // standby (e.g. max_standby_streaming_delay=0). Stopping the standby
    // keeps its data; resume() starts it again as a standby.
    Result<std::unique_ptr<PgServer>> startStandby(const QStringList &settings = {});
    bool isStandby() const { return m_standby; }
    // Until `standby` has replayed everything this server wrote so far.
    Result<void> waitForReplay(PgServer &standby, int timeoutMs = 30000);

private:
    Result<QString> run(const QString &program, const QStringList &args, int timeoutMs = 60000);
    Result<void> prepareDir();
    Result<void> launch(bool keepPort);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
    bool m_standby = false;
    QString m_extraOptions; // " -c name=value..." of this server, kept for resume()
};

// Fails the current test with the reason when the server cannot start;
// these tests are never skipped silently.
#define IC_START_PG(server)                                                                        \
    do {                                                                                           \
        auto started_ = (server).start();                                                          \
        if (!started_)                                                                             \
            QFAIL(qPrintable(QStringLiteral("No private PostgreSQL for this test: ") +             \
                             started_.error().fullText()));                                        \
    } while (false)

} // namespace ic::test
