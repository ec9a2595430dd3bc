// The runbook reader's blocks: what each paragraph, list, table, code block,
// note and HTML block of a phase becomes (steps, guidance, the goal or the
// deadline of the phase, indicators of the playbook).
#include "models/playbooks/PlaybookReaderDetail.h"

#include "models/playbooks/StepReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ic::PlaybookReader::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PlaybookReader)
};

} // namespace

QString shortText(const QString &text, int max)
{
    QString t = text.simplified();
    if (t.size() > max)
        t = t.left(max - 1) + QStringLiteral("…");
    return t;
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

} // namespace ic::PlaybookReader::detail
