#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace ic::test {

// A TCP relay in front of a PostgreSQL server that can lose an answer: once
// armed, it drops the connection instead of passing on the server's
// CommandComplete for the next COMMIT. The server has committed; the client
// only sees the connection break ("the acknowledgement was lost"). Relays on
// its own thread (libpq talks blocking). Point a ConnectionSpec at
// 127.0.0.1:port() with sslmode disable.
class AckDropProxy
{
public:
    explicit AckDropProxy(int serverPort);
    ~AckDropProxy();
    AckDropProxy(const AckDropProxy &) = delete;
    AckDropProxy &operator=(const AckDropProxy &) = delete;

    bool isListening() const { return m_fd >= 0; }
    int port() const { return m_port; }
    void armCommitLoss() { m_armed = true; }
    int commitsLost() const { return m_lost.load(); }

private:
    void serve();
    void relay(int client);

    int m_serverPort;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_armed{false};
    std::atomic<int> m_lost{0};
    std::thread m_thread;
};

} // namespace ic::test
