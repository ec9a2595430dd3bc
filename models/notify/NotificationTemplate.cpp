#include "models/notify/NotificationTemplate.h"

#include "models/notify/NotificationRenderer.h"
#include "models/notify/NotifyLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

struct Located
{
    int line = 0;
    QString message;
};

Error problem(int line, const QString &message)
{
    // The line travels in `detail` so the library can report it apart.
    return Error::make(Error::Kind::InvalidInput, message, QString::number(line));
}

// Where a byte offset of the body falls, as a file line.
int lineOfOffset(const QByteArray &bodyUtf8, qsizetype offset, int bodyLine)
{
    offset = qBound<qsizetype>(0, offset, bodyUtf8.size());
    return bodyLine + int(bodyUtf8.left(offset).count('\n'));
}

// kainjow reports "Unclosed tag at 123" with a byte offset: say it as a line.
Located engineError(const QString &message, const QString &body, int bodyLine)
{
    static const QRegularExpression at(QStringLiteral("^(.*) at (\\d+)$"));
    const auto m = at.match(message);
    if (!m.hasMatch())
        return {bodyLine, message};
    return {lineOfOffset(body.toUtf8(), m.captured(2).toLongLong(), bodyLine), m.captured(1)};
}

int lineOfTag(const QString &body, const QString &name, int bodyLine)
{
    const QString plain = name.startsWith(QLatin1Char('>')) ? name.mid(1) : name;
    const QRegularExpression re(QStringLiteral("\\{\\{\\{?\\s*[#^/&>]?\\s*") +
                                QRegularExpression::escape(plain) +
                                QStringLiteral("\\s*\\}?\\}\\}"));
    const auto m = re.match(body);
    return m.hasMatch() ? bodyLine + int(body.left(m.capturedStart()).count(QLatin1Char('\n')))
                        : bodyLine;
}

// Before the engine sees it: no delimiter changes (they would make every
// tag ambiguous for the checks below) and no runaway nesting.
Result<void> preflight(const QString &text, int bodyLine)
{
    int depth = 0;
    qsizetype i = 0;
    while ((i = text.indexOf(QLatin1String("{{"), i)) >= 0) {
        const bool triple = text.mid(i + 2, 1) == QLatin1String("{");
        const qsizetype start = i + (triple ? 3 : 2);
        const qsizetype end =
            text.indexOf(triple ? QLatin1String("}}}") : QLatin1String("}}"), start);
        const int line = bodyLine + int(text.left(i).count(QLatin1Char('\n')));
        if (end < 0)
            return problem(line, Tr::tr("a tag \"{{\" is never closed with \"}}\"."));
        const QString tag = text.mid(start, end - start).trimmed();
        if (!triple && tag.startsWith(QLatin1Char('=')))
            return problem(line, Tr::tr("changing the tag delimiters ({{=…=}}) is not supported in "
                                        "notification templates."));
        if (!triple && (tag.startsWith(QLatin1Char('#')) || tag.startsWith(QLatin1Char('^')))) {
            if (++depth > TemplateFile::MaxSectionDepth)
                return problem(line, Tr::tr("sections are nested more than %1 deep.")
                                         .arg(TemplateFile::MaxSectionDepth));
        } else if (!triple && tag.startsWith(QLatin1Char('/'))) {
            --depth;
        }
        i = end + (triple ? 3 : 2);
    }
    return success();
}

// Renders against a complete and an empty incident and names the first tag
// that is not a field, or what the engine refused.
Result<void> checkTags(const QString &text, int firstLine, const QString &what)
{
    if (auto p = preflight(text, firstLine); !p)
        return p;
    for (const RenderInput &sample :
         {NotificationRenderer::completeSample(), NotificationRenderer::emptySample()}) {
        const RenderedNotification r = NotificationRenderer::renderText(text, sample);
        if (!r.error.isEmpty()) {
            const Located l = engineError(r.error, text, firstLine);
            return problem(l.line,
                           Tr::tr("%1: the template is malformed (%2).").arg(what, l.message));
        }
        if (!r.unknownNames.isEmpty()) {
            const QString name = r.unknownNames.first();
            if (name.startsWith(QLatin1Char('>')))
                return problem(lineOfTag(text, name, firstLine),
                               Tr::tr("%1: partials ({{>%2}}) are not supported; a template is "
                                      "one file.")
                                   .arg(what, name.mid(1)));
            return problem(lineOfTag(text, name, firstLine),
                           Tr::tr("%1: \"{{%2}}\" is not a field of a notification. Fields are "
                                  "named like incident.ref, facts.consequences, org.name; see "
                                  "the shipped templates.")
                               .arg(what, name));
        }
    }
    return success();
}

const QStringList &headerNames()
{
    static const QStringList names = {QStringLiteral("Template"), QStringLiteral("Name"),
                                      QStringLiteral("Audience"), QStringLiteral("Description"),
                                      QStringLiteral("Clock"),    QStringLiteral("To"),
                                      QStringLiteral("Subject"),  QStringLiteral("Require")};
    return names;
}

} // namespace

namespace TemplateFile {

Result<NotificationTemplate> parse(const QByteArray &bytes, const QString &source,
                                   const QString &fallbackId)
{
    if (bytes.size() > MaxBytes)
        return problem(0, Tr::tr("the file is larger than %1 KiB; a notification template is a "
                                 "page or two.")
                              .arg(MaxBytes / 1024));
    if (bytes.contains('\0'))
        return problem(0, Tr::tr("the file contains NUL bytes; it is not a text file."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return problem(0, Tr::tr("the file is not valid UTF-8 text; save it as UTF-8."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    NotificationTemplate t;
    t.source = source;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression field(QStringLiteral("^([A-Za-z][A-Za-z-]*):[ \\t]*(.*)$"));
    // Header lines, with RFC 5322 style folding (a line starting with blanks
    // continues the one before).
    QList<std::pair<int, std::pair<QString, QString>>> header;
    qsizetype n = 0;
    for (; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (line.trimmed().isEmpty())
            break;
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) &&
            !header.isEmpty()) {
            header.last().second.second += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const auto m = field.match(line);
        if (!m.hasMatch())
            return problem(int(n + 1),
                           Tr::tr("expected a header line \"Field: value\" (Name, Subject, "
                                  "Require…) or a blank line before the body, found \"%1\".")
                               .arg(line.left(60)));
        header.append({int(n + 1), {m.captured(1), m.captured(2).trimmed()}});
    }
    if (n + 1 >= lines.size() || header.isEmpty())
        return problem(int(n), Tr::tr("a template starts with header lines (Name:, Subject:, "
                                      "Require:), then a blank line, then the body."));
    t.bodyLine = int(n + 2);
    t.body = lines.mid(n + 1).join(QLatin1Char('\n'));
    if (t.body.trimmed().isEmpty())
        return problem(t.bodyLine, Tr::tr("the body is empty."));

    QSet<QString> seen;
    for (const auto &[line, kv] : header) {
        const auto &[rawName, value] = kv;
        QString name;
        for (const QString &known : headerNames()) {
            if (known.compare(rawName, Qt::CaseInsensitive) == 0)
                name = known;
        }
        if (name.isEmpty())
            return problem(line,
                           Tr::tr("unknown header \"%1\"; known headers are %2.")
                               .arg(rawName.left(40), headerNames().join(QStringLiteral(", "))));
        if (name != QLatin1String("Require") && seen.contains(name))
            return problem(line, Tr::tr("\"%1\" is given twice.").arg(name));
        seen.insert(name);
        if (value.size() > 2000)
            return problem(line, Tr::tr("the %1 line is longer than 2000 characters.").arg(name));
        if (name == QLatin1String("Template")) {
            t.id = value;
        } else if (name == QLatin1String("Name")) {
            t.name = value;
        } else if (name == QLatin1String("Audience")) {
            t.audience = value;
        } else if (name == QLatin1String("Description")) {
            t.description = value;
        } else if (name == QLatin1String("Clock")) {
            static const QRegularExpression id(QStringLiteral("\\A[a-z0-9][a-z0-9-]{0,63}\\z"));
            if (!id.match(value).hasMatch())
                return problem(line, Tr::tr("Clock: \"%1\" is not a clock rule id (such as "
                                            "gdpr-art33).")
                                         .arg(value.left(70)));
            t.clockRuleId = value;
        } else if (name == QLatin1String("To")) {
            if (auto c = checkTags(value, line, Tr::tr("To")); !c)
                return c.error();
            t.to = value;
        } else if (name == QLatin1String("Subject")) {
            if (auto c = checkTags(value, line, Tr::tr("Subject")); !c)
                return c.error();
            t.subject = value;
        } else if (name == QLatin1String("Require")) {
            if (t.required.size() >= MaxRequired)
                return problem(line, Tr::tr("more than %1 Require lines.").arg(MaxRequired));
            const QStringList parts = value.split(QLatin1Char('|'));
            if (parts.size() < 2 || parts.size() > 3 || parts.at(0).trimmed().isEmpty() ||
                parts.at(1).trimmed().isEmpty())
                return problem(line, Tr::tr("write \"Require: field | what it is\", optionally "
                                            "followed by \"| if flag\"."));
            TemplateElement e{parts.at(0).trimmed(), parts.at(1).trimmed(), {}};
            if (!NotificationRenderer::isKnownField(e.key))
                return problem(line, Tr::tr("Require: \"%1\" is not a field of a notification.")
                                         .arg(e.key.left(60)));
            if (parts.size() == 3) {
                QString cond = parts.at(2).trimmed();
                if (!cond.startsWith(QLatin1String("if ")))
                    return problem(line, Tr::tr("a Require condition reads \"if flag\", e.g. "
                                                "\"if clock.late\"."));
                cond = cond.mid(3).trimmed();
                if (!NotificationRenderer::isFlagField(cond))
                    return problem(line, Tr::tr("Require: \"%1\" is not a yes/no field (such as "
                                                "clock.late or facts.personal_data).")
                                             .arg(cond.left(60)));
                e.condition = cond;
            }
            t.required << e;
        }
    }
    if (t.id.isEmpty())
        t.id = fallbackId;
    static const QRegularExpression idPattern(QStringLiteral("\\A[a-z0-9][a-z0-9._-]{0,63}\\z"));
    if (!idPattern.match(t.id).hasMatch())
        return problem(0, Tr::tr("the template id \"%1\" must be 1–64 lower-case letters, digits, "
                                 "dots or dashes (rename the file or add a Template: line).")
                              .arg(t.id.left(70)));
    if (t.name.isEmpty())
        return problem(1, Tr::tr("the Name: header is missing."));
    if (t.subject.isEmpty())
        return problem(1, Tr::tr("the Subject: header is missing."));
    if (auto c = checkTags(t.body, t.bodyLine, Tr::tr("Body")); !c)
        return c.error();
    return t;
}

} // namespace TemplateFile

const NotificationTemplate *TemplateLibrary::find(const QString &id) const
{
    for (const NotificationTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList TemplateLibrary::problemTexts() const
{
    QStringList out;
    for (const TemplateProblem &p : m_problems) {
        const QString where = QDir::toNativeSeparators(p.source);
        out << (p.line > 0 ? Tr::tr("The template %1 was not loaded: line %2: %3 The other "
                                    "templates are available; fix the file and reload.")
                                 .arg(where)
                                 .arg(p.line)
                                 .arg(p.message)
                           : Tr::tr("The template %1 was not loaded: %2 The other templates are "
                                    "available; fix the file and reload.")
                                 .arg(where, p.message));
    }
    return out;
}

TemplateLibrary TemplateLibrary::load(const QString &userFolder)
{
    TemplateLibrary lib;
    lib.m_userFolder = userFolder;
    auto readFolder = [&lib](const QString &folder, bool shipped) {
        const QDir dir(folder);
        const QStringList files = dir.entryList(
            {QStringLiteral("*.md"), QStringLiteral("*.txt"), QStringLiteral("*.mustache")},
            QDir::Files | QDir::Readable, QDir::Name);
        QSet<QString> idsHere;
        for (const QString &file : files) {
            const QString path = dir.filePath(file);
            QFile f(path);
            if (f.size() > TemplateFile::MaxBytes) {
                lib.m_problems << TemplateProblem{
                    path, 0,
                    Tr::tr("the file is larger than %1 KiB.").arg(TemplateFile::MaxBytes / 1024)};
                continue;
            }
            if (!f.open(QIODevice::ReadOnly)) {
                lib.m_problems << TemplateProblem{
                    path, 0, Tr::tr("it cannot be read (%1).").arg(f.errorString())};
                continue;
            }
            auto t = TemplateFile::parse(f.read(TemplateFile::MaxBytes + 1), path,
                                         QFileInfo(file).completeBaseName().toLower());
            if (!t) {
                lib.m_problems << TemplateProblem{path, t.error().detail.toInt(),
                                                  t.error().message};
                qCWarning(lcNotify) << "template not loaded:" << path << t.error().message;
                continue;
            }
            t->shipped = shipped;
            if (idsHere.contains(t->id)) {
                lib.m_problems << TemplateProblem{
                    path, 0,
                    Tr::tr("another file in the same folder already has the id \"%1\".")
                        .arg(t->id)};
                continue;
            }
            idsHere.insert(t->id);
            bool replaced = false;
            for (NotificationTemplate &existing : lib.m_templates) {
                if (existing.id == t->id) {
                    t->overridesShipped = existing.shipped;
                    existing = t.value();
                    replaced = true;
                }
            }
            if (!replaced)
                lib.m_templates << t.value();
        }
    };
    readFolder(QStringLiteral(":/templates"), true);
    if (!userFolder.isEmpty()) {
        if (QFileInfo(userFolder).isDir())
            readFolder(userFolder, false);
        else
            lib.m_problems << TemplateProblem{
                userFolder, 0,
                Tr::tr("the template folder does not exist; only the shipped templates are "
                       "available. Choose another folder in the Notifications tab.")};
    }
    return lib;
}

} // namespace ic
