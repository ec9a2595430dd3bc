// Members & Roles in the window, offscreen, on real PostgreSQL logins: an
// admin adds an existing login as responder and the server holds it (the
// superuser reads pg_has_role); a login that does not exist is refused by
// the server and the dialog shows its words, changing nothing; creating a
// login is offered only to an admin whose role has CREATEROLE, and the new
// login then logs in with the password typed once (which the form drops);
// a non-admin cannot open the dialog and is told why.
#include "TeamFixture.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/team/MembersDialog.h"
#include "ui/team/TeamShell.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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

class TestMembersDialog : public QObject
{
    Q_OBJECT
private:
    TeamFixture m_team;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_prefix;

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

    MembersDialog *dialog(MainWindow *w)
    {
        auto *action = w->findChild<QAction *>(QStringLiteral("membersRolesAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *d = w->findChild<MembersDialog *>(QStringLiteral("membersDialog"));
        if (!d || !QTest::qWaitFor([d] { return d->loaded(); }, 20000))
            return nullptr;
        return d;
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

    QString memberCount() { return su(QStringLiteral("SELECT count(*) FROM ic_team_members()")); }

    static void choose(QComboBox *combo, const QString &role)
    {
        combo->setCurrentIndex(combo->findData(role));
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.createWorkspace(QStringLiteral("membersdialog")));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("ada"), {QStringLiteral("admin")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("cora"), {QStringLiteral("admin")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("vic"), {QStringLiteral("viewer")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("zed"), {}));
        IC_VERIFY_OK(m_team.pg().execute(QStringLiteral("postgres"),
                                         QStringLiteral("ALTER ROLE cora CREATEROLE")));
        m_prefix = su(QStringLiteral("SELECT value FROM ic_workspace WHERE key = 'role_prefix'"));
        QVERIFY(!m_prefix.isEmpty());
    }

    void adminAddsAnExistingLoginAndTheServerHoldsIt()
    {
        auto w = open(QStringLiteral("ada"));
        QVERIFY(w);
        MembersDialog *d = dialog(w.get());
        QVERIFY(d);
        QVERIFY(std::any_of(d->members().cbegin(), d->members().cend(),
                            [](const Team::Member &m) { return m.login == QLatin1String("ada"); }));
        const QString role = m_prefix + QStringLiteral("_responder");
        QCOMPARE(su(QStringLiteral("SELECT pg_has_role('zed', $1, 'MEMBER')"), {role}),
                 QStringLiteral("f"));

        QTest::keyClicks(child<QLineEdit>(d, "existingLoginEdit"), QStringLiteral("zed"));
        choose(child<QComboBox>(d, "existingRoleCombo"), QStringLiteral("responder"));
        QTest::mouseClick(child<QPushButton>(d, "addMemberButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            su(QStringLiteral("SELECT pg_has_role('zed', $1, 'MEMBER')"), {role}),
            QStringLiteral("t"), 20000);
        QTRY_VERIFY(
            std::any_of(d->members().cbegin(), d->members().cend(), [](const Team::Member &m) {
                return m.login == QLatin1String("zed") &&
                       m.roles.contains(QLatin1String("responder"));
            }));
        // Recorded in the workspace record, by the admin.
        QCOMPARE(su(QStringLiteral("SELECT changed_by FROM ic_workspace_record WHERE subject = "
                                   "'members' AND item = 'zed' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("ada"));

        // A login that does not exist: the server's refusal, shown; nothing changed.
        const QString before = memberCount();
        QTest::keyClicks(child<QLineEdit>(d, "existingLoginEdit"), QStringLiteral("no_such_login"));
        QTest::mouseClick(child<QPushButton>(d, "addMemberButton"), Qt::LeftButton);
        auto *banner = child<MessageBanner>(d, "membersBanner");
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->kind() == MessageBanner::Kind::Error, 20000);
        QVERIFY2(banner->text().contains(QLatin1String("no_such_login")),
                 qPrintable(banner->text()));
        QCOMPARE(memberCount(), before);

        // Taking a role away goes through too, and the server holds that.
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("membersTable"));
        QVERIFY(table);
        int row = -1;
        for (int r = 0; r < d->members().size(); ++r) {
            if (d->members().at(r).login == QLatin1String("zed"))
                row = r;
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        choose(child<QComboBox>(d, "memberRoleCombo"), QStringLiteral("responder"));
        QTest::mouseClick(child<QPushButton>(d, "revokeRoleButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            su(QStringLiteral("SELECT pg_has_role('zed', $1, 'MEMBER')"), {role}),
            QStringLiteral("f"), 20000);

        // Ada's role has no CREATEROLE: creating a login is not offered, and says why.
        auto *create = child<QPushButton>(d, "createLoginButton");
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(QLatin1String("CREATEROLE")),
                 qPrintable(create->toolTip()));
        QVERIFY(!child<QLineEdit>(d, "newPasswordEdit")->isEnabled());
    }

    void adminWithCreateRoleCreatesALogin()
    {
        auto w = open(QStringLiteral("cora"));
        QVERIFY(w);
        MembersDialog *d = dialog(w.get());
        QVERIFY(d);
        auto *login = child<QLineEdit>(d, "newLoginEdit");
        auto *password = child<QLineEdit>(d, "newPasswordEdit");
        auto *create = child<QPushButton>(d, "createLoginButton");
        QVERIFY(login->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        auto *banner = child<MessageBanner>(d, "membersBanner");

        // Too short a password: refused before anything is sent.
        QTest::keyClicks(login, QStringLiteral("newbie"));
        QTest::keyClicks(password, QStringLiteral("short"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(banner->isVisible() && banner->kind() == MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QLatin1String("12 characters")),
                 qPrintable(banner->text()));
        QCOMPARE(password->text(), QString()); // typed once, never kept
        QCOMPARE(su(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'newbie'")),
                 QStringLiteral("0"));
        // A hostile name is refused too.
        login->clear();
        QTest::keyClicks(login, QStringLiteral("x\" SUPERUSER --"));
        QTest::keyClicks(password, QStringLiteral("long enough password 1"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(banner->text().contains(QLatin1String("cannot be a new login")));
        QCOMPARE(su(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'x%'")),
                 QStringLiteral("0"));

        login->clear();
        QTest::keyClicks(login, QStringLiteral("newbie"));
        const QString secret = QStringLiteral("correct horse battery staple");
        QTest::keyClicks(password, secret);
        choose(child<QComboBox>(d, "newLoginRoleCombo"), QStringLiteral("responder"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            su(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'newbie' AND "
                              "rolcanlogin AND NOT rolsuper AND NOT rolcreaterole")),
            QStringLiteral("1"), 20000);
        QTRY_VERIFY(banner->kind() == MessageBanner::Kind::Info &&
                    banner->text().contains(QLatin1String("Created the login newbie")));
        QCOMPARE(password->text(), QString());
        QCOMPARE(su(QStringLiteral("SELECT pg_has_role('newbie', $1, 'MEMBER')"),
                    {m_prefix + QStringLiteral("_responder")}),
                 QStringLiteral("t"));
        // The server kept a verifier, not the password.
        QVERIFY(su(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'newbie'"))
                    .startsWith(QLatin1String("SCRAM-SHA-256$")));
        // And the new person logs in with it.
        test::PqSession newbie(
            QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=newbie password='%3' "
                           "sslmode=disable connect_timeout=10")
                .arg(m_team.pg().port())
                .arg(m_team.database(), secret));
        QCOMPARE(newbie.value(QStringLiteral("SELECT session_user")), QStringLiteral("newbie"));
    }

    void nonAdminCannotOpenItAndIsToldWhy()
    {
        auto w = open(QStringLiteral("vic"));
        QVERIFY(w);
        auto *action = w->findChild<QAction *>(QStringLiteral("membersRolesAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QLatin1String("admin")) &&
                     action->toolTip().contains(QLatin1String("vic")),
                 qPrintable(action->toolTip()));
        w->team()->showMembers();
        QVERIFY(!w->findChild<MembersDialog *>(QStringLiteral("membersDialog")));
        QVERIFY2(w->banner()->text().contains(QLatin1String("admin")),
                 qPrintable(w->banner()->text()));
        // Importing an escalation policy is an admin's too.
        QVERIFY(w->showPane(QStringLiteral("escalationPane")));
        auto *import = w->findChild<QPushButton *>(QStringLiteral("importPolicyButton"));
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(QLatin1String("admin")), qPrintable(import->toolTip()));

        // Made an admin while the window is open: once the roles are read
        // again, the window offers what an admin may do.
        QVERIFY(
            m_team.superuser()->run(QStringLiteral("SELECT ic_team_grant('vic', '{admin}')")).ok);
        w->session()->reloadAccess();
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 20000);
        QTRY_VERIFY(import->isEnabled());
        MembersDialog *d = dialog(w.get());
        QVERIFY(d);
    }
};

QTEST_MAIN(TestMembersDialog)
#include "tst_membersdialog.moc"
