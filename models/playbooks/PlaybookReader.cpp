#include "models/playbooks/PlaybookReader.h"

#include "models/playbooks/Markdown.h"
#include "models/playbooks/Outline.h"
#include "models/playbooks/StepReader.h"

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

using Markdown::Block;
using Outline::Role;
using Outline::Section;

class Reader
{
public:
    Reader(QByteArray bytes, QString path) : m_bytes(std::move(bytes))
    {
        m_file.path = std::move(path);
    }

    PlaybookFile run();

private:
    struct Info
    {
        std::optional<QString> playbook;
        std::optional<std::pair<QString, QString>> severity;
        bool indicator = false;
        bool container = false;
        Outline::PhaseTitle phase;
    };
    struct Entry // a step found in a phase, in document order
    {
        int line = 0;
        PlaybookStep step;
    };

    void classify();
    QList<std::pair<int, QList<int>>> findPhases();
    bool hasStepContent(int section) const;
    QList<int> subtree(int section, bool skipOwnPlaybooks) const;
    Role roleOf(int section, int phaseSection) const;

    // `withSubsections` false: only the blocks directly under the heading.
    PlaybookPhase buildPhase(int section, const QString &name, const Deadline &deadline,
                             QStringList &indicators, bool withSubsections = true);
    QList<PlaybookPhase> weakPhases(int owner, QStringList &indicators);
    PlaybookStep itemStep(const Block &item) { return StepReader::fromItem(item, m_used); }
    QStringList listTexts(const Block &list) { return StepReader::listTexts(list, m_used); }
    auto tableSteps(const Block &table) { return StepReader::fromTable(table, m_used); }

    void readIndicators(QHash<int, int> &playbookOf);
    void readSeverities();
    void noteIgnored(const QSet<int> &insidePlaybooks);
    void noteDeadlines();
    QString sectionName(int section) const;

    QByteArray m_bytes;
    PlaybookFile m_file;
    Outline::FrontMatter m_front;
    Markdown::Document m_doc;
    QList<Section> m_sections;
    QList<Info> m_info;
    QSet<const Block *> m_used;
};

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
    m_doc = Markdown::parse(m_bytes);
    m_sections = Outline::build(m_doc);
    if (m_doc.cutOffLine > 0) {
        m_file.warnings.append(
            {m_doc.cutOffLine, Tr::tr("Lists or quotes nested deeper than %1 levels were not "
                                      "read from here on.")
                                   .arg(Markdown::Document::MaxDepth)});
    }
    classify();

    QHash<int, int> playbookOf; // section -> index in m_file.playbooks
    QSet<int> insidePlaybooks;
    QList<std::pair<int, QList<int>>> owners = findPhases();

    // Playbook sections that name themselves but have no phase headings:
    // their lists and code are the steps.
    QSet<int> owning;
    for (const auto &o : std::as_const(owners))
        owning.insert(o.first);
    for (int i = 1; i < m_sections.size(); ++i) {
        if (m_info[i].playbook && !owning.contains(i) && hasStepContent(i))
            owners.append({i, QList<int>()});
    }
    std::sort(owners.begin(), owners.end(), [this](const auto &a, const auto &b) {
        return m_sections[a.first].line < m_sections[b.first].line;
    });

    // Nothing that looks like a playbook: a file of numbered or task lists is
    // one checklist.
    if (owners.isEmpty() && hasStepContent(0)) {
        bool ordered = false;
        for (const Section &s : std::as_const(m_sections)) {
            for (const Block *b : s.blocks) {
                if (b->type == Block::Type::List &&
                    (b->ordered || std::any_of(b->children.begin(), b->children.end(),
                                               [](const Block &i) { return i.task; })))
                    ordered = true;
                if (b->type == Block::Type::Table && !b->children.isEmpty()) {
                    for (const Block &cell : b->children.first().children)
                        ordered =
                            ordered || Outline::columnKind(cell.text) == Outline::Column::Step;
                }
            }
        }
        if (ordered) {
            // Descend through a lone title heading ("# Ransomware") to the
            // section whose parts are the phases.
            int owner = 0;
            for (;;) {
                bool direct = false;
                for (const Block *b : m_sections[owner].blocks)
                    direct =
                        direct || b->type == Block::Type::List || b->type == Block::Type::Table;
                QList<int> withSteps;
                for (int c : m_sections[owner].children) {
                    if (!m_sections[c].label && hasStepContent(c))
                        withSteps.append(c);
                }
                if (direct || withSteps.size() != 1)
                    break;
                owner = withSteps.first();
            }
            owners.append({owner, QList<int>()});
            m_file.warnings.append(
                {m_sections[owner].line,
                 Tr::tr("No “Playbook: …” or phase headings were found; %1 was read as one "
                        "playbook.")
                     .arg(owner == 0 ? Tr::tr("the whole file")
                                     : QStringLiteral("“%1”").arg(m_sections[owner].title))});
        }
    }

    QSet<QString> names;
    for (const auto &[owner, phaseSections] : std::as_const(owners)) {
        Playbook p;
        p.sourceFile = m_file.path;
        p.line = m_sections[owner].line;
        p.endLine = m_sections[owner].endLine;
        p.name =
            owner == 0
                ? m_front.title
                : m_info[owner].playbook.value_or(Outline::stripNumbering(m_sections[owner].title));
        if (p.name.isEmpty())
            p.name = QFileInfo(m_file.path).completeBaseName();
        if (phaseSections.isEmpty()) {
            p.phases = weakPhases(owner, p.indicators);
        } else {
            for (int s : phaseSections) {
                const Outline::PhaseTitle &t = m_info[s].phase;
                p.phases.append(buildPhase(s, t.name, t.deadline, p.indicators));
            }
        }
        if (p.phases.isEmpty())
            continue;
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
        for (const PlaybookPhase &phase : std::as_const(p.phases)) {
            if (phase.steps.isEmpty())
                m_file.warnings.append(
                    {phase.line,
                     Tr::tr("The phase “%1” of “%2” has no steps.").arg(phase.name, p.name)});
        }
        playbookOf.insert(owner, int(m_file.playbooks.size()));
        for (int s : subtree(owner, false))
            insidePlaybooks.insert(s);
        m_file.playbooks.append(p);
    }

    readIndicators(playbookOf);
    readSeverities();
    noteDeadlines();
    noteIgnored(insidePlaybooks);
    if (m_file.playbooks.isEmpty()) {
        m_file.warnings.append({1, Tr::tr("No playbook was found: no “Playbook: …” heading, no "
                                          "phase headings (Triage, Containment, “Step 1: …”, "
                                          "“… (within 1 hour)”) and no numbered or task lists.")});
    }
    std::sort(m_file.ignored.begin(), m_file.ignored.end(),
              [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    std::stable_sort(m_file.warnings.begin(), m_file.warnings.end(),
                     [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
    return m_file;
}

void Reader::classify()
{
    m_info.resize(m_sections.size());
    for (int i = 1; i < m_sections.size(); ++i) {
        const QString &title = m_sections[i].title;
        Info &info = m_info[i];
        info.playbook = Outline::playbookName(title);
        info.severity = Outline::severityTitle(title);
        info.indicator = Outline::isIndicatorTitle(title);
        info.container = Outline::isContainer(title);
        info.phase = Outline::phaseTitle(title);
        if (info.playbook || info.severity || info.container ||
            (info.indicator && !info.phase.strong))
            info.phase.phase = false;
        // A label that says what its list is ("Checklist:", "Tools:") is not a phase.
        if (m_sections[i].label && Outline::labelRole(title) != Role::Other && !info.phase.strong)
            info.phase.phase = false;
    }
}

// Outermost phase sections, grouped by the playbook they belong to.
QList<std::pair<int, QList<int>>> Reader::findPhases()
{
    QHash<int, QList<int>> byOwner;
    QList<int> ownerOrder;
    for (int i = 1; i < m_sections.size(); ++i) {
        if (!m_info[i].phase.phase)
            continue;
        int owner = -1, fallback = -1;
        bool outermost = true;
        for (int p = m_sections[i].parent; p >= 0; p = m_sections[p].parent) {
            if (p == 0)
                break;
            if (m_info[p].phase.phase) {
                outermost = false;
                break;
            }
            if (m_info[p].playbook) {
                owner = p;
                break;
            }
            if (fallback < 0 && !m_info[p].container && !m_info[p].indicator &&
                !m_sections[p].label && !m_info[p].severity)
                fallback = p;
        }
        if (!outermost)
            continue;
        if (owner < 0)
            owner = fallback >= 0 ? fallback : 0;
        if (!byOwner.contains(owner))
            ownerOrder.append(owner);
        byOwner[owner].append(i);
    }

    QList<std::pair<int, QList<int>>> out;
    for (int owner : std::as_const(ownerOrder)) {
        const QList<int> &phases = byOwner[owner];
        // Phases of one playbook are siblings: the largest group of them is
        // the phase list; a lone look-alike elsewhere ("Lessons Learned"
        // after the list) is not a phase unless it has a step number or a
        // deadline.
        QHash<int, int> perParent;
        for (int s : phases)
            ++perParent[m_sections[s].parent];
        int mainParent = m_sections[phases.first()].parent;
        for (int s : phases) {
            const int parent = m_sections[s].parent;
            if (perParent[parent] > perParent[mainParent])
                mainParent = parent;
        }
        QList<int> kept;
        bool anyStrong = false;
        for (int s : phases) {
            if (m_sections[s].parent == mainParent || m_info[s].phase.strong) {
                kept.append(s);
                anyStrong = anyStrong || m_info[s].phase.strong;
            } else {
                m_file.ignored.append(
                    {m_sections[s].line, Tr::tr("“%1” reads like a phase but is not among the "
                                                "phases around it; not read as one.")
                                             .arg(m_sections[s].title)});
                m_info[s].phase.phase = false;
            }
        }
        // A heading that only happens to be called "Recovery" is not enough
        // to make a playbook of its parent, unless that is the document's
        // own title ("# Vendor breach" / "## Recovery").
        const bool documentTitle = owner == 0 || m_sections[owner].level == 1;
        if (!m_info[owner].playbook && kept.size() < 2 && !anyStrong && !documentTitle) {
            for (int s : std::as_const(kept)) {
                m_file.ignored.append(
                    {m_sections[s].line, Tr::tr("“%1” reads like a phase, but nothing around it "
                                                "makes a playbook; not read as one.")
                                             .arg(m_sections[s].title)});
                m_info[s].phase.phase = false;
            }
            continue;
        }
        out.append({owner, kept});
    }
    return out;
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

bool Reader::hasStepContent(int section) const
{
    for (int s : subtree(section, true)) {
        if (s != section && (m_info[s].indicator || m_info[s].severity))
            continue;
        for (const Block *b : m_sections[s].blocks) {
            if (b->type == Block::Type::List || b->type == Block::Type::Table ||
                (b->type == Block::Type::CodeBlock &&
                 b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) != 0))
                return true;
        }
    }
    return false;
}

// What the label or heading between a block's section and its phase says.
Role Reader::roleOf(int section, int phaseSection) const
{
    for (int s = section; s >= 0 && s != phaseSection; s = m_sections[s].parent) {
        const Role r = Outline::labelRole(m_sections[s].title);
        if (r != Role::Other)
            return r;
    }
    return Role::Steps;
}

QString Reader::sectionName(int section) const
{
    return section == 0 ? Tr::tr("the top of the file")
                        : QStringLiteral("“%1”").arg(m_sections[section].title);
}

PlaybookPhase Reader::buildPhase(int section, const QString &name, const Deadline &deadline,
                                 QStringList &indicators, bool withSubsections)
{
    PlaybookPhase phase;
    phase.name = name;
    phase.line = m_sections[section].line;
    phase.deadline = deadline;

    QList<int> sections;
    QList<Entry> entries;
    const QList<int> all = withSubsections ? subtree(section, true) : QList<int>{section};
    for (int s : all) {
        if (s != section && (m_info[s].indicator || m_info[s].severity)) {
            if (m_info[s].indicator) {
                for (int i : subtree(s, true)) {
                    for (const Block *b : m_sections[i].blocks) {
                        if (b->type == Block::Type::List)
                            indicators += listTexts(*b);
                    }
                }
            }
            continue;
        }
        sections.append(s);
    }
    QSet<int> skip;
    // A sub-heading with no list or table under it is a step of its own.
    for (int s : std::as_const(sections)) {
        if (s == section || m_sections[s].label || skip.contains(s))
            continue;
        const QList<int> below = subtree(s, true);
        bool lists = false;
        for (int b : below) {
            for (const Block *blk : m_sections[b].blocks)
                lists = lists || blk->type == Block::Type::List || blk->type == Block::Type::Table;
        }
        if (lists)
            continue;
        PlaybookStep step;
        const Outline::PhaseTitle t = Outline::phaseTitle(m_sections[s].title);
        step.text = StepReader::cleanText(
            t.name.isEmpty() ? Outline::stripNumbering(m_sections[s].title) : t.name);
        step.deadline = t.deadline;
        step.line = m_sections[s].line;
        for (int b : below) {
            skip.insert(b);
            for (const Block *blk : m_sections[b].blocks) {
                if (blk->type == Block::Type::CodeBlock) {
                    m_used.insert(blk);
                    step.code.append(CodeBlock::classify(blk->literal, blk->info,
                                                         blk->startLine + (blk->fenced ? 1 : 0)));
                }
            }
        }
        entries.append({step.line, step});
    }

    struct ListEntry
    {
        const Block *list;
        Role role;
        bool task;
        int section;
    };
    QList<std::pair<const Block *, int>> blocks;
    for (int s : std::as_const(sections)) {
        if (skip.contains(s))
            continue;
        for (const Block *b : m_sections[s].blocks)
            blocks.append({b, s});
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) {
        return a.first->startLine < b.first->startLine;
    });

    QList<ListEntry> lists;
    bool checklist = false;
    QString lastParagraph;
    int lastParagraphSection = -1;
    for (const auto &[b, s] : std::as_const(blocks)) {
        const Role role = roleOf(s, section);
        switch (b->type) {
        case Block::Type::Paragraph: {
            const auto labelled = Outline::labelledText(*b);
            const Role key = labelled ? Outline::labelRole(labelled->first) : Role::Other;
            if (key == Role::Goal || (role == Role::Goal && !labelled)) {
                if (phase.goal.isEmpty())
                    phase.goal = labelled ? labelled->second : b->text;
            } else if (key == Role::Deadline && phase.deadline.text.isEmpty()) {
                phase.deadline = Deadline::parse(labelled->second);
            } else {
                lastParagraph = StepReader::cleanText(b->text);
                lastParagraphSection = s;
                continue;
            }
            break;
        }
        case Block::Type::List: {
            const bool task = std::any_of(b->children.begin(), b->children.end(),
                                          [](const Block &i) { return i.task; });
            checklist = checklist || task || role == Role::Checklist;
            lists.append({b, role, task, s});
            break;
        }
        case Block::Type::Table:
            if (auto rows = tableSteps(*b)) {
                for (const auto &row : std::as_const(*rows))
                    entries.append({row.second.line, row.second});
            }
            break;
        case Block::Type::CodeBlock: {
            if (b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) == 0)
                break;
            QString fallback;
            if (lastParagraphSection == s && !lastParagraph.isEmpty() &&
                lastParagraph.size() <= 160)
                fallback = lastParagraph;
            else if (s != section && m_sections[s].label && role != Role::Tools)
                fallback = StepReader::cleanText(m_sections[s].title);
            m_used.insert(b);
            for (const PlaybookStep &step : StepReader::fromCode(*b, fallback))
                entries.append({step.line, step});
            break;
        }
        default:
            break;
        }
        lastParagraph.clear();
        lastParagraphSection = -1;
    }

    for (const ListEntry &l : std::as_const(lists)) {
        const auto label = [&] { return sectionName(l.section); };
        switch (l.role) {
        case Role::Indicators:
            indicators += listTexts(*l.list);
            continue;
        case Role::Goal:
            if (phase.goal.isEmpty())
                phase.goal = listTexts(*l.list).join(QStringLiteral("; "));
            continue;
        case Role::Tools: {
            bool anyCode = false;
            for (const Block &item : l.list->children) {
                PlaybookStep s = itemStep(item);
                if (s.code.isEmpty())
                    continue;
                anyCode = true;
                entries.append({s.line, s});
            }
            m_used.insert(l.list);
            if (!anyCode) {
                m_file.ignored.append(
                    {l.list->startLine, Tr::tr("the list under %1 in phase “%2” names tools and "
                                               "references, not steps.")
                                            .arg(label(), phase.name)});
            }
            continue;
        }
        default:
            break;
        }
        if (checklist && !l.task && l.role != Role::Checklist) {
            // The phase has a checklist; other lists are advice around it.
            phase.guidance += listTexts(*l.list);
            continue;
        }
        m_used.insert(l.list);
        for (const Block &item : l.list->children) {
            PlaybookStep s = itemStep(item);
            if (s.text.isEmpty())
                continue;
            entries.append({s.line, s});
        }
    }

    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.line < b.line; });
    for (const Entry &e : std::as_const(entries))
        phase.steps.append(e.step);
    return phase;
}

// Phases for a playbook without phase headings: a table with a phase column,
// else its sub-sections with steps, else one phase of everything.
QList<PlaybookPhase> Reader::weakPhases(int owner, QStringList &indicators)
{
    QList<PlaybookPhase> phases;
    // A table of phase / step / deadline rows directly under the playbook.
    for (const Block *b : m_sections[owner].blocks) {
        if (b->type != Block::Type::Table)
            continue;
        auto rows = tableSteps(*b);
        if (!rows)
            continue;
        for (const auto &[phaseName, step] : std::as_const(*rows)) {
            const QString name = phaseName.isEmpty() ? Tr::tr("Steps") : phaseName;
            if (phases.isEmpty() || phases.constLast().name != name) {
                PlaybookPhase p;
                const Outline::PhaseTitle t = Outline::phaseTitle(name);
                p.name = t.name.isEmpty() ? name : t.name;
                p.deadline = t.deadline;
                p.line = step.line;
                phases.append(p);
            }
            phases.last().steps.append(step);
        }
    }
    if (!phases.isEmpty())
        return phases;

    QList<int> parts;
    for (int c : m_sections[owner].children) {
        if (m_info[c].playbook || m_info[c].indicator || m_info[c].severity)
            continue;
        if (m_sections[c].label && Outline::labelRole(m_sections[c].title) != Role::Other)
            continue;
        if (hasStepContent(c))
            parts.append(c);
    }
    bool direct = false;
    for (const Block *b : m_sections[owner].blocks)
        direct = direct || b->type == Block::Type::List || b->type == Block::Type::CodeBlock;
    if (parts.isEmpty() || (owner == 0 && parts.size() == 1 && !direct)) {
        phases.append(buildPhase(owner, Tr::tr("Steps"), Deadline(), indicators));
        return phases;
    }
    if (direct) {
        // Steps straight under the playbook heading come first.
        phases.append(buildPhase(owner, Tr::tr("Steps"), Deadline(), indicators, false));
    }
    for (int c : std::as_const(parts)) {
        const Outline::PhaseTitle t = Outline::phaseTitle(m_sections[c].title);
        phases.append(
            buildPhase(c, t.name.isEmpty() ? m_sections[c].title : t.name, t.deadline, indicators));
    }
    return phases;
}

void Reader::readIndicators(QHash<int, int> &playbookOf)
{
    for (int i = 1; i < m_sections.size(); ++i) {
        if (!m_info[i].indicator)
            continue;
        int owner = -1;
        for (int p = i; p >= 0; p = m_sections[p].parent) {
            if (playbookOf.contains(p)) {
                owner = playbookOf.value(p);
                break;
            }
        }
        if (owner < 0)
            continue;
        QStringList &out = m_file.playbooks[owner].indicators;
        for (int s : subtree(i, true)) {
            for (const Block *b : m_sections[s].blocks) {
                if (m_used.contains(b))
                    continue;
                if (b->type == Block::Type::List) {
                    out += listTexts(*b);
                } else if (b->type == Block::Type::Paragraph) {
                    const auto labelled = Outline::labelledText(*b);
                    if (labelled && Outline::labelRole(labelled->first) == Role::Indicators) {
                        static const QRegularExpression separators(QStringLiteral("[;,]"));
                        for (const QString &part : labelled->second.split(separators))
                            if (!part.trimmed().isEmpty())
                                out.append(part.trimmed());
                        m_used.insert(b);
                    }
                }
            }
        }
        out.removeDuplicates();
    }
}

void Reader::readSeverities()
{
    auto add = [this](QString level, QString name, const QString &response, int line) {
        SeverityEntry e;
        e.level = std::move(level);
        e.name = std::move(name);
        e.line = line;
        e.response = Deadline::parse(response);
        if (!e.response.isKnown()) {
            if (auto d = Deadline::find(response))
                e.response = *d;
        }
        m_file.severities.append(e);
    };
    for (int s = 0; s < m_sections.size(); ++s) {
        // Tables with a level and a response-time column.
        for (const Block *b : m_sections[s].blocks) {
            if (b->type != Block::Type::Table || m_used.contains(b) || b->children.isEmpty())
                continue;
            const Block &header = b->children.first();
            int levelCol = -1, responseCol = -1;
            for (int c = 0; c < header.children.size(); ++c) {
                const auto kind = Outline::columnKind(header.children[c].text);
                if (kind == Outline::Column::Level && levelCol < 0)
                    levelCol = c;
                if (kind == Outline::Column::Response && responseCol < 0)
                    responseCol = c;
            }
            if (levelCol < 0 || responseCol < 0)
                continue;
            m_used.insert(b);
            for (int r = 1; r < b->children.size(); ++r) {
                const Block &row = b->children[r];
                if (row.children.size() <= qMax(levelCol, responseCol))
                    continue;
                const QString cell = row.children[levelCol].text;
                const auto sev = Outline::severityTitle(cell);
                add(sev ? sev->first : cell.trimmed(), sev ? sev->second : QString(),
                    row.children[responseCol].text, row.startLine);
            }
        }
        // "### P0 - Critical" with "- **Response Time**: Immediate (< 5 minutes)".
        if (s == 0 || !m_info[s].severity)
            continue;
        for (int sub : subtree(s, true)) {
            for (const Block *b : m_sections[sub].blocks) {
                QList<const Block *> paragraphs;
                if (b->type == Block::Type::Paragraph)
                    paragraphs.append(b);
                if (b->type == Block::Type::List) {
                    for (const Block &item : b->children) {
                        if (!item.children.isEmpty() &&
                            item.children.first().type == Block::Type::Paragraph)
                            paragraphs.append(&item.children.first());
                    }
                }
                for (const Block *p : std::as_const(paragraphs)) {
                    const auto labelled = Outline::labelledText(*p);
                    if (!labelled || Outline::labelRole(labelled->first) != Role::Response)
                        continue;
                    add(m_info[s].severity->first, m_info[s].severity->second, labelled->second,
                        p->startLine);
                    m_used.insert(b);
                }
            }
        }
    }
}

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

void Reader::noteIgnored(const QSet<int> &insidePlaybooks)
{
    for (int s = 0; s < m_sections.size(); ++s) {
        for (const Block *b : m_sections[s].blocks) {
            if (m_used.contains(b))
                continue;
            QString what;
            switch (b->type) {
            case Block::Type::List:
                what = std::any_of(b->children.begin(), b->children.end(),
                                   [](const Block &i) { return i.task; })
                           ? Tr::tr("a task list")
                           : Tr::tr("a list");
                break;
            case Block::Type::Table:
                what = Tr::tr("a table");
                break;
            case Block::Type::CodeBlock:
                what = b->info.isEmpty()
                           ? Tr::tr("a code block")
                           : Tr::tr("a %1 code block").arg(b->info.section(QLatin1Char(' '), 0, 0));
                break;
            default:
                continue;
            }
            const QString where = sectionName(s);
            m_file.ignored.append(
                {b->startLine, insidePlaybooks.contains(s)
                                   ? Tr::tr("%1 in %2, not part of any phase.").arg(what, where)
                                   : Tr::tr("%1 in %2, outside any playbook.").arg(what, where)});
        }
    }
}

} // namespace

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
    return Reader(bytes, path).run();
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
