#include "models/playbooks/Outline.h"

#include <QRegularExpression>
#include <QSet>

namespace ic::Outline {

namespace {

using Markdown::Block;

const QRegularExpression::PatternOptions Ci =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Lower case, dashes and underscores as spaces, single spaces, no trailing
// punctuation: "Post-Mortem:" → "post mortem".
QString normalised(const QString &text)
{
    QString t = text.toLower();
    for (QChar &c : t) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QChar(0x2013) ||
            c == QChar(0x2014) || c == QLatin1Char('/'))
            c = QLatin1Char(' ');
    }
    t = t.simplified();
    while (!t.isEmpty() && (t.back() == QLatin1Char(':') || t.back() == QLatin1Char('.') ||
                            t.back() == QLatin1Char('*') || t.back().isSpace()))
        t.chop(1);
    return t;
}

QSet<QString> set(std::initializer_list<const char *> words)
{
    QSet<QString> s;
    for (const char *w : words)
        s.insert(normalised(QString::fromUtf8(w)));
    return s;
}

// Phase names teams use (NIST, SANS and their own), in the languages
// runbooks around here are written in. Words that often head reference
// sections ("Monitoring", "Communication", "Review") are left out: a
// heading with a step number or a deadline is a phase whatever it says.
const QSet<QString> &phaseWords()
{
    static const QSet<QString> s = set(
        {// English
         "preparation", "identification", "identify", "detection and analysis",
         "detection & analysis", "analysis", "triage", "initial triage", "assessment",
         "initial assessment", "assess", "investigation", "investigate", "scoping", "containment",
         "contain", "short term containment", "long term containment", "immediate containment",
         "mitigation", "mitigate", "eradication", "eradicate", "remediation", "remediate",
         "recovery", "recover", "restoration", "restore", "notification", "notify", "notifications",
         "post mortem", "postmortem", "post incident", "post incident review",
         "post incident activity", "lessons learned", "lessons learnt", "follow up", "closure",
         "close out", "evidence collection", "forensics", "forensic analysis",
         "containment, eradication and recovery", "containment, eradication & recovery",
         // German
         "vorbereitung", "erkennung und analyse", "analyse", "bewertung", "einschätzung",
         "ersteinschätzung", "untersuchung", "eindämmung", "beseitigung", "bereinigung", "behebung",
         "wiederherstellung", "benachrichtigung", "meldung", "nachbereitung", "nachbetrachtung",
         "abschluss",
         // French
         "préparation", "évaluation", "enquête", "confinement", "endiguement", "éradication",
         "remédiation", "rétablissement", "récupération", "restauration", "retour d'expérience",
         "clôture",
         // Spanish, Italian
         "preparación", "análisis", "evaluación", "investigación", "contención", "erradicación",
         "remediación", "recuperación", "notificación", "lecciones aprendidas", "cierre",
         "contenimento", "eradicazione", "ripristino", "indagine"});
    return s;
}

const QSet<QString> &indicatorWords()
{
    static const QSet<QString> s = set({"detection",
                                        "detections",
                                        "indicators",
                                        "indicator",
                                        "indicators of compromise",
                                        "iocs",
                                        "ioc",
                                        "signs",
                                        "warning signs",
                                        "symptoms",
                                        "triggers",
                                        "trigger",
                                        "signals",
                                        "how to detect",
                                        "detection and indicators",
                                        "detection & indicators",
                                        "alerts",
                                        "typical alerts",
                                        "erkennung",
                                        "indikatoren",
                                        "anzeichen",
                                        "auslöser",
                                        "détection",
                                        "indicateurs",
                                        "symptômes",
                                        "detección",
                                        "indicadores",
                                        "síntomas",
                                        "rilevamento",
                                        "indicatori"});
    return s;
}

// Words that group phases or steps without naming a playbook or a phase.
const QSet<QString> &containerWords()
{
    static const QSet<QString> s =
        set({"steps",         "step",       "phases",   "phase",       "procedure", "procedures",
             "process",       "workflow",   "actions",  "action plan", "plan",      "tasks",
             "checklist",     "checklists", "response", "schritte",    "phasen",    "ablauf",
             "maßnahmen",     "vorgehen",   "étapes",   "procédure",   "pasos",     "fases",
             "procedimiento", "fasi",       "procedura"});
    return s;
}
const QSet<QString> &fillerWords()
{
    static const QSet<QString> s =
        set({"incident", "response", "the",      "our",      "security", "and",      "&",   "of",
             "de",       "der",      "die",      "das",      "la",       "le",       "les", "el",
             "los",      "general",  "standard", "reaktion", "réponse",  "respuesta"});
    return s;
}

const QSet<QString> &goalWords()
{
    static const QSet<QString> s =
        set({"goal", "goals", "objective", "objectives", "purpose", "aim", "ziel", "ziele", "zweck",
             "objectif", "but", "objetivo", "obiettivo"});
    return s;
}

} // namespace

FrontMatter stripFrontMatter(QByteArray &utf8)
{
    FrontMatter fm;
    qsizetype offset = 0;
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        utf8.remove(0, 3); // a BOM is not content
    }
    if (!(utf8.startsWith("---\n") || utf8.startsWith("---\r\n")))
        return fm;
    // Find the closing line within the first 200 lines.
    QList<std::pair<qsizetype, qsizetype>> lines; // start, end (exclusive of \n)
    while (offset <= utf8.size() && lines.size() < 200) {
        qsizetype nl = utf8.indexOf('\n', offset);
        if (nl < 0)
            nl = utf8.size();
        lines.append({offset, nl});
        if (nl >= utf8.size())
            break;
        offset = nl + 1;
    }
    int close = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = utf8.mid(lines[i].first, lines[i].second - lines[i].first).trimmed();
        if (l == "---" || l == "...") {
            close = i;
            break;
        }
        // Front matter is "key: value" lines, lists and blank lines.
        static const QRegularExpression yamlish(
            QStringLiteral("^(?:[\\w\"' .-]+:.*|\\s*-.*|\\s+.*|#.*|)$"));
        if (!yamlish.match(QString::fromUtf8(l)).hasMatch() &&
            !QString::fromUtf8(utf8.mid(lines[i].first, lines[i].second - lines[i].first))
                 .startsWith(QLatin1Char(' ')))
            return fm;
    }
    if (close < 0)
        return fm;
    static const QRegularExpression title(QStringLiteral("^title\\s*:\\s*(.+?)\\s*$"), Ci);
    for (int i = 1; i < close; ++i) {
        const QString l =
            QString::fromUtf8(utf8.mid(lines[i].first, lines[i].second - lines[i].first));
        if (const auto m = title.match(l); m.hasMatch()) {
            QString t = m.captured(1);
            if (t.size() >= 2 &&
                (t.front() == QLatin1Char('"') || t.front() == QLatin1Char('\'')) &&
                t.back() == t.front())
                t = t.mid(1, t.size() - 2);
            fm.title = t.trimmed();
        }
    }
    // Blank the lines (keep the newlines so line numbers stay right).
    for (int i = 0; i <= close; ++i) {
        for (qsizetype k = lines[i].first; k < lines[i].second; ++k) {
            if (utf8[k] != '\r')
                utf8[k] = ' ';
        }
    }
    fm.lines = close + 1;
    return fm;
}

QList<Section> build(const Markdown::Document &doc)
{
    QList<Section> sections;
    Section root;
    root.level = 0;
    root.line = 1;
    root.endLine = qMax(1, doc.lineCount);
    sections.append(root);
    QList<int> stack{0};

    auto close = [&](int index, int endLine) {
        sections[index].endLine = qMax(sections[index].line, endLine);
    };
    auto push = [&](const QString &title, int level, bool label, int line) {
        Section s;
        s.title = title;
        s.level = level;
        s.label = label;
        s.line = line;
        s.endLine = line;
        s.parent = stack.constLast();
        sections.append(s);
        const int index = int(sections.size()) - 1;
        sections[s.parent].children.append(index);
        stack.append(index);
    };
    auto popWhile = [&](auto pred, int nextLine) {
        while (stack.size() > 1 && pred(sections[stack.constLast()])) {
            close(stack.constLast(), nextLine - 1);
            stack.removeLast();
        }
    };

    static const QRegularExpression shortLabel(QStringLiteral("^[^.!?]{1,60}:$"));
    for (const Block &b : doc.root.children) {
        if (b.type == Block::Type::Heading) {
            const int level = qBound(1, b.headingLevel, 6);
            popWhile([level](const Section &s) { return s.level >= level; }, b.startLine);
            push(b.text, level, false, b.startLine);
            continue;
        }
        if (b.type == Block::Type::ThematicBreak) {
            popWhile([](const Section &s) { return s.label; }, b.startLine);
            continue;
        }
        if (b.type == Block::Type::Paragraph && b.startLine == b.endLine &&
            ((b.strongOnly && b.text.size() <= 80) || shortLabel.match(b.text).hasMatch())) {
            popWhile([](const Section &s) { return s.label; }, b.startLine);
            QString title = b.text;
            while (title.endsWith(QLatin1Char(':')))
                title.chop(1);
            push(title.trimmed(), 7, true, b.startLine);
            continue;
        }
        sections[stack.constLast()].blocks.append(&b);
        int end = b.endLine;
        for (int i : std::as_const(stack))
            sections[i].endLine = qMax(sections[i].endLine, end);
    }
    const int last = qMax(1, doc.lineCount);
    while (stack.size() > 1) {
        close(stack.constLast(), last);
        stack.removeLast();
    }
    sections[0].endLine = last;
    return sections;
}

QString stripNumbering(const QString &title)
{
    static const QRegularExpression numbering(
        QStringLiteral(
            "^[^\\p{L}\\p{N}]*(?:(?:\\d+(?:\\.\\d+)*\\.?\\)?|[IVXLC]+\\.|[A-Za-z][.)])\\s+)?"),
        Ci);
    QString t = title;
    const auto m = numbering.match(t);
    if (m.hasMatch())
        t = t.mid(m.capturedLength(0));
    return t.trimmed();
}

std::optional<QString> playbookName(const QString &title)
{
    static const QRegularExpression keyword(
        QStringLiteral("^(?:playbook|runbook|run\\s*book|scenario|szenario|scénario|escenario|"
                       "scenariusz|use\\s*case|incident\\s*type|procedure|verfahren|procédure|"
                       "procedimiento)\\s*(?:#?\\d+[a-z]?)?\\s*[:–—-]\\s*(\\S.*)$"),
        Ci);
    const auto m = keyword.match(stripNumbering(title));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

bool isContainer(const QString &title)
{
    const QStringList words =
        normalised(stripNumbering(title)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    bool any = false;
    for (const QString &w : words) {
        if (containerWords().contains(w))
            any = true;
        else if (!fillerWords().contains(w))
            return false;
    }
    return any || normalised(stripNumbering(title)) == QLatin1String("incident response");
}

bool isIndicatorTitle(const QString &title)
{
    return indicatorWords().contains(normalised(stripNumbering(title)));
}

PhaseTitle phaseTitle(const QString &title)
{
    PhaseTitle p;
    QString t = stripNumbering(title);
    static const QRegularExpression stepPrefix(
        QStringLiteral("^(?:step|phase|stage|schritt|stufe|étape|etape|paso|fase|passo|krok)\\s*"
                       "#?\\d+[a-z]?\\s*(?:[:.)–—-]\\s*|\\s+|$)"),
        Ci);
    bool prefixed = false;
    if (const auto m = stepPrefix.match(t); m.hasMatch()) {
        prefixed = true;
        t = t.mid(m.capturedLength(0)).trimmed();
    }
    if (const auto d = Deadline::find(t)) {
        p.deadline = *d;
        const qsizetype at = t.indexOf(d->text);
        if (at >= 0)
            t = t.left(at) + t.mid(at + d->text.size());
    }
    // What is left around the deadline: "Investigation ()", "Contain —".
    static const QRegularExpression leftovers(QStringLiteral("\\(\\s*\\)|\\[\\s*\\]"));
    t.remove(leftovers);
    static const QRegularExpression edges(QStringLiteral("^[\\s:;,.–—-]+|[\\s:;,.–—-]+$"));
    t.remove(edges);
    p.name = t.simplified();
    const bool vocabulary = phaseWords().contains(normalised(p.name));
    const bool hasDeadline = !p.deadline.text.isEmpty();
    if (p.name.isEmpty()) {
        // "Step 3" or "Within 1 hour" alone: the heading is the phase.
        p.name = stripNumbering(title).simplified();
    }
    p.strong = prefixed || (hasDeadline && !p.name.isEmpty());
    p.phase = p.strong || vocabulary;
    return p;
}

std::optional<std::pair<QString, QString>> severityTitle(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral("^\\W*((?:P|SEV|S|Priority\\s*|Severity\\s*|Prio\\s*)[-\\s]?[0-5])\\b"
                       "\\W*(?:[-–—:|(]\\s*)?(.*?)\\)?\\W*$"),
        Ci);
    const auto m = re.match(stripNumbering(title));
    if (!m.hasMatch())
        return std::nullopt;
    QString level = m.captured(1).simplified().toUpper();
    level.remove(QLatin1Char(' '));
    return std::pair{level, m.captured(2).trimmed()};
}

Role labelRole(const QString &label)
{
    const QString t = normalised(stripNumbering(label));
    static const QSet<QString> checklist =
        set({"checklist", "check list", "tasks", "to do", "todo", "checkliste", "aufgaben",
             "liste de contrôle", "tâches", "lista de verificación", "tareas"});
    static const QSet<QString> tools =
        set({"tools", "tooling", "resources", "references", "links", "useful links",
             "useful queries", "dashboards", "werkzeuge", "hilfsmittel", "outils", "ressources",
             "herramientas", "recursos", "strumenti", "contacts"});
    static const QSet<QString> deadline =
        set({"deadline", "due", "due by", "due within", "time", "timeframe", "time frame", "target",
             "target time", "sla", "when", "frist", "zeitrahmen", "zeitziel", "délai", "échéance",
             "plazo", "scadenza"});
    static const QSet<QString> response = set(
        {"response time", "response", "reaction time", "time to respond", "response sla",
         "ack time", "reaktionszeit", "antwortzeit", "temps de réponse", "tiempo de respuesta"});
    if (checklist.contains(t))
        return Role::Checklist;
    if (tools.contains(t))
        return Role::Tools;
    if (goalWords().contains(t))
        return Role::Goal;
    if (deadline.contains(t))
        return Role::Deadline;
    if (response.contains(t))
        return Role::Response;
    if (indicatorWords().contains(t))
        return Role::Indicators;
    if (containerWords().contains(t) || t.contains(QLatin1String("action")) ||
        t.contains(QLatin1String("steps")) || t.contains(QStringLiteral("maßnahmen")))
        return Role::Steps;
    return Role::Other;
}

Column columnKind(const QString &header)
{
    const QString t = normalised(header);
    static const QSet<QString> step =
        set({"step",    "steps", "task",     "tasks",  "action", "actions",  "what",
             "to do",   "todo",  "activity", "item",   "check",  "maßnahme", "aufgabe",
             "schritt", "tâche", "tarea",    "acción", "paso",   "azione",   "attività"});
    static const QSet<QString> phase = set({"phase", "stage", "fase", "stufe", "etappe"});
    static const QSet<QString> deadline =
        set({"deadline",  "due",      "due by", "due in",  "within",   "when", "time", "timing",
             "timeframe", "sla",      "target", "by when", "frist",    "bis",  "zeit", "zeitrahmen",
             "délai",     "échéance", "plazo",  "cuándo",  "scadenza", "entro"});
    static const QSet<QString> done =
        set({"done", "status", "state", "✓", "✔", "erledigt", "fait", "hecho", "x"});
    static const QSet<QString> level =
        set({"level", "severity", "priority", "sev", "prio", "schweregrad", "stufe", "priorität",
             "niveau", "gravité", "severidad", "nivel", "prioridad", "severity level"});
    static const QSet<QString> response =
        set({"response time", "response", "reaction time", "response sla", "time to respond",
             "reaktionszeit", "antwortzeit", "temps de réponse", "tiempo de respuesta"});
    if (step.contains(t))
        return Column::Step;
    if (phase.contains(t))
        return Column::Phase;
    if (response.contains(t))
        return Column::Response;
    if (level.contains(t))
        return Column::Level;
    if (deadline.contains(t))
        return Column::Deadline;
    if (done.contains(t))
        return Column::Done;
    return Column::Other;
}

std::optional<std::pair<QString, QString>> labelledText(const Markdown::Block &paragraph)
{
    const QString &text = paragraph.text;
    if (!paragraph.strongLead.isEmpty() && text.startsWith(paragraph.strongLead)) {
        QString key = paragraph.strongLead;
        QString rest = text.mid(key.size()).trimmed();
        const bool colon = key.endsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char(':'));
        while (key.endsWith(QLatin1Char(':')))
            key.chop(1);
        if (rest.startsWith(QLatin1Char(':')))
            rest = rest.mid(1).trimmed();
        if (colon)
            return std::pair{key.trimmed(), rest};
    }
    static const QRegularExpression plain(QStringLiteral("^([^:]{1,40}):\\s+(\\S.*)$"));
    if (const auto m = plain.match(text); m.hasMatch())
        return std::pair{m.captured(1).trimmed(), m.captured(2).trimmed()};
    return std::nullopt;
}

} // namespace ic::Outline
