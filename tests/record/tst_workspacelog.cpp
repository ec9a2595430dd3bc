// The workspace's one Merkle log in the database (store step 40), on SQLite
// and PostgreSQL: every append gets the next leaf of the workspace log under
// one lock and the server's clock; the stored tree is the tree of the
// events' canonical encodings. Then the insider (superuser on PostgreSQL, the
// sqlite3 library on SQLite) rewrites, deletes, reorders and inserts events
// and makes every stored hash agree again: the stored tree then holds
// together, and only a checkpoint kept from before shows the rewrite.
#include "PqSession.h"
#include "RecordInsider.h"
#include "WorkspaceFixture.h"
#include "models/record/RecordVerifier.h"
#include "models/record/WorkspaceLog.h"
#include "models/timeline/EventLog.h"

#include <QTest>

using namespace ic;
using namespace ic::test;

class TestWorkspaceLog : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    QSqlDatabase m_db;
    int m_n = 0;

    bool postgres() const { return Db::isPostgres(m_db); }

    void incident(const QString &id)
    {
        const QVariant t = Db::bindTime(m_db, QDateTime::currentDateTimeUtc());
        IC_VERIFY_OK(Db::exec(m_db,
                              QStringLiteral("INSERT INTO ic_incidents (id, ref, title, severity, "
                                             "status, detected_at, created_at, created_by, "
                                             "updated_at, updated_by) VALUES (?, ?, 'Leak', 2, "
                                             "'open', ?, ?, '', ?, '')"),
                              {id, QStringLiteral("INC-") + id, t, t, t}));
    }

    IncidentEvent append(const QString &incident, const QString &summary,
                         const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        EventDraft d;
        d.incidentId = incident;
        d.actor = QStringLiteral("alex");
        d.kind = QStringLiteral("note");
        d.summary = summary;
        d.details = QJsonObject{{QStringLiteral("n"), summary}};
        auto e = EventLog::append(m_db, d, now);
        if (!e)
            qWarning() << e.error().fullText();
        return e ? e.value() : IncidentEvent{};
    }

    // Eight events over two incidents; returns what a workstation would
    // have kept of the log (its size and root) at that point.
    void seedAndKeep(Checkpoint &kept)
    {
        incident(QStringLiteral("a"));
        incident(QStringLiteral("b"));
        for (int i = 0; i < 8; ++i)
            append(i % 3 ? QStringLiteral("a") : QStringLiteral("b"),
                   QStringLiteral("event %1").arg(i));
        auto h = WorkspaceLog::head(m_db);
        IC_VERIFY_OK(h);
        kept.origin = h->origin;
        kept.size = h->size;
        kept.root = h->root;
    }

    // The stored tree agrees with itself and the events, yet the log does
    // not extend what was kept.
    void expectCaughtOnlyByTheCheckpoint(const Checkpoint &kept)
    {
        auto tree = WorkspaceLog::checkStoredTree(m_db);
        IC_VERIFY_OK(tree);
        QVERIFY2(tree->intact, qPrintable(tree->problem)); // the insider was thorough
        auto now = WorkspaceLog::head(m_db);
        IC_VERIFY_OK(now);
        QCOMPARE(Merkle::toHex(now->root), Merkle::toHex(tree->root));
        auto c = WorkspaceLog::checkConsistency(m_db, kept, now->size, now->root);
        IC_VERIFY_OK(c);
        QVERIFY(!c->consistent);
        QVERIFY(!c->problem.isEmpty());
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase() { IC_START_PG(m_ws.pg()); }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        auto db = TestWorkspaces::connect(spec.value(), QStringLiteral("log-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void appendsMakeOneLogForTheWorkspace()
    {
        incident(QStringLiteral("a"));
        incident(QStringLiteral("b"));
        QList<IncidentEvent> made;
        for (int i = 0; i < 21; ++i)
            made << append(i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                           QStringLiteral("event %1").arg(i));
        // Leaves are workspace-wide in append order; seq stays per incident.
        for (int i = 0; i < made.size(); ++i) {
            QCOMPARE(made[i].leafIndex, qint64(i));
            QCOMPARE(made[i].seq, i / 2 + 1);
        }
        auto tree = WorkspaceLog::checkStoredTree(m_db);
        IC_VERIFY_OK(tree);
        QVERIFY2(tree->intact, qPrintable(tree->problem));
        QCOMPARE(tree->size, uint64_t(21));
        // The stored root is the root of the events' canonical encodings.
        auto origin = EventLog::logOrigin(m_db);
        IC_VERIFY_OK(origin);
        QCOMPARE(origin.value(),
                 QStringLiteral("incident-commander.local/workspace/") +
                     scalar(m_db, QStringLiteral("SELECT value FROM ic_workspace WHERE key = "
                                                 "'workspace_id'"))
                         .toString());
        QVERIFY(origin->size() > 40);
        std::vector<Merkle::Hash> leaves;
        for (const IncidentEvent &e : std::as_const(made))
            leaves.push_back(EventEncoding::leafHash(EventLog::recordEvent(e, origin.value())));
        auto head = WorkspaceLog::head(m_db);
        IC_VERIFY_OK(head);
        QCOMPARE(Merkle::toHex(head->root), Merkle::toHex(RecordVerifier::rootOf(leaves)));
        // Each earlier state is a prefix: the log only grows.
        Checkpoint early;
        early.origin = origin.value();
        early.size = 5;
        early.root = RecordVerifier::rootOf({leaves.begin(), leaves.begin() + 5});
        auto c = WorkspaceLog::checkConsistency(m_db, early, head->size, head->root);
        IC_VERIFY_OK(c);
        QVERIFY2(c->consistent, qPrintable(c->problem));
        // The per-incident chain still holds.
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
            auto v = EventLog::verify(m_db, id);
            IC_VERIFY_OK(v);
            QVERIFY2(v->intact, qPrintable(v->problem));
        }
    }

    void recordedAtIsTheServersClock()
    {
        incident(QStringLiteral("a"));
        const QDateTime wrong = QDateTime(QDate(2001, 1, 1), QTime(12, 0), Qt::UTC);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const IncidentEvent e = append(QStringLiteral("a"), QStringLiteral("clock"), wrong);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        const QDateTime stored = Db::readTime(
            scalar(m_db, QStringLiteral("SELECT recorded_at FROM ic_incident_events")));
        QCOMPARE(stored, e.recordedAt);
        if (postgres()) {
            // The workstation's clock is ignored: the server's is taken.
            QVERIFY2(stored >= before && stored <= after,
                     qPrintable(stored.toString(Qt::ISODateWithMs)));
            QCOMPARE(e.occurredAt, wrong); // when it happened is the person's say
        } else {
            QCOMPARE(stored, wrong); // SQLite: this machine is the server
        }
    }

    void appendFunctionRefusesAChosenTimeOrLeaf()
    {
        if (!postgres())
            QSKIP("PostgreSQL only: SQLite has no append function");
        incident(QStringLiteral("a"));
        append(QStringLiteral("a"), QStringLiteral("first"));
        PqSession s(m_ws.pg().conninfo(QStringLiteral("incidents")));
        QVERIFY2(s.isOpen(), qPrintable(s.error()));
        auto call = [&](const QString &leaf, const QString &recorded) {
            return s.run(QStringLiteral("SELECT ic_append_event('a', h.next_seq, %1, now(), %2, "
                                        "NULL, 'note', 'x', '{}', false, NULL, h.prev_hash, 'abc', "
                                        "NULL, NULL, sha256('x')) FROM ic_event_head('a') h")
                             .arg(leaf, recorded));
        };
        auto backdated = call(QStringLiteral("h.leaf_index"),
                              QStringLiteral("h.recorded_at - interval '1 hour'"));
        QVERIFY(!backdated.ok);
        QVERIFY2(backdated.message.contains(QLatin1String("server's clock")),
                 qPrintable(backdated.message));
        auto future = call(QStringLiteral("h.leaf_index"),
                           QStringLiteral("h.recorded_at + interval '1 minute'"));
        QVERIFY(!future.ok);
        auto wrongLeaf = call(QStringLiteral("h.leaf_index + 1"), QStringLiteral("h.recorded_at"));
        QVERIFY(!wrongLeaf.ok);
        QCOMPARE(wrongLeaf.sqlState, QStringLiteral("40001"));
        auto oldLeaf = call(QStringLiteral("0"), QStringLiteral("h.recorded_at"));
        QVERIFY(!oldLeaf.ok);
        auto shortLeaf = s.run(QStringLiteral(
            "SELECT ic_append_event('a', h.next_seq, h.leaf_index, now(), h.recorded_at, NULL, "
            "'note', 'x', '{}', false, NULL, h.prev_hash, 'abc', NULL, NULL, '\\x00'::bytea) FROM "
            "ic_event_head('a') h"));
        QVERIFY(!shortLeaf.ok);
        // The old function is gone: nothing appends outside the log.
        auto old = s.run(QStringLiteral(
            "SELECT ic_append_event('a', 2, now(), now(), NULL, 'note', 'x', '{}', false, NULL, "
            "'', 'abc')"));
        QVERIFY(!old.ok);
        QCOMPARE(old.sqlState, QStringLiteral("42883"));
        // Nothing of that was recorded.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT size FROM ic_record_head")).toInt(), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM ic_incident_events")).toInt(),
                 1);
        // What the function accepts is exactly what the client announced.
        QVERIFY(call(QStringLiteral("h.leaf_index"), QStringLiteral("h.recorded_at")).ok);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT size FROM ic_record_head")).toInt(), 2);
    }

    void editWithoutRecomputingIsCaughtByTheStoredTree()
    {
        Checkpoint kept;
        seedAndKeep(kept);
        // Clear the chain's hashes and edit: the leaf no longer matches.
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("UPDATE ic_incident_events SET hash = NULL, "
                                                   "prev_hash = NULL")));
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("UPDATE ic_incident_events SET summary = "
                                                   "'Nothing happened' WHERE leaf_index = 3")));
        auto tree = WorkspaceLog::checkStoredTree(m_db);
        IC_VERIFY_OK(tree);
        QVERIFY(!tree->intact);
        QVERIFY2(tree->problem.contains(QLatin1String("leaf 3")), qPrintable(tree->problem));
        // A deleted node row is no proof either.
        IC_VERIFY_OK(Db::exec(m_db, QStringLiteral("DELETE FROM ic_record_nodes WHERE level > 0")));
        auto h = WorkspaceLog::head(m_db);
        QVERIFY(!h.ok());
    }

    void rewriteWithEveryHashRecomputedIsCaughtByTheCheckpoint()
    {
        Checkpoint kept;
        seedAndKeep(kept);
        RecordInsider insider{m_db};
        IC_VERIFY_OK(insider.rewriteEvent(2, QStringLiteral("Nothing happened")));
        expectCaughtOnlyByTheCheckpoint(kept);
    }

    void deletedLastEventsAndMovedHeadAreCaught()
    {
        Checkpoint kept;
        seedAndKeep(kept);
        RecordInsider insider{m_db};
        IC_VERIFY_OK(insider.deleteLast(3));
        // Then new events take their places, so the log is larger again.
        for (int i = 0; i < 5; ++i)
            append(QStringLiteral("a"), QStringLiteral("after %1").arg(i));
        expectCaughtOnlyByTheCheckpoint(kept);
        // And a log smaller than the kept one is refused without a proof.
        IC_VERIFY_OK(insider.deleteLast(6));
        auto now = WorkspaceLog::head(m_db);
        IC_VERIFY_OK(now);
        auto c = WorkspaceLog::checkConsistency(m_db, kept, now->size, now->root);
        IC_VERIFY_OK(c);
        QVERIFY(!c->consistent);
        QVERIFY2(c->problem.contains(QLatin1String("deleted")), qPrintable(c->problem));
    }

    void reorderedEventsAreCaught()
    {
        Checkpoint kept;
        seedAndKeep(kept);
        RecordInsider insider{m_db};
        IC_VERIFY_OK(insider.swap(1, 4));
        expectCaughtOnlyByTheCheckpoint(kept);
    }

    void insertedBackdatedEventIsCaught()
    {
        Checkpoint kept;
        seedAndKeep(kept);
        RecordInsider insider{m_db};
        IC_VERIFY_OK(insider.insertBackdated(3, QStringLiteral("We told the regulator")));
        expectCaughtOnlyByTheCheckpoint(kept);
    }

    void rolesCannotWriteTheLog()
    {
        if (!postgres())
            QSKIP("PostgreSQL only: a SQLite workspace is one person's");
        // A responder's raw libpq session, with the role's grants only.
        IC_VERIFY_OK(m_ws.pg().execute(
            QStringLiteral("postgres"),
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'log_responder') THEN CREATE ROLE log_responder LOGIN PASSWORD "
                           "'pw-log-7'; END IF; END $$")));
        IC_VERIFY_OK(m_ws.pg().execute(QStringLiteral("incidents"),
                                       QStringLiteral("SELECT ic_team_grant('log_responder', "
                                                      "'{responder}')")));
        incident(QStringLiteral("a"));
        append(QStringLiteral("a"), QStringLiteral("first"));
        PqSession s(QStringLiteral("host=127.0.0.1 port=%1 dbname=incidents user=log_responder "
                                   "password=pw-log-7 sslmode=disable")
                        .arg(m_ws.pg().port()));
        QVERIFY2(s.isOpen(), qPrintable(s.error()));
        for (const QString &sql :
             {QStringLiteral("INSERT INTO ic_record_nodes VALUES ('workspace', 0, 1, "
                             "sha256('x'))"),
              QStringLiteral("UPDATE ic_record_nodes SET hash = sha256('x')"),
              QStringLiteral("DELETE FROM ic_record_nodes"),
              QStringLiteral("TRUNCATE ic_record_nodes"),
              QStringLiteral("UPDATE ic_record_head SET size = 0"),
              QStringLiteral("DELETE FROM ic_record_head"),
              QStringLiteral("UPDATE ic_incident_events SET leaf_index = 5"),
              QStringLiteral("SELECT ic_record_put_leaf('workspace', 1, sha256('x'))")}) {
            auto r = s.run(sql);
            QVERIFY2(!r.ok, qPrintable(sql));
            QCOMPARE(r.sqlState, QStringLiteral("42501"));
        }
        // Reading is allowed (a verifier needs it), and appending through
        // the function works, signed with the person's own registered key
        // (the server checks whose key; the verifier checks the signature).
        QVERIFY(s.run(QStringLiteral("SELECT count(*) FROM ic_record_nodes")).ok);
        QVERIFY(s.run(QStringLiteral("SELECT ic_register_key(sha256('log_responder'))")).ok);
        auto ok = s.run(QStringLiteral(
            "SELECT ic_append_event('a', h.next_seq, h.leaf_index, now(), h.recorded_at, NULL, "
            "'note', 'x', '{}', false, NULL, h.prev_hash, 'abc', ic_key_fingerprint("
            "sha256('log_responder')), sha512('x'), sha256('x')) FROM ic_event_head('a') h"));
        QVERIFY2(ok.ok, qPrintable(ok.message));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT actor FROM ic_incident_events WHERE "
                                             "leaf_index = 1"))
                     .toString(),
                 QStringLiteral("log_responder"));
        // ...but a leaf hash the client made up is caught by the verifier.
        auto tree = WorkspaceLog::checkStoredTree(m_db);
        IC_VERIFY_OK(tree);
        QVERIFY(!tree->intact);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLog)
#include "tst_workspacelog.moc"
