// Kill the app in the middle of an action, start it again, and the effect
// happened exactly once: the action was in the outbox before the request
// left, the restart lists it as unfinished and resumes it with the same
// Idempotency-Key, and the admin API answers from its record.
#include "HttpsAdminServer.h"
#include "TestPki.h"
#include "models/actions/ActionSettings.h"
#include "models/actions/Outbox.h"
#include "models/core/SecretStore.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {
const QString Token = QStringLiteral("tok_crash_test_91");
}

class TestActionCrash : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TlsIdentity m_id;
    std::unique_ptr<HttpsAdminServer> m_server;
    QString m_path;
    QString m_incident;
    int m_n = 0;

    Result<QSqlDatabase> db()
    {
        const QString name = QStringLiteral("crash-%1").arg(m_n);
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name, false);
        return Db::open(ConnectionSpec::sqlite(m_path), name);
    }

    QList<ActionRecord> actions()
    {
        auto d = db();
        auto r = Outbox::forIncident(d.value(), m_incident);
        return r ? r.value() : QList<ActionRecord>();
    }

    QStringList timeline(const QString &actionId)
    {
        auto d = db();
        const auto events = EventLog::events(d.value(), m_incident);
        QStringList out;
        for (const IncidentEvent &e : events.value()) {
            if (e.details.value(QLatin1String("action_id")).toString() == actionId)
                out << e.kind + QLatin1Char(' ') + e.summary.section(QLatin1Char(':'), 0, 0);
        }
        return out;
    }

    std::unique_ptr<QProcess> runner(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(IC_ACTION_RUNNER), QStringList{m_path} + args);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_id = TestPki::makeServerIdentity(QStringLiteral("Crash Test CA")).value();
        // The token the app reads: in the (private, real) keychain.
        SecretStore secrets;
        ActionSettings probe;
        probe.backend = Backend::Api;
        m_server = std::make_unique<HttpsAdminServer>();
        m_server->setToken(Token.toLatin1());
        QVERIFY(m_server->listen(m_id).ok());
        probe.apiBaseUrl = m_server->baseUrl().toString();
        std::optional<Result<void>> stored;
        secrets.write(probe.tokenKey(), Token, [&](Result<void> r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().fullText()));
    }

    void init()
    {
        ++m_n;
        m_path = m_dir.filePath(QStringLiteral("crash-%1.icw").arg(m_n));
        const QString name = QStringLiteral("seed-%1").arg(m_n);
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase d = QSqlDatabase::database(name, false);
            NewIncident n;
            n.title = QStringLiteral("Session token reused");
            auto inc = IncidentRepository(d, QDateTime::currentDateTimeUtc())
                           .create(n, QStringLiteral("detection"));
            QVERIFY(inc.ok());
            m_incident = inc->id;
            QVERIFY(
                Db::exec(d,
                         QStringLiteral(
                             "INSERT INTO users (id, email) VALUES ('usr_alice', 'alice@x.test')"))
                    .ok());
            ActionSettings s;
            s.backend = Backend::Api;
            s.apiBaseUrl = m_server->baseUrl().toString();
            s.caPem = QString::fromLatin1(m_id.caPem);
            s.timeoutSeconds = 120; // the kill, not a timeout, ends the first attempt
            QVERIFY(ActionSettingsStore::save(d, s, ActionSettingsStore::load(d).value(),
                                              QStringLiteral("test"),
                                              QDateTime::currentDateTimeUtc())
                        .ok());
        }
        Db::close(name);
    }

    void cleanup() { Db::close(QStringLiteral("crash-%1").arg(m_n)); }

    void killedWhileTheRequestIsOut()
    {
        const int requestsBefore = int(m_server->requests().size());
        const int effectsBefore = int(m_server->effects().size());
        // The platform acts on the request at once but answers only after a minute.
        m_server->queueFault(HttpsAdminServer::Fault::delay(60'000));
        auto app = runner({QStringLiteral("submit"), m_incident, QStringLiteral("INC-2026-002"),
                           QStringLiteral("user.revoke-all-tokens"), QStringLiteral("usr_alice"),
                           QStringLiteral("Session reused after logout")});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_server->requests().size()), requestsBefore + 1, 20000);
        QCOMPARE(int(m_server->effects().size()), effectsBefore + 1);
        app->kill(); // SIGKILL: no cleanup, no goodbye
        QTRY_VERIFY_WITH_TIMEOUT(app->state() == QProcess::NotRunning, 5000);
        QCOMPARE(app->exitStatus(), QProcess::CrashExit);

        // What the dead app left: the action, in flight, attempt 1.
        QList<ActionRecord> list = actions();
        QCOMPARE(list.size(), 1);
        const ActionRecord left = list.first();
        QCOMPARE(left.state, ActionState::InFlight);
        QCOMPARE(left.attempts, 1);
        QCOMPARE(m_server->requests().last().header("idempotency-key"), left.id.toLatin1());

        // Restart: the unfinished action is found and resumed with its key.
        auto again = runner({QStringLiteral("resume-all")});
        // The server lives on this thread: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == QProcess::NotRunning, 30000);
        const QString output = QString::fromUtf8(again->readAllStandardOutput());
        QVERIFY2(again->exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("unfinished 1")), qPrintable(output));

        QCOMPARE(int(m_server->requests().size()), requestsBefore + 2);
        QCOMPARE(m_server->requests().last().header("idempotency-key"), left.id.toLatin1());
        QCOMPARE(m_server->requests().last().body, m_server->requests().at(requestsBefore).body);
        QCOMPARE(int(m_server->effects().size()), effectsBefore + 1); // exactly once

        const ActionRecord done = actions().first();
        QCOMPARE(done.state, ActionState::Succeeded);
        QCOMPARE(done.attempts, 2);
        QVERIFY2(done.result.contains(QLatin1String("idempotency record")),
                 qPrintable(done.result));
        QCOMPARE(timeline(left.id),
                 (QStringList{QStringLiteral("action.requested Requested"),
                              QStringLiteral("action.attempt Attempt 1"),
                              QStringLiteral("action.attempt Resumed, attempt 2"),
                              QStringLiteral("action.succeeded Succeeded")}));
    }

    void killedWhileWaitingToRetry()
    {
        const int requestsBefore = int(m_server->requests().size());
        const int effectsBefore = int(m_server->effects().size());
        m_server->queueFault(HttpsAdminServer::Fault::error(503, "30"));
        auto app = runner({QStringLiteral("submit"), m_incident, QStringLiteral("INC-2026-002"),
                           QStringLiteral("user.suspend"), QStringLiteral("usr_alice"),
                           QStringLiteral("Insider escalation"), QStringLiteral("5000")});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_server->requests().size()), requestsBefore + 1, 20000);
        // Wait until the retry is scheduled (recorded), then kill during the wait.
        QTRY_VERIFY_WITH_TIMEOUT(!actions().isEmpty() &&
                                     actions().first().state == ActionState::Pending &&
                                     actions().first().nextAttemptAt.isValid(),
                                 20000);
        app->kill();
        QTRY_VERIFY_WITH_TIMEOUT(app->state() == QProcess::NotRunning, 5000);
        QCOMPARE(int(m_server->effects().size()), effectsBefore);

        auto again = runner({QStringLiteral("resume-all")});
        // The server lives on this thread: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == QProcess::NotRunning, 30000);
        QVERIFY2(again->exitCode() == 0, again->readAllStandardOutput().constData());
        QCOMPARE(int(m_server->requests().size()), requestsBefore + 2);
        QCOMPARE(int(m_server->effects().size()), effectsBefore + 1);
        QCOMPARE(actions().first().state, ActionState::Succeeded);
        QCOMPARE(actions().first().attempts, 2);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestActionCrash)
#include "tst_actioncrash.moc"
