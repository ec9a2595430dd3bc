#pragma once

#include "models/detection/Alert.h"
#include "models/detection/RuleLibrary.h"
#include "models/store/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace ic {

class Clock;
class QueryCanceller;
class SqlExecutor;

// How one pass over the rules went.
struct PassSummary
{
    int rules = 0; // run (not counting skipped)
    int failed = 0;
    int skipped = 0;
    int newAlerts = 0;
    int groupedAlerts = 0;
    int problems = 0; // rule files that could not be used
    qint64 elapsedMs = 0;
    QString error; // the pass could not start (no database): what happened
};

// Runs the detection rules of an open workspace on its own worker threads
// and connections, on a schedule (each rule's `schedule`, checked every
// tick) and on request. The UI thread never waits: results come back by
// signal. Rule files are read again at every pass, so edits are picked up.
// On PostgreSQL two rules run at once, each on its own connection, the
// slowest of the last pass first, so one heavy rule does not hold up the
// rest; an SQLite workspace (one writer) runs them one after the other.
// A team profile's separate audit database is read on a read-only
// connection of each lane, opened at its first rule and kept.
class Detector : public QObject
{
    Q_OBJECT
public:
    // The workspace `spec` is also the audit source.
    Detector(const ConnectionSpec &spec, const Clock &clock, QString actor,
             QObject *parent = nullptr);
    // Rules read `audit` (audit_logs and the platform tables they join) when
    // given; alerts and rule state stay in the workspace.
    Detector(const ConnectionSpec &spec, std::optional<ConnectionSpec> audit, const Clock &clock,
             QString actor, QObject *parent = nullptr);
    ~Detector() override; // stops a running rule at once

    void setRuleFolders(const QStringList &folders) { m_folders = folders; }
    QStringList ruleFolders() const { return m_folders; }
    void setIncludeBuiltIn(bool include) { m_builtIn = include; }
    void setActor(const QString &actor) { m_actor = actor; }

    // How often due rules are looked for (default 30 s).
    void setTickInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();

    // Runs every rule now, whatever its schedule; false when a pass is
    // already running (it is not queued twice).
    bool runNow();
    // Runs the rules whose schedule says they are due.
    bool runDue();
    bool isRunning() const { return m_running; }

    const QList<Rule> &rules() const { return m_rules; }
    const QList<RuleProblem> &problems() const { return m_problems; }
    bool readsSeparateAuditSource() const { return m_audit.has_value(); }

signals:
    void passStarted();
    void rulesLoaded(); // rules() and problems() are current
    void ruleStarted(const QString &ruleId);
    void ruleFinished(const ic::RuleRunResult &result);
    void passFinished(const ic::PassSummary &summary);
    // A rule could not connect to the separate audit database (the rule
    // failed with this error too); AuthFailed: the password was refused.
    void auditSourceFailed(const ic::Error &error);

private:
    struct Prepared
    {
        RuleSet set;
        QList<Rule> due;
    };
    // A worker thread with its own connection, and the canceller of the
    // statement it runs.
    struct Lane
    {
        SqlExecutor *worker = nullptr;
        std::shared_ptr<QueryCanceller> canceller;
        bool busy = false;
        QString auditConnection; // the lane's connection to a separate audit database
    };

    bool startPass(bool all);
    void dispatch();
    void runOn(Lane &lane, const Rule &rule);
    void finishPass();

    QList<Lane> m_lanes;
    std::optional<ConnectionSpec> m_audit;
    std::optional<Error> m_auditFailure; // this pass could not reach m_audit
    bool m_cancelled = false;
    const Clock &m_clock;
    QString m_actor;
    QStringList m_folders;
    bool m_builtIn = true;
    QTimer m_timer;
    bool m_running = false;
    QList<Rule> m_rules;
    QList<RuleProblem> m_problems;
    QList<Rule> m_queue;
    PassSummary m_summary;
    qint64 m_passStartMs = 0;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::PassSummary)
