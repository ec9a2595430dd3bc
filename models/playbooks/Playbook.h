#pragma once

#include "models/playbooks/Deadline.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ic {

// A value in a code block that is meant to be filled in from the incident:
// "{user_id}", "<malicious_ip>", "?", "'suspected-key-id'".
struct CodePlaceholder
{
    QString text;   // as written
    QString name;   // what it stands for, normalised: "user_id", "api_key_id", "ip"
    int offset = 0; // in CodeBlock::text
    int length = 0;
};

// A code block of a step, classified by what running it would do.
struct CodeBlock
{
    enum class Kind { AdminApi, SqlQuery, SqlChange, Shell, Config, Other };

    Kind kind = Kind::Other;
    QString language; // the fence's info string, lower case ("sql", "bash")
    QString text;
    QList<CodePlaceholder> placeholders;
    int line = 0; // first line of the code in the source file

    static QString kindCode(Kind kind); // "admin_api", "sql_query", ...
    static Kind kindFromCode(const QString &code);
    static QString kindLabel(Kind kind); // "Admin API call" (translated)

    // Classifies `text` (with the fence's info string) and finds placeholders.
    static CodeBlock classify(const QString &text, const QString &language, int line = 0);
};

// A list item under a step, at any depth of nesting.
struct PlaybookSubstep
{
    QString text;
    int line = 0;
    int depth = 1; // 1: directly under the step
    bool task = false;
    bool checkedInSource = false;
};

struct PlaybookStep
{
    QString text;
    int line = 0;
    Deadline deadline; // empty text: the step names no deadline of its own
    Deadline cadence;  // "every 30 minutes": how often, not by when; empty text: none
    QString group;     // the sub-heading or label it stands under inside its phase
    QString detail;    // prose explaining a step written as a heading
    QList<PlaybookSubstep> substeps;
    QList<CodeBlock> code;
    QStringList blanks;           // template placeholders to fill in: {{ service }} → "service"
    bool checkedInSource = false; // "- [x]" in the file

    // Sub-step texts, deeper ones indented by two spaces per level.
    QStringList substepTexts() const;
};

struct PlaybookPhase
{
    QString name;
    int line = 0;
    Deadline deadline; // from the heading, a "Deadline:" line or "within the first …"; empty: none
    QString goal;
    QString description;  // the prose that introduces it
    QStringList guidance; // lists, tables, notes and admonitions read as advice, not steps
    QList<PlaybookStep> steps;
};

// One playbook as read from a Markdown runbook.
struct Playbook
{
    QString name;
    QString sourceFile; // path, or ":/playbooks/..." for a bundled one
    int line = 0;       // where it starts in the file
    int endLine = 0;    // last line of its section
    QStringList indicators;
    QStringList guidance; // notes and admonitions outside any phase
    QList<PlaybookPhase> phases;

    int stepCount() const;
    // Stable across edits that do not rename it: source file and name.
    QString key() const { return sourceFile + QLatin1Char('#') + name; }
};

// A severity level with its response time, as a document describes it.
struct SeverityEntry
{
    QString level; // "P0", "SEV1"
    QString name;  // "Critical"
    Deadline response;
    int line = 0;
};

// Something in a file worth telling its author, with its line.
struct ImportNote
{
    int line = 0;
    QString text;
};

// A front matter field ("title", "owner", "tags").
struct MetadataField
{
    QString key;
    QString value; // lists joined with ", "
};

// Everything read from one file: its playbooks, severity levels, what was
// kept as guidance, what was ignored and why, and errors when it could not
// be read at all.
struct PlaybookFile
{
    // What the document is: a procedure (playbooks), only severity levels,
    // or reference text with no procedure in it.
    enum class Kind { Procedure, SeverityLevels, Reference };

    QString path;
    QByteArray sha256;  // hex of the bytes read
    QStringList errors; // non-empty: the file could not be read
    Kind kind = Kind::Procedure;
    QList<MetadataField> metadata; // YAML or TOML front matter
    QList<ImportNote> warnings;
    QList<ImportNote> kept;    // read as guidance, notes, indicators or metadata
    QList<ImportNote> ignored; // not read, with why
    QList<Playbook> playbooks;
    QList<SeverityEntry> severities;

    static QString kindCode(Kind kind); // "procedure", "severity_levels", "reference"

    bool ok() const { return errors.isEmpty(); }
    int deadlineCount() const; // phases and steps with a known deadline

    // {"path", "errors", "warnings", "ignored", "severities", "playbooks": [...]}:
    // the shape `incident-commander playbooks check --json` prints.
    QJsonObject toJson() const;
    // The import report for people: what was found, with line numbers.
    QString reportText() const;
};

QJsonObject toJson(const Playbook &playbook);
QJsonObject toJson(const CodeBlock &code);

} // namespace ic

Q_DECLARE_METATYPE(ic::Playbook)
Q_DECLARE_METATYPE(ic::PlaybookFile)
