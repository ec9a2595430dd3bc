// The policy reader's contacts: contact tables (their columns in any order
// and language), list items naming a node, and whether a role names a node.
#include "models/escalation/EscalationPolicyDetail.h"
#include "models/playbooks/Deadline.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::EscalationPolicies)
};

} // namespace

namespace policy_detail {

namespace {

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

} // namespace

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

} // namespace policy_detail

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

namespace EscalationPolicies {

using policy_detail::normalized;

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

} // namespace EscalationPolicies
} // namespace ic
