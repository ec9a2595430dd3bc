#pragma once

#include "models/playbooks/Deadline.h"
#include "models/playbooks/Markdown.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The playbook reader's first pass: a runbook as a tree of sections, and the
// words that tell what a section is. Internal to models/playbooks.
namespace ic::Outline {

// YAML front matter ("---\ntitle: ...\n---") is not Markdown: its lines are
// blanked (line numbers stay right) and its title kept.
struct FrontMatter
{
    QString title;
    int lines = 0; // how many lines it spanned; 0: none
};
FrontMatter stripFrontMatter(QByteArray &utf8);

// A heading, or a bold label on a line of its own ("**Triage:**"), with the
// blocks under it up to the next heading or label.
struct Section
{
    QString title; // plain text; a label without its trailing ':'
    int level = 0; // 0: the document, 1..6: headings, 7: labels
    bool label = false;
    int line = 0;
    int endLine = 0;
    int parent = -1;
    QList<int> children;
    QList<const Markdown::Block *> blocks; // not headings, in document order
};

// sections[0] is the document itself.
QList<Section> build(const Markdown::Document &doc);

// "2.1 Detection" → "Detection", "I. Triage" → "Triage".
QString stripNumbering(const QString &title);

// "Playbook: Token Compromise" → "Token Compromise"; "Scenario 1: Key Leak".
std::optional<QString> playbookName(const QString &title);

// A grouping heading that is neither a playbook nor a phase ("Response Steps").
bool isContainer(const QString &title);

// "Detection", "Indicators", "Erkennung": the signs that call for a playbook.
bool isIndicatorTitle(const QString &title);

// What a heading says about being a phase.
struct PhaseTitle
{
    bool phase = false;
    bool strong = false; // "Step 2: ..." or a deadline: surely a phase
    QString name;        // without numbering, step prefix and deadline
    Deadline deadline;   // empty text when the heading names none
};
PhaseTitle phaseTitle(const QString &title);

// "P0 - Critical" → {"P0", "Critical"}.
std::optional<std::pair<QString, QString>> severityTitle(const QString &title);

// What a label inside a phase ("**Checklist:**", "Goal:") says its content is.
enum class Role { Steps, Checklist, Tools, Goal, Deadline, Response, Indicators, Other };
Role labelRole(const QString &label);

// Table columns.
enum class Column { Step, Phase, Deadline, Done, Level, Response, Other };
Column columnKind(const QString &header);

// "**Goal**: Assess severity" → {"Goal", "Assess severity"}.
std::optional<std::pair<QString, QString>> labelledText(const Markdown::Block &paragraph);

} // namespace ic::Outline
