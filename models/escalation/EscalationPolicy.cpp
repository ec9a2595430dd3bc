#include "models/escalation/EscalationPolicy.h"

#include "models/playbooks/Deadline.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

QString normalized(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

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

struct Table
{
    int line = 0;
    QList<QStringList> rows; // header first
    QList<int> rowLines;
};

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

// Which columns of a header row are Role, Contact and Escalation Time.
struct Columns
{
    int role = -1;
    int contact = -1;
    int time = -1;
};

Columns columnsOf(const QStringList &header)
{
    Columns c;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = normalized(header.at(i));
        if (c.role < 0 && (h == QLatin1String("role") || h == QLatin1String("rolle")))
            c.role = int(i);
        else if (c.contact < 0 && (h == QLatin1String("contact") || h == QLatin1String("kontakt")))
            c.contact = int(i);
        else if (c.time < 0 &&
                 (h.contains(QLatin1String("escalation")) || h.contains(QLatin1String("time")) ||
                  h.contains(QLatin1String("deadline"))))
            c.time = int(i);
    }
    return c;
}

void readContacts(const Table &table, const Columns &cols, EscalationPolicy &policy)
{
    QHash<QString, int> seen;
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        const int line = table.rowLines.at(r);
        EscalationContact c;
        c.line = line;
        c.role = cells.value(cols.role).simplified();
        c.contact = cells.value(cols.contact).simplified();
        c.escalationText = cols.time >= 0 ? cells.value(cols.time).trimmed() : QString();
        if (c.role.isEmpty()) {
            if (c.contact.isEmpty() && c.escalationText.isEmpty())
                continue;
            policy.errors.append({line, Tr::tr("Line %1: a contact row has no role; write who "
                                               "it is (e.g. “Security Team”).")
                                            .arg(line)});
            continue;
        }
        const QString key = normalized(c.role);
        if (seen.contains(key)) {
            policy.errors.append({line, Tr::tr("Line %1: the role %2 is listed twice (also on "
                                               "line %3); keep one row per role.")
                                            .arg(line)
                                            .arg(quoted(c.role))
                                            .arg(seen.value(key))});
            continue;
        }
        seen.insert(key, line);
        QStringList problems;
        c.rules = EscalationPolicies::parseEscalationTime(c.escalationText, &problems);
        for (const QString &p : std::as_const(problems))
            policy.errors.append({line, Tr::tr("Line %1 (%2): %3").arg(line).arg(c.role, p)});
        for (const EscalationRule &rule : std::as_const(c.rules)) {
            if (!rule.conditionUnderstood)
                policy.warnings.append(
                    {line, Tr::tr("Line %1 (%2): the condition %3 is neither a severity (e.g. "
                                  "P0/P1) nor “Data breach”; its deadline is shown but not "
                                  "tracked.")
                               .arg(line)
                               .arg(c.role, quoted(rule.condition))});
        }
        policy.contacts.append(c);
    }
}

void checkContactsAgainstGraph(EscalationPolicy &policy)
{
    for (const EscalationContact &c : std::as_const(policy.contacts)) {
        bool found = false;
        for (const FlowNode &n : std::as_const(policy.chart.nodes))
            found = found || EscalationPolicies::roleMatchesNode(c.role, n);
        if (!found && !policy.chart.nodes.isEmpty())
            policy.warnings.append(
                {c.line, Tr::tr("Line %1: no node of the graph is called %2, so this contact "
                                "is never reached; name a node like the role.")
                             .arg(c.line)
                             .arg(quoted(c.role))});
    }
}

std::once_flag extensionsRegistered;

} // namespace

Applies EscalationRule::appliesTo(const IncidentFacts &facts) const
{
    if (!conditionUnderstood)
        return Applies::Unknown;
    if (!severities.isEmpty() && !severities.contains(facts.severity))
        return Applies::No;
    if (dataBreach) {
        if (!facts.dataBreach)
            return Applies::Unknown;
        if (!*facts.dataBreach)
            return Applies::No;
    }
    return Applies::Yes;
}

QString EscalationRule::text() const
{
    return condition.isEmpty() ? deadlineText : condition + QStringLiteral(": ") + deadlineText;
}

QList<int> EscalationPolicy::contactsOf(const QString &nodeId) const
{
    QList<int> out;
    const FlowNode *node = chart.node(nodeId);
    if (!node || node->shape == NodeShape::Decision)
        return out;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        if (EscalationPolicies::roleMatchesNode(contacts.at(i).role, *node))
            out.append(int(i));
    }
    return out;
}

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

bool roleMatchesNode(const QString &role, const FlowNode &node)
{
    const QString r = normalized(role);
    if (r.isEmpty())
        return false;
    if (r == normalized(node.label) || r == normalized(node.id))
        return true;
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:/|&|,|\\+|\\n|\\band\\b|\\bor\\b|\\bund\\b)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = node.label.split(separators, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (normalized(p) == r)
            return true;
    }
    return false;
}

QList<EscalationRule> parseEscalationTime(const QString &text, QStringList *problems)
{
    QList<EscalationRule> rules;
    static const QRegularExpression split(QStringLiteral("\\s*(?:;|\\n|<br\\s*/?>)\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(split, Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        EscalationRule rule;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            rule.condition = part.left(colon).trimmed();
            const Deadline d = Deadline::parse(part.mid(colon + 1));
            rule.deadlineText = d.text;
            rule.minutes = d.minutes;
        } else if (const Deadline whole = Deadline::parse(part); whole.isKnown()) {
            rule.deadlineText = whole.text;
            rule.minutes = whole.minutes;
        } else if (const auto found = Deadline::find(part)) {
            // "P0/P1 within 15 min": the phrase is the deadline, the rest the condition.
            rule.deadlineText = found->text;
            rule.minutes = found->minutes;
            QString rest = part;
            rest.remove(rest.indexOf(found->text), found->text.size());
            static const QRegularExpression edge(
                QStringLiteral("^[\\s,:;()\\-–—]+|[\\s,:;()\\-–—]+$"));
            rule.condition = rest.remove(edge);
        } else {
            rule.deadlineText = part;
        }
        if (!rule.minutes && problems) {
            problems->append(Tr::tr("the escalation time %1 is not understood; write e.g. "
                                    "“Immediate”, “<15 min”, “P0/P1: <15 min” or “Data "
                                    "breach: <1 hour”.")
                                 .arg(quoted(part)));
        }
        static const QRegularExpression always(QStringLiteral("^(?:all|always|any|every|alle|"
                                                              "immer)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression severity(QStringLiteral("\\bP\\s?([0-3])\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression range(
            QStringLiteral("\\bP\\s?([0-3])\\s*(?:-|–|to|bis)\\s*P\\s?([0-3])\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (always.match(rule.condition).hasMatch())
            rule.condition.clear();
        auto add = [&rule](int level) {
            const Severity s = Severity(level);
            if (!rule.severities.contains(s))
                rule.severities.append(s);
        };
        for (auto m = range.globalMatch(rule.condition); m.hasNext();) {
            const auto r = m.next();
            const int a = r.captured(1).toInt();
            const int b = r.captured(2).toInt();
            for (int l = std::min(a, b); l <= std::max(a, b); ++l)
                add(l);
        }
        for (auto m = severity.globalMatch(rule.condition); m.hasNext();)
            add(m.next().captured(1).toInt());
        std::sort(rule.severities.begin(), rule.severities.end());
        rule.dataBreach = rule.condition.contains(QLatin1String("breach"), Qt::CaseInsensitive) ||
                          rule.condition.contains(QLatin1String("Datenpanne"), Qt::CaseInsensitive);
        rule.conditionUnderstood =
            rule.condition.isEmpty() || !rule.severities.isEmpty() || rule.dataBreach;
        rules.append(rule);
    }
    return rules;
}

EscalationPolicy fromMarkdown(const QByteArray &markdown, const QString &name, const QString &path)
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

    bool haveGraph = false;
    bool haveTable = false;
    bool haveTitle = false;
    std::optional<PolicyIssue> otherDiagram; // a mermaid block that is not a flowchart
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(doc.get()),
                                                               &cmark_iter_free);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it.get());
        const int line = cmark_node_get_start_line(n);
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING && !haveTitle &&
            cmark_node_get_heading_level(n) == 1) {
            const QString title = plainText(n).simplified();
            if (!title.isEmpty()) {
                policy.title = title;
                haveTitle = true;
            }
        } else if (cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK) {
            const QString info = QString::fromUtf8(cmark_node_get_fence_info(n)).trimmed();
            if (info.section(QLatin1Char(' '), 0, 0)
                    .compare(QLatin1String("mermaid"), Qt::CaseInsensitive) != 0)
                continue;
            const QString text = QString::fromUtf8(cmark_node_get_literal(n));
            static const QRegularExpression flow(
                QStringLiteral("^\\s*(?:%%[^\\n]*\\n\\s*)*(?:graph|flowchart)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (!flow.match(text).hasMatch()) {
                // Other diagrams may sit beside the graph; alone, they are the problem.
                if (!otherDiagram) {
                    const MermaidResult r = MermaidReader::read(text, line + 1);
                    otherDiagram = r.errors.value(0, PolicyIssue{line, QString()});
                }
                continue;
            }
            if (haveGraph) {
                policy.errors.append({line, Tr::tr("Line %1: a second flowchart (the first is "
                                                   "on line %2); keep one escalation graph per "
                                                   "file.")
                                                .arg(line)
                                                .arg(policy.graphLine)});
                continue;
            }
            haveGraph = true;
            policy.graphLine = line;
            MermaidResult r = MermaidReader::read(text, line + 1);
            policy.chart = std::move(r.chart);
            policy.errors.append(r.errors);
        } else if (isType(n, "table") && !haveTable) {
            const Table table = readTable(n);
            const Columns cols = columnsOf(table.rows.value(0));
            if (cols.role < 0 || cols.contact < 0)
                continue;
            haveTable = true;
            readContacts(table, cols, policy);
        }
    }
    if (!haveGraph) {
        if (otherDiagram)
            policy.errors.append(*otherDiagram);
        else
            policy.errors.append({0, Tr::tr("No ```mermaid block with a flowchart was found; an "
                                            "escalation policy needs one (“graph TD”, then e.g. "
                                            "“OnCall[On-Call Engineer] --> Lead[Engineering "
                                            "Lead]”).")});
    }
    if (!haveTable)
        policy.errors.append({0, Tr::tr("No contact table was found; an escalation policy needs "
                                        "one with the columns Role | Contact | Escalation "
                                        "Time.")});
    if (haveGraph && haveTable && policy.errors.isEmpty())
        checkContactsAgainstGraph(policy);
    std::stable_sort(policy.errors.begin(), policy.errors.end(),
                     [](const PolicyIssue &a, const PolicyIssue &b) { return a.line < b.line; });
    return policy;
}

EscalationPolicy fromFile(const QString &path)
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
    return fromMarkdown(bytes, name, path);
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

QJsonObject toJson(const EscalationPolicy &policy)
{
    auto issues = [](const QList<PolicyIssue> &list) {
        QJsonArray a;
        for (const PolicyIssue &i : list) {
            QJsonObject o{{QStringLiteral("message"), i.message}};
            if (i.line > 0)
                o.insert(QStringLiteral("line"), i.line);
            a.append(o);
        }
        return a;
    };
    QJsonArray nodes;
    for (const FlowNode &n : policy.chart.nodes)
        nodes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("label"), n.label},
                                 {QStringLiteral("shape"), shapeCode(n.shape)},
                                 {QStringLiteral("line"), n.line}});
    QJsonArray edges;
    for (const FlowEdge &e : policy.chart.edges)
        edges.append(QJsonObject{{QStringLiteral("from"), e.from},
                                 {QStringLiteral("to"), e.to},
                                 {QStringLiteral("label"), e.label},
                                 {QStringLiteral("line"), e.line}});
    QJsonArray contacts;
    for (const EscalationContact &c : policy.contacts) {
        QJsonArray rules;
        for (const EscalationRule &r : c.rules)
            rules.append(QJsonObject{
                {QStringLiteral("condition"), r.condition},
                {QStringLiteral("minutes"), r.minutes ? QJsonValue(*r.minutes) : QJsonValue()}});
        contacts.append(QJsonObject{{QStringLiteral("role"), c.role},
                                    {QStringLiteral("contact"), c.contact},
                                    {QStringLiteral("escalation_text"), c.escalationText},
                                    {QStringLiteral("rules"), rules},
                                    {QStringLiteral("line"), c.line}});
    }
    return QJsonObject{{QStringLiteral("path"), policy.path},
                       {QStringLiteral("title"), policy.title},
                       {QStringLiteral("direction"), policy.chart.direction},
                       {QStringLiteral("errors"), issues(policy.errors)},
                       {QStringLiteral("warnings"), issues(policy.warnings)},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("edges"), edges},
                       {QStringLiteral("contacts"), contacts}};
}

} // namespace EscalationPolicies
} // namespace ic
