#pragma once

#include "models/core/Result.h"

#include <QString>

namespace ic::IpTarget {

// Parses an IP address or CIDR network to block, strictly: dotted-quad IPv4
// without leading zeros, IPv6 without a zone, a prefix of plain digits and
// no host bits under the mask (10.1.2.3/8 is refused: did you mean
// 10.0.0.0/8?). Refuses what would block the platform itself or everyone:
// loopback, unspecified, /0. Returns the canonical text ("203.0.113.7",
// "2001:db8::/32") or a message saying what is wrong and that nothing was sent.
Result<QString> normalize(const QString &text);

// Number of addresses in a canonical target, for the preview ("256
// addresses"); saturates at 2^64 for large IPv6 networks.
QString addressCountText(const QString &canonical);

} // namespace ic::IpTarget
