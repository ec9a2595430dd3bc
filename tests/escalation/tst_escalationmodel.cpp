// The escalation path table: one row per step, deadlines that turn overdue
// as the clock moves, records and policy changes, checked by
// QAbstractItemModelTester throughout.
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/escalation/EscalationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ic;
using ic::test::utc;

namespace {

const QDateTime Detected = utc("2026-11-22T10:00:00.000Z");

const EscalationPolicy &securityTeam()
{
    return *EscalationPolicies::findBuiltIn(EscalationPolicies::securityTeamName());
}

QStringList column(const EscalationModel &m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}

} // namespace

class TestEscalationModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsDeadlinesAndRecords()
    {
        ManualClock clock(Detected.addSecs(-60)); // a minute before detection
        EscalationModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setPolicy(securityTeam());
        QCOMPARE(model.rowCount(), 0); // no incident yet
        QCOMPARE(model.columnCount(), int(EscalationModel::ColumnCount));

        IncidentFacts facts;
        facts.severity = Severity::P1;
        facts.detectedAt = Detected;
        model.setIncident(facts, {});
        // Detect, OnCall, Assess, Lead, Security, Exec (undecided).
        QCOMPARE(
            column(model, EscalationModel::StepColumn),
            (QStringList{QStringLiteral("Incident Detected"), QStringLiteral("On-Call Engineer"),
                         QStringLiteral("Severity?"), QStringLiteral("Engineering Lead"),
                         QStringLiteral("Security Team"), QStringLiteral("Data Breach?")}));
        QCOMPARE(model.index(2, EscalationModel::ContactColumn).data().toString(),
                 QStringLiteral("Answer: P1"));
        QCOMPARE(model.index(5, EscalationModel::ContactColumn).data().toString(),
                 QStringLiteral("Not decided yet"));
        QCOMPARE(model.index(4, EscalationModel::ContactColumn).data().toString(),
                 QStringLiteral("Security Team — Email/Phone"));
        QVERIFY(model.index(4, EscalationModel::DueColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Due ")));
        QCOMPARE(model.index(4, 0).data(EscalationModel::NodeIdRole),
                 QVariant(QStringLiteral("Security")));
        QVERIFY(model.nextText().contains(QStringLiteral("On-Call Engineer (PagerDuty)")));

        // Twenty minutes later: the immediate ones and the Security Team are overdue.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.set(Detected.addSecs(20 * 60));
        model.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 6); // refreshing keeps the rows
        QVERIFY(model.index(4, 0).data(EscalationModel::OverdueRole).toBool());
        QCOMPARE(model.index(4, EscalationModel::StateColumn).data().toString(),
                 QStringLiteral("Overdue"));
        QVERIFY(model.index(4, EscalationModel::DueColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("OVERDUE by 5m")));
        QCOMPARE(model.overlay().overdue, 3);

        // Records arrive; the breach answer adds CEO and Legal.
        EscalationState state;
        state.dataBreach = true;
        EscalationRecord r;
        r.kind = EscalationRecord::Kind::Notified;
        r.role = QStringLiteral("Security Team");
        r.nodeId = QStringLiteral("Security");
        r.actor = QStringLiteral("casey");
        r.at = Detected.addSecs(18 * 60);
        state.records << r;
        model.setIncident(facts, state);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(4, EscalationModel::StateColumn).data().toString(),
                 QStringLiteral("Notified"));
        QVERIFY(model.index(4, EscalationModel::DueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("late")));
        QVERIFY(model.index(4, EscalationModel::NotifiedColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("casey")));
        QCOMPARE(model.rowOf(QStringLiteral("CEO"), 1), 7);
        QCOMPARE(model.index(7, EscalationModel::ContactColumn).data().toString(),
                 QStringLiteral("Legal — Email/Phone"));

        // Another policy, then no incident at all.
        model.setPolicy(*EscalationPolicies::findBuiltIn(EscalationPolicies::platformName()));
        QCOMPARE(column(model, EscalationModel::StepColumn).last(), QStringLiteral("Critical?"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.nextText().isEmpty());
        // A policy with errors shows nothing rather than half a path.
        model.setPolicy(EscalationPolicies::fromMarkdown("# broken\n", QStringLiteral("x")));
        model.setIncident(facts, state);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEscalationModel)
#include "tst_escalationmodel.moc"
