#include "HostilePgServer.h"

#include <QList>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ic::test {

namespace {

// Reads exactly n bytes, waiting at most 5 s in all.
bool readExactly(int fd, char *out, int n)
{
    int got = 0;
    for (int waited = 0; got < n && waited < 50;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) {
            ++waited;
            continue;
        }
        const ssize_t r = ::read(fd, out + got, size_t(n - got));
        if (r <= 0)
            return false;
        got += int(r);
    }
    return got == n;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    return ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
}

QByteArray int32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

} // namespace

HostilePgServer::HostilePgServer(const QString &address)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0)
        return;
    const int yes = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = 0;
    ::inet_pton(AF_INET, address.toLatin1().constData(), &a.sin_addr);
    socklen_t len = sizeof a;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 8) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { serve(); });
}

HostilePgServer::~HostilePgServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray HostilePgServer::user() const
{
    std::lock_guard lock(m_mutex);
    return m_user;
}

QByteArray HostilePgServer::password() const
{
    std::lock_guard lock(m_mutex);
    return m_password;
}

void HostilePgServer::serve()
{
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client < 0)
            continue;
        ++m_connections;
        talk(client);
        ::close(client);
    }
}

void HostilePgServer::talk(int client)
{
    // Startup packets: int32 length, int32 code, then key\0value\0 pairs.
    for (int round = 0; round < 3; ++round) {
        char head[8];
        if (!readExactly(client, head, 8))
            return;
        const quint32 length = qFromBigEndian<quint32>(head);
        const quint32 code = qFromBigEndian<quint32>(head + 4);
        if (length < 8 || length > 10000)
            return;
        QByteArray rest(int(length - 8), '\0');
        if (!rest.isEmpty() && !readExactly(client, rest.data(), int(rest.size())))
            return;
        if (code == 80877103 || code == 80877104) { // SSLRequest, GSSENCRequest
            if (code == 80877103)
                ++m_sslRequests;
            if (!writeAll(client, "N"))
                return;
            continue;
        }
        const QList<QByteArray> fields = rest.split('\0');
        for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
            if (fields.at(i) == "user") {
                std::lock_guard lock(m_mutex);
                m_user = fields.at(i + 1);
            }
        }
        // AuthenticationCleartextPassword.
        if (!writeAll(client, QByteArray("R") + int32(8) + int32(3)))
            return;
        char type = 0;
        char len[4];
        if (!readExactly(client, &type, 1) || type != 'p' || !readExactly(client, len, 4))
            return;
        const quint32 n = qFromBigEndian<quint32>(len);
        if (n < 4 || n > 10000)
            return;
        QByteArray password(int(n - 4), '\0');
        if (!readExactly(client, password.data(), int(password.size())))
            return;
        {
            std::lock_guard lock(m_mutex);
            m_password = password.left(password.indexOf('\0'));
        }
        // Then refuse, so the client stops.
        const QByteArray error =
            QByteArray("SFATAL") + '\0' + "C28P01" + '\0' + "Mrefused" + '\0' + '\0';
        writeAll(client, QByteArray("E") + int32(quint32(error.size() + 4)) + error);
        return;
    }
}

} // namespace ic::test
