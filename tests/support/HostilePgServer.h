#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

namespace ic::test {

// A server that poses as PostgreSQL to see what a client sends it: it
// answers an SSL request with "no SSL", then asks for the password in clear
// text and records it. Runs on its own thread (libpq connects blocking, so
// it cannot share the test's thread). Listens on `address` (127.0.0.1 by
// default, "0.0.0.0" for every interface) on a free port.
class HostilePgServer
{
public:
    explicit HostilePgServer(const QString &address = QStringLiteral("127.0.0.1"));
    ~HostilePgServer();
    HostilePgServer(const HostilePgServer &) = delete;
    HostilePgServer &operator=(const HostilePgServer &) = delete;

    bool isListening() const { return m_fd >= 0; }
    int port() const { return m_port; }

    int connections() const { return m_connections.load(); }
    bool sawSslRequest() const { return m_sslRequests.load() > 0; }
    QByteArray user() const;
    QByteArray password() const; // what the client sent when asked, if anything

private:
    void serve();
    void talk(int client);

    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_sslRequests{0};
    mutable std::mutex m_mutex;
    QByteArray m_user, m_password;
    std::thread m_thread;
};

} // namespace ic::test
