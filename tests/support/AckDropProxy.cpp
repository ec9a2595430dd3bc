#include "AckDropProxy.h"

#include <QByteArray>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ic::test {

AckDropProxy::AckDropProxy(int serverPort) : m_serverPort(serverPort)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0)
        return;
    const int yes = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 16) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { serve(); });
}

AckDropProxy::~AckDropProxy()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

void AckDropProxy::serve()
{
    // One connection at a time is all the tests need; each is relayed until
    // either side closes, then the next is accepted.
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client >= 0)
            relay(client);
    }
}

void AckDropProxy::relay(int client)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(m_serverPort));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (server < 0 || ::connect(server, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(client);
        if (server >= 0)
            ::close(server);
        return;
    }
    QByteArray fromServer; // not yet passed on: parsed message by message
    bool open = true;
    while (open && !m_stop) {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, 50) <= 0)
            continue;
        char buffer[65536];
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n <= 0 || ::write(server, buffer, size_t(n)) != n)
                open = false;
        }
        if (open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::read(server, buffer, sizeof buffer);
            if (n <= 0) {
                open = false;
                break;
            }
            fromServer.append(buffer, int(n));
            // Server messages: a type byte, then an int32 length (itself included).
            qsizetype passed = 0;
            while (fromServer.size() - passed >= 5) {
                const quint32 length = qFromBigEndian<quint32>(fromServer.constData() + passed + 1);
                if (fromServer.size() - passed < qsizetype(length) + 1)
                    break;
                const char type = fromServer.at(passed);
                if (m_armed && type == 'C' &&
                    QByteArray(fromServer.constData() + passed + 5, 6) == "COMMIT") {
                    // The server committed; the client never hears of it.
                    m_armed = false;
                    ++m_lost;
                    if (passed > 0)
                        (void)::write(client, fromServer.constData(), size_t(passed));
                    open = false;
                    fromServer.clear();
                    break;
                }
                passed += qsizetype(length) + 1;
            }
            if (!open)
                break;
            if (passed > 0) {
                if (::write(client, fromServer.constData(), size_t(passed)) != passed)
                    open = false;
                fromServer.remove(0, passed);
            }
        }
    }
    ::shutdown(client, SHUT_RDWR);
    ::close(client);
    ::close(server);
}

} // namespace ic::test
