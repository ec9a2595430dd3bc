#pragma once

// The mermaid reader's text helpers, shared by its stages (private to
// models/escalation): labels as people read them, mermaid's shape names,
// and the diagram text with what is not diagram blanked.
#include "models/escalation/Mermaid.h"

#include <QList>
#include <QString>

namespace ic::mermaid_detail {

// A text for messages, in quotes, on one line and cut short.
QString quoted(const QString &s);

// A label as people read it: entities decoded, <br> and Markdown newlines
// as line breaks, other HTML tags, Markdown emphasis and icons left out.
QString cleanLabel(const QString &raw, bool markdown);

bool isBlank(QChar c);

// --- shapes -----------------------------------------------------------------

struct ShapeName
{
    const char *name;
    NodeShape drawn;
    const char *aliases; // space separated
};

const ShapeName *findShape(const QString &nameOrAlias);

// --- preparation ------------------------------------------------------------

// Blanks what is not diagram (front matter, %%{init}%% directives, %%
// comment lines, carriage returns) without moving any character, so
// positions and lines stay those of the input.
struct Prepared
{
    QString text;
    QString title;
    QList<int> longLines; // 0-based lines over MaxLineLength, blanked
};

Prepared prepare(const QString &input);

} // namespace ic::mermaid_detail
