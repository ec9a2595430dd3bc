#include "models/detection/Detector.h"

#include "models/core/Clock.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/DetectionLogging.h"
#include "models/detection/RuleRunner.h"
#include "models/store/Database.h"
#include "models/store/QueryCanceller.h"
#include "models/store/SqlExecutor.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QHash>
#include <QSemaphore>

#include <algorithm>

namespace ic {

namespace {

// A lane's connection to the separate audit database, on the lane's worker
// thread: opened at its first rule, kept, opened again if the server dropped it.
Result<QSqlDatabase> auditConnection(const ConnectionSpec &spec, const QString &name)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (Db::isAlive(db))
            return db;
        qCInfo(lcDetection) << "audit connection" << name << "lost; reconnecting";
        db = QSqlDatabase();
        Db::close(name);
    }
    auto db = Db::open(spec, name);
    if (!db)
        return Error::make(db.error().kind,
                           Detector::tr("Could not connect to the audit database %1, so the rule "
                                        "read nothing. Nothing was changed: its watermark was not "
                                        "moved and it raised no alerts. It tries again at its "
                                        "next run.")
                               .arg(spec.describe()),
                           db.error().fullText());
    return db;
}

} // namespace

Detector::Detector(const ConnectionSpec &spec, const Clock &clock, QString actor, QObject *parent)
    : Detector(spec, std::nullopt, clock, std::move(actor), parent)
{}

Detector::Detector(const ConnectionSpec &spec, std::optional<ConnectionSpec> audit,
                   const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_audit(std::move(audit)), m_clock(clock), m_actor(std::move(actor))
{
    static QAtomicInteger<quint64> detectors;
    const quint64 serial = detectors.fetchAndAddRelaxed(1);
    if (m_audit) {
        // Rules only read there; the connection says so too.
        m_audit->readOnly = true;
        m_audit->purpose = QStringLiteral("detect");
    }
    const int lanes = spec.kind == ConnectionProfile::Kind::Postgres ? 2 : 1;
    for (int i = 0; i < lanes; ++i) {
        m_lanes.append(Lane{new SqlExecutor(spec, QStringLiteral("detect%1").arg(i + 1), this),
                            std::make_shared<QueryCanceller>(), false,
                            QStringLiteral("ic-detect-audit-%1-%2").arg(serial).arg(i + 1)});
    }
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
    m_cancelled = true;
    for (Lane &lane : m_lanes)
        lane.canceller->cancel();
    if (m_audit) {
        // A lane's audit connection belongs to its worker thread: close it
        // there, and before the thread is told to quit (a job queued behind
        // that would never run). This waits no longer than deleting the
        // worker does: for the stopped rule to return.
        QSemaphore closed;
        for (Lane &lane : m_lanes) {
            lane.worker->post([name = lane.auditConnection, &closed] {
                if (QSqlDatabase::contains(name))
                    Db::close(name);
                closed.release();
            });
        }
        closed.acquire(int(m_lanes.size()));
    }
    for (Lane &lane : m_lanes)
        delete lane.worker;
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
    if (m_running || m_cancelled)
        return false;
    m_running = true;
    m_summary = PassSummary();
    m_auditFailure.reset();
    m_passStartMs = QDateTime::currentMSecsSinceEpoch();
    emit passStarted();
    const QStringList folders = m_folders;
    const bool builtIn = m_builtIn;
    const Clock *clock = &m_clock;
    m_lanes.first().worker->run<Prepared>(
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
            QHash<QString, qint64> lastMs;
            for (const RuleState &s : states.value()) {
                lastRun.insert(s.ruleId, s.lastRunAt);
                lastMs.insert(s.ruleId, s.lastRunMs);
            }
            for (const Rule &rule : std::as_const(p.set.rules)) {
                const QDateTime last = lastRun.value(rule.id);
                // A few seconds of slack, so a rule due at the next tick is not
                // pushed a whole tick later.
                if (all || !last.isValid() || last.addSecs(rule.scheduleSeconds - 5) <= now)
                    p.due << rule;
            }
            // The slowest first: the others share the second lane meanwhile.
            std::stable_sort(p.due.begin(), p.due.end(), [&](const Rule &a, const Rule &b) {
                return lastMs.value(a.id) > lastMs.value(b.id);
            });
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
            dispatch();
        });
    return true;
}

void Detector::dispatch()
{
    for (Lane &lane : m_lanes) {
        if (m_queue.isEmpty())
            break;
        if (!lane.busy)
            runOn(lane, m_queue.takeFirst());
    }
    const bool idle =
        std::none_of(m_lanes.cbegin(), m_lanes.cend(), [](const Lane &l) { return l.busy; });
    if (idle && m_queue.isEmpty())
        finishPass();
}

void Detector::runOn(Lane &lane, const Rule &rule)
{
    lane.busy = true;
    emit ruleStarted(rule.id);
    const Clock *clock = &m_clock;
    const QString actor = m_actor;
    std::shared_ptr<QueryCanceller> canceller = lane.canceller;
    const qsizetype index = &lane - m_lanes.data();
    const std::optional<ConnectionSpec> audit = m_audit;
    const QString auditName = lane.auditConnection;
    // Once the audit database could not be reached in this pass, the rules
    // after that fail at once with the same error instead of each waiting
    // for its own connect timeout.
    const std::optional<Error> knownFailure = m_auditFailure;
    auto auditError = std::make_shared<std::optional<Error>>(); // set on the worker
    lane.worker->run<RuleRunResult>(
        [rule, clock, actor, canceller, audit, auditName, knownFailure,
         auditError](QSqlDatabase &db) -> Result<RuleRunResult> {
            RunOptions o;
            o.actor = actor;
            o.canceller = canceller.get();
            if (!audit)
                return RuleRunner(db, *clock).run(rule, o);
            RuleRunner::AuditConnection open = [&]() -> Result<QSqlDatabase> {
                if (knownFailure)
                    return *knownFailure;
                auto a = auditConnection(*audit, auditName);
                if (!a)
                    *auditError = a.error();
                return a;
            };
            return RuleRunner(db, std::move(open), *clock).run(rule, o);
        },
        this,
        [this, rule, index, auditError](Result<RuleRunResult> r) {
            m_lanes[index].busy = false;
            if (*auditError && !m_auditFailure)
                m_auditFailure = **auditError;
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
            case RuleRunResult::Outcome::Ok:
                ++m_summary.rules;
                break;
            case RuleRunResult::Outcome::Failed:
                ++m_summary.rules;
                ++m_summary.failed;
                break;
            case RuleRunResult::Outcome::Skipped:
                ++m_summary.skipped;
                break;
            }
            m_summary.newAlerts += result.newAlerts;
            m_summary.groupedAlerts += result.groupedAlerts;
            emit ruleFinished(result);
            if (*auditError)
                emit auditSourceFailed(**auditError);
            // A rule catching up on a long history goes on in steps, taking
            // turns with the others.
            if (result.outcome == RuleRunResult::Outcome::Ok && !result.caughtUp && !m_cancelled)
                m_queue.append(rule);
            dispatch();
        });
}

void Detector::finishPass()
{
    m_running = false;
    m_summary.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_passStartMs;
    emit passFinished(m_summary);
}

} // namespace ic
