// The runbook reader's classification: what each section says it is
// (playbook, phase, indicators, reference...) and what each list and table
// holds, read from its items and what introduces it.
#include "models/playbooks/PlaybookReaderDetail.h"

#include "models/playbooks/StepReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ic::PlaybookReader::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PlaybookReader)
};

bool isTemplateTitle(const QString &title)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:template|vorlage|plantilla|modèle|modello)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words.match(title).hasMatch();
}

} // namespace

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

} // namespace ic::PlaybookReader::detail
