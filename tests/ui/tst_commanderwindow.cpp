// The commander's window offscreen, at a fixed moment: the incident header
// on every main tab with the right next deadline of each clock, the status
// bar's overdue count as the sum of everything overdue (and a click on it
// goes to the worst), every pane reachable by name and Ctrl+digit, the
// Response column whole at 1366×768 in English and German, closing with a
// resolution and Undo, and feedback after edits and palette actions.
#include "WorkspaceFixture.h"
#include "models/actions/ActionKind.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/core/TimeText.h"
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"
#include "models/escalation/EscalationRepository.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/ClockRepository.h"
#include "models/playbooks/ChecklistRepository.h"
#include "models/playbooks/PlaybookReader.h"
#include "models/session/IncidentClocks.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/Panes.h"
#include "ui/actions/CommandPalette.h"
#include "ui/incidents/CloseIncidentDialog.h"
#include "ui/shell/IncidentHeader.h"
#include "ui/shell/PaneNavigation.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/Toast.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace ic;
using namespace ic::test;

namespace {

// 18:00 UTC on a fixed day: every deadline below is known in advance.
const QDateTime T0 = utc("2026-11-22T18:00:00.000Z");

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestCommanderWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{T0};
    QString m_path;
    QString m_breach;  // P0, acknowledged, playbook attached, GDPR running
    QString m_phish;   // P1, nobody answered: response overdue by 30 min
    QString m_quiet;   // P3, nothing overdue
    QString m_unaware; // P2, personal data in the EU, "became aware" unset

    std::unique_ptr<MainWindow> openWindow(const Clock &clock)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, clock);
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->resize(1366, 768);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        w->openSqliteFile(m_path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        // The escalation and checklist deadlines are read after the list.
        if (!QTest::qWaitFor([&] { return w->session()->clocks()->isLoaded(); }, 20000))
            return nullptr;
        return w;
    }

    bool settled(MainWindow *w)
    {
        return QTest::qWaitFor([&] { return w->incidentStore()->pending() == 0; }, 20000);
    }

    // What a direct read of the workspace says is overdue at T0, counted
    // here without the window's model: open checklist steps past due, and
    // escalation contacts past due with nobody notified.
    int overdueSteps(QSqlDatabase &db, const QString &id)
    {
        auto lists = ChecklistRepository(db, T0).load(id);
        int n = 0;
        for (const ChecklistItem &item : lists.value().items)
            n += !item.isSettled() && item.due(lists->detectedAt).isValid() &&
                         item.due(lists->detectedAt) < T0
                     ? 1
                     : 0;
        return n;
    }
    int overdueEscalations(QSqlDatabase &db, const Incident &inc)
    {
        auto state = EscalationRepository(db, T0).state(inc.id);
        IncidentFacts facts;
        facts.severity = inc.severity;
        facts.dataBreach = state->dataBreach;
        facts.detectedAt = inc.detectedAt;
        facts.decisions = state->decisions;
        facts.acknowledgedAt = inc.acknowledgedAt;
        facts.acknowledgedBy = inc.commander;
        const EscalationPolicy *policy =
            EscalationPolicies::findBuiltIn(EscalationPolicies::securityTeamName());
        return computeOverlay(*policy, facts, state->records, T0).overdue;
    }

    // Whether every Response cell's text, as the delegate draws it, fits its column.
    QStringList elidedResponses(MainWindow *w)
    {
        auto *table = child<QTableView>(w, "incidentTable");
        QFont bold = table->font();
        bold.setBold(true);
        const QFontMetrics bfm(bold);
        const int width = table->columnWidth(IncidentListModel::ResponseColumn);
        // The item view's text margins (QCommonStyle: focus frame margin + 1 each side).
        const int margins =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        QStringList cut;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex i = table->model()->index(row, IncidentListModel::ResponseColumn);
            QString text = i.data().toString();
            if (ResponseState::Kind(i.data(IncidentListModel::ResponseKindRole).toInt()) ==
                ResponseState::Kind::Overdue)
                text = QStringLiteral("⚠ ") + text;
            if (bfm.horizontalAdvance(text) + margins > width)
                cut << QStringLiteral("%1 (%2 px > %3 px)")
                           .arg(text)
                           .arg(bfm.horizontalAdvance(text) + margins)
                           .arg(width);
        }
        return cut;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_path = m_dir.filePath(QStringLiteral("commander.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name, T0);
            IC_VERIFY_OK(info);
            QSqlDatabase db = QSqlDatabase::database(name, false);
            for (const char *sql :
                 {"INSERT INTO tenants (id, name) VALUES ('ten_northwind', 'Northwind')",
                  "INSERT INTO users (id, tenant_id, email) VALUES ('usr_bob', 'ten_northwind', "
                  "'bob@northwind.test')",
                  "INSERT INTO api_keys (id, tenant_id, user_id) VALUES ('key_b1', "
                  "'ten_northwind', 'usr_bob')"})
                IC_VERIFY_OK(Db::exec(db, QString::fromLatin1(sql)));

            // The P0: detected three hours ago, taken ten minutes later,
            // aware two hours ago; a playbook counting from detection.
            NewIncident breach;
            breach.title = QStringLiteral("Patient records exported with a leaked API key");
            breach.severity = Severity::P0;
            breach.commander = QStringLiteral("casey.commander");
            breach.detectedAt = T0.addSecs(-3 * 3600);
            breach.becameAwareAt = T0.addSecs(-2 * 3600);
            breach.affectedUsers = {QStringLiteral("usr_bob")};
            auto b = IncidentRepository(db, breach.detectedAt).create(breach, QStringLiteral("x"));
            IC_VERIFY_OK(b);
            m_breach = b->id;
            IncidentPatch took;
            took.acknowledge = true;
            IC_VERIFY_OK(
                IncidentRepository(db, breach.detectedAt.addSecs(600))
                    .update(m_breach, b->version, took, QStringLiteral("casey.commander")));
            const PlaybookFile file =
                PlaybookReader::readFile(QStringLiteral(":/playbooks/security-team-playbooks.md"));
            IC_VERIFY_OK(ChecklistRepository(db, breach.detectedAt.addSecs(900))
                             .attach(m_breach, file.playbooks.value(0), QStringLiteral("abc"),
                                     QStringLiteral("casey.commander")));
            NotificationFacts facts;
            facts.incidentId = m_breach;
            facts.personalData = true;
            facts.phi = false;
            facts.dataBreach = false;
            facts.jurisdictions = {QStringLiteral("DE")};
            IC_VERIFY_OK(ClockRepository(db, T0).saveFacts(facts, QStringLiteral("casey")));

            // The P1 nobody answered: target 1 h, detected 90 minutes ago.
            NewIncident phish;
            phish.title = QStringLiteral("Phishing wave against finance");
            phish.severity = Severity::P1;
            phish.detectedAt = T0.addSecs(-90 * 60);
            auto p = IncidentRepository(db, phish.detectedAt).create(phish, QStringLiteral("x"));
            IC_VERIFY_OK(p);
            m_phish = p->id;

            NewIncident quiet;
            quiet.title = QStringLiteral("Scanner noise from one address");
            quiet.severity = Severity::P3;
            quiet.commander = QStringLiteral("sam");
            quiet.detectedAt = T0.addSecs(-60);
            auto q = IncidentRepository(db, quiet.detectedAt).create(quiet, QStringLiteral("x"));
            IC_VERIFY_OK(q);
            m_quiet = q->id;
            IncidentPatch qa;
            qa.acknowledge = true;
            IC_VERIFY_OK(IncidentRepository(db, T0.addSecs(-30))
                             .update(m_quiet, q->version, qa, QStringLiteral("sam")));

            // Personal data in the EU, but nobody said when we became aware.
            NewIncident unaware;
            unaware.title = QStringLiteral("Support mailbox forwarded outside");
            unaware.severity = Severity::P2;
            unaware.commander = QStringLiteral("casey.commander");
            unaware.detectedAt = T0.addSecs(-300);
            auto u =
                IncidentRepository(db, unaware.detectedAt).create(unaware, QStringLiteral("x"));
            IC_VERIFY_OK(u);
            m_unaware = u->id;
            IncidentPatch ua;
            ua.acknowledge = true;
            IC_VERIFY_OK(IncidentRepository(db, T0.addSecs(-200))
                             .update(m_unaware, u->version, ua, QStringLiteral("casey")));
            NotificationFacts uf;
            uf.incidentId = m_unaware;
            uf.personalData = true;
            uf.phi = false;
            uf.dataBreach = false;
            uf.jurisdictions = {QStringLiteral("FR")};
            IC_VERIFY_OK(ClockRepository(db, T0).saveFacts(uf, QStringLiteral("casey")));
        }
        Db::close(name);
    }

    void init() { m_clock.set(T0); }

    // The selected incident's clocks above every main tab: the worst overdue
    // first, each written out, and the regulatory clock's next deadline.
    void headerOnEveryTabWithTheNextDeadlines()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        emit w->navigator()->showIncident(m_breach);
        IncidentHeader *header = w->header();
        QTRY_COMPARE(header->incidentId(), m_breach);

        int steps = 0;
        int escalations = 0;
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path, true), QStringLiteral("peek"));
            QVERIFY(db.ok());
            steps = overdueSteps(db.value(), m_breach);
            escalations =
                overdueEscalations(db.value(), *w->incidentModel()->incidentById(m_breach));
        }
        Db::close(QStringLiteral("peek"));
        QVERIFY2(steps >= 2, "the playbook's first steps are due within the first hours");

        auto *mainTabs = child<QTabWidget>(w.get(), "mainTabs");
        QCOMPARE(mainTabs->count(), 4);
        for (int tab = 0; tab < mainTabs->count(); ++tab) {
            mainTabs->setCurrentIndex(tab);
            QVERIFY2(header->isVisible(), qPrintable(mainTabs->tabText(tab)));
            QVERIFY(header->geometry().bottom() < mainTabs->geometry().top() + 1);
            const QList<QToolButton *> clocks = header->clockButtons();
            // Acknowledged: no response clock; the checklist, overdue since
            // 15 minutes after detection, leads; the GDPR clock comes last.
            QVERIFY(clocks.size() >= 2);
            QToolButton *first = clocks.first();
            QVERIFY2(first->text().contains(QLatin1String("OVERDUE")), qPrintable(first->text()));
            QToolButton *checklist = child<QToolButton>(header, "headerChecklistClock");
            QVERIFY(checklist);
            QVERIFY2(checklist->text().startsWith(
                         QStringLiteral("Checklist: %1 OVERDUE (by ").arg(steps)),
                     qPrintable(checklist->text()));
            QVERIFY(!child<QToolButton>(header, "headerResponseClock"));
            QToolButton *gdpr = clocks.last();
            QCOMPARE(gdpr->objectName(), QStringLiteral("headerRegulatoryClock"));
            // Aware at 16:00, 72 hours: due on the 25th at 16:00, 2 d 22 h from now.
            QCOMPARE(gdpr->text(), QStringLiteral("GDPR 72 h: due in 2d 22h"));
            QVERIFY(!gdpr->icon().isNull()); // not colour alone: text and an icon
            if (escalations > 0) {
                QToolButton *esc = child<QToolButton>(header, "headerEscalationClock");
                QVERIFY(esc);
                QVERIFY2(esc->text().contains(QLatin1String("OVERDUE")), qPrintable(esc->text()));
            }
        }

        // The P1 nobody answered leads with its response, overdue by 30 minutes.
        mainTabs->setCurrentIndex(1);
        emit w->navigator()->showIncident(m_phish);
        QTRY_COMPARE(header->incidentId(), m_phish);
        QToolButton *response = nullptr;
        QTRY_VERIFY((response = child<QToolButton>(header, "headerResponseClock")));
        QCOMPARE(response->text(), QStringLiteral("Response: OVERDUE by 30m 00s"));
        // The policy pages on-call at detection for a P1: overdue longer
        // than the response (due an hour after detection), so listed first.
        QCOMPARE(header->clockButtons().value(0)->objectName(),
                 QStringLiteral("headerEscalationClock"));
        QVERIFY2(header->clockButtons().value(0)->text().contains(QLatin1String("OVERDUE")),
                 qPrintable(header->clockButtons().value(0)->text()));
        QCOMPARE(header->clockButtons().value(1), response);

        // Time passes: the header follows without a reload.
        m_clock.advance(3600);
        header->refresh();
        QCOMPARE(response->text(), QStringLiteral("Response: OVERDUE by 1h 30m"));

        // Clicking a clock goes to the pane that settles it.
        emit w->navigator()->showIncident(m_breach);
        QTRY_COMPARE(header->incidentId(), m_breach);
        QTest::mouseClick(child<QToolButton>(header, "headerChecklistClock"), Qt::LeftButton);
        auto *incidentTabs = child<QTabWidget>(w.get(), "incidentTabs");
        QCOMPARE(mainTabs->currentIndex(), 0);
        QTRY_COMPARE(incidentTabs->currentWidget()->objectName(), QStringLiteral("checklistPane"));
    }

    // The status bar counts every overdue item of every open incident, and a
    // click goes to the one overdue the longest.
    void overdueCountIsTheSumAndJumpsToTheWorst()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        int expected = 1; // the P1's response
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path, true), QStringLiteral("peek"));
            QVERIFY(db.ok());
            for (const QString &id : {m_breach, m_phish, m_quiet, m_unaware}) {
                expected += overdueSteps(db.value(), id);
                expected += overdueEscalations(db.value(), *w->incidentModel()->incidentById(id));
            }
        }
        Db::close(QStringLiteral("peek"));
        QVERIFY(expected >= 3);
        QCOMPARE(w->session()->clocks()->overdueTotal(), expected);
        auto *label = child<QLabel>(w.get(), "overdueLabel");
        QTRY_COMPARE(label->text(), QStringLiteral("⚠ %1 overdue").arg(expected));

        // The quiet one selected; a click selects the breach (its first
        // checklist step was due 15 minutes after detection, 2 h 45 min ago)
        // and shows the pane with that clock.
        emit w->navigator()->showIncident(m_quiet);
        QTRY_COMPARE(w->header()->incidentId(), m_quiet);
        child<QTabWidget>(w.get(), "mainTabs")->setCurrentIndex(2);
        QTest::mouseClick(label, Qt::LeftButton);
        QTRY_COMPARE(w->header()->incidentId(), m_breach);
        const auto worst = w->session()->clocks()->worst();
        QVERIFY(worst);
        QCOMPARE(worst->incidentId, m_breach);
        QCOMPARE(child<QTabWidget>(w.get(), "mainTabs")->currentIndex(), 0);
        const QString pane =
            child<QTabWidget>(w.get(), "incidentTabs")->currentWidget()->objectName();
        QVERIFY2(pane == QLatin1String(worst->kind == ClockDue::Kind::Checklist ? "checklistPane"
                                                                                : "escalationPane"),
                 qPrintable(pane));
    }

    // Every incident pane is listed whole by name, and Ctrl+1..9 shows it
    // from any main tab.
    void everyPaneReachableByNameAndCtrlDigit()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        emit w->navigator()->showIncident(m_breach);
        auto *tabs = child<QTabWidget>(w.get(), "incidentTabs");
        auto *mainTabs = child<QTabWidget>(w.get(), "mainTabs");
        auto *nav = child<QListWidget>(w.get(), "paneNavigation");
        QVERIFY(nav);
        QVERIFY(nav->isVisible());
        QCOMPARE(nav->count(), tabs->count());
        QCOMPARE(tabs->count(), 8);
        for (int i = 0; i < nav->count(); ++i) {
            QListWidgetItem *item = nav->item(i);
            QCOMPARE(item->text(), QString(tabs->tabText(i)).remove(QLatin1Char('&')));
            // Whole, not cut: the name fits the row it is drawn in.
            QVERIFY2(nav->fontMetrics().horizontalAdvance(item->text()) <
                         nav->visualItemRect(item).width(),
                     qPrintable(item->text()));
        }
        for (int i = 0; i < tabs->count(); ++i) {
            mainTabs->setCurrentIndex(1 + i % 3); // from a workspace tab
            QTest::keyClick(w.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(mainTabs->currentIndex(), 0);
            QCOMPARE(tabs->currentIndex(), i);
            QCOMPARE(nav->currentRow(), i);
            QVERIFY(tabs->currentWidget()->isVisible());
        }
        // By name, with the keyboard: the list moves the panes.
        nav->setFocus();
        nav->setCurrentRow(0);
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("checklistPane"));
        // The main tabs moved to Alt+digit.
        QTest::keyClick(w.get(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(mainTabs->currentIndex(), 1);
    }

    void responseColumnWholeAt1366_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral(IC_QM_FILE);
    }

    // At 1366×768 the countdown is never cut ("ÜBERFÄLLIG 30m 00s" whole);
    // the title gives way, elided with its whole text in the tooltip.
    void responseColumnWholeAt1366()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (!language.isEmpty()) {
            QVERIFY2(german.load(language), qPrintable(language));
            QCoreApplication::installTranslator(&german);
        }
        m_clock.advance(23 * 3600); // the P1 overdue by 23 h 30 min: the longest text
        auto w = openWindow(m_clock);
        QVERIFY(w);
        auto *filter = child<QComboBox>(w.get(), "statusFilterCombo");
        filter->setCurrentIndex(1); // all
        w->incidentModel()->tick();
        QCOMPARE(w->size(), QSize(1366, 768));
        const QModelIndex phish = w->incidentModel()->index(w->incidentModel()->rowOf(m_phish),
                                                            IncidentListModel::ResponseColumn);
        QVERIFY2(phish.data().toString().contains(
                     language.isEmpty() ? QStringLiteral("OVERDUE") : QStringLiteral("ÜBERFÄLLIG")),
                 qPrintable(phish.data().toString()));
        QVERIFY2(elidedResponses(w.get()).isEmpty(),
                 qPrintable(elidedResponses(w.get()).join(QLatin1Char('\n'))));
        auto *table = child<QTableView>(w.get(), "incidentTable");
        // Nothing needs a horizontal scroll: every column is on screen.
        QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
        const QModelIndex title = w->incidentModel()->index(w->incidentModel()->rowOf(m_breach),
                                                            IncidentListModel::TitleColumn);
        QVERIFY2(title.data(Qt::ToolTipRole).toString().startsWith(title.data().toString()),
                 qPrintable(title.data(Qt::ToolTipRole).toString()));
        // The title takes the room there is: a few words of it, not a word.
        const int titleWidth = table->columnWidth(IncidentListModel::TitleColumn);
        const int words =
            table->fontMetrics().horizontalAdvance(QStringLiteral("Tenant Initech pulled"));
        QVERIFY2(titleWidth >= words,
                 qPrintable(QStringLiteral("title %1 px < %2 px").arg(titleWidth).arg(words)));
        QCOMPARE(table->horizontalHeader()->sectionResizeMode(IncidentListModel::TitleColumn),
                 QHeaderView::Stretch);
        // Narrower still (the splitter moved): the countdown keeps its width.
        const int before = table->columnWidth(IncidentListModel::ResponseColumn);
        w->resize(1024, 700);
        QTRY_COMPARE(w->width(), 1024);
        QCOMPARE(table->columnWidth(IncidentListModel::ResponseColumn), before);
        QVERIFY(elidedResponses(w.get()).isEmpty());
        w.reset();
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&german);
    }

    // Ctrl+Shift+W asks for a resolution and a confirmation, records both,
    // and Undo reopens it (the workspace says so, not only the window).
    void closeAsksForResolutionAndUndoReopens()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        emit w->navigator()->showIncident(m_phish);
        QTRY_COMPARE(w->header()->incidentId(), m_phish);
        IncidentClocks *clocks = w->session()->clocks();
        const int total = clocks->overdueTotal();
        int phishOverdue = 0;
        for (const ClockDue &c : clocks->clocks(m_phish))
            phishOverdue += c.overdue;
        QVERIFY(phishOverdue >= 2); // its response and its escalation
        child<QTableView>(w.get(), "incidentTable")->setFocus();
        QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        CloseIncidentDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = child<CloseIncidentDialog>(w.get(), "closeIncidentDialog")));
        auto *confirm = child<QPushButton>(dlg, "confirmCloseButton");
        // Nothing happens without a resolution.
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(w->incidentModel()->incidentById(m_phish)->status, IncidentStatus::Triage);
        auto *summary = child<QPlainTextEdit>(dlg, "resolutionEdit");
        QTRY_VERIFY(summary->hasFocus());
        QTest::keyClicks(summary, QStringLiteral("   "));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(summary, QStringLiteral("Mails quarantined, two passwords reset"));
        // Its notification facts were never answered: the GDPR clock may
        // apply and never started, so closing asks about it first.
        QVERIFY(child<QLabel>(dlg, "undecidedClocksLabel"));
        QVERIFY(!confirm->isEnabled());
        child<QCheckBox>(dlg, "noNoticeOwedCheck")->setChecked(true);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(w->incidentModel()->incidentById(m_phish)->status, IncidentStatus::Closed);
        // Closed: nothing of it counts as overdue any more.
        QTRY_COMPARE(clocks->overdueTotal(), total - phishOverdue);
        Toast *toast = w->toast();
        QTRY_VERIFY(toast->text().contains(QLatin1String("closed")));
        QVERIFY(toast->text().contains(w->incidentModel()->incidentById(m_phish)->ref));
        QCOMPARE(toast->actionButton()->text(), QStringLiteral("Undo"));
        QVERIFY(settled(w.get()));
        auto stored = [&]() {
            const QString c = QStringLiteral("peek-close");
            Incident inc;
            QStringList notes;
            {
                auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
                inc = IncidentRepository(db.value(), T0).get(m_phish).value();
                const auto events = EventLog::events(db.value(), m_phish);
                for (const IncidentEvent &e : events.value())
                    if (e.kind == QLatin1String("note"))
                        notes << e.details.value(QStringLiteral("text")).toString() + e.summary;
            }
            Db::close(c);
            return std::make_pair(inc, notes);
        };
        {
            const auto [inc, notes] = stored();
            QCOMPARE(inc.status, IncidentStatus::Closed);
            QVERIFY2(notes.join(QLatin1Char('\n'))
                             .contains(QLatin1String(
                                 "Resolution: Mails quarantined, two passwords reset")) &&
                         notes.join(QLatin1Char('\n'))
                             .contains(QLatin1String("No notification is owed")),
                     qPrintable(notes.join(QLatin1Char('\n'))));
        }
        QTest::mouseClick(toast->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(w->incidentModel()->incidentById(m_phish)->status, IncidentStatus::Triage);
        QVERIFY(settled(w.get()));
        QCOMPARE(stored().first.status, IncidentStatus::Triage);
        // Reopened: its escalation deadlines are read again, on the worker.
        QTRY_COMPARE(clocks->overdueTotal(), total);
        QTRY_VERIFY(toast->text().contains(QLatin1String("reopened")));

        // A clock that applies but never started is asked about first.
        emit w->navigator()->showIncident(m_unaware);
        QTRY_COMPARE(w->header()->incidentId(), m_unaware);
        QTRY_VERIFY(child<QToolButton>(w->header(), "headerRegulatoryClock"));
        QVERIFY(child<QToolButton>(w->header(), "headerRegulatoryClock")
                    ->text()
                    .contains(QLatin1String("not started")));
        w->activateWindow(); // the dialog had the focus before
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        child<QTableView>(w.get(), "incidentTable")->setFocus();
        QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((dlg = child<CloseIncidentDialog>(w.get(), "closeIncidentDialog")));
        QVERIFY(child<QLabel>(dlg, "undecidedClocksLabel")->text().contains(QLatin1String("GDPR")));
        QTest::keyClicks(child<QPlainTextEdit>(dlg, "resolutionEdit"),
                         QStringLiteral("Rule removed"));
        confirm = child<QPushButton>(dlg, "confirmCloseButton");
        QVERIFY(!confirm->isEnabled());
        child<QCheckBox>(dlg, "noNoticeOwedCheck")->setChecked(true);
        QVERIFY(confirm->isEnabled());
        dlg->reject();
        QTRY_VERIFY(!child<CloseIncidentDialog>(w.get(), "closeIncidentDialog"));
        QCOMPARE(w->incidentModel()->incidentById(m_unaware)->status, IncidentStatus::Triage);
    }

    // The header's "became aware" question: recorded with who decided; the
    // clock then runs.
    void becameAwareAskedOnceAndRecorded()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        emit w->navigator()->showIncident(m_unaware);
        QTRY_VERIFY(child<QToolButton>(w->header(), "headerRegulatoryClock"));
        QSignalSpy chosen(w->header(), &IncidentHeader::becameAwareChosen);
        QTest::mouseClick(child<QToolButton>(w->header(), "headerRegulatoryClock"), Qt::LeftButton);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = child<QMenu>(w->header(), "becameAwareMenu")));
        QAction *ack = child<QAction>(menu, "awareAtAcknowledgementAction");
        QVERIFY(ack);
        ack->trigger();
        menu->close();
        QCOMPARE(chosen.size(), 1);
        QTRY_VERIFY(w->incidentModel()->incidentById(m_unaware)->becameAwareAt.isValid());
        // Acknowledged when it was opened with a commander.
        const QDateTime acknowledged = w->incidentModel()->incidentById(m_unaware)->acknowledgedAt;
        QVERIFY(acknowledged.isValid());
        QCOMPARE(w->incidentModel()->incidentById(m_unaware)->becameAwareAt, acknowledged);
        QVERIFY(settled(w.get()));
        // Who decided is on the record; the toast offers Undo.
        QTRY_VERIFY(w->toast()->text().contains(QLatin1String("became aware")));
        {
            const QString c = QStringLiteral("peek-aware");
            {
                auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
                const Incident inc = IncidentRepository(db.value(), T0).get(m_unaware).value();
                QCOMPARE(inc.updatedBy, QStringLiteral("casey.commander"));
                QCOMPARE(inc.becameAwareAt, acknowledged);
            }
            Db::close(c);
        }
        // The GDPR clock runs now: 72 h from then.
        QTRY_VERIFY(child<QToolButton>(w->header(), "headerRegulatoryClock")
                        ->text()
                        .startsWith(QLatin1String("GDPR 72 h: due in 2d 23h")));
        QTest::mouseClick(w->toast()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(!w->incidentModel()->incidentById(m_unaware)->becameAwareAt.isValid());
        QVERIFY(settled(w.get()));
    }

    // An edit says what it changed, on which incident, with Undo.
    void editSaysWhatChangedWithUndo()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        emit w->navigator()->showIncident(m_quiet);
        QTRY_COMPARE(w->header()->incidentId(), m_quiet);
        auto *severity = child<QComboBox>(w.get(), "severityCombo");
        QVERIFY(severity);
        severity->setCurrentIndex(severity->findData(int(Severity::P1)));
        emit severity->activated(severity->currentIndex());
        QTRY_COMPARE(w->incidentModel()->incidentById(m_quiet)->severity, Severity::P1);
        const QString ref = w->incidentModel()->incidentById(m_quiet)->ref;
        QTRY_VERIFY2(w->toast()->text().startsWith(ref + QStringLiteral(": severity set to P1")),
                     qPrintable(w->toast()->text()));
        QCOMPARE(w->toast()->actionButton()->text(), QStringLiteral("Undo"));
        QTest::mouseClick(w->toast()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(w->incidentModel()->incidentById(m_quiet)->severity, Severity::P3);
        QVERIFY(settled(w.get()));
        const QString c = QStringLiteral("peek-sev");
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
            QCOMPARE(IncidentRepository(db.value(), T0).get(m_quiet)->severity, Severity::P3);
        }
        Db::close(c);

        // Ctrl+Shift+N from the Audit tab brings the note field to the front.
        child<QTabWidget>(w.get(), "mainTabs")->setCurrentIndex(1);
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *note = child<QLineEdit>(w.get(), "noteEdit");
        QTRY_VERIFY(note->isVisible());
        QTRY_VERIFY(note->hasFocus());
    }

    // After Ctrl+K → Enter → reason → Enter the window says what was done,
    // on which incident, with View.
    void paletteActionNamesTheIncident()
    {
        auto w = openWindow(Clock::system());
        QVERIFY(w);
        emit w->navigator()->showIncident(m_breach);
        QTRY_COMPARE(w->header()->incidentId(), m_breach);
        const QString ref = w->incidentModel()->incidentById(m_breach)->ref;
        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = w->findChild<CommandPalette *>(QStringLiteral("commandPalette"))));
        QVERIFY(palette->windowTitle().contains(ref));
        auto *on = child<QLabel>(palette, "paletteIncidentLabel");
        QVERIFY(on && on->isVisible());
        QCOMPARE(on->text(),
                 QStringLiteral("On %1 — Patient records exported with a leaked API key").arg(ref));
        QTRY_VERIFY(palette->isActiveWindow());
        QCOMPARE(palette->entries().value(0), QStringLiteral("Revoke all tokens of user usr_bob"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(child<QPlainTextEdit>(palette, "palettePreviewText")
                        ->toPlainText()
                        .contains(QLatin1String("Objects that change: 1")));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() ==
                                                       QLatin1String("paletteReasonEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Key exported the records"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QPointer<QLabel> paletteError = child<QLabel>(palette, "paletteErrorLabel");
        QTRY_VERIFY2(!w->findChild<CommandPalette *>(QStringLiteral("commandPalette")),
                     qPrintable(paletteError ? paletteError->text() : QString()));
        QTRY_VERIFY2(w->toast()->text().startsWith(
                         QStringLiteral("Revoke all tokens of user usr_bob on %1").arg(ref)),
                     qPrintable(w->toast()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(w->toast()->text().contains(QLatin1String("ucceeded")), 15000);
        QCOMPARE(w->toast()->actionButton()->text(), QStringLiteral("View"));
        QTest::mouseClick(w->toast()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(child<QTabWidget>(w.get(), "incidentTabs")->currentWidget()->objectName(),
                     QStringLiteral("actionsPane"));
    }
    // The palette groups actions by reach, narrowest first, with what each
    // does in plain words; the exact SQL or HTTP is folded below; what was
    // already done on this incident is marked (the test above revoked
    // usr_bob's tokens).
    void paletteGroupsByReachAndMarksDone()
    {
        auto w = openWindow(Clock::system());
        QVERIFY(w);
        emit w->navigator()->showIncident(m_breach);
        QTRY_COMPARE(w->header()->incidentId(), m_breach);
        QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = nullptr;
        QTRY_VERIFY((palette = w->findChild<CommandPalette *>(QStringLiteral("commandPalette"))));
        auto *list = child<QListWidget>(palette, "paletteList");
        auto *filter = child<QLineEdit>(palette, "paletteFilterEdit");
        const QString user = CommandPalette::reachTitle(1).toUpper();
        QCOMPARE(list->item(0)->text(), user);
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
        QCOMPARE(list->currentRow(), 1); // the first action, not the group's title
        const QString impact =
            CommandPalette::impact(ActionKind::RevokeUserTokens, QStringLiteral("usr_bob"));
        QVERIFY(list->item(1)->text().contains(impact));
        QTRY_VERIFY2(list->item(1)->text().contains(QLatin1String("already done")),
                     qPrintable(list->item(1)->text()));
        QVERIFY(!list->item(2)->text().contains(QLatin1String("already")));
        QTest::keyClick(filter, Qt::Key_Up); // never onto a title
        QCOMPARE(list->currentRow(), 1);
        // A network typed in: its own group, after the user's.
        QTest::keyClicks(filter, QStringLiteral("203.0.113.7"));
        QVERIFY2(
            palette->entries().join(QLatin1Char('|')).contains(QLatin1String("Block 203.0.113.7")),
            qPrintable(palette->entries().join(QLatin1Char('|'))));
        QVERIFY(
            !list->findItems(CommandPalette::reachTitle(3).toUpper(), Qt::MatchExactly).isEmpty());
        filter->clear();
        QTRY_COMPARE(list->currentRow(), 1);
        // Chosen: the impact first, the exact statement folded below.
        QTest::keyClick(filter, Qt::Key_Return);
        auto *shownImpact = child<QLabel>(palette, "paletteImpactLabel");
        QTRY_VERIFY(shownImpact->isVisible());
        QVERIFY(shownImpact->text().startsWith(impact));
        auto *technical = child<QPlainTextEdit>(palette, "paletteTechnicalText");
        QTRY_VERIFY(!technical->toPlainText().isEmpty());
        QVERIFY(!technical->isVisible());
        QVERIFY(!child<QPlainTextEdit>(palette, "palettePreviewText")
                     ->toPlainText()
                     .contains(technical->toPlainText()));
        child<QToolButton>(palette, "paletteTechnicalToggle")->click();
        QVERIFY(technical->isVisible());
        palette->close();
    }

    void headersWholeInBothLanguagesAndSizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            const QByteArray at = QByteArray::number(size.width());
            QTest::newRow("en " + at) << QString() << size;
            QTest::newRow("de " + at) << QStringLiteral(IC_QM_FILE) << size;
        }
    }

    // Every column's header shows whole ("Detected", not "Detectec"), as
    // the header draws it: its text, its margins and, on the sorted column,
    // the arrow's room. The title is what gives way.
    void headersWholeInBothLanguagesAndSizes()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator german;
        if (!language.isEmpty()) {
            QVERIFY2(german.load(language), qPrintable(language));
            QCoreApplication::installTranslator(&german);
        }
        auto w = openWindow(m_clock);
        QVERIFY(w);
        w->resize(size);
        QTRY_COMPARE(w->size(), size);
        auto *table = child<QTableView>(w.get(), "incidentTable");
        QHeaderView *header = table->horizontalHeader();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QStringList cut;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
            int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
                needed += header->height() / 2 + 2 * margin;
            if (needed > header->sectionSize(c))
                cut << QStringLiteral("%1 (%2 px > %3 px)")
                           .arg(text)
                           .arg(needed)
                           .arg(header->sectionSize(c));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(header->length() <= table->viewport()->width());
        QVERIFY(elidedResponses(w.get()).isEmpty());
        w.reset();
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&german);
    }

    void detailsFormFitsAt1366_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral(IC_QM_FILE);
    }

    // At 1366×768 the details form is as wide as its pane, in German too:
    // no field or label runs past the right edge (the form scrolls only
    // down).
    void detailsFormFitsAt1366()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (!language.isEmpty()) {
            QVERIFY2(german.load(language), qPrintable(language));
            QCoreApplication::installTranslator(&german);
        }
        auto w = openWindow(m_clock);
        QVERIFY(w);
        QCOMPARE(w->size(), QSize(1366, 768));
        emit w->navigator()->showIncident(m_breach);
        QTRY_COMPARE(w->header()->incidentId(), m_breach);
        auto *pane = child<QWidget>(w.get(), "incidentDetailPane");
        QVERIFY(pane);
        auto *title = child<QLineEdit>(pane, "titleEdit");
        QTRY_VERIFY(title->isVisible());
        QScrollArea *scroll = nullptr;
        for (QWidget *p = title->parentWidget(); p && !scroll; p = p->parentWidget())
            scroll = qobject_cast<QScrollArea *>(p);
        QVERIFY(scroll);
        QWidget *viewport = scroll->viewport();
        QCoreApplication::processEvents();
        QStringList outside;
        for (QWidget *c : scroll->widget()->findChildren<QWidget *>()) {
            if (!c->isVisible() || c->width() == 0)
                continue;
            const int right = c->mapTo(viewport, QPoint(c->width() - 1, 0)).x();
            if (right >= viewport->width())
                outside << QStringLiteral("%1 %2 (right edge %3 px, pane %4 px)")
                               .arg(QString::fromLatin1(c->metaObject()->className()),
                                    c->objectName())
                               .arg(right)
                               .arg(viewport->width());
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
        w.reset();
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&german);
    }

    // F1 opens the keyboard reference: every shortcut the window has
    // registered, with the command's own text, read from the actions.
    void keyboardReferenceListsTheRealShortcuts()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        // A pane with its own QShortcut (Copy in the audit table).
        QVERIFY(w->showPane(QStringLiteral("auditView")));
        QTest::keyClick(w.get(), Qt::Key_F1);
        ShortcutsDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = w->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"))));
        QTRY_VERIFY(dlg->isVisible());
        const QList<ShortcutsDialog::Entry> entries = dlg->entries();
        auto listed = [&](const QString &keys, const QString &what) {
            for (const ShortcutsDialog::Entry &e : entries)
                if (e.what == what && e.keys.split(QStringLiteral(", ")).contains(keys))
                    return true;
            return false;
        };
        int checked = 0;
        QStringList missing;
        for (QAction *a : w->findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty())
                continue;
            QString what = a->text().remove(QLatin1Char('&'));
            if (what.isEmpty())
                what = a->toolTip();
            for (const QKeySequence &k : a->shortcuts()) {
                ++checked;
                if (!listed(k.toString(QKeySequence::NativeText), what))
                    missing << k.toString(QKeySequence::NativeText) + QStringLiteral(" ") + what;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
        // The ones a commander reaches for, and the audit table's own.
        QVERIFY(listed(QStringLiteral("Ctrl+K"), QStringLiteral("Contain… (Command Palette)")));
        QVERIFY(listed(QStringLiteral("Ctrl+Shift+W"), QStringLiteral("Close Incident")));
        QVERIFY(listed(QStringLiteral("F1"), QStringLiteral("Keyboard Shortcuts")));
        QVERIFY(listed(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
                       QStringLiteral("Copy the selected audit row as JSON")));
        // Shown in the tree, grouped by where they work.
        auto *tree = child<QTreeWidget>(dlg, "shortcutsTree");
        QVERIFY(tree->topLevelItemCount() >= 3);
        QVERIFY(!tree->findItems(QStringLiteral("Ctrl+K"), Qt::MatchExactly | Qt::MatchRecursive)
                     .isEmpty());
        // The filter narrows it.
        QTest::keyClicks(child<QLineEdit>(dlg, "shortcutsFilterEdit"), QStringLiteral("Contain"));
        QVERIFY(
            tree->findItems(QStringLiteral("Ctrl+Shift+W"), Qt::MatchExactly | Qt::MatchRecursive)
                .isEmpty());
        dlg->close();

        // In German, the reference speaks German too.
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(IC_QM_FILE)));
        QCoreApplication::installTranslator(&german);
        auto *de = new ShortcutsDialog(w.get());
        QVERIFY(de->windowTitle() != QStringLiteral("Keyboard Shortcuts"));
        QCOMPARE(de->windowTitle(), QStringLiteral("Tastenkürzel"));
        delete de;
        QCoreApplication::removeTranslator(&german);
    }

    // "Not applicable" on the became-aware question is recorded: the facts
    // that settle the clock are answered, the reason noted with who; the
    // clock stops asking.
    void notApplicableIsRecorded()
    {
        auto w = openWindow(m_clock);
        QVERIFY(w);
        emit w->navigator()->showIncident(m_unaware);
        QTRY_VERIFY(child<QToolButton>(w->header(), "headerRegulatoryClock"));
        QTRY_VERIFY(child<QToolButton>(w->header(), "headerRegulatoryClock")
                        ->text()
                        .contains(QLatin1String("not started")));
        QTest::mouseClick(child<QToolButton>(w->header(), "headerRegulatoryClock"), Qt::LeftButton);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = child<QMenu>(w->header(), "becameAwareMenu")));
        child<QAction>(menu, "awareNotApplicableAction")->trigger();
        menu->close();
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = child<QDialog>(w->header(), "notApplicableDialog")));
        auto *noPersonal = child<QCheckBox>(dlg, "noPersonalDataCheck");
        auto *record = child<QPushButton>(dlg, "recordNotApplicableButton");
        QTRY_VERIFY(noPersonal->isVisible());
        QVERIFY(!record->isEnabled());
        noPersonal->setChecked(true);
        QVERIFY(!record->isEnabled()); // a reason is required
        QTest::keyClicks(child<QLineEdit>(dlg, "notApplicableReasonEdit"),
                         QStringLiteral("Only routing metadata left, DPO confirmed"));
        QVERIFY(record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_VERIFY(!child<QDialog>(w->header(), "notApplicableDialog"));
        QTRY_VERIFY(w->toast()->text().contains(QLatin1String("DPO confirmed")));
        // The clock no longer waits for "became aware".
        QTRY_VERIFY(!child<QToolButton>(w->header(), "headerRegulatoryClock"));
        QVERIFY(settled(w.get()));
        const QString c = QStringLiteral("peek-na");
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
            const auto facts = ClockRepository(db.value(), T0).facts(m_unaware);
            QVERIFY(facts);
            QCOMPARE(facts->personalData, std::optional<bool>(false));
            QCOMPARE(facts->updatedBy, QStringLiteral("casey.commander"));
            QString note;
            const auto events = EventLog::events(db.value(), m_unaware);
            QVERIFY(events);
            for (const IncidentEvent &e : events.value())
                if (e.kind == QLatin1String("note"))
                    note += e.details.value(QStringLiteral("text")).toString() + e.summary +
                            QLatin1Char('|') + e.actor;
            QVERIFY2(note.contains(QLatin1String("DPO confirmed")) &&
                         note.contains(QLatin1String("no personal data")) &&
                         note.contains(QLatin1String("casey.commander")),
                     qPrintable(note));
        }
        Db::close(c);
    }
};

QTEST_MAIN(TestCommanderWindow)
#include "tst_commanderwindow.moc"
