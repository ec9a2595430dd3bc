// `incident-commander playbooks check FILE... [--json]`: lints runbooks in a
// team's own CI. Prints each file's import report; fails when a file cannot
// be read.
#include "Commands.h"

#include "models/playbooks/PlaybookReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ic::app {

int runPlaybooks(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "playbooks", "Reads Markdown runbooks the way the app does and reports the playbooks, "
                     "phases, steps and deadlines found, and what was ignored, with line "
                     "numbers. Exits with 1 when a file cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"),
                                 QCoreApplication::translate("playbooks", "The action: check."),
                                 QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("playbooks",
                                                             "Markdown files, whatever their "
                                                             "extension."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("playbooks", "Print the report as JSON."));
    parser.addOption(json);

    auto usage = [&](const QString &problem) {
        err << "incident-commander playbooks: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    // arguments[0] is the program, [1] "playbooks".
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("check"))
        return usage(QCoreApplication::translate("playbooks", "the only action is “check”."));
    positional.removeFirst();
    if (positional.isEmpty())
        return usage(QCoreApplication::translate("playbooks", "name at least one FILE to check."));

    bool failed = false;
    QJsonArray files;
    for (const QString &path : std::as_const(positional)) {
        const PlaybookFile file = PlaybookReader::readFile(path);
        failed = failed || !file.ok();
        if (parser.isSet(json)) {
            files.append(file.toJson());
        } else {
            out << file.reportText() << '\n';
            for (const QString &e : file.errors)
                err << "incident-commander playbooks: " << e << '\n';
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(QJsonObject{{QStringLiteral("files"), files}})
                   .toJson(QJsonDocument::Indented);
    return failed ? ExitFailure : ExitOk;
}

} // namespace ic::app
