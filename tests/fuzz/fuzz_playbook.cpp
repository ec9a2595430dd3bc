// libFuzzer target: Markdown runbooks (PlaybookReader::read, the import
// report and JSON, the preview HTML, and the actions a step offers).
#include "models/playbooks/Markdown.h"
#include "models/playbooks/PlaybookReader.h"
#include "models/playbooks/StepActions.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Real runbooks are small; larger inputs only slow the search down.
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ic::PlaybookFile file = ic::PlaybookReader::read(bytes, QStringLiteral("fuzz.md"));
    if (!file.ok() && file.errors.first().isEmpty())
        __builtin_trap(); // every refusal says why
    (void)QJsonDocument(file.toJson()).toJson();
    (void)file.reportText();
    (void)ic::Markdown::toHtml(bytes);

    ic::Incident incident;
    incident.ref = QStringLiteral("INC-2026-001");
    incident.affectedUsers = {QStringLiteral("u-1"), QStringLiteral("u-2")};
    incident.affectedTenants = {QStringLiteral("t-1")};
    for (const ic::Playbook &p : file.playbooks) {
        if (p.name.isEmpty() || p.phases.isEmpty())
            __builtin_trap(); // a playbook always has a name and a phase
        for (const ic::PlaybookPhase &phase : p.phases) {
            for (const ic::PlaybookStep &s : phase.steps) {
                for (const ic::CodeBlock &c : s.code) {
                    for (const ic::CodePlaceholder &ph : c.placeholders) {
                        // Placeholders point at their own text in the code.
                        if (ph.offset < 0 || ph.offset + ph.length > c.text.size() ||
                            c.text.mid(ph.offset, ph.length) != ph.text)
                            __builtin_trap();
                    }
                    (void)ic::StepActions::forCode(c, s.text, incident);
                }
            }
        }
    }
    return 0;
}
