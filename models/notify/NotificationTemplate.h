#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ic {

// Something a notification must say. With a condition, only when that field
// is true (e.g. the reasons for delay only when the clock has run out).
struct TemplateElement
{
    QString key;       // a field path, "facts.consequences"
    QString label;     // "Likely consequences of the breach"
    QString condition; // a field path, "clock.late"; empty: always

    bool operator==(const TemplateElement &) const = default;
};

// A notification template: a file with a few "Field: value" header lines,
// a blank line, and a Mustache body (kainjow Mustache) in light Markdown.
//
//   Name: GDPR Art. 33 notification to the supervisory authority
//   Audience: Supervisory authority
//   Clock: gdpr-art33
//   To: {{org.authority_email}}
//   Subject: Personal data breach notification ({{incident.ref}})
//   Require: facts.consequences | Likely consequences of the breach
//   Require: facts.delay_reasons | Reasons for the delay | if clock.late
//
//   Body with {{incident.summary}} and {{#facts.data_categories}}…{{/facts.data_categories}}
struct NotificationTemplate
{
    QString id; // "Template:" or the file name without extension
    QString name;
    QString audience;
    QString description;
    QString clockRuleId; // the clock a notification from it answers; may be empty
    QString to;          // Mustache, one line
    QString subject;     // Mustache, one line
    QString body;        // Mustache
    QList<TemplateElement> required;
    QString source; // where it was read from
    bool shipped = false;
    bool overridesShipped = false;
    int bodyLine = 1; // the file line the body starts on

    bool operator==(const NotificationTemplate &) const = default;
};

// Why a template file was not loaded, and where.
struct TemplateProblem
{
    QString source;
    int line = 0; // 0: the whole file
    QString message;
};

namespace TemplateFile {

constexpr qsizetype MaxBytes = 256 * 1024;
constexpr int MaxSectionDepth = 24;
constexpr int MaxRequired = 100;

// Reads one template file (outside input): refuses anything malformed with
// the line and what to do, and checks every tag and Require line against
// the fields a notification has. `fallbackId` names it when it has no
// "Template:" line.
Result<NotificationTemplate> parse(const QByteArray &bytes, const QString &source,
                                   const QString &fallbackId);

} // namespace TemplateFile

// The shipped templates (:/templates) and the team's own folder, where a
// file with the same id replaces the shipped one. A bad file is reported and
// skipped; the others still load.
class TemplateLibrary
{
public:
    static TemplateLibrary load(const QString &userFolder);

    const QList<NotificationTemplate> &templates() const { return m_templates; }
    const NotificationTemplate *find(const QString &id) const;
    const QList<TemplateProblem> &problems() const { return m_problems; }
    QString userFolder() const { return m_userFolder; }

    // "The template file … was not loaded: line 3: …" for every problem.
    QStringList problemTexts() const;

private:
    QList<NotificationTemplate> m_templates;
    QList<TemplateProblem> m_problems;
    QString m_userFolder;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::NotificationTemplate)
