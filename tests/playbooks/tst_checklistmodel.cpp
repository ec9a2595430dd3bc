// The checklist tree: phases and steps, due times from detection, a live
// countdown, overdue steps, and "N of M done, next due in X" per phase.
#include "models/core/Clock.h"
#include "models/playbooks/ChecklistModel.h"
#include "models/playbooks/PlaybookReader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ic;

namespace {

const QDateTime Detected =
    QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);

// Token Compromise as it would come back from the workspace.
IncidentChecklists tokenCompromise()
{
    const PlaybookFile f =
        PlaybookReader::readFile(QStringLiteral(":/playbooks/security-team-playbooks.md"));
    const Playbook &p = f.playbooks.first();
    IncidentChecklists c;
    c.incidentId = QStringLiteral("inc-1");
    c.detectedAt = Detected;
    Checklist list;
    list.id = QStringLiteral("cl-1");
    list.playbookName = p.name;
    c.checklists << list;
    int n = 0;
    for (int ph = 0; ph < p.phases.size(); ++ph) {
        for (const PlaybookStep &s : p.phases[ph].steps) {
            ChecklistItem it;
            it.id = QStringLiteral("item-%1").arg(++n);
            it.checklistId = list.id;
            it.incidentId = c.incidentId;
            it.playbookName = p.name;
            it.position = n;
            it.phasePosition = ph + 1;
            it.phase = p.phases[ph].name;
            it.phaseDeadline = p.phases[ph].deadline;
            it.text = s.text;
            it.deadline = s.deadline;
            it.code = s.code;
            c.items << it;
        }
    }
    return c;
}

} // namespace

class TestChecklistModel : public QObject
{
    Q_OBJECT
private slots:
    void structureAndCountdown()
    {
        ManualClock clock(Detected.addSecs(20 * 60));
        ChecklistModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy overdue(&model, &ChecklistModel::overdueCountChanged);
        model.setChecklists(tokenCompromise());

        QCOMPARE(model.rowCount(), 5); // phases
        const QModelIndex containment = model.index(0, 0);
        QCOMPARE(containment.data().toString(), QStringLiteral("Containment (Immediate)"));
        QVERIFY(containment.data(ChecklistModel::IsPhaseRole).toBool());
        QCOMPARE(model.rowCount(containment), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 3);

        // Containment was due at detection: both steps are overdue, in words.
        const QModelIndex first = model.index(0, 0, containment);
        QCOMPARE(first.data().toString(), QStringLiteral("☐ Revoke all tokens for affected user"));
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn, containment).data().toString(),
                 QStringLiteral("OVERDUE 20m 00s"));
        QCOMPARE(ChecklistModel::Timing(first.data(ChecklistModel::TimingRole).toInt()),
                 ChecklistModel::Timing::Overdue);
        QCOMPARE(model.index(0, ChecklistModel::KindColumn, containment).data().toString(),
                 QStringLiteral("Admin API call"));
        // Investigation is due an hour after detection.
        const QModelIndex investigation = model.index(1, 0);
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn, investigation).data().toString(),
                 QStringLiteral("40m 00s left"));
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn, investigation)
                     .data(ChecklistModel::SecondsLeftRole)
                     .toLongLong(),
                 40 * 60);
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn).data().toString(),
                 QStringLiteral("0 of 2 done, 2 OVERDUE"));
        QCOMPARE(model.index(1, ChecklistModel::RemainingColumn).data().toString(),
                 QStringLiteral("0 of 3 done, next due in 40m 00s"));
        QCOMPARE(model.overdueCount(), 2);
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.last().first().toInt(), 2);

        // Time moves: the countdown follows, and a second phase goes overdue.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(41 * 60);
        model.tick();
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn, investigation).data().toString(),
                 QStringLiteral("OVERDUE 1m 00s"));
        QCOMPARE(model.overdueCount(), 5);
        QCOMPARE(overdue.last().first().toInt(), 5);

        // The detection time is corrected: every due time moves with it.
        model.setDetectedAt(Detected.addSecs(60 * 60));
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn, investigation).data().toString(),
                 QStringLiteral("59m 00s left"));
    }

    void ticksKeepRowsAndSummaries()
    {
        ManualClock clock(Detected.addSecs(10 * 60));
        ChecklistModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        IncidentChecklists data = tokenCompromise();
        model.setChecklists(data);
        const QPersistentModelIndex kept = model.indexOfItem(QStringLiteral("item-2"));
        QVERIFY(kept.isValid());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        data.items[0].state = ChecklistItem::State::Done;
        data.items[0].stateBy = QStringLiteral("casey");
        data.items[0].stateAt = Detected.addSecs(5 * 60);
        data.items[1].state = ChecklistItem::State::Skipped;
        data.items[1].stateBy = QStringLiteral("sam");
        data.items[1].stateReason = QStringLiteral("No sessions");
        model.setChecklists(data);
        QCOMPARE(resets.size(), 0); // same steps: rows and selection stay
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("⊘ Force logout all sessions"));
        const QModelIndex containment = model.index(0, 0);
        QVERIFY(model.index(0, ChecklistModel::RemainingColumn, containment)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Done ")));
        QVERIFY(model.index(0, ChecklistModel::RemainingColumn, containment)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("by casey")));
        QCOMPARE(model.index(1, ChecklistModel::RemainingColumn, containment).data().toString(),
                 QStringLiteral("Skipped by sam: No sessions"));
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn).data().toString(),
                 QStringLiteral("1 of 2 done, 1 skipped ✓"));
        const auto s = model.phaseSummary(0);
        QCOMPARE(s.done, 1);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.overdue, 0);
        QCOMPARE(model.overdueCount(), 0);
        QVERIFY(kept.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("skipped")));

        // Another incident: a new tree.
        data.incidentId = QStringLiteral("inc-2");
        model.setChecklists(data);
        QCOMPARE(resets.size(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void deadlinesWithoutDueTime()
    {
        ManualClock clock(Detected);
        ChecklistModel model(clock);
        IncidentChecklists data = tokenCompromise();
        data.items[2].deadline.text = QStringLiteral("ASAP");
        data.items[2].phaseDeadline = Deadline();
        data.items[3].phaseDeadline = Deadline();
        data.items[4].phaseDeadline = Deadline();
        model.setChecklists(data);
        const QModelIndex investigation = model.index(1, 0);
        QCOMPARE(model.index(0, ChecklistModel::RemainingColumn, investigation).data().toString(),
                 QStringLiteral("“ASAP” — no due time"));
        QCOMPARE(model.index(1, ChecklistModel::RemainingColumn, investigation).data().toString(),
                 QStringLiteral("No deadline"));
        QCOMPARE(model.index(1, ChecklistModel::DueColumn, investigation).data().toString(),
                 QString());
        QCOMPARE(model.index(1, ChecklistModel::RemainingColumn).data().toString(),
                 QStringLiteral("0 of 3 done"));

        // A step's own known deadline wins over its phase's.
        data.items[5].deadline = Deadline::parse(QStringLiteral("within 30 minutes"));
        model.setChecklists(data);
        QCOMPARE(model.item(model.index(0, 0, model.index(2, 0)))->due(Detected),
                 Detected.addSecs(30 * 60));
    }
};

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
