#include "Commands.h"

#include "WorkspaceArgs.h"

#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/demo/DemoData.h"
#include "models/store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace ic::app {

int runDemoData(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "demo-data", "Creates the workspace schema and fills it with deterministic demo data: "
                     "tenants, users, sessions, API keys and audit logs with one instance of "
                     "every attack the playbooks describe."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("demo-data"), {}, QStringLiteral("demo-data"));
    const QCommandLineOption sqlite(QStringLiteral("sqlite"),
                                    QCoreApplication::translate("demo-data",
                                                                "Write into this SQLite "
                                                                "workspace file (created if "
                                                                "missing)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption pg(
        QStringLiteral("pg"),
        QCoreApplication::translate("demo-data", "Write into this PostgreSQL database (libpq "
                                                 "connection string, no password: use "
                                                 "~/.pgpass or PGPASSWORD)."),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption rows(
        QStringLiteral("rows"),
        QCoreApplication::translate("demo-data", "Audit-log rows (default 200000)."),
        QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("demo-data",
                                                              "Random seed: same seed, same "
                                                              "data (default 20260112)."),
                                  QStringLiteral("S"), QStringLiteral("20260112"));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        QCoreApplication::translate("demo-data", "The data's \"now\" as ISO 8601 UTC "
                                                 "(default: the current time)."),
        QStringLiteral("TIME"));
    parser.addOptions({sqlite, pg, rows, seed, anchor});

    auto usage = [&](const QString &problem) {
        err << "incident-commander demo-data: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(QCoreApplication::translate("demo-data", "unexpected argument \"%1\".")
                         .arg(parser.positionalArguments().at(1)));
    if (parser.isSet(sqlite) == parser.isSet(pg))
        return usage(QCoreApplication::translate("demo-data",
                                                 "give exactly one of --sqlite FILE or --pg "
                                                 "CONNINFO."));
    DemoOptions options;
    bool ok = false;
    options.rows = parser.value(rows).toLongLong(&ok);
    if (!ok || options.rows < DemoData::MinimumRows || options.rows > 2'000'000'000LL)
        return usage(QCoreApplication::translate("demo-data",
                                                 "--rows must be a whole number from %1 to "
                                                 "2000000000.")
                         .arg(DemoData::MinimumRows));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(QCoreApplication::translate("demo-data",
                                                 "--seed must be a non-negative whole number."));
    if (parser.isSet(anchor)) {
        options.anchor = QDateTime::fromString(parser.value(anchor), Qt::ISODate);
        if (!options.anchor.isValid())
            return usage(QCoreApplication::translate("demo-data",
                                                     "--anchor must be an ISO 8601 time, e.g. "
                                                     "2026-11-22T10:00:00Z."));
    }

    ConnectionProfile profile;
    if (parser.isSet(sqlite)) {
        profile = ConnectionProfile::forSqlite(QFileInfo(parser.value(sqlite)).absoluteFilePath());
    } else {
        auto endpoint = PgEndpoint::fromConnInfo(parser.value(pg));
        if (!endpoint)
            return usage(endpoint.error().message);
        profile = ConnectionProfile::forPostgres(endpoint.value());
    }

    // Opened (and created) the way the window opens a workspace; the data is
    // written on the session's worker, right after the migrations.
    QElapsedTimer timer;
    timer.start();
    auto summary = std::make_shared<std::optional<DemoSummary>>();
    WorkspaceSession::AfterOpen fill = [&err, options,
                                        summary](QSqlDatabase &db, const WorkspaceInfo &info,
                                                 std::function<void(int)>) -> Result<void> {
        if (info.platformVersion == 0) {
            auto p = Workspace::ensurePlatformTables(db, Clock::system().now());
            if (!p)
                return p.error();
        }
        const QLocale c(QLocale::English, QLocale::UnitedStates); // 1,000,000 for every reader
        auto progress = [&err, c](qint64 done, qint64 total) {
            err << "\rdemo-data: " << c.toString(done) << " / " << c.toString(total)
                << " audit rows (" << (done * 100 / qMax<qint64>(total, 1)) << "%)";
            err.flush();
        };
        auto r = DemoData::fill(db, options, progress);
        err << '\n';
        if (!r)
            return r.error();
        *summary = r.value();
        return success();
    };
    Settings settings;
    // The person's key (keychain) signs the demo incidents' events.
    SecretStore secrets;
    auto session = openSession(profile, settings, &secrets, /*readOnly*/ false,
                               /*createIfMissing*/ true, std::move(fill));
    if (!session) {
        err << session.error().fullText() << '\n';
        return ExitFailure;
    }
    const DemoSummary &d = **summary;
    out << "Wrote " << d.auditRows << " audit rows, " << d.tenants << " tenants, " << d.users
        << " users, " << d.apiKeys << " API keys, " << d.sessions << " sessions and " << d.incidents
        << " incidents to " << profile.location() << " in "
        << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s.\n";
    return ExitOk;
}

} // namespace ic::app
