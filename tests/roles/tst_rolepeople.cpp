// People in a team workspace, through the app's own code (repositories and
// models/team) on their own logins: every record names the person the
// server knows, whatever name the app sends; a login with no role is told
// what is missing and who can grant it; a role taken away while connected
// counts at the next write; the two-person rule and break-glass.

#include "TeamFixture.h"
#include "WorkspaceFixture.h"
#include "models/actions/Outbox.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/record/MemberKeys.h"
#include "models/record/PersonKey.h"
#include "models/store/Database.h"
#include "models/team/Approvals.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamMembers.h"
#include "models/timeline/EventLog.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ic;
using namespace ic::test;

class TestRolePeople : public QObject
{
    Q_OBJECT

    TeamFixture m_team;
    QStringList m_open;

    QHash<QString, std::shared_ptr<const Ed25519Signer>> m_keys;

    // A person's connection as the app makes it: their key registered (the
    // server refuses it to a login with no role) and signing every event.
    QSqlDatabase connect(const QString &login)
    {
        const QString name = QStringLiteral("people-%1-%2").arg(login).arg(m_open.size());
        auto db = Db::open(m_team.spec(login), name);
        if (!db)
            qWarning() << db.error().fullText();
        m_open << name;
        if (!db)
            return QSqlDatabase();
        if (!m_keys.contains(login)) {
            auto pair = Signing::generateEd25519();
            auto signer = pair ? Ed25519Signer::fromPem(pair->privatePem)
                               : Result<std::unique_ptr<Ed25519Signer>>(pair.error());
            if (signer)
                m_keys.insert(login,
                              std::shared_ptr<const Ed25519Signer>(std::move(signer.value())));
        }
        QSqlDatabase c = db.value();
        if (auto key = m_keys.value(login);
            key &&
            MemberKeys::registerOwn(c, key->publicKey(), login, QDateTime::currentDateTimeUtc()))
            EventLog::setSigner(name, key);
        return c;
    }

    QString newIncident(QSqlDatabase db, const QString &claimedActor)
    {
        NewIncident n;
        n.title = QStringLiteral("Credential stuffing");
        n.severity = Severity::P2;
        auto inc = IncidentRepository(db, QDateTime::currentDateTimeUtc()).create(n, claimedActor);
        if (!inc) {
            qWarning() << inc.error().fullText();
            return {};
        }
        return inc->id;
    }

    ActionRecord draftAction(const QString &incident, ActionKind kind, const QString &target)
    {
        ActionRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.incidentId = incident;
        r.kind = kind;
        r.target = target;
        r.reason = QStringLiteral("contain the attacker");
        r.backend = Backend::Api;
        r.endpoint = QStringLiteral("https://admin.example");
        r.method = QStringLiteral("POST");
        r.path = QStringLiteral("/admin/x");
        r.body = "{}";
        r.preview = QStringLiteral("the exact request");
        return r;
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(m_team.createWorkspace(QStringLiteral("people")));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("admin_p"), {QStringLiteral("admin")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("alice"), {QStringLiteral("responder")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("bob"), {QStringLiteral("responder")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("carol"), {QStringLiteral("commander")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("dave"), {QStringLiteral("approver")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("erin"),
                                      {QStringLiteral("commander"), QStringLiteral("approver")}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("nobody"), {}));
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("vic"), {QStringLiteral("viewer")}));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_open))
            Db::close(name);
    }

    void twoPeopleEachNamedByTheServer()
    {
        // Both workstations send the same free-text name; the record shows
        // who was connected.
        QSqlDatabase alice = connect(QStringLiteral("alice"));
        QSqlDatabase bob = connect(QStringLiteral("bob"));
        QVERIFY(alice.isOpen() && bob.isOpen());
        const QString id = newIncident(alice, QStringLiteral("Incident Commander"));
        QVERIFY(!id.isEmpty());
        IncidentRepository byBob(bob, QDateTime::currentDateTimeUtc());
        IC_VERIFY_OK(
            byBob.addNote(id, QStringLiteral("alice"), QStringLiteral("It was me, alice")));
        IncidentRepository byAlice(alice, QDateTime::currentDateTimeUtc());
        IC_VERIFY_OK(byAlice.addNote(id, QStringLiteral("Incident Commander"),
                                     QStringLiteral("Checked the logs")));

        auto events = EventLog::events(alice, id);
        IC_VERIFY_OK(events);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).actor, QStringLiteral("alice"));
        QCOMPARE(events->at(1).actor, QStringLiteral("bob")); // claimed to be alice
        QCOMPARE(events->at(2).actor, QStringLiteral("alice"));
        auto inc = byAlice.get(id);
        IC_VERIFY_OK(inc);
        QCOMPARE(inc->createdBy, QStringLiteral("alice"));
        // The hashes were made over the names the server recorded.
        auto verified = EventLog::verify(alice, id);
        IC_VERIFY_OK(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    void aRefusalSaysWhatWasRefusedAndWhichRoleItNeeds()
    {
        // The server refuses a responder an admin's setting (a GRANT): the
        // person reads what was refused, that nothing changed, which role.
        QSqlDatabase alice = connect(QStringLiteral("alice"));
        auto settings = Db::exec(alice, QStringLiteral("UPDATE ic_action_settings SET value = "
                                                       "'https://attacker.example'"));
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().kind, Error::Kind::PermissionDenied);
        const QString m = settings.error().message;
        QVERIFY2(m.contains(QLatin1String("the action settings")) &&
                     m.contains(QLatin1String("needs the admin role")) &&
                     m.contains(QLatin1String("Nothing was changed")),
                 qPrintable(m));
        // The record is nobody's to change directly.
        auto events = Db::exec(alice, QStringLiteral("DELETE FROM ic_incident_events"));
        QVERIFY(!events.ok());
        QVERIFY2(events.error().message.contains(QLatin1String("no role may change it")) &&
                     events.error().message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(events.error().message));
        // A check of the workspace's own says it in its words.
        auto reset = Db::exec(alice, QStringLiteral("SELECT ic_reset_rule('nope')"));
        QVERIFY(!reset.ok());
        QVERIFY2(reset.error().message.startsWith(QLatin1String("Only an admin may reset")) &&
                     reset.error().message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(reset.error().message));
    }

    void aLoginWithNoRoleIsToldWhatIsMissing()
    {
        const QString connection = QStringLiteral("people-nobody");
        auto info = Workspace::open(m_team.spec(QStringLiteral("nobody")), OpenOptions{},
                                    connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, Error::Kind::PermissionDenied);
        const QString m = info.error().message;
        QVERIFY2(m.contains(QLatin1String("\"nobody\" holds no role")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("viewer, responder, commander, approver or admin")),
                 qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("admin_p")), qPrintable(m)); // who can grant it
        QVERIFY2(m.contains(QLatin1String("Nothing was changed")), qPrintable(m));
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM ic_members WHERE login = "
                                          "'nobody'")),
                 QStringLiteral("0"));
        // And a raw session of it reads nothing.
        auto raw = m_team.session(QStringLiteral("nobody"));
        QVERIFY(!raw->run(QStringLiteral("SELECT * FROM ic_incidents")).ok);
    }

    void opening_recordsWhoWasHere()
    {
        const QString connection = QStringLiteral("people-open-bob");
        auto info = Workspace::open(m_team.spec(QStringLiteral("bob")), OpenOptions{}, connection,
                                    QDateTime::currentDateTimeUtc());
        Db::close(connection);
        IC_VERIFY_OK(info);
        QVERIFY(info->team);
        QCOMPARE(info->login, QStringLiteral("bob"));
        QCOMPARE(info->roles, (QStringList{QStringLiteral("viewer"), QStringLiteral("responder")}));
        QVERIFY(!info->becameTeam);
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT last_seen IS NOT NULL FROM ic_members WHERE "
                                          "login = 'bob'")),
                 QStringLiteral("t"));

        // A viewer opens it too, and so does a read-only (reviewer) session,
        // which writes nothing, not even when it was seen.
        auto viewer = Workspace::open(m_team.spec(QStringLiteral("vic")), OpenOptions{}, connection,
                                      QDateTime::currentDateTimeUtc());
        Db::close(connection);
        IC_VERIFY_OK(viewer);
        QCOMPARE(viewer->roles, QStringList{QStringLiteral("viewer")});
        const QString seen =
            su->value(QStringLiteral("SELECT last_seen FROM ic_members WHERE login = 'vic'"));
        QVERIFY(!seen.isEmpty());
        ConnectionSpec readOnly = m_team.spec(QStringLiteral("vic"));
        readOnly.readOnly = true;
        auto reviewer =
            Workspace::open(readOnly, OpenOptions{}, connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        IC_VERIFY_OK(reviewer);
        QCOMPARE(su->value(QStringLiteral("SELECT last_seen FROM ic_members WHERE login = 'vic'")),
                 seen);
    }

    void aRoleRevokedWhileConnectedCountsAtTheNextWrite()
    {
        QSqlDatabase carol = connect(QStringLiteral("carol"));
        QSqlDatabase admin = connect(QStringLiteral("admin_p"));
        const QString id = newIncident(carol, QStringLiteral("carol"));
        QVERIFY(!id.isEmpty());
        IncidentRepository repo(carol, QDateTime::currentDateTimeUtc());
        IncidentPatch raise;
        raise.severity = Severity::P1;
        auto first = repo.update(id, 1, raise, QStringLiteral("carol"));
        IC_VERIFY_OK(first);

        auto after = Team::revoke(admin, QStringLiteral("carol"), {QStringLiteral("commander")});
        IC_VERIFY_OK(after);
        QVERIFY(after->isEmpty());

        IncidentPatch lower;
        lower.severity = Severity::P3;
        auto refused = repo.update(id, first->version, lower, QStringLiteral("carol"));
        QVERIFY(!refused);
        const Error e = Team::explain(refused.error());
        QCOMPARE(e.kind, Error::Kind::PermissionDenied);
        QVERIFY2(e.message.contains(QLatin1String("Nothing was changed")), qPrintable(e.message));
        auto still = IncidentRepository(admin, QDateTime::currentDateTimeUtc()).get(id);
        IC_VERIFY_OK(still);
        QCOMPARE(still->severity, Severity::P1);
        auto access = Team::access(carol);
        IC_VERIFY_OK(access);
        QVERIFY(access->roles.isEmpty());
        IC_VERIFY_OK(Team::grant(admin, QStringLiteral("carol"), {QStringLiteral("commander")}));
    }

    void anApprovalNeedsASecondPerson()
    {
        QSqlDatabase alice = connect(QStringLiteral("alice"));
        QSqlDatabase carol = connect(QStringLiteral("carol"));
        QSqlDatabase dave = connect(QStringLiteral("dave"));
        QSqlDatabase erin = connect(QStringLiteral("erin"));
        const QString id = newIncident(alice, QStringLiteral("alice"));
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // A responder requests a high-impact action in someone else's name.
        auto requested = Outbox::create(
            alice, draftAction(id, ActionKind::SuspendTenant, QStringLiteral("ten_9")),
            QStringLiteral("carol"), now);
        IC_VERIFY_OK(requested);
        QCOMPARE(requested->createdBy, QStringLiteral("alice"));
        auto status = Team::Approvals::status(carol, requested->id);
        IC_VERIFY_OK(status);
        QVERIFY(status->waiting());
        QCOMPARE(status->requestedBy, QStringLiteral("alice"));
        auto waiting = Team::Approvals::waiting(dave);
        IC_VERIFY_OK(waiting);
        QVERIFY(std::any_of(waiting->cbegin(), waiting->cend(), [&](const Team::ApprovalStatus &s) {
            return s.actionId == requested->id;
        }));

        // A commander cannot run it yet, and the responder cannot at all.
        const ActionClaim claim =
            ActionClaim::forThisProcess(QStringLiteral("ws-carol"), now.addSecs(300));
        auto early =
            Outbox::claim(carol, requested->id, claim, QStringLiteral("carol"), false, now);
        QVERIFY(!early);
        QVERIFY2(
            Team::explain(early.error()).message.contains(QLatin1String("waiting for approval")),
            qPrintable(early.error().fullText()));

        // A rejection needs a reason (refused before it reaches the server).
        auto noReason = Team::Approvals::reject(dave, requested->id, QStringLiteral("  "), now);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().kind, Error::Kind::InvalidInput);

        auto approved = Team::Approvals::approve(dave, requested->id, QStringLiteral("seen"), now);
        IC_VERIFY_OK(approved);
        QCOMPARE(approved->decidedBy, QStringLiteral("dave"));
        auto run = Outbox::claim(carol, requested->id, claim, QStringLiteral("carol"), false, now);
        IC_VERIFY_OK(run);

        // The timeline names the approver, then the commander.
        auto events = EventLog::events(alice, id);
        IC_VERIFY_OK(events);
        QStringList seen;
        for (const IncidentEvent &e : events.value())
            seen << e.kind + QLatin1Char('/') + e.actor;
        QVERIFY2(seen.contains(QStringLiteral("action.requested/alice")),
                 qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(QStringLiteral("action.approved/dave")),
                 qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(QStringLiteral("action.attempt/carol")),
                 qPrintable(seen.join(u' ')));

        // Someone who can both request and approve still needs another person.
        auto own = Outbox::create(
            erin, draftAction(id, ActionKind::RevokeTenantTokens, QStringLiteral("ten_9")),
            QStringLiteral("erin"), now);
        IC_VERIFY_OK(own);
        auto self = Team::Approvals::approve(erin, own->id, QString(), now);
        QVERIFY(!self);
        QCOMPARE(self.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(self.error().message.startsWith(
                     QLatin1String("Only an approver other than you can approve this")),
                 qPrintable(self.error().message));
        auto unchanged = Team::Approvals::status(erin, own->id);
        IC_VERIFY_OK(unchanged);
        QVERIFY(unchanged->waiting());
        QVERIFY(unchanged->decisions.isEmpty());
    }

    void breakGlassRunsAloneAndIsFlagged()
    {
        QSqlDatabase carol = connect(QStringLiteral("carol"));
        const QString id = newIncident(carol, QStringLiteral("carol"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto wide = Outbox::create(
            carol, draftAction(id, ActionKind::BlockIp, QStringLiteral("10.0.0.0/8")),
            QStringLiteral("carol"), now);
        IC_VERIFY_OK(wide);
        auto narrow = Outbox::create(
            carol, draftAction(id, ActionKind::BlockIp, QStringLiteral("203.0.113.0/24")),
            QStringLiteral("carol"), now);
        IC_VERIFY_OK(narrow);
        auto narrowStatus = Team::Approvals::status(carol, narrow->id);
        IC_VERIFY_OK(narrowStatus);
        QCOMPARE(narrowStatus->approvalState, QStringLiteral("none")); // a /24 is not wider

        auto terse = Team::Approvals::breakGlass(carol, wide->id, QStringLiteral("now"), now);
        QVERIFY(!terse);
        QCOMPARE(terse.error().kind, Error::Kind::InvalidInput);
        auto broken = Team::Approvals::breakGlass(
            carol, wide->id, QStringLiteral("Botnet is hitting login from the whole range"), now);
        IC_VERIFY_OK(broken);
        QCOMPARE(broken->decision, QStringLiteral("break_glass"));
        const ActionClaim claim =
            ActionClaim::forThisProcess(QStringLiteral("ws-carol"), now.addSecs(300));
        IC_VERIFY_OK(Outbox::claim(carol, wide->id, claim, QStringLiteral("carol"), false, now));

        auto flagged = Team::Approvals::incidentsWithBreakGlass(carol);
        IC_VERIFY_OK(flagged);
        QVERIFY(flagged->contains(id));
        auto events = EventLog::events(carol, id);
        IC_VERIFY_OK(events);
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const IncidentEvent &e) {
            return e.kind == QLatin1String("action.break_glass") &&
                   e.summary.startsWith(QLatin1String("BREAK-GLASS")) &&
                   e.actor == QLatin1String("carol");
        }));
    }

    void membersAndTheWorkspaceRecord()
    {
        QSqlDatabase admin = connect(QStringLiteral("admin_p"));
        QSqlDatabase alice = connect(QStringLiteral("alice"));
        auto members = Team::members(alice);
        IC_VERIFY_OK(members);
        QStringList logins;
        for (const Team::Member &m : members.value())
            logins << m.login;
        QVERIFY2(logins.contains(QStringLiteral("erin")), qPrintable(logins.join(u',')));
        QVERIFY(!logins.contains(QStringLiteral("nobody")));

        auto byAlice = Team::grant(alice, QStringLiteral("nobody"), {QStringLiteral("viewer")});
        QVERIFY(!byAlice);
        QCOMPARE(byAlice.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(byAlice.error().message.contains(QLatin1String("Only an admin")),
                 qPrintable(byAlice.error().message));

        auto unknown = Team::grant(admin, QStringLiteral("ghost"), {QStringLiteral("viewer")});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("no login \"ghost\"")),
                 qPrintable(unknown.error().message));

        IC_VERIFY_OK(
            Team::setDisplayName(alice, QStringLiteral("alice"), QStringLiteral("Alice A.")));
        auto byOther = Team::setDisplayName(alice, QStringLiteral("bob"), QStringLiteral("Bobby"));
        QVERIFY(!byOther);

        auto record = Team::workspaceRecord(admin);
        IC_VERIFY_OK(record);
        QVERIFY(std::any_of(record->cbegin(), record->cend(), [](const Team::RecordEntry &e) {
            return e.subject == QLatin1String("members") && e.item == QLatin1String("carol") &&
                   e.changedBy == QLatin1String("admin_p") &&
                   e.before.value(QStringLiteral("roles"))
                       .toArray()
                       .contains(QStringLiteral("commander")) &&
                   e.after.value(QStringLiteral("roles")).toArray().isEmpty();
        }));
        auto notAdmin = Team::workspaceRecord(alice);
        QVERIFY(!notAdmin);
        QCOMPARE(notAdmin.error().kind, Error::Kind::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestRolePeople)
#include "tst_rolepeople.moc"
