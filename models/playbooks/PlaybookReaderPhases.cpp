// The runbook reader's phases: which sections are phases (their bold
// labels, their sub-headings read as steps), their names, and the steps
// each one holds.
#include "models/playbooks/PlaybookReaderDetail.h"

#include "models/playbooks/StepReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace ic::PlaybookReader::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PlaybookReader)
};

} // namespace

// Bold labels of a section that stand as phases: at least two of them
// named like phases ("**Containment:**", "**Eradication:**") with actions.
QList<int> Reader::phaseLabels(int section) const
{
    QList<int> out;
    for (int c : m_sections[section].children) {
        if (m_sections[c].label && m_info[c].phase.phase && !m_info[c].indicator &&
            m_info[c].actions)
            out.append(c);
    }
    return out.size() >= 2 ? out : QList<int>();
}

bool Reader::proseOnly(int section) const
{
    const Info &info = m_info[section];
    return !info.subtreeLists && !info.playbook && !info.indicator && !info.reference &&
           !info.templated && !info.severityBlock && !info.severity &&
           !(info.phase.phase && info.subtreeCode);
}

// Sub-headings that are steps: headings without lists below them.
QList<int> Reader::headingStepCandidates(int section) const
{
    QList<int> out;
    for (int c : m_sections[section].children) {
        // "Steps for the scribe" holds steps; it is not one.
        if (m_sections[c].label || !proseOnly(c) || m_info[c].phase.strong || m_info[c].steps)
            continue;
        out.append(c);
    }
    return out;
}

void Reader::visit(int section, int root, bool restricted, QList<PhasePlan> &plans)
{
    const Info &info = m_info[section];
    if (section != root && (info.playbook || info.indicator || info.severityBlock))
        return;
    const QList<int> labels = phaseLabels(section);
    for (int l : labels) {
        if (!restricted || m_info[l].phase.phase)
            plans.append({l, {}, true});
    }
    // What remains directly under the section, besides labels standing as phases.
    bool direct = false;
    if (labels.isEmpty()) {
        direct = info.actions;
    } else {
        for (const Block *b : m_sections[section].blocks) {
            if ((b->type == Block::Type::List && isActionKind(m_listKind.value(b))) ||
                (b->type == Block::Type::Table && m_stepTable.value(b)) ||
                (b->type == Block::Type::CodeBlock &&
                 b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) != 0))
                direct = true;
        }
    }
    const QList<int> candidates = headingStepCandidates(section);
    bool headingSteps = false;
    if (!candidates.isEmpty()) {
        // Sub-headings are steps when the section says so, is a phase by
        // name or content, or they read as steps themselves.
        headingSteps = direct || info.steps || (info.phase.phase && section != 0);
        for (int c : candidates) {
            const QString t = Outline::stripNumbering(m_sections[c].title);
            headingSteps = headingSteps || m_info[c].subtreeCode ||
                           (m_info[c].numbered && Outline::isActionText(t));
        }
    }
    bool isPhase = section == root ? direct : (direct || headingSteps);
    if (section == root && !direct && headingSteps && (info.steps || section == 0))
        isPhase = true;
    if (restricted && section != root)
        isPhase = isPhase && info.phase.phase;
    if (restricted && section == root)
        isPhase = false;
    if (isPhase) {
        PhasePlan plan;
        plan.section = section;
        if (headingSteps)
            plan.headingSteps = candidates;
        plans.append(plan);
    }
    for (int c : m_sections[section].children) {
        if (m_sections[c].label)
            continue;
        if (isPhase && headingSteps && candidates.contains(c))
            continue;
        visit(c, root, restricted, plans);
    }
}

QString Reader::phaseName(int section, int root) const
{
    if (section == root)
        return Tr::tr("Steps");
    const Outline::PhaseTitle &t = m_info[section].phase;
    QString name = t.name.isEmpty() ? Outline::stripNumbering(m_sections[section].title) : t.name;
    const int parent = m_sections[section].parent;
    if (!m_sections[section].label && parent > 0 && parent != root && !m_info[parent].container &&
        !m_info[parent].playbook) {
        const Outline::PhaseTitle &pt = m_info[parent].phase;
        const QString parentName =
            pt.name.isEmpty() ? Outline::stripNumbering(m_sections[parent].title) : pt.name;
        if (!parentName.isEmpty())
            name = parentName + QStringLiteral(" › ") + name;
    }
    return name;
}

// A heading with no list below it is a step of its own: its title the
// text, its commands the code, what it says the detail.
PlaybookStep Reader::headingStep(int section)
{
    PlaybookStep step;
    const Outline::PhaseTitle &t = m_info[section].phase;
    QString title = t.name.isEmpty() ? Outline::stripNumbering(m_sections[section].title) : t.name;
    step.text = StepReader::cleanText(Outline::fillBlanks(title, &step.blanks));
    step.deadline = t.deadline;
    step.line = m_sections[section].line;
    m_readAsSteps.insert(section);
    for (int s : subtree(section, true)) {
        if (s != section && !m_sections[s].label) {
            PlaybookSubstep sub;
            sub.text = Outline::stripNumbering(m_sections[s].title);
            sub.line = m_sections[s].line;
            sub.depth = 1;
            if (!sub.text.isEmpty())
                step.substeps.append(sub);
        }
        m_readAsSteps.insert(s);
        for (const Block *b : m_sections[s].blocks) {
            m_used.insert(b);
            switch (b->type) {
            case Block::Type::Paragraph:
                if (step.detail.isEmpty() && !b->codeOnly && b->text.size() > 1)
                    step.detail = shortText(b->text, 600);
                break;
            case Block::Type::CodeBlock:
                if (b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) == 0)
                    break;
                step.code.append(
                    CodeBlock::classify(b->literal, b->info, b->startLine + (b->fenced ? 1 : 0)));
                break;
            case Block::Type::List: {
                for (const Block &item : b->children) {
                    const PlaybookStep inner = StepReader::fromItem(item, m_used);
                    if (!inner.text.isEmpty()) {
                        PlaybookSubstep sub;
                        sub.text = inner.text;
                        sub.line = inner.line;
                        sub.depth = s == section ? 1 : 2;
                        step.substeps.append(sub);
                    }
                    step.code += inner.code;
                }
                break;
            }
            case Block::Type::Table:
                for (const QString &row : StepReader::tableTexts(*b)) {
                    PlaybookSubstep sub;
                    sub.text = row;
                    sub.line = b->startLine;
                    sub.depth = s == section ? 1 : 2;
                    step.substeps.append(sub);
                }
                break;
            default:
                break;
            }
        }
    }
    if (step.deadline.text.isEmpty())
        StepReader::readTimes(step, QString());
    return step;
}

PlaybookPhase Reader::buildPhase(const PhasePlan &plan, int root, Playbook &playbook)
{
    const int section = plan.section;
    PlaybookPhase phase;
    phase.name = plan.labelPhase
                     ? (m_info[section].phase.name.isEmpty() ? m_sections[section].title
                                                             : m_info[section].phase.name)
                     : phaseName(section, root);
    phase.line = m_sections[section].line;
    if (section != root)
        phase.deadline = m_info[section].phase.deadline;

    // The section's blocks and those of its labels (groups), in order.
    const QList<int> labelPhases = plan.labelPhase ? QList<int>() : phaseLabels(section);
    QList<std::pair<const Block *, int>> blocks;
    QList<int> parts{section};
    if (!plan.labelPhase) {
        for (int c : m_sections[section].children) {
            if (m_sections[c].label && !labelPhases.contains(c))
                parts.append(c);
        }
    }
    for (int s : std::as_const(parts)) {
        if (s != section && m_info[s].indicator) {
            for (const Block *b : m_sections[s].blocks) {
                if (b->type == Block::Type::List)
                    playbook.indicators += StepReader::listTexts(*b, m_used);
            }
            continue;
        }
        for (const Block *b : m_sections[s].blocks)
            blocks.append({b, s});
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) {
        return a.first->startLine < b.first->startLine;
    });

    // A task list (or a list under "Checklist:") is the checklist; other
    // lists beside it are advice.
    bool checklist = false;
    for (const auto &[b, s] : std::as_const(blocks)) {
        if (b->type != Block::Type::List)
            continue;
        const ListKind k = m_listKind.value(b);
        checklist = checklist || k == ListKind::Tasks ||
                    (isActionKind(k) && m_sections[s].label &&
                     Outline::labelRole(m_sections[s].title) == Role::Checklist);
    }

    QList<Entry> entries;
    QString caption;
    bool sawAction = false;
    int lastSection = -1;
    for (const auto &[b, s] : std::as_const(blocks)) {
        if (s != lastSection) {
            caption.clear();
            lastSection = s;
            // "During the first hour:" before the first action: the
            // phase's time target.
            if (s != section && !sawAction && phase.deadline.text.isEmpty()) {
                if (auto w = Deadline::findWindow(m_sections[s].title)) {
                    phase.deadline = *w;
                    keep(m_sections[s].line, Tr::tr("“%1”: the time target of the phase “%2”.")
                                                 .arg(w->text, phase.name));
                }
            }
        }
        const QString group = s == section ? QString() : StepReader::cleanText(m_sections[s].title);
        blockToPhase(b, s, group, phase, entries, playbook, checklist, caption, sawAction);
    }
    for (int c : plan.headingSteps) {
        PlaybookStep step = headingStep(c);
        entries.append({step.line, step});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.line < b.line; });
    for (const Entry &e : std::as_const(entries))
        phase.steps.append(e.step);
    return phase;
}

} // namespace ic::PlaybookReader::detail
