#include "models/playbooks/Markdown.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>

namespace ic::Markdown {

namespace {

// cmark-gfm's extension registry is global; fill it once, from any thread.
void ensureExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

const int Options = CMARK_OPT_VALIDATE_UTF8;

ParserPtr makeParser(std::initializer_list<const char *> extensions)
{
    ensureExtensions();
    ParserPtr parser(cmark_parser_new(Options));
    for (const char *name : extensions) {
        if (cmark_syntax_extension *e = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), e);
    }
    return parser;
}

bool is(cmark_node *node, const char *typeString)
{
    return std::strcmp(cmark_node_get_type_string(node), typeString) == 0;
}

bool isInline(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

QString literal(cmark_node *node)
{
    const char *s = cmark_node_get_literal(node);
    return s ? QString::fromUtf8(s) : QString();
}

// The plain text of a block's inlines, and whether it is bold throughout.
// Iterative: emphasis can nest as deep as the input likes.
struct InlineText
{
    QString text;
    bool strongOnly = false;
    QString strongLead;
    bool linkLead = false;
    qreal linkShare = 0;
    bool codeOnly = false;
    bool checkbox = false;
};

InlineText inlineText(cmark_node *block)
{
    InlineText out;
    IterPtr it(cmark_iter_new(block));
    int strongDepth = 0;
    bool outsideStrong = false; // text outside bold other than ':' and spaces
    bool anyStrong = false;
    cmark_node *leadStrong = nullptr;
    if (cmark_node *first = cmark_node_first_child(block);
        first && cmark_node_get_type(first) == CMARK_NODE_STRONG)
        leadStrong = first;
    bool inLead = false;
    int linkDepth = 0;
    bool seenContent = false; // text before the first link decides linkLead
    qsizetype linked = 0, codeChars = 0, otherChars = 0;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it.get());
        if (n == block)
            continue;
        const auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_LINK) {
            if (ev == CMARK_EVENT_ENTER) {
                if (!seenContent)
                    out.linkLead = true;
                ++linkDepth;
            } else {
                --linkDepth;
            }
            continue;
        }
        if (type == CMARK_NODE_HTML_INLINE && ev == CMARK_EVENT_ENTER) {
            const QString html = literal(n).toLower();
            if (html.startsWith(QLatin1String("<input")) &&
                html.contains(QLatin1String("checkbox")))
                out.checkbox = true;
            if (html.startsWith(QLatin1String("<br")))
                out.text += QLatin1Char(' ');
            continue;
        }
        if (type == CMARK_NODE_STRONG) {
            strongDepth += ev == CMARK_EVENT_ENTER ? 1 : -1;
            anyStrong = true;
            if (n == leadStrong)
                inLead = ev == CMARK_EVENT_ENTER;
            continue;
        }
        if (ev != CMARK_EVENT_ENTER)
            continue;
        QString piece;
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            piece = literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            piece = QStringLiteral(" ");
            break;
        default:
            break;
        }
        if (piece.isEmpty())
            continue;
        const qsizetype visible = piece.trimmed().size();
        if (visible > 0)
            seenContent = true;
        if (linkDepth > 0)
            linked += visible;
        if (type == CMARK_NODE_CODE)
            codeChars += visible;
        else
            otherChars += visible;
        out.text += piece;
        if (inLead)
            out.strongLead += piece;
        if (strongDepth == 0) {
            for (QChar c : std::as_const(piece)) {
                if (!c.isSpace() && c != QLatin1Char(':'))
                    outsideStrong = true;
            }
        }
    }
    out.text = out.text.simplified();
    out.strongLead = out.strongLead.simplified();
    out.strongOnly = anyStrong && !outsideStrong && !out.text.isEmpty();
    const qsizetype total = codeChars + otherChars;
    out.linkShare = total > 0 ? qreal(linked) / qreal(total) : 0;
    out.codeOnly = codeChars > 0 && otherChars == 0;
    static const QRegularExpression box(QStringLiteral("^\\[[ xX]?\\]$|^[☐☑✅⬜]$"));
    if (box.match(out.text).hasMatch())
        out.checkbox = true;
    return out;
}

Block::Type blockType(cmark_node *n)
{
    switch (cmark_node_get_type(n)) {
    case CMARK_NODE_DOCUMENT:
        return Block::Type::Document;
    case CMARK_NODE_HEADING:
        return Block::Type::Heading;
    case CMARK_NODE_PARAGRAPH:
        return Block::Type::Paragraph;
    case CMARK_NODE_LIST:
        return Block::Type::List;
    case CMARK_NODE_ITEM:
        return Block::Type::Item;
    case CMARK_NODE_CODE_BLOCK:
        return Block::Type::CodeBlock;
    case CMARK_NODE_BLOCK_QUOTE:
        return Block::Type::BlockQuote;
    case CMARK_NODE_HTML_BLOCK:
        return Block::Type::HtmlBlock;
    case CMARK_NODE_THEMATIC_BREAK:
        return Block::Type::ThematicBreak;
    default:
        break;
    }
    if (is(n, "table"))
        return Block::Type::Table;
    if (is(n, "table_header") || is(n, "table_row"))
        return Block::Type::TableRow;
    if (is(n, "table_cell"))
        return Block::Type::TableCell;
    return Block::Type::Other;
}

// Blocks whose inlines we read as text instead of walking into them.
bool hasInlineText(Block::Type t)
{
    return t == Block::Type::Heading || t == Block::Type::Paragraph || t == Block::Type::TableCell;
}

Block makeBlock(cmark_node *n)
{
    Block b;
    b.type = blockType(n);
    b.startLine = cmark_node_get_start_line(n);
    b.endLine = cmark_node_get_end_line(n);
    switch (b.type) {
    case Block::Type::Heading:
        b.headingLevel = cmark_node_get_heading_level(n);
        break;
    case Block::Type::List:
        b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        break;
    case Block::Type::Item:
        b.task = is(n, "tasklist");
        b.checked = b.task && cmark_gfm_extensions_get_tasklist_item_checked(n);
        break;
    case Block::Type::TableRow:
        b.headerRow = is(n, "table_header");
        break;
    case Block::Type::HtmlBlock:
        b.html = literal(n);
        break;
    case Block::Type::CodeBlock: {
        int length = 0, offset = 0;
        char character = 0;
        b.fenced = cmark_node_get_fenced(n, &length, &offset, &character) != 0;
        const char *info = cmark_node_get_fence_info(n);
        b.info = info ? QString::fromUtf8(info).trimmed() : QString();
        b.literal = literal(n);
        break;
    }
    default:
        break;
    }
    if (hasInlineText(b.type)) {
        const InlineText t = inlineText(n);
        b.text = t.text;
        b.strongOnly = t.strongOnly;
        b.strongLead = t.strongLead;
        b.linkLead = t.linkLead;
        b.linkShare = t.linkShare;
        b.codeOnly = t.codeOnly;
        b.checkbox = t.checkbox;
    }
    return b;
}

NodePtr parseNode(cmark_parser *parser, const QByteArray &utf8)
{
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    return NodePtr(cmark_parser_finish(parser));
}

} // namespace

Document parse(const QByteArray &utf8)
{
    Document doc;
    doc.lineCount = int(utf8.count('\n')) + (utf8.endsWith('\n') || utf8.isEmpty() ? 0 : 1);
    ParserPtr parser = makeParser({"table", "tasklist"});
    NodePtr root = parseNode(parser.get(), utf8);
    if (!root)
        return doc;

    doc.root = makeBlock(root.get());
    // Walk with cmark's iterator, keeping our own stack of open containers:
    // no recursion, and a depth limit for the value tree.
    QList<Block *> stack{&doc.root};
    QList<cmark_node *> nodes{root.get()};
    IterPtr it(cmark_iter_new(root.get()));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it.get());
        if (n == root.get())
            continue;
        if (ev == CMARK_EVENT_EXIT) {
            if (nodes.size() > 1 && nodes.constLast() == n) {
                nodes.removeLast();
                stack.removeLast();
            }
            continue;
        }
        if (isInline(n)) // only reached under blocks we do not read as text
            continue;
        if (stack.size() > Document::MaxDepth) {
            if (doc.cutOffLine == 0)
                doc.cutOffLine = cmark_node_get_start_line(n);
            cmark_iter_reset(it.get(), n, CMARK_EVENT_EXIT);
            continue;
        }
        Block *parent = stack.constLast();
        parent->children.append(makeBlock(n));
        Block *added = &parent->children.last();
        if (hasInlineText(added->type)) {
            cmark_iter_reset(it.get(), n, CMARK_EVENT_EXIT); // inlines already read
            continue;
        }
        if (cmark_node_first_child(n) != nullptr) {
            stack.append(added);
            nodes.append(n);
        }
    }
    return doc;
}

QString toHtml(const QByteArray &utf8)
{
    ParserPtr parser = makeParser({"table", "tasklist", "strikethrough", "autolink"});
    NodePtr root = parseNode(parser.get(), utf8);
    if (!root)
        return {};
    char *html =
        cmark_render_html(root.get(), Options, cmark_parser_get_syntax_extensions(parser.get()));
    QString out = QString::fromUtf8(html);
    std::free(html);
    // QTextDocument has no form controls: show task boxes as symbols.
    static const QRegularExpression checked(
        QStringLiteral("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"));
    static const QRegularExpression open(
        QStringLiteral("<input type=\"checkbox\" disabled=\"\" />"));
    out.replace(checked, QStringLiteral("☑"));
    out.replace(open, QStringLiteral("☐"));
    return out;
}

QString htmlText(const QString &html)
{
    static const QRegularExpression block(
        QStringLiteral("<(?:br|/p|/div|/li|/tr|/h\\d|/td|/th)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^<>]{0,2000}>"));
    QString t = html;
    t.remove(comment);
    t.replace(block, QStringLiteral(" "));
    t.remove(tag);
    t.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    t.replace(QLatin1String("&lt;"), QLatin1String("<"));
    t.replace(QLatin1String("&gt;"), QLatin1String(">"));
    t.replace(QLatin1String("&quot;"), QLatin1String("\""));
    t.replace(QLatin1String("&#39;"), QLatin1String("'"));
    t.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return t.simplified();
}

QString itemText(const Block &item)
{
    if (!item.text.isEmpty())
        return item.text;
    if (!item.children.isEmpty() && item.children.first().type == Block::Type::Paragraph)
        return item.children.first().text;
    return {};
}

} // namespace ic::Markdown
