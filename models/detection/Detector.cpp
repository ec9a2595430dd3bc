#include "Detector.h"

#include "AlertRepository.h"
#include "DetectionLogging.h"
#include "QueryCanceller.h"
#include "RuleRunner.h"
#include "core/Clock.h"
#include "store/SqlExecutor.h"

#include <QElapsedTimer>
#include <QHash>

namespace ic {

Detector::Detector(const ConnectionSpec &spec, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_canceller(std::make_shared<QueryCanceller>()),
      m_worker(new SqlExecutor(spec, QStringLiteral("detect"), this)), m_clock(clock),
      m_actor(std::move(actor))
{
    qRegisterMetaType<ic::RuleRunResult>();
    qRegisterMetaType<ic::PassSummary>();
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, &Detector::runDue);
}

Detector::~Detector()
{
    m_timer.stop();
    // Closing the workspace must not wait for a long rule: stop it, and let
    // queued runs see the cancel and return at once.
    m_canceller->cancel();
    delete m_worker;
}

void Detector::start()
{
    m_timer.start();
}

void Detector::stop()
{
    m_timer.stop();
}

bool Detector::runNow()
{
    return startPass(true);
}

bool Detector::runDue()
{
    return startPass(false);
}

bool Detector::startPass(bool all)
{
    if (m_running || m_canceller->isCancelled())
        return false;
    m_running = true;
    m_summary = PassSummary();
    m_passStartMs = QDateTime::currentMSecsSinceEpoch();
    emit passStarted();
    const QStringList folders = m_folders;
    const bool builtIn = m_builtIn;
    const Clock *clock = &m_clock;
    m_worker->run<Prepared>(
        [folders, builtIn, all, clock](QSqlDatabase &db) -> Result<Prepared> {
            Prepared p;
            p.set = RuleLibrary::load(folders, builtIn);
            const QDateTime now = clock->now();
            AlertRepository repo(db, now);
            if (auto r = repo.registerRules(p.set.rules); !r)
                return r.error();
            auto states = repo.ruleStates();
            if (!states)
                return states.error();
            QHash<QString, QDateTime> lastRun;
            for (const RuleState &s : states.value())
                lastRun.insert(s.ruleId, s.lastRunAt);
            for (const Rule &rule : std::as_const(p.set.rules)) {
                const QDateTime last = lastRun.value(rule.id);
                // A few seconds of slack, so a rule due at the next tick is not
                // pushed a whole tick later.
                if (all || !last.isValid() || last.addSecs(rule.scheduleSeconds - 5) <= now)
                    p.due << rule;
            }
            return p;
        },
        this,
        [this](Result<Prepared> r) {
            if (!r) {
                m_summary.error = r.error().fullText();
                qCWarning(lcDetection) << "detection pass could not start:" << m_summary.error;
                finishPass();
                return;
            }
            m_rules = r->set.rules;
            m_problems = r->set.problems;
            m_summary.problems = int(m_problems.size());
            m_queue = r->due;
            emit rulesLoaded();
            runNext();
        });
    return true;
}

void Detector::runNext()
{
    if (m_queue.isEmpty()) {
        finishPass();
        return;
    }
    const Rule rule = m_queue.takeFirst();
    emit ruleStarted(rule.id);
    const Clock *clock = &m_clock;
    const QString actor = m_actor;
    std::shared_ptr<QueryCanceller> canceller = m_canceller;
    m_worker->run<RuleRunResult>(
        [rule, clock, actor, canceller](QSqlDatabase &db) -> Result<RuleRunResult> {
            RunOptions o;
            o.actor = actor;
            o.canceller = canceller.get();
            return RuleRunner(db, *clock).run(rule, o);
        },
        this,
        [this, rule](Result<RuleRunResult> r) {
            RuleRunResult result;
            if (r) {
                result = r.value();
            } else { // no connection: the rule never started
                result.ruleId = rule.id;
                result.ruleName = rule.name;
                result.outcome = RuleRunResult::Outcome::Failed;
                result.error = r.error();
            }
            switch (result.outcome) {
            case RuleRunResult::Outcome::Ok: ++m_summary.rules; break;
            case RuleRunResult::Outcome::Failed:
                ++m_summary.rules;
                ++m_summary.failed;
                break;
            case RuleRunResult::Outcome::Skipped: ++m_summary.skipped; break;
            }
            m_summary.newAlerts += result.newAlerts;
            m_summary.groupedAlerts += result.groupedAlerts;
            emit ruleFinished(result);
            // A rule catching up on a long history goes on in steps, taking
            // turns with the others.
            if (result.outcome == RuleRunResult::Outcome::Ok && !result.caughtUp &&
                !m_canceller->isCancelled())
                m_queue.append(rule);
            runNext();
        });
}

void Detector::finishPass()
{
    m_running = false;
    m_summary.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_passStartMs;
    emit passFinished(m_summary);
}

} // namespace ic
