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

    // The commander took the incident three minutes after detection: the
    // on-call page was answered, so "On-Call Engineer" is acknowledged, not
    // "OVERDUE 7h46m" hours later (the demo's insider incident showed that).
    // The nodes after it still count.
    void incidentAcknowledgementAnswersTheFirstPage()
    {
        ManualClock clock(Detected.addSecs(466 * 60));
        EscalationModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setPolicy(securityTeam());
        IncidentFacts facts;
        facts.severity = Severity::P0;
        facts.detectedAt = Detected;
        model.setIncident(facts, {});
        const int onCall = model.rowOf(QStringLiteral("OnCall"));
        QVERIFY(onCall >= 0);
        // Without the acknowledgement it is overdue (the test fails if the
        // acknowledgement is ignored again).
        QVERIFY(model.index(onCall, 0).data(EscalationModel::OverdueRole).toBool());
        const QString before = model.index(onCall, EscalationModel::DueColumn).data().toString();
        QVERIFY2(before.startsWith(QStringLiteral("OVERDUE by 7h 46m")), qPrintable(before));
        const int overdueBefore = model.overlay().overdue;

        facts.acknowledgedAt = Detected.addSecs(3 * 60);
        facts.acknowledgedBy = QStringLiteral("priya.shah");
        model.setIncident(facts, {});
        QVERIFY(!model.index(onCall, 0).data(EscalationModel::OverdueRole).toBool());
        QCOMPARE(model.index(onCall, EscalationModel::StateColumn).data().toString(),
                 QStringLiteral("Acknowledged"));
        const QString ack =
            model.index(onCall, EscalationModel::AcknowledgedColumn).data().toString();
        QVERIFY2(ack.contains(QStringLiteral("priya.shah")), qPrintable(ack));
        QCOMPARE(model.overlay().overdue, overdueBefore - 1);
        const NodeStatus *n = model.overlay().node(QStringLiteral("OnCall"));
        QVERIFY(n && n->state == NodeState::Acknowledged);
        QVERIFY(n->contacts.first().acknowledgedByIncident);
        // "Immediate" and answered three minutes later: late, and it says so.
        QVERIFY(n->contacts.first().late);
        // The Engineering Lead (P0/P1: Immediate) was nobody's acknowledgement.
        const NodeStatus *lead = model.overlay().node(QStringLiteral("Lead"));
        QVERIFY(lead && lead->state == NodeState::Overdue);
        // Next is no longer the on-call engineer.
        QVERIFY2(!model.nextText().contains(QStringLiteral("On-Call")),
                 qPrintable(model.nextText()));

        // An explicit, earlier acknowledgement record keeps its own time and name.
        EscalationState state;
        EscalationRecord r;
        r.kind = EscalationRecord::Kind::Acknowledged;
        r.role = QStringLiteral("On-Call Engineer");
        r.nodeId = QStringLiteral("OnCall");
        r.actor = QStringLiteral("sam.okafor");
        r.at = Detected.addSecs(60);
        state.records << r;
        model.setIncident(facts, state);
        n = model.overlay().node(QStringLiteral("OnCall"));
        QVERIFY(n && !n->contacts.first().acknowledgedByIncident);
        QCOMPARE(n->contacts.first().acknowledgedBy, QStringLiteral("sam.okafor"));
        QCOMPARE(n->contacts.first().acknowledgedAt, Detected.addSecs(60));

        // The platform policy: a decision first, then the on-call engineer.
        model.setPolicy(*EscalationPolicies::findBuiltIn(EscalationPolicies::platformName()));
        model.setIncident(facts, {});
        n = model.overlay().node(QStringLiteral("OnCall"));
        QVERIFY(n && n->state == NodeState::Acknowledged);
        const NodeStatus *securityLead = model.overlay().node(QStringLiteral("SecurityLead"));
        QVERIFY(securityLead && securityLead->state == NodeState::Overdue);
    }
};

QTEST_GUILESS_MAIN(TestEscalationModel)
#include "tst_escalationmodel.moc"
