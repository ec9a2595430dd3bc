// A headless stand-in for the app, for the crash test: runs one action (or
// resumes every unfinished one) in a workspace, printing each state change,
// so the test can kill it mid-flight and start it again.
//   ic_action_runner WORKSPACE submit INCIDENT_ID INCIDENT_REF KIND TARGET REASON [BACKOFF_MS]
//   ic_action_runner WORKSPACE resume-all
#include "models/actions/ActionService.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/store/SqlExecutor.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ic;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: ic_action_runner WORKSPACE submit|resume-all ...\n";
        return 2;
    }
    SqlExecutor store(ConnectionSpec::sqlite(args.at(1)), QStringLiteral("store"));
    SecretStore secrets;
    ActionService service(&store, Clock::system(), &secrets, QStringLiteral("runner"));
    service.setPlatformSpec(ConnectionSpec::sqlite(args.at(1)));
    RetryPolicy policy;
    policy.baseDelayMs = args.size() > 8 ? args.at(8).toInt() : 200;
    policy.maxDelayMs = policy.baseDelayMs * 4;
    service.setRetryPolicy(policy);

    int open = 0;
    auto fail = [&](const Error &e) {
        err << "error: " << e.fullText() << '\n';
        err.flush();
        app.exit(1);
    };
    QObject::connect(&service, &ActionService::actionChanged, &app, [&](const ActionRecord &r) {
        out << "state " << r.id << ' ' << stateCode(r.state) << ' ' << r.attempts << '\n';
        out.flush();
        if (!service.isRunning(r.id) && (r.isFinished() || r.state == ActionState::Unknown)) {
            if (--open <= 0)
                app.exit(r.state == ActionState::Succeeded ? 0 : 3);
        }
    });
    QObject::connect(&service, &ActionService::failed, &app, fail);

    const QString command = args.at(2);
    service.loadSettings([&](const Result<ActionSettings> &s) {
        if (!s) {
            fail(s.error());
            return;
        }
        if (command == QLatin1String("submit") && args.size() >= 8) {
            const auto kind = Actions::fromCode(args.at(5));
            if (!kind) {
                err << "unknown action " << args.at(5) << '\n';
                app.exit(2);
                return;
            }
            service.preview(
                {*kind, args.at(6), args.at(3), args.at(4)}, [&](const Result<ActionPreview> &p) {
                    if (!p) {
                        fail(p.error());
                        return;
                    }
                    open = 1;
                    service.submit(p.value(), args.at(7), [&](const Result<ActionRecord> &r) {
                        if (!r)
                            fail(r.error());
                        else
                            out << "submitted " << r->id << '\n';
                        out.flush();
                    });
                });
        } else if (command == QLatin1String("resume-all")) {
            QObject::connect(&service, &ActionService::attentionLoaded, &app,
                             [&](const QList<ActionRecord> &list) {
                                 out << "unfinished " << list.size() << '\n';
                                 out.flush();
                                 if (list.isEmpty()) {
                                     app.exit(0);
                                     return;
                                 }
                                 open = int(list.size());
                                 for (const ActionRecord &a : list) {
                                     service.resume(a.id, [&](const Result<ActionRecord> &r) {
                                         if (!r)
                                             fail(r.error());
                                     });
                                 }
                             });
            service.loadNeedingAttention();
        } else {
            err << "unknown command\n";
            app.exit(2);
        }
    });
    return app.exec();
}
