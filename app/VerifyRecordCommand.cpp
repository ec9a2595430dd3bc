#include "Commands.h"
#include "WorkspaceArgs.h"

#include "models/store/Database.h"
#include "models/timeline/EventLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

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

    const QString name = QStringLiteral("verify-record");
    auto db = ws.openForReading(parser, name);
    if (!db) {
        err << db.error().fullText() << '\n';
        return ExitFailure;
    }
    int code = ExitOk;
    {
        QList<std::pair<QString, QString>> incidents;
        if (parser.isSet(all)) {
            auto q = Db::exec(db.value(),
                              QStringLiteral("SELECT id, ref FROM ic_incidents ORDER BY ref"));
            if (!q) {
                err << q.error().fullText() << '\n';
                code = ExitFailure;
            } else {
                while (q->next())
                    incidents.append({q->value(0).toString(), q->value(1).toString()});
            }
        } else {
            auto found = findIncident(db.value(), positional.first());
            if (!found) {
                err << found.error().message << '\n';
                code = ExitFailure;
            } else {
                incidents.append(found.value());
            }
        }
        for (const auto &[id, ref] : incidents) {
            auto v = EventLog::verify(db.value(), id);
            if (!v) {
                err << ref << ": " << v.error().fullText() << '\n';
                code = ExitFailure;
            } else if (v->intact) {
                out << ref << ": intact, " << v->events
                    << (v->events == 1 ? " event\n" : " events\n");
            } else {
                out << ref << ": BROKEN at event " << v->firstBrokenSeq << ": " << v->problem
                    << '\n';
                code = ExitFailure;
            }
        }
        db.value() = QSqlDatabase();
    }
    Db::close(name);
    return code;
}

} // namespace ic::app
