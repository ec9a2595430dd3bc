#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/store/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace ic {

// What a rule's `subject` column holds; decides which incident field it fills.
enum class RuleSubject { User, Tenant, ApiKey, Ip, Session };

// How a windowed rule measures a subject's rows inside one window.
enum class RuleAggregate { Count, Sum, Distinct };

// "> 5" or ">= 20".
struct RuleThreshold
{
    bool orEqual = true;
    double value = 1;

    bool isMetBy(double measure) const { return orEqual ? measure >= value : measure > value; }
    QString text() const; // ">= 20"
};

// One detection rule, as read from its file (docs/detection-rules.md).
struct Rule
{
    QString id; // the file name without ".rule": "failed-token-validations"
    QString name;
    QString description;
    Severity severity = Severity::P2;
    QString playbook; // suggested playbook, by name; may be empty
    RuleSubject subject = RuleSubject::User;
    qint64 scheduleSeconds = 300;
    qint64 windowSeconds = 0; // 0: every row the query returns is a match
    RuleAggregate aggregate = RuleAggregate::Count;
    RuleThreshold threshold;
    qint64 groupSeconds = 86'400; // duplicates within this are one alert; 0: never group
    qint64 timeoutSeconds = 30;
    QList<std::pair<QString, QVariant>> params; // param.NAME: value
    QString sqliteSql;                          // comments stripped, one statement, no trailing ';'
    QString postgresSql;
    QString source; // file path, or ":/rules/…" for a built-in rule
    QString digest; // SHA-256 (hex) of the file's bytes
    bool builtIn = false;

    bool isWindowed() const { return windowSeconds > 0; }
    const QString &sql(Db::Engine engine) const
    {
        return engine == Db::Engine::Postgres ? postgresSql : sqliteSql;
    }
};

// The rule file format: a `key: value` header, then one `[sqlite]` and one
// `[postgres]` section with the query for that engine. Strict: an unknown
// key, a missing one, a bad value or an unsafe query refuses the whole file
// with a message naming the line.
namespace RuleFile {

constexpr qint64 MaxFileBytes = 256 * 1024;
constexpr auto Extension = ".rule";

// Parses the bytes of a rule file. `id` names the rule (normally the file
// name); `source` is only used in messages.
Result<Rule> parse(const QByteArray &bytes, const QString &id, const QString &source);

// Reads and parses one file; the id is its name without ".rule".
Result<Rule> read(const QString &path);

// "failed-token-validations" for ".../failed-token-validations.rule"; an
// error when the name is not a usable id (lower-case letters, digits, -).
Result<QString> idFromPath(const QString &path);

// "90s", "5m", "1h", "7d"; nullopt for anything else (no sign, no spaces).
std::optional<qint64> parseDuration(const QString &text);
QString formatDuration(qint64 seconds);

QString subjectCode(RuleSubject subject); // "api_key"
std::optional<RuleSubject> subjectFromCode(const QString &code);
QString subjectLabel(RuleSubject subject); // "API key" (translated)

QString aggregateCode(RuleAggregate aggregate); // "distinct"
std::optional<RuleAggregate> aggregateFromCode(const QString &code);

// Named parameters (":name") a query uses, outside quotes and comments.
QStringList placeholders(const QString &sql);

} // namespace RuleFile
} // namespace ic

Q_DECLARE_METATYPE(ic::Rule)
