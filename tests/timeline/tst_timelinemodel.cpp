// The timeline model: chronological order with backdated and simultaneous
// events, filters, and kind labels.
#include "models/timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ic;

namespace {
IncidentEvent makeEvent(qint64 id, int seq, const char *at, const char *actor, const char *kind,
                        const char *summary, bool backdated = false)
{
    IncidentEvent e;
    e.id = id;
    e.seq = seq;
    e.occurredAt = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate);
    e.recordedAt = e.occurredAt;
    e.actor = QString::fromLatin1(actor);
    e.kind = QString::fromLatin1(kind);
    e.summary = QString::fromLatin1(summary);
    e.backdated = backdated;
    return e;
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void chronologicalWithBackdatedAndSimultaneous()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Recorded in this order (seq), but a backdated phone call happened first,
        // and two events share one second: the record order breaks the tie.
        model.setEvents(
            QStringLiteral("i"),
            {makeEvent(1, 1, "2026-11-22T10:00:00Z", "detection", "incident.created", "Opened"),
             makeEvent(2, 2, "2026-11-22T10:05:00Z", "alex", "incident.updated", "Title"),
             makeEvent(3, 3, "2026-11-22T10:05:00Z", "sam", "note", "Same second"),
             makeEvent(4, 4, "2026-11-22T09:40:00Z", "alex", "manual", "Phone call", true),
             makeEvent(5, 5, "2026-11-22T10:04:59Z", "alex", "note", "Just before")});
        QStringList order;
        for (int r = 0; r < model.rowCount(); ++r)
            order << model.index(r, TimelineModel::SummaryColumn).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Phone call"), QStringLiteral("Opened"),
                                     QStringLiteral("Just before"), QStringLiteral("Title"),
                                     QStringLiteral("Same second")}));
        QVERIFY(model.index(0, TimelineModel::TimeColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("(entered later)")));
        QVERIFY(model.index(0, TimelineModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Recorded")));
        QCOMPARE(model.rowOfEvent(3), 4);
        QCOMPARE(model.actors().size(), 3);
    }

    void filters()
    {
        TimelineModel model;
        model.setEvents(
            QStringLiteral("i"),
            {makeEvent(1, 1, "2026-11-22T10:00:00Z", "detection", "incident.created", "Opened"),
             makeEvent(2, 2, "2026-11-22T10:01:00Z", "alex", "note", "Rotated the KEY"),
             makeEvent(3, 3, "2026-11-22T10:02:00Z", "sam", "note", "Called legal"),
             makeEvent(4, 4, "2026-11-22T10:03:00Z", "sam", "review.comment", "Why so late?")});
        TimelineFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setKinds({QStringLiteral("note")});
        QCOMPARE(filter.rowCount(), 2);
        filter.setActors({QStringLiteral("sam")});
        QCOMPARE(filter.rowCount(), 1);
        filter.setKinds({});
        QCOMPARE(filter.rowCount(), 2);
        filter.setActors({});
        filter.setSearchText(QStringLiteral("key"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("review comment")); // the kind's label
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 4);
    }

    void labelsAndLanes()
    {
        QCOMPARE(TimelineModel::kindLabel(QStringLiteral("incident.status")),
                 QStringLiteral("Status change"));
        QCOMPARE(TimelineModel::kindLabel(QStringLiteral("checklist.tick")),
                 QStringLiteral("Checklist: tick"));
        QCOMPARE(TimelineModel::actorLane(QStringLiteral("rule:api-key-many-ips")),
                 QStringLiteral("Detection"));
        QCOMPARE(TimelineModel::actorLane(QStringLiteral("system")), QStringLiteral("Platform"));
        QCOMPARE(TimelineModel::actorLane(QStringLiteral("priya.shah")),
                 QStringLiteral("priya.shah"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
