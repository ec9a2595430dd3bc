// Review versions and unsaved typing on both engines; every save is an event.
#include "WorkspaceFixture.h"
#include "models/incidents/IncidentRepository.h"
#include "models/review/ReviewStore.h"
#include "models/timeline/EventLog.h"

#include <QTest>

#include <thread>

using namespace ic;
using namespace ic::test;

class TestReviewStore : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    QString m_incident;
    int m_n = 0;
    const QDateTime m_now = utc("2026-11-22T10:00:00.000Z");

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
        auto db = TestWorkspaces::connect(m_spec, QStringLiteral("rv-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        NewIncident n;
        n.title = QStringLiteral("Reviewed");
        auto inc = IncidentRepository(m_db, m_now).create(n, QStringLiteral("alex"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void versionsAndEvents()
    {
        auto draft = ReviewRepository::draft(m_db, m_incident, m_now);
        IC_VERIFY_OK(draft);
        QVERIFY(draft->contains(QLatin1String("Post-Incident Review")));
        QCOMPARE(ReviewRepository::markdown(m_db, m_incident, 0).value(), QString());

        auto v1 = ReviewRepository::save(m_db, m_incident, draft.value(), 0, QStringLiteral("alex"),
                                         m_now);
        IC_VERIFY_OK(v1);
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->previousLatest, 0);
        auto v2 = ReviewRepository::save(m_db, m_incident, QStringLiteral("# Edited\n"), 1,
                                         QStringLiteral("sam"), m_now.addSecs(60));
        IC_VERIFY_OK(v2);
        QCOMPARE(v2->version, 2);
        // A save based on an old version still lands, as a new version, and says so.
        auto v3 = ReviewRepository::save(m_db, m_incident, QStringLiteral("# Mine\n"), 1,
                                         QStringLiteral("alex"), m_now.addSecs(120));
        IC_VERIFY_OK(v3);
        QCOMPARE(v3->version, 3);
        QCOMPARE(v3->previousLatest, 2);

        auto versions = ReviewRepository::versions(m_db, m_incident);
        IC_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->first().version, 3);
        QCOMPARE(versions->at(1).savedBy, QStringLiteral("sam"));
        QCOMPARE(ReviewRepository::markdown(m_db, m_incident, 0).value(),
                 QStringLiteral("# Mine\n"));
        QCOMPARE(ReviewRepository::markdown(m_db, m_incident, 2).value(),
                 QStringLiteral("# Edited\n"));
        QCOMPARE(ReviewRepository::markdown(m_db, m_incident, 1).value(), draft.value());

        auto events = EventLog::events(m_db, m_incident);
        IC_VERIFY_OK(events);
        int saves = 0;
        for (const IncidentEvent &e : events.value())
            saves += e.kind == QLatin1String("review.saved") ? 1 : 0;
        QCOMPARE(saves, 3);
        QVERIFY(EventLog::verify(m_db, m_incident)->intact);
    }

    void unsavedTypingIsKeptUntilSaved()
    {
        QVERIFY(!ReviewRepository::unsaved(m_db, m_incident, QStringLiteral("alex"))
                     .value()
                     .has_value());
        IC_VERIFY_OK(ReviewRepository::keepUnsaved(m_db, m_incident, QStringLiteral("alex"),
                                                   QStringLiteral("typing…"), 0, m_now));
        IC_VERIFY_OK(ReviewRepository::keepUnsaved(m_db, m_incident, QStringLiteral("alex"),
                                                   QStringLiteral("typing more…"), 0,
                                                   m_now.addSecs(5)));
        auto kept = ReviewRepository::unsaved(m_db, m_incident, QStringLiteral("alex"));
        IC_VERIFY_OK(kept);
        QVERIFY(kept->has_value());
        QCOMPARE(kept->value().markdown, QStringLiteral("typing more…"));
        QCOMPARE(kept->value().updatedAt, m_now.addSecs(5));
        // Someone else's typing is theirs.
        QVERIFY(!ReviewRepository::unsaved(m_db, m_incident, QStringLiteral("sam"))
                     .value()
                     .has_value());
        IC_VERIFY_OK(ReviewRepository::save(m_db, m_incident, QStringLiteral("typing more…"), 0,
                                            QStringLiteral("alex"), m_now.addSecs(10)));
        QVERIFY(!ReviewRepository::unsaved(m_db, m_incident, QStringLiteral("alex"))
                     .value()
                     .has_value());
    }

    void badInputChangesNothing()
    {
        for (const QString &bad :
             {QString(), QStringLiteral("  \n "), QStringLiteral("a\u0000b")}) {
            auto r =
                ReviewRepository::save(m_db, m_incident, bad, 0, QStringLiteral("alex"), m_now);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
            QVERIFY(r.error().message.contains(QLatin1String("Nothing was saved")));
        }
        QVERIFY(ReviewRepository::versions(m_db, m_incident)->isEmpty());
        auto missing = ReviewRepository::draft(m_db, QStringLiteral("no-such-incident"), m_now);
        QVERIFY(!missing.ok());
    }

    void concurrentSavesGetDistinctVersions()
    {
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                const QString name = QStringLiteral("saver-%1-%2").arg(m_n).arg(t);
                {
                    auto db = Db::open(m_spec, name);
                    for (int i = 0; db && i < 5; ++i) {
                        if (!ReviewRepository::save(
                                db.value(), m_incident, QStringLiteral("v %1 %2").arg(t).arg(i), 0,
                                QStringLiteral("w%1").arg(t), QDateTime::currentDateTimeUtc()))
                            ++failures;
                    }
                    if (!db)
                        ++failures;
                }
                Db::close(name);
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        auto versions = ReviewRepository::versions(m_db, m_incident);
        QCOMPARE(versions->size(), 20);
        QCOMPARE(versions->first().version, 20);
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
