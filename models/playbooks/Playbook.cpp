#include "models/playbooks/Playbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Playbook)
};

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue minutesOrNull(const Deadline &d)
{
    return d.minutes ? QJsonValue(*d.minutes) : QJsonValue(QJsonValue::Null);
}

QJsonArray notes(const QList<ImportNote> &list)
{
    QJsonArray a;
    for (const ImportNote &n : list)
        a.append(QJsonObject{{QStringLiteral("line"), n.line}, {QStringLiteral("text"), n.text}});
    return a;
}

QString deadlineText(const Deadline &d)
{
    if (d.text.isEmpty())
        return {};
    if (!d.minutes)
        return Tr::tr("“%1” (not understood: no due time)").arg(d.text);
    const QString described = Deadline::describe(*d.minutes);
    if (described.compare(d.text, Qt::CaseInsensitive) == 0)
        return d.text;
    return Tr::tr("%1 (%2)").arg(d.text, described);
}

} // namespace

QStringList PlaybookStep::substepTexts() const
{
    QStringList out;
    for (const PlaybookSubstep &s : substeps)
        out << QString(2 * qMax(0, s.depth - 1), QLatin1Char(' ')) + s.text;
    return out;
}

QString PlaybookFile::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Procedure:
        return QStringLiteral("procedure");
    case Kind::SeverityLevels:
        return QStringLiteral("severity_levels");
    case Kind::Reference:
        return QStringLiteral("reference");
    }
    return QStringLiteral("procedure");
}

int Playbook::stepCount() const
{
    int n = 0;
    for (const PlaybookPhase &p : phases)
        n += int(p.steps.size());
    return n;
}

int PlaybookFile::deadlineCount() const
{
    int n = 0;
    for (const Playbook &p : playbooks) {
        for (const PlaybookPhase &phase : p.phases) {
            n += phase.deadline.isKnown() ? 1 : 0;
            for (const PlaybookStep &s : phase.steps)
                n += s.deadline.isKnown() ? 1 : 0;
        }
    }
    return n;
}

QJsonObject toJson(const CodeBlock &code)
{
    QJsonArray placeholders;
    QSet<QString> seen;
    for (const CodePlaceholder &p : code.placeholders) {
        if (!seen.contains(p.text)) {
            seen.insert(p.text);
            placeholders.append(p.text);
        }
    }
    return QJsonObject{{QStringLiteral("kind"), CodeBlock::kindCode(code.kind)},
                       {QStringLiteral("language"), code.language},
                       {QStringLiteral("line"), code.line},
                       {QStringLiteral("text"), code.text},
                       {QStringLiteral("placeholders"), placeholders}};
}

namespace {

// Sub-steps as a tree: each with its own sub-steps, the way the list nests.
QJsonArray substepTree(const QList<PlaybookSubstep> &list, qsizetype &at, int depth)
{
    QJsonArray out;
    while (at < list.size() && list.at(at).depth >= depth) {
        const PlaybookSubstep &s = list.at(at);
        if (s.depth > depth) {
            // Deeper than expected right away: attach to a placeholder-free level.
            QJsonArray deeper = substepTree(list, at, s.depth);
            if (!out.isEmpty()) {
                QJsonObject last = out.last().toObject();
                QJsonArray existing = last.value(QStringLiteral("substeps")).toArray();
                for (const QJsonValue &v : std::as_const(deeper))
                    existing.append(v);
                last.insert(QStringLiteral("substeps"), existing);
                out.replace(out.size() - 1, last);
            } else {
                for (const QJsonValue &v : std::as_const(deeper))
                    out.append(v);
            }
            continue;
        }
        ++at;
        QJsonObject o{{QStringLiteral("text"), s.text}, {QStringLiteral("line"), s.line}};
        if (s.task)
            o.insert(QStringLiteral("task"), true);
        if (s.checkedInSource)
            o.insert(QStringLiteral("checked"), true);
        o.insert(QStringLiteral("substeps"), substepTree(list, at, depth + 1));
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject toJson(const Playbook &playbook)
{
    QJsonArray phases;
    for (const PlaybookPhase &phase : playbook.phases) {
        QJsonArray steps;
        for (const PlaybookStep &s : phase.steps) {
            QJsonArray code;
            for (const CodeBlock &c : s.code)
                code.append(toJson(c));
            qsizetype at = 0;
            QJsonObject step{{QStringLiteral("text"), s.text},
                             {QStringLiteral("line"), s.line},
                             {QStringLiteral("group"), textOrNull(s.group)},
                             {QStringLiteral("deadline_text"), textOrNull(s.deadline.text)},
                             {QStringLiteral("deadline_minutes"), minutesOrNull(s.deadline)},
                             {QStringLiteral("cadence_text"), textOrNull(s.cadence.text)},
                             {QStringLiteral("cadence_minutes"), minutesOrNull(s.cadence)},
                             {QStringLiteral("substeps"), substepTree(s.substeps, at, 1)},
                             {QStringLiteral("code"), code}};
            if (!s.detail.isEmpty())
                step.insert(QStringLiteral("detail"), s.detail);
            if (!s.blanks.isEmpty())
                step.insert(QStringLiteral("blanks"), QJsonArray::fromStringList(s.blanks));
            if (s.checkedInSource)
                step.insert(QStringLiteral("checked"), true);
            steps.append(step);
        }
        phases.append(
            QJsonObject{{QStringLiteral("name"), phase.name},
                        {QStringLiteral("line"), phase.line},
                        {QStringLiteral("deadline_text"), textOrNull(phase.deadline.text)},
                        {QStringLiteral("deadline_minutes"), minutesOrNull(phase.deadline)},
                        {QStringLiteral("goal"), textOrNull(phase.goal)},
                        {QStringLiteral("description"), textOrNull(phase.description)},
                        {QStringLiteral("guidance"), QJsonArray::fromStringList(phase.guidance)},
                        {QStringLiteral("steps"), steps}});
    }
    return QJsonObject{
        {QStringLiteral("name"), playbook.name},
        {QStringLiteral("line"), playbook.line},
        {QStringLiteral("indicators"), QJsonArray::fromStringList(playbook.indicators)},
        {QStringLiteral("guidance"), QJsonArray::fromStringList(playbook.guidance)},
        {QStringLiteral("phases"), phases}};
}

QJsonObject PlaybookFile::toJson() const
{
    QJsonArray books;
    for (const Playbook &p : playbooks)
        books.append(ic::toJson(p));
    QJsonArray levels;
    for (const SeverityEntry &s : severities) {
        levels.append(QJsonObject{{QStringLiteral("level"), s.level},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("line"), s.line},
                                  {QStringLiteral("response_text"), textOrNull(s.response.text)},
                                  {QStringLiteral("response_minutes"), minutesOrNull(s.response)}});
    }
    QJsonObject meta;
    for (const MetadataField &f : metadata)
        meta.insert(f.key, f.value);
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("kind"), kindCode(kind)},
                       {QStringLiteral("metadata"), meta},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("warnings"), notes(warnings)},
                       {QStringLiteral("kept"), notes(kept)},
                       {QStringLiteral("ignored"), notes(ignored)},
                       {QStringLiteral("severities"), levels},
                       {QStringLiteral("playbooks"), books}};
}

QString PlaybookFile::reportText() const
{
    QStringList out;
    out << path;
    for (const QString &e : errors)
        out << Tr::tr("  error: %1").arg(e);
    if (!ok())
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    int phaseCount = 0, stepCount = 0;
    for (const Playbook &p : playbooks) {
        phaseCount += int(p.phases.size());
        stepCount += p.stepCount();
    }
    switch (kind) {
    case Kind::Procedure:
        break;
    case Kind::SeverityLevels:
        out << Tr::tr("  not a procedure: the document defines severity levels; they can be "
                      "used as the workspace's levels.");
        break;
    case Kind::Reference:
        out << Tr::tr("  not a procedure: reference text with no steps to follow.");
        break;
    }
    out << Tr::tr("  %n playbook(s)", nullptr, int(playbooks.size())) + QStringLiteral(", ") +
               Tr::tr("%n phase(s)", nullptr, phaseCount) + QStringLiteral(", ") +
               Tr::tr("%n step(s)", nullptr, stepCount) + QStringLiteral(", ") +
               Tr::tr("%n deadline(s)", nullptr, deadlineCount());
    for (const MetadataField &f : metadata)
        out << Tr::tr("  metadata: %1 = %2").arg(f.key, f.value.left(120));
    for (const Playbook &p : playbooks) {
        out << Tr::tr("  line %1: playbook “%2”").arg(p.line).arg(p.name);
        if (!p.indicators.isEmpty())
            out << Tr::tr("    indicators: %1").arg(p.indicators.join(QStringLiteral("; ")));
        for (const PlaybookPhase &phase : p.phases) {
            QString head = Tr::tr("    line %1: phase “%2”").arg(phase.line).arg(phase.name);
            if (!phase.deadline.text.isEmpty())
                head += QStringLiteral(" — ") + deadlineText(phase.deadline);
            head += QStringLiteral(", ") + Tr::tr("%n step(s)", nullptr, int(phase.steps.size()));
            out << head;
            QString group;
            for (const PlaybookStep &s : phase.steps) {
                if (s.group != group) {
                    group = s.group;
                    if (!group.isEmpty())
                        out << Tr::tr("      under “%1”:").arg(group);
                }
                QString line = Tr::tr("      line %1: %2").arg(s.line).arg(s.text);
                if (!s.deadline.text.isEmpty())
                    line += QStringLiteral(" — ") + deadlineText(s.deadline);
                if (!s.cadence.text.isEmpty())
                    line += QStringLiteral(" — ") + Tr::tr("cadence: %1").arg(s.cadence.text);
                QStringList kinds;
                for (const CodeBlock &c : s.code)
                    kinds << CodeBlock::kindCode(c.kind);
                if (!kinds.isEmpty())
                    line +=
                        QStringLiteral(" [") + kinds.join(QStringLiteral(", ")) + QLatin1Char(']');
                if (!s.substeps.isEmpty())
                    line += QStringLiteral(" ") +
                            Tr::tr("(+%n sub-step(s))", nullptr, int(s.substeps.size()));
                if (!s.blanks.isEmpty())
                    line += QStringLiteral(" ") +
                            Tr::tr("(to fill in: %1)").arg(s.blanks.join(QStringLiteral(", ")));
                out << line;
            }
            if (!phase.guidance.isEmpty())
                out << Tr::tr("      guidance: %n note(s)", nullptr, int(phase.guidance.size()));
        }
    }
    if (!severities.isEmpty()) {
        QStringList levels;
        for (const SeverityEntry &s : severities) {
            const QString response = deadlineText(s.response);
            levels << (response.isEmpty()
                           ? QStringLiteral("%1 %2").arg(s.level, s.name).trimmed()
                           : QStringLiteral("%1 %2: %3").arg(s.level, s.name, response));
        }
        out << Tr::tr("  severity levels: %1").arg(levels.join(QStringLiteral("; ")));
    }
    for (const ImportNote &n : warnings)
        out << Tr::tr("  line %1: warning: %2").arg(n.line).arg(n.text);
    for (const ImportNote &n : kept)
        out << Tr::tr("  line %1: kept: %2").arg(n.line).arg(n.text);
    for (const ImportNote &n : ignored)
        out << Tr::tr("  line %1: ignored: %2").arg(n.line).arg(n.text);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ic
