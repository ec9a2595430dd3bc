#include "models/playbooks/ChecklistChecks.h"

#include "models/core/TimeText.h"
#include "models/playbooks/ChecklistRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ChecklistRepository)
};

constexpr int MaxReason = 2000;
constexpr int MaxNote = 10000;

} // namespace

namespace ChecklistChecks {

bool hasNul(const QString &s)
{
    return s.contains(QChar(QChar::Null));
}

bool playbookHasNul(const Playbook &p)
{
    if (hasNul(p.name) || hasNul(p.sourceFile))
        return true;
    for (const PlaybookPhase &phase : p.phases) {
        if (hasNul(phase.name) || hasNul(phase.deadline.text))
            return true;
        for (const PlaybookStep &s : phase.steps) {
            if (hasNul(s.text) || hasNul(s.deadline.text) ||
                std::any_of(s.substeps.begin(), s.substeps.end(),
                            [](const PlaybookSubstep &x) { return hasNul(x.text); }))
                return true;
            for (const CodeBlock &c : s.code) {
                if (hasNul(c.text) || hasNul(c.language))
                    return true;
            }
        }
    }
    return false;
}

Result<void> checkMoment(const QDateTime &at, const QDateTime &detectedAt, const QString &message,
                         const QDateTime &nowUtc)
{
    if (!at.isValid())
        return success();
    if (at > nowUtc.addSecs(60)) {
        return Error::make(
            Error::Kind::InvalidInput,
            QString(message).arg(TimeText::local(at), Tr::tr("that is in the future.")));
    }
    if (detectedAt.isValid() && at < detectedAt) {
        return Error::make(Error::Kind::InvalidInput,
                           QString(message).arg(TimeText::local(at),
                                                Tr::tr("that is before the incident was detected "
                                                       "(%1); if it began earlier, correct its "
                                                       "detection time first.")
                                                    .arg(TimeText::local(detectedAt))));
    }
    return success();
}

} // namespace ChecklistChecks

Result<void> ChecklistRepository::validateReason(const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("Say why the step is skipped; the reason goes into the "
                                  "incident record. The step was not skipped."));
    }
    if (reason.size() > MaxReason) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The reason is longer than %1 characters; put the details in "
                                  "a note. The step was not skipped.")
                               .arg(MaxReason));
    }
    if (ChecklistChecks::hasNul(reason)) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The reason contains a NUL character (U+0000), which cannot "
                                  "be stored. The step was not skipped."));
    }
    return success();
}

Result<void> ChecklistRepository::validateNote(const QString &note)
{
    if (note.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The note is empty. Nothing was added."));
    if (note.size() > MaxNote) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The note is longer than %1 characters. Nothing was added; "
                                  "shorten it or split it.")
                               .arg(MaxNote));
    }
    if (ChecklistChecks::hasNul(note)) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The note contains a NUL character (U+0000), which cannot be "
                                  "stored. Nothing was added."));
    }
    return success();
}

} // namespace ic
