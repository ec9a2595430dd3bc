#include "models/playbooks/Outline.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

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

namespace {

// Lines of a byte array: start and end offsets (end excludes the '\n').
QList<std::pair<qsizetype, qsizetype>> lineSpans(const QByteArray &utf8, int max)
{
    QList<std::pair<qsizetype, qsizetype>> lines;
    qsizetype offset = 0;
    while (offset <= utf8.size() && lines.size() < max) {
        qsizetype nl = utf8.indexOf('\n', offset);
        if (nl < 0)
            nl = utf8.size();
        lines.append({offset, nl});
        if (nl >= utf8.size())
            break;
        offset = nl + 1;
    }
    return lines;
}

void blankBytes(QByteArray &utf8, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to && k < utf8.size(); ++k) {
        if (utf8[k] != '\r' && utf8[k] != '\n')
            utf8[k] = ' ';
    }
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
        v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

FrontMatter stripFrontMatter(QByteArray &utf8)
{
    FrontMatter fm;
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3); // a BOM is not content
    const bool yaml = utf8.startsWith("---\n") || utf8.startsWith("---\r\n");
    const bool toml = utf8.startsWith("+++\n") || utf8.startsWith("+++\r\n");
    if (!yaml && !toml)
        return fm;
    const QByteArray fence = yaml ? "---" : "+++";
    // The closing line within the first 300 lines.
    const auto lines = lineSpans(utf8, 300);
    auto lineAt = [&](int i) { return utf8.mid(lines[i].first, lines[i].second - lines[i].first); };
    int close = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = lineAt(i).trimmed();
        if (l == fence || (yaml && l == "...")) {
            close = i;
            break;
        }
        // Front matter is "key: value" (YAML) or "key = value" (TOML) lines,
        // lists, tables, comments and blank lines.
        static const QRegularExpression fieldish(
            QStringLiteral("^(?:[\\w\"' .-]+\\s*[:=].*|\\s*-.*|\\s+.*|#.*|\\[.*\\]\\s*|)$"));
        if (!fieldish.match(QString::fromUtf8(l)).hasMatch() && !lineAt(i).startsWith(' '))
            return fm;
    }
    if (close < 0)
        return fm;
    static const QRegularExpression field(
        QStringLiteral("^([A-Za-z_][\\w.-]{0,60})\\s*[:=]\\s*(.*?)\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s+-\\s*(.+?)\\s*$"));
    for (int i = 1; i < close && fm.fields.size() < 100; ++i) {
        const QString l = QString::fromUtf8(lineAt(i));
        if (const auto m = field.match(l); m.hasMatch()) {
            QString v = m.captured(2);
            if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) {
                QStringList parts = v.mid(1, v.size() - 2).split(QLatin1Char(','));
                for (QString &p : parts)
                    p = unquote(p);
                parts.removeAll(QString());
                v = parts.join(QStringLiteral(", "));
            }
            fm.fields.append({m.captured(1), unquote(v).left(500)});
            if (m.captured(1).compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
                fm.title = unquote(v).trimmed();
        } else if (const auto it = item.match(l); it.hasMatch() && !fm.fields.isEmpty()) {
            MetadataField &last = fm.fields.last();
            if (last.value.size() < 500)
                last.value += (last.value.isEmpty() ? QString() : QStringLiteral(", ")) +
                              unquote(it.captured(1));
        }
    }
    // Blank the lines (keep the newlines so line numbers stay right).
    for (int i = 0; i <= close; ++i)
        blankBytes(utf8, lines[i].first, lines[i].second);
    fm.lines = close + 1;
    return fm;
}

Prepared prepare(QByteArray &utf8)
{
    Prepared out;
    if (!utf8.contains("!!!") && !utf8.contains("???") && !utf8.contains("{%"))
        return out;
    const auto lines = lineSpans(utf8, std::numeric_limits<int>::max());
    static const QRegularExpression marker(
        QStringLiteral("^( {0,3})(?:!!!|\\?\\?\\?\\+?)\\s*([A-Za-z][\\w-]*)(?:\\s+\"([^\"]*)\")?"
                       "\\s*$"));
    static const QRegularExpression tagLine(QStringLiteral("^\\s*(?:\\{%.*?%\\}\\s*)+$"));
    QByteArray rebuilt;
    rebuilt.reserve(utf8.size() + 256);
    int inAdmonition = -1; // the marker's indent while inside one
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = utf8.mid(lines[i].first, lines[i].second - lines[i].first);
        const bool cr = line.endsWith('\r');
        if (cr)
            line.chop(1);
        const QByteArray trimmedLine = line.trimmed();
        if (inAdmonition < 0 && (trimmedLine.startsWith("```") || trimmedLine.startsWith("~~~")))
            inFence = !inFence;
        const QString text = QString::fromUtf8(line);
        if (!inFence && inAdmonition >= 0) {
            // The body: lines indented four more than the marker, and blank
            // lines between them.
            const QByteArray indent(inAdmonition + 4, ' ');
            bool body =
                line.startsWith(indent) || line.startsWith(QByteArray(inAdmonition, ' ') + '\t');
            if (!body && trimmedLine.isEmpty()) {
                // A blank line belongs to the body if more body follows.
                for (int k = i + 1; k < lines.size(); ++k) {
                    const QByteArray next =
                        utf8.mid(lines[k].first, lines[k].second - lines[k].first);
                    if (next.trimmed().isEmpty())
                        continue;
                    body = next.startsWith(indent) ||
                           next.startsWith(QByteArray(inAdmonition, ' ') + '\t');
                    break;
                }
            }
            if (body) {
                QByteArray content = trimmedLine.isEmpty()     ? QByteArray()
                                     : line.startsWith(indent) ? line.mid(indent.size())
                                                               : line.mid(inAdmonition + 1);
                line = QByteArray(inAdmonition, ' ') + "> " + content;
                rebuilt += line + (cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
                continue;
            }
            inAdmonition = -1;
        }
        if (!inFence) {
            if (const auto m = marker.match(text); m.hasMatch()) {
                inAdmonition = int(m.captured(1).size());
                out.admonitionLines.append(i + 1);
                QString head = m.captured(1) + QStringLiteral("> [!") + m.captured(2).toUpper() +
                               QLatin1Char(']');
                if (!m.captured(3).isEmpty())
                    head += QLatin1Char(' ') + m.captured(3);
                rebuilt += head.toUtf8() + (cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
                continue;
            }
            if (line.contains("{%") && tagLine.match(text).hasMatch()) {
                out.templateLines.append(i + 1);
                rebuilt += QByteArray(cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
                continue;
            }
        }
        rebuilt += line + (cr ? "\r" : "") + (i + 1 < lines.size() ? "\n" : "");
    }
    utf8 = rebuilt;
    return out;
}

QString fillBlanks(const QString &text, QStringList *blanks)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    static const QRegularExpression tag(QStringLiteral("\\{%.*?%\\}"));
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([^{}]{1,80}?)\\s*\\}\\}"));
    QString t = text;
    t.remove(tag);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        QString name = m.captured(1).trimmed();
        // "{{ service | default('api') }}": the name before any filter.
        name = name.section(QLatin1Char('|'), 0, 0).trimmed();
        out += t.mid(last, m.capturedStart(0) - last) + QStringLiteral("‹%1›").arg(name);
        last = m.capturedEnd(0);
        if (blanks && !blanks->contains(name))
            blanks->append(name);
    }
    out += t.mid(last);
    return out.simplified();
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

namespace {

// Imperative verbs runbooks start steps with (English base forms).
const QSet<QString> &englishVerbs()
{
    static const QSet<QString> s = [] {
        const char *words =
            "abort accept access acknowledge activate add adjust alert align allow analyse analyze "
            "announce answer append apply approve archive arrange ask assemble assess assign "
            "assume attach audit authenticate authorize automate avoid back backup ban be begin "
            "block boot break brief bring build bump calculate call cancel capture catalog "
            "categorize change check choose clarify classify clean cleanup clear click clone "
            "close collect combine comment commit communicate compare complete comply compress "
            "compute conduct configure confirm connect consider consult contact contain continue "
            "convene convert coordinate copy correct correlate create cross-check cut deactivate "
            "debrief decide declare decommission decrypt define delegate delete deny deploy "
            "describe designate destroy detach detect determine develop diagnose disable "
            "disconnect discuss dismiss dispatch display disseminate distribute do document "
            "download drain drop dump edit eject email enable encrypt end enforce engage enhance "
            "ensure enter erase escalate establish estimate evaluate examine exclude execute "
            "exercise expand expire explain export extend extract fail failover file fill filter "
            "find finish fix flag flush follow force forward freeze gather generate get give go "
            "grant grep hand handle harden hold identify ignore implement import improve include "
            "increase inform initiate inspect install instruct interview introduce investigate "
            "invite invoke involve isolate issue join keep kill label launch lead learn leave "
            "limit link list load lock log look lower maintain make manage map mark measure "
            "merge migrate minimize mitigate modify monitor mount move mute name navigate "
            "notify note obtain offboard onboard open order organize overview own page patch "
            "pause perform pin ping place plan poll post practice prefix prepare preserve "
            "prevent print prioritize probe proceed produce promote protect provide provision "
            "publish pull purge push put quarantine query quiet raise rate-limit re-enable "
            "re-image reach read reboot rebuild recall receive recognize recommend reconcile "
            "record recover recreate redeploy redirect reduce refer refresh register reimage "
            "reinforce reinstall reinstate reissue reject release reload remediate remind remove "
            "rename renew reopen repair repeat replace replicate reply report request require "
            "reroute rescan reset resize resolve respond restart restore restrict resume retain "
            "retire retrieve retry return reveal review revoke rollback roll rotate route run ship "
            "sanitize save scale scan schedule scope screen search secure segment select send "
            "separate set setup share shut shutdown sign silence snapshot sort specify split "
            "spin stage start state stop store submit summarize supply suspend swap switch sync "
            "tag take talk target tell terminate test thank throttle tighten trace track "
            "train transfer transition translate treat triage trigger troubleshoot try tune "
            "turn uninstall unlock unmount update upgrade upload use validate verify view visit "
            "wait walk warn watch wipe work write";
        QSet<QString> set;
        for (const QString &w :
             QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return s;
}

// Spanish and French words that end like infinitives but are not verbs.
const QSet<QString> &notInfinitives()
{
    static const QSet<QString> s = set(
        {"lugar",    "mujer",   "hogar",     "militar",   "par",       "primer",    "particular",
         "regular",  "similar", "popular",   "titular",   "solar",     "familiar",  "nivel",
         "tener",    "poder",   "premier",   "dernier",   "dossier",   "fichier",   "papier",
         "entre",    "autre",   "notre",     "votre",     "ordre",     "titre",     "centre",
         "nombre",   "contre",  "membre",    "numéro",    "cualquier", "mayor",     "menor",
         "mejor",    "peor",    "anterior",  "posterior", "interior",  "exterior",  "superior",
         "inferior", "error",   "servidor",  "usuario",   "director",  "sector",    "factor",
         "valor",    "color",   "proveedor", "operador",  "monitor",   "indicador", "atacante",
         "sobre",    "libre",   "cadre",     "liber",     "super",     "hier",      "cher",
         "mer",      "fer",     "ver",       "leer",      "fuera",     "afuera"});
    return s;
}

const QSet<QString> &otherImperatives()
{
    static const QSet<QString> s =
        set({// Spanish (tú / usted) and negatives
             "no", "revisa", "revise", "verifica", "verifique", "comprueba", "compruebe", "abre",
             "abra", "cierra", "cierre", "llama", "llame", "notifica", "notifique", "bloquea",
             "bloquee", "desactiva", "desactive", "aísla", "aísle", "documenta", "documente",
             "informa", "informe", "escala", "escale", "contacta", "contacte", "asegúrate",
             "asegúrese", "identifica", "identifique", "recopila", "recopile", "confirma",
             "confirme", "elimina", "elimine", "restaura", "restaure", "cambia", "cambie", "activa",
             "active", "evalúa", "evalúe", "prioriza", "priorice", "mantén", "mantenga", "registra",
             "registre", "analiza", "analice", "comunica", "comunique",
             // French imperatives without "-ez" and negatives
             "ne", "n'", "fais", "faites", "prends", "prenez", "mets", "mettez",
             // German
             "nicht", "bitte"});
    return s;
}

bool germanVerbLast(const QString &text)
{
    // "Rechner vom Netz trennen", "Logs prüfen": German steps end with the
    // verb, lower case, as nouns never are.
    static const QRegularExpression last(
        QStringLiteral("(?:^|\\s)([a-zäöüß]{3,}(?:en|ern|eln))[\\s.!;:]*$"));
    static const QRegularExpression polite(
        QStringLiteral("^[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln)\\s+Sie\\b"));
    static const QRegularExpression stop(QStringLiteral("[.;(]"));
    const QString clause = text.section(stop, 0, 0);
    return polite.match(text).hasMatch() ||
           (clause.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 8 &&
            last.match(clause).hasMatch() && !clause.contains(QLatin1Char(',')) &&
            clause.at(0).isUpper());
}

bool startsWithVerb(const QString &text)
{
    static const QRegularExpression wordRe(QStringLiteral("^[\\p{L}][\\p{L}'’-]*"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString t = text.trimmed();
    // A bold lead, quotes or a bullet character in front.
    while (!t.isEmpty() && !t.front().isLetterOrNumber() && t.front() != QChar(0x00BF))
        t.remove(0, 1);
    const auto m = wordRe.match(t);
    if (!m.hasMatch())
        return false;
    const QString first = m.captured(0).toLower();
    const QString second =
        t.mid(m.capturedEnd(0)).trimmed().section(QLatin1Char(' '), 0, 0).toLower();
    if (first == QLatin1String("do") || first == QLatin1String("don't") ||
        first == QLatin1String("don’t") || first == QLatin1String("never") ||
        first == QLatin1String("always") || first == QLatin1String("please") ||
        (first == QLatin1String("make") && second == QLatin1String("sure")))
        return true;
    if (englishVerbs().contains(first) || otherImperatives().contains(first))
        return true;
    if (first.size() >= 5 && !notInfinitives().contains(first)) {
        // Spanish and French infinitives, with Spanish enclitics; French "-ez".
        static const QRegularExpression infinitive(
            QStringLiteral("(?:ar|er|ir|re|arlo|arla|arlos|arlas|arle|arles|arse|erlo|erla|"
                           "erse|irlo|irla|irse|ez)$"));
        if (infinitive.match(first).hasMatch() && first.at(0).isLower() == false)
            return true;
        if (infinitive.match(first).hasMatch())
            return true;
    }
    return germanVerbLast(t);
}

} // namespace

bool isActionText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    if (t.endsWith(QLatin1Char('?')) || t.startsWith(QChar(0x00BF)) ||
        t.section(QLatin1Char('.'), 0, 0).endsWith(QLatin1Char('?')))
        return true; // a question to answer is a check
    if (startsWithVerb(t))
        return true;
    // "If you suspect X, delete Y": the action follows the condition.
    static const QRegularExpression condition(
        QStringLiteral("^(?:if|when|once|after|before|where|unless|as soon as|si|cuando|una vez|"
                       "después de|antes de|wenn|falls|sobald|nachdem|bevor|lorsque|quand|dès "
                       "que|après|avant de)\\b[^,;:]{1,200}[,;:]\\s*(.+)$"),
        Ci);
    if (const auto m = condition.match(t); m.hasMatch())
        return startsWithVerb(m.captured(1));
    return false;
}

LeadIn leadInKind(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return LeadIn::None;
    // "Engage all available resources immediately:" asks for actions;
    // "See these resources:" points at reading.
    static const QRegularExpression reading(
        QStringLiteral("^(?:see|read|visit|refer|check out|consulte?|siehe|lesen|voir|lire)\\b"),
        Ci);
    if (startsWithVerb(t) && !reading.match(t).hasMatch() && !t.endsWith(QLatin1Char('?')))
        return LeadIn::Steps;
    static const QRegularExpression indicators(
        QStringLiteral("\\b(?:signs?|signals?|symptoms?|indicators?|triggers?|warning signs|"
                       "señales|síntomas|indicadores|disparadores|se activará|anzeichen|"
                       "symptome|indikatoren|auslöser|wird ausgelöst|signes|symptômes|"
                       "indicateurs|déclencheurs|est déclenché|iocs?)\\b"),
        Ci);
    static const QRegularExpression examples(
        QStringLiteral("(?:\\be\\.\\s?g\\.|\\bfor (?:example|instance)\\b|\\bsuch as\\b|"
                       "\\bexamples?\\b|\\bejemplos?\\b|\\bpor ejemplo\\b|\\bbeispiele?\\b|"
                       "\\bzum beispiel\\b|\\bz\\.\\s?b\\.|\\bexemples?\\b|\\bpar exemple\\b|"
                       "\\bincluding\\b|\\bmay include\\b)"),
        Ci);
    static const QRegularExpression references(
        QStringLiteral("\\b(?:resources?|references?|links?|reading|see|tools?|documentation|"
                       "recursos|referencias|enlaces|herramientas|ressources|références|liens|"
                       "outils|werkzeuge|quellen|verweise)\\b"),
        Ci);
    static const QRegularExpression roles(
        QStringLiteral("\\b(?:roles?|responsibilit(?:y|ies)|functions|funciones|rollen|"
                       "rôles|fonctions|participants?|stakeholders?|deben intervenir)\\b"),
        Ci);
    static const QRegularExpression steps(
        QStringLiteral("\\b(?:steps?|actions?|do the following|things to try|try|procedure|"
                       "checklist|pasos|acciones|sigue|schritte|maßnahmen|folgende|étapes|"
                       "actions|suivantes|suivez)\\b"),
        Ci);
    if (indicators.match(t).hasMatch())
        return LeadIn::Indicators;
    if (examples.match(t).hasMatch())
        return LeadIn::Examples;
    if (roles.match(t).hasMatch())
        return LeadIn::Roles;
    if (steps.match(t).hasMatch())
        return LeadIn::Steps;
    if (references.match(t).hasMatch())
        return LeadIn::References;
    return LeadIn::None;
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
