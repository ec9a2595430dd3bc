// The composition root: command line, wiring, startup. Nothing else.
#include "Commands.h"

#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/store/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Panes.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <ctime>
#include <future>
#include <memory>

#include <fontconfig/fontconfig.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("IncidentCommander"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("incident-commander.app"));
    QCoreApplication::setApplicationName(QStringLiteral("incident-commander"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IC_VERSION));
}

// Options that never need a display: answer them without creating a GUI.
bool wantsConsoleOnly(int argc, char **argv)
{
    if (argc > 1 && ic::app::isSubcommand(QString::fromLocal8Bit(argv[1])))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version" || a == "--help-all")
            return true;
    }
    return false;
}

// --lang before the parser exists (sub-commands parse their own options).
QString languageArgument(const QStringList &args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--lang"));
    if (i >= 0 && i + 1 < args.size())
        return args.at(i + 1);
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return ic::Settings().language();
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Incident Commander: live security incidents, playbook checklists, "
                "containment and notifications.\n\nCommands (run with --help for details):\n"
                "  demo-data       create and fill a demo workspace without a window\n"
                "  verify-record   check that an incident's record was not altered\n"
                "  record          admin steps on the record: record adopt-legacy\n"
                "  export-evidence write a signed evidence bundle for an incident\n"
                "  verify-evidence check an evidence bundle\n"
                "  playbooks       check Markdown runbooks: playbooks check FILE...\n"
                "  escalation      check escalation policies: escalation check FILE..."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("main", "Open this workspace file."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("demo"),
         QCoreApplication::translate("main", "Open the demo workspace (created on first "
                                             "use).")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "User interface language, e.g. de or en "
                                                          "(default: the system's)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("pane"),
                      QCoreApplication::translate("main", "Show this pane once the workspace is "
                                                          "open, e.g. alertsView (screenshots)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("incident"),
         QCoreApplication::translate("main", "Select this incident once the workspace is open: "
                                             "its ID (INC-2026-003) or words of its title "
                                             "(screenshots)."),
         QStringLiteral("ID_OR_TITLE")});
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("ic"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// ic_bench's startup suite: when each phase of the start ended, in
// milliseconds since the bench started this process (IC_BENCH_STARTUP_T0:
// microseconds of the real-time clock, which both processes read).
void startupPhase(const char *phase)
{
    static const qint64 t0 = qgetenv("IC_BENCH_STARTUP_T0").toLongLong();
    if (t0 <= 0)
        return;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const qint64 us = qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
    QTextStream(stdout) << "IC_PHASE " << phase << ' ' << QString::number(double(us - t0) / 1000.0)
                        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app, languageArgument(app.arguments()));
        const QStringList args = QCoreApplication::arguments();
        if (args.size() > 1 && ic::app::isSubcommand(args.at(1)))
            return ic::app::runSubcommand(args);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints --help / --version and exits
        return ic::app::ExitOk;
    }

    startupPhase("main");
    // The first widget needs the font configuration, which fontconfig reads
    // from its files and caches (about a fifth of the main thread's start):
    // another core reads it while Qt starts (fontconfig is thread-safe).
    std::future<void> fonts = std::async(std::launch::async, [] { FcInit(); });
    QApplication app(argc, argv);
    // Ready before the window opens its workspace (it runs while the window
    // is built; the open waits for it rather than doing it twice).
    QThreadPool::globalInstance()->start([] { ic::Workspace::prepareSchemaCheck(); });
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("app.incident_commander.IncidentCommander"));

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << "incident-commander: " << parser.errorText() << "\n\n"
                            << parser.helpText();
        return ic::app::ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "incident-commander: unknown command "
                            << parser.positionalArguments().first() << "\n\n"
                            << parser.helpText();
        return ic::app::ExitUsage;
    }

    ic::Settings settings;
    installTranslations(app, parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : settings.language());
    ic::Theme::apply(settings.theme());

    ic::SecretStore secrets;
    fonts.wait();
    ic::MainWindow window(settings, &secrets, ic::Clock::system());
    startupPhase("window");

    // ic_bench's startup suite: report when the window shows the incidents.
    if (qEnvironmentVariableIsSet("IC_BENCH_STARTUP")) {
        QObject::connect(&window, &ic::MainWindow::workspaceOpened, &app,
                         [] { startupPhase("opened"); });
        QObject::connect(&window, &ic::MainWindow::incidentsShown, &app, [&app] {
            startupPhase("listed");
            QTextStream(stdout) << "IC_READY" << Qt::endl;
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
        QObject::connect(&window, &ic::MainWindow::workspaceFailed, &app, [&app] {
            QTextStream(stdout) << "IC_FAILED" << Qt::endl;
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(1); });
        });
    }

    // Screenshots: the incident first (selecting one shows the incident
    // list), then the pane.
    if (parser.isSet(QStringLiteral("pane")) || parser.isSet(QStringLiteral("incident"))) {
        const QString pane = parser.value(QStringLiteral("pane"));
        const QString incident = parser.value(QStringLiteral("incident"));
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(
            &window, &ic::MainWindow::incidentsShown, &window, [&window, pane, incident, once] {
                QObject::disconnect(*once);
                if (!incident.isEmpty()) {
                    const QString id = window.incidentModel()
                                           ? window.incidentModel()->findIncident(incident)
                                           : QString();
                    if (id.isEmpty())
                        QTextStream(stderr)
                            << "incident-commander: no incident matches " << incident << Qt::endl;
                    else
                        emit window.navigator()->showIncident(id);
                }
                if (!pane.isEmpty())
                    window.showPane(pane);
            });
    }

    window.show();
    if (parser.isSet(QStringLiteral("demo"))) {
        window.openDemoWorkspace();
    } else if (parser.isSet(QStringLiteral("workspace"))) {
        window.openSqliteFile(
            QFileInfo(parser.value(QStringLiteral("workspace"))).absoluteFilePath());
    } else if (!settings.lastWorkspace().isEmpty()) {
        window.openSqliteFile(settings.lastWorkspace());
    } else {
        window.openSqliteFile(ic::MainWindow::defaultWorkspacePath());
    }
    return QApplication::exec();
}
