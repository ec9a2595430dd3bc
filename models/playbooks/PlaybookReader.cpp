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

// What a list is, read from its items and what introduces it.
enum class ListKind {
    Steps,       // actions to take
    Tasks,       // "- [ ]": actions to tick
    Tools,       // under "Tools:": only items with code are steps
    Goal,        // under "Goal:"
    Indicators,  // signs that call for the playbook
    References,  // links to read
    Definitions, // "**Term**: meaning"
    Examples,    // introduced as examples
    Roles,       // who takes part
    Facts,       // statements, not actions
};

QString listKindText(ListKind k)
{
    switch (k) {
    case ListKind::Steps:
    case ListKind::Tasks:
        return Tr::tr("a list of steps");
    case ListKind::Tools:
        return Tr::tr("a list of tools");
    case ListKind::Goal:
        return Tr::tr("the goal");
    case ListKind::Indicators:
        return Tr::tr("a list of signs (indicators)");
    case ListKind::References:
        return Tr::tr("a list of links and references");
    case ListKind::Definitions:
        return Tr::tr("a list of definitions");
    case ListKind::Examples:
        return Tr::tr("a list of examples");
    case ListKind::Roles:
        return Tr::tr("a list of roles");
    case ListKind::Facts:
        return Tr::tr("a list of statements, not actions");
    }
    return {};
}

bool isActionKind(ListKind k)
{
    return k == ListKind::Steps || k == ListKind::Tasks;
}

bool isTemplateTitle(const QString &title)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:template|vorlage|plantilla|modèle|modello)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words.match(title).hasMatch();
}

QString shortText(const QString &text, int max = 60)
{
    QString t = text.simplified();
    if (t.size() > max)
        t = t.left(max - 1) + QStringLiteral("…");
    return t;
}

// A simple HTML table: rows of cell texts, the first row the header.
QList<QStringList> htmlTableRows(const QString &html)
{
    QList<QStringList> rows;
    static const QRegularExpression row(QStringLiteral("<tr\\b[^>]*>(.*?)</tr>"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(QStringLiteral("<t[hd]\\b[^>]*>(.*?)</t[hd]>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    for (auto r = row.globalMatch(html); r.hasNext() && rows.size() < 200;) {
        const QString inner = r.next().captured(1);
        QStringList cells;
        for (auto c = cell.globalMatch(inner); c.hasNext() && cells.size() < 50;)
            cells << Markdown::htmlText(c.next().captured(1));
        if (!cells.isEmpty())
            rows << cells;
    }
    return rows;
}

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
        bool reference = false;
        bool templated = false;
        bool steps = false;    // the title says its content is steps
        bool numbered = false; // "0. Start a thread", "Step 2"
        Outline::PhaseTitle phase;
        // Computed from the blocks:
        bool actions = false;       // holds actions itself (its blocks and labels)
        bool subtreeLists = false;  // an action list or step table anywhere below
        bool subtreeCode = false;   // a code block anywhere below
        bool severityBlock = false; // only severity definitions below
    };
    struct Entry // a step found in a phase, in document order
    {
        int line = 0;
        PlaybookStep step;
    };
    struct PhasePlan
    {
        int section = -1;
        QList<int> headingSteps; // children read as steps
        bool labelPhase = false; // a bold label standing as a phase
    };

    void classify();
    void classifyBlocks();
    ListKind listKind(const Block &list, int section, const QString &leadIn) const;
    bool directActions(int section) const;
    QList<int> subtree(int section, bool skipOwnPlaybooks) const;
    QList<int> phaseLabels(int section) const;
    bool proseOnly(int section) const;
    QList<int> headingStepCandidates(int section) const;
    void visit(int section, int root, bool restricted, QList<PhasePlan> &plans);
    QString phaseName(int section, int root) const;
    PlaybookPhase buildPhase(const PhasePlan &plan, int root, Playbook &playbook);
    PlaybookStep headingStep(int section);
    void blockToPhase(const Block *b, int section, const QString &group, PlaybookPhase &phase,
                      QList<Entry> &entries, Playbook &playbook, bool checklist, QString &caption,
                      bool &sawAction);
    void readIndicators(QHash<int, int> &playbookOf);
    void readSeverities();
    void noteDeadlines();
    void noteRest(const QSet<int> &insidePlaybooks);
    void keep(int line, const QString &text) { m_file.kept.append({line, text}); }
    QString sectionName(int section) const;
    int rootOf(int fallbackRoot);

    QByteArray m_bytes;
    PlaybookFile m_file;
    Outline::FrontMatter m_front;
    Outline::Prepared m_prepared;
    Markdown::Document m_doc;
    QList<Section> m_sections;
    QList<Info> m_info;
    QHash<const Block *, int> m_sectionOf;
    QHash<const Block *, ListKind> m_listKind;
    QHash<const Block *, bool> m_stepTable;
    QSet<const Block *> m_used;
    QSet<int> m_readAsSteps;      // sections consumed as steps written as headings
    QSet<int> m_phaseColumnLines; // table rows whose phase column named their phase
    QSet<int> m_taskLines;        // "- [ ]" items read as steps
    QStringList m_fileGuidance;
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
        info.reference = Outline::isReferenceTitle(title);
        info.templated = isTemplateTitle(title);
        info.steps = Outline::saysSteps(title);
        info.numbered = Outline::numberedTitle(title);
        info.phase = Outline::phaseTitle(title);
        if (info.playbook || info.container || info.reference || info.templated ||
            (info.indicator && !info.phase.strong))
            info.phase.phase = false;
        // A label that says what its list is ("Checklist:", "Tools:") is not a phase.
        if (m_sections[i].label && Outline::labelRole(title) != Role::Other && !info.phase.strong)
            info.phase.phase = false;
    }
}

ListKind Reader::listKind(const Block &list, int section, const QString &leadIn) const
{
    const Section &s = m_sections[section];
    const Info &info = m_info[section];
    if (std::any_of(list.children.begin(), list.children.end(),
                    [](const Block &i) { return i.task; }))
        return ListKind::Tasks;
    const Role role = s.label ? Outline::labelRole(s.title) : Role::Other;
    switch (role) {
    case Role::Indicators:
        return ListKind::Indicators;
    case Role::Tools:
        return ListKind::Tools;
    case Role::Goal:
        return ListKind::Goal;
    default:
        break;
    }
    if (info.indicator && !s.label)
        return ListKind::Indicators;
    bool insideReference = false, insideTemplate = false;
    for (int p = section; p > 0; p = m_sections[p].parent) {
        insideReference = insideReference || m_info[p].reference;
        insideTemplate = insideTemplate || m_info[p].templated;
    }
    // What introduces the list: its last sentence, if short enough to be an
    // introduction ("Some common things to try,", "Example services:").
    QString intro = leadIn.simplified();
    static const QRegularExpression sentence(QStringLiteral("[.!?]\\s+"));
    intro = intro.section(sentence, -1);
    Outline::LeadIn lead = intro.size() <= 160 ? Outline::leadInKind(intro) : Outline::LeadIn::None;
    if ((lead == Outline::LeadIn::References || lead == Outline::LeadIn::Roles) &&
        intro.size() > 80)
        lead = Outline::LeadIn::None;
    switch (lead) {
    case Outline::LeadIn::Indicators:
        return ListKind::Indicators;
    case Outline::LeadIn::Examples:
        return ListKind::Examples;
    case Outline::LeadIn::Roles:
        return ListKind::Roles;
    case Outline::LeadIn::References:
        return ListKind::References;
    default:
        break;
    }
    int items = 0, links = 0, definitions = 0, terms = 0, termActions = 0, actions = 0;
    for (const Block &item : list.children) {
        const QString text = Markdown::itemText(item);
        if (text.isEmpty())
            continue;
        ++items;
        const Block *para =
            !item.children.isEmpty() && item.children.first().type == Block::Type::Paragraph
                ? &item.children.first()
                : nullptr;
        if (para && (para->linkLead || para->linkShare >= 0.8))
            ++links;
        bool action = Outline::isActionText(text);
        if (para) {
            if (const auto l = Outline::labelledText(*para)) {
                const bool timeLabel = Deadline::parse(l->first).isKnown() ||
                                       Deadline::isCadence(l->first) ||
                                       Deadline::findMarked(l->first).has_value();
                const bool term = !timeLabel && !Outline::isActionText(l->first) &&
                                  l->first.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 5;
                terms += term ? 1 : 0;
                termActions += term && Outline::isActionText(l->second) ? 1 : 0;
                if (timeLabel) {
                    action = true;
                } else if (!Outline::isActionText(l->second) &&
                           l->first.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 5) {
                    ++definitions;
                } else if (Outline::isActionText(l->second)) {
                    action = true; // "**Security lead**: page the CISO"
                }
            }
        }
        actions += action ? 1 : 0;
    }
    if (items == 0)
        return ListKind::Facts;
    if (links * 10 >= items * 6)
        return ListKind::References;
    if (insideReference && !list.ordered)
        return ListKind::References;
    const bool explicitSteps = lead == Outline::LeadIn::Steps || role == Role::Steps ||
                               role == Role::Checklist || info.steps || info.phase.phase;
    if (explicitSteps)
        return ListKind::Steps;
    if (insideTemplate)
        return ListKind::Definitions;
    // "**Term**: meaning" items; with role labels ("**AWS Support:** Open a
    // case") most meanings are actions, and the list is steps.
    if (!list.ordered && (definitions * 10 >= items * 6 ||
                          (terms * 10 >= items * 8 && termActions * 10 < terms * 6)))
        return ListKind::Definitions;
    const qreal ratio = qreal(actions) / qreal(items);
    if (insideReference && (!list.ordered || ratio < 0.5))
        return ListKind::References;
    if (ratio < (list.ordered ? 0.2 : 0.3))
        return ListKind::Facts;
    return ListKind::Steps;
}

void Reader::classifyBlocks()
{
    for (int s = 0; s < m_sections.size(); ++s) {
        QString leadIn = m_sections[s].label ? m_sections[s].title : QString();
        for (const Block *b : m_sections[s].blocks) {
            m_sectionOf.insert(b, s);
            if (b->type == Block::Type::List) {
                m_listKind.insert(b, listKind(*b, s, leadIn));
                leadIn.clear();
            } else if (b->type == Block::Type::Table) {
                QSet<const Block *> scratch;
                m_stepTable.insert(b, StepReader::fromTable(*b, scratch).has_value());
                leadIn.clear();
            } else if (b->type == Block::Type::Paragraph) {
                // A sentence ending in ':' or ',' introduces what follows.
                const QString t = b->text.trimmed();
                leadIn = (t.endsWith(QLatin1Char(':')) || t.endsWith(QLatin1Char(',')) ||
                          t.endsWith(QLatin1Char(';')))
                             ? t
                             : QString();
            } else if (b->type != Block::Type::HtmlBlock) {
                leadIn.clear();
            }
        }
    }
    // Bottom up: what each section holds.
    for (int s = int(m_sections.size()) - 1; s >= 0; --s) {
        Info &info = m_info[s];
        for (const Block *b : m_sections[s].blocks) {
            if (b->type == Block::Type::List && isActionKind(m_listKind.value(b)))
                info.subtreeLists = true;
            if (b->type == Block::Type::Table && m_stepTable.value(b))
                info.subtreeLists = true;
            if (b->type == Block::Type::CodeBlock &&
                b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) != 0)
                info.subtreeCode = true;
        }
        bool allSeverity = !m_sections[s].children.isEmpty();
        for (int c : m_sections[s].children) {
            if (m_info[c].playbook)
                continue;
            info.subtreeLists = info.subtreeLists || m_info[c].subtreeLists;
            info.subtreeCode = info.subtreeCode || m_info[c].subtreeCode;
            allSeverity = allSeverity && !m_sections[c].label &&
                          (m_info[c].severity || m_info[c].severityBlock) &&
                          !m_info[c].subtreeLists;
        }
        info.severityBlock = allSeverity && !info.subtreeLists;
    }
    for (int s = 0; s < m_sections.size(); ++s)
        m_info[s].actions = directActions(s);
}

// The section's own blocks (and those of its bold labels) hold actions.
bool Reader::directActions(int section) const
{
    QList<int> parts{section};
    if (!m_sections[section].label) {
        for (int c : m_sections[section].children) {
            if (m_sections[c].label)
                parts.append(c);
        }
    }
    for (int s : std::as_const(parts)) {
        if (s != section && m_info[s].indicator)
            continue;
        for (const Block *b : m_sections[s].blocks) {
            switch (b->type) {
            case Block::Type::List: {
                const ListKind k = m_listKind.value(b);
                if (isActionKind(k))
                    return true;
                if (k == ListKind::Tools) {
                    for (const Block &item : b->children) {
                        for (const Block &c : item.children) {
                            if (c.type == Block::Type::CodeBlock)
                                return true;
                        }
                    }
                }
                break;
            }
            case Block::Type::Table:
                if (m_stepTable.value(b))
                    return true;
                break;
            case Block::Type::CodeBlock:
                if (b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) != 0)
                    return true;
                break;
            default:
                break;
            }
        }
    }
    return false;
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

QString Reader::sectionName(int section) const
{
    return section == 0 ? Tr::tr("the top of the file")
                        : QStringLiteral("“%1”").arg(m_sections[section].title);
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

void Reader::blockToPhase(const Block *b, int section, const QString &group, PlaybookPhase &phase,
                          QList<Entry> &entries, Playbook &playbook, bool checklist,
                          QString &caption, bool &sawAction)
{
    const QString where = sectionName(section);
    auto guidance = [&](const QStringList &texts, const QString &what) {
        for (const QString &text : texts) {
            if (!text.isEmpty())
                phase.guidance.append(text);
        }
        keep(b->startLine,
             Tr::tr("%1 in %2, kept as guidance of the phase “%3”.").arg(what, where, phase.name));
        m_used.insert(b);
    };
    switch (b->type) {
    case Block::Type::Paragraph: {
        m_used.insert(b);
        const QString t = b->text.trimmed();
        const auto labelled = Outline::labelledText(*b);
        const Role key = labelled ? Outline::labelRole(labelled->first) : Role::Other;
        const Role sectionRole =
            m_sections[section].label ? Outline::labelRole(m_sections[section].title) : Role::Other;
        if (b->codeOnly) {
            m_file.ignored.append(
                {b->startLine,
                 Tr::tr("a placeholder in %1 (“%2”), not a step.").arg(where, shortText(t))});
            caption.clear();
            return;
        }
        if (t.startsWith(QLatin1String(":::"))) {
            m_file.ignored.append(
                {b->startLine, Tr::tr("a documentation directive in %1 (“%2”), not a step.")
                                   .arg(where, shortText(t))});
            return;
        }
        if (key == Role::Goal || (sectionRole == Role::Goal && !labelled)) {
            if (phase.goal.isEmpty())
                phase.goal = labelled ? labelled->second : t;
            keep(b->startLine, Tr::tr("the goal of the phase “%1”.").arg(phase.name));
            return;
        }
        if (key == Role::Deadline && phase.deadline.text.isEmpty()) {
            phase.deadline = Deadline::parse(labelled->second);
            keep(b->startLine, Tr::tr("the deadline of the phase “%1”.").arg(phase.name));
            return;
        }
        if (phase.deadline.text.isEmpty() && !sawAction) {
            if (auto w = Deadline::findWindow(t)) {
                phase.deadline = *w;
                keep(b->startLine,
                     Tr::tr("“%1”: the time target of the phase “%2”.").arg(w->text, phase.name));
            }
        }
        // A label that ends in a preposition names who or what ("Delegate
        // to:", "Owned by:"), even when it starts with a verb.
        static const QRegularExpression naming(
            QStringLiteral("\\b(?:to|by|with|for|an|von|durch|à|par|a|por|para)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (labelled && labelled->first.size() <= 40 &&
            (!Outline::isActionText(labelled->first) ||
             (naming.match(labelled->first).hasMatch() &&
              !Outline::isActionText(labelled->second))) &&
            labelled->second.size() <= 200) {
            // "**Delegate to:** VP of Engineering": a note on the phase.
            phase.guidance.append(QStringLiteral("%1: %2").arg(labelled->first, labelled->second));
            keep(b->startLine, Tr::tr("“%1” in %2, kept as guidance of the phase “%3”.")
                                   .arg(shortText(t), where, phase.name));
            return;
        }
        if (!sawAction && phase.description.size() < 600 && !t.isEmpty()) {
            phase.description = shortText(
                phase.description.isEmpty() ? t : phase.description + QLatin1Char(' ') + t, 600);
        }
        if (sawAction && !t.isEmpty() && !t.endsWith(QLatin1Char(':'))) {
            // Prose between or after the steps: kept beside them (and still
            // the caption of a code block right below it).
            phase.guidance.append(shortText(t, 600));
            keep(b->startLine, Tr::tr("a paragraph in %1, kept as guidance of the phase “%2”.")
                                   .arg(where, phase.name));
        }
        caption = t.size() <= 160 ? StepReader::cleanText(t) : QString();
        return;
    }
    case Block::Type::List: {
        const ListKind kind = m_listKind.value(b);
        switch (kind) {
        case ListKind::Indicators:
            playbook.indicators += StepReader::listTexts(*b, m_used);
            keep(b->startLine, Tr::tr("a list of signs in %1, read as the playbook's "
                                      "indicators.")
                                   .arg(where));
            return;
        case ListKind::Goal:
            if (phase.goal.isEmpty())
                phase.goal = StepReader::listTexts(*b, m_used).join(QStringLiteral("; "));
            keep(b->startLine, Tr::tr("the goal of the phase “%1”.").arg(phase.name));
            return;
        case ListKind::Tools: {
            bool anyCode = false;
            for (const Block &item : b->children) {
                PlaybookStep s = StepReader::fromItem(item, m_used);
                if (s.code.isEmpty())
                    continue;
                anyCode = true;
                s.group = group;
                entries.append({s.line, s});
            }
            m_used.insert(b);
            if (!anyCode)
                m_file.ignored.append(
                    {b->startLine, Tr::tr("the list under %1 in phase “%2” names tools and "
                                          "references, not steps.")
                                       .arg(where, phase.name)});
            return;
        }
        case ListKind::Steps:
        case ListKind::Tasks:
            break;
        default:
            guidance(StepReader::listTexts(*b, m_used), listKindText(kind));
            return;
        }
        const Role role =
            m_sections[section].label ? Outline::labelRole(m_sections[section].title) : Role::Other;
        // A numbered list with time targets or commands is steps even beside
        // a checklist.
        bool timedOrCoded = false;
        if (b->ordered) {
            for (const Block &item : b->children) {
                for (const Block &c : item.children) {
                    if (c.type == Block::Type::CodeBlock)
                        timedOrCoded = true;
                    if (c.type != Block::Type::Paragraph)
                        continue;
                    if (const auto l = Outline::labelledText(c)) {
                        timedOrCoded = timedOrCoded || Deadline::parse(l->first).isKnown() ||
                                       Deadline::isCadence(l->first);
                    }
                }
            }
        }
        if (checklist && kind != ListKind::Tasks && role != Role::Checklist && !timedOrCoded) {
            guidance(StepReader::listTexts(*b, m_used), Tr::tr("a list beside the checklist"));
            return;
        }
        m_used.insert(b);
        for (const Block &item : b->children) {
            PlaybookStep s = StepReader::fromItem(item, m_used);
            if (s.text.isEmpty())
                continue;
            s.group = group;
            if (item.task)
                m_taskLines.insert(s.line);
            entries.append({s.line, s});
        }
        sawAction = true;
        caption.clear();
        return;
    }
    case Block::Type::Table: {
        if (auto rows = StepReader::fromTable(*b, m_used)) {
            for (auto &[phaseColumn, step] : *rows) {
                step.group = phaseColumn.isEmpty() ? group : phaseColumn;
                if (!phaseColumn.isEmpty())
                    m_phaseColumnLines.insert(step.line);
                entries.append({step.line, step});
            }
            sawAction = true;
            return;
        }
        guidance(StepReader::tableTexts(*b), Tr::tr("a table"));
        return;
    }
    case Block::Type::CodeBlock: {
        if (b->info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) == 0)
            return; // a diagram: reported with the rest
        m_used.insert(b);
        const CodeBlock code =
            CodeBlock::classify(b->literal, b->info, b->startLine + (b->fenced ? 1 : 0));
        // Code a step points at ("using the template below") joins that step.
        static const QRegularExpression pointer(
            QStringLiteral("\\b(?:template|below|following|as follows|plantilla|siguiente|"
                           "vorlage|folgende|modèle|ci-dessous|suivant)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        // A block captioned as a template ("Slack template for Sev 2") joins
        // the step before it that names the same thing ("Post in Slack").
        const QString label =
            caption.isEmpty() && m_sections[section].label ? m_sections[section].title : caption;
        QStringList shared;
        if (pointer.match(label).hasMatch()) {
            static const QRegularExpression word(QStringLiteral("[\\p{L}]{4,}"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
            for (auto it = word.globalMatch(label); it.hasNext();) {
                const QString w = it.next().captured(0).toLower();
                if (!pointer.match(w).hasMatch())
                    shared << w;
            }
        }
        auto namesIt = [&shared](const QString &text) {
            for (const QString &w : shared) {
                if (text.contains(w, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };
        // Text to paste (a message, a guessed "key: value" shape), not a
        // command of its own.
        if (code.kind == CodeBlock::Kind::Other ||
            (code.kind == CodeBlock::Kind::Config && b->info.trimmed().isEmpty())) {
            for (qsizetype i = entries.size() - 1; i >= 0; --i) {
                PlaybookStep &s = entries[i].step;
                if (s.line < b->startLine && s.code.isEmpty() &&
                    (pointer.match(s.text).hasMatch() || namesIt(s.text))) {
                    s.code.append(code);
                    keep(b->startLine, Tr::tr("a code block in %1, attached to the step on "
                                              "line %2 that refers to it.")
                                           .arg(where)
                                           .arg(s.line));
                    return;
                }
            }
        }
        QString fallback = caption;
        if (fallback.isEmpty() && m_sections[section].label &&
            Outline::labelRole(m_sections[section].title) != Role::Tools)
            fallback = StepReader::cleanText(m_sections[section].title);
        for (PlaybookStep step : StepReader::fromCode(*b, fallback)) {
            step.group = group;
            entries.append({step.line, step});
        }
        sawAction = true;
        caption.clear();
        return;
    }
    case Block::Type::BlockQuote: {
        QStringList texts;
        for (const Block &c : b->children) {
            if (!c.text.isEmpty())
                texts << c.text;
            else if (c.type == Block::Type::List)
                texts << StepReader::listTexts(c, m_used).join(QStringLiteral("; "));
        }
        guidance({texts.join(QLatin1Char(' '))}, Tr::tr("a note"));
        return;
    }
    case Block::Type::HtmlBlock: {
        const QString text = Markdown::htmlText(b->html);
        if (text.isEmpty()) {
            m_used.insert(b);
            m_file.ignored.append({b->startLine, Tr::tr("HTML without text in %1 (an anchor, "
                                                        "comment or image).")
                                                     .arg(where)});
            return;
        }
        guidance({shortText(text, 600)}, Tr::tr("HTML"));
        return;
    }
    default:
        return;
    }
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
                    out += StepReader::listTexts(*b, m_used);
                    keep(b->startLine, Tr::tr("a list of signs in %1, read as the indicators of "
                                              "“%2”.")
                                           .arg(sectionName(s), m_file.playbooks[owner].name));
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
    auto fromRows = [&](const QList<QStringList> &rows, const QList<int> &lines) {
        if (rows.isEmpty())
            return false;
        const QStringList &header = rows.first();
        int levelCol = -1, responseCol = -1;
        for (int c = 0; c < header.size(); ++c) {
            const auto kind = Outline::columnKind(header[c]);
            if (kind == Outline::Column::Level && levelCol < 0)
                levelCol = c;
            if (kind == Outline::Column::Response && responseCol < 0)
                responseCol = c;
        }
        if (levelCol < 0 || responseCol < 0)
            return false;
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows[r];
            if (row.size() <= qMax(levelCol, responseCol))
                continue;
            const QString cell = row[levelCol];
            const auto sev = Outline::severityTitle(cell);
            if (!sev && cell.size() > 40)
                continue; // a note spanning the table, not a level
            add(sev ? sev->first : cell.trimmed(), sev ? sev->second : QString(), row[responseCol],
                lines.value(r));
        }
        return true;
    };
    for (int s = 0; s < m_sections.size(); ++s) {
        // Tables (Markdown or HTML) with a level and a response-time column.
        for (const Block *b : m_sections[s].blocks) {
            if (m_used.contains(b))
                continue;
            QList<QStringList> rows;
            QList<int> lines;
            if (b->type == Block::Type::Table) {
                for (const Block &row : b->children) {
                    QStringList cells;
                    for (const Block &cell : row.children)
                        cells << cell.text;
                    rows << cells;
                    lines << row.startLine;
                }
            } else if (b->type == Block::Type::HtmlBlock &&
                       b->html.contains(QLatin1String("<table"), Qt::CaseInsensitive)) {
                rows = htmlTableRows(b->html);
                for (int r = 0; r < rows.size(); ++r)
                    lines << b->startLine;
            } else {
                continue;
            }
            if (fromRows(rows, lines)) {
                m_used.insert(b);
                keep(b->startLine, Tr::tr("a table of severity levels in %1, read as severity "
                                          "levels.")
                                       .arg(sectionName(s)));
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
                    if (!m_used.contains(b))
                        keep(b->startLine, Tr::tr("the response time of %1, read as a severity "
                                                  "level.")
                                               .arg(sectionName(s)));
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
