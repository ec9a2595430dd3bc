#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace ic {

// An IP address or CIDR network typed into the audit filter, parsed
// strictly (what PostgreSQL's inet accepts, minus the ambiguous forms), and
// the matching rule the SQLite workspace uses in place of inet <<=.
class IpNetwork
{
public:
    enum class Family { V4, V6 };

    // "10.1.2.3", "10.0.0.0/8", "2001:db8::/32". Host bits under the mask are
    // allowed and cleared, as inet <<= does. The error says what is wrong.
    static Result<IpNetwork> parse(const QString &text);
    // Lenient parse of a stored address (no prefix allowed beyond /32, /128).
    static std::optional<IpNetwork> parseAddress(QStringView text);

    Family family() const { return m_family; }
    int prefix() const { return m_prefix; }
    bool isHost() const { return m_prefix == (m_family == Family::V4 ? 32 : 128); }
    bool contains(const IpNetwork &address) const;
    // Canonical text: "10.0.0.0/8", or the bare address for a single host.
    QString text() const;

    // For a SQLite index range on IPv4 text: the dotted prefix every address
    // in this network starts with ("10." for /8, "10.1." for /16), or empty
    // when the prefix is shorter than 8 bits or the family is IPv6.
    QString ipv4TextPrefix() const;

private:
    Family m_family = Family::V4;
    int m_prefix = 32;
    std::array<quint8, 16> m_bytes{};
};

} // namespace ic
