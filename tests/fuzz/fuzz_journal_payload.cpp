// libFuzzer target: a kept offline edit as the journal file holds it
// (OfflineJournal::parsePayload, then what replay reads from it: a new
// incident, a patch, or a note). The file is on this workstation, but any
// program running as the user can write it.
#include "models/incidents/Incident.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/OfflineJournal.h"

#include <QDateTime>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto payload = ic::OfflineJournal::parsePayload(bytes);
    if (!payload) {
        if (payload.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    const QJsonObject &p = payload.value();
    // Replay reads each kind like this.
    const ic::NewIncident draft = ic::newIncidentFromJson(p);
    (void)ic::IncidentRepository::validate(draft);
    (void)ic::newIncidentToJson(draft);
    const ic::IncidentPatch patch = ic::patchFromJson(p.value(QStringLiteral("patch")).toObject());
    const ic::IncidentPatch merged = ic::mergePatches(patch, patch);
    (void)ic::patchToJson(merged);
    (void)p.value(QStringLiteral("base_version")).toInt();
    (void)QDateTime::fromString(p.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    // A patch survives its own round trip.
    if (ic::patchToJson(ic::patchFromJson(ic::patchToJson(patch))) != ic::patchToJson(patch))
        __builtin_trap();
    return 0;
}
