#include "Commands.h"
#include "WorkspaceArgs.h"

#include "models/core/Settings.h"
#include "models/timeline/TimelineStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace ic::app {

// verify-record: proves an incident's record was not changed in the database.
int runVerifyRecord(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "verify-record", "Checks that an incident's record (its hash-chained events) was not "
                         "altered, deleted, reordered or added to directly in the database. "
                         "Exit code 0: intact; 1: broken or unreadable; 2: bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify-record"), {},
                                 QStringLiteral("verify-record"));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"),
                                 QCoreApplication::translate("verify-record",
                                                             "Reference (INC-2026-001) or id; "
                                                             "omit with --all."));
    WorkspaceArgs ws;
    ws.addTo(parser);
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("verify-record", "Verify every incident."));
    parser.addOption(all);

    auto usage = [&](const QString &problem) {
        err << "incident-commander verify-record: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (const QString p = ws.problem(parser); !p.isEmpty())
        return usage(p);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (parser.isSet(all) == !positional.isEmpty() || positional.size() > 1)
        return usage(QCoreApplication::translate("verify-record", "give one INCIDENT, or --all."));

    // Opened as the window opens it, but only to read: nothing is migrated
    // or written, and a workspace this build cannot read as it is is refused.
    auto profile = ws.profile(parser);
    if (!profile) {
        err << profile.error().fullText() << '\n';
        return ExitFailure;
    }
    Settings settings;
    auto session = openSession(profile.value(), settings, nullptr, /*readOnly*/ true);
    if (!session) {
        err << session.error().fullText() << '\n';
        return ExitFailure;
    }
    QList<Incident> chosen;
    if (parser.isSet(all)) {
        auto list = incidents(*session.value());
        if (!list) {
            err << list.error().fullText() << '\n';
            return ExitFailure;
        }
        chosen = list.value();
        std::sort(chosen.begin(), chosen.end(),
                  [](const Incident &a, const Incident &b) { return a.ref < b.ref; });
    } else {
        auto found = findIncident(*session.value(), positional.first());
        if (!found) {
            err << found.error().message << '\n';
            return ExitFailure;
        }
        chosen.append(found.value());
    }
    int code = ExitOk;
    TimelineStore *timeline = session.value()->timeline();
    for (const Incident &incident : std::as_const(chosen)) {
        const QString id = incident.id;
        auto v = wait<ChainVerification>([timeline, id](auto done) { timeline->verify(id, done); });
        if (!v) {
            err << incident.ref << ": " << v.error().fullText() << '\n';
            code = ExitFailure;
        } else if (v->intact) {
            out << incident.ref << ": intact, " << v->events
                << (v->events == 1 ? " event\n" : " events\n");
        } else {
            out << incident.ref << ": BROKEN at event " << v->firstBrokenSeq << ": " << v->problem
                << '\n';
            code = ExitFailure;
        }
    }
    return code;
}

} // namespace ic::app
