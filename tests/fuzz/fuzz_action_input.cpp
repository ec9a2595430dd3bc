// libFuzzer target: what a commander types or a workspace holds for an
// action: subjects (ids, IPs and CIDR networks), reasons, the admin API
// address, the public-key pin and the private CA.
#include "models/actions/ActionKind.h"
#include "models/actions/ActionSettings.h"
#include "models/actions/IpTarget.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {
void mustSayWhy(const ic::Error &e)
{
    if (e.message.isEmpty())
        __builtin_trap(); // every refusal says why
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (ic::SubjectType s : {ic::SubjectType::User, ic::SubjectType::Tenant,
                              ic::SubjectType::ApiKey, ic::SubjectType::Ip}) {
        const auto r = ic::Actions::validateTarget(s, text);
        if (!r) {
            mustSayWhy(r.error());
            continue;
        }
        if (r->isEmpty() || (s != ic::SubjectType::Ip && r->contains(QLatin1Char('/'))))
            __builtin_trap(); // an id never carries a path separator into a URL
        if (s == ic::SubjectType::Ip) {
            // Canonical is a fixed point, and describable.
            const auto again = ic::IpTarget::normalize(r.value());
            if (!again || again.value() != r.value())
                __builtin_trap();
            if (ic::IpTarget::addressCountText(r.value()).isEmpty())
                __builtin_trap();
        } else if (r->size() > ic::Actions::MaxIdLength) {
            __builtin_trap();
        }
    }
    if (const auto reason = ic::Actions::validateReason(text); !reason)
        mustSayWhy(reason.error());
    if (const auto url = ic::ActionSettings::checkBaseUrl(text); url) {
        const QString scheme = url->scheme();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            __builtin_trap();
        if (!url->userInfo().isEmpty() || url->hasQuery())
            __builtin_trap();
    } else {
        mustSayWhy(url.error());
    }
    if (const auto pin = ic::ActionSettings::parsePin(text); pin) {
        if (!pin->isEmpty() && pin->size() != 32)
            __builtin_trap();
    } else {
        mustSayWhy(pin.error());
    }
    if (const auto token = ic::ActionSettings::checkToken(text); token) {
        if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
            __builtin_trap(); // never a header break-out
    }
    (void)ic::ActionSettings::parseCa(text);
    return 0;
}
