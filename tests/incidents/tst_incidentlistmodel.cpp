// The incident table with its live countdown, and the filter/sort proxy over
// it, driven by a manual clock and checked by QAbstractItemModelTester.
#include "models/core/Clock.h"
#include "models/incidents/IncidentListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ic;

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);

// An incident detected `detectedAgo` seconds before Now; acknowledged
// `ackAgo` seconds before Now unless negative.
Incident make(const QString &ref, Severity severity, qint64 detectedAgo, qint64 ackAgo = -1,
              IncidentStatus status = IncidentStatus::Triage)
{
    Incident i;
    i.id = QStringLiteral("id-") + ref;
    i.ref = ref;
    i.title = QStringLiteral("Incident ") + ref;
    i.severity = severity;
    i.status = status;
    i.detectedAt = Now.addSecs(-detectedAgo);
    if (ackAgo >= 0)
        i.acknowledgedAt = Now.addSecs(-ackAgo);
    if (status == IncidentStatus::Closed)
        i.closedAt = Now;
    i.createdAt = i.detectedAt;
    i.updatedAt = i.detectedAt;
    i.version = 1;
    return i;
}

QStringList refsOf(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, IncidentListModel::RefColumn).data().toString();
    return out;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestIncidentListModel : public QObject
{
    Q_OBJECT
private slots:
    void displaysEveryColumn()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        Incident a = make(QStringLiteral("INC-2026-001"), Severity::P1, 47 * 60 + 55);
        a.title = QStringLiteral("Token used after logout");
        a.summary = QStringLiteral("Details for the tooltip");
        a.status = IncidentStatus::Containment;
        Incident b = make(QStringLiteral("INC-2026-002"), Severity::P3, 60, 30);
        b.commander = QStringLiteral("Dana");
        model.setIncidents({a, b});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));
        QCOMPARE(text(model, 0, IncidentListModel::SeverityColumn), QStringLiteral("P1 High"));
        QCOMPARE(text(model, 0, IncidentListModel::RefColumn), QStringLiteral("INC-2026-001"));
        QCOMPARE(text(model, 0, IncidentListModel::TitleColumn),
                 QStringLiteral("Token used after logout"));
        QCOMPARE(text(model, 0, IncidentListModel::StatusColumn), QStringLiteral("Containment"));
        QCOMPARE(text(model, 0, IncidentListModel::CommanderColumn),
                 QStringLiteral("(unassigned)"));
        QCOMPARE(text(model, 1, IncidentListModel::CommanderColumn), QStringLiteral("Dana"));
        QCOMPARE(text(model, 0, IncidentListModel::ResponseColumn), QStringLiteral("12m 05s left"));
        QCOMPARE(text(model, 1, IncidentListModel::ResponseColumn), QStringLiteral("Responded"));
        // The title whole (the column elides it), then the summary.
        QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 a.title + QStringLiteral("\n\n") + a.summary);
        QCOMPARE(model.index(1, 0).data(IncidentListModel::IncidentIdRole).toString(), b.id);
        QCOMPARE(model.index(1, 0).data(IncidentListModel::SeverityRole).toInt(), 3);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::StatusRole).toInt(),
                 int(IncidentStatus::Containment));
        QCOMPARE(model.index(0, 0).data(IncidentListModel::SecondsLeftRole).toLongLong(), 725);
        QCOMPARE(model.headerData(IncidentListModel::ResponseColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Response"));
        QCOMPARE(model.incidentById(b.id)->ref, b.ref);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(!model.incident(2));

        // The policy decides the labels and the targets.
        model.setPolicy(SeverityPolicy::platform());
        QCOMPARE(text(model, 0, IncidentListModel::ResponseColumn),
                 QStringLiteral("OVERDUE 32m 55s"));
    }

    void upsertInsertsAndUpdatesButNeverGoesBack()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setIncidents({make(QStringLiteral("INC-1"), Severity::P2, 60)});

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Incident added = make(QStringLiteral("INC-2"), Severity::P1, 30);
        model.upsert(added);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(added.id), 1);

        Incident v2 = added;
        v2.version = 2;
        v2.title = QStringLiteral("Renamed in v2");
        v2.severity = Severity::P0;
        changed.clear();
        model.upsert(v2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 1, IncidentListModel::TitleColumn), QStringLiteral("Renamed in v2"));
        QCOMPARE(text(model, 1, IncidentListModel::SeverityColumn), QStringLiteral("P0 Critical"));
        bool wholeRow = false;
        for (const QList<QVariant> &args : changed) {
            const auto tl = args.at(0).value<QModelIndex>();
            const auto br = args.at(1).value<QModelIndex>();
            wholeRow |= tl.row() <= 1 && br.row() >= 1 && tl.column() == 0 &&
                        br.column() == IncidentListModel::ColumnCount - 1;
        }
        QVERIFY(wholeRow);

        // The answer to an earlier save arrives after the later one.
        Incident stale = added;
        stale.title = QStringLiteral("Stale v1");
        changed.clear();
        model.upsert(stale);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 1, IncidentListModel::TitleColumn), QStringLiteral("Renamed in v2"));
        QCOMPARE(model.incidentById(added.id)->version, 2);
        QCOMPARE(changed.count(), 0);

        Incident v3 = v2;
        v3.version = 3;
        v3.title = QStringLiteral("v3");
        model.upsert(v3);
        QCOMPARE(text(model, 1, IncidentListModel::TitleColumn), QStringLiteral("v3"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setIncidents({});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    // `--incident`: a reference first (whatever its case), else the first
    // title in the list that holds the words; nothing for no match or blank.
    void findsTheIncidentAPersonNames()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        Incident a = make(QStringLiteral("INC-2026-001"), Severity::P2, 60);
        a.title = QStringLiteral("Umbrella Health admin exported records");
        Incident b = make(QStringLiteral("INC-2026-002"), Severity::P1, 30);
        b.title = QStringLiteral("Mentions inc-2026-003 in passing");
        Incident c = make(QStringLiteral("INC-2026-003"), Severity::P0, 10);
        c.title = QStringLiteral("Umbrella Health second incident");
        model.setIncidents({a, b, c});
        QCOMPARE(model.findIncident(QStringLiteral("inc-2026-003")), c.id); // ref beats title
        QCOMPARE(model.findIncident(QStringLiteral("  INC-2026-001 ")), a.id);
        const QString first =
            model.incident(0)->title.contains(QLatin1String("Umbrella"))   ? model.incident(0)->id
            : model.incident(1)->title.contains(QLatin1String("Umbrella")) ? model.incident(1)->id
                                                                           : model.incident(2)->id;
        QCOMPARE(model.findIncident(QStringLiteral("umbrella health")), first);
        QCOMPARE(model.findIncident(QStringLiteral("exported")), a.id);
        QVERIFY(model.findIncident(QStringLiteral("no such incident")).isEmpty());
        QVERIFY(model.findIncident(QStringLiteral("   ")).isEmpty());
    }

    void regulatoryClocksCountDownInTheList()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setIncidents({make(QStringLiteral("INC-1"), Severity::P1, 600),
                            make(QStringLiteral("INC-2"), Severity::P2, 600),
                            make(QStringLiteral("INC-3"), Severity::P0, 600)});
        QCOMPARE(model.headerData(IncidentListModel::RegulatoryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Regulatory"));
        IncidentDeadline gdpr;
        gdpr.ruleId = QStringLiteral("gdpr-art33");
        gdpr.ruleName = QStringLiteral("GDPR 72 h");
        gdpr.due = Now.addSecs(5 * 3600 + 3 * 60);
        gdpr.running = 2;
        IncidentDeadline late = gdpr;
        late.due = Now.addSecs(-3600);
        late.running = 1;
        late.conditional = true;
        QSignalSpy present(&model, &IncidentListModel::regulatoryClocksPresent);
        model.setDeadlines(
            {{QStringLiteral("id-INC-1"), gdpr}, {QStringLiteral("id-INC-3"), late}});
        QCOMPARE(present.size(), 1);
        QCOMPARE(present.first().first().toBool(), true);
        QCOMPARE(text(model, 0, IncidentListModel::RegulatoryColumn),
                 QStringLiteral("GDPR 72 h: 5h 03m left"));
        QCOMPARE(text(model, 1, IncidentListModel::RegulatoryColumn), QString());
        QCOMPARE(text(model, 2, IncidentListModel::RegulatoryColumn),
                 QStringLiteral("GDPR 72 h?: OVERDUE by 1h 00m"));
        QVERIFY(model.index(0, IncidentListModel::RegulatoryColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("2 clock(s)")));
        // Sorted by time left: overdue first, then running, then none.
        const auto key = [&](int row) {
            return model.index(row, IncidentListModel::RegulatoryColumn)
                .data(IncidentListModel::SortRole)
                .toLongLong();
        };
        QVERIFY(key(2) < key(0));
        QVERIFY(key(0) < key(1));
        // It counts down with the clock.
        clock.advance(60);
        model.tick();
        QCOMPARE(text(model, 0, IncidentListModel::RegulatoryColumn),
                 QStringLiteral("GDPR 72 h: 5h 02m left"));
    }

    void countdownTicksOnlyTheResponseColumn()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setIncidents({make(QStringLiteral("INC-1"), Severity::P1, 47 * 60 + 55),
                            make(QStringLiteral("INC-2"), Severity::P3, 600, 300),
                            make(QStringLiteral("INC-3"), Severity::P0, 5)});
        QCOMPARE(text(model, 0, IncidentListModel::ResponseColumn), QStringLiteral("12m 05s left"));
        QCOMPARE(text(model, 2, IncidentListModel::ResponseColumn), QStringLiteral("OVERDUE 5s"));
        const QString title = text(model, 0, IncidentListModel::TitleColumn);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(10);
        model.tick();
        QCOMPARE(changed.count(), 1);
        const auto tl = changed.first().at(0).value<QModelIndex>();
        const auto br = changed.first().at(1).value<QModelIndex>();
        const auto roles = changed.first().at(2).value<QList<int>>();
        QCOMPARE(tl.column(), int(IncidentListModel::ResponseColumn));
        QCOMPARE(br.column(), int(IncidentListModel::RegulatoryColumn)); // and the clocks beside it
        QCOMPARE(tl.row(), 0);
        QCOMPARE(br.row(), 2);
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(IncidentListModel::SecondsLeftRole));
        QVERIFY(roles.contains(IncidentListModel::SortRole));

        QCOMPARE(text(model, 0, IncidentListModel::ResponseColumn), QStringLiteral("11m 55s left"));
        QCOMPARE(text(model, 1, IncidentListModel::ResponseColumn), QStringLiteral("Responded"));
        QCOMPARE(text(model, 2, IncidentListModel::ResponseColumn), QStringLiteral("OVERDUE 15s"));
        QCOMPARE(text(model, 0, IncidentListModel::TitleColumn), title);

        clock.advance(12 * 60);
        model.tick();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(text(model, 0, IncidentListModel::ResponseColumn), QStringLiteral("OVERDUE 5s"));

        // An empty table has nothing to tick.
        IncidentListModel empty(clock);
        QSignalSpy none(&empty, &QAbstractItemModel::dataChanged);
        empty.tick();
        QCOMPARE(none.count(), 0);
    }

    void overdueCountFollowsTheClock()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy overdue(&model, &IncidentListModel::overdueCountChanged);
        const Incident p0 = make(QStringLiteral("INC-1"), Severity::P0, 0); // due now
        model.setIncidents({p0, make(QStringLiteral("INC-2"), Severity::P1, 0)});
        QCOMPARE(model.overdueCount(), 0);
        QCOMPARE(overdue.count(), 0);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::ResponseKindRole).toInt(),
                 int(ResponseState::Kind::Running));

        clock.advance(1);
        QCOMPARE(overdue.count(), 0); // nothing is announced until the tick
        model.tick();
        QCOMPARE(overdue.count(), 1);
        QCOMPARE(overdue.last().at(0).toInt(), 1);
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::ResponseKindRole).toInt(),
                 int(ResponseState::Kind::Overdue));
        QCOMPARE(text(model, 0, IncidentListModel::ResponseColumn), QStringLiteral("OVERDUE 1s"));

        clock.advance(30);
        model.tick();
        QCOMPARE(overdue.count(), 1); // still one: no repeat

        clock.advance(3600);
        model.tick();
        QCOMPARE(overdue.count(), 2);
        QCOMPARE(overdue.last().at(0).toInt(), 2);

        // Acknowledged late: no longer overdue.
        Incident answered = p0;
        answered.version = 2;
        answered.acknowledgedAt = clock.now();
        model.upsert(answered);
        QCOMPARE(overdue.count(), 3);
        QCOMPARE(overdue.last().at(0).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::ResponseKindRole).toInt(),
                 int(ResponseState::Kind::MetLate));

        // Closing the other one clears the alarm.
        Incident closed = *model.incident(1);
        closed.version = 2;
        closed.status = IncidentStatus::Closed;
        model.upsert(closed);
        QCOMPARE(overdue.count(), 4);
        QCOMPARE(overdue.last().at(0).toInt(), 0);
    }

    void sortsMostUrgentFirst()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        IncidentFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter(IncidentFilterModel::StatusFilter::All);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setIncidents({
            make(QStringLiteral("A-P2-10m-left"), Severity::P2, 230 * 60),
            make(QStringLiteral("D-P1-ack"), Severity::P1, 600, 500),
            make(QStringLiteral("F-closed-recent"), Severity::P0, 3600, -1, IncidentStatus::Closed),
            make(QStringLiteral("B-P3-overdue-5m"), Severity::P3, 24 * 3600 + 300),
            make(QStringLiteral("G-closed-old"), Severity::P2, 3 * 3600, 3 * 3600,
                 IncidentStatus::Closed),
            make(QStringLiteral("E-P0-ack"), Severity::P0, 5 * 3600, 5 * 3600),
            make(QStringLiteral("C-P1-30m-left"), Severity::P1, 30 * 60),
            make(QStringLiteral("H-P0-overdue-2h"), Severity::P0, 2 * 3600),
        });
        proxy.sort(IncidentListModel::ResponseColumn, Qt::AscendingOrder);
        // Unanswered by time left; then answered open ones by severity (not
        // age); closed last.
        QCOMPARE(refsOf(proxy),
                 (QStringList{QStringLiteral("H-P0-overdue-2h"), QStringLiteral("B-P3-overdue-5m"),
                              QStringLiteral("A-P2-10m-left"), QStringLiteral("C-P1-30m-left"),
                              QStringLiteral("E-P0-ack"), QStringLiteral("D-P1-ack"),
                              QStringLiteral("F-closed-recent"), QStringLiteral("G-closed-old")}));

        // Time moves every countdown alike; acknowledging one moves it down.
        clock.advance(40 * 60);
        model.tick();
        Incident answered = *model.incidentById(QStringLiteral("id-H-P0-overdue-2h"));
        answered.version = 2;
        answered.acknowledgedAt = clock.now();
        model.upsert(answered);
        proxy.sort(IncidentListModel::ResponseColumn, Qt::AscendingOrder);
        QCOMPARE(refsOf(proxy).mid(0, 6),
                 (QStringList{QStringLiteral("B-P3-overdue-5m"), QStringLiteral("A-P2-10m-left"),
                              QStringLiteral("C-P1-30m-left"), QStringLiteral("H-P0-overdue-2h"),
                              QStringLiteral("E-P0-ack"), QStringLiteral("D-P1-ack")}));
        QCOMPARE(proxy.index(2, IncidentListModel::ResponseColumn).data().toString(),
                 QStringLiteral("OVERDUE 10m 00s"));

        // Other columns sort by their own keys.
        proxy.sort(IncidentListModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(IncidentListModel::SeverityRole).toInt(), 0);
        QCOMPARE(proxy.index(7, 0).data(IncidentListModel::SeverityRole).toInt(), 3);
        proxy.sort(IncidentListModel::DetectedColumn, Qt::DescendingOrder);
        QCOMPARE(refsOf(proxy).first(), QStringLiteral("D-P1-ack"));
    }

    void filters_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("refs");
        const int active = int(IncidentFilterModel::StatusFilter::Active);
        const int all = int(IncidentFilterModel::StatusFilter::All);
        const int closed = int(IncidentFilterModel::StatusFilter::Closed);
        const QString i1 = QStringLiteral("INC-2026-001");
        const QString i2 = QStringLiteral("INC-2026-002");
        const QString i3 = QStringLiteral("INC-2026-003");
        const QString i17 = QStringLiteral("INC-2025-017");

        QTest::newRow("active") << active << -1 << QString() << QStringList{i1, i2, i17};
        QTest::newRow("all") << all << -1 << QString() << QStringList{i1, i2, i3, i17};
        QTest::newRow("closed") << closed << -1 << QString() << QStringList{i3};
        QTest::newRow("P0 only") << all << 0 << QString() << QStringList{i2};
        QTest::newRow("P2 active") << active << 2 << QString() << QStringList{};
        QTest::newRow("P2 all") << all << 2 << QString() << QStringList{i3};
        QTest::newRow("P3 closed") << closed << 3 << QString() << QStringList{};
        QTest::newRow("ref, lower case")
            << all << -1 << QStringLiteral("inc-2026-002") << QStringList{i2};
        QTest::newRow("ref year") << all << -1 << QStringLiteral("INC-2025") << QStringList{i17};
        QTest::newRow("title word, upper case")
            << all << -1 << QStringLiteral("TOKEN") << QStringList{i1, i17};
        QTest::newRow("commander") << all << -1 << QStringLiteral("dana") << QStringList{i1};
        QTest::newRow("commander, padded")
            << all << -1 << QStringLiteral("  fOx ") << QStringList{i17};
        QTest::newRow("affected user") << all << -1 << QStringLiteral("USER-42") << QStringList{i1};
        QTest::newRow("affected tenant") << all << -1 << QStringLiteral("acme") << QStringList{i3};
        QTest::newRow("affected tenant, active")
            << active << -1 << QStringLiteral("acme") << QStringList{};
        QTest::newRow("affected api key")
            << all << -1 << QStringLiteral("ak_LIVE_abc") << QStringList{i2};
        QTest::newRow("no match") << all << -1 << QStringLiteral("zzz") << QStringList{};
        QTest::newRow("regex characters are literal")
            << all << -1 << QStringLiteral(".*") << QStringList{};
        QTest::newRow("all three") << active << 1 << QStringLiteral("token") << QStringList{i1};
    }

    void filters()
    {
        QFETCH(int, status);
        QFETCH(int, severity);
        QFETCH(QString, search);
        QFETCH(QStringList, refs);

        ManualClock clock(Now);
        IncidentListModel model(clock);
        IncidentFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

        Incident a = make(QStringLiteral("INC-2026-001"), Severity::P1, 600);
        a.title = QStringLiteral("Token used after logout");
        a.commander = QStringLiteral("Dana Scully");
        a.affectedUsers = {QStringLiteral("user-42")};
        Incident b = make(QStringLiteral("INC-2026-002"), Severity::P0, 300, -1,
                          IncidentStatus::Containment);
        b.title = QStringLiteral("API key used from many IPs");
        b.affectedApiKeys = {QStringLiteral("ak_live_ABC123")};
        Incident c =
            make(QStringLiteral("INC-2026-003"), Severity::P2, 9000, 8000, IncidentStatus::Closed);
        c.title = QStringLiteral("Bulk export by tenant");
        c.affectedTenants = {QStringLiteral("tenant-Acme")};
        Incident d = make(QStringLiteral("INC-2025-017"), Severity::P3, 86400 * 40, 86400 * 39,
                          IncidentStatus::Recovery);
        d.title = QStringLiteral("Failed token validations");
        d.commander = QStringLiteral("Fox");
        d.affectedUsers = {QStringLiteral("user-7")};
        model.setIncidents({a, b, c, d});

        QCOMPARE(proxy.statusFilter(), IncidentFilterModel::StatusFilter::Active); // default
        proxy.setStatusFilter(IncidentFilterModel::StatusFilter(status));
        proxy.setSeverityFilter(severity);
        proxy.setSearchText(search);
        QCOMPARE(proxy.severityFilter(), severity);

        QStringList shown = refsOf(proxy);
        shown.sort();
        refs.sort();
        QCOMPARE(shown, refs);

        // Clearing the filters shows everything again.
        proxy.setStatusFilter(IncidentFilterModel::StatusFilter::All);
        proxy.setSeverityFilter(-1);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void editedRowsAreFilteredAgain()
    {
        ManualClock clock(Now);
        IncidentListModel model(clock);
        IncidentFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Incident a = make(QStringLiteral("INC-1"), Severity::P1, 60);
        const Incident b = make(QStringLiteral("INC-2"), Severity::P2, 60);
        model.setIncidents({a, b});
        QCOMPARE(proxy.rowCount(), 2); // Active

        // Closed from the detail pane while the list shows active incidents.
        Incident closed = a;
        closed.version = 2;
        closed.status = IncidentStatus::Closed;
        model.upsert(closed);
        QCOMPARE(refsOf(proxy), QStringList{QStringLiteral("INC-2")});

        // Reopened: back in the list.
        Incident reopened = closed;
        reopened.version = 3;
        reopened.status = IncidentStatus::Recovery;
        model.upsert(reopened);
        QCOMPARE(proxy.rowCount(), 2);

        // A severity change under a severity filter.
        proxy.setSeverityFilter(2);
        QCOMPARE(refsOf(proxy), QStringList{QStringLiteral("INC-2")});
        Incident raised = b;
        raised.version = 2;
        raised.severity = Severity::P0;
        model.upsert(raised);
        QCOMPARE(proxy.rowCount(), 0);

        // New incidents that match appear, others do not.
        proxy.setSeverityFilter(-1);
        proxy.setSearchText(QStringLiteral("needle"));
        Incident other = make(QStringLiteral("INC-3"), Severity::P3, 10);
        model.upsert(other);
        QCOMPARE(proxy.rowCount(), 0);
        Incident needle = make(QStringLiteral("INC-4"), Severity::P3, 10);
        needle.title = QStringLiteral("Needle in the logs");
        model.upsert(needle);
        QCOMPARE(refsOf(proxy), QStringList{QStringLiteral("INC-4")});
    }
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
