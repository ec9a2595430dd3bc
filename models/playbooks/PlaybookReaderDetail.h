#pragma once

// The runbook reader's state and passes (private to models/playbooks). The
// passes are defined by stage: PlaybookReader.cpp (the run over a file and
// its playbooks), PlaybookReaderClassify.cpp (what each section and list
// is), PlaybookReaderPhases.cpp (which sections are phases, and their
// steps), PlaybookReaderBlocks.cpp (each block of a phase),
// PlaybookReaderSeverities.cpp (indicators and severity levels) and
// PlaybookReaderNotes.cpp (what was not read, and why).
#include "models/playbooks/Markdown.h"
#include "models/playbooks/Outline.h"
#include "models/playbooks/PlaybookReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ic::PlaybookReader::detail {

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

QString listKindText(ListKind k);
bool isActionKind(ListKind k);

QString shortText(const QString &text, int max = 60);

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

} // namespace ic::PlaybookReader::detail
