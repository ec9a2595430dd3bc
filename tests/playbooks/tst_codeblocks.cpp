// What a runbook's code would do (admin API call, SQL query or change,
// shell, configuration), which values stand in for the incident's, and the
// actions a checklist step offers with those values bound.
#include "models/playbooks/Playbook.h"
#include "models/playbooks/StepActions.h"

#include <QTest>

using namespace ic;

namespace {

QString placeholderSummary(const CodeBlock &c)
{
    QStringList out;
    for (const CodePlaceholder &p : c.placeholders)
        out << p.text + QLatin1Char('=') + p.name;
    return out.join(QLatin1Char(' '));
}

Incident incident()
{
    Incident i;
    i.id = QStringLiteral("inc-1");
    i.ref = QStringLiteral("INC-2026-007");
    i.affectedUsers = {QStringLiteral("u-42"), QStringLiteral("u-43")};
    i.affectedTenants = {QStringLiteral("t-9")};
    i.affectedApiKeys = {QStringLiteral("key_abc")};
    return i;
}

} // namespace

class TestCodeBlocks : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("placeholders");

        QTest::newRow("admin call in a bash block")
            << QStringLiteral("bash")
            << QStringLiteral("# Revoke\nPOST /admin/users/{user_id}/revoke-all-tokens\n")
            << QStringLiteral("admin_api") << QStringLiteral("{user_id}=user_id");
        QTest::newRow("admin call, path parameter and full URL")
            << QString()
            << QStringLiteral("DELETE https://api.example.com/admin/tenants/:tenant_id/sessions\n")
            << QStringLiteral("admin_api") << QStringLiteral(":tenant_id=tenant_id");
        QTest::newRow("curl with a method")
            << QStringLiteral("sh")
            << QStringLiteral(
                   "curl -X POST https://api.example.com/admin/api-keys/{key_id}/revoke\n")
            << QStringLiteral("admin_api") << QStringLiteral("{key_id}=api_key_id");
        QTest::newRow("query with a positional parameter")
            << QStringLiteral("sql")
            << QStringLiteral("SELECT * FROM audit_logs WHERE user_id = ? ORDER BY timestamp;")
            << QStringLiteral("sql_query") << QStringLiteral("?=user_id");
        QTest::newRow("query with a quoted stand-in")
            << QStringLiteral("sql")
            << QStringLiteral(
                   "-- usage\nSELECT * FROM audit_logs WHERE api_key_id = 'suspected-key-id';")
            << QStringLiteral("sql_query") << QStringLiteral("'suspected-key-id'=api_key_id");
        QTest::newRow("query keeps data literals as data")
            << QStringLiteral("sql")
            << QStringLiteral("SELECT * FROM audit_logs WHERE event = 'database_query' AND "
                              "timestamp > NOW() - INTERVAL '1 hour';")
            << QStringLiteral("sql_query") << QString();
        QTest::newRow("named parameter, not a cast")
            << QStringLiteral("postgresql")
            << QStringLiteral("SELECT metadata::text FROM audit_logs WHERE tenant_id = :tenant;")
            << QStringLiteral("sql_query") << QStringLiteral(":tenant=tenant_id");
        QTest::newRow("a CTE that reads")
            << QStringLiteral("sql")
            << QStringLiteral(
                   "WITH recent AS (SELECT * FROM audit_logs) SELECT count(*) FROM recent;")
            << QStringLiteral("sql_query") << QString();
        QTest::newRow("SELECT ... FOR UPDATE is still a query")
            << QStringLiteral("sql")
            << QStringLiteral("WITH x AS (SELECT id FROM users FOR UPDATE) SELECT * FROM x;")
            << QStringLiteral("sql_query") << QString();
        QTest::newRow("update is a change")
            << QStringLiteral("sql")
            << QStringLiteral("UPDATE api_keys SET revoked_at = NOW() WHERE id = 'key-id';")
            << QStringLiteral("sql_change") << QStringLiteral("'key-id'=api_key_id");
        QTest::newRow("a change after a query")
            << QStringLiteral("sql")
            << QStringLiteral(
                   "SELECT 1;\nINSERT INTO blocked_ips (ip, reason) VALUES ('1.2.3.4', 'x');")
            << QStringLiteral("sql_change") << QString();
        QTest::newRow("a data-modifying CTE")
            << QStringLiteral("sql")
            << QStringLiteral("WITH gone AS (DELETE FROM sessions WHERE user_id = $1 RETURNING id) "
                              "SELECT count(*) FROM gone;")
            << QStringLiteral("sql_change") << QStringLiteral("$1=user_id");
        QTest::newRow("a keyword in a comment or string does not count")
            << QStringLiteral("sql")
            << QStringLiteral("-- UPDATE nothing here\nSELECT 'DELETE' AS word;")
            << QStringLiteral("sql_query") << QString();
        QTest::newRow("jsonb path in quotes is not a stand-in")
            << QStringLiteral("sql")
            << QStringLiteral(
                   "UPDATE tenants SET metadata = jsonb_set(metadata, '{suspension_reason}', "
                   "'\"x\"') WHERE id = 'suspected-tenant-id';")
            << QStringLiteral("sql_change") << QStringLiteral("'suspected-tenant-id'=tenant_id");
        QTest::newRow("unlabelled SQL")
            << QString() << QStringLiteral("select * from users where id = {user_id}")
            << QStringLiteral("sql_query") << QStringLiteral("{user_id}=user_id");
        QTest::newRow("shell with an angle stand-in")
            << QStringLiteral("bash")
            << QStringLiteral("iptables -A INPUT -s <malicious_ip> -j DROP\n")
            << QStringLiteral("shell") << QStringLiteral("<malicious_ip>=ip");
        QTest::newRow("unlabelled shell")
            << QString() << QStringLiteral("$ kubectl cordon ${NODE_NAME}\n")
            << QStringLiteral("shell") << QStringLiteral("${NODE_NAME}=node_name");
        QTest::newRow("toml") << QStringLiteral("toml")
                              << QStringLiteral("[rate_limiting]\nrequests_per_minute = 1\n")
                              << QStringLiteral("config") << QString();
        QTest::newRow("yaml") << QStringLiteral("yaml")
                              << QStringLiteral("waf:\n  block: <tenant_id>\n")
                              << QStringLiteral("config")
                              << QStringLiteral("<tenant_id>=tenant_id");
        QTest::newRow("unlabelled config") << QString() << QStringLiteral("[limits]\nburst = 10\n")
                                           << QStringLiteral("config") << QString();
        QTest::newRow("mermaid is other")
            << QStringLiteral("mermaid") << QStringLiteral("graph TD\n A --> B\n")
            << QStringLiteral("other") << QString();
        QTest::newRow("a template is other, HTML tags are not stand-ins")
            << QString() << QStringLiteral("Subject: [P0] Incident\n<br>Dear customer,\n")
            << QStringLiteral("other") << QString();
    }
    void classify()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, placeholders);
        const CodeBlock c = CodeBlock::classify(text, language, 10);
        QCOMPARE(CodeBlock::kindCode(c.kind), kind);
        QCOMPARE(placeholderSummary(c), placeholders);
        QCOMPARE(c.line, 10);
        for (const CodePlaceholder &p : c.placeholders)
            QCOMPARE(c.text.mid(p.offset, p.length), p.text);
    }

    void adminRequestIsShownFilledIn()
    {
        const CodeBlock c = CodeBlock::classify(
            QStringLiteral("# Revoke all tokens\nPOST /admin/users/{user_id}/revoke-all-tokens\n"),
            QStringLiteral("bash"));
        const auto actions =
            StepActions::forCode(c, QStringLiteral("Revoke all tokens"), incident());
        QCOMPARE(actions.size(), 1);
        const StepAction &a = actions.first();
        QCOMPARE(a.type, StepAction::Type::AdminRequest);
        QCOMPARE(a.request, QStringLiteral("actions.prefill"));
        QVERIFY(a.missing.isEmpty());
        // One request per affected user, exactly as it would be sent.
        QVERIFY(a.description.contains(QLatin1String("POST /admin/users/u-42/revoke-all-tokens")));
        QVERIFY(a.description.contains(QLatin1String("POST /admin/users/u-43/revoke-all-tokens")));
        const QVariantList requests = a.arguments.value(QStringLiteral("requests")).toList();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].toMap().value(QStringLiteral("method")).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(requests[0].toMap().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/admin/users/u-42/revoke-all-tokens"));
        QCOMPARE(a.arguments.value(QStringLiteral("incident_ref")).toString(),
                 QStringLiteral("INC-2026-007"));
        // In the actions catalog's words, for the first affected user.
        QCOMPARE(a.arguments.value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.revoke-all-tokens"));
        QCOMPARE(a.arguments.value(QStringLiteral("target")).toString(), QStringLiteral("u-42"));
        QCOMPARE(a.arguments.value(QStringLiteral("subjects")).toStringList(),
                 (QStringList{QStringLiteral("u-42"), QStringLiteral("u-43")}));
        const CodeBlock tenant = CodeBlock::classify(
            QStringLiteral("POST /admin/tenants/{tenant_id}/suspend\n"), QStringLiteral("bash"));
        const StepAction t = StepActions::forCode(tenant, {}, incident()).first();
        QCOMPARE(t.arguments.value(QStringLiteral("action")).toString(),
                 QStringLiteral("tenant.suspend"));
        QCOMPARE(t.arguments.value(QStringLiteral("target")).toString(), QStringLiteral("t-9"));

        // Without affected users the placeholder stays and says so.
        Incident bare = incident();
        bare.affectedUsers.clear();
        const StepAction b = StepActions::forCode(c, {}, bare).first();
        QCOMPARE(b.missing, QStringList{QStringLiteral("{user_id}")});
        QVERIFY(
            b.description.contains(QLatin1String("POST /admin/users/{user_id}/revoke-all-tokens")));
        QVERIFY(b.description.contains(QLatin1String("Not filled in")));

        // Values are encoded for the path.
        Incident odd = incident();
        odd.affectedUsers = {QStringLiteral("a b/c")};
        QVERIFY(StepActions::forCode(c, {}, odd)
                    .first()
                    .description.contains(QLatin1String("/admin/users/a%20b%2Fc/")));
    }

    void queryValuesAreBoundNeverPasted()
    {
        const CodeBlock c = CodeBlock::classify(
            QStringLiteral("SELECT * FROM audit_logs WHERE api_key_id = 'suspected-key-id' "
                           "AND user_id = ? AND ip = '<attacker ip>';"),
            QStringLiteral("sql"));
        const StepAction a =
            StepActions::forCode(c, QStringLiteral("Check usage"), incident()).first();
        QCOMPARE(a.type, StepAction::Type::AuditQuery);
        QCOMPARE(a.request, QStringLiteral("audit.query"));
        const QString sql = a.arguments.value(QStringLiteral("sql")).toString();
        QCOMPARE(sql,
                 QStringLiteral("SELECT * FROM audit_logs WHERE api_key_id = ? AND user_id = ? "
                                "AND ip = ?;"));
        QVERIFY(!sql.contains(QLatin1String("key_abc")));
        const QVariantList params = a.arguments.value(QStringLiteral("params")).toList();
        QCOMPARE(params.size(), 3);
        QCOMPARE(params[0].toString(), QStringLiteral("key_abc"));
        QCOMPARE(params[1].toString(), QStringLiteral("u-42"));
        QVERIFY(params[2].isNull()); // no IP on the incident: asked for, not guessed
        QCOMPARE(a.missing, QStringList{QStringLiteral("'<attacker ip>'")});
    }

    void sqlChangesMapToContainmentActions()
    {
        const CodeBlock revoke = CodeBlock::classify(
            QStringLiteral("UPDATE api_keys SET revoked_at = NOW() WHERE id = 'key-id';"),
            QStringLiteral("sql"));
        const StepAction a =
            StepActions::forCode(revoke, QStringLiteral("Revoke API key"), incident()).first();
        QCOMPARE(a.type, StepAction::Type::ContainmentAction);
        QCOMPARE(a.request, QStringLiteral("actions.prefill"));
        QCOMPARE(a.arguments.value(QStringLiteral("action")).toString(),
                 QStringLiteral("api-key.revoke"));
        QCOMPARE(a.arguments.value(QStringLiteral("containment")).toString(),
                 QStringLiteral("revoke_api_key"));
        QCOMPARE(a.arguments.value(QStringLiteral("target")).toString(), QStringLiteral("key_abc"));
        QVERIFY(a.description.contains(QLatin1String("never run")));
        QVERIFY(a.description.contains(QLatin1String("key_abc")));

        QCOMPARE(StepActions::containmentActionFor(
                     QStringLiteral("UPDATE tenants SET status = 'suspended' WHERE id = 'x'")),
                 QStringLiteral("suspend_tenant"));
        QCOMPARE(StepActions::containmentActionFor(
                     QStringLiteral("INSERT INTO blocked_ips (ip) VALUES ('1.2.3.4')")),
                 QStringLiteral("block_ip"));
        QCOMPARE(
            StepActions::containmentActionFor(QStringLiteral("DELETE FROM sessions WHERE 1=1")),
            QStringLiteral("revoke_sessions"));
        QCOMPARE(StepActions::containmentActionFor(QStringLiteral("ALTER TABLE x ADD y int")),
                 QStringLiteral("sql_change"));

        // A change no containment action makes (the seed's "log the revocation"
        // INSERT) is offered to copy, never as an empty action.
        const CodeBlock log =
            CodeBlock::classify(QStringLiteral("INSERT INTO audit_logs (event, metadata) VALUES "
                                               "('api_key_revoked', '{\"key_id\": \"key-id\"}');"),
                                QStringLiteral("sql"));
        QCOMPARE(log.kind, CodeBlock::Kind::SqlChange);
        const QList<StepAction> logActions =
            StepActions::forCode(log, QStringLiteral("Log revocation"), incident());
        QCOMPARE(logActions.size(), 1);
        QCOMPARE(logActions.first().type, StepAction::Type::Copy);
        QVERIFY(logActions.first().request.isEmpty());
        QCOMPARE(logActions.first().copyText, log.text);
        QVERIFY(logActions.first().description.contains(QLatin1String("never run")));
    }

    void shellIsCopiedWithSafeValues()
    {
        const CodeBlock c = CodeBlock::classify(
            QStringLiteral("kubectl delete secret {tenant_id}-creds --namespace <user_id>\n"),
            QStringLiteral("bash"));
        const StepAction a = StepActions::forCode(c, {}, incident()).first();
        QCOMPARE(a.type, StepAction::Type::Copy);
        QVERIFY(a.request.isEmpty());
        // One tenant: filled in. Two users: which one is the commander's call.
        QCOMPARE(a.copyText,
                 QStringLiteral("kubectl delete secret t-9-creds --namespace <user_id>\n"));
        QCOMPARE(a.missing, QStringList{QStringLiteral("<user_id>")});

        Incident risky = incident();
        risky.affectedTenants = {QStringLiteral("t-9; rm -rf /")};
        const StepAction r = StepActions::forCode(c, {}, risky).first();
        QVERIFY(r.copyText.contains(QLatin1String("{tenant_id}"))); // never pasted into a command
        // A trailing newline ends the command where the value stands: what
        // follows it would run as a command of its own. `$` let it through.
        risky.affectedTenants = {QStringLiteral("t-9\n")};
        const StepAction n = StepActions::forCode(c, {}, risky).first();
        QVERIFY(n.copyText.contains(QLatin1String("{tenant_id}")));
        QVERIFY(n.missing.contains(QStringLiteral("{tenant_id}")));
    }
};

QTEST_GUILESS_MAIN(TestCodeBlocks)
#include "tst_codeblocks.moc"
