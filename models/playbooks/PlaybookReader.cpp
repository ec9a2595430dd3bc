// The runbook reader. Parsing is cmark-gfm's; this reads the structure the
// document gives itself:
//
//  - Playbooks: sections named "Playbook: …", "Runbook: …", "Scenario 1: …";
//    else the document (under its title heading, if it has one).
//  - Phases: the sections that hold the actions (a list of steps, a table
//    of steps, commands), whatever they are called and in any language, and
//    sections whose sub-headings are steps. A phase inside another section
//    carries that section's name ("Contain › Containment actions"). Known
//    phase names (containment, recovery…) only classify; they decide
//    nothing, except beside named playbooks, where the rest of the document
//    only gives phases under phase names.
//  - Steps: items of numbered (any numbering), bulleted and task lists,
//    rows of step tables, headings without lists below them ("### 1. Do
//    X"), and commented code blocks; sub-steps, code and time targets kept.
//  - Not steps: lists of links, definitions, examples, facts, signs,
//    roles; admonitions, HTML and other tables: kept as guidance. Every
//    block either becomes something or is reported with its line and why.
#include "models/playbooks/PlaybookReader.h"

#include "models/playbooks/PlaybookReaderDetail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace ic::PlaybookReader {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PlaybookReader)
};

} // namespace

namespace detail {

PlaybookFile Reader::run()
{
    m_file.sha256 = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex();
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        (void)QString(decoder(m_bytes));
        if (decoder.hasError()) {
            m_file.warnings.append({0, Tr::tr("The file is not valid UTF-8 text; characters "
                                              "that could not be read were replaced.")});
        }
    }
    m_front = Outline::stripFrontMatter(m_bytes);
    m_file.metadata = m_front.fields;
    if (m_front.lines > 0)
        keep(1, Tr::tr("front matter (lines 1–%1): %n field(s) kept as metadata", nullptr,
                       int(m_front.fields.size()))
                    .arg(m_front.lines));
    m_prepared = Outline::prepare(m_bytes);
    for (int line : std::as_const(m_prepared.templateLines))
        m_file.ignored.append(
            {line, Tr::tr("a line of template tags ({% … %}); template logic is not a step.")});
    m_doc = Markdown::parse(m_bytes);
    m_sections = Outline::build(m_doc);
    if (m_doc.cutOffLine > 0) {
        m_file.warnings.append(
            {m_doc.cutOffLine, Tr::tr("Lists or quotes nested deeper than %1 levels were not "
                                      "read from here on.")
                                   .arg(Markdown::Document::MaxDepth)});
    }
    classify();
    classifyBlocks();

    // Playbook roots: named playbook sections, and the document itself.
    QList<int> named;
    for (int i = 1; i < m_sections.size(); ++i) {
        if (m_info[i].playbook)
            named.append(i);
    }
    const int docRoot = rootOf(0);
    QList<std::pair<int, bool>> roots; // section, restricted
    roots.append({docRoot, !named.isEmpty()});
    for (int s : std::as_const(named))
        roots.append({s, false});

    QHash<int, int> playbookOf; // section -> index in m_file.playbooks
    QSet<int> insidePlaybooks;
    QSet<QString> names;
    for (const auto &[root, restricted] : std::as_const(roots)) {
        QList<PhasePlan> plans;
        visit(root, root, restricted, plans);
        if (restricted && !plans.isEmpty()) {
            // Beside named playbooks, phases of the document are siblings:
            // the largest group of them; a lone look-alike elsewhere
            // ("Lessons Learned" after the list) is not a phase unless it has
            // a step number or a deadline.
            QHash<int, int> perParent;
            for (const PhasePlan &p : std::as_const(plans))
                ++perParent[m_sections[p.section].parent];
            int mainParent = m_sections[plans.first().section].parent;
            for (const PhasePlan &p : std::as_const(plans)) {
                const int parent = m_sections[p.section].parent;
                if (perParent[parent] > perParent[mainParent])
                    mainParent = parent;
            }
            QList<PhasePlan> kept;
            for (const PhasePlan &p : std::as_const(plans)) {
                if (m_sections[p.section].parent == mainParent || m_info[p.section].phase.strong) {
                    kept.append(p);
                } else {
                    m_file.ignored.append({m_sections[p.section].line,
                                           Tr::tr("“%1” reads like a phase but is not among the "
                                                  "phases around it; not read as one.")
                                               .arg(m_sections[p.section].title)});
                }
            }
            plans = kept;
        }
        if (plans.isEmpty())
            continue;
        std::stable_sort(plans.begin(), plans.end(),
                         [this](const PhasePlan &a, const PhasePlan &b) {
                             return m_sections[a.section].line < m_sections[b.section].line;
                         });
        Playbook p;
        p.sourceFile = m_file.path;
        p.line = m_sections[root].line;
        p.endLine = m_sections[root].endLine;
        if (root == 0)
            p.name = m_front.title;
        else
            p.name =
                m_info[root].playbook.value_or(Outline::stripNumbering(m_sections[root].title));
        if (p.name.isEmpty())
            p.name = m_front.title;
        if (p.name.isEmpty()) {
            // "01-security_incident-response.md" → "Security incident response".
            QString base = QFileInfo(m_file.path).completeBaseName();
            base.replace(QLatin1Char('-'), QLatin1Char(' '))
                .replace(QLatin1Char('_'), QLatin1Char(' '));
            static const QRegularExpression number(QStringLiteral("^\\d+\\s+"));
            base.remove(number);
            base = base.simplified();
            if (!base.isEmpty())
                base[0] = base[0].toUpper();
            p.name = base.isEmpty() ? QFileInfo(m_file.path).completeBaseName() : base;
        }
        for (const PhasePlan &plan : std::as_const(plans)) {
            PlaybookPhase phase = buildPhase(plan, root, p);
            if (phase.steps.isEmpty()) {
                m_file.warnings.append(
                    {phase.line,
                     Tr::tr("The phase “%1” of “%2” has no steps.").arg(phase.name, p.name)});
                continue;
            }
            // A table with a phase column: its rows make the phases.
            const bool byColumn = std::all_of(
                phase.steps.cbegin(), phase.steps.cend(),
                [this](const PlaybookStep &s) { return m_phaseColumnLines.contains(s.line); });
            if (!byColumn) {
                p.phases.append(phase);
                continue;
            }
            QList<PlaybookPhase> parts;
            QStringList partGroups;
            for (PlaybookStep step : std::as_const(phase.steps)) {
                const QString group = step.group;
                step.group.clear();
                if (parts.isEmpty() || partGroups.constLast() != group) {
                    PlaybookPhase part;
                    const Outline::PhaseTitle t = Outline::phaseTitle(group);
                    const QString name = t.name.isEmpty() ? group : t.name;
                    // "Contain" rows in the section "Contain" are that phase.
                    const bool same =
                        name.compare(phase.name, Qt::CaseInsensitive) == 0 ||
                        phase.name.endsWith(QStringLiteral(" › ") + name, Qt::CaseInsensitive);
                    part.name = plan.section == root || same
                                    ? (same ? phase.name : name)
                                    : phase.name + QStringLiteral(" › ") + name;
                    part.deadline = t.deadline.text.isEmpty() ? phase.deadline : t.deadline;
                    part.line = step.line;
                    part.guidance = phase.guidance;
                    parts.append(part);
                    partGroups.append(group);
                }
                parts.last().steps.append(step);
            }
            p.phases += parts;
        }
        if (p.phases.isEmpty())
            continue;
        // Prose with a question or two in a list is reference text, not a
        // procedure: a procedure asks for actions.
        int strong = 0, total = 0;
        for (const PlaybookPhase &phase : std::as_const(p.phases)) {
            for (const PlaybookStep &s : phase.steps) {
                ++total;
                if (!s.code.isEmpty() || m_taskLines.contains(s.line) ||
                    (Outline::isActionText(s.text) && !s.text.trimmed().endsWith(QLatin1Char('?'))))
                    ++strong;
            }
        }
        int prose = 0;
        for (int sec : subtree(root, root == docRoot)) {
            for (const Block *b : m_sections[sec].blocks)
                prose += b->type == Block::Type::Paragraph && !m_used.contains(b) ? 1 : 0;
        }
        if (strong < 3 && prose >= 6 && prose >= 3 * qMax(1, total)) {
            m_file.ignored.append(
                {p.line, Tr::tr("“%1” reads as reference text: %n list item(s) among its prose, "
                                "none asking for an action; not made a playbook.",
                                nullptr, total)
                             .arg(p.name)});
            continue;
        }
        // Two playbooks of one file must not share a name: it is their key.
        const QString base = p.name;
        for (int n = 2; names.contains(p.name); ++n)
            p.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (p.name != base) {
            m_file.warnings.append(
                {p.line, Tr::tr("A second playbook is called “%1”; it is listed as “%2”.")
                             .arg(base, p.name)});
        }
        names.insert(p.name);
        playbookOf.insert(root, int(m_file.playbooks.size()));
        for (int s : subtree(root, root == docRoot))
            insidePlaybooks.insert(s);
        m_file.playbooks.append(p);
    }
    readIndicators(playbookOf);
    readSeverities();
    noteDeadlines();
    noteRest(insidePlaybooks);
    if (m_file.playbooks.isEmpty()) {
        m_file.kind = m_file.severities.isEmpty() ? PlaybookFile::Kind::Reference
                                                  : PlaybookFile::Kind::SeverityLevels;
        if (m_file.kind == PlaybookFile::Kind::SeverityLevels)
            m_file.warnings.append(
                {1, Tr::tr("No playbook was found: the document defines %n severity level(s) "
                           "and no steps to follow; the levels can be used as the workspace's.",
                           nullptr, int(m_file.severities.size()))});
        else
            m_file.warnings.append(
                {1, Tr::tr("No playbook was found: the document is not a procedure (no lists, "
                           "tables or headings of steps, no commands), so nothing was made a "
                           "checklist.")});
    }
    std::sort(m_file.ignored.begin(), m_file.ignored.end(),
              [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    std::stable_sort(m_file.kept.begin(), m_file.kept.end(),
                     [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    std::stable_sort(m_file.warnings.begin(), m_file.warnings.end(),
                     [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    return m_file;
}

// The document's playbook starts at its title heading when that heading
// holds everything ("# Ransomware" and its sections).
int Reader::rootOf(int root)
{
    const Section &doc = m_sections[root];
    int titles = 0, title = -1;
    for (int c : doc.children) {
        if (!m_sections[c].label) {
            ++titles;
            title = c;
        }
    }
    if (titles != 1 || m_sections[title].level != 1)
        return root;
    for (const Block *b : doc.blocks) {
        if (b->type == Block::Type::List || b->type == Block::Type::Table ||
            b->type == Block::Type::CodeBlock)
            return root;
    }
    return title;
}

QList<int> Reader::subtree(int section, bool skipOwnPlaybooks) const
{
    QList<int> out{section};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (int c : m_sections[out[i]].children) {
            if (skipOwnPlaybooks && m_info[c].playbook)
                continue;
            out.append(c);
        }
    }
    return out;
}

QString Reader::sectionName(int section) const
{
    return section == 0 ? Tr::tr("the top of the file")
                        : QStringLiteral("“%1”").arg(m_sections[section].title);
}

} // namespace detail

static QString tooLarge(const QString &path)
{
    return Tr::tr("%1 is larger than %2 MB, too large to be a playbook. Nothing was read from it.")
        .arg(path)
        .arg(MaxFileBytes / (1024 * 1024));
}

PlaybookFile read(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() > MaxFileBytes) {
        PlaybookFile f;
        f.path = path;
        f.errors.append(tooLarge(path));
        return f;
    }
    if (bytes.contains('\0')) {
        PlaybookFile f;
        f.path = path;
        f.errors.append(Tr::tr("%1 is not a text file (it contains NUL bytes). Nothing was read "
                               "from it; playbooks are Markdown text.")
                            .arg(path));
        return f;
    }
    return detail::Reader(bytes, path).run();
}

PlaybookFile readFile(const QString &path, QByteArray *content)
{
    auto fail = [&path](const QString &message) {
        PlaybookFile f;
        f.path = path;
        f.errors.append(message);
        return f;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Tr::tr("%1 does not exist. Nothing was read; check the path.").arg(path));
    if (info.isDir())
        return fail(Tr::tr("%1 is a folder, not a file. Nothing was read; name the Markdown "
                           "files in it.")
                        .arg(path));
    if (info.size() > MaxFileBytes)
        return fail(tooLarge(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Tr::tr("%1 could not be opened (%2). Nothing was read; check that you may "
                           "read it.")
                        .arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return fail(Tr::tr("%1 could not be read (%2). Nothing was read from it.")
                        .arg(path, file.errorString()));
    }
    if (content)
        *content = bytes;
    return read(bytes, path);
}

} // namespace ic::PlaybookReader
