// Classifying a runbook's code blocks: what would running them do, and which
// values in them are meant to come from the incident.
#include "models/playbooks/Playbook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::CodeBlock)
};

const QSet<QString> SqlLanguages{QStringLiteral("sql"),        QStringLiteral("psql"),
                                 QStringLiteral("pgsql"),      QStringLiteral("postgres"),
                                 QStringLiteral("postgresql"), QStringLiteral("plpgsql"),
                                 QStringLiteral("mysql"),      QStringLiteral("sqlite"),
                                 QStringLiteral("tsql"),       QStringLiteral("mssql")};
const QSet<QString> ShellLanguages{QStringLiteral("bash"),         QStringLiteral("sh"),
                                   QStringLiteral("shell"),        QStringLiteral("zsh"),
                                   QStringLiteral("ksh"),          QStringLiteral("fish"),
                                   QStringLiteral("console"),      QStringLiteral("shell-session"),
                                   QStringLiteral("shellsession"), QStringLiteral("powershell"),
                                   QStringLiteral("ps1"),          QStringLiteral("pwsh"),
                                   QStringLiteral("cmd"),          QStringLiteral("bat"),
                                   QStringLiteral("batch")};
const QSet<QString> ConfigLanguages{
    QStringLiteral("toml"),      QStringLiteral("yaml"),       QStringLiteral("yml"),
    QStringLiteral("json"),      QStringLiteral("jsonc"),      QStringLiteral("ini"),
    QStringLiteral("conf"),      QStringLiteral("cfg"),        QStringLiteral("config"),
    QStringLiteral("hcl"),       QStringLiteral("tf"),         QStringLiteral("terraform"),
    QStringLiteral("xml"),       QStringLiteral("properties"), QStringLiteral("env"),
    QStringLiteral("dotenv"),    QStringLiteral("nginx"),      QStringLiteral("apache"),
    QStringLiteral("apacheconf")};
const QSet<QString> HttpLanguages{QStringLiteral("http"), QStringLiteral("rest"),
                                  QStringLiteral("https")};

// Statements that change data or schema.
const QSet<QString> SqlChangeWords{
    QStringLiteral("insert"),  QStringLiteral("update"),  QStringLiteral("delete"),
    QStringLiteral("merge"),   QStringLiteral("upsert"),  QStringLiteral("replace"),
    QStringLiteral("alter"),   QStringLiteral("drop"),    QStringLiteral("truncate"),
    QStringLiteral("create"),  QStringLiteral("grant"),   QStringLiteral("revoke"),
    QStringLiteral("copy"),    QStringLiteral("call"),    QStringLiteral("do"),
    QStringLiteral("vacuum"),  QStringLiteral("reindex"), QStringLiteral("cluster"),
    QStringLiteral("comment"), QStringLiteral("lock"),    QStringLiteral("refresh")};
const QSet<QString> SqlQueryWords{QStringLiteral("select"),   QStringLiteral("with"),
                                  QStringLiteral("explain"),  QStringLiteral("show"),
                                  QStringLiteral("values"),   QStringLiteral("table"),
                                  QStringLiteral("describe"), QStringLiteral("desc")};

const QRegularExpression &requestLine()
{
    // "POST /admin/users/{user_id}/suspend", "GET https://api.example/admin/x"
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:\\$\\s*)?(GET|POST|PUT|PATCH|DELETE)\\s+((?:https?://[^\\s/]+)?/\\S*)"),
        QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &curlLine()
{
    static const QRegularExpression re(
        QStringLiteral("\\bcurl\\b[^\\n]*?-X\\s*['\"]?(GET|POST|PUT|PATCH|DELETE)\\b[^\\n]*?"
                       "['\"]?(https?://[^\\s'\"]+)"));
    return re;
}

// The parts of SQL text: code, comments and string literals.
struct SqlSpan
{
    enum class Kind { Code, Comment, String };
    Kind kind;
    qsizetype start;
    qsizetype end; // one past the last character
};

QList<SqlSpan> sqlSpans(const QString &sql)
{
    QList<SqlSpan> spans;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    qsizetype codeStart = 0;
    auto flushCode = [&](qsizetype upTo) {
        if (upTo > codeStart)
            spans.append({SqlSpan::Kind::Code, codeStart, upTo});
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        const bool lineStart = i == 0 || sql.at(i - 1) == QLatin1Char('\n');
        if ((c == QLatin1Char('-') && next == QLatin1Char('-')) ||
            (c == QLatin1Char('#') && lineStart)) { // MySQL's # comment
            flushCode(i);
            const qsizetype s = i;
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            spans.append({SqlSpan::Kind::Comment, s, i});
            codeStart = i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            flushCode(i);
            const qsizetype s = i;
            i += 2;
            while (i < n && !(sql.at(i) == QLatin1Char('*') && i + 1 < n &&
                              sql.at(i + 1) == QLatin1Char('/')))
                ++i;
            i = qMin(n, i + 2);
            spans.append({SqlSpan::Kind::Comment, s, i});
            codeStart = i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            flushCode(i);
            const qsizetype s = i++;
            while (i < n) {
                if (sql.at(i) == c) {
                    if (i + 1 < n && sql.at(i + 1) == c) { // '' escapes a quote
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            spans.append({SqlSpan::Kind::String, s, i});
            codeStart = i;
        } else {
            ++i;
        }
    }
    flushCode(n);
    return spans;
}

// The SQL with comments and string literals blanked, same length, so
// offsets still match the original.
QString sqlCode(const QString &sql)
{
    QString out = sql;
    for (const SqlSpan &s : sqlSpans(sql)) {
        if (s.kind == SqlSpan::Kind::Code)
            continue;
        for (qsizetype i = s.start; i < s.end; ++i) {
            if (out.at(i) != QLatin1Char('\n'))
                out[i] = QLatin1Char(' ');
        }
    }
    return out;
}

// Words of SQL code (comments and strings blanked), lower case, with offsets.
QList<std::pair<QString, qsizetype>> sqlWords(const QString &code)
{
    QList<std::pair<QString, qsizetype>> words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*|;|\\(|\\)"));
    auto it = word.globalMatch(code);
    while (it.hasNext()) {
        const auto m = it.next();
        words.append({m.captured(0).toLower(), m.capturedStart(0)});
    }
    return words;
}

enum class SqlNature { NotSql, Query, Change };

SqlNature sqlNature(const QString &text)
{
    const auto words = sqlWords(sqlCode(text));
    bool statementStart = true;
    bool inWith = false;
    bool any = false;
    bool change = false;
    QString previous;
    for (const auto &[w, pos] : words) {
        Q_UNUSED(pos)
        if (w == QLatin1String(";")) {
            statementStart = true;
            inWith = false;
            previous.clear();
            continue;
        }
        if (w == QLatin1String("(") || w == QLatin1String(")")) {
            previous = w;
            continue;
        }
        if (statementStart) {
            statementStart = false;
            if (SqlChangeWords.contains(w)) {
                any = change = true;
            } else if (SqlQueryWords.contains(w)) {
                any = true;
                inWith = w == QLatin1String("with");
            } else {
                return SqlNature::NotSql; // not a statement we know
            }
        } else if (inWith && previous != QLatin1String("for") &&
                   (w == QLatin1String("insert") || w == QLatin1String("update") ||
                    w == QLatin1String("delete"))) {
            change = true; // a data-modifying CTE
        }
        previous = w;
    }
    if (!any)
        return SqlNature::NotSql;
    return change ? SqlNature::Change : SqlNature::Query;
}

bool looksLikeConfig(const QString &text)
{
    static const QRegularExpression section(QStringLiteral("^\\s*\\[[\\w.\\- ]+\\]\\s*$"));
    static const QRegularExpression assignment(QStringLiteral("^\\s*[\\w.\\-\"]+\\s*(=|:)\\s*\\S"));
    int lines = 0, matching = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString l = raw.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')) || l.startsWith(QLatin1Char(';')))
            continue;
        ++lines;
        if (section.match(l).hasMatch() || assignment.match(l).hasMatch())
            ++matching;
    }
    return lines > 0 && matching == lines;
}

bool looksLikeShell(const QString &text)
{
    static const QRegularExpression command(
        QStringLiteral("^\\s*(?:\\$\\s|#|(?:sudo|kubectl|aws|gcloud|az|curl|wget|iptables|nft|"
                       "ufw|openssl|ssh|scp|systemctl|service|docker|podman|psql|mysql|redis-cli|"
                       "git|vault|terraform|helm|jq|grep|cat|tail|journalctl|export)\\b)"));
    int lines = 0, matching = 0;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        if (l.trimmed().isEmpty())
            continue;
        ++lines;
        if (command.match(l).hasMatch())
            ++matching;
    }
    return lines > 0 && matching * 2 >= lines;
}

// A canonical name for what a placeholder stands for.
QString canonicalName(const QString &raw)
{
    QString s = raw.toLower();
    s.remove(QLatin1Char('{'))
        .remove(QLatin1Char('}'))
        .remove(QLatin1Char('<'))
        .remove(QLatin1Char('>'));
    s.remove(QLatin1Char('\'')).remove(QLatin1Char('$')).remove(QLatin1Char(':'));
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QStringList parts = s.split(separators, Qt::SkipEmptyParts);
    auto has = [&parts](std::initializer_list<const char *> words) {
        for (const QString &p : parts) {
            for (const char *w : words) {
                if (p == QLatin1String(w))
                    return true;
            }
        }
        return false;
    };
    if (has({"tenant", "tenants", "org", "organization", "organisation", "workspace"}))
        return QStringLiteral("tenant_id");
    if (has({"key", "keys", "apikey", "api"}))
        return QStringLiteral("api_key_id");
    if (has({"user", "users", "userid", "account", "uid", "username", "actor", "login"}))
        return QStringLiteral("user_id");
    if (has({"ip", "ips", "ipaddress", "addr", "address"}))
        return QStringLiteral("ip");
    if (has({"session", "sessions"}))
        return QStringLiteral("session_id");
    if (has({"incident", "ref"}))
        return QStringLiteral("incident_id");
    if (has({"email", "mail"}))
        return QStringLiteral("email");
    return parts.join(QLatin1Char('_'));
}

// A quoted SQL literal that is a stand-in, not data: 'suspected-key-id',
// 'tenant-id', '<user id>', '{user_id}'.
bool isDummyLiteral(const QString &content)
{
    static const QRegularExpression wrapped(
        QStringLiteral("^(?:<[^<>]{1,60}>|\\{[^{}]{1,60}\\})$"));
    static const QRegularExpression dummy(
        QStringLiteral("^[a-z]+(?:[-_][a-z0-9]+)*[-_](?:id|ids|key|ip|ips|address|email|user|"
                       "username|tenant|token|hash|uuid)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (wrapped.match(content).hasMatch()) {
        const QString inner = content.mid(1, content.size() - 2);
        // '{suspension_reason}' is a jsonb path: only ids and the like stand in.
        return content.startsWith(QLatin1Char('<')) || dummy.match(inner).hasMatch() ||
               canonicalName(inner).endsWith(QLatin1String("_id"));
    }
    return dummy.match(content).hasMatch();
}

// The column a value is compared with or assigned to, just before `offset`.
QString columnBefore(const QString &code, qsizetype offset)
{
    static const QRegularExpression re(
        QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)[\"`\\]]?\\s*(?:=|<>|!=|<=|>=|<|>|\\bin\\s*\\(|"
                       "\\blike\\b|\\bis\\b)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = qMax<qsizetype>(0, offset - 80);
    const QString before = code.mid(from, offset - from); // not left(): offsets repeat
    const auto m = re.match(before);
    return m.hasMatch() ? m.captured(1) : QString();
}

void addPlaceholder(QList<CodePlaceholder> &out, const QString &text, const QString &name,
                    qsizetype offset)
{
    out.append(CodePlaceholder{text, name, int(offset), int(text.size())});
}

QList<CodePlaceholder> sqlPlaceholders(const QString &text)
{
    QList<CodePlaceholder> out;
    const QString code = sqlCode(text);
    // Quoted stand-ins: the literal's content decides, else its column.
    for (const SqlSpan &s : sqlSpans(text)) {
        if (s.kind != SqlSpan::Kind::String || text.at(s.start) != QLatin1Char('\'') ||
            s.end - s.start < 2)
            continue;
        const QString whole = text.mid(s.start, s.end - s.start);
        const QString content = whole.mid(1, whole.size() - 2);
        if (!isDummyLiteral(content))
            continue;
        QString name = canonicalName(content);
        if (!name.endsWith(QLatin1String("_id")) && name != QLatin1String("ip")) {
            const QString column = columnBefore(code, s.start);
            if (!column.isEmpty())
                name = canonicalName(column);
        }
        addPlaceholder(out, whole, name, s.start);
    }
    // ?, $1, :name and {name} in the code itself.
    static const QRegularExpression marker(QStringLiteral(
        "\\?|\\$\\d+|(?<![:\\w]):[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_.\\-]*\\}"));
    auto it = marker.globalMatch(code);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString t = m.captured(0);
        QString name;
        if (t.startsWith(QLatin1Char(':')) || t.startsWith(QLatin1Char('{')))
            name = canonicalName(t);
        else
            name = canonicalName(columnBefore(code, m.capturedStart(0)));
        addPlaceholder(out, t, name, m.capturedStart(0));
    }
    std::sort(out.begin(), out.end(), [](const CodePlaceholder &a, const CodePlaceholder &b) {
        return a.offset < b.offset;
    });
    return out;
}

QList<CodePlaceholder> textPlaceholders(const QString &text, bool angles)
{
    QList<CodePlaceholder> out;
    static const QRegularExpression braces(
        QStringLiteral("\\$?\\{([A-Za-z_][A-Za-z0-9_.\\-]*)\\}"));
    static const QRegularExpression angle(
        QStringLiteral("<([A-Za-z_][A-Za-z0-9_\\-]*(?: [A-Za-z0-9_\\-]+){0,3})>"));
    static const QRegularExpression pathParam(QStringLiteral("(?<=/):([A-Za-z_][A-Za-z0-9_]*)"));
    static const QSet<QString> htmlTags{QStringLiteral("br"),   QStringLiteral("p"),
                                        QStringLiteral("b"),    QStringLiteral("i"),
                                        QStringLiteral("div"),  QStringLiteral("span"),
                                        QStringLiteral("html"), QStringLiteral("body"),
                                        QStringLiteral("head"), QStringLiteral("a")};
    auto add = [&](const QRegularExpression &re) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (&re == &angle && htmlTags.contains(m.captured(1).toLower()))
                continue;
            addPlaceholder(out, m.captured(0), canonicalName(m.captured(1)), m.capturedStart(0));
        }
    };
    add(braces);
    if (angles)
        add(angle);
    add(pathParam);
    std::sort(out.begin(), out.end(), [](const CodePlaceholder &a, const CodePlaceholder &b) {
        return a.offset < b.offset;
    });
    return out;
}

} // namespace

QString CodeBlock::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::AdminApi:
        return QStringLiteral("admin_api");
    case Kind::SqlQuery:
        return QStringLiteral("sql_query");
    case Kind::SqlChange:
        return QStringLiteral("sql_change");
    case Kind::Shell:
        return QStringLiteral("shell");
    case Kind::Config:
        return QStringLiteral("config");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

CodeBlock::Kind CodeBlock::kindFromCode(const QString &code)
{
    for (Kind k : {Kind::AdminApi, Kind::SqlQuery, Kind::SqlChange, Kind::Shell, Kind::Config}) {
        if (kindCode(k) == code)
            return k;
    }
    return Kind::Other;
}

QString CodeBlock::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::AdminApi:
        return Tr::tr("Admin API call");
    case Kind::SqlQuery:
        return Tr::tr("SQL query");
    case Kind::SqlChange:
        return Tr::tr("SQL change");
    case Kind::Shell:
        return Tr::tr("Shell command");
    case Kind::Config:
        return Tr::tr("Configuration");
    case Kind::Other:
        break;
    }
    return Tr::tr("Code");
}

CodeBlock CodeBlock::classify(const QString &text, const QString &language, int line)
{
    CodeBlock c;
    c.text = text;
    c.line = line;
    c.language = language.section(QLatin1Char(' '), 0, 0).toLower();
    c.language.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char('.'));
    const QString &lang = c.language;

    if (lang == QLatin1String("mermaid") || lang == QLatin1String("dot") ||
        lang == QLatin1String("plantuml")) {
        c.kind = Kind::Other;
        return c;
    }
    if (SqlLanguages.contains(lang)) {
        c.kind = sqlNature(text) == SqlNature::Change ? Kind::SqlChange : Kind::SqlQuery;
        c.placeholders = sqlPlaceholders(text);
        return c;
    }
    if (ConfigLanguages.contains(lang)) {
        c.kind = Kind::Config;
        c.placeholders = textPlaceholders(text, true);
        return c;
    }
    const bool request = requestLine().match(text).hasMatch() || curlLine().match(text).hasMatch();
    if (request &&
        (lang.isEmpty() || ShellLanguages.contains(lang) || HttpLanguages.contains(lang) ||
         lang == QLatin1String("text") || lang == QLatin1String("txt"))) {
        c.kind = Kind::AdminApi;
        c.placeholders = textPlaceholders(text, true);
        return c;
    }
    if (ShellLanguages.contains(lang)) {
        c.kind = Kind::Shell;
        c.placeholders = textPlaceholders(text, true);
        return c;
    }
    if (lang.isEmpty() || lang == QLatin1String("text") || lang == QLatin1String("txt")) {
        if (const SqlNature n = sqlNature(text); n != SqlNature::NotSql) {
            c.kind = n == SqlNature::Change ? Kind::SqlChange : Kind::SqlQuery;
            c.placeholders = sqlPlaceholders(text);
            return c;
        }
        if (looksLikeShell(text)) {
            c.kind = Kind::Shell;
            c.placeholders = textPlaceholders(text, true);
            return c;
        }
        if (looksLikeConfig(text)) {
            c.kind = Kind::Config;
            c.placeholders = textPlaceholders(text, true);
            return c;
        }
    }
    c.kind = Kind::Other;
    c.placeholders = textPlaceholders(text, false);
    return c;
}

} // namespace ic
