#include "models/audit/IpNetwork.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::IpNetwork)
};

Error bad(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

// Dotted-decimal IPv4 only: four parts, 0-255, no leading zeros (an old
// convention reads "010" as octal), nothing else.
bool parseV4(QStringView s, std::array<quint8, 16> &out)
{
    int part = 0;
    qsizetype i = 0;
    while (part < 4) {
        const qsizetype start = i;
        int value = 0;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9' && i - start < 3) {
            value = value * 10 + int(s[i].unicode() - u'0');
            ++i;
        }
        const qsizetype len = i - start;
        if (len == 0 || value > 255 || (len > 1 && s[start] == u'0'))
            return false;
        out[size_t(part)] = quint8(value);
        ++part;
        if (part < 4) {
            if (i >= s.size() || s[i] != u'.')
                return false;
            ++i;
        }
    }
    return i == s.size();
}

bool parseV6(QStringView s, std::array<quint8, 16> &out)
{
    if (!s.contains(u':') || s.contains(u'%') || s.contains(u'/'))
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') ||
                        (u >= u'A' && u <= u'F') || u == u':' || u == u'.';
        if (!ok)
            return false;
    }
    QHostAddress a;
    if (!a.setAddress(s.toString()) || a.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        out[size_t(i)] = v6[i];
    return true;
}

void clearHostBits(std::array<quint8, 16> &bytes, int prefix, int width)
{
    for (int bit = prefix; bit < width; ++bit)
        bytes[size_t(bit / 8)] &= quint8(~(0x80 >> (bit % 8)));
}

} // namespace

Result<IpNetwork> IpNetwork::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return bad(Tr::tr("Enter an IP address (203.0.113.7) or a network in CIDR form "
                          "(203.0.113.0/24)."));
    if (text.size() > 64)
        return bad(Tr::tr("This is too long to be an IP address or network."));
    IpNetwork n;
    const qsizetype slash = text.indexOf(u'/');
    const QStringView address = slash < 0 ? QStringView(text) : QStringView(text).left(slash);
    if (parseV4(address, n.m_bytes)) {
        n.m_family = Family::V4;
    } else if (parseV6(address, n.m_bytes)) {
        n.m_family = Family::V6;
    } else {
        return bad(Tr::tr("\"%1\" is not an IP address. Use dotted IPv4 (203.0.113.7, no leading "
                          "zeros) or IPv6 (2001:db8::1), optionally with /prefix.")
                       .arg(address.toString()));
    }
    const int width = n.m_family == Family::V4 ? 32 : 128;
    n.m_prefix = width;
    if (slash >= 0) {
        const QStringView p = QStringView(text).mid(slash + 1);
        bool ok = !p.isEmpty() && p.size() <= 3;
        for (QChar c : p)
            ok = ok && c.isDigit() && c.unicode() < 128;
        const int prefix = ok ? p.toInt() : -1;
        if (!ok || prefix < 0 || prefix > width || (p.size() > 1 && p[0] == u'0'))
            return bad(Tr::tr("The network prefix \"/%1\" is not valid; it must be a number from "
                              "0 to %2.")
                           .arg(p.toString())
                           .arg(width));
        n.m_prefix = prefix;
    }
    clearHostBits(n.m_bytes, n.m_prefix, width);
    return n;
}

std::optional<IpNetwork> IpNetwork::parseAddress(QStringView text)
{
    IpNetwork n;
    QStringView a = text.trimmed();
    const qsizetype slash = a.indexOf(u'/');
    QStringView prefix;
    if (slash >= 0) {
        prefix = a.mid(slash + 1);
        a = a.left(slash);
    }
    if (parseV4(a, n.m_bytes)) {
        n.m_family = Family::V4;
        n.m_prefix = 32;
    } else if (parseV6(a, n.m_bytes)) {
        n.m_family = Family::V6;
        n.m_prefix = 128;
    } else {
        return std::nullopt;
    }
    if (!prefix.isEmpty()) {
        // A stored inet may carry a prefix ("10.0.0.0/8"); as an address it
        // is the network, contained only by networks at least as wide.
        bool ok = false;
        const int p = prefix.toInt(&ok);
        if (!ok || p < 0 || p > n.m_prefix)
            return std::nullopt;
        n.m_prefix = p;
        clearHostBits(n.m_bytes, p, n.m_family == Family::V4 ? 32 : 128);
    }
    return n;
}

bool IpNetwork::contains(const IpNetwork &address) const
{
    if (address.m_family != m_family || address.m_prefix < m_prefix)
        return false;
    for (int bit = 0; bit < m_prefix; ++bit) {
        const quint8 mask = quint8(0x80 >> (bit % 8));
        if ((m_bytes[size_t(bit / 8)] & mask) != (address.m_bytes[size_t(bit / 8)] & mask))
            return false;
    }
    return true;
}

QString IpNetwork::text() const
{
    QString a;
    if (m_family == Family::V4) {
        a = QStringLiteral("%1.%2.%3.%4")
                .arg(m_bytes[0])
                .arg(m_bytes[1])
                .arg(m_bytes[2])
                .arg(m_bytes[3]);
    } else {
        Q_IPV6ADDR v6;
        for (int i = 0; i < 16; ++i)
            v6[i] = m_bytes[size_t(i)];
        a = QHostAddress(v6).toString();
    }
    return isHost() ? a : a + QLatin1Char('/') + QString::number(m_prefix);
}

QString IpNetwork::ipv4TextPrefix() const
{
    if (m_family != Family::V4 || m_prefix < 8)
        return {};
    QString out;
    for (int octet = 0; octet < m_prefix / 8 && octet < 3; ++octet)
        out += QString::number(m_bytes[size_t(octet)]) + QLatin1Char('.');
    return out;
}

} // namespace ic
