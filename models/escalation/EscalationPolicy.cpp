#include "models/escalation/EscalationPolicy.h"

#include "models/playbooks/Deadline.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

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

// Header words, lower case without accents or punctuation, in the languages
// policies are written in. A header matches when it is one of the words or
// starts with one ("Escalation time (SLA)").
bool headerIs(const QString &header, const QStringList &words)
{
    const QString h = normalized(header.normalized(QString::NormalizationForm_D));
    if (h.isEmpty())
        return false;
    for (const QString &w : words) {
        const QString k = normalized(w.normalized(QString::NormalizationForm_D));
        if (h == k || (k.size() >= 4 && h.startsWith(k)))
            return true;
    }
    return false;
}

// Which columns of a header row name who, how to reach them, and when.
struct Columns
{
    int role = -1;
    int contact = -1;
    int time = -1;
};

Columns columnsOf(const QStringList &header)
{
    static const QStringList role{QStringLiteral("role"),
                                  QStringLiteral("roles"),
                                  QStringLiteral("rolle"),
                                  QStringLiteral("rol"),
                                  QStringLiteral("rôle"),
                                  QStringLiteral("who"),
                                  QStringLiteral("wer"),
                                  QStringLiteral("quién"),
                                  QStringLiteral("qui"),
                                  QStringLiteral("function"),
                                  QStringLiteral("funktion"),
                                  QStringLiteral("función"),
                                  QStringLiteral("fonction"),
                                  QStringLiteral("position"),
                                  QStringLiteral("puesto"),
                                  QStringLiteral("poste"),
                                  QStringLiteral("team"),
                                  QStringLiteral("equipo"),
                                  QStringLiteral("équipe"),
                                  QStringLiteral("responsible"),
                                  QStringLiteral("responsable"),
                                  QStringLiteral("verantwortlich"),
                                  QStringLiteral("escalation level"),
                                  QStringLiteral("person"),
                                  QStringLiteral("persona"),
                                  QStringLiteral("personne"),
                                  QStringLiteral("name"),
                                  QStringLiteral("nombre"),
                                  QStringLiteral("nom"),
                                  QStringLiteral("stakeholder"),
                                  QStringLiteral("owner")};
    static const QStringList contact{
        QStringLiteral("contact"),      QStringLiteral("contacts"),
        QStringLiteral("kontakt"),      QStringLiteral("contacto"),
        QStringLiteral("contact info"), QStringLiteral("how to reach"),
        QStringLiteral("reach"),        QStringLiteral("erreichbarkeit"),
        QStringLiteral("email"),        QStringLiteral("e-mail"),
        QStringLiteral("mail"),         QStringLiteral("correo"),
        QStringLiteral("courriel"),     QStringLiteral("phone"),
        QStringLiteral("telefon"),      QStringLiteral("teléfono"),
        QStringLiteral("téléphone"),    QStringLiteral("channel"),
        QStringLiteral("kanal"),        QStringLiteral("canal"),
        QStringLiteral("pager"),        QStringLiteral("slack"),
        QStringLiteral("method"),       QStringLiteral("medio"),
        QStringLiteral("moyen"),        QStringLiteral("via")};
    static const QStringList time{QStringLiteral("escalation time"),
                                  QStringLiteral("escalation"),
                                  QStringLiteral("time"),
                                  QStringLiteral("deadline"),
                                  QStringLiteral("within"),
                                  QStringLiteral("sla"),
                                  QStringLiteral("response time"),
                                  QStringLiteral("when"),
                                  QStringLiteral("when to engage"),
                                  QStringLiteral("when to escalate"),
                                  QStringLiteral("after"),
                                  QStringLiteral("eskalation"),
                                  QStringLiteral("eskalationszeit"),
                                  QStringLiteral("zeit"),
                                  QStringLiteral("frist"),
                                  QStringLiteral("wann"),
                                  QStringLiteral("reaktionszeit"),
                                  QStringLiteral("tiempo"),
                                  QStringLiteral("plazo"),
                                  QStringLiteral("cuándo"),
                                  QStringLiteral("escalado"),
                                  QStringLiteral("escalamiento"),
                                  QStringLiteral("délai"),
                                  QStringLiteral("quand"),
                                  QStringLiteral("escalade"),
                                  QStringLiteral("temps")};
    Columns c;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        if (c.time < 0 && headerIs(h, time))
            c.time = int(i);
        else if (c.contact < 0 && headerIs(h, contact))
            c.contact = int(i);
        else if (c.role < 0 && headerIs(h, role))
            c.role = int(i);
    }
    return c;
}

bool looksLikeContact(const QString &text)
{
    static const QRegularExpression how(
        QStringLiteral("@|https?://|\\+?\\d[\\d ()/-]{6,}|#[\\w-]+|\\b(?:slack|pagerduty|opsgenie|"
                       "teams|phone|tel|email|e-mail|pager|signal|whatsapp|bridge|call|llamada|"
                       "anruf|appel)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return how.match(text).hasMatch();
}

QStringList uniqueRoles(const EscalationPolicy &policy)
{
    QStringList keys;
    for (const EscalationContact &c : policy.contacts)
        keys << normalized(c.role);
    return keys;
}

void addContact(EscalationPolicy &policy, EscalationContact c)
{
    if (policy.contacts.size() >= EscalationPolicies::MaxContacts)
        return;
    QStringList problems;
    c.rules = EscalationPolicies::parseEscalationTime(c.escalationText, &problems);
    for (const QString &p : std::as_const(problems))
        policy.warnings.append(
            {c.line, Tr::tr("Line %1 (%2): %3 It is shown as written, with no deadline tracked.")
                         .arg(c.line)
                         .arg(c.role, p)});
    for (const EscalationRule &rule : std::as_const(c.rules)) {
        if (!rule.conditionUnderstood)
            policy.warnings.append(
                {c.line, Tr::tr("Line %1 (%2): the condition %3 is neither a severity (e.g. "
                                "P0/P1) nor “Data breach”; its deadline is shown but not "
                                "tracked.")
                             .arg(c.line)
                             .arg(c.role, quoted(rule.condition))});
    }
    policy.contacts.append(c);
}

void readContacts(const Table &table, const Columns &cols, EscalationPolicy &policy)
{
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        const int line = table.rowLines.at(r);
        EscalationContact c;
        c.line = line;
        c.source = EscalationContact::Source::Table;
        c.role = cells.value(cols.role).simplified();
        c.contact = cols.contact >= 0 ? cells.value(cols.contact).simplified() : QString();
        c.escalationText = cols.time >= 0 ? cells.value(cols.time).trimmed() : QString();
        if (c.role.isEmpty()) {
            if (!c.contact.isEmpty() || !c.escalationText.isEmpty())
                policy.warnings.append({line, Tr::tr("Line %1: a contact row has no role, so it "
                                                     "was left out; write who it is (e.g. "
                                                     "“Security Team”).")
                                                  .arg(line)});
            continue;
        }
        const QString key = normalized(c.role);
        const qsizetype twice = uniqueRoles(policy).indexOf(key);
        if (twice >= 0) {
            policy.warnings.append({line, Tr::tr("Line %1: the role %2 is listed twice (also on "
                                                 "line %3); the first row is used.")
                                              .arg(line)
                                              .arg(quoted(c.role))
                                              .arg(policy.contacts.at(twice).line)});
            continue;
        }
        addContact(policy, c);
    }
}

void checkContactsAgainstGraph(EscalationPolicy &policy)
{
    for (const EscalationContact &c : std::as_const(policy.contacts)) {
        if (c.source != EscalationContact::Source::Table)
            continue;
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

QString EscalationContact::sourceCode(Source source)
{
    switch (source) {
    case Source::Table:
        return QStringLiteral("table");
    case Source::List:
        return QStringLiteral("list");
    case Source::Graph:
        return QStringLiteral("graph");
    }
    return QStringLiteral("table");
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

namespace {

// A list item "**Security Lead**: sec@example.com, within 15 min" (or
// "Security Lead — +1 555 0100") whose name is a node of the graph.
void readListContacts(const QList<std::pair<int, QString>> &items, EscalationPolicy &policy)
{
    static const QRegularExpression labelled(
        QStringLiteral("^\\s*([^:—–|]{2,60}?)\\s*(?::|—|–|\\s-\\s|\\|)\\s*(\\S.*)$"));
    for (const auto &[line, text] : items) {
        const auto m = labelled.match(text);
        if (!m.hasMatch())
            continue;
        const QString role = m.captured(1).simplified();
        const QString rest = m.captured(2).simplified();
        if (!looksLikeContact(rest))
            continue;
        bool names = false;
        for (const FlowNode &n : std::as_const(policy.chart.nodes))
            names = names || (n.shape != NodeShape::Decision &&
                              EscalationPolicies::roleMatchesNode(role, n));
        if (!names || uniqueRoles(policy).contains(normalized(role)))
            continue;
        EscalationContact c;
        c.role = role;
        c.contact = rest;
        c.line = line;
        c.source = EscalationContact::Source::List;
        if (const auto d = Deadline::findMarked(rest))
            c.escalationText = d->text;
        addContact(policy, c);
    }
}

// Nodes nobody stands behind still carry the deadline their own label or
// the arrow into them names ("Notify legal (within 1 h)", "-->|15 min|").
void readGraphDeadlines(EscalationPolicy &policy)
{
    const Flowchart &chart = policy.chart;
    // Contacts from tables and lists are matched against every node; those
    // made here from the graph by their (normalised) labels, so a large
    // graph is read in linear time.
    const qsizetype written = policy.contacts.size();
    QSet<QString> fromGraph;
    for (const FlowNode &n : chart.nodes) {
        if (n.shape == NodeShape::Decision)
            continue;
        const QString role = QString(n.label).replace(QLatin1Char('\n'), QLatin1Char(' '));
        bool known = fromGraph.contains(normalized(role));
        for (qsizetype i = 0; i < written && !known; ++i)
            known = EscalationPolicies::roleMatchesNode(policy.contacts.at(i).role, n);
        if (known)
            continue;
        std::optional<Deadline> d =
            Deadline::findMarked(QString(n.label).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        int line = n.line;
        if (!d) {
            for (int e : chart.incoming(n.id)) {
                const QString &label = chart.edges.at(e).label;
                if (label.isEmpty())
                    continue;
                Deadline whole = Deadline::parse(label);
                if (whole.isKnown())
                    d = whole;
                else
                    d = Deadline::findMarked(label);
                if (d) {
                    line = chart.edges.at(e).line;
                    break;
                }
            }
        }
        if (!d || !d->isKnown())
            continue;
        EscalationContact c;
        c.role = role;
        c.line = line;
        c.source = EscalationContact::Source::Graph;
        c.escalationText = d->text;
        fromGraph.insert(normalized(role));
        addContact(policy, c);
    }
}

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
    auto endCode = [](EdgeEnd e) {
        switch (e) {
        case EdgeEnd::None:
            return QStringLiteral("none");
        case EdgeEnd::Arrow:
            return QStringLiteral("arrow");
        case EdgeEnd::Circle:
            return QStringLiteral("circle");
        case EdgeEnd::Cross:
            return QStringLiteral("cross");
        }
        return QStringLiteral("none");
    };
    auto strokeCode = [](EdgeStroke s) {
        switch (s) {
        case EdgeStroke::Normal:
            return QStringLiteral("normal");
        case EdgeStroke::Thick:
            return QStringLiteral("thick");
        case EdgeStroke::Dotted:
            return QStringLiteral("dotted");
        }
        return QStringLiteral("normal");
    };
    QJsonArray nodes;
    for (const FlowNode &n : policy.chart.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("label"), n.label},
                      {QStringLiteral("shape"), shapeCode(n.shape)},
                      {QStringLiteral("mermaid_shape"), n.mermaidShape},
                      {QStringLiteral("line"), n.line}};
        if (!n.subgraph.isEmpty())
            o.insert(QStringLiteral("subgraph"), n.subgraph);
        if (!n.classes.isEmpty())
            o.insert(QStringLiteral("classes"), QJsonArray::fromStringList(n.classes));
        nodes.append(o);
    }
    QJsonArray edges;
    for (const FlowEdge &e : policy.chart.edges) {
        QJsonObject o{{QStringLiteral("from"), e.from},
                      {QStringLiteral("to"), e.to},
                      {QStringLiteral("label"), e.label},
                      {QStringLiteral("line"), e.line},
                      {QStringLiteral("stroke"), strokeCode(e.stroke)},
                      {QStringLiteral("head"), endCode(e.head)},
                      {QStringLiteral("tail"), endCode(e.tail)},
                      {QStringLiteral("length"), e.length}};
        if (!e.id.isEmpty())
            o.insert(QStringLiteral("id"), e.id);
        if (!e.viaSubgraph.isEmpty())
            o.insert(QStringLiteral("via_subgraph"), e.viaSubgraph);
        edges.append(o);
    }
    QJsonArray subgraphs;
    for (const FlowSubgraph &s : policy.chart.subgraphs)
        subgraphs.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("direction"), s.direction},
                                     {QStringLiteral("parent"), s.parent},
                                     {QStringLiteral("line"), s.line},
                                     {QStringLiteral("end_line"), s.endLine}});
    QJsonArray contacts;
    for (const EscalationContact &c : policy.contacts) {
        QJsonArray rules;
        for (const EscalationRule &r : c.rules)
            rules.append(QJsonObject{
                {QStringLiteral("condition"), r.condition},
                {QStringLiteral("minutes"), r.minutes ? QJsonValue(*r.minutes) : QJsonValue()}});
        contacts.append(
            QJsonObject{{QStringLiteral("role"), c.role},
                        {QStringLiteral("contact"), c.contact},
                        {QStringLiteral("escalation_text"), c.escalationText},
                        {QStringLiteral("rules"), rules},
                        {QStringLiteral("source"), EscalationContact::sourceCode(c.source)},
                        {QStringLiteral("line"), c.line}});
    }
    QJsonArray graphs;
    for (qsizetype i = 0; i < policy.graphs.size(); ++i) {
        const PolicyGraph &g = policy.graphs.at(i);
        graphs.append(QJsonObject{{QStringLiteral("number"), int(i) + 1},
                                  {QStringLiteral("line"), g.line},
                                  {QStringLiteral("title"), g.title},
                                  {QStringLiteral("caption"), g.caption},
                                  {QStringLiteral("nodes"), g.nodes},
                                  {QStringLiteral("edges"), g.edges},
                                  {QStringLiteral("errors"), g.errors},
                                  {QStringLiteral("shown"), i == policy.graphIndex}});
    }
    return QJsonObject{{QStringLiteral("path"), policy.path},
                       {QStringLiteral("title"), policy.title},
                       {QStringLiteral("direction"), policy.chart.direction},
                       {QStringLiteral("graph"),
                        policy.graphIndex >= 0 ? QJsonValue(policy.graphIndex + 1) : QJsonValue()},
                       {QStringLiteral("graph_title"), policy.chart.title},
                       {QStringLiteral("graphs"), graphs},
                       {QStringLiteral("errors"), issues(policy.errors)},
                       {QStringLiteral("warnings"), issues(policy.warnings)},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("edges"), edges},
                       {QStringLiteral("subgraphs"), subgraphs},
                       {QStringLiteral("invisible_links"), policy.chart.invisibleLinks},
                       {QStringLiteral("contacts"), contacts}};
}

} // namespace EscalationPolicies
} // namespace ic
