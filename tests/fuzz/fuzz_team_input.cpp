// libFuzzer target: what the team layer reads from outside: the server's
// error text it turns into a message (Team::explain), lists the server sends
// as JSON (Team::listFromJson), and role names typed on the command line
// (Team::parseRoles).
#include "models/team/TeamAccess.h"
#include "models/team/TeamMembers.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ic::Error fallback = ic::Error::make(
        ic::Error::Kind::General, QStringLiteral("A database statement failed."), text);
    const ic::Error e = ic::Team::explain(fallback);
    if (e.message.trimmed().isEmpty())
        __builtin_trap(); // a person always reads something
    (void)ic::Team::listFromJson(QVariant(text));
    const auto roles = ic::Team::parseRoles(text.split(QLatin1Char('\n')));
    if (roles) {
        for (const QString &r : roles.value()) {
            if (!ic::Team::roleNames().contains(r))
                __builtin_trap(); // only known roles get through
        }
    } else if (roles.error().message.isEmpty()) {
        __builtin_trap(); // every refusal says why
    }
    return 0;
}
