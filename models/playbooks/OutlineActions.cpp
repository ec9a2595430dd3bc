// The outline reader's actions: text that asks for one (a verb first in
// English, German, Spanish or French, a condition then a verb, a question),
// and what the sentence introducing a list says the list is.
#include "models/playbooks/Outline.h"

#include "models/playbooks/OutlineWords.h"

#include <QRegularExpression>
#include <QSet>

namespace ic::Outline {

namespace {

using detail::Ci;
using detail::set;

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

} // namespace ic::Outline
