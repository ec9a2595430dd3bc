// The runbook reader's notes: deadlines that are not understood, and every
// block not read into a playbook, said with its line and why.
#include "models/playbooks/PlaybookReaderDetail.h"

#include "models/playbooks/StepReader.h"

#include <QCoreApplication>

namespace ic::PlaybookReader::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PlaybookReader)
};

} // namespace

void Reader::noteDeadlines()
{
    for (const Playbook &p : std::as_const(m_file.playbooks)) {
        for (const PlaybookPhase &phase : p.phases) {
            if (!phase.deadline.text.isEmpty() && !phase.deadline.isKnown())
                m_file.warnings.append({phase.line, Tr::tr("The deadline “%1” is not understood; "
                                                           "it is kept as text, with no due time.")
                                                        .arg(phase.deadline.text)});
            for (const PlaybookStep &s : phase.steps) {
                if (!s.deadline.text.isEmpty() && !s.deadline.isKnown())
                    m_file.warnings.append({s.line, Tr::tr("The deadline “%1” is not understood; "
                                                           "it is kept as text, with no due time.")
                                                        .arg(s.deadline.text)});
            }
        }
    }
}

// Everything not read into a playbook: said with its line and why.
void Reader::noteRest(const QSet<int> &insidePlaybooks)
{
    // Headings named like phases with no steps under them.
    QSet<int> phaseLines;
    for (const Playbook &p : std::as_const(m_file.playbooks)) {
        for (const PlaybookPhase &phase : p.phases)
            phaseLines.insert(phase.line);
    }
    for (int s = 1; s < m_sections.size(); ++s) {
        if (m_info[s].phase.phase && !m_sections[s].label &&
            !phaseLines.contains(m_sections[s].line) && !m_readAsSteps.contains(s) &&
            !m_info[s].subtreeLists && !m_info[s].subtreeCode) {
            m_file.ignored.append(
                {m_sections[s].line, Tr::tr("“%1” is named like a phase but has no steps under "
                                            "it; not read as one.")
                                         .arg(m_sections[s].title)});
        }
    }
    for (int s = 0; s < m_sections.size(); ++s) {
        int prose = 0, proseLine = 0, proseEnd = 0;
        for (const Block *b : m_sections[s].blocks) {
            if (m_used.contains(b))
                continue;
            const QString where = sectionName(s);
            const bool inside = insidePlaybooks.contains(s);
            QString what;
            switch (b->type) {
            case Block::Type::List: {
                const ListKind k = m_listKind.value(b);
                if (k == ListKind::Indicators && inside) {
                    // Signs outside the phases ("Activation"): the
                    // indicators of the playbook they are in.
                    Playbook *owner = nullptr;
                    for (Playbook &p : m_file.playbooks) {
                        if (p.line <= b->startLine && (p.endLine == 0 || b->startLine <= p.endLine))
                            owner = &p;
                    }
                    if (owner) {
                        owner->indicators += StepReader::listTexts(*b, m_used);
                        keep(b->startLine, Tr::tr("a list of signs in %1, read as the indicators "
                                                  "of the playbook “%2”.")
                                               .arg(where, owner->name));
                        continue;
                    }
                }
                what = k == ListKind::Tasks ? Tr::tr("a task list") : listKindText(k);
                if (k == ListKind::Steps || k == ListKind::Tasks)
                    what = k == ListKind::Tasks ? Tr::tr("a task list") : Tr::tr("a list");
                break;
            }
            case Block::Type::Table:
                what = Tr::tr("a table");
                break;
            case Block::Type::CodeBlock:
                what = b->info.isEmpty()
                           ? Tr::tr("a code block")
                           : Tr::tr("a %1 code block").arg(b->info.section(QLatin1Char(' '), 0, 0));
                break;
            case Block::Type::BlockQuote: {
                QStringList texts;
                for (const Block &c : b->children)
                    texts << c.text;
                const QString text = texts.join(QLatin1Char(' ')).simplified();
                if (s == 0 || !inside) {
                    if (!text.isEmpty())
                        m_fileGuidance.append(text);
                    keep(b->startLine, Tr::tr("a note (“%1”), kept as guidance of the file's "
                                              "playbooks.")
                                           .arg(shortText(text)));
                } else {
                    keep(b->startLine, Tr::tr("a note in %1 (“%2”), outside any phase; kept "
                                              "as the playbook's guidance.")
                                           .arg(where, shortText(text)));
                    if (!text.isEmpty())
                        m_fileGuidance.append(text);
                }
                continue;
            }
            case Block::Type::HtmlBlock: {
                const QString text = Markdown::htmlText(b->html);
                if (text.isEmpty()) {
                    m_file.ignored.append({b->startLine, Tr::tr("HTML without text in %1 (an "
                                                                "anchor, comment or image).")
                                                             .arg(where)});
                } else {
                    m_fileGuidance.append(shortText(text, 600));
                    keep(
                        b->startLine,
                        Tr::tr("HTML in %1 (“%2”), kept as guidance.").arg(where, shortText(text)));
                }
                continue;
            }
            case Block::Type::Paragraph:
                if (m_readAsSteps.contains(s))
                    continue;
                if (b->codeOnly) {
                    m_file.ignored.append(
                        {b->startLine, Tr::tr("a placeholder in %1 (“%2”), not a step.")
                                           .arg(where, shortText(b->text))});
                    continue;
                }
                if (prose == 0)
                    proseLine = b->startLine;
                proseEnd = b->endLine;
                ++prose;
                continue;
            default:
                continue;
            }
            m_file.ignored.append(
                {b->startLine, inside
                                   ? Tr::tr("%1 in %2, not part of any phase.").arg(what, where)
                                   : Tr::tr("%1 in %2, outside any playbook.").arg(what, where)});
        }
        if (prose > 0)
            keep(proseLine, Tr::tr("lines %1–%2: %n paragraph(s) of prose in %3, read as "
                                   "explanation, not as steps.",
                                   nullptr, prose)
                                .arg(proseLine)
                                .arg(proseEnd)
                                .arg(sectionName(s)));
    }
    // Notes found after the playbooks were built go to all of them.
    if (!m_fileGuidance.isEmpty()) {
        for (Playbook &p : m_file.playbooks) {
            for (const QString &g : std::as_const(m_fileGuidance)) {
                if (!p.guidance.contains(g))
                    p.guidance.append(g);
            }
        }
    }
}

} // namespace ic::PlaybookReader::detail
