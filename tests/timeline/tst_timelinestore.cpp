// Loading a large incident's timeline on both engines: its newest events and
// the earliest one come first (so the view spans the whole incident at once),
// then every event; a small incident comes in one answer; a reload of the same
// incident never passes through a part.
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace ic;
using namespace ic::test;

class TestTimelineStore : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    QString m_big;
    QString m_small;
    const QDateTime m_start = utc("2026-11-22T10:00:00.000Z");
    static constexpr int Preview = 60; // newest events in a preview here
    static constexpr int Extra = 25;

    // `n` events a minute apart; event 10 is entered afterwards with a time
    // before the incident's first event (the earliest by time is not seq 1).
    void fill(QSqlDatabase &db, const QString &incident, int n)
    {
        auto r = Db::transaction(db, [&]() -> Result<void> {
            for (int i = 1; i < n; ++i) {
                EventDraft d;
                d.incidentId = incident;
                d.actor = QStringLiteral("alex");
                d.kind = QStringLiteral("note");
                d.summary = QStringLiteral("note %1").arg(i);
                d.details = QJsonObject{{QStringLiteral("i"), i}};
                d.occurredAt = m_start.addSecs(60 * i);
                if (i == 9) {
                    d.occurredAt = m_start.addSecs(-3600);
                    d.backdated = true;
                }
                if (auto e = EventLog::append(db, d, m_start.addSecs(60 * i)); !e)
                    return e.error();
            }
            return success();
        });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
    }

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
        const QString name = QStringLiteral("fill-") + engine;
        {
            auto db = Db::open(m_spec, name);
            IC_VERIFY_OK(db);
            for (QString *id : {&m_big, &m_small}) {
                NewIncident n;
                n.title = id == &m_big ? QStringLiteral("Busy") : QStringLiteral("Quiet");
                n.detectedAt = m_start;
                auto inc =
                    IncidentRepository(db.value(), m_start).create(n, QStringLiteral("detection"));
                IC_VERIFY_OK(inc);
                *id = inc->id;
            }
            fill(db.value(), m_big, Preview + Extra);
            fill(db.value(), m_small, 40);
        }
        Db::close(name);
    }

    void largeIncidentShowsItsNewestEventsFirst()
    {
        SqlExecutor executor(m_spec, QStringLiteral("test"));
        ManualClock clock(m_start);
        TimelineStore store(&executor, clock, QStringLiteral("alex"));
        store.setPreviewSize(Preview);
        QSignalSpy previewed(&store, &TimelineStore::previewed);
        QSignalSpy loaded(&store, &TimelineStore::loaded);
        QSignalSpy failed(&store, &TimelineStore::failed);
        QStringList order;
        connect(&store, &TimelineStore::previewed, this, [&] { order << QStringLiteral("part"); });
        connect(&store, &TimelineStore::loaded, this, [&] { order << QStringLiteral("all"); });

        store.load(m_big, TimelineStore::Load::PreviewFirst);
        QVERIFY(loaded.wait(30000) || loaded.size() == 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(order, (QStringList{QStringLiteral("part"), QStringLiteral("all")}));

        const int total = Preview + Extra; // with "incident created"
        const auto part = previewed.first().at(1).value<QList<IncidentEvent>>();
        QCOMPARE(previewed.first().at(0).toString(), m_big);
        // The newest Preview events in order, and before them the earliest by
        // time (the backdated event 10), so the view spans the incident.
        QCOMPARE(part.size(), Preview + 1);
        QCOMPARE(part.first().seq, 10);
        QVERIFY(part.first().backdated);
        QCOMPARE(part.at(1).seq, total - Preview + 1);
        QCOMPARE(part.last().seq, total);
        for (int i = 2; i < part.size(); ++i)
            QCOMPARE(part.at(i).seq, part.at(i - 1).seq + 1);

        const auto all = loaded.first().at(1).value<QList<IncidentEvent>>();
        QCOMPARE(all.size(), total);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).seq, i + 1);
        // What the timeline shows, read faithfully.
        const IncidentEvent &e = all.at(4);
        QCOMPARE(e.summary, QStringLiteral("note 4"));
        QCOMPARE(e.actor, QStringLiteral("alex"));
        QCOMPARE(e.kind, QStringLiteral("note"));
        QCOMPARE(e.occurredAt, m_start.addSecs(240));
        QCOMPARE(e.incidentId, m_big);
        QVERIFY(e.id > 0);
    }

    void smallIncidentAndReloadsComeWhole()
    {
        SqlExecutor executor(m_spec, QStringLiteral("test"));
        ManualClock clock(m_start);
        TimelineStore store(&executor, clock, QStringLiteral("alex"));
        store.setPreviewSize(Preview);
        QSignalSpy previewed(&store, &TimelineStore::previewed);
        QSignalSpy loaded(&store, &TimelineStore::loaded);

        store.load(m_small, TimelineStore::Load::PreviewFirst);
        QVERIFY(loaded.wait(30000) || loaded.size() == 1);
        QCOMPARE(previewed.size(), 0);
        QCOMPARE(loaded.first().at(1).value<QList<IncidentEvent>>().size(), 40);

        store.load(m_big, TimelineStore::Load::All);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QCOMPARE(previewed.size(), 0);
        QCOMPARE(loaded.last().at(1).value<QList<IncidentEvent>>().size(), Preview + Extra);
    }

    void missingIncidentIsEmpty()
    {
        SqlExecutor executor(m_spec, QStringLiteral("test"));
        ManualClock clock(m_start);
        TimelineStore store(&executor, clock, QStringLiteral("alex"));
        store.setPreviewSize(Preview);
        QSignalSpy loaded(&store, &TimelineStore::loaded);
        store.load(QStringLiteral("INC-NOPE"), TimelineStore::Load::PreviewFirst);
        QVERIFY(loaded.wait(30000) || loaded.size() == 1);
        QVERIFY(loaded.first().at(1).value<QList<IncidentEvent>>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
