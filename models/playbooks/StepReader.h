#pragma once

#include "models/playbooks/Markdown.h"
#include "models/playbooks/Playbook.h"

#include <QSet>
#include <QString>

#include <optional>

// The playbook reader's steps: from list items (with their sub-steps and
// code), from code blocks standing on their own (one step per commented
// part), and from table rows. Blocks read are added to `used`, so the import
// report can name what was not. Internal to models/playbooks.
namespace ic::StepReader {

// Whitespace collapsed, a trailing ':' dropped: "**Query audit logs**:" → "Query audit logs".
QString cleanText(const QString &text);

// "**Within 5 min**: Page on-call" → deadline “Within 5 min”, text “Page
// on-call”; "**Daily**: Post updates" → a cadence; other deadlines and
// cadences found in the text; template placeholders as blanks.
void readTimes(PlaybookStep &step, const QString &label);

PlaybookStep fromItem(const Markdown::Block &item, QSet<const Markdown::Block *> &used);

QStringList listTexts(const Markdown::Block &list, QSet<const Markdown::Block *> &used);

// `fallbackText` names a step whose code has no comment to name it.
QList<PlaybookStep> fromCode(const Markdown::Block &code, const QString &fallbackText);

// nullopt: the table has no step column (a column named like actions, or
// the text beside a column of checkboxes). Else (phase column value, step)
// per row; a column of step numbers is left out.
std::optional<QList<std::pair<QString, PlaybookStep>>>
fromTable(const Markdown::Block &table, QSet<const Markdown::Block *> &used);

// A table as guidance text: "Header: value; Header: value" per row.
QStringList tableTexts(const Markdown::Block &table);

} // namespace ic::StepReader
