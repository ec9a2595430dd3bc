// Permissions: what a team workspace's roles allow, and the sentence that
// says why not (the login, what it holds, the role needed, who can grant
// it); a workspace without roles follows its profile, as before.
#include "models/store/ConnectionProfile.h"
#include "models/store/Permissions.h"
#include "models/team/TeamAccess.h"

#include <QTest>

using namespace ic;
using Action = Permissions::Action;

namespace {

Team::Access team(const QString &login, const QStringList &roles,
                  const QStringList &admins = {QStringLiteral("alice"), QStringLiteral("carol")})
{
    Team::Access a;
    a.team = true;
    a.login = login;
    a.roles = roles;
    a.admins = admins;
    a.rolePrefix = QStringLiteral("ic_0123456789ab");
    return a;
}

const QList<Action> &allActions()
{
    static const QList<Action> all{Action::Edit,      Action::Comment, Action::Detect,
                                   Action::Command,   Action::Contain, Action::Approve,
                                   Action::Administer};
    return all;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void eachRoleAllowsExactlyItsActions_data()
    {
        QTest::addColumn<QStringList>("roles"); // as the server lists them (inherited included)
        QTest::addColumn<QList<int>>("allowed");
        const auto ints = [](std::initializer_list<Action> l) {
            QList<int> out;
            for (Action a : l)
                out << int(a);
            return out;
        };
        const QString v = QStringLiteral("viewer"), r = QStringLiteral("responder"),
                      c = QStringLiteral("commander"), ap = QStringLiteral("approver"),
                      ad = QStringLiteral("admin");
        QTest::newRow("none") << QStringList{} << QList<int>{};
        QTest::newRow("viewer") << QStringList{v} << QList<int>{};
        QTest::newRow("responder")
            << QStringList{r, v} << ints({Action::Edit, Action::Comment, Action::Detect});
        QTest::newRow("commander") << QStringList{c, r, v}
                                   << ints({Action::Edit, Action::Comment, Action::Detect,
                                            Action::Command, Action::Contain});
        QTest::newRow("approver") << QStringList{ap, v} << ints({Action::Approve});
        QTest::newRow("admin") << QStringList{ad, v} << ints({Action::Administer});
        QTest::newRow("responder+approver")
            << QStringList{v, ap, r}
            << ints({Action::Edit, Action::Comment, Action::Detect, Action::Approve});
        QTest::newRow("commander+admin")
            << QStringList{ad, c, r, v}
            << ints({Action::Edit, Action::Comment, Action::Detect, Action::Command,
                     Action::Contain, Action::Administer});
        // Only what the server says is held counts: a commander the server
        // did not list as responder may not edit (the grants are responder's).
        QTest::newRow("commander alone")
            << QStringList{c} << ints({Action::Command, Action::Contain});
    }

    void eachRoleAllowsExactlyItsActions()
    {
        QFETCH(QStringList, roles);
        QFETCH(QList<int>, allowed);
        const Permissions p = Permissions::fromAccess(team(QStringLiteral("bob"), roles));
        QVERIFY(p.isTeam());
        QVERIFY(!p.isReviewer() && !p.isReadOnly());
        for (Action a : allActions()) {
            const QString why = p.whyNot(a);
            QCOMPARE(p.may(a), allowed.contains(int(a)));
            if (p.may(a))
                continue;
            // The sentence names the login, the role needed and the admins.
            QVERIFY2(why.contains(QLatin1String("bob")), qPrintable(why));
            QVERIFY2(why.contains(Permissions::roleFor(a)), qPrintable(why));
            QVERIFY2(why.contains(QLatin1String("alice, carol")), qPrintable(why));
        }
        QCOMPARE(p.canEdit(), allowed.contains(int(Action::Edit)));
    }

    void whyNotTexts()
    {
        const Permissions viewer =
            Permissions::fromAccess(team(QStringLiteral("bob"), {QStringLiteral("viewer")}));
        QCOMPARE(viewer.whyNot(Action::Edit),
                 QStringLiteral("Your login bob holds only viewer in this workspace; editing "
                                "incidents, checklists and the timeline needs responder. Ask an "
                                "admin (alice, carol)."));
        const Permissions responder = Permissions::fromAccess(
            team(QStringLiteral("rita"), {QStringLiteral("viewer"), QStringLiteral("responder")}));
        QCOMPARE(responder.whyNot(Action::Contain),
                 QStringLiteral("Your login rita holds only viewer, responder in this workspace; "
                                "running containment actions needs commander. Ask an admin "
                                "(alice, carol)."));
        const Permissions none = Permissions::fromAccess(team(QStringLiteral("nia"), {}, {}));
        QCOMPARE(none.whyNot(Action::Administer),
                 QStringLiteral("Your login nia holds no role in this workspace; changing action "
                                "settings, rules, escalation policies and severity presets needs "
                                "admin. No admin is named yet: ask your database administrator."));
    }

    void rolesAreKeptInReadingOrderAndCompare()
    {
        const Permissions a = Permissions::fromAccess(
            team(QStringLiteral("bob"), {QStringLiteral("admin"), QStringLiteral("viewer"),
                                         QStringLiteral("ic_other_thing")}));
        QCOMPARE(a.roles(), (QStringList{QStringLiteral("viewer"), QStringLiteral("admin")}));
        const Permissions b = Permissions::fromAccess(
            team(QStringLiteral("bob"), {QStringLiteral("viewer"), QStringLiteral("admin")}));
        QVERIFY(a == b);
        const Permissions c =
            Permissions::fromAccess(team(QStringLiteral("bob"), {QStringLiteral("viewer")}));
        QVERIFY(!(a == c));
        // The same roles, another login: another person.
        const Permissions d = Permissions::fromAccess(
            team(QStringLiteral("eve"), {QStringLiteral("viewer"), QStringLiteral("admin")}));
        QVERIFY(!(a == d));
        QVERIFY(!(a == Permissions()));
    }

    void notATeamOrSuperuserMayDoEverything()
    {
        Team::Access solo; // SQLite, or PostgreSQL from before roles
        const Permissions p = Permissions::fromAccess(solo);
        QVERIFY(!p.isTeam());
        QVERIFY(p == Permissions());
        for (Action a : allActions())
            QVERIFY(p.may(a));
        Team::Access su = team(QStringLiteral("postgres"), {});
        su.superuser = true;
        QVERIFY(Permissions::fromAccess(su) == Permissions());
    }

    void profilesStayAsTheyWere()
    {
        ConnectionSpec spec;
        QVERIFY(Permissions::forSpec(spec) == Permissions());
        spec.reviewer = true;
        const Permissions reviewer = Permissions::forSpec(spec);
        QVERIFY(reviewer.isReviewer() && !reviewer.isTeam());
        for (Action a : allActions())
            QCOMPARE(reviewer.may(a), a == Action::Comment);
        spec.readOnly = true;
        const Permissions ro = Permissions::forSpec(spec);
        QVERIFY(ro.isReadOnly());
        for (Action a : allActions())
            QVERIFY(!ro.may(a));
        QVERIFY(ro.whyNot(Action::Edit).contains(QLatin1String("read-only")));
    }
};

QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
