#include "Commands.h"
#include "WorkspaceArgs.h"

#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/record/WorkspaceLog.h"
#include "models/store/SqlExecutor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ic::app {

namespace {

QString tr(const char *text)
{
    // lupdate files these calls under the namespace's context.
    return QCoreApplication::translate("ic::app", text);
}

} // namespace

// record: admin steps on the workspace's record.
int runRecord(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Admin steps on the workspace's record (docs/record.md).\n"
           "  record adopt-legacy (--workspace FILE | --pg CONNINFO)\n"
           "      puts the events recorded before the workspace log into it, once, oldest "
           "first, exactly as they are stored, and records that on each incident concerned. "
           "Never done on open. On PostgreSQL it needs the admin role.\n"
           "Exit code 0: done (or nothing to adopt); 1: refused or failed (nothing was "
           "changed); 2: bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("record"), {}, QStringLiteral("record"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("adopt-legacy."));
    WorkspaceArgs ws;
    ws.addTo(parser);
    auto usage = [&](const QString &problem) {
        err << "incident-commander record: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional != QStringList{QStringLiteral("adopt-legacy")})
        return usage(tr("the only action is adopt-legacy."));
    if (const QString p = ws.problem(parser); !p.isEmpty())
        return usage(p);
    auto profile = ws.profile(parser);
    if (!profile) {
        err << profile.error().fullText() << '\n';
        return ExitFailure;
    }
    Settings settings;
    // The admin's key (keychain) signs the record.legacy-adopted events.
    SecretStore secrets;
    auto session = openSession(profile.value(), settings, &secrets, /*readOnly*/ false);
    if (!session) {
        err << session.error().fullText() << '\n';
        return ExitFailure;
    }
    WorkspaceSession *context = session.value().get();
    SqlExecutor *executor = context->storeExecutor();
    const QString actor = context->identity().actor;
    const QDateTime now = Clock::system().now();
    auto adopted = wait<int>([executor, context, actor, now](auto done) {
        executor->run<int>(
            [actor, now](QSqlDatabase &db) { return WorkspaceLog::adoptLegacy(db, actor, now); },
            context, [done](Result<int> r) { done(r); });
    });
    if (!adopted) {
        err << adopted.error().fullText() << '\n';
        return ExitFailure;
    }
    if (adopted.value() == 0)
        out << tr("Every event is in the workspace log already; nothing was changed.") << '\n';
    else
        out << tr("%1 earlier events were put into the workspace log, oldest first; each "
                  "incident concerned records it.")
                   .arg(adopted.value())
            << '\n';
    return ExitOk;
}

} // namespace ic::app
