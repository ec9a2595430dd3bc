#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ic::Markdown {

// One block of a Markdown document as cmark-gfm (with the GFM table and task
// list extensions) parsed it: a plain value tree the playbook reader walks.
struct Block
{
    enum class Type {
        Document,
        Heading,
        Paragraph,
        List,
        Item,
        CodeBlock,
        Table,
        TableRow,
        TableCell,
        BlockQuote,
        HtmlBlock,
        ThematicBreak,
        Other,
    };

    Type type = Type::Other;
    int startLine = 0; // 1-based lines of the source file
    int endLine = 0;
    int headingLevel = 0;    // Heading: 1..6
    bool ordered = false;    // List
    bool task = false;       // Item: a GFM task list item ("- [ ]")
    bool checked = false;    // Item: "- [x]"
    bool headerRow = false;  // TableRow
    bool fenced = false;     // CodeBlock
    QString info;            // CodeBlock: the fence's info string ("sql")
    QString literal;         // CodeBlock: the code
    QString text;            // Heading, Paragraph, TableCell: the inline text, plain
    bool strongOnly = false; // Paragraph: all text is bold ("**Triage:**")
    QString strongLead;      // Paragraph: the bold text it starts with, if any
    bool linkLead = false;   // Paragraph, TableCell: starts with a link ("[NIST](…) guide")
    qreal linkShare = 0;     // Paragraph, TableCell: the part of the text inside links
    bool codeOnly = false;   // Paragraph: only inline code ("`TODO: …`")
    bool checkbox = false;   // TableCell: an <input type="checkbox"> or "[ ]"
    QString html;            // HtmlBlock: the HTML as written
    QList<Block> children;
};

// A parsed document. Nesting deeper than MaxDepth is cut off (and said so),
// which keeps every walk over the tree bounded.
struct Document
{
    static constexpr int MaxDepth = 48;

    Block root;
    int lineCount = 0;
    int cutOffLine = 0; // first line of content dropped for nesting too deep; 0: none
};

// Parses UTF-8 Markdown (CommonMark + GFM tables and task lists).
Document parse(const QByteArray &utf8);

// The text of an HTML fragment: tags left out, entities decoded, spaces
// collapsed ("<p>Page an <b>IC</b>.</p>" → "Page an IC.").
QString htmlText(const QString &html);

// Renders to HTML for a preview. Raw HTML in the source is omitted; task
// list boxes become ☐ / ☑ so a QTextBrowser shows them.
QString toHtml(const QByteArray &utf8);

// The block's inline text plus, for list items, the text of its first paragraph.
QString itemText(const Block &item);

} // namespace ic::Markdown
