// A team workspace made by the previous version (schema 12: one login with
// full rights, no roles) is upgraded by opening it: every row is kept, the
// record still verifies, the tables belong to the new owner role, and the
// login that upgraded is its first admin. A login that may not create roles
// is told so and changes nothing. Later updates only run as the owner role.

#include "PqSession.h"
#include "TeamFixture.h"
#include "WorkspaceFixture.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/SqlScript.h"
#include "models/team/TeamMembers.h"
#include "models/timeline/EventLog.h"

#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

const QStringList Tables{QStringLiteral("ic_incidents"),
                         QStringLiteral("ic_incident_events"),
                         QStringLiteral("ic_actions"),
                         QStringLiteral("ic_action_settings"),
                         QStringLiteral("ic_notification_drafts"),
                         QStringLiteral("ic_checklists"),
                         QStringLiteral("audit_logs"),
                         QStringLiteral("ic_workspace")};

} // namespace

class TestRoleUpgrade : public QObject
{
    Q_OBJECT

    TeamFixture m_team;

    QString conninfo(const QString &db, const QString &login)
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4 "
                              "sslmode=disable")
            .arg(m_team.pg().port())
            .arg(db, login, TeamFixture::password(login));
    }

    // Schema 12 and the platform tables, made by `login`, as the previous
    // version did, with rows in it.
    void makeLegacy(const QString &db, const QString &login)
    {
        PqSession s(conninfo(db, login));
        QVERIFY2(s.isOpen(), qPrintable(s.error()));
        QVERIFY(s.run(QStringLiteral("BEGIN")).ok);
        QVERIFY(s.run(QStringLiteral("CREATE TABLE ic_schema_migrations (component text NOT NULL, "
                                     "version integer NOT NULL, name text NOT NULL, applied_at "
                                     "timestamptz NOT NULL, PRIMARY KEY (component, version))"))
                    .ok);
        for (auto component : {Migrations::Component::Store, Migrations::Component::Platform}) {
            for (const Migrations::Step &step :
                 Migrations::steps(Db::Engine::Postgres, component)) {
                if (component == Migrations::Component::Store ? step.version > 12
                                                              : step.version > 1)
                    continue;
                for (const QString &statement : SqlScript::split(step.sql)) {
                    const auto o = s.run(statement);
                    QVERIFY2(o.ok, qPrintable(o.message));
                }
                QVERIFY(s.run(QStringLiteral("INSERT INTO ic_schema_migrations VALUES ($1, $2, "
                                             "$3, now())"),
                              {Migrations::componentName(component), QString::number(step.version),
                               step.name})
                            .ok);
            }
        }
        const QStringList rows{
            QStringLiteral("INSERT INTO ic_workspace VALUES ('workspace_id', 'legacy-ws')"),
            QStringLiteral("INSERT INTO ic_incidents (id, ref, title, severity, status, "
                           "detected_at, created_at, created_by, updated_at, updated_by) VALUES "
                           "('i1', 'INC-2026-001', 'Token leak', 1, 'open', now(), now(), 'sam', "
                           "now(), 'sam'), ('i2', 'INC-2026-002', 'Old', 3, 'closed', now(), "
                           "now(), 'kim', now(), 'kim')"),
            QStringLiteral(
                "INSERT INTO ic_actions (id, incident_id, kind, target, reason, backend, "
                "state, created_at, created_by, updated_at) VALUES ('a1', 'i1', "
                "'user.suspend', 'usr_1', 'stop it', 'sql', 'succeeded', now(), 'sam', "
                "now())"),
            QStringLiteral(
                "INSERT INTO ic_action_settings VALUES ('backend', 'sql', now(), 'sam')"),
            QStringLiteral("INSERT INTO ic_notification_drafts (id, incident_id, template_id, "
                           "template_name, created_at, created_by) VALUES ('d1', 'i1', 'gdpr', "
                           "'GDPR', now(), 'kim')"),
            QStringLiteral("INSERT INTO ic_checklists (id, incident_id, playbook_name, position, "
                           "attached_at, attached_by) VALUES ('c1', 'i1', 'Token leak', 0, now(), "
                           "'sam')"),
            QStringLiteral("INSERT INTO audit_logs (event, user_id) VALUES ('login', 'usr_1')")};
        for (const QString &sql : rows) {
            const auto o = s.run(sql);
            QVERIFY2(o.ok, qPrintable(o.message + QLatin1Char('\n') + sql));
        }
        // Chained events as the app before roles wrote them: two on i1, one
        // on i2. (An event without a hash is not chained by an open any
        // more: the record would take a cleared hash for a legacy row.)
        for (const auto &[incident, count] :
             {std::pair{QStringLiteral("i1"), 2}, std::pair{QStringLiteral("i2"), 1}}) {
            QString prev;
            for (int seq = 1; seq <= count; ++seq) {
                IncidentEvent e;
                e.incidentId = incident;
                e.seq = seq;
                e.occurredAt = e.recordedAt = QDateTime(QDate(2026, 3, 1), QTime(10, seq), Qt::UTC);
                e.actor = QStringLiteral("sam");
                e.kind = QStringLiteral("note");
                e.summary = QStringLiteral("Note %1").arg(seq);
                e.prevHash = prev;
                e.hash = EventLog::hashOf(e);
                const auto o = s.run(
                    QStringLiteral("INSERT INTO ic_incident_events (incident_id, seq, "
                                   "occurred_at, recorded_at, actor, kind, summary, details, "
                                   "prev_hash, hash) VALUES ($1, $2, $3, $3, 'sam', 'note', $4, "
                                   "'{}', $5, $6)"),
                    {incident, QString::number(seq), e.occurredAt.toString(Qt::ISODateWithMs),
                     e.summary, prev, e.hash});
                QVERIFY2(o.ok, qPrintable(o.message));
                prev = e.hash;
            }
            QVERIFY(s.run(QStringLiteral("UPDATE ic_incidents SET event_count = $1, "
                                         "last_event_hash = $2 WHERE id = $3"),
                          {QString::number(count), prev, incident})
                        .ok);
        }
        QVERIFY(s.run(QStringLiteral("COMMIT")).ok);
    }

    QMap<QString, QString> counts(PqSession &s)
    {
        QMap<QString, QString> out;
        for (const QString &t : Tables)
            out.insert(t, s.value(QStringLiteral("SELECT count(*) FROM %1").arg(t)));
        return out;
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        IC_VERIFY_OK(
            m_team.pg().execute(QStringLiteral("postgres"),
                                QStringLiteral("CREATE ROLE dba LOGIN CREATEROLE PASSWORD '%1'")
                                    .arg(TeamFixture::password(QStringLiteral("dba")))));
        IC_VERIFY_OK(m_team.pg().execute(QStringLiteral("postgres"),
                                         QStringLiteral("CREATE ROLE plain LOGIN PASSWORD '%1'")
                                             .arg(TeamFixture::password(QStringLiteral("plain")))));
        IC_VERIFY_OK(m_team.pg().execute(QStringLiteral("postgres"),
                                         QStringLiteral("CREATE DATABASE legacy OWNER dba")));
        IC_VERIFY_OK(m_team.pg().execute(QStringLiteral("postgres"),
                                         QStringLiteral("CREATE DATABASE legacy2 OWNER plain")));
        makeLegacy(QStringLiteral("legacy"), QStringLiteral("dba"));
        makeLegacy(QStringLiteral("legacy2"), QStringLiteral("plain"));
    }

    void aLoginThatCannotCreateRolesChangesNothing()
    {
        PqSession before(m_team.pg().conninfo(QStringLiteral("legacy2")));
        const QString roles = before.value(QStringLiteral("SELECT count(*) FROM pg_roles"));
        const auto rows = counts(before);
        const QString connection = QStringLiteral("upgrade-plain");
        auto info =
            Workspace::open(m_team.pg().tcpSpec(QStringLiteral("legacy2"), QStringLiteral("plain"),
                                                TeamFixture::password(QStringLiteral("plain"))),
                            OpenOptions{}, connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(info.error().message.contains(QLatin1String("nothing was changed")),
                 qPrintable(info.error().fullText()));
        QVERIFY2(info.error().detail.contains(QLatin1String("CREATEROLE")) &&
                     info.error().detail.contains(QLatin1String("team init")),
                 qPrintable(info.error().fullText()));
        PqSession after(m_team.pg().conninfo(QStringLiteral("legacy2")));
        QCOMPARE(after.value(QStringLiteral("SELECT max(version) FROM ic_schema_migrations WHERE "
                                            "component = 'store'")),
                 QStringLiteral("12"));
        QCOMPARE(after.value(QStringLiteral("SELECT count(*) FROM pg_roles")), roles);
        QCOMPARE(counts(after), rows);
        QCOMPARE(after.value(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = "
                                            "'ic_incidents'")),
                 QStringLiteral("plain"));
    }

    void upgradeKeepsEverythingAndMakesTheUpgraderAdmin()
    {
        PqSession su(m_team.pg().conninfo(QStringLiteral("legacy")));
        const auto rows = counts(su);
        const QString connection = QStringLiteral("upgrade-dba");
        auto info =
            Workspace::open(m_team.pg().tcpSpec(QStringLiteral("legacy"), QStringLiteral("dba"),
                                                TeamFixture::password(QStringLiteral("dba"))),
                            OpenOptions{}, connection, QDateTime::currentDateTimeUtc());
        IC_VERIFY_OK(info);
        QVERIFY(info->becameTeam);
        QVERIFY(info->team);
        QCOMPARE(info->login, QStringLiteral("dba"));
        QVERIFY(info->roles.contains(QStringLiteral("admin")));
        QCOMPARE(info->storeVersion,
                 Migrations::latestVersion(Db::Engine::Postgres, Migrations::Component::Store));
        QCOMPARE(info->workspaceId, QStringLiteral("legacy-ws"));
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            for (const QString &id : {QStringLiteral("i1"), QStringLiteral("i2")}) {
                auto v = EventLog::verify(db, id);
                IC_VERIFY_OK(v);
                QVERIFY2(v->intact, qPrintable(id + QStringLiteral(": ") + v->problem));
            }
            auto members = Team::members(db);
            IC_VERIFY_OK(members);
            QCOMPARE(members->size(), 1);
            QCOMPARE(members->first().login, QStringLiteral("dba"));
            QCOMPARE(members->first().roles,
                     (QStringList{QStringLiteral("admin"), QStringLiteral("owner")}));
        }
        Db::close(connection);

        // Every row kept; the workspace gained only its role prefix.
        auto expected = rows;
        expected[QStringLiteral("ic_workspace")] =
            QString::number(rows.value(QStringLiteral("ic_workspace")).toInt() + 1);
        QCOMPARE(counts(su), expected);
        const QString prefix = su.value(QStringLiteral("SELECT value FROM ic_workspace WHERE key = "
                                                       "'role_prefix'"));
        QVERIFY(prefix.startsWith(QLatin1String("ic_")));
        QCOMPARE(su.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                         "'public' AND tableowner <> $1"),
                          {prefix + QStringLiteral("_owner")}),
                 QStringLiteral("0"));
        // Nothing of the workspace is left to PUBLIC.
        QCOMPARE(su.value(QStringLiteral("SELECT count(*) FROM pg_class c WHERE relnamespace = "
                                         "'public'::regnamespace AND relkind = 'r' AND "
                                         "has_table_privilege('plain', c.oid, 'SELECT')")),
                 QStringLiteral("0"));
        // Not a superuser: the server's own functions could not be hardened,
        // and the workspace says so.
        QCOMPARE(su.value(QStringLiteral("SELECT ic_server_hardened()")), QStringLiteral("f"));

        // The people of the team now work with their own logins.
        IC_VERIFY_OK(m_team.pg().execute(QStringLiteral("postgres"),
                                         QStringLiteral("CREATE ROLE sam LOGIN PASSWORD '%1'")
                                             .arg(TeamFixture::password(QStringLiteral("sam")))));
        PqSession dba(conninfo(QStringLiteral("legacy"), QStringLiteral("dba")));
        QVERIFY(dba.run(QStringLiteral("SELECT ic_team_grant('sam', '{responder}')")).ok);
        PqSession sam(conninfo(QStringLiteral("legacy"), QStringLiteral("sam")));
        QCOMPARE(sam.value(QStringLiteral("SELECT title FROM ic_incidents WHERE id = 'i1'")),
                 QStringLiteral("Token leak"));
        QVERIFY(!sam.run(QStringLiteral("UPDATE ic_incident_events SET summary = 'x'")).ok);

        // Opening again changes nothing more.
        auto again =
            Workspace::open(m_team.pg().tcpSpec(QStringLiteral("legacy"), QStringLiteral("dba"),
                                                TeamFixture::password(QStringLiteral("dba"))),
                            OpenOptions{}, connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        IC_VERIFY_OK(again);
        QVERIFY(!again->becameTeam);
    }

    void laterUpdatesOnlyRunAsTheOwner()
    {
        // Pretend a newer step is pending: a member who is not in the owner
        // role is told who can apply it, and nothing changes.
        PqSession su(m_team.pg().conninfo(QStringLiteral("legacy")));
        const auto steps = Migrations::steps(Db::Engine::Postgres, Migrations::Component::Store);
        QVERIFY(steps.size() >= 2);
        const int newest = steps.at(steps.size() - 1).version;
        const int before = steps.at(steps.size() - 2).version;
        QVERIFY(su.run(QStringLiteral("DELETE FROM ic_schema_migrations WHERE component = 'store' "
                                      "AND version = $1"),
                       {QString::number(newest)})
                    .ok);
        const QString connection = QStringLiteral("upgrade-sam");
        auto info =
            Workspace::open(m_team.pg().tcpSpec(QStringLiteral("legacy"), QStringLiteral("sam"),
                                                TeamFixture::password(QStringLiteral("sam"))),
                            OpenOptions{}, connection, QDateTime::currentDateTimeUtc());
        Db::close(connection);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(info.error().message.contains(QLatin1String("owner role")) &&
                     info.error().message.contains(QLatin1String("dba")) &&
                     info.error().message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(info.error().fullText()));
        QCOMPARE(su.value(QStringLiteral("SELECT max(version) FROM ic_schema_migrations WHERE "
                                         "component = 'store'")),
                 QString::number(before));
    }
};

QTEST_GUILESS_MAIN(TestRoleUpgrade)
#include "tst_roleupgrade.moc"
