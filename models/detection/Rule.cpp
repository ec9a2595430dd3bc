#include "models/detection/Rule.h"

#include "models/detection/RuleSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("name"),     QStringLiteral("description"), QStringLiteral("severity"),
        QStringLiteral("playbook"), QStringLiteral("subject"),     QStringLiteral("schedule"),
        QStringLiteral("window"),   QStringLiteral("aggregate"),   QStringLiteral("threshold"),
        QStringLiteral("group"),    QStringLiteral("timeout")};
    return keys;
}

constexpr int MaxParams = 16;
constexpr qint64 Minute = 60, Hour = 3600, Day = 86'400;

// One `key: value` of the header, with the line it started on.
struct HeaderValue
{
    QString value;
    int line = 0;
};

class Parser
{
public:
    Parser(QString id, QString source) : m_id(std::move(id)), m_source(std::move(source)) {}

    Result<Rule> parse(const QByteArray &bytes)
    {
        if (bytes.size() > RuleFile::MaxFileBytes)
            return fail(0, Tr::tr("the file is larger than %1 KiB; a rule is a few lines")
                               .arg(RuleFile::MaxFileBytes / 1024));
        if (bytes.contains('\0'))
            return fail(0, Tr::tr("it contains a NUL byte; a rule file is UTF-8 text"));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError())
            return fail(0, Tr::tr("it is not valid UTF-8 text"));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (text.contains(QLatin1Char('\r')))
            return fail(0, Tr::tr("it has carriage returns that do not end a line"));

        const QStringList lines = text.split(QLatin1Char('\n'));
        static const QRegularExpression section(QStringLiteral("^\\[([^\\]]*)\\]\\s*$"));
        static const QRegularExpression keyLine(
            QStringLiteral("^([A-Za-z][A-Za-z0-9_.]*)\\s*:(.*)$"));
        QString lastKey;
        QString currentSection;
        QHash<QString, QString> sections;
        QHash<QString, int> sectionLines;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const int n = i + 1;
            if (auto m = section.match(line); m.hasMatch()) {
                const QString name = m.captured(1).trimmed();
                if (name != QLatin1String("sqlite") && name != QLatin1String("postgres"))
                    return fail(n, Tr::tr("[%1] is not a section; the sections are [sqlite] and "
                                          "[postgres]")
                                       .arg(name));
                if (sections.contains(name))
                    return fail(n, Tr::tr("the [%1] section appears twice").arg(name));
                currentSection = name;
                sections.insert(name, QString());
                sectionLines.insert(name, n);
                continue;
            }
            if (!currentSection.isEmpty()) {
                QString &sql = sections[currentSection];
                sql += line;
                sql += QLatin1Char('\n');
                continue;
            }
            // The header.
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
                if (trimmed.isEmpty())
                    lastKey.clear();
                continue;
            }
            if (line.at(0).isSpace()) {
                if (lastKey.isEmpty())
                    return fail(n, Tr::tr("an indented line continues the value above it, but "
                                          "there is no value above it"));
                QString &value = m_header[lastKey].value;
                value += QLatin1Char(' ') + trimmed;
                continue;
            }
            const auto m = keyLine.match(line);
            if (!m.hasMatch())
                return fail(n, Tr::tr("expected \"key: value\", a # comment, or a [sqlite] or "
                                      "[postgres] section"));
            const QString key = m.captured(1);
            const QString value = m.captured(2).trimmed();
            if (!knownKeys().contains(key) && !key.startsWith(QLatin1String("param.")))
                return fail(n, Tr::tr("\"%1\" is not a rule key; the keys are %2 and "
                                      "param.NAME")
                                   .arg(key, knownKeys().join(QStringLiteral(", "))));
            if (m_header.contains(key))
                return fail(n, Tr::tr("\"%1\" is given twice (first on line %2)")
                                   .arg(key)
                                   .arg(m_header.value(key).line));
            m_header.insert(key, HeaderValue{value, n});
            m_order << key;
            lastKey = key;
        }

        Rule rule;
        rule.id = m_id;
        rule.source = m_source;
        rule.digest = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (auto r = readHeader(rule); !r)
            return r.error();
        for (const char *engine : {"sqlite", "postgres"}) {
            const QString name = QString::fromLatin1(engine);
            if (!sections.contains(name))
                return fail(0, Tr::tr("there is no [%1] section with the query for %2")
                                   .arg(name, engineName(name)));
            auto sql = readSql(rule, name, sections.value(name), sectionLines.value(name));
            if (!sql)
                return sql.error();
            (name == QLatin1String("sqlite") ? rule.sqliteSql : rule.postgresSql) = sql.value();
        }
        // A declared parameter that no query uses is most likely a typo.
        for (const auto &[param, value] : std::as_const(rule.params)) {
            Q_UNUSED(value)
            if (!m_used.contains(param))
                return fail(m_header.value(QStringLiteral("param.") + param).line,
                            Tr::tr("param.%1 is declared but neither query uses :%1").arg(param));
        }
        return rule;
    }

private:
    static QString engineName(const QString &section)
    {
        return section == QLatin1String("sqlite") ? QStringLiteral("SQLite")
                                                  : QStringLiteral("PostgreSQL");
    }

    Error fail(int line, const QString &what) const
    {
        const QString problem = line > 0 ? Tr::tr("line %1: %2").arg(line).arg(what) : what;
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The detection rule %1 cannot be used: %2. The rule was not "
                                  "loaded; the other rules still run. Correct the file (see "
                                  "docs/detection-rules.md).")
                               .arg(m_source, problem));
    }

    int lineOf(const QString &key) const { return m_header.value(key).line; }

    Result<QString> required(const QString &key) const
    {
        if (!m_header.contains(key) || m_header.value(key).value.isEmpty())
            return fail(m_header.contains(key) ? lineOf(key) : 0,
                        Tr::tr("\"%1:\" is missing or empty").arg(key));
        return m_header.value(key).value;
    }

    Result<QString> text(const QString &key, int maxLength, bool isRequired) const
    {
        QString value = m_header.value(key).value;
        if (isRequired) {
            auto r = required(key);
            if (!r)
                return r.error();
            value = r.value();
        }
        if (value.size() > maxLength)
            return fail(lineOf(key),
                        Tr::tr("\"%1\" is longer than %2 characters").arg(key).arg(maxLength));
        for (const QChar c : std::as_const(value)) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return fail(lineOf(key), Tr::tr("\"%1\" contains a control character").arg(key));
        }
        return value;
    }

    Result<qint64> duration(const QString &key, qint64 fallback, qint64 min, qint64 max) const
    {
        if (!m_header.contains(key))
            return fallback;
        const auto d = RuleFile::parseDuration(m_header.value(key).value);
        if (!d)
            return fail(lineOf(key), Tr::tr("\"%1: %2\" is not a duration; write a whole number "
                                            "and s, m, h or d, like 90s, 5m, 1h or 7d")
                                         .arg(key, m_header.value(key).value));
        if (*d < min || *d > max)
            return fail(lineOf(key), Tr::tr("\"%1\" must be between %2 and %3")
                                         .arg(key, RuleFile::formatDuration(min),
                                              RuleFile::formatDuration(max)));
        return *d;
    }

    Result<void> readHeader(Rule &rule)
    {
        auto name = text(QStringLiteral("name"), 120, true);
        if (!name)
            return name.error();
        rule.name = name.value();
        auto description = text(QStringLiteral("description"), 2000, true);
        if (!description)
            return description.error();
        rule.description = description.value();
        auto playbook = text(QStringLiteral("playbook"), 120, false);
        if (!playbook)
            return playbook.error();
        rule.playbook = playbook.value();

        auto severity = required(QStringLiteral("severity"));
        if (!severity)
            return severity.error();
        const auto level = severityFromCode(severity.value());
        if (!level || severity.value() != severityCode(*level))
            return fail(
                lineOf(QStringLiteral("severity")),
                Tr::tr("\"severity: %1\" is not one of P0, P1, P2, P3").arg(severity.value()));
        rule.severity = *level;

        auto subject = required(QStringLiteral("subject"));
        if (!subject)
            return subject.error();
        const auto kind = RuleFile::subjectFromCode(subject.value());
        if (!kind)
            return fail(lineOf(QStringLiteral("subject")),
                        Tr::tr("\"subject: %1\" is not one of user, tenant, api_key, ip, session")
                            .arg(subject.value()));
        rule.subject = *kind;

        if (!m_header.contains(QStringLiteral("schedule")))
            return fail(0, Tr::tr("\"schedule:\" is missing; say how often the rule runs, like "
                                  "5m"));
        auto schedule = duration(QStringLiteral("schedule"), 0, Minute, Day);
        if (!schedule)
            return schedule.error();
        rule.scheduleSeconds = schedule.value();
        auto window = duration(QStringLiteral("window"), 0, 1, 30 * Day);
        if (!window)
            return window.error();
        rule.windowSeconds = window.value();
        auto group = duration(QStringLiteral("group"), Day, 0, 30 * Day);
        if (!group)
            return group.error();
        rule.groupSeconds = group.value();
        auto timeout = duration(QStringLiteral("timeout"), 30, 1, 10 * Minute);
        if (!timeout)
            return timeout.error();
        rule.timeoutSeconds = timeout.value();

        const bool hasThreshold = m_header.contains(QStringLiteral("threshold"));
        const bool hasAggregate = m_header.contains(QStringLiteral("aggregate"));
        if (!rule.isWindowed()) {
            if (hasThreshold || hasAggregate)
                return fail(lineOf(hasThreshold ? QStringLiteral("threshold")
                                                : QStringLiteral("aggregate")),
                            Tr::tr("\"threshold\" and \"aggregate\" need a \"window\"; without "
                                   "one every row the query returns is a match"));
        } else {
            if (!hasThreshold)
                return fail(0, Tr::tr("a rule with a window needs a \"threshold:\", like >= 20"));
            static const QRegularExpression re(
                QStringLiteral("^(>=|>)\\s*([0-9]{1,15})(\\.[0-9]{1,6})?$"));
            const QString t = m_header.value(QStringLiteral("threshold")).value;
            const auto m = re.match(t);
            if (!m.hasMatch())
                return fail(lineOf(QStringLiteral("threshold")),
                            Tr::tr("\"threshold: %1\" is not a comparison; write > or >= and a "
                                   "number, like >= 20")
                                .arg(t));
            rule.threshold.orEqual = m.captured(1) == QLatin1String(">=");
            rule.threshold.value = (m.captured(2) + m.captured(3)).toDouble();
            if (hasAggregate) {
                const QString a = m_header.value(QStringLiteral("aggregate")).value;
                const auto agg = RuleFile::aggregateFromCode(a);
                if (!agg)
                    return fail(
                        lineOf(QStringLiteral("aggregate")),
                        Tr::tr("\"aggregate: %1\" is not one of count, sum, distinct").arg(a));
                rule.aggregate = *agg;
            }
        }

        static const QRegularExpression paramName(QStringLiteral("\\A[a-z_][a-z0-9_]{0,31}\\z"));
        static const QRegularExpression integer(QStringLiteral("\\A-?[0-9]{1,18}\\z"));
        for (const QString &key : std::as_const(m_order)) {
            if (!key.startsWith(QLatin1String("param.")))
                continue;
            const QString param = key.mid(6);
            if (!paramName.match(param).hasMatch())
                return fail(lineOf(key), Tr::tr("\"%1\" is not a parameter name; use lower-case "
                                                "letters, digits and _")
                                             .arg(param));
            if (param == QLatin1String("after_id") || param == QLatin1String("upto_id") ||
                param.startsWith(QLatin1String("ic_")))
                return fail(lineOf(key),
                            Tr::tr("the parameter name \"%1\" is reserved").arg(param));
            if (rule.params.size() >= MaxParams)
                return fail(lineOf(key), Tr::tr("a rule has at most %1 parameters").arg(MaxParams));
            auto value = text(key, 500, false);
            if (!value)
                return value.error();
            if (integer.match(value.value()).hasMatch())
                rule.params.append({param, QVariant(value.value().toLongLong())});
            else
                rule.params.append({param, QVariant(value.value())});
        }
        return success();
    }

    Result<QString> readSql(const Rule &rule, const QString &section, const QString &sql, int line)
    {
        const RuleSql::Scan scan = RuleSql::scan(sql);
        if (!scan.error.isEmpty())
            return fail(line, Tr::tr("the [%1] query %2").arg(section, scan.error));
        if (scan.sql.trimmed().isEmpty())
            return fail(line, Tr::tr("the [%1] section has no query").arg(section));
        static const QRegularExpression select(QStringLiteral("^\\s*(select|with)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (!select.match(scan.sql).hasMatch())
            return fail(
                line, Tr::tr("the [%1] query must be one SELECT (or WITH … SELECT)").arg(section));
        QSet<QString> declared;
        for (const auto &[name, value] : rule.params) {
            Q_UNUSED(value)
            declared.insert(name);
        }
        bool after = false, upto = false;
        for (const QString &p : scan.placeholders) {
            if (p == QLatin1String("after_id")) {
                after = true;
            } else if (p == QLatin1String("upto_id")) {
                upto = true;
            } else if (!declared.contains(p)) {
                return fail(line, Tr::tr("the [%1] query uses :%2, which is not a parameter; "
                                         "declare it in the header as \"param.%2: value\"")
                                      .arg(section, p));
            } else {
                m_used.insert(p);
            }
        }
        if (rule.isWindowed() && (after || upto))
            return fail(line, Tr::tr("the [%1] query of a windowed rule must not use :after_id or "
                                     ":upto_id; the runner limits it to new rows itself")
                                  .arg(section));
        if (!rule.isWindowed() && !(after && upto))
            return fail(line, Tr::tr("the [%1] query must read only new rows: use both "
                                     ":after_id and :upto_id, as in \"id > :after_id AND id <= "
                                     ":upto_id\"")
                                  .arg(section));
        return scan.sql;
    }

    QString m_id;
    QString m_source;
    QHash<QString, HeaderValue> m_header;
    QStringList m_order;
    QSet<QString> m_used;
};

} // namespace

QString RuleThreshold::text() const
{
    return (orEqual ? QStringLiteral(">= ") : QStringLiteral("> ")) +
           QString::number(value, 'g', 15);
}

namespace RuleFile {

Result<Rule> parse(const QByteArray &bytes, const QString &id, const QString &source)
{
    return Parser(id, source).parse(bytes);
}

Result<QString> idFromPath(const QString &path)
{
    const QFileInfo fi(path);
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9][a-z0-9-]{0,63}\\z"));
    const QString name = fi.fileName();
    const QString stem = name.endsWith(QLatin1String(Extension))
                             ? name.left(name.size() - int(qstrlen(Extension)))
                             : QString();
    if (!re.match(stem).hasMatch())
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The file name %1 is not a rule id: name rule files with lower-case "
                   "letters, digits and -, ending in .rule (like "
                   "many-failed-logins.rule). The file was not loaded; the other "
                   "rules still run.")
                .arg(QDir::toNativeSeparators(path)));
    return stem;
}

Result<Rule> read(const QString &path)
{
    auto id = idFromPath(path);
    if (!id)
        return id.error();
    QFile f(path);
    const QString shown = path.startsWith(QLatin1Char(':')) ? path : QDir::toNativeSeparators(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not read the detection rule %1: %2. The rule was not "
                                  "loaded; the other rules still run.")
                               .arg(shown, f.errorString()));
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    auto rule = parse(bytes, id.value(), shown);
    if (rule)
        rule.value().builtIn = path.startsWith(QLatin1Char(':'));
    return rule;
}

std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\A([0-9]{1,7})([smhd])\\z"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    switch (m.captured(2).at(0).toLatin1()) {
    case 's':
        return n;
    case 'm':
        return n * Minute;
    case 'h':
        return n * Hour;
    default:
        return n * Day;
    }
}

QString formatDuration(qint64 seconds)
{
    if (seconds > 0 && seconds % Day == 0)
        return QStringLiteral("%1d").arg(seconds / Day);
    if (seconds > 0 && seconds % Hour == 0)
        return QStringLiteral("%1h").arg(seconds / Hour);
    if (seconds > 0 && seconds % Minute == 0)
        return QStringLiteral("%1m").arg(seconds / Minute);
    return QStringLiteral("%1s").arg(seconds);
}

QString subjectCode(RuleSubject subject)
{
    switch (subject) {
    case RuleSubject::User:
        return QStringLiteral("user");
    case RuleSubject::Tenant:
        return QStringLiteral("tenant");
    case RuleSubject::ApiKey:
        return QStringLiteral("api_key");
    case RuleSubject::Ip:
        return QStringLiteral("ip");
    case RuleSubject::Session:
        return QStringLiteral("session");
    }
    return {};
}

std::optional<RuleSubject> subjectFromCode(const QString &code)
{
    for (RuleSubject s : {RuleSubject::User, RuleSubject::Tenant, RuleSubject::ApiKey,
                          RuleSubject::Ip, RuleSubject::Session}) {
        if (subjectCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString subjectLabel(RuleSubject subject)
{
    switch (subject) {
    case RuleSubject::User:
        return Tr::tr("User");
    case RuleSubject::Tenant:
        return Tr::tr("Tenant");
    case RuleSubject::ApiKey:
        return Tr::tr("API key");
    case RuleSubject::Ip:
        return Tr::tr("IP address");
    case RuleSubject::Session:
        return Tr::tr("Session");
    }
    return {};
}

QString aggregateCode(RuleAggregate aggregate)
{
    switch (aggregate) {
    case RuleAggregate::Count:
        return QStringLiteral("count");
    case RuleAggregate::Sum:
        return QStringLiteral("sum");
    case RuleAggregate::Distinct:
        return QStringLiteral("distinct");
    }
    return {};
}

std::optional<RuleAggregate> aggregateFromCode(const QString &code)
{
    for (RuleAggregate a : {RuleAggregate::Count, RuleAggregate::Sum, RuleAggregate::Distinct}) {
        if (aggregateCode(a) == code)
            return a;
    }
    return std::nullopt;
}

QStringList placeholders(const QString &sql)
{
    return RuleSql::scan(sql).placeholders;
}

} // namespace RuleFile
} // namespace ic
