// The actions table of the pane: a well-behaved item model that spells the
// state out (never colour alone) and updates rows in place.
#include "models/actions/ActionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ic;

class TestActionModel : public QObject
{
    Q_OBJECT
private:
    static ActionRecord record(const QString &id, ActionState state,
                               const QString &incident = QStringLiteral("inc-1"))
    {
        ActionRecord a;
        a.id = id;
        a.incidentId = incident;
        a.kind = ActionKind::SuspendTenant;
        a.target = QStringLiteral("ten_initech");
        a.state = state;
        a.attempts = 2;
        a.result = QStringLiteral("Done by the admin API (HTTP 200).");
        a.createdAt = QDateTime::currentDateTimeUtc();
        return a;
    }

private slots:
    void behavesAndSpellsOut()
    {
        ActionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActions(QStringLiteral("inc-1"),
                         {record(QStringLiteral("a"), ActionState::InFlight)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ActionModel::ActionColumn).data().toString(),
                 QStringLiteral("Suspend tenant ten_initech"));
        QCOMPARE(model.index(0, ActionModel::StateColumn).data().toString(),
                 QStringLiteral("In flight"));
        QCOMPARE(model.index(0, ActionModel::AttemptsColumn).data().toInt(), 2);
        QVERIFY(model.index(0, 0).data(ActionModel::NeedsAttentionRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(record(QStringLiteral("a"), ActionState::Succeeded));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ActionModel::StateColumn).data().toString(),
                 QStringLiteral("Succeeded"));
        QVERIFY(!model.index(0, 0).data(ActionModel::NeedsAttentionRole).toBool());

        model.upsert(record(QStringLiteral("b"), ActionState::Unknown));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ActionModel::StateColumn).data().toString(),
                 QStringLiteral("Outcome unknown"));
        model.upsert(record(QStringLiteral("c"), ActionState::Failed,
                            QStringLiteral("inc-2"))); // another incident
        QCOMPARE(model.rowCount(), 2);

        ActionRecord left = record(QStringLiteral("b"), ActionState::Unknown);
        left.dismissedAt = QDateTime::currentDateTimeUtc();
        left.dismissedBy = QStringLiteral("priya");
        model.upsert(left);
        QCOMPARE(model.index(1, ActionModel::StateColumn).data().toString(),
                 QStringLiteral("Outcome unknown (left as it is)"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActionModel)
#include "tst_actionmodel.moc"
