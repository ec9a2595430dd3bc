// Every role of a team workspace, attacked from a raw libpq session (no app
// code) as a real login holding only that role: each write the role may not
// do is refused by the server and leaves the database as it was; each write
// it may do succeeds.

#include "PqSession.h"
#include "TeamFixture.h"
#include "WorkspaceFixture.h"

#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

const QStringList Roles{QStringLiteral("viewer"), QStringLiteral("responder"),
                        QStringLiteral("commander"), QStringLiteral("approver"),
                        QStringLiteral("admin")};

QString loginOf(const QString &role)
{
    return role + QStringLiteral("_p");
}

// Everything a refused statement might have touched.
const QString Fingerprint = QStringLiteral(
    "SELECT md5(concat_ws('|',"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_incident_events t),"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_incidents t),"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_actions t),"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_notification_drafts t),"
    " (SELECT string_agg(t::text, ',' ORDER BY key) FROM ic_action_settings t),"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_approvals t),"
    " (SELECT string_agg(t::text, ',' ORDER BY kind) FROM ic_approval_policy t),"
    " (SELECT string_agg(t::text, ',' ORDER BY key) FROM ic_workspace t),"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_workspace_record t),"
    " (SELECT string_agg(t::text, ',' ORDER BY id) FROM ic_notification_rules t),"
    " (SELECT string_agg(t::text, ',' ORDER BY name) FROM ic_escalation_policies t),"
    " (SELECT string_agg(t::text, ',' ORDER BY level) FROM ic_severity_levels t),"
    " (SELECT string_agg(t::text, ',' ORDER BY login) FROM ic_reader_secret t),"
    " (SELECT string_agg(t::text, ',' ORDER BY rule_id) FROM ic_detection_rules t),"
    " (SELECT string_agg(roleid::text || '>' || member::text, ',' ORDER BY roleid, member)"
    "    FROM pg_auth_members)))");

QString actionInsert(const QString &id, const QString &kind, const QString &target,
                     const QString &createdBy)
{
    return QStringLiteral("INSERT INTO ic_actions (id, incident_id, kind, target, reason, backend, "
                          "endpoint, method, path, body, preview, state, attempts, created_at, "
                          "created_by, updated_at) VALUES ('%1', 'inc1', '%2', '%3', 'test', "
                          "'api', 'https://admin.example', 'POST', '/admin/x', '{}', 'preview', "
                          "'pending', 0, now(), '%4', now())")
        .arg(id, kind, target, createdBy);
}

QString draftInsert(const QString &id)
{
    return QStringLiteral("INSERT INTO ic_notification_drafts (id, incident_id, template_id, "
                          "template_name, state, latest_version, created_at, created_by, version) "
                          "VALUES ('%1', 'inc1', 'gdpr', 'GDPR', 'draft', 1, now(), '', 1); "
                          "INSERT INTO ic_notification_versions (draft_id, version, subject, body, "
                          "saved_at, saved_by) VALUES ('%1', 1, 'Breach', 'Body', now(), '')")
        .arg(id);
}

// Signed with the caller's own registered key (the server cannot check the
// Ed25519 bytes; verify-record does): every login registers one below.
const QString AppendEvent = QStringLiteral(
    "SELECT ic_append_event('inc1', h.next_seq, h.leaf_index, now(), h.recorded_at, NULL, 'note', "
    "'hello', '{}', false, NULL, h.prev_hash, 'abc', (SELECT fingerprint FROM ic_member_keys "
    "WHERE login = session_user AND revoked_at IS NULL LIMIT 1), sha512('x'), sha256('x')) "
    "FROM ic_event_head('inc1') h");
const QString AppendUnsigned = QStringLiteral(
    "SELECT ic_append_event('inc1', h.next_seq, h.leaf_index, now(), h.recorded_at, NULL, 'note', "
    "'hello', '{}', false, NULL, h.prev_hash, 'abc', NULL, NULL, sha256('x')) "
    "FROM ic_event_head('inc1') h");

} // namespace

class TestRolePrivileges : public QObject
{
    Q_OBJECT

    TeamFixture m_team;
    QString m_prefix;

    void seed(const QString &login, const QString &sql)
    {
        auto s = m_team.session(login);
        QVERIFY2(s->isOpen(), qPrintable(s->error()));
        const auto o = s->run(sql);
        QVERIFY2(o.ok,
                 qPrintable(login + QStringLiteral(": ") + o.message + QLatin1Char('\n') + sql));
    }

    // A statement, the roles that may run it, and the login that tries it
    // for each role (default: the role's own login).
    void addRows(const char *what, const QString &sql, const QStringList &allowed)
    {
        for (const QString &role : Roles)
            QTest::addRow("%s as %s", what, qPrintable(role))
                << loginOf(role) << sql << allowed.contains(role);
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_team.pg());
        auto w = m_team.createWorkspace(QStringLiteral("team"));
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().fullText()));
        for (const QString &role : Roles) {
            auto p = m_team.addPerson(loginOf(role), {role});
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().fullText()));
        }
        // Someone who both requests and approves, writes and reviews.
        auto both = m_team.addPerson(QStringLiteral("both_p"),
                                     {QStringLiteral("commander"), QStringLiteral("approver")});
        QVERIFY2(both.ok(), qPrintable(both.ok() ? QString() : both.error().fullText()));
        m_prefix = m_team.superuser()->value(QStringLiteral("SELECT ic_role('x')")).chopped(2);
        // Each person's signing key (32 bytes; the server takes any).
        for (const QString &role : Roles)
            seed(loginOf(role),
                 QStringLiteral("SELECT ic_register_key(sha256(session_user::text::bytea))"));
        seed(QStringLiteral("both_p"),
             QStringLiteral("SELECT ic_register_key(sha256(session_user::text::bytea))"));

        seed(QStringLiteral("responder_p"),
             QStringLiteral("INSERT INTO ic_incidents (id, ref, title, severity, status, "
                            "detected_at, created_at, created_by, updated_at, updated_by) VALUES "
                            "('inc1', 'INC-1', 'Leak', 2, 'open', now(), now(), '', now(), '')"));
        seed(QStringLiteral("responder_p"), AppendEvent);
        seed(QStringLiteral("responder_p"),
             QStringLiteral("INSERT INTO ic_detection_rules (rule_id, name, watermark, updated_at) "
                            "VALUES ('r1', 'Token sprawl', 100, now())"));
        seed(QStringLiteral("responder_p"),
             QStringLiteral("INSERT INTO ic_checklists (id, incident_id, playbook_name, position, "
                            "attached_at, attached_by, deadlines_from) VALUES ('cl1', 'inc1', "
                            "'Token leak', 0, now(), '', now() - interval '2 hours'); "
                            "INSERT INTO ic_checklist_items (id, checklist_id, incident_id, "
                            "position, phase_position, phase, text) VALUES ('it1', 'cl1', "
                            "'inc1', 0, 0, 'Contain', 'Revoke the key')"));
        seed(QStringLiteral("responder_p"),
             actionInsert(QStringLiteral("act_r"), QStringLiteral("user.suspend"),
                          QStringLiteral("usr_1"), QString()));
        seed(QStringLiteral("responder_p"),
             actionInsert(QStringLiteral("act_wide"), QStringLiteral("ip.block"),
                          QStringLiteral("10.0.0.0/8"), QString()));
        seed(QStringLiteral("commander_p"),
             actionInsert(QStringLiteral("act_c"), QStringLiteral("user.suspend"),
                          QStringLiteral("usr_2"), QString()));
        seed(QStringLiteral("commander_p"),
             actionInsert(QStringLiteral("act_cwide"), QStringLiteral("tenant.suspend"),
                          QStringLiteral("ten_1"), QString()));
        seed(QStringLiteral("both_p"),
             actionInsert(QStringLiteral("act_both"), QStringLiteral("tenant.suspend"),
                          QStringLiteral("ten_2"), QString()));
        seed(QStringLiteral("responder_p"), draftInsert(QStringLiteral("d_r")));
        seed(QStringLiteral("both_p"), draftInsert(QStringLiteral("d_both")));

        // What the seeding itself shows: the server chose who and what.
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT approval_state FROM ic_actions WHERE id = "
                                          "'act_wide'")),
                 QStringLiteral("required"));
        QCOMPARE(su->value(QStringLiteral("SELECT approval_state FROM ic_actions WHERE id = "
                                          "'act_r'")),
                 QStringLiteral("none"));
        QCOMPARE(su->value(QStringLiteral("SELECT created_by FROM ic_actions WHERE id = 'act_c'")),
                 QStringLiteral("commander_p"));
        QCOMPARE(su->value(QStringLiteral("SELECT actor FROM ic_incident_events")),
                 QStringLiteral("responder_p"));
    }

    void attack_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");

        // The record: append-only for every role, through one function.
        addRows("update an event",
                QStringLiteral("UPDATE ic_incident_events SET summary = 'Nothing happened'"), {});
        addRows("delete events", QStringLiteral("DELETE FROM ic_incident_events"), {});
        addRows("truncate events", QStringLiteral("TRUNCATE ic_incident_events"), {});
        addRows("insert an event directly",
                QStringLiteral("INSERT INTO ic_incident_events (incident_id, occurred_at, "
                               "recorded_at, actor, kind, summary) VALUES ('inc1', now(), now(), "
                               "'x', 'note', 'forged')"),
                {});
        addRows("move the record's head",
                QStringLiteral("UPDATE ic_incidents SET event_count = 0, last_event_hash = ''"),
                {});
        addRows("truncate incidents", QStringLiteral("TRUNCATE ic_incidents CASCADE"), {});
        addRows("append an event", AppendEvent,
                {QStringLiteral("responder"), QStringLiteral("commander"),
                 QStringLiteral("approver"), QStringLiteral("admin")});
        // Every event is signed by its author (issue 15): nobody appends one
        // without a signature.
        addRows("append an unsigned event", AppendUnsigned, {});

        // Detection rules: a responder's detector moves a watermark forward;
        // moving it back (a reset: the rule reads old rows again) is an
        // admin's, through the server's function.
        addRows("advance a detection rule",
                QStringLiteral("UPDATE ic_detection_rules SET watermark = watermark + 1 WHERE "
                               "rule_id = 'r1'"),
                {QStringLiteral("responder"), QStringLiteral("commander")});
        addRows("reset a detection rule directly",
                QStringLiteral("UPDATE ic_detection_rules SET watermark = 0 WHERE rule_id = 'r1'"),
                {});
        addRows("reset a detection rule", QStringLiteral("SELECT ic_reset_rule('r1')"),
                {QStringLiteral("admin")});

        // Incidents.
        addRows("read incidents", QStringLiteral("SELECT * FROM ic_incidents"), Roles);
        addRows("declare an incident",
                QStringLiteral("INSERT INTO ic_incidents (id, ref, title, severity, status, "
                               "detected_at, created_at, created_by, updated_at, updated_by) "
                               "VALUES ('inc9', 'INC-9', 'New', 3, 'open', now(), now(), '', "
                               "now(), '')"),
                {QStringLiteral("responder"), QStringLiteral("commander")});
        addRows("edit an incident's title",
                QStringLiteral("UPDATE ic_incidents SET title = 'Renamed' WHERE id = 'inc1'"),
                {QStringLiteral("responder"), QStringLiteral("commander")});
        addRows("change an incident's severity",
                QStringLiteral("UPDATE ic_incidents SET severity = 0 WHERE id = 'inc1'"),
                {QStringLiteral("commander")});
        addRows("close an incident",
                QStringLiteral("UPDATE ic_incidents SET status = 'closed', closed_at = now() "
                               "WHERE id = 'inc1'"),
                {QStringLiteral("commander")});

        // Checklists: a step ticked as the app does it, with when it was
        // done (a late-attached playbook's step done before it was attached).
        addRows("tick a step with the time it was done",
                QStringLiteral("UPDATE ic_checklist_items SET state = 'done', state_reason = '', "
                               "state_by = '', state_at = now(), state_happened_at = now() - "
                               "interval '1 hour', version = version + 1 WHERE id = 'it1'"),
                {QStringLiteral("responder"), QStringLiteral("commander")});
        addRows("rewrite what a step says",
                QStringLiteral("UPDATE ic_checklist_items SET text = 'Nothing to do' WHERE id = "
                               "'it1'"),
                {});

        // The outbox.
        addRows("request an action",
                actionInsert(QStringLiteral("act_new"), QStringLiteral("user.suspend"),
                             QStringLiteral("usr_9"), QString()),
                {QStringLiteral("responder"), QStringLiteral("commander")});
        addRows("insert an outbox row for someone else",
                actionInsert(QStringLiteral("act_forged"), QStringLiteral("user.suspend"),
                             QStringLiteral("usr_9"), QStringLiteral("someone_else")),
                {});
        addRows("insert an outbox row already sent",
                actionInsert(QStringLiteral("act_sent"), QStringLiteral("user.suspend"),
                             QStringLiteral("usr_9"), QString())
                    .replace(QStringLiteral("'pending', 0"), QStringLiteral("'succeeded', 1")),
                {});
        addRows("change an outbox row's body",
                QStringLiteral("UPDATE ic_actions SET body = '{\"evil\":1}' WHERE id = 'act_r'"),
                {});
        addRows("change an outbox row's target and path",
                QStringLiteral("UPDATE ic_actions SET target = 'usr_admin', path = "
                               "'/admin/users/usr_admin/suspend' WHERE id = 'act_c'"),
                {});
        addRows("change an outbox row's requester",
                QStringLiteral("UPDATE ic_actions SET created_by = current_user WHERE id = "
                               "'act_r'"),
                {});
        addRows("approve an action by writing its state",
                QStringLiteral("UPDATE ic_actions SET approval_state = 'approved' WHERE id = "
                               "'act_wide'"),
                {});
        addRows("run one's own action",
                QStringLiteral("UPDATE ic_actions SET state = 'in_flight', attempts = attempts + "
                               "1, claimed_by = 'ws-1' WHERE id = 'act_c'"),
                {QStringLiteral("commander")});
        addRows("run someone else's unapproved action",
                QStringLiteral("UPDATE ic_actions SET state = 'in_flight', attempts = attempts + "
                               "1, claimed_by = 'ws-1' WHERE id = 'act_r'"),
                {});
        addRows("run an action waiting for approval",
                QStringLiteral("UPDATE ic_actions SET state = 'in_flight', attempts = attempts + "
                               "1, claimed_by = 'ws-1' WHERE id = 'act_cwide'"),
                {});
        addRows("approve someone else's action",
                QStringLiteral("SELECT ic_decide_action('act_wide', 'approved', 'ok')"),
                {QStringLiteral("approver")});
        addRows("reject someone else's action",
                QStringLiteral("SELECT ic_decide_action('act_wide', 'rejected', 'too wide')"),
                {QStringLiteral("approver")});
        addRows("break glass on one's own request",
                QStringLiteral("SELECT ic_break_glass('act_cwide', 'Exfiltration in progress "
                               "right now')"),
                {QStringLiteral("commander")});
        QTest::addRow("approve one's own action as commander and approver")
            << QStringLiteral("both_p")
            << QStringLiteral("SELECT ic_decide_action('act_both', 'approved', 'mine')") << false;
        QTest::addRow("approve someone else's action as commander and approver")
            << QStringLiteral("both_p")
            << QStringLiteral("SELECT ic_decide_action('act_cwide', 'approved', 'ok')") << true;

        // Notification drafts.
        const QString review = QStringLiteral(
            "UPDATE ic_notification_drafts SET state = 'reviewed', reviewed_version = 1, "
            "reviewed_at = now(), reviewed_by = '', version = version + 1 WHERE id = '%1'");
        addRows("review someone else's draft", review.arg(QStringLiteral("d_r")),
                {QStringLiteral("approver")});
        QTest::addRow("review one's own draft as commander and approver")
            << QStringLiteral("both_p") << review.arg(QStringLiteral("d_both")) << false;
        QTest::addRow("review someone else's draft as commander and approver")
            << QStringLiteral("both_p") << review.arg(QStringLiteral("d_r")) << true;
        addRows("record a draft as sent without review",
                QStringLiteral("UPDATE ic_notification_drafts SET state = 'sent', sent_version = "
                               "1, sent_at = now(), sent_by = '' WHERE id = 'd_r'"),
                {});
        addRows("insert a draft already reviewed",
                QStringLiteral("INSERT INTO ic_notification_drafts (id, incident_id, "
                               "template_id, template_name, state, latest_version, created_at, "
                               "created_by, reviewed_version, reviewed_by, version) VALUES "
                               "('d_x', 'inc1', 't', 'T', 'reviewed', 1, now(), '', 1, 'x', 1)"),
                {});
        addRows("draft a notification", draftInsert(QStringLiteral("d_new")),
                {QStringLiteral("responder"), QStringLiteral("commander")});

        // The workspace's settings, rules, policies, presets: admins.
        addRows("change action settings",
                QStringLiteral("INSERT INTO ic_action_settings (key, value, updated_at, "
                               "updated_by) VALUES ('api.pin', 'sha256//AAAA', now(), '') ON "
                               "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {QStringLiteral("admin")});
        addRows("point containment at another platform primary",
                QStringLiteral("INSERT INTO ic_action_settings (key, value, updated_at, "
                               "updated_by) VALUES ('platform.primary', "
                               "'postgresql://attacker@evil.example:5432/platform', now(), '') ON "
                               "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {QStringLiteral("admin")});
        addRows("add a clock rule",
                QStringLiteral("INSERT INTO ic_notification_rules (id, name, amount, unit, "
                               "created_at, created_by) VALUES ('r1', 'Regulator', 72, 'hours', "
                               "now(), '')"),
                {QStringLiteral("admin")});
        addRows("import an escalation policy",
                QStringLiteral("INSERT INTO ic_escalation_policies (name, markdown, imported_at, "
                               "imported_by) VALUES ('p1', 'x', now(), '')"),
                {QStringLiteral("admin")});
        addRows("change a severity preset",
                QStringLiteral("INSERT INTO ic_severity_levels (level, name, response_minutes) "
                               "VALUES (0, 'SEV0', 5) ON CONFLICT (level) DO UPDATE SET name = "
                               "excluded.name"),
                {QStringLiteral("admin")});
        addRows("change which actions need approval",
                QStringLiteral("DELETE FROM ic_approval_policy"), {QStringLiteral("admin")});
        addRows("change the workspace's id",
                QStringLiteral("UPDATE ic_workspace SET value = 'other' WHERE key = "
                               "'workspace_id'"),
                {});

        addRows("point the role checks at other roles",
                QStringLiteral("UPDATE ic_workspace SET value = 'ic_000000000000' WHERE key = "
                               "'role_prefix'"),
                {});

        // Members and roles.
        addRows("grant a role", QStringLiteral("SELECT ic_team_grant('viewer_p', '{commander}')"),
                {QStringLiteral("admin")});
        addRows("give oneself a role directly",
                QStringLiteral("GRANT %1_admin TO current_user").arg(m_prefix), {});
        addRows("become the owner of the tables", QStringLiteral("SET ROLE %1_owner").arg(m_prefix),
                {});
        addRows("read the workspace record", QStringLiteral("SELECT * FROM ic_workspace_record"),
                {QStringLiteral("admin")});
        addRows("write the workspace record",
                QStringLiteral("INSERT INTO ic_workspace_record (subject, operation) VALUES "
                               "('members', 'added')"),
                {});
        addRows("delete the workspace record", QStringLiteral("DELETE FROM ic_workspace_record"),
                {});
        addRows("read the audit reader's stored password",
                QStringLiteral("SELECT * FROM ic_reader_secret"), {});
        addRows("change the audit reader's stored password",
                QStringLiteral("UPDATE ic_reader_secret SET password = 'mine'"), {});
        addRows("get the audit reader's login", QStringLiteral("SELECT * FROM ic_audit_reader()"),
                Roles);
    }

    void attack()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        auto su = m_team.superuser();
        const QString before = su->value(Fingerprint);
        auto s = m_team.session(login);
        QVERIFY2(s->isOpen(), qPrintable(s->error()));
        if (allowed) {
            // Done in a transaction rolled back after, so every row starts
            // from the same workspace.
            QVERIFY(s->run(QStringLiteral("BEGIN")).ok);
            const auto o = s->run(sql);
            QVERIFY2(o.ok, qPrintable(QStringLiteral("refused: ") + o.message));
            QVERIFY2(o.rows > 0 || sql.startsWith(QLatin1String("SET")),
                     "the permitted statement changed or returned nothing");
            QVERIFY(s->run(QStringLiteral("ROLLBACK")).ok);
        } else {
            const auto o = s->run(sql);
            QVERIFY2(!o.ok, "the server let it through");
            QVERIFY2(o.sqlState == QLatin1String("42501") || o.sqlState == QLatin1String("P0001"),
                     qPrintable(o.sqlState + QStringLiteral(": ") + o.message));
            QVERIFY2(!o.message.isEmpty(), "no reason given");
        }
        QCOMPARE(su->value(Fingerprint), before);
    }

    // The server's reasons say what to do, in the words the UI shows.
    void reasons_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        QTest::newRow("approve own") << QStringLiteral("both_p")
                                     << QStringLiteral("SELECT ic_decide_action('act_both', "
                                                       "'approved', '')")
                                     << QStringLiteral("Only an approver other than you can "
                                                       "approve this");
        QTest::newRow("review own") << QStringLiteral("both_p")
                                    << QStringLiteral("UPDATE ic_notification_drafts SET state = "
                                                      "'reviewed', reviewed_version = 1 WHERE id "
                                                      "= 'd_both'")
                                    << QStringLiteral("Only an approver other than its authors "
                                                      "can review this draft");
        QTest::newRow("someone else's name")
            << QStringLiteral("responder_p")
            << actionInsert(QStringLiteral("a9"), QStringLiteral("user.suspend"),
                            QStringLiteral("u"), QStringLiteral("admin_p"))
            << QStringLiteral("you are responder_p, the row names admin_p");
        QTest::newRow("severity") << QStringLiteral("responder_p")
                                  << QStringLiteral("UPDATE ic_incidents SET severity = 0")
                                  << QStringLiteral("Only a commander can change an incident's "
                                                    "severity");
        QTest::newRow("waiting") << QStringLiteral("commander_p")
                                 << QStringLiteral("UPDATE ic_actions SET attempts = 1 WHERE id = "
                                                   "'act_cwide'")
                                 << QStringLiteral("This action is waiting for approval");
        QTest::newRow("unsigned") << QStringLiteral("responder_p") << AppendUnsigned
                                  << QStringLiteral("The event is not signed");
        QTest::newRow("reset a rule")
            << QStringLiteral("responder_p") << QStringLiteral("SELECT ic_reset_rule('r1')")
            << QStringLiteral("Only an admin may reset the detection "
                              "rule r1");
        // A secret in a setting everyone reads is refused to every login.
        const QString setting = QStringLiteral(
            "INSERT INTO ic_action_settings (key, value, updated_at, updated_by) VALUES ('%1', "
            "'%2', now(), 'admin_p') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        const QString notStored = QStringLiteral("never stored in the workspace");
        QTest::newRow("primary with password")
            << QStringLiteral("admin_p")
            << setting.arg(
                   QStringLiteral("platform.primary"),
                   QStringLiteral("host=10.0.0.5 dbname=platform user=ic PassWord =hunter2"))
            << notStored;
        QTest::newRow("primary URI with password")
            << QStringLiteral("admin_p")
            << setting.arg(QStringLiteral("platform.primary"),
                           QStringLiteral("postgresql://ic:hunter2@10.0.0.5/platform"))
            << notStored;
        QTest::newRow("primary URI query password")
            << QStringLiteral("admin_p")
            << setting.arg(QStringLiteral("platform.primary"),
                           QStringLiteral("postgresql://ic@10.0.0.5/platform?password=hunter2"))
            << notStored;
        QTest::newRow("API address with credentials")
            << QStringLiteral("admin_p")
            << setting.arg(QStringLiteral("api.base_url"),
                           QStringLiteral("https://ops:tok_123@admin.example"))
            << notStored;
        QTest::newRow("viewer records") << QStringLiteral("viewer_p") << AppendEvent
                                        << QStringLiteral("needs the responder, approver or "
                                                          "admin role");
    }

    void reasons()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        auto s = m_team.session(login);
        const auto o = s->run(sql);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(reason), qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String("Nothing was")), qPrintable(o.message));
    }

    // A superuser is held to it too, and a setting without a secret passes.
    void settingsHoldNoSecretForAnyone()
    {
        auto su = m_team.superuser();
        QVERIFY(su->run(QStringLiteral("INSERT INTO ic_action_settings (key, value, updated_at, "
                                       "updated_by) VALUES ('platform.primary', 'host=10.0.0.5 "
                                       "dbname=platform user=ic', now(), 'admin_p') ON CONFLICT "
                                       "(key) DO UPDATE SET value = excluded.value"))
                    .ok);
        const auto o =
            su->run(QStringLiteral("UPDATE ic_action_settings SET value = 'host=10.0.0.5 "
                                   "user=ic password=x' WHERE key = 'platform.primary'"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QLatin1String("never stored in the workspace")),
                 qPrintable(o.message));
        QCOMPARE(su->value(QStringLiteral(
                     "SELECT value FROM ic_action_settings WHERE key = 'platform.primary'")),
                 QStringLiteral("host=10.0.0.5 dbname=platform user=ic"));
        QVERIFY(
            su->run(QStringLiteral("DELETE FROM ic_action_settings WHERE key = 'platform.primary'"))
                .ok);
    }

    // Each permitted change above was rolled back; the ones that must stay
    // are recorded with who did them.
    void changesAreRecordedWithTheirAuthor()
    {
        auto admin = m_team.session(QStringLiteral("admin_p"));
        QVERIFY(admin
                    ->run(QStringLiteral("INSERT INTO ic_action_settings (key, value, updated_at, "
                                         "updated_by) VALUES ('api.base_url', "
                                         "'https://admin.example', now(), 'someone_else')"))
                    .ok);
        QVERIFY(admin
                    ->run(QStringLiteral("UPDATE ic_action_settings SET value = "
                                         "'https://evil.example' WHERE key = 'api.base_url'"))
                    .ok);
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral("SELECT updated_by FROM ic_action_settings WHERE key = "
                                          "'api.base_url'")),
                 QStringLiteral("admin_p"));
        const auto rec = admin->run(
            QStringLiteral("SELECT changed_by, operation, before ->> 'value', after ->> 'value' "
                           "FROM ic_workspace_record WHERE subject = 'action settings' ORDER BY "
                           "id DESC LIMIT 1"));
        QVERIFY2(rec.ok, qPrintable(rec.message));
        QCOMPARE(rec.first, (QStringList{QStringLiteral("admin_p"), QStringLiteral("changed"),
                                         QStringLiteral("https://admin.example"),
                                         QStringLiteral("https://evil.example")}));
        // A grant is recorded too.
        QVERIFY(admin->run(QStringLiteral("SELECT ic_team_grant('viewer_p', '{approver}')")).ok);
        const auto member = admin->run(
            QStringLiteral("SELECT changed_by, item, after::text FROM ic_workspace_record WHERE "
                           "subject = 'members' ORDER BY id DESC LIMIT 1"));
        QCOMPARE(member.first.value(0), QStringLiteral("admin_p"));
        QCOMPARE(member.first.value(1), QStringLiteral("viewer_p"));
        QVERIFY2(member.first.value(2).contains(QLatin1String("approver")),
                 qPrintable(member.first.value(2)));
        QVERIFY(admin->run(QStringLiteral("SELECT ic_team_revoke('viewer_p', '{approver}')")).ok);
    }

    // A checked function must not find a caller's objects first, and
    // nothing of the workspace is callable by someone with no role but what
    // tells them so.
    void functionsAreHardened()
    {
        auto su = m_team.superuser();
        QCOMPARE(su->value(QStringLiteral(
                     "SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                     "AND p.proname LIKE 'ic\\_%' AND (p.proconfig IS NULL OR NOT "
                     "p.proconfig @> ARRAY['search_path=pg_catalog, public, pg_temp'])")),
                 QStringLiteral("0"));
        QVERIFY(su->value(QStringLiteral("SELECT count(*) FROM pg_proc p WHERE p.proname LIKE "
                                         "'ic\\_%' AND prosecdef"))
                    .toInt() >= 10);
        IC_VERIFY_OK(m_team.addPerson(QStringLiteral("outsider_p"), {}));
        QCOMPARE(su->value(QStringLiteral(
                     "SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc p WHERE "
                     "p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'ic\\_%' AND "
                     "has_function_privilege('outsider_p', p.oid, 'EXECUTE')")),
                 QStringLiteral("ic_access,ic_audit_reader,ic_role"));
        QCOMPARE(su->value(QStringLiteral("SELECT count(*) FROM pg_class c WHERE c.relnamespace = "
                                          "'public'::regnamespace AND c.relkind = 'r' AND "
                                          "(has_table_privilege('outsider_p', c.oid, 'SELECT') OR "
                                          "has_table_privilege('outsider_p', c.oid, 'INSERT'))")),
                 QStringLiteral("0"));
    }

    void theLastAdminStays()
    {
        auto admin = m_team.session(QStringLiteral("admin_p"));
        const auto o = admin->run(QStringLiteral("SELECT ic_team_revoke('admin_p', '{admin}')"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QLatin1String("without an admin")), qPrintable(o.message));
        QCOMPARE(m_team.superuser()->value(QStringLiteral("SELECT ic_roles_of('admin_p')::text")),
                 QStringLiteral("{admin}"));
    }
};

QTEST_GUILESS_MAIN(TestRolePrivileges)
#include "tst_roleprivileges.moc"
