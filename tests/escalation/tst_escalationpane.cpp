// The Escalation tab offscreen, in the real main window on a real
// workspace: the incident's path lit up, overdue flagged in words, one click
// records "notified" as a hash-chained incident event, the data-breach
// answer reroutes the path, keyboard walks the nodes, zoom, export, import,
// and a reviewer cannot record anything.
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/escalation/EscalationModel.h"
#include "models/escalation/EscalationRepository.h"
#include "models/escalation/EscalationStore.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/escalation/EscalationGraphView.h"
#include "ui/escalation/EscalationNodePanel.h"
#include "ui/escalation/EscalationPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ic;

namespace {

const QDateTime Detected =
    QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);
const QDateTime Now = Detected.addSecs(20 * 60); // Security Team (P0/P1: <15 min) is overdue

// The workspace read directly, the way a second workstation would.
struct Direct
{
    explicit Direct(const QString &path) : name(QStringLiteral("direct-%1").arg(++counter))
    {
        ok = Workspace::open(ConnectionSpec::sqlite(path), {}, name, Now).ok();
    }
    ~Direct() { Db::close(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QList<IncidentEvent> events(const QString &incident) const
    {
        QSqlDatabase d = db();
        auto e = EventLog::events(d, incident);
        return e ? e.value() : QList<IncidentEvent>();
    }
    QString name;
    bool ok = false;
    static inline int counter = 0;
};

QString createWorkspace(const QString &path, Severity severity)
{
    Direct d(path);
    if (!d.ok)
        return {};
    NewIncident n;
    n.title = QStringLiteral("Customer data exported by a leaked key");
    n.severity = severity;
    n.detectedAt = Detected;
    auto inc = IncidentRepository(d.db(), Now).create(n, QStringLiteral("casey.commander"));
    return inc ? inc->id : QString();
}

QPushButton *button(QWidget *in, const char *name, int index = 0)
{
    const QList<QPushButton *> all = in->findChildren<QPushButton *>(QLatin1String(name));
    return all.value(index);
}

} // namespace

class TestEscalationPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{Now};

    std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, m_clock);
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        w->openSqliteFile(path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        return w;
    }

    // Brings the Escalation tab forward and waits for graph and record.
    EscalationPane *showPane(MainWindow *w)
    {
        auto *pane = qobject_cast<EscalationPane *>(w->showPane(QStringLiteral("escalationPane")));
        if (!pane)
            return nullptr;
        for (QTabWidget *tabs : w->findChildren<QTabWidget *>()) {
            if (tabs->indexOf(pane) >= 0)
                tabs->setCurrentWidget(pane);
        }
        if (!QTest::qWaitFor(
                [&] { return pane->graph()->isLaidOut() && pane->model()->hasIncident(); }, 20000))
            return nullptr;
        return pane;
    }

    void click(EscalationGraphView *view, const QString &node)
    {
        const QPoint p = view->mapFromScene(view->nodeSceneRect(node).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
    }

    void recordNotificationOnANode()
    {
        const QString path = m_dir.filePath(QStringLiteral("escalation.icw"));
        const QString incident = createWorkspace(path, Severity::P1);
        QVERIFY(!incident.isEmpty());
        auto w = openWindow(path);
        QVERIFY(w);
        EscalationPane *pane = showPane(w.get());
        QVERIFY2(pane, "the Escalation tab shows the graph and the incident's record");
        QAbstractItemModelTester tester(pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EscalationGraphView *view = pane->graph();

        // The P1 path is lit: Assess -> Lead taken, Assess -> OnCall not; the
        // Security Team is overdue, in words; the breach decision is open.
        QVERIFY(view->edgeHighlighted(2));
        QVERIFY(!view->edgeHighlighted(3));
        QVERIFY2(view->nodeText(QStringLiteral("Security")).contains(QStringLiteral("OVERDUE")),
                 qPrintable(view->nodeText(QStringLiteral("Security"))));
        QVERIFY(view->nodeText(QStringLiteral("Assess")).contains(QStringLiteral("P1")));
        QVERIFY(view->nodeText(QStringLiteral("Exec")).contains(QStringLiteral("Decision needed")));
        QCOMPARE(view->nodeText(QStringLiteral("Monitor")), QStringLiteral("Monitor"));
        auto *next = pane->findChild<QLabel *>(QStringLiteral("nextEscalationLabel"));
        QVERIFY2(next->text().contains(QStringLiteral("overdue")), qPrintable(next->text()));

        // Nodes never overlap on screen either.
        const QStringList order = view->nodeOrder();
        QCOMPARE(order.size(), 8);
        QCOMPARE(order.first(), QStringLiteral("Detect"));
        for (int i = 0; i < order.size(); ++i)
            for (int j = i + 1; j < order.size(); ++j)
                QVERIFY(
                    !view->nodeSceneRect(order.at(i)).intersects(view->nodeSceneRect(order.at(j))));

        // Click the Security Team; its panel offers the contact and the actions.
        click(view, QStringLiteral("Security"));
        QTRY_COMPARE(view->currentNode(), QStringLiteral("Security"));
        auto *panel = pane->findChild<EscalationNodePanel *>(QStringLiteral("escalationNodePanel"));
        QTRY_COMPARE(panel->findChild<QLabel *>(QStringLiteral("nodeTitleLabel"))->text(),
                     QStringLiteral("Security Team"));
        QPushButton *copy = button(panel, "copyContactButton");
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Email/Phone"));

        QPushButton *notify = button(panel, "notifyButton");
        QVERIFY(notify && notify->isEnabled());
        QTest::mouseClick(notify, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->overlay().node(QStringLiteral("Security"))->state,
                                  NodeState::Notified, 20000);
        QVERIFY(view->nodeText(QStringLiteral("Security")).contains(QStringLiteral("Notified")));
        QTRY_COMPARE(pane->store()->pending(), 0);

        // Stored as a chained incident event: who, when, which contact.
        {
            Direct d(path);
            const QList<IncidentEvent> events = d.events(incident);
            QVERIFY(!events.isEmpty());
            const IncidentEvent &e = events.last();
            QCOMPARE(e.kind, EscalationRepository::NotifiedKind);
            QCOMPARE(e.actor, QStringLiteral("casey.commander"));
            QCOMPARE(e.occurredAt, Now);
            QCOMPARE(e.details.value(QStringLiteral("role")).toString(),
                     QStringLiteral("Security Team"));
            QCOMPARE(e.details.value(QStringLiteral("contact")).toString(),
                     QStringLiteral("Email/Phone"));
            QCOMPARE(e.details.value(QStringLiteral("late")).toBool(), true);
            QSqlDatabase db = d.db();
            auto chain = EventLog::verify(db, incident);
            QVERIFY(chain.ok() && chain->intact);
        }

        // The path table says the same in words.
        auto *table = pane->findChild<QTableView *>(QStringLiteral("escalationPathTable"));
        const int row = pane->model()->rowOf(QStringLiteral("Security"));
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, EscalationModel::StateColumn).data().toString(),
                 QStringLiteral("Notified"));
        QVERIFY(table->model()
                    ->index(row, EscalationModel::NotifiedColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("casey.commander")));

        // Acknowledged, one click more.
        QTest::mouseClick(button(panel, "acknowledgeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->overlay().node(QStringLiteral("Security"))->state,
                                  NodeState::Acknowledged, 20000);

        // The data-breach answer at the decision node reroutes to CEO/Legal.
        click(view, QStringLiteral("Exec"));
        QTRY_COMPARE(view->currentNode(), QStringLiteral("Exec"));
        QPushButton *yes = button(panel, "breachYesButton");
        QVERIFY(yes && yes->isEnabled());
        QTest::mouseClick(yes, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->overlay().path.contains(QStringLiteral("CEO")),
                                 20000);
        QTRY_VERIFY(view->nodeText(QStringLiteral("Exec")).contains(QStringLiteral("Yes")));
        QCOMPARE(pane->findChild<QComboBox *>(QStringLiteral("dataBreachCombo"))->currentIndex(),
                 1);
        QVERIFY(view->nodeText(QStringLiteral("CEO")).contains(QStringLiteral("Due")));
        {
            Direct d(path);
            QSqlDatabase db = d.db();
            auto q = Db::exec(db,
                              QStringLiteral("SELECT data_breach FROM ic_escalation_state WHERE "
                                             "incident_id = ?"),
                              {incident});
            QVERIFY(q.ok() && q->next());
            QCOMPARE(q->value(0).toInt(), 1);
        }

        // Keyboard: Tab walks the nodes in reading order, Enter opens the
        // node's actions, Escape returns to the graph.
        view->setFocus(Qt::OtherFocusReason);
        view->setCurrentNode(QStringLiteral("Detect"));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentNode(), order.at(1));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentNode(), order.at(2));
        QTest::keyClick(view, Qt::Key_Backtab);
        QCOMPARE(view->currentNode(), order.at(1));
        view->setCurrentNode(QStringLiteral("CEO"));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(panel->isAncestorOf(QApplication::focusWidget()));
        // CEO and Legal stand behind one node: one set of actions each.
        QCOMPARE(panel->findChildren<QPushButton *>(QStringLiteral("notifyButton")).size(), 2);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("notifyButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // notifies the CEO
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()
                                     ->overlay()
                                     .node(QStringLiteral("CEO"))
                                     ->contacts.first()
                                     .notifiedAt.isValid(),
                                 20000);
        QTRY_VERIFY(view->nodeText(QStringLiteral("CEO")).contains(QStringLiteral("1/2 notified")));
        QTRY_VERIFY(panel->isAncestorOf(QApplication::focusWidget())); // focus kept
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(view->hasFocus());

        // Zoom with the keyboard, then follow the path again.
        const qreal before = view->zoom();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(view->zoom() > before);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < before);
        // Follow: readable (100 % to 150 %), whatever the zoom was.
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->zoom() >= 1.0 && view->zoom() <= 1.5);

        // Export: SVG with the labels as text, PNG at twice the size.
        const QString svg = m_dir.filePath(QStringLiteral("graph.svg"));
        QVERIFY(view->exportSvg(svg).ok());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("Security Team"));
        const QString png = m_dir.filePath(QStringLiteral("graph.png"));
        QVERIFY(view->exportPng(png).ok());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 2 * int(view->sceneRect().width()) - 2);
        const auto bad = view->exportPng(m_dir.filePath(QStringLiteral("no/such/dir/x.png")));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("nothing was exported")));
    }

    // At 1366×768 the graph takes the pane's width and most of its height,
    // its text at the body size or larger (zoom 100 % or more), centred on
    // the incident's current step; the node panel is a side part of the
    // ladder below. Taking command of the incident answers the on-call page:
    // "On-Call Engineer" is no longer overdue, in the graph and the ladder.
    void graphFillsThePaneReadably()
    {
        const QString path = m_dir.filePath(QStringLiteral("readable.icw"));
        const QString incident = createWorkspace(path, Severity::P1);
        QVERIFY(!incident.isEmpty());
        auto w = openWindow(path);
        QVERIFY(w);
        w->resize(1366, 768);
        EscalationPane *pane = showPane(w.get());
        QVERIFY(pane);
        EscalationGraphView *view = pane->graph();
        // A wide view redraws the top-down chart left to right: wait for it.
        QTRY_VERIFY(view->isLaidOut() && view->drawnDirection() == QLatin1String("LR"));
        const double area = double(view->width()) * view->height();
        const double paneArea = double(pane->width()) * pane->height();
        QVERIFY2(area >= 0.5 * paneArea, qPrintable(QStringLiteral("graph %1×%2 in a pane of %3×%4")
                                                        .arg(view->width())
                                                        .arg(view->height())
                                                        .arg(pane->width())
                                                        .arg(pane->height())));
        QVERIFY(view->width() >= pane->width() * 9 / 10);
        auto *nodeArea = pane->findChild<QWidget *>(QStringLiteral("escalationNodeArea"));
        QVERIFY(nodeArea);
        QVERIFY2(nodeArea->width() <= pane->width() / 2,
                 qPrintable(QString::number(nodeArea->width())));

        // Text: the graph's fonts are the body font or larger, drawn at 100 %+.
        const qreal body = pane->font().pointSizeF();
        const EscalationGraphStyle &style = view->graphStyle();
        for (const QFont &f : {style.font, style.bold, style.small})
            QVERIFY2(f.pointSizeF() >= body, qPrintable(QString::number(f.pointSizeF())));
        QVERIFY2(view->zoom() >= 1.0, qPrintable(QString::number(view->zoom())));

        // It follows the path: the first overdue step is on screen.
        const QString focus = view->focusNode();
        QCOMPARE(focus, QStringLiteral("OnCall"));
        const QRect onScreen = view->mapFromScene(view->nodeSceneRect(focus)).boundingRect();
        QVERIFY2(view->viewport()->rect().contains(onScreen),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(onScreen.x())
                                .arg(onScreen.y())
                                .arg(onScreen.width())
                                .arg(onScreen.height())));
        QVERIFY(view->nodeText(QStringLiteral("OnCall")).contains(QStringLiteral("OVERDUE")));

        // The commander takes the incident: the page was answered.
        auto *store = w->findChild<IncidentStore *>();
        QVERIFY(store);
        const Incident current = *w->incidentModel()->incident(0);
        IncidentPatch take;
        take.commander = QStringLiteral("priya.shah");
        store->update(current.id, current.version, take);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->nodeText(QStringLiteral("OnCall")).contains(QStringLiteral("Acknowledged")),
            10000);
        QVERIFY(!view->nodeText(QStringLiteral("OnCall")).contains(QStringLiteral("OVERDUE")));
        const int row = pane->model()->rowOf(QStringLiteral("OnCall"));
        QVERIFY(!pane->model()->index(row, 0).data(EscalationModel::OverdueRole).toBool());
        QVERIFY(pane->model()
                    ->index(row, EscalationModel::AcknowledgedColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("priya.shah")));
        // The view now follows the next overdue step.
        QTRY_COMPARE(view->focusNode(), QStringLiteral("Lead"));

        // The ladder below fits its width: no horizontal scroll; who, the
        // deadline and the state shown, the state whole; what makes room
        // (the times, then the step: who begins with its role) is in the
        // state's tooltip, and every cell's whole text in its own.
        auto *ladder = pane->findChild<QTableView *>(QStringLiteral("escalationPathTable"));
        QVERIFY(ladder);
        QTRY_VERIFY2(ladder->horizontalHeader()->length() <= ladder->viewport()->width(),
                     qPrintable(QStringLiteral("%1 px in %2")
                                    .arg(ladder->horizontalHeader()->length())
                                    .arg(ladder->viewport()->width())));
        using M = EscalationModel;
        for (const int c : {M::ContactColumn, M::DueColumn, M::StateColumn})
            QVERIFY2(!ladder->isColumnHidden(c) && ladder->columnWidth(c) > 40,
                     qPrintable(QString::number(c)));
        const QModelIndex state = ladder->model()->index(row, M::StateColumn);
        QVERIFY(ladder->columnWidth(M::StateColumn) >=
                ladder->fontMetrics().horizontalAdvance(state.data().toString()));
        QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("priya.shah")),
                 qPrintable(state.data(Qt::ToolTipRole).toString()));
        const QModelIndex who = ladder->model()->index(row, M::ContactColumn);
        QVERIFY(who.data(Qt::ToolTipRole).toString().startsWith(who.data().toString()));

        // "Whole graph" shows all of it; "Follow" is readable again.
        // From the keyboard: the shortcuts belong to the pane, so the focus
        // must be in it (as after a click on the graph).
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier | Qt::ShiftModifier);
        const QRect all = view->mapFromScene(view->sceneRect()).boundingRect();
        QVERIFY2(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(all),
                 qPrintable(QStringLiteral("graph %1x%2+%3+%4 in a view of %5x%6, zoom %7")
                                .arg(all.width())
                                .arg(all.height())
                                .arg(all.x())
                                .arg(all.y())
                                .arg(view->viewport()->width())
                                .arg(view->viewport()->height())
                                .arg(view->zoom())));
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->zoom() >= 1.0);
    }

    void importTeamPolicy()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.icw"));
        QVERIFY(!createWorkspace(path, Severity::P0).isEmpty());
        auto w = openWindow(path);
        QVERIFY(w);
        EscalationPane *pane = showPane(w.get());
        QVERIFY(pane);
        const QString file = m_dir.filePath(QStringLiteral("night-shift.md"));
        QVERIFY(QFile::copy(QStringLiteral(":/escalation/platform.md"), file));

        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("importPolicyButton")),
                          Qt::LeftButton);
        QFileDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = pane->findChild<QFileDialog *>(QStringLiteral("importPolicyDialog"))));
        dlg->selectFile(file);
        static_cast<QDialog *>(dlg)->accept(); // as the Open button does
        auto *combo = pane->findChild<QComboBox *>(QStringLiteral("policyCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(combo->currentData().toString(), QStringLiteral("night-shift"),
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->graph()->isLaidOut() &&
                                     !pane->graph()->nodeSceneRect(QStringLiteral("CTO")).isEmpty(),
                                 20000);
        // P0 on the platform chain reaches the CTO.
        QTRY_VERIFY(pane->model()->overlay().path.contains(QStringLiteral("CTO")));

        // A broken file is refused with its line, and nothing changes.
        const QString broken = m_dir.filePath(QStringLiteral("broken.md"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("```mermaid\ngraph TD\nA -> B\n```\n");
        b.close();
        pane->store()->importPolicyFile(broken);
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("escalationBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->text().contains(QStringLiteral("not imported")), 20000);
        QVERIFY(banner->text().contains(QStringLiteral("Line 3")));
        QCOMPARE(combo->count(), 3);

        // Back to the built-in policy, through the combo box.
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->policy().name,
                                  EscalationPolicies::securityTeamName(), 20000);
    }

    // A policy document with two flowcharts: the pane offers a choice,
    // picking the second draws it and the workspace keeps it (a new window
    // shows the same); a policy with one flowchart shows no choice.
    void pickTheFlowchartOfADocumentWithSeveral()
    {
        const QString path = m_dir.filePath(QStringLiteral("pick.icw"));
        QVERIFY(!createWorkspace(path, Severity::P1).isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("two-charts.md"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# On-call\n\n## Paging\n\n```mermaid\nflowchart TD\n  Pager --> Lead\n```\n\n"
                "## Security escalation\n\n```mermaid\nflowchart LR\n"
                "  Analyst --> CISO --> CEO\n```\n");
        f.close();
        int chosen = -1;
        {
            auto w = openWindow(path);
            QVERIFY(w);
            EscalationPane *pane = showPane(w.get());
            QVERIFY(pane);
            auto *picker = pane->findChild<QComboBox *>(QStringLiteral("policyGraphCombo"));
            QVERIFY(picker);
            QVERIFY(!picker->isVisible()); // the built-in policy has one flowchart
            pane->store()->importPolicyFile(file);
            QTRY_COMPARE_WITH_TIMEOUT(pane->model()->policy().name, QStringLiteral("two-charts"),
                                      20000);
            QTRY_VERIFY_WITH_TIMEOUT(picker->isVisible(), 20000);
            QCOMPARE(picker->count(), 2);
            QVERIFY(picker->itemText(1).contains(QLatin1String("Security escalation")));
            QVERIFY(picker->isEnabled());
            const int before = pane->model()->policy().graphIndex;
            const int other = before == 0 ? 1 : 0;
            chosen = other;
            picker->setCurrentIndex(other);
            emit picker->activated(other);
            QTRY_COMPARE_WITH_TIMEOUT(pane->model()->policy().graphIndex, other, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(pane->graph()->isLaidOut() &&
                                         !pane->graph()
                                              ->nodeSceneRect(other == 1 ? QStringLiteral("CISO")
                                                                         : QStringLiteral("Lead"))
                                              .isEmpty(),
                                     20000);
            auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("escalationBanner"));
            QTRY_VERIFY(banner->isVisible() &&
                        banner->text().contains(QStringLiteral("flowchart %1").arg(other + 1)));
        }
        auto again = openWindow(path);
        QVERIFY(again);
        EscalationPane *pane = showPane(again.get());
        QVERIFY(pane);
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->policy().name, QStringLiteral("two-charts"),
                                  20000);
        const int kept = pane->model()->policy().graphIndex;
        QCOMPARE(kept, chosen);
        auto *picker = pane->findChild<QComboBox *>(QStringLiteral("policyGraphCombo"));
        QCOMPARE(picker->currentData().toInt(), kept + 1);
    }

    void reviewerCannotRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("review.icw"));
        const QString incident = createWorkspace(path, Severity::P1);
        QVERIFY(!incident.isEmpty());
        // A reviewer profile: the session says what it may do.
        ConnectionProfile profile = ConnectionProfile::forSqlite(path);
        profile.readOnly = true;
        WorkspaceSession session(profile, m_settings, nullptr, m_clock, {.live = false});
        auto opened = session.openAndWait();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        QVERIFY(!session.permissions().canEdit());
        Direct d(path);
        auto inc = IncidentRepository(d.db(), Now).get(incident);
        QVERIFY(inc.ok());

        PaneContext context;
        context.session = &session;
        context.settings = &m_settings;
        EscalationPane pane(context);
        pane.resize(1000, 700);
        pane.show();
        pane.setIncident(&inc.value());
        QTRY_VERIFY_WITH_TIMEOUT(pane.graph()->isLaidOut() && pane.model()->hasIncident(), 20000);
        pane.graph()->setCurrentNode(QStringLiteral("Security"));
        auto *panel = pane.findChild<EscalationNodePanel *>();
        QTRY_VERIFY(button(panel, "notifyButton"));
        QVERIFY(!button(panel, "notifyButton")->isEnabled());
        QVERIFY(button(panel, "copyContactButton")->isEnabled()); // reading is fine
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("importPolicyButton"))->isEnabled());
        QVERIFY(!pane.findChild<QComboBox *>(QStringLiteral("dataBreachCombo"))->isEnabled());
        // Even asked directly, the store refuses before writing.
        const int before = int(d.events(incident).size());
        QSignalSpy failed(pane.store(), &EscalationStore::failed);
        pane.store()->setDataBreach(incident, true);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(int(d.events(incident).size()), before);
        pane.setIncident(nullptr);
        QVERIFY(!pane.model()->hasIncident());
    }
};

QTEST_MAIN(TestEscalationPane)
#include "tst_escalationpane.moc"
