#include "models/actions/IpTarget.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <array>

namespace ic::IpTarget {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};

Error refuse(const QString &why)
{
    return Error::make(Error::Kind::InvalidInput,
                       why + QLatin1Char(' ') + Tr::tr("Nothing was sent."));
}

// QHostAddress accepts inet_aton forms ("127.1", "0x7f.0.0.1", "010.0.0.1"):
// for a block list they are ambiguous, so IPv4 must be four plain decimals.
bool strictIpv4(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}$"));
    if (!re.match(s).hasMatch())
        return false;
    for (const QString &part : s.split(QLatin1Char('.'))) {
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool strictIpv6(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9A-Fa-f:.]+\\z"));
    return s.contains(QLatin1Char(':')) && re.match(s).hasMatch();
}

std::array<quint8, 16> bytesOf(const QHostAddress &a)
{
    std::array<quint8, 16> b{};
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = a.toIPv4Address();
        b[0] = quint8(v >> 24);
        b[1] = quint8(v >> 16);
        b[2] = quint8(v >> 8);
        b[3] = quint8(v);
    } else {
        const Q_IPV6ADDR v = a.toIPv6Address();
        for (int i = 0; i < 16; ++i)
            b[size_t(i)] = v[i];
    }
    return b;
}

bool hostBitsSet(const QHostAddress &a, int prefix)
{
    const auto b = bytesOf(a);
    const int bits = a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    for (int i = prefix; i < bits; ++i) {
        if (b[size_t(i / 8)] & (0x80 >> (i % 8)))
            return true;
    }
    return false;
}

QHostAddress networkOf(const QHostAddress &a, int prefix)
{
    auto b = bytesOf(a);
    const int bits = a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    for (int i = prefix; i < bits; ++i)
        b[size_t(i / 8)] &= quint8(~(0x80 >> (i % 8)));
    if (bits == 32)
        return QHostAddress(quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | b[3]);
    Q_IPV6ADDR v;
    for (int i = 0; i < 16; ++i)
        v[i] = b[size_t(i)];
    return QHostAddress(v);
}

} // namespace

Result<QString> normalize(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return refuse(Tr::tr("Enter an IP address (203.0.113.7) or a network in CIDR notation "
                             "(203.0.113.0/24)."));
    if (text.size() > 64)
        return refuse(
            Tr::tr("\"%1…\" is too long for an IP address or network.").arg(text.left(20)));

    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    const QString prefixText = slash < 0 ? QString() : text.mid(slash + 1);

    QHostAddress address;
    const bool v4 = strictIpv4(addressText);
    if (addressText.contains(QLatin1Char('%')))
        return refuse(Tr::tr("\"%1\" names a network interface zone; block the address without "
                             "the %-part.")
                          .arg(text));
    if (!(v4 || strictIpv6(addressText)) || !address.setAddress(addressText)) {
        return refuse(Tr::tr("\"%1\" is not an IP address. Enter an IPv4 address such as "
                             "203.0.113.7, an IPv6 address such as 2001:db8::7, or a network "
                             "such as 203.0.113.0/24.")
                          .arg(text.left(64)));
    }
    const int bits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    int prefix = bits;
    if (slash >= 0) {
        static const QRegularExpression digits(QStringLiteral("\\A(0|[1-9][0-9]{0,2})\\z"));
        if (!digits.match(prefixText).hasMatch() || prefixText.toInt() > bits) {
            return refuse(Tr::tr("\"/%1\" is not a network prefix: after the slash comes a "
                                 "number from 1 to %2.")
                              .arg(prefixText.left(10))
                              .arg(bits));
        }
        prefix = prefixText.toInt();
    }
    if (hostBitsSet(address, prefix)) {
        return refuse(Tr::tr("%1 has bits set after the first %2; did you mean %3/%2?")
                          .arg(text)
                          .arg(prefix)
                          .arg(networkOf(address, prefix).toString()));
    }
    // An IPv4-mapped IPv6 address is the IPv4 address: block that.
    bool mapped = false;
    const quint32 asV4 = address.toIPv4Address(&mapped);
    if (bits == 128 && mapped && prefix >= 96) {
        address = QHostAddress(asV4);
        prefix -= 96;
    }
    // After the mapping: "::/96" and "::ffff:0:0/96" are every IPv4 address.
    if (prefix == 0)
        return refuse(Tr::tr("%1 would block every address.").arg(text));
    if (address.isLoopback())
        return refuse(Tr::tr("%1 is a loopback address: blocking it would cut the platform off "
                             "from itself.")
                          .arg(text));
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6) {
        if (prefix == (address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128))
            return refuse(Tr::tr("%1 is the unspecified address, not a client.").arg(text));
    }
    if (address == QHostAddress::Broadcast)
        return refuse(Tr::tr("%1 is the broadcast address, not a client.").arg(text));

    const int full = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    QString canonical = address.toString();
    if (prefix != full)
        canonical += QLatin1Char('/') + QString::number(prefix);
    return canonical;
}

QString addressCountText(const QString &canonical)
{
    const qsizetype slash = canonical.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Tr::tr("1 address");
    const bool v6 = canonical.contains(QLatin1Char(':'));
    const int hostBits = (v6 ? 128 : 32) - canonical.mid(slash + 1).toInt();
    if (hostBits >= 64)
        return Tr::tr("2^%1 addresses").arg(hostBits);
    return Tr::tr("%L1 addresses").arg(quint64(1) << hostBits);
}

} // namespace ic::IpTarget
