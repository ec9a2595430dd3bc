#pragma once

#include "models/playbooks/Playbook.h"

#include <QByteArray>
#include <QString>

// Reads the playbooks in a team's Markdown runbook: playbook sections, their
// phases (headings or bold labels, with or without step numbers and
// deadlines), steps from numbered, bulleted and task lists, tables and
// commented code blocks, indicators, and severity levels with response
// times. Parsing is cmark-gfm's; this only reads the structure it finds.
namespace ic::PlaybookReader {

// Larger files are refused with a message rather than read.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

// Reads one file. Never fails as a call: a file that cannot be read comes
// back with errors and no playbooks.
// `content`, if given, receives the bytes read.
PlaybookFile readFile(const QString &path, QByteArray *content = nullptr);

// Reads Markdown already in memory, as if it came from `path`.
PlaybookFile read(const QByteArray &bytes, const QString &path);

} // namespace ic::PlaybookReader
