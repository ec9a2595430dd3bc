#pragma once

#include "models/playbooks/Deadline.h"
#include "models/playbooks/Markdown.h"
#include "models/playbooks/Playbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The playbook reader's first pass: a runbook as a tree of sections, and the
// words that tell what a section is. Internal to models/playbooks.
namespace ic::Outline {

// YAML ("---") or TOML ("+++") front matter is not Markdown: its lines are
// blanked (line numbers stay right), its fields kept.
struct FrontMatter
{
    QString title;
    QList<MetadataField> fields;
    int lines = 0; // how many lines it spanned; 0: none
};
FrontMatter stripFrontMatter(QByteArray &utf8);

// What the rest of the reader should not meet as Markdown, rewritten in
// place without moving lines: MkDocs admonitions ("!!! warning "Title""
// and their indented body) become block quotes starting "[!WARNING] Title"
// (the form GitHub and DocFX write), and lines that hold only template
// tags ("{% if … %}") are blanked.
struct Prepared
{
    QList<int> admonitionLines; // where each admonition started
    QList<int> templateLines;   // lines that held only template tags
};
Prepared prepare(QByteArray &utf8);

// Template placeholders in running text: "{{ service }}" and "{{service}}"
// become a blank to fill, "‹service›", and are listed; inline "{% … %}"
// tags are left out.
QString fillBlanks(const QString &text, QStringList *blanks);

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

// "2.1 Detection" → "Detection", "I. Triage" → "Triage", "Part 3 — Contain"
// → "Contain"; emoji and symbols in front are left out too.
QString stripNumbering(const QString &title);

// A heading numbered like a step: "0. Start a thread", "3) Notify", "Step 2:".
bool numberedTitle(const QString &title);

// A title that says its content is steps: "Investigation steps",
// "Procedure", "Checklist", "Acciones", "Maßnahmen", "Étapes".
bool saysSteps(const QString &title);

// A title for reference material: "References", "Additional reading",
// "See also", "Links", "Glossary", "Out of scope", "Weiterführende Links".
bool isReferenceTitle(const QString &title);

// Text that asks for an action: it starts with a verb (English, German,
// Spanish, French), "Do not …", a condition then a verb ("If …, rotate"),
// or it is a question to answer.
bool isActionText(const QString &text);

// What the sentence or label introducing a list says the list is.
enum class LeadIn { None, Steps, Examples, Indicators, References, Roles };
LeadIn leadInKind(const QString &text);

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
