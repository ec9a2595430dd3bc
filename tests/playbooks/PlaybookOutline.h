#pragma once

// A compact, exact picture of what the reader found, for comparing with
// what a test expects: one line per playbook and per phase.
//
//   # Token Compromise {4 indicators}
//   Containment @0: Revoke all tokens for affected user [admin_api]; ...
//
// A step shows "!N" for its own deadline in minutes ("!?" when the phrase
// is not understood), its code kinds in brackets and "+N" for sub-steps.

#include "models/playbooks/Playbook.h"

#include <QStringList>

namespace ic::test {

inline QString outlineStep(const PlaybookStep &s, bool texts)
{
    QString out = texts ? s.text : QString();
    if (!s.deadline.text.isEmpty())
        out += s.deadline.minutes ? QStringLiteral(" !%1").arg(*s.deadline.minutes)
                                  : QStringLiteral(" !?");
    if (!s.substeps.isEmpty())
        out += QStringLiteral(" +%1").arg(s.substeps.size());
    QStringList kinds;
    for (const CodeBlock &c : s.code)
        kinds << CodeBlock::kindCode(c.kind);
    if (!kinds.isEmpty())
        out += QStringLiteral(" [%1]").arg(kinds.join(QLatin1Char(',')));
    out = out.trimmed();
    return out.isEmpty() ? QStringLiteral("-") : out;
}

inline QString outline(const Playbook &p, bool texts = true)
{
    QStringList lines;
    QString head = QStringLiteral("# ") + p.name;
    if (!p.indicators.isEmpty())
        head += QStringLiteral(" {%1 indicators}").arg(p.indicators.size());
    lines << head;
    for (const PlaybookPhase &phase : p.phases) {
        QString line = phase.name + QStringLiteral(" @") +
                       (phase.deadline.text.isEmpty()
                            ? QStringLiteral("-")
                            : (phase.deadline.minutes ? QString::number(*phase.deadline.minutes)
                                                      : QStringLiteral("?")));
        QStringList steps;
        for (const PlaybookStep &s : phase.steps)
            steps << outlineStep(s, texts);
        lines << line + QStringLiteral(": ") + steps.join(QStringLiteral("; "));
    }
    return lines.join(QLatin1Char('\n'));
}

inline QString outline(const PlaybookFile &f, bool texts = true)
{
    QStringList out;
    for (const Playbook &p : f.playbooks)
        out << outline(p, texts);
    return out.join(QLatin1Char('\n'));
}

} // namespace ic::test
