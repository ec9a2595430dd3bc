#include "models/detection/RuleRunner.h"

#include "models/core/Clock.h"
#include "models/detection/AlertRepository.h"
#include "models/detection/DetectionLogging.h"
#include "models/detection/RuleSql.h"
#include "models/detection/WindowEvaluator.h"
#include "models/store/Database.h"
#include "models/store/QueryCanceller.h"
#include "models/team/AuditReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <algorithm>

namespace ic {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Detection)
};

// "YYYY-MM-DD HH:MM:SS.SSS" (SQLite) or a QDateTime (PostgreSQL) as ms
// since the epoch; the text form is parsed by hand because it comes by the
// hundred thousand.
qint64 toMs(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toMSecsSinceEpoch();
    const QString s = v.toString();
    auto num = [&](int from, int len) {
        int n = 0;
        for (int k = from; k < from + len; ++k) {
            const QChar c = s.at(k);
            if (!c.isDigit())
                return -1;
            n = n * 10 + c.digitValue();
        }
        return n;
    };
    if (s.size() >= 19 && s.at(4) == QLatin1Char('-') && s.at(10) == QLatin1Char(' ')) {
        const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2),
                  se = num(17, 2);
        int ms = 0;
        if (s.size() >= 23 && s.at(19) == QLatin1Char('.'))
            ms = num(20, 3);
        const QDate date(y, mo, d);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && se >= 0 && ms >= 0 &&
            date.isValid())
            return (date.toJulianDay() - 2440588) * 86'400'000LL + h * 3'600'000LL + mi * 60'000LL +
                   se * 1000LL + ms;
    }
    const QDateTime t = Db::readTime(v);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// One subject's matched rows, before they become a Detection.
struct Hits
{
    QList<qint64> ids;
    qint64 firstMs = 0, lastMs = 0;
    qint64 total = 0;
    double peak = 0;
};

Detection toDetection(const QString &subject, const Hits &h)
{
    Detection d;
    d.subject = subject;
    d.rowIds = h.ids.mid(0, MaxStoredRows);
    d.matchedRows = h.total;
    d.firstSeen = QDateTime::fromMSecsSinceEpoch(h.firstMs, Qt::UTC);
    d.lastSeen = QDateTime::fromMSecsSinceEpoch(h.lastMs, Qt::UTC);
    d.measure = h.peak;
    return d;
}

} // namespace

RuleRunner::RuleRunner(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock)
{
    // A rule's query is someone else's text: in a team workspace it runs as
    // the read-only audit reader, not as the person running detection.
    m_openAudit = [store = m_db]() mutable { return AuditReader::connectionFor(store); };
}

RuleRunner::RuleRunner(QSqlDatabase store, QSqlDatabase audit, const Clock &clock)
    : m_db(std::move(store)), m_source(std::move(audit)), m_clock(clock)
{}

RuleRunner::RuleRunner(QSqlDatabase store, AuditConnection audit, const Clock &clock)
    : m_db(std::move(store)), m_openAudit(std::move(audit)), m_clock(clock)
{}

Result<QSqlDatabase> RuleRunner::source()
{
    if (!m_source.isValid() && m_openAudit) {
        auto opened = m_openAudit();
        if (!opened)
            return opened.error();
        m_source = opened.value();
    }
    return m_source;
}

qint32 RuleRunner::lockKey(const QString &ruleId)
{
    const QByteArray h = QCryptographicHash::hash(ruleId.toUtf8(), QCryptographicHash::Sha256);
    return qint32(qFromBigEndian<quint32>(h.constData()));
}

Result<qint64> RuleRunner::latestAuditId()
{
    auto src = source();
    if (!src)
        return src.error();
    auto q = Db::exec(src.value(), QStringLiteral("SELECT max(id) FROM audit_logs"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Error RuleRunner::queryFailed(const Rule &rule, const QString &driverText, bool timedOut,
                              bool cancelled) const
{
    const QString t = driverText.toLower();
    if (cancelled || t.contains(QLatin1String("due to user request")))
        return Error::make(Error::Kind::Cancelled,
                           Tr::tr("The run of \"%1\" was stopped because the workspace is closing. "
                                  "Its watermark was not moved; it runs again next time.")
                               .arg(rule.name),
                           driverText);
    if (timedOut || t.contains(QLatin1String("statement timeout")))
        return Error::make(
            Error::Kind::General,
            Tr::tr("\"%1\" ran longer than its limit of %2 and was stopped. Its "
                   "watermark was not moved, so the same rows are read again next "
                   "time; the other rules still run. Make the query cheaper or "
                   "raise \"timeout:\" in %3.")
                .arg(rule.name, RuleFile::formatDuration(rule.timeoutSeconds), rule.source),
            driverText);
    return Error::make(
        Error::Kind::General,
        Tr::tr("The query of \"%1\" failed on %2. Its watermark was not moved and it "
               "raised no alerts; the other rules still run. Correct the [%3] "
               "section of %4.")
            .arg(rule.name,
                 Db::isPostgres(m_source) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                 Db::isPostgres(m_source) ? QStringLiteral("postgres") : QStringLiteral("sqlite"),
                 rule.source),
        driverText);
}

Result<QList<Detection>> RuleRunner::evaluate(const Rule &rule, qint64 afterId, qint64 uptoId,
                                              QueryCanceller *canceller, qint64 *queryMs,
                                              qint64 *rowsRead)
{
    auto src = source();
    if (!src)
        return src.error();
    QSqlDatabase db = src.value();
    const bool pg = Db::isPostgres(db);
    // A rule only reads: PostgreSQL enforces it with a read-only transaction
    // (and its own statement timeout), SQLite with query_only.
    if (pg) {
        if (!db.transaction())
            return Error::make(Error::Kind::Unreachable,
                               Tr::tr("Could not start reading the audit log; nothing was "
                                      "changed."),
                               db.lastError().text());
        for (const QString &sql :
             {QStringLiteral("SET TRANSACTION READ ONLY"),
              QStringLiteral("SET LOCAL statement_timeout = %1").arg(rule.timeoutSeconds * 1000),
              // Rules read a few thousand rows per pass; compiling a plan to
              // machine code took ~300 ms of a 100 ms query when a misestimate
              // crossed jit_above_cost.
              QStringLiteral("SET LOCAL jit = off"),
              // A windowed rule sorts its buckets and matched rows; with the
              // default 4 MB a traffic spike's sort went to disk (-25 % here).
              QStringLiteral("SET LOCAL work_mem = '64MB'")}) {
            if (auto s = Db::exec(db, sql); !s) {
                db.rollback();
                return s.error();
            }
        }
    } else {
        if (auto s = Db::exec(db, QStringLiteral("PRAGMA query_only = 1")); !s)
            return s.error();
    }
    m_readTransaction = pg;
    auto done = qScopeGuard([&] {
        endRead();
        if (!pg)
            (void)Db::exec(db, QStringLiteral("PRAGMA query_only = 0"));
    });
    auto found = query(rule, afterId, uptoId, canceller, queryMs, rowsRead);
    if (!found)
        return found.error();
    if (auto a = fillAffected(found.value()); !a)
        return a.error();
    return found;
}

Result<QList<Detection>> RuleRunner::query(const Rule &rule, qint64 afterId, qint64 uptoId,
                                           QueryCanceller *canceller, qint64 *queryMs,
                                           qint64 *rowsRead)
{
    const Db::Engine engine = Db::engine(m_source);
    const RuleSql::Statement st = RuleSql::build(rule, engine, afterId, uptoId);
    QSqlQuery q(m_source);
    q.setForwardOnly(true);
    if (canceller && canceller->isCancelled())
        return queryFailed(rule, {}, false, true);
    QElapsedTimer timer;
    timer.start();
    if (!q.prepare(st.sql)) {
        const Error e = queryFailed(rule, q.lastError().text(), false, false);
        endRead();
        return e;
    }
    for (const auto &[name, value] : st.binds)
        q.bindValue(QLatin1Char(':') + name, value);

    QList<Detection> out;
    qint64 read = 0;
    {
        QueryCanceller::Scope scope(canceller, m_source, rule.timeoutSeconds * 1000);
        auto failed = [&] {
            const Error e = queryFailed(rule, q.lastError().text(), scope.timedOut(),
                                        canceller && canceller->isCancelled());
            // End the aborted transaction before the statement is freed.
            endRead();
            return e;
        };
        if (!q.exec())
            return failed();
        const QSqlRecord rec = q.record();
        const int subjectAt = rec.indexOf(QStringLiteral("subject"));
        const int idAt = rec.indexOf(QStringLiteral("id"));
        const int timeAt = rec.indexOf(QStringLiteral("timestamp"));
        const int valueAt = rec.indexOf(QStringLiteral("value"));
        const int msAt = rec.indexOf(QStringLiteral("ic_ms")); // windowed, PostgreSQL
        if (subjectAt < 0 || idAt < 0 || timeAt < 0 ||
            (rule.isWindowed() && rule.aggregate != RuleAggregate::Count && valueAt < 0))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The query of \"%1\" does not return the columns the runner "
                                      "reads: subject, id and timestamp%2. It raised no alerts; "
                                      "the other rules still run. Correct %3.")
                                   .arg(rule.name,
                                        rule.isWindowed() && rule.aggregate != RuleAggregate::Count
                                            ? Tr::tr(", and value")
                                            : QString(),
                                        rule.source));

        if (!rule.isWindowed()) {
            // Every returned row past the watermark is a match, grouped by subject.
            QHash<QString, Hits> bySubject;
            QStringList order;
            while (q.next()) {
                ++read;
                const qint64 id = q.value(idAt).toLongLong();
                const QString subject = q.value(subjectAt).toString();
                if (id <= afterId || id > uptoId || subject.isEmpty())
                    continue; // never report rows outside the run's range
                const qint64 ms = toMs(q.value(timeAt));
                auto it = bySubject.find(subject);
                if (it == bySubject.end()) {
                    it = bySubject.insert(subject, Hits{{}, ms, ms, 0, 0});
                    order << subject;
                }
                if (it->ids.size() < MaxStoredRows)
                    it->ids << id;
                ++it->total;
                it->firstMs = qMin(it->firstMs, ms);
                it->lastMs = qMax(it->lastMs, ms);
            }
            if (q.lastError().isValid())
                return failed();
            for (const QString &s : std::as_const(order)) {
                Hits h = bySubject.value(s);
                h.peak = double(h.total);
                std::sort(h.ids.begin(), h.ids.end());
                out << toDetection(s, h);
            }
        } else {
            // Rows come ordered by subject and time; each subject's run of
            // rows is evaluated as it completes.
            QString current;
            QList<CandidateRow> rows;
            auto flush = [&] {
                if (rows.isEmpty())
                    return;
                if (auto m = evaluateWindow(rows, rule, afterId)) {
                    Hits h;
                    h.ids = m->ids;
                    h.total = m->ids.size();
                    h.firstMs = m->firstMs;
                    h.lastMs = m->lastMs;
                    h.peak = m->peak;
                    out << toDetection(current, h);
                }
                rows.clear();
            };
            while (q.next()) {
                ++read;
                const QString subject = q.value(subjectAt).toString();
                if (subject != current) {
                    flush();
                    current = subject;
                }
                CandidateRow r;
                r.id = q.value(idAt).toLongLong();
                r.ms = msAt >= 0 ? q.value(msAt).toLongLong() : toMs(q.value(timeAt));
                if (rule.aggregate == RuleAggregate::Sum)
                    r.amount = q.value(valueAt).toDouble();
                else if (rule.aggregate == RuleAggregate::Distinct)
                    r.value = q.value(valueAt).toString();
                rows << r;
            }
            if (q.lastError().isValid())
                return failed();
            flush();
        }
    }
    qCDebug(lcDetection) << "rule" << rule.id << "read" << read << "rows in" << timer.elapsed()
                         << "ms";
    if (queryMs)
        *queryMs = timer.elapsed();
    if (rowsRead)
        *rowsRead = read;
    return out;
}

void RuleRunner::endRead()
{
    if (m_readTransaction) {
        m_source.rollback(); // it only read
        m_readTransaction = false;
    }
}

Result<void> RuleRunner::fillAffected(QList<Detection> &detections)
{
    QList<qint64> all;
    for (const Detection &d : std::as_const(detections))
        all += d.rowIds;
    if (all.isEmpty())
        return success();
    const bool pg = Db::isPostgres(m_source);
    auto q = Db::exec(m_source,
                      pg ? QStringLiteral("SELECT id, user_id, tenant_id, api_key_id FROM "
                                          "audit_logs WHERE id = ANY(CAST(? AS bigint[]))")
                         : QStringLiteral("SELECT id, user_id, tenant_id, api_key_id FROM "
                                          "audit_logs WHERE id IN (SELECT value FROM "
                                          "json_each(?))"),
                      {idsParameter(all, pg)});
    if (!q)
        return q.error();
    struct Who
    {
        QString user, tenant, key;
    };
    QHash<qint64, Who> who;
    while (q->next())
        who.insert(q->value(0).toLongLong(),
                   {q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    constexpr int Max = 20;
    auto add = [](QStringList &list, const QString &v) {
        if (!v.isEmpty() && list.size() < Max && !list.contains(v))
            list << v;
    };
    for (Detection &d : detections) {
        for (qint64 id : std::as_const(d.rowIds)) {
            const Who w = who.value(id);
            add(d.users, w.user);
            add(d.tenants, w.tenant);
            add(d.apiKeys, w.key);
        }
    }
    return success();
}

RuleRunResult RuleRunner::run(const Rule &rule, const RunOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    RuleRunResult res;
    res.ruleId = rule.id;
    res.ruleName = rule.name;
    auto fail = [&](const Error &e, bool record) {
        res.outcome = RuleRunResult::Outcome::Failed;
        res.error = e;
        res.elapsedMs = timer.elapsed();
        if (record) {
            auto r = AlertRepository(m_db, m_clock.now())
                         .recordFailure(rule.id, e, res.elapsedMs, options.actor);
            if (!r)
                qCWarning(lcDetection)
                    << "could not record the failure of" << rule.id << ":" << r.error().fullText();
        }
        qCInfo(lcDetection) << "rule" << rule.id << "failed:" << e.fullText();
        return res;
    };
    auto skip = [&](const QString &why) {
        res.outcome = RuleRunResult::Outcome::Skipped;
        res.reason = why;
        res.elapsedMs = timer.elapsed();
        return res;
    };
    if (options.canceller && options.canceller->isCancelled())
        return skip(Tr::tr("the workspace is closing"));

    bool locked = false;
    if (options.lock && Db::isPostgres(m_db)) {
        auto l = Db::exec(m_db, QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"),
                          {LockClass, lockKey(rule.id)});
        if (!l)
            return fail(l.error(), false);
        if (!l->next() || !l->value(0).toBool())
            return skip(Tr::tr("another workstation is running this rule"));
        locked = true;
    }
    auto unlock = qScopeGuard([&] {
        if (locked)
            (void)Db::exec(m_db, QStringLiteral("SELECT pg_advisory_unlock(?, ?)"),
                           {LockClass, lockKey(rule.id)});
    });

    AlertRepository repo(m_db, m_clock.now());
    if (auto r = repo.registerRules({rule}); !r)
        return fail(r.error(), false);
    auto state = repo.ruleState(rule.id);
    if (!state)
        return fail(state.error(), false);
    const qint64 from = state->watermark;
    res.fromId = res.toId = from;
    auto upto = latestAuditId();
    if (!upto)
        return fail(upto.error(), true);

    const qint64 latest = upto.value();
    if (from > latest)
        qCWarning(lcDetection) << "rule" << rule.id << "has read up to audit id" << from
                               << "but the audit log's highest id is" << latest
                               << "; if the audit source changed, reset its watermark";
    const qint64 step = options.maxIds > 0 ? options.maxIds : latest;
    const qint64 to = qMax(from, qMin(latest, from + step));
    res.caughtUp = to >= latest;
    QList<Detection> found;
    if (to > from) {
        auto d = evaluate(rule, from, to, options.canceller, &res.queryMs);
        if (!d) {
            const bool cancelled = d.error().kind == Error::Kind::Cancelled;
            return fail(d.error(), !cancelled);
        }
        found = d.value();
    }
    RecordOutcome recorded;
    bool advanced = false;
    auto stored = Db::transaction(m_db, [&]() -> Result<void> {
        AlertRepository writer(m_db, m_clock.now());
        auto a = writer.advance(rule.id, from, to, to - from, int(found.size()), timer.elapsed(),
                                options.actor);
        if (!a)
            return a.error();
        advanced = a.value();
        if (!advanced)
            return Error::make(Error::Kind::Conflict, QString());
        auto r = writer.record(rule, found);
        if (!r)
            return r.error();
        recorded = r.value();
        return success();
    });
    if (!stored) {
        if (!advanced && stored.error().kind == Error::Kind::Conflict)
            return skip(Tr::tr("another workstation ran this rule meanwhile"));
        return fail(stored.error(), true);
    }
    res.toId = to;
    res.detections = int(found.size());
    res.newAlerts = recorded.newAlerts;
    res.groupedAlerts = recorded.grouped;
    res.elapsedMs = timer.elapsed();
    qCDebug(lcDetection) << "rule" << rule.id << "read ids" << from << "to" << to << "found"
                         << found.size() << "in" << res.elapsedMs << "ms";
    return res;
}

} // namespace ic
