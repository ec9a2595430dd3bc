// The window follows the server's roles: real PostgreSQL logins (not
// superusers) open a team workspace in MainWindow, offscreen. A viewer finds
// every write control disabled with a reason naming the role and the admins,
// and nothing it tries reaches the database; a responder's edits are
// recorded under its login whatever the "Your Name" setting says; a login
// without a role is told who can grant one; a role revoked while the window
// is open is refused by the server, and the window says so and follows.
#include "TeamFixture.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ic;
using ic::test::TeamFixture;

#ifndef IC_VERIFY_OK
#define IC_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().fullText())); \
    } while (false)
#endif

class TestRoleWindow : public QObject
{
    Q_OBJECT
private:
    TeamFixture m_team;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_incidentId;

    ConnectionProfile profileOf(const QString &login) const
    {
        return ConnectionProfile::forPostgres(m_team.spec(login).pg);
    }

    std::unique_ptr<MainWindow> open(const QString &login)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->openWorkspace(profileOf(login), TeamFixture::password(login));
        if (!shown.wait(30000) && shown.isEmpty())
            return nullptr;
        return w;
    }

    // Everything a write of the window could touch, counted by the superuser.
    QString rowCounts() const
    {
        return m_team.superuser()->value(QStringLiteral(
            "SELECT concat_ws('/', (SELECT count(*) FROM ic_incidents), "
            "(SELECT max(version) FROM ic_incidents), "
            "(SELECT count(*) FROM ic_incident_events), (SELECT count(*) FROM ic_checklists), "
            "(SELECT count(*) FROM ic_checklist_items), (SELECT count(*) FROM ic_actions), "
            "(SELECT count(*) FROM ic_action_settings))"));
    }

    QAction *action(MainWindow *w, const char *name)
    {
        return w->findChild<QAction *>(QString::fromLatin1(name));
    }

    bool selectIncident(MainWindow *w, const QString &id)
    {
        auto *table = w->findChild<QTableView *>(QStringLiteral("incidentTable"));
        if (!table || !table->model())
            return false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (w->incidentModel()->incidentById(id) &&
                table->model()->data(index, IncidentListModel::IncidentIdRole).toString() == id) {
                table->selectRow(row);
                return true;
            }
        }
        return false;
    }

    QString bannerText(MainWindow *w)
    {
        auto *banner = w->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        return banner && banner->isVisible() ? banner->text() : QString();
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.createWorkspace(QStringLiteral("rolewindow")));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("ada_admin"), {QStringLiteral("admin")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("vic"), {QStringLiteral("viewer")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("rita"), {QStringLiteral("responder")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("rex"),
                                      {QStringLiteral("viewer"), QStringLiteral("responder")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("nobody"), {}));
        // A name of her own in the members table, set from her own login.
        QVERIFY(m_team.session(QStringLiteral("rita"))
                    ->run(QStringLiteral("SELECT ic_set_display_name('rita', 'Rita Responder')"))
                    .ok);
        // Whatever the setting says, the server's login is what is recorded.
        m_settings.setActorName(QStringLiteral("Somebody Else Entirely"));
    }

    void responderEditsAreRecordedUnderItsLogin()
    {
        auto w = open(QStringLiteral("rita"));
        QVERIFY(w);
        WorkspaceSession *session = w->session();
        // First, so the other cases have an incident whatever fails below.
        NewIncident n;
        n.title = QStringLiteral("Responder opens this");
        std::optional<Result<Incident>> created;
        w->incidentStore()->create(n, [&](const Result<Incident> &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        IC_VERIFY_OK(*created);
        m_incidentId = created->value().id;
        QCOMPARE(session->identity().login, QStringLiteral("rita"));
        QCOMPARE(session->identity().actor, QStringLiteral("rita"));
        QVERIFY(session->permissions().isTeam());
        QVERIFY(session->permissions().canEdit());
        QVERIFY(!session->permissions().may(Permissions::Action::Contain));
        // Renaming oneself changes nothing recorded.
        session->setActor(QStringLiteral("Still Someone Else"));
        QCOMPARE(session->identity().actor, QStringLiteral("rita"));
        // Shown by the name in the members table, recorded by the login.
        QCOMPARE(session->identity().name, QStringLiteral("Rita Responder"));
        auto *you = w->findChild<QLabel *>(QStringLiteral("actorLabel"));
        QVERIFY(you);
        QTRY_VERIFY2(you->text().contains(QLatin1String("Rita Responder")),
                     qPrintable(you->text()));

        w->incidentStore()->addNote(m_incidentId, QStringLiteral("A note by the responder"));
        QTRY_COMPARE_WITH_TIMEOUT(w->incidentStore()->pending(), 0, 20000);

        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM "
                                          "ic_incident_events WHERE incident_id = $1"),
                           {m_incidentId}),
                 QStringLiteral("rita"));
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM ic_incident_events WHERE "
                                          "incident_id = $1 AND kind = 'note'"),
                           {m_incidentId}),
                 QStringLiteral("1"));
        QCOMPARE(su->value(QStringLiteral("SELECT created_by FROM ic_incidents WHERE id = $1"),
                           {m_incidentId}),
                 QStringLiteral("rita"));

        // The window offers what a responder may do, and says why not the rest.
        QTRY_VERIFY(w->incidentModel()->incidentById(m_incidentId));
        QVERIFY(selectIncident(w.get(), m_incidentId));
        QTRY_VERIFY(action(w.get(), "addNoteAction")->isEnabled());
        QVERIFY(action(w.get(), "editTitleAction")->isEnabled());
        QVERIFY(!action(w.get(), "takeCommandAction")->isEnabled());
        QVERIFY(
            action(w.get(), "takeCommandAction")->toolTip().contains(QLatin1String("commander")));
        QVERIFY(!action(w.get(), "severityPolicyAction")->isEnabled());
        QVERIFY(
            action(w.get(), "severityPolicyAction")->toolTip().contains(QLatin1String("admin")));
        QVERIFY(w->showPane(QStringLiteral("actionsPane")));
        auto *run = w->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(run);
        QTRY_COMPARE(run->text(), QStringLiteral("Request"));
        QVERIFY2(run->toolTip().contains(QLatin1String("Request only")),
                 qPrintable(run->toolTip()));
        QVERIFY(w->showPane(QStringLiteral("timelinePane")));
        auto *addEntry = w->findChild<QPushButton *>(QStringLiteral("addEntryButton"));
        QVERIFY(addEntry && addEntry->isEnabled());
    }

    void viewerCanWriteNothingAndIsToldWhy()
    {
        QVERIFY(!m_incidentId.isEmpty());
        const QString before = rowCounts();
        auto w = open(QStringLiteral("vic"));
        QVERIFY(w);
        WorkspaceSession *session = w->session();
        QCOMPARE(session->identity().actor, QStringLiteral("vic"));
        QCOMPARE(session->permissions().roles(), QStringList{QStringLiteral("viewer")});
        QTRY_VERIFY(w->incidentModel()->incidentById(m_incidentId));
        QVERIFY(selectIncident(w.get(), m_incidentId));

        const auto namesLoginRoleAndAdmin = [](const QString &why, const char *role) {
            return why.contains(QLatin1String("vic")) && why.contains(QLatin1String(role)) &&
                   why.contains(QLatin1String("ada_admin"));
        };
        // The incident list's commands.
        for (const char *name : {"newIncidentAction", "addNoteAction", "editTitleAction"}) {
            QAction *a = action(w.get(), name);
            QVERIFY2(a && !a->isEnabled(), name);
            QVERIFY2(namesLoginRoleAndAdmin(a->toolTip(), "responder"), qPrintable(a->toolTip()));
        }
        for (const char *name : {"takeCommandAction", "closeIncidentAction"}) {
            QAction *a = action(w.get(), name);
            QVERIFY2(a && !a->isEnabled(), name);
            QVERIFY2(namesLoginRoleAndAdmin(a->toolTip(), "commander"), qPrintable(a->toolTip()));
        }
        QVERIFY(!action(w.get(), "severityPolicyAction")->isEnabled());
        QVERIFY(
            namesLoginRoleAndAdmin(action(w.get(), "severityPolicyAction")->toolTip(), "admin"));

        // The checklist.
        QVERIFY(w->showPane(QStringLiteral("checklistPane")));
        for (const char *name :
             {"attachPlaybookButton", "tickButton", "skipButton", "addChecklistNoteButton"}) {
            auto *b = w->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(b, name);
            QTRY_VERIFY2(!b->isEnabled(), name);
            QVERIFY2(namesLoginRoleAndAdmin(b->toolTip(), "responder"), qPrintable(b->toolTip()));
        }
        // The timeline's entries.
        QVERIFY(w->showPane(QStringLiteral("timelinePane")));
        auto *addEntry = w->findChild<QPushButton *>(QStringLiteral("addEntryButton"));
        QVERIFY(addEntry && !addEntry->isEnabled());
        QVERIFY2(namesLoginRoleAndAdmin(addEntry->toolTip(), "responder"),
                 qPrintable(addEntry->toolTip()));
        // The actions pane.
        QVERIFY(w->showPane(QStringLiteral("actionsPane")));
        for (const char *name : {"runButton", "resumeButton"}) {
            auto *b = w->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(b, name);
            QTRY_VERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QLatin1String("vic")) &&
                         b->toolTip().contains(QLatin1String("ada_admin")),
                     qPrintable(b->toolTip()));
        }

        // What the stores would write is refused before anything is sent...
        QSignalSpy failed(w->incidentStore(), &IncidentStore::failed);
        NewIncident n;
        n.title = QStringLiteral("A viewer tries");
        std::optional<Result<Incident>> created;
        w->incidentStore()->create(n, [&](const Result<Incident> &r) { created = r; });
        QTRY_VERIFY(created.has_value());
        QVERIFY(!created->ok());
        w->incidentStore()->addNote(m_incidentId, QStringLiteral("a viewer's note"));
        QTRY_VERIFY(!failed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w->incidentStore()->pending(), 0, 20000);
        // ...and nothing reached the database.
        QCOMPARE(rowCounts(), before);
    }

    void loginWithoutRoleIsToldWhoCanGrantOne()
    {
        const QString before = rowCounts();
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        w->show();
        w->openWorkspace(profileOf(QStringLiteral("nobody")),
                         TeamFixture::password(QStringLiteral("nobody")));
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(w.get()).contains(QLatin1String("holds no role")),
                                 30000);
        const QString text = bannerText(w.get());
        QVERIFY2(text.contains(QLatin1String("nobody")) &&
                     text.contains(QLatin1String("ada_admin")),
                 qPrintable(text));
        QVERIFY(!w->session() || !w->session()->isOpen());
        QCOMPARE(rowCounts(), before);
    }

    void roleRevokedWhileOpenIsRefusedAndTheWindowFollows()
    {
        QVERIFY(!m_incidentId.isEmpty());
        auto w = open(QStringLiteral("rex"));
        QVERIFY(w);
        WorkspaceSession *session = w->session();
        QVERIFY(session->permissions().canEdit());
        QTRY_VERIFY(w->incidentModel()->incidentById(m_incidentId));
        QVERIFY(selectIncident(w.get(), m_incidentId));
        QTRY_VERIFY(action(w.get(), "addNoteAction")->isEnabled());

        // The superuser takes responder away while the window is open. The
        // session may learn it from the server's refusal below or from its
        // own look at the roles before that: watch from before the revoke.
        QSignalSpy permissions(session, &WorkspaceSession::permissionsChanged);
        QSignalSpy reloaded(session, &WorkspaceSession::accessReloaded);
        auto su = m_team.superuser();
        const QString prefix =
            su->value(QStringLiteral("SELECT value FROM ic_workspace WHERE key = 'role_prefix'"));
        QVERIFY(!prefix.isEmpty());
        QVERIFY(su->run(QStringLiteral("REVOKE \"%1_responder\" FROM rex").arg(prefix)).ok);
        const QString before = rowCounts();

        const Incident *inc = w->incidentModel()->incidentById(m_incidentId);
        IncidentPatch p;
        p.title = QStringLiteral("Renamed after the role was gone");
        std::optional<Result<Incident>> updated;
        w->incidentStore()->update(
            m_incidentId, inc->version, p,
            [&](const Result<Incident> &r, const Incident &) { updated = r; });
        QTRY_VERIFY_WITH_TIMEOUT(updated.has_value(), 20000);
        // The server said no...
        QVERIFY(!updated->ok());
        QCOMPARE(updated->error().kind, Error::Kind::PermissionDenied);
        QCOMPARE(rowCounts(), before);
        // ...the session read the roles again, and the window says so.
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!permissions.isEmpty(), 20000);
        QCOMPARE(session->permissions().roles(), QStringList{QStringLiteral("viewer")});
        QVERIFY(!session->permissions().canEdit());
        QTRY_VERIFY(bannerText(w.get()).contains(QLatin1String("viewer")));
        QVERIFY(!action(w.get(), "addNoteAction")->isEnabled());
        QVERIFY(action(w.get(), "addNoteAction")->toolTip().contains(QLatin1String("responder")));
        // Refused here now, before anything is sent.
        QSignalSpy failed(w->incidentStore(), &IncidentStore::failed);
        w->incidentStore()->addNote(m_incidentId, QStringLiteral("after the revoke"));
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(rowCounts(), before);
    }
};

QTEST_MAIN(TestRoleWindow)
#include "tst_rolewindow.moc"
