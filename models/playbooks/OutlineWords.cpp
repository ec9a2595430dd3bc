// The outline reader's vocabulary: what a title says its section is
// (playbook, phase, indicators, reference, steps), what a label or a table
// column says its content is, in the languages runbooks are written in.
#include "models/playbooks/Outline.h"

#include "models/playbooks/OutlineWords.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ic::Outline {

namespace detail {

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

} // namespace detail

namespace {

using detail::Ci;
using detail::normalised;
using detail::set;

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

QString stripNumbering(const QString &title)
{
    static const QRegularExpression numbering(
        QStringLiteral(
            "^[^\\p{L}\\p{N}]*(?:(?:part|teil|parte|partie|section|sección|abschnitt|chapter|"
            "kapitel|capítulo|chapitre|phase|fase|stage|stufe|étape|etapa)\\s+(?:\\d+|[IVX]+)"
            "\\s*(?:[:.)–—-]\\s*|\\s+)|(?:\\d+(?:\\.\\d+)*\\.?\\)?|[IVXLC]+\\.|[A-Za-z][.)])\\s+)"
            "?"),
        Ci);
    QString t = title;
    const auto m = numbering.match(t);
    if (m.hasMatch())
        t = t.mid(m.capturedLength(0));
    // Emoji and symbols at the end ("Severity 1 (Critical) 🔴").
    while (!t.isEmpty() && !t.back().isLetterOrNumber() && t.back() != QLatin1Char(')') &&
           t.back() != QLatin1Char('?') && t.back() != QLatin1Char(']'))
        t.chop(1);
    return t.trimmed();
}

bool numberedTitle(const QString &title)
{
    static const QRegularExpression numbered(
        QStringLiteral("^[^\\p{L}\\p{N}]*(?:\\d{1,3}[.)]\\s+\\S|(?:step|schritt|paso|étape|etape|"
                       "passo|krok)\\s*#?\\d+)"),
        Ci);
    return numbered.match(title).hasMatch();
}

bool saysSteps(const QString &title)
{
    static const QRegularExpression steps(
        QStringLiteral("(?<!\\w)(?:steps|procedures?|checklists?|check list|actions|action "
                       "items|tasks|to ?dos?|instructions|runbook|schritte|maßnahmen|"
                       "checkliste|vorgehen|handlungsschritte|aufgaben|pasos|acciones|tareas|"
                       "procedimiento|lista de verificación|étapes|actions|tâches|procédure|"
                       "marche à suivre|passi|azioni)(?!\\w)"),
        Ci);
    return steps.match(stripNumbering(title)).hasMatch();
}

bool isReferenceTitle(const QString &title)
{
    static const QRegularExpression reference(
        QStringLiteral(
            "^(?:references?|reference links|additional (?:reading|resources|"
            "information)|further reading|see also|related(?: \\w+)?|links|useful "
            "links|resources|external resources|tools(?: and resources)?|tooling|"
            "werkzeuge|herramientas|outils|glossary|definitions|terms|"
            "out of scope|credits|acknowledg(?:e)?ments|changelog|revision history|"
            "version history|license|appendix|literatur|weiterführende links|"
            "quellen|verweise|glossar|referenz(?:en)?|referencias?|recursos|enlaces|información "
            "adicional|lecturas recomendadas|glosario|références?|ressources|liens|"
            "pour aller plus loin|glossaire|voir aussi|informations complémentaires)"
            "\\b"),
        Ci);
    return reference.match(normalised(stripNumbering(title))).hasMatch();
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
    static const QRegularExpression stepPrefix(
        QStringLiteral("^(?:step|phase|stage|schritt|stufe|étape|etape|etapa|paso|fase|passo|"
                       "krok)\\s*#?\\d+[a-z]?\\s*(?:[:.)–—-]\\s*|\\s+|$)"),
        Ci);
    static const QRegularExpression leading(
        QStringLiteral("^[^\\p{L}\\p{N}]*(?:\\d+(?:\\.\\d+)*\\.?\\)?\\s+)?"), Ci);
    QString t = title;
    t.remove(leading);
    bool prefixed = false;
    if (const auto m = stepPrefix.match(t); m.hasMatch()) {
        prefixed = true;
        t = t.mid(m.capturedLength(0)).trimmed();
    }
    t = stripNumbering(t);
    if (const auto d = Deadline::find(t)) {
        const qsizetype at = t.indexOf(d->text);
        // "Immediate Actions" is a name; "(Immediate)", "— immediately" or
        // "Immediate" alone are deadlines.
        bool deadline = true;
        if (d->isImmediate() &&
            std::none_of(d->text.cbegin(), d->text.cend(), [](QChar c) { return c.isDigit(); })) {
            const QString before = t.left(qMax<qsizetype>(0, at)).trimmed();
            const QString after = t.mid(at + d->text.size()).trimmed();
            const bool enclosed =
                (before.endsWith(QLatin1Char('(')) && after.startsWith(QLatin1Char(')'))) ||
                (before.endsWith(QLatin1Char('[')) && after.startsWith(QLatin1Char(']')));
            static const QRegularExpression separator(QStringLiteral("[:|–—-]$"));
            deadline = enclosed || (after.isEmpty() &&
                                    (before.isEmpty() || separator.match(before).hasMatch()));
        }
        if (deadline) {
            p.deadline = *d;
            if (at >= 0)
                t = t.left(at) + t.mid(at + d->text.size());
        }
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
        QString whole = title;
        whole.remove(leading);
        p.name = whole.simplified();
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
    // Longer headers by their first word or what they say: "Acción operativa",
    // "Action item", "Typical response", "Target time".
    const QString first = t.section(QLatin1Char(' '), 0, 0);
    static const QSet<QString> stepFirst =
        set({"step", "task", "action", "activity", "maßnahme", "aufgabe", "tâche", "tarea",
             "acción", "actividad", "azione", "étape", "schritt", "handlung"});
    if (stepFirst.contains(first))
        return Column::Step;
    static const QRegularExpression responseWords(
        QStringLiteral("\\b(?:response|respuesta|réponse|reaktion)\\b"), Ci);
    if (responseWords.match(t).hasMatch())
        return Column::Response;
    static const QRegularExpression deadlineWords(
        QStringLiteral("\\b(?:deadline|due|sla|time|timing|timeframe|within|plazo|délai|frist|"
                       "zeitrahmen)\\b"),
        Ci);
    if (deadlineWords.match(t).hasMatch())
        return Column::Deadline;
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
