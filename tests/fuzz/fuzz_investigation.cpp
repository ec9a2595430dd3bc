// libFuzzer target: a saved investigation as stored in the workspace
// (Investigations::fromStored: a JSON definition anyone with write access to
// the workspace may have written), then prepared for both engines with
// values for its parameters, as a click on it does.
#include "models/audit/Investigation.h"

#include <QDateTime>
#include <QMap>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the stored kind; the rest is the definition.
    const QString kind = (data[0] & 1) ? QStringLiteral("sql") : QStringLiteral("filter");
    const QByteArray definition(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ic::Investigation inv = ic::Investigations::fromStored(
        QStringLiteral("id"), QStringLiteral("Saved"), kind, definition, QStringLiteral("alex"));
    QMap<QString, QString> values;
    for (const ic::InvestigationParam &p : inv.params)
        values.insert(p.name, QStringLiteral("usr_1"));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    for (const ic::Db::Engine engine : {ic::Db::Engine::Sqlite, ic::Db::Engine::Postgres}) {
        QString missing;
        auto prepared = ic::Investigations::prepare(inv, values, engine, now, &missing);
        if (!prepared && prepared.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        (void)ic::Investigations::prepare(inv, {}, engine, now, &missing);
    }
    (void)ic::Investigations::defaultsFrom(inv, nullptr);
    return 0;
}
