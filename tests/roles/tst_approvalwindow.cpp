// The two-person rule in the window, with two people in one test: real
// PostgreSQL logins (not superusers) open the same team workspace in two
// MainWindows, offscreen, and act through a real HTTPS admin API on
// 127.0.0.1 that counts every request. A commander's tenant suspension
// waits and sends nothing; the requester cannot approve it (the control is
// disabled, and the server refuses when forced); an approver approves it
// from their own window; the requester's Resume then sends it exactly once.
// A rejection with its reason is on the timeline and nothing is sent.
// Break-glass refuses an empty justification and runs nothing; with one it
// runs once, is flagged on the timeline and the incident list, and the
// other person's window says so.
#include "HttpsAdminServer.h"
#include "TeamFixture.h"
#include "TestPki.h"
#include "models/actions/ActionModel.h"
#include "models/actions/ActionService.h"
#include "models/actions/ActionSettings.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Panes.h"
#include "ui/actions/ActionsPane.h"
#include "ui/actions/ApprovalPanel.h"
#include "ui/actions/BreakGlassDialog.h"
#include "ui/team/ApprovalNotifier.h"
#include "ui/team/ApprovalWatch.h"
#include "ui/team/TeamShell.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace ic;
using namespace ic::test;

#ifndef IC_VERIFY_OK
#define IC_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().fullText())); \
    } while (false)
#endif

namespace {
const QString Token = QStringLiteral("tok_two_person_9c");
}

class TestApprovalWindow : public QObject
{
    Q_OBJECT
private:
    TeamFixture m_team;
    Settings m_settings;
    SecretStore m_secrets;
    HttpsAdminServer m_server;
    QString m_incidentId;
    std::unique_ptr<MainWindow> m_ann; // commander: requests, runs, breaks glass
    std::unique_ptr<MainWindow> m_ben; // approver

    std::unique_ptr<MainWindow> open(const QString &login)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->openWorkspace(ConnectionProfile::forPostgres(m_team.spec(login).pg),
                         TeamFixture::password(login));
        if (!shown.wait(30000) && shown.isEmpty())
            return nullptr;
        return w;
    }

    ActionsPane *pane(MainWindow *w)
    {
        emit w->navigator()->showIncident(m_incidentId);
        auto *p = qobject_cast<ActionsPane *>(w->showPane(QStringLiteral("actionsPane")));
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        if (tabs && p)
            tabs->setCurrentWidget(p);
        return p;
    }

    template <typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    QString su(const QString &sql, const QStringList &params = {})
    {
        return m_team.superuser()->value(sql, params);
    }

    // Requests `kind` on `target` from Ann's pane, with the mouse; returns
    // the action's id.
    QString request(ActionsPane *p, ActionKind kind, const QString &target, const QString &why)
    {
        auto *combo = child<QComboBox>(p, "actionCombo");
        combo->setCurrentIndex(combo->findData(int(kind)));
        child<QComboBox>(p, "subjectCombo")->setEditText(target);
        QTest::mouseClick(child<QPushButton>(p, "previewButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return child<QPushButton>(p, "runButton")->isEnabled(); },
                             15000))
            return {};
        auto *reason = child<QLineEdit>(p, "reasonEdit");
        reason->clear();
        QTest::keyClicks(reason, why);
        const qsizetype before = p->model()->actions().size();
        QTest::mouseClick(child<QPushButton>(p, "runButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return p->model()->actions().size() > before; }, 15000))
            return {};
        return p->model()->actions().last().id;
    }

    const ActionRecord *record(ActionsPane *p, const QString &id)
    {
        const int row = p->model()->rowOf(id);
        return row < 0 ? nullptr : &p->model()->actions().at(row);
    }

    bool select(ActionsPane *p, const QString &id)
    {
        const int row = p->model()->rowOf(id);
        if (row < 0)
            return false;
        child<QTableView>(p, "actionsTable")->selectRow(row);
        return true;
    }

    QStringList timeline(const QString &kind)
    {
        return su(QStringLiteral("SELECT string_agg(actor || ': ' || summary, E'\\n' ORDER BY "
                                 "seq) FROM ic_incident_events WHERE incident_id = $1 AND kind "
                                 "= $2"),
                  {m_incidentId, kind})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.createWorkspace(QStringLiteral("approvalwindow")));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("ann"), {QStringLiteral("commander")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("ben"), {QStringLiteral("approver")}));
        QVERIFY(m_team.superuser()
                    ->run(QStringLiteral("INSERT INTO tenants (id, name) VALUES ('ten_acme', "
                                         "'Acme'), ('ten_beta', 'Beta')"))
                    .ok);

        // The admin API the workspace acts through (set as its admin would).
        auto identity = TestPki::makeServerIdentity(QStringLiteral("Approvals Test CA"));
        IC_VERIFY_OK(identity);
        m_server.setToken(Token.toUtf8());
        IC_VERIFY_OK(m_server.listen(identity.value()));
        ActionSettings settings;
        settings.backend = Backend::Api;
        settings.apiBaseUrl = m_server.baseUrl().toString();
        settings.caPem = QString::fromLatin1(identity->caPem);
        {
            const QString name = QStringLiteral("approvals-admin");
            {
                auto db = Db::open(m_team.pg().spec(m_team.database()), name);
                IC_VERIFY_OK(db);
                auto base = ActionSettingsStore::load(db.value());
                IC_VERIFY_OK(base);
                IC_VERIFY_OK(ActionSettingsStore::save(db.value(), settings, base.value(),
                                                       QStringLiteral("postgres"),
                                                       QDateTime::currentDateTimeUtc()));
            }
            Db::close(name);
        }
        std::optional<Result<void>> stored;
        m_secrets.write(settings.tokenKey(), Token, [&](Result<void> r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        IC_VERIFY_OK(*stored);

        m_ann = open(QStringLiteral("ann"));
        QVERIFY(m_ann);
        m_ben = open(QStringLiteral("ben"));
        QVERIFY(m_ben);
        QCOMPARE(m_ann->session()->identity().login, QStringLiteral("ann"));
        QCOMPARE(m_ben->session()->identity().login, QStringLiteral("ben"));
        QVERIFY(m_ann->team()->approvals());
        QVERIFY(m_ben->team()->approvals());

        NewIncident n;
        n.title = QStringLiteral("Acme tenant abused");
        n.affectedTenants = {QStringLiteral("ten_acme"), QStringLiteral("ten_beta")};
        std::optional<Result<Incident>> created;
        m_ann->incidentStore()->create(n, [&](const Result<Incident> &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        IC_VERIFY_OK(*created);
        m_incidentId = created->value().id;
        // Ben's window learns of it through the change feed.
        QTRY_VERIFY_WITH_TIMEOUT(m_ben->incidentModel()->incidentById(m_incidentId), 20000);
    }

    void cleanupTestCase()
    {
        m_ann.reset();
        m_ben.reset();
    }

    void approvalBySecondPersonThenOneRun()
    {
        ActionsPane *a = pane(m_ann.get());
        QVERIFY(a);
        QTRY_VERIFY(a->isEnabled());
        QTRY_COMPARE(child<QPushButton>(a, "runButton")->text(), QStringLiteral("Run"));
        const QString id = request(a, ActionKind::SuspendTenant, QStringLiteral("ten_acme"),
                                   QStringLiteral("Tenant sends spam from stolen keys"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(record(a, id) && record(a, id)->waitingForApproval());
        QVERIFY2(child<QPlainTextEdit>(a, "previewText")
                     ->toPlainText()
                     .contains(QLatin1String("Waiting for approval by an approver other than ann")),
                 qPrintable(child<QPlainTextEdit>(a, "previewText")->toPlainText()));
        // Nothing was sent, and nothing is being sent.
        QTest::qWait(700);
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(!a->service()->isRunning(id));
        QCOMPARE(su(QStringLiteral("SELECT state || '/' || approval_state || '/' || attempts "
                                   "FROM ic_actions WHERE id = $1"),
                    {id}),
                 QStringLiteral("pending/required/0"));

        // Ann sees it waiting, with its exact preview, and cannot decide it.
        QVERIFY(select(a, id));
        ApprovalPanel *panel = a->approvalPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(child<QLabel>(panel, "approvalStateLabel")
                     ->text()
                     .startsWith(QLatin1String("Waiting for approval by an approver other than "
                                               "ann")),
                 qPrintable(child<QLabel>(panel, "approvalStateLabel")->text()));
        QCOMPARE(child<QPlainTextEdit>(panel, "approvalPreviewText")->toPlainText(),
                 record(a, id)->preview);
        QVERIFY(record(a, id)->preview.contains(QLatin1String("ten_acme")));
        for (const char *name : {"approveButton", "rejectButton"}) {
            auto *b = child<QPushButton>(panel, name);
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QLatin1String("approver")), qPrintable(b->toolTip()));
        }
        QVERIFY(!child<QPushButton>(a, "resumeButton")->isEnabled());
        QVERIFY2(child<QPushButton>(a, "resumeButton")
                     ->toolTip()
                     .contains(QLatin1String("Waiting for approval")),
                 qPrintable(child<QPushButton>(a, "resumeButton")->toolTip()));
        // Forced anyway: the service refuses, Resume refuses, the server refuses.
        std::optional<Result<ActionRecord>> forced;
        a->service()->approve(id, QString(), [&](const Result<ActionRecord> &r) { forced = r; });
        QTRY_VERIFY(forced.has_value());
        QVERIFY(!forced->ok());
        QCOMPARE(forced->error().kind, Error::Kind::PermissionDenied);
        std::optional<Result<ActionRecord>> resumed;
        a->service()->resume(id, [&](const Result<ActionRecord> &r) { resumed = r; });
        QTRY_VERIFY(resumed.has_value());
        QVERIFY(!resumed->ok());
        auto raw = m_team.session(QStringLiteral("ann"));
        const auto byServer =
            raw->run(QStringLiteral("SELECT ic_decide_action($1, 'approved', '')"), {id});
        QVERIFY(!byServer.ok);
        QVERIFY2(byServer.message.contains(QLatin1String("Only an approver")),
                 qPrintable(byServer.message));
        const auto claimByServer = raw->run(
            QStringLiteral("UPDATE ic_actions SET attempts = attempts + 1 WHERE id = $1"), {id});
        QVERIFY(!claimByServer.ok);
        QVERIFY2(claimByServer.message.contains(QLatin1String("waiting for approval")),
                 qPrintable(claimByServer.message));
        QCOMPARE(m_server.requests().size(), 0);

        // Ben is told (in his window), and finds it in his list.
        ApprovalWatch *watch = m_ben->team()->approvals();
        QTRY_COMPARE_WITH_TIMEOUT(watch->waitingForMe().size(), 1, 20000);
        QCOMPARE(watch->waitingForMe().first().actionId, id);
        auto *indicator = child<QToolButton>(m_ben.get(), "approvalsWaitingButton");
        QTRY_VERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().startsWith(QLatin1String("1 waiting")),
                 qPrintable(indicator->text()));
        QTRY_VERIFY(!m_ben->team()->notifier()->history().isEmpty());
        QVERIFY2(m_ben->team()->notifier()->history().last().contains(
                     QLatin1String("ann asks for approval")),
                 qPrintable(m_ben->team()->notifier()->history().last()));
        auto *notice = child<MessageBanner>(m_ben.get(), "approvalBanner");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("Approval requested")));
        // Ann asked: her own request is not news to her.
        QVERIFY(m_ann->team()->notifier()->history().isEmpty());
        QVERIFY(m_ann->team()->approvals()->waitingForMe().isEmpty());

        // Ben approves from his own window, with a note.
        ActionsPane *b = pane(m_ben.get());
        QVERIFY(b);
        QTRY_VERIFY(record(b, id));
        QVERIFY(select(b, id));
        ApprovalPanel *benPanel = b->approvalPanel();
        QTRY_VERIFY(benPanel->isVisible());
        QCOMPARE(child<QPlainTextEdit>(benPanel, "approvalPreviewText")->toPlainText(),
                 record(a, id)->preview);
        QVERIFY(!child<QPushButton>(benPanel, "breakGlassButton")->isEnabled());
        auto *approve = child<QPushButton>(benPanel, "approveButton");
        QVERIFY2(approve->isEnabled(), qPrintable(approve->toolTip()));
        QTest::keyClicks(child<QLineEdit>(benPanel, "approvalNoteEdit"),
                         QStringLiteral("Checked the abuse report"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            record(b, id) && !record(b, id)->waitingForApproval(),
            qPrintable(child<MessageBanner>(b, "actionsBanner")->text() +
                       child<QLabel>(benPanel, "approvalNoteErrorLabel")->text()),
            15000);
        QCOMPARE(record(b, id)->approvalState, QStringLiteral("approved"));
        QVERIFY(!approve->isEnabled());
        QCOMPARE(timeline(QStringLiteral("action.approved")).size(), 1);
        QVERIFY2(timeline(QStringLiteral("action.approved"))
                     .first()
                     .startsWith(QLatin1String("ben: Approved:")),
                 qPrintable(timeline(QStringLiteral("action.approved")).join(u'|')));
        QVERIFY(timeline(QStringLiteral("action.approved"))
                    .first()
                    .contains(QLatin1String("Checked the abuse report")));
        QTRY_COMPARE_WITH_TIMEOUT(watch->waitingForMe().size(), 0, 15000);
        QTRY_VERIFY(!indicator->isVisible());
        // Still nothing sent: approval is not running.
        QCOMPARE(m_server.requests().size(), 0);

        // Ann's window follows (the change feed), and her Resume runs it once.
        QTRY_VERIFY_WITH_TIMEOUT(
            record(a, id) && record(a, id)->approvalState == QLatin1String("approved"), 20000);
        QVERIFY(select(a, id));
        auto *resume = child<QPushButton>(a, "resumeButton");
        QTRY_VERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.effects().size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(record(a, id)->state == ActionState::Succeeded, 20000);
        QTest::qWait(700);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().path, QByteArray("/admin/tenants/ten_acme/suspend"));
        QCOMPARE(m_server.requests().first().header("authorization"), "Bearer " + Token.toUtf8());
        QVERIFY(!resume->isEnabled());
    }

    void rejectionWithReasonSendsNothing()
    {
        const qsizetype sent = m_server.requests().size();
        ActionsPane *a = pane(m_ann.get());
        const QString id = request(a, ActionKind::RevokeTenantTokens, QStringLiteral("ten_acme"),
                                   QStringLiteral("Keys may be leaked"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(record(a, id) && record(a, id)->waitingForApproval());

        ActionsPane *b = pane(m_ben.get());
        QTRY_VERIFY_WITH_TIMEOUT(record(b, id), 20000);
        QVERIFY(select(b, id));
        ApprovalPanel *panel = b->approvalPanel();
        auto *reject = child<QPushButton>(panel, "rejectButton");
        QTRY_VERIFY(reject->isEnabled());
        // Without a reason: refused next to the field, nothing changed.
        child<QLineEdit>(panel, "approvalNoteEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(panel, "approvalNoteEdit"), QStringLiteral("   "));
        QTest::mouseClick(reject, Qt::LeftButton);
        auto *error = child<QLabel>(panel, "approvalNoteErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("Nothing was changed")),
                 qPrintable(error->text()));
        QCOMPARE(su(QStringLiteral("SELECT approval_state FROM ic_actions WHERE id = $1"), {id}),
                 QStringLiteral("required"));
        QCOMPARE(su(QStringLiteral("SELECT count(*) FROM ic_approvals WHERE action_id = $1"), {id}),
                 QStringLiteral("0"));

        child<QLineEdit>(panel, "approvalNoteEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(panel, "approvalNoteEdit"),
                         QStringLiteral("Rotate the two leaked keys instead"));
        QTest::mouseClick(reject, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(record(b, id) && record(b, id)->rejected(), 15000);
        const QStringList rejected = timeline(QStringLiteral("action.rejected"));
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().startsWith(QLatin1String("ben: Rejected:")) &&
                     rejected.first().contains(QLatin1String("Rotate the two leaked keys")),
                 qPrintable(rejected.first()));

        // Ann cannot run it: not from the window, not forced.
        QTRY_VERIFY_WITH_TIMEOUT(record(a, id) && record(a, id)->rejected(), 20000);
        QVERIFY(select(a, id));
        QTRY_VERIFY(!child<QPushButton>(a, "resumeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(a->approvalPanel(), "breakGlassButton")->isEnabled());
        QTRY_VERIFY(child<QLabel>(a->approvalPanel(), "approvalStateLabel")
                        ->text()
                        .startsWith(QLatin1String("Rejected")));
        std::optional<Result<ActionRecord>> resumed;
        a->service()->resume(id, [&](const Result<ActionRecord> &r) { resumed = r; });
        QTRY_VERIFY(resumed.has_value());
        QVERIFY(!resumed->ok());
        QVERIFY2(resumed->error().message.contains(QLatin1String("rejected")),
                 qPrintable(resumed->error().message));
        QTest::qWait(500);
        QCOMPARE(m_server.requests().size(), sent);
        QCOMPARE(su(QStringLiteral("SELECT attempts FROM ic_actions WHERE id = $1"), {id}),
                 QStringLiteral("0"));
    }

    void breakGlassNeedsAJustificationRunsOnceAndIsFlagged()
    {
        const qsizetype sent = m_server.requests().size();
        const QStringList benSawBefore = m_ben->team()->notifier()->history();
        ActionsPane *a = pane(m_ann.get());
        const QString id = request(a, ActionKind::SuspendTenant, QStringLiteral("ten_beta"),
                                   QStringLiteral("Beta tenant mass-exfiltrating"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(record(a, id) && record(a, id)->waitingForApproval());
        QVERIFY(select(a, id));
        auto *button = child<QPushButton>(a->approvalPanel(), "breakGlassButton");
        QTRY_VERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
        BreakGlassDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = a->findChild<BreakGlassDialog *>(QStringLiteral("breakGlassDialog"))));
        QCOMPARE(child<QPlainTextEdit>(dlg, "breakGlassPreviewText")->toPlainText(),
                 record(a, id)->preview);

        // Empty, then only whitespace: refused, nothing run or recorded.
        auto *run = child<QPushButton>(dlg, "breakGlassRunButton");
        auto *justification = child<QPlainTextEdit>(dlg, "justificationEdit");
        auto *error = child<QLabel>(dlg, "justificationErrorLabel");
        for (const QString &typed : {QString(), QStringLiteral("  \n\t ")}) {
            justification->setPlainText(typed);
            QTest::mouseClick(run, Qt::LeftButton);
            QTRY_VERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QLatin1String("Nothing was run")),
                     qPrintable(error->text()));
            QVERIFY(dlg->isVisible());
        }
        // Too short for the server: its refusal is shown, nothing run.
        justification->setPlainText(QStringLiteral("urgent"));
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(error->isVisible() && error->text().contains(QLatin1String("10")));
        QVERIFY2(error->text().contains(QLatin1String("Nothing was")), qPrintable(error->text()));
        QTest::qWait(300);
        QCOMPARE(su(QStringLiteral("SELECT approval_state || '/' || attempts FROM ic_actions "
                                   "WHERE id = $1"),
                    {id}),
                 QStringLiteral("required/0"));
        QCOMPARE(m_server.requests().size(), sent);

        justification->setPlainText(
            QStringLiteral("Beta is exfiltrating customer data right now; no approver is awake"));
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.effects().size(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(record(a, id) && record(a, id)->state == ActionState::Succeeded,
                                 20000);
        QVERIFY(record(a, id)->brokeGlass());
        QTest::qWait(700);
        QCOMPARE(m_server.requests().size(), sent + 1);
        QCOMPARE(m_server.requests().last().path, QByteArray("/admin/tenants/ten_beta/suspend"));

        // Flagged on the timeline...
        const QStringList flagged = timeline(QStringLiteral("action.break_glass"));
        QCOMPARE(flagged.size(), 1);
        QVERIFY2(flagged.first().startsWith(QLatin1String("ann: BREAK-GLASS:")) &&
                     flagged.first().contains(QLatin1String("no approver is awake")),
                 qPrintable(flagged.first()));
        // ...and in both incident lists, in words.
        for (MainWindow *w : {m_ann.get(), m_ben.get()}) {
            IncidentListModel *model = w->incidentModel();
            QTRY_VERIFY_WITH_TIMEOUT(model->hasBreakGlass(m_incidentId), 20000);
            const QModelIndex title =
                model->index(model->rowOf(m_incidentId), IncidentListModel::TitleColumn);
            QVERIFY2(title.data().toString().startsWith(QLatin1String("[BREAK-GLASS]")),
                     qPrintable(title.data().toString()));
            QVERIFY(title.data(IncidentListModel::BreakGlassRole).toBool());
            // The tooltip says why first, then names the incident whole.
            const QString tip = title.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.startsWith(QLatin1String("BREAK-GLASS: a containment action")) &&
                         tip.contains(QLatin1String("\n\n")),
                     qPrintable(tip));
        }
        // Ben's window says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_ben->team()->notifier()->history().size() > benSawBefore.size(),
                                 20000);
        QVERIFY2(
            m_ben->team()->notifier()->history().last().startsWith(QLatin1String("BREAK-GLASS")),
            qPrintable(m_ben->team()->notifier()->history().last()));
        auto *notice = child<MessageBanner>(m_ben.get(), "approvalBanner");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("without a second person")));
    }

    void aSecondBreakGlassInTheSameIncidentIsAnnouncedAgain()
    {
        // The incident is flagged already; a second run without approval is
        // news all the same (issue 14: every member is told, every time).
        auto breakGlassNotices = [this] {
            const QStringList h = m_ben->team()->notifier()->history();
            return std::count_if(h.cbegin(), h.cend(), [](const QString &line) {
                return line.startsWith(QLatin1String("BREAK-GLASS"));
            });
        };
        const auto before = breakGlassNotices();
        QVERIFY(before >= 1); // the first run's
        ActionsPane *a = pane(m_ann.get());
        const QString id =
            request(a, ActionKind::RevokeTenantTokens, QStringLiteral("ten_beta"),
                    QStringLiteral("Beta's tokens are still used from the attacker's hosts"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(record(a, id) && record(a, id)->waitingForApproval());
        QVERIFY(select(a, id));
        auto *button = child<QPushButton>(a->approvalPanel(), "breakGlassButton");
        QTRY_VERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
        BreakGlassDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = a->findChild<BreakGlassDialog *>(QStringLiteral("breakGlassDialog"))));
        child<QPlainTextEdit>(dlg, "justificationEdit")
            ->setPlainText(QStringLiteral("Beta's tokens still work; still no approver awake"));
        QTest::mouseClick(child<QPushButton>(dlg, "breakGlassRunButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(record(a, id) && record(a, id)->brokeGlass(), 20000);
        QCOMPARE(timeline(QStringLiteral("action.break_glass")).size(), 2);
        // Ben is told again (approval notices may come and go in between).
        QTRY_COMPARE_WITH_TIMEOUT(breakGlassNotices(), before + 1, 20000);
        QTest::qWait(500);
        QCOMPARE(breakGlassNotices(), before + 1); // once per run
    }
};

QTEST_MAIN(TestApprovalWindow)
#include "tst_approvalwindow.moc"
