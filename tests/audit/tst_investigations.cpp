// The playbooks' own queries as one-click investigations, run on both
// engines against the demo data's planted attacks; parameters from the
// selected incident; the team's saved investigations; and audit rows pinned
// to an incident as evidence on its hash-chained record.
#include "AuditFixture.h"
#include "models/audit/AuditLogModel.h"
#include "models/audit/AuditPins.h"
#include "models/audit/AuditQueries.h"
#include "models/audit/Investigation.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/core/Clock.h"
#include "models/demo/DemoData.h"
#include "models/incidents/IncidentRepository.h"
#include "models/timeline/EventLog.h"

#include <QSignalSpy>

using namespace ic;
using namespace ic::test;

namespace {
const QDateTime Anchor = utc("2026-11-22T12:00:00.000Z");

Investigation builtIn(const char *id)
{
    for (const Investigation &i : Investigations::builtIns()) {
        if (i.id == QLatin1String(id))
            return i;
    }
    return {};
}
} // namespace

class TestInvestigations : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    ManualClock m_clock{Anchor};
    QHash<QString, ConnectionSpec> m_sources;
    DemoPlants m_plants;
    int m_n = 0;

    ConnectionSpec source()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString key = engine + QLatin1Char('/') + layoutName(currentLayout());
        if (!m_sources.contains(key)) {
            auto spec = m_src.create(engine, [&](QSqlDatabase &db) -> Result<void> {
                DemoOptions o;
                o.rows = DemoData::MinimumRows;
                o.anchor = Anchor;
                auto filled = DemoData::fill(db, o, {});
                if (!filled)
                    return filled.error();
                m_plants = filled->plants;
                return success();
            });
            if (!spec)
                return {};
            m_sources.insert(key, spec.value());
        }
        return m_sources.value(key);
    }

    Db::Engine engineOf(const ConnectionSpec &spec)
    {
        return spec.kind == ConnectionProfile::Kind::Postgres ? Db::Engine::Postgres
                                                              : Db::Engine::Sqlite;
    }

    QList<AuditRow> runFilter(const ConnectionSpec &spec, const AuditFilter &f)
    {
        AuditLogModel m(spec, m_clock);
        if (!m.setFilter(f).isEmpty())
            return {};
        if (!QTest::qWaitFor([&] { return m.isCountExact() && !m.isLoading(); }, 30000))
            return {};
        m.setViewport(0, m.rowCount());
        QList<AuditRow> rows;
        (void)QTest::qWaitFor(
            [&] {
                rows.clear();
                for (int r = 0; r < m.rowCount(); ++r) {
                    if (!m.rowAt(r))
                        return false;
                    rows << *m.rowAt(r);
                }
                return true;
            },
            30000);
        return rows;
    }

    QList<QVariantList> runSql(const ConnectionSpec &spec, const SqlStatement &st,
                               QStringList *columns = nullptr)
    {
        SqlConsoleModel m(spec);
        QSignalSpy failed(&m, &SqlConsoleModel::failed);
        m.run(st.sql, st.params);
        if (!QTest::qWaitFor(
                [&] {
                    return (m.isComplete() && !m.isRunning() && m.rowCount() >= 0 &&
                            !m.columns().isEmpty()) ||
                           !failed.isEmpty();
                },
                30000) ||
            !failed.isEmpty()) {
            if (!failed.isEmpty())
                qWarning() << failed.first().first().value<Error>().fullText();
            return {};
        }
        if (columns)
            *columns = m.columns();
        QList<QVariantList> rows;
        for (int r = 0; r < m.rowCount(); ++r)
            rows << (m.rowValues(r) ? *m.rowValues(r) : QVariantList());
        return rows;
    }

private slots:
    void initTestCase_data() { addAuditLayoutRows(); }
    void initTestCase() { IC_START_PG(m_src.pg()); }

    void usersLast24Hours()
    {
        const ConnectionSpec spec = source();
        const Investigation inv = builtIn("builtin.user-24h");
        auto p =
            Investigations::prepare(inv, {{QStringLiteral("user"), m_plants.compromisedUserId}},
                                    engineOf(spec), m_clock.now());
        IC_VERIFY_OK(p);
        QCOMPARE(p->filter.user, m_plants.compromisedUserId);
        const QList<AuditRow> rows = runFilter(spec, p->filter);
        QVERIFY(rows.size() >= 40); // login, requests, logout, 30 uses from the new IP, refresh
        bool fromNewIp = false;
        for (const AuditRow &r : rows) {
            QCOMPARE(r.userId, m_plants.compromisedUserId);
            QVERIFY(r.timeMs >= Anchor.addSecs(-86400).toMSecsSinceEpoch());
            fromNewIp = fromNewIp || r.ip == m_plants.compromisedNewIp;
        }
        QVERIFY(fromNewIp);
        QVERIFY(rows.first().timeMs >= rows.last().timeMs); // newest first
    }

    void apiKeysLast100Uses()
    {
        const ConnectionSpec spec = source();
        auto p = Investigations::prepare(builtIn("builtin.api-key-last-100"),
                                         {{QStringLiteral("api_key"), m_plants.leakedApiKeyId}},
                                         engineOf(spec), m_clock.now());
        IC_VERIFY_OK(p);
        const QList<AuditRow> rows = runFilter(spec, p->filter);
        QCOMPARE(rows.size(), 100);
        for (const AuditRow &r : rows)
            QCOMPARE(r.apiKeyId, m_plants.leakedApiKeyId);
    }

    void apiKeysDistinctIps()
    {
        const ConnectionSpec spec = source();
        auto p = Investigations::prepare(builtIn("builtin.api-key-ips-24h"),
                                         {{QStringLiteral("api_key"), m_plants.leakedApiKeyId}},
                                         engineOf(spec), m_clock.now());
        IC_VERIFY_OK(p);
        QCOMPARE(p->statement.params.size(), 2);
        QCOMPARE(p->statement.params.at(1).toDateTime(), Anchor.addSecs(-86400));
        const QList<QVariantList> rows = runSql(spec, p->statement);
        QSet<QString> ips;
        for (const QVariantList &r : rows)
            ips.insert(r.value(0).toString());
        int attack = 0;
        for (const QString &ip : std::as_const(ips))
            attack += ip.startsWith(QLatin1String("193.32.162.")) ? 1 : 0;
        QCOMPARE(attack, m_plants.leakedApiKeyIpCount);
    }

    void tenantsOverAMegabyteInTheLastHour()
    {
        const ConnectionSpec spec = source();
        auto p = Investigations::prepare(builtIn("builtin.tenant-query-bytes-1h"), {},
                                         engineOf(spec), m_clock.now());
        IC_VERIFY_OK(p);
        QStringList columns;
        const QList<QVariantList> rows = runSql(spec, p->statement, &columns);
        QCOMPARE(columns, (QStringList{QStringLiteral("tenant_id"), QStringLiteral("query_count"),
                                       QStringLiteral("total_bytes")}));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(0).toString(), m_plants.exfilTenantId);
        QVERIFY(rows.first().value(2).toLongLong() > 1000000);
        // The threshold is a parameter too.
        auto higher =
            Investigations::prepare(builtIn("builtin.tenant-query-bytes-1h"),
                                    {{QStringLiteral("min_bytes"), QStringLiteral("1000000000")}},
                                    engineOf(spec), m_clock.now());
        IC_VERIFY_OK(higher);
        QVERIFY(runSql(spec, higher->statement).isEmpty());
    }

    void rlsBypassAttempts()
    {
        const ConnectionSpec spec = source();
        auto p = Investigations::prepare(builtIn("builtin.rls-bypass"), {}, engineOf(spec),
                                         m_clock.now());
        IC_VERIFY_OK(p);
        const QList<AuditRow> rows = runFilter(spec, p->filter);
        QCOMPARE(rows.size(), 6);
        for (const AuditRow &r : rows)
            QCOMPARE(r.userId, m_plants.rlsBypassUserId);
    }

    void parametersFromTheIncident()
    {
        Incident inc;
        inc.affectedUsers = {QStringLiteral("usr_1"), QStringLiteral("usr_2")};
        inc.affectedApiKeys = {QStringLiteral("key_9")};
        QCOMPARE(Investigations::defaultsFrom(builtIn("builtin.user-24h"), &inc)
                     .value(QStringLiteral("user")),
                 QStringLiteral("usr_1"));
        QCOMPARE(Investigations::defaultsFrom(builtIn("builtin.api-key-ips-24h"), &inc)
                     .value(QStringLiteral("api_key")),
                 QStringLiteral("key_9"));
        QCOMPARE(Investigations::defaultsFrom(builtIn("builtin.tenant-query-bytes-1h"), &inc)
                     .value(QStringLiteral("min_bytes")),
                 QStringLiteral("1000000"));
        QString missing;
        auto p = Investigations::prepare(builtIn("builtin.api-key-last-100"), {},
                                         Db::Engine::Sqlite, m_clock.now(), &missing);
        QVERIFY(!p.ok());
        QCOMPARE(missing, QStringLiteral("api_key"));
        QVERIFY(p.error().message.contains(QLatin1String("Nothing was run")));
        auto bad = Investigations::prepare(builtIn("builtin.tenant-query-bytes-1h"),
                                           {{QStringLiteral("min_bytes"), QStringLiteral("a lot")}},
                                           Db::Engine::Sqlite, m_clock.now(), &missing);
        QVERIFY(!bad.ok());
        QCOMPARE(missing, QStringLiteral("min_bytes"));
        // A saved time offset edited in the workspace to the lowest 64-bit
        // number (the fuzz target found it overflowed) or past a century.
        for (const char *ago : {"\"-9223372036854775808\"", "\"9223372036854775807\"", "4000000000",
                                "-1e30", "\"yesterday\""}) {
            const QByteArray definition =
                QByteArrayLiteral("{\"sql\": {\"postgres\": \"SELECT 1 WHERE now() > $1\", "
                                  "\"sqlite\": \"SELECT 1 WHERE ? < 1\"}, \"params\": "
                                  "[{\"name\": \"p1\", \"label\": \"Since\", \"kind\": "
                                  "\"seconds_ago\", \"value\": ") +
                ago + QByteArrayLiteral("}]}");
            const Investigation stored = Investigations::fromStored(
                QStringLiteral("inv-x"), QStringLiteral("Edited"), QStringLiteral("sql"),
                definition, QStringLiteral("mallory"));
            QCOMPARE(stored.params.size(), 1);
            auto refused =
                Investigations::prepare(stored, {}, Db::Engine::Sqlite, m_clock.now(), &missing);
            QVERIFY2(!refused.ok(), ago);
            QVERIFY(refused.error().message.contains(QLatin1String("not a valid time")));
            QVERIFY(refused.error().message.contains(QLatin1String("Nothing was run")));
        }
        // A value is used as it is, placeholder-looking text included.
        auto literal = Investigations::prepare(
            builtIn("builtin.user-24h"), {{QStringLiteral("user"), QStringLiteral("{api_key}")}},
            Db::Engine::Sqlite, m_clock.now());
        IC_VERIFY_OK(literal);
        QCOMPARE(literal->filter.user, QStringLiteral("{api_key}"));
        QCOMPARE(Investigations::metadataKeys(Investigations::builtIns()),
                 QStringList{QStringLiteral("rls_bypass_attempt")});
    }

    void theTeamSavesItsOwn()
    {
        const ConnectionSpec spec = source();
        const QString name = QStringLiteral("inv-save-%1").arg(++m_n);
        {
            // The workspace (on the primary when the audit source is a standby).
            auto db = Db::open(m_src.writeSpec(spec), name);
            IC_VERIFY_OK(db);
            Investigation mine;
            mine.name = QStringLiteral("  Exports by the insider ");
            mine.filter.user = m_plants.insiderUserId;
            mine.filter.event = QStringLiteral("export");
            auto saved =
                Investigations::save(db.value(), mine, QStringLiteral("casey"), m_clock.now());
            IC_VERIFY_OK(saved);
            QCOMPARE(saved->name, QStringLiteral("Exports by the insider"));
            Investigation sql;
            sql.kind = Investigation::Kind::Sql;
            sql.name = QStringLiteral("Event counts");
            sql.sqlPostgres = sql.sqlSqlite =
                QStringLiteral("SELECT event, count(*) FROM audit_logs GROUP BY event");
            IC_VERIFY_OK(
                Investigations::save(db.value(), sql, QStringLiteral("casey"), m_clock.now()));
            auto again =
                Investigations::save(db.value(), mine, QStringLiteral("sam"), m_clock.now());
            QVERIFY(!again.ok());
            QCOMPARE(again.error().kind, Error::Kind::Conflict);
            Investigation clash;
            clash.name = builtIn("builtin.rls-bypass").name.toUpper();
            QVERIFY(!Investigations::save(db.value(), clash, QStringLiteral("sam"), m_clock.now())
                         .ok());
            Investigation nameless;
            QVERIFY(
                !Investigations::save(db.value(), nameless, QStringLiteral("sam"), m_clock.now())
                     .ok());

            auto list = Investigations::loadSaved(db.value());
            IC_VERIFY_OK(list);
            QCOMPARE(list->size(), 2);
            const Investigation loaded = list->at(1);
            QCOMPARE(loaded.name, QStringLiteral("Exports by the insider"));
            QCOMPARE(loaded.filter, mine.filter);
            QCOMPARE(loaded.createdBy, QStringLiteral("casey"));
            QCOMPARE(list->at(0).kind, Investigation::Kind::Sql);
            auto p = Investigations::prepare(loaded, {}, engineOf(spec), m_clock.now());
            IC_VERIFY_OK(p);
            QCOMPARE(runFilter(spec, p->filter).size(), 120);
            IC_VERIFY_OK(Investigations::remove(db.value(), loaded.id));
            QCOMPARE(Investigations::loadSaved(db.value())->size(), 1);

            // SQL saved from the console keeps the values it ran with; a time
            // stays relative to when it runs next.
            Investigation bound;
            bound.kind = Investigation::Kind::Sql;
            bound.name = QStringLiteral("Insider in the last day");
            bound.sqlPostgres = bound.sqlSqlite = QStringLiteral(
                "SELECT count(*) FROM audit_logs WHERE user_id = ? AND timestamp >= ? LIMIT ?");
            InvestigationParam user;
            user.name = QStringLiteral("p1");
            user.value = m_plants.insiderUserId;
            InvestigationParam since;
            since.name = QStringLiteral("p2");
            since.kind = InvestigationParam::Kind::SecondsAgo;
            since.value = 86400;
            InvestigationParam limit;
            limit.name = QStringLiteral("p3");
            limit.kind = InvestigationParam::Kind::Number;
            limit.value = 5;
            bound.params = {user, since, limit};
            IC_VERIFY_OK(
                Investigations::save(db.value(), bound, QStringLiteral("casey"), m_clock.now()));
            const auto reloaded = Investigations::loadSaved(db.value());
            IC_VERIFY_OK(reloaded);
            const auto it =
                std::find_if(reloaded->cbegin(), reloaded->cend(), [](const Investigation &i) {
                    return i.name == QLatin1String("Insider in the last day");
                });
            QVERIFY(it != reloaded->cend());
            QCOMPARE(it->params.size(), 3);
            const QDateTime later = m_clock.now().addSecs(3600);
            auto run = Investigations::prepare(*it, {}, engineOf(spec), later);
            IC_VERIFY_OK(run);
            QCOMPARE(
                run->statement.params,
                (QVariantList{m_plants.insiderUserId, later.toUTC().addSecs(-86400), qint64(5)}));

            // A stored definition someone edited by hand: a count that is not a
            // number is named, and nothing runs.
            IC_VERIFY_OK(
                Db::exec(db.value(),
                         QStringLiteral("UPDATE ic_audit_investigations SET definition = ? "
                                        "WHERE name = ?"),
                         {QStringLiteral("{\"sql\":{\"postgres\":\"SELECT ?\",\"sqlite\":"
                                         "\"SELECT ?\"},\"params\":[{\"name\":\"p1\","
                                         "\"label\":\"Limit\",\"kind\":\"number\","
                                         "\"value\":\"ten\"}]}"),
                          QStringLiteral("Insider in the last day")}));
            const auto edited = Investigations::loadSaved(db.value());
            IC_VERIFY_OK(edited);
            const auto bad =
                std::find_if(edited->cbegin(), edited->cend(), [](const Investigation &i) {
                    return i.name == QLatin1String("Insider in the last day");
                });
            QVERIFY(bad != edited->cend());
            auto refused = Investigations::prepare(*bad, {}, engineOf(spec), later);
            QVERIFY(!refused.ok());
            QVERIFY2(
                refused.error().message.contains(QLatin1String("Limit must be a whole number")),
                qPrintable(refused.error().message));
        }
        Db::close(name);
    }

    void pinnedRowsAreEvidenceOnTheRecord()
    {
        const ConnectionSpec spec = source();
        const QString name = QStringLiteral("inv-pin-%1").arg(++m_n);
        {
            auto opened = Db::open(m_src.writeSpec(spec), name);
            IC_VERIFY_OK(opened);
            QSqlDatabase db = opened.value();
            NewIncident n;
            n.title = QStringLiteral("Leaked key");
            auto inc = IncidentRepository(db, m_clock.now()).create(n, QStringLiteral("casey"));
            IC_VERIFY_OK(inc);
            // Rows are read on an audit connection (query_only on SQLite), pinned on the store's.
            AuditFilter f;
            f.apiKey = m_plants.leakedApiKeyId;
            Result<QList<AuditRow>> page = QList<AuditRow>();
            {
                auto reader = Db::open(spec, name + QStringLiteral("-read"));
                IC_VERIFY_OK(reader);
                page = AuditQueries::fetchPage(
                    reader.value(), AuditFilters::compile(f, engineOf(spec), m_clock.now()), {});
            }
            Db::close(name + QStringLiteral("-read"));
            IC_VERIFY_OK(page);
            QVERIFY(page->size() >= 2);
            const AuditRow row = page->first();
            const int before = int(EventLog::events(db, inc->id)->size());
            auto pinned = AuditPins::pin(db, inc->id, row, QStringLiteral("workspace"),
                                         QStringLiteral("casey"), m_clock.now());
            IC_VERIFY_OK(pinned);
            QCOMPARE(pinned->kind, AuditPins::EventKind);
            QCOMPARE(pinned->details.value(QStringLiteral("audit_row"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger(),
                     row.id);
            QCOMPARE(pinned->details.value(QStringLiteral("audit_row"))
                         .toObject()
                         .value(QStringLiteral("api_key_id"))
                         .toString(),
                     m_plants.leakedApiKeyId);
            QVERIFY(pinned->summary.contains(QString::number(row.id)));
            auto events = EventLog::events(db, inc->id);
            QCOMPARE(int(events->size()), before + 1);
            QVERIFY(EventLog::verify(db, inc->id)->intact);
            QCOMPARE(*AuditPins::pinnedIds(db, inc->id, QStringLiteral("workspace")),
                     QSet<qint64>{row.id});

            // Twice: refused, and nothing more on the record.
            auto twice = AuditPins::pin(db, inc->id, row, QStringLiteral("workspace"),
                                        QStringLiteral("sam"), m_clock.now());
            QVERIFY(!twice.ok());
            QVERIFY(twice.error().message.contains(QLatin1String("already pinned")));
            QCOMPARE(int(EventLog::events(db, inc->id)->size()), before + 1);
            // An unknown incident.
            QVERIFY(!AuditPins::pin(db, QStringLiteral("nope"), row, QStringLiteral("workspace"),
                                    QStringLiteral("sam"), m_clock.now())
                         .ok());
            // A closed incident takes no new evidence.
            IncidentPatch close;
            close.status = IncidentStatus::Closed;
            IC_VERIFY_OK(IncidentRepository(db, m_clock.now())
                             .update(inc->id, inc->version, close, QStringLiteral("casey")));
            auto closed = AuditPins::pin(db, inc->id, page->at(1), QStringLiteral("workspace"),
                                         QStringLiteral("casey"), m_clock.now());
            QVERIFY(!closed.ok());
            QVERIFY(closed.error().message.contains(QLatin1String("closed")));
        }
        Db::close(name);
    }
};

QTEST_GUILESS_MAIN(TestInvestigations)
#include "tst_investigations.moc"
