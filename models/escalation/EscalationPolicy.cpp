// The policy reader: a Markdown document's flowcharts (fences, HTML and
// wiki blocks) and tables, the flowchart shown, files and the built-in
// policies. Contacts and deadlines are read in EscalationPolicyContacts.cpp
// and EscalationPolicyDeadlines.cpp.
#include "models/escalation/EscalationPolicy.h"

#include "models/escalation/EscalationPolicyDetail.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <optional>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EscalationPolicies)
};

// Plain text of a node's inline content; <br> becomes a line break.
QString plainText(cmark_node *node)
{
    QString text;
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(node),
                                                               &cmark_iter_free);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it.get());
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += QString::fromUtf8(cmark_node_get_literal(n));
            break;
        case CMARK_NODE_HTML_INLINE: {
            const QString html = QString::fromUtf8(cmark_node_get_literal(n)).toLower();
            if (html.startsWith(QLatin1String("<br")))
                text += QLatin1Char('\n');
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += QLatin1Char('\n');
            break;
        default:
            break;
        }
    }
    return text.trimmed();
}

bool isType(cmark_node *n, const char *type)
{
    return qstrcmp(cmark_node_get_type_string(n), type) == 0;
}

using policy_detail::Table;

Table readTable(cmark_node *table)
{
    Table t;
    t.line = cmark_node_get_start_line(table);
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
        QStringList cells;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
            cells << plainText(cell);
        t.rows << cells;
        t.rowLines << cmark_node_get_start_line(row);
    }
    return t;
}

// Where a diagram sits and what was written just above it.
struct Context
{
    int line = 0;
    QString text;
    bool heading = false;
};

struct Diagram
{
    int line = 0;      // of the fence or opening tag
    int firstLine = 0; // of the diagram text
    QString text;
};

bool escalationWords(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("escalat|eskal|escalad|escalam|escalier|on-?call|bereitschaft|guardia|"
                       "astreinte|notify|notific|benachrichtig|alert|pag(?:e|ing)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
}

QString htmlDecoded(QString s)
{
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&#34;"), QLatin1String("\""));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

std::once_flag extensionsRegistered;

} // namespace

using policy_detail::checkContactsAgainstGraph;
using policy_detail::Columns;
using policy_detail::columnsOf;
using policy_detail::readContacts;
using policy_detail::readGraphDeadlines;
using policy_detail::readListContacts;

bool EscalationPolicy::isStart(const QString &nodeId) const
{
    for (const FlowEdge &e : chart.edges) {
        if (e.to == nodeId && e.from != nodeId)
            return false;
    }
    return true;
}

namespace EscalationPolicies {

QString securityTeamName()
{
    return QStringLiteral("security-team");
}

QString platformName()
{
    return QStringLiteral("platform");
}

namespace {

int graphScore(const PolicyGraph &g, const MermaidResult &r)
{
    int decisions = 0;
    for (const FlowNode &n : r.chart.nodes)
        decisions += n.shape == NodeShape::Decision ? 1 : 0;
    int score = g.edges * 2 + g.nodes + decisions * 3;
    if (escalationWords(g.title) || escalationWords(g.caption) || escalationWords(r.chart.title))
        score += 1000;
    if (g.errors > 0)
        score -= 2000;
    return score;
}

} // namespace

EscalationPolicy fromMarkdown(const QByteArray &markdown, const QString &name, const QString &path,
                              int graph)
{
    EscalationPolicy policy;
    policy.name = name;
    policy.title = name;
    policy.path = path;
    if (markdown.size() > MaxFileBytes) {
        policy.errors.append({0, Tr::tr("The file is larger than %1 KiB; an escalation policy "
                                        "is a short document. It was not read.")
                                     .arg(MaxFileBytes / 1024)});
        return policy;
    }

    std::call_once(extensionsRegistered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
        cmark_parser_new(CMARK_OPT_VALIDATE_UTF8), &cmark_parser_free);
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser.get(), table);
    cmark_parser_feed(parser.get(), markdown.constData(), size_t(markdown.size()));
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                                &cmark_node_free);

    bool haveTitle = false;
    QList<Context> contexts;
    QList<Diagram> diagrams;
    QList<Table> tables;
    QList<std::pair<int, int>> codeRanges;
    QList<std::pair<int, QString>> items;
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(doc.get()),
                                                               &cmark_iter_free);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it.get());
        const int line = cmark_node_get_start_line(n);
        const auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HEADING) {
            const QString title = plainText(n).simplified();
            if (!haveTitle && cmark_node_get_heading_level(n) == 1 && !title.isEmpty()) {
                policy.title = title;
                haveTitle = true;
            }
            contexts.append({line, title, true});
        } else if (type == CMARK_NODE_PARAGRAPH) {
            cmark_node *parent = cmark_node_parent(n);
            const QString text = plainText(n).simplified();
            if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM) {
                if (items.size() < MaxContacts * 4)
                    items.append({line, text});
            } else if (!text.isEmpty()) {
                contexts.append({line, text, false});
            }
        } else if (type == CMARK_NODE_CODE_BLOCK) {
            codeRanges.append({line, cmark_node_get_end_line(n)});
            QString info = QString::fromUtf8(cmark_node_get_fence_info(n)).trimmed();
            info = info.section(QLatin1Char(' '), 0, 0);
            info.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
            if (info.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) == 0 &&
                diagrams.size() < MaxGraphs)
                diagrams.append({line, line + 1, QString::fromUtf8(cmark_node_get_literal(n))});
        } else if (isType(n, "table")) {
            if (tables.size() < MaxGraphs)
                tables.append(readTable(n));
        }
    }

    // Diagrams in HTML (<div class="mermaid">, <pre class="mermaid">) and
    // Azure DevOps wiki blocks (::: mermaid), outside code blocks.
    {
        const QString source = QString::fromUtf8(markdown);
        auto inCode = [&codeRanges](int line) {
            for (const auto &[a, b] : codeRanges) {
                if (line >= a && line <= b)
                    return true;
            }
            return false;
        };
        static const QRegularExpression html(
            QStringLiteral("<(div|pre)\\b[^>]{0,300}?\\bclass\\s*=\\s*[\"'][^\"']{0,200}?"
                           "\\bmermaid\\b[^\"']{0,200}?[\"'][^>]{0,300}>(.*?)</\\1\\s*>"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression wiki(
            QStringLiteral("^[ \\t]*:::[ \\t]*mermaid[ \\t]*\\n(.*?)^[ \\t]*:::[ \\t]*$"),
            QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption |
                QRegularExpression::CaseInsensitiveOption);
        auto lineOf = [&source](qsizetype offset) {
            return int(QStringView(source).left(offset).count(QLatin1Char('\n'))) + 1;
        };
        for (auto m = html.globalMatch(source); m.hasNext() && diagrams.size() < MaxGraphs;) {
            const auto x = m.next();
            const int line = lineOf(x.capturedStart(0));
            if (inCode(line))
                continue;
            diagrams.append({line, lineOf(x.capturedStart(2)), htmlDecoded(x.captured(2))});
        }
        for (auto m = wiki.globalMatch(source); m.hasNext() && diagrams.size() < MaxGraphs;) {
            const auto x = m.next();
            const int line = lineOf(x.capturedStart(0));
            if (inCode(line))
                continue;
            diagrams.append({line, line + 1, x.captured(1)});
        }
        std::sort(diagrams.begin(), diagrams.end(),
                  [](const Diagram &a, const Diagram &b) { return a.line < b.line; });
    }

    std::optional<PolicyIssue> otherDiagram; // a mermaid block that is not a flowchart
    QList<MermaidResult> results;
    for (const Diagram &d : std::as_const(diagrams)) {
        if (!MermaidReader::isFlowchart(d.text)) {
            if (!otherDiagram) {
                const MermaidResult r = MermaidReader::read(d.text, d.firstLine);
                otherDiagram = r.errors.value(0, PolicyIssue{d.line, QString()});
            }
            continue;
        }
        PolicyGraph g;
        g.line = d.line;
        g.firstLine = d.firstLine;
        g.text = d.text;
        g.kind = QStringLiteral("flowchart");
        MermaidResult r = MermaidReader::read(d.text, d.firstLine);
        g.nodes = int(r.chart.nodes.size());
        g.edges = int(r.chart.edges.size());
        g.errors = int(r.errors.size());
        for (const Context &c : std::as_const(contexts)) {
            if (c.line >= d.line)
                break;
            if (c.heading) {
                g.title = c.text;
                g.caption.clear();
            } else {
                g.caption = c.text.left(300);
            }
        }
        if (!r.chart.title.isEmpty())
            g.title = r.chart.title;
        if (g.title.size() > 120)
            g.title = g.title.left(119) + QStringLiteral("…");
        policy.graphs.append(g);
        results.append(std::move(r));
    }

    if (policy.graphs.isEmpty()) {
        if (otherDiagram && !otherDiagram->message.isEmpty())
            policy.errors.append(*otherDiagram);
        else
            policy.errors.append({0, Tr::tr("No mermaid flowchart was found (```mermaid, "
                                            "<div class=\"mermaid\"> or ::: mermaid); an "
                                            "escalation policy needs one (“graph TD”, then e.g. "
                                            "“OnCall[On-Call Engineer] --> Lead[Engineering "
                                            "Lead]”).")});
        return policy;
    }
    if (graph > policy.graphs.size() || graph < 0) {
        policy.errors.append(
            {0, Tr::tr("The document has %n flowchart(s); there is no flowchart number %1. "
                       "Nothing was chosen.",
                       nullptr, int(policy.graphs.size()))
                    .arg(graph)});
        return policy;
    }
    int chosen = graph - 1;
    policy.graphChosen = graph > 0;
    if (chosen < 0) {
        chosen = 0;
        for (int i = 1; i < policy.graphs.size(); ++i) {
            if (graphScore(policy.graphs[i], results[i]) >
                graphScore(policy.graphs[chosen], results[chosen]))
                chosen = i;
        }
    }
    policy.graphIndex = chosen;
    policy.graphLine = policy.graphs[chosen].line;
    policy.chart = results[chosen].chart;
    policy.errors.append(results[chosen].errors);
    policy.warnings.append(results[chosen].warnings);
    for (int i = 0; i < policy.graphs.size(); ++i) {
        if (i == chosen || policy.graphs[i].errors == 0)
            continue;
        policy.warnings.append(
            {policy.graphs[i].line,
             Tr::tr("Line %1: the flowchart there (not the one shown) has %n problem(s); the "
                    "first: %2",
                    nullptr, policy.graphs[i].errors)
                 .arg(policy.graphs[i].line)
                 .arg(results[i].errors.first().message)});
    }

    for (const Table &table : std::as_const(tables)) {
        const Columns cols = columnsOf(table.rows.value(0));
        if (cols.role < 0 || (cols.contact < 0 && cols.time < 0))
            continue;
        readContacts(table, cols, policy);
    }
    readListContacts(items, policy);
    if (policy.errors.isEmpty())
        checkContactsAgainstGraph(policy);
    readGraphDeadlines(policy);
    std::stable_sort(policy.errors.begin(), policy.errors.end(),
                     [](const PolicyIssue &a, const PolicyIssue &b) { return a.line < b.line; });
    std::stable_sort(policy.warnings.begin(), policy.warnings.end(),
                     [](const PolicyIssue &a, const PolicyIssue &b) { return a.line < b.line; });
    return policy;
}

EscalationPolicy fromFile(const QString &path, int graph)
{
    const QFileInfo info(path);
    const QString name = info.completeBaseName();
    auto failed = [&](const QString &message) {
        EscalationPolicy p;
        p.name = name;
        p.title = name;
        p.path = path;
        p.errors.append({0, message});
        return p;
    };
    QFile file(path);
    if (!info.exists())
        return failed(Tr::tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return failed(Tr::tr("%1 is a folder, not a policy file.").arg(path));
    if (info.size() > MaxFileBytes)
        return failed(Tr::tr("The file is larger than %1 KiB; an escalation policy is a short "
                             "document. It was not read.")
                          .arg(MaxFileBytes / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return failed(Tr::tr("The file %1 could not be read: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.contains('\0'))
        return failed(Tr::tr("%1 contains NUL bytes; it is not a Markdown document. Nothing was "
                             "read.")
                          .arg(path));
    return fromMarkdown(bytes, name, path, graph);
}

const QList<EscalationPolicy> &builtIn()
{
    static const QList<EscalationPolicy> policies = [] {
        QList<EscalationPolicy> list;
        const std::pair<QString, QString> files[] = {
            {securityTeamName(), QStringLiteral(":/escalation/security-team.md")},
            {platformName(), QStringLiteral(":/escalation/platform.md")}};
        for (const auto &[name, file] : files) {
            EscalationPolicy p = fromFile(file);
            p.name = name;
            p.builtIn = true;
            list.append(p);
        }
        return list;
    }();
    return policies;
}

const EscalationPolicy *findBuiltIn(const QString &name)
{
    for (const EscalationPolicy &p : builtIn()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace EscalationPolicies
} // namespace ic
