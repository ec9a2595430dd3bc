// The Markdown runbook reader: both seed documents exactly, runbooks of many
// other shapes, and files that cannot be read.
#include "PlaybookOutline.h"
#include "models/playbooks/PlaybookReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

const QString SecurityTeam = QStringLiteral(":/playbooks/security-team-playbooks.md");
const QString Platform = QStringLiteral(":/playbooks/platform-incident-response.md");

PlaybookFile readText(const QString &markdown, const QString &path = QStringLiteral("shape.md"))
{
    return PlaybookReader::read(markdown.toUtf8(), path);
}

const Playbook *find(const PlaybookFile &f, const QString &name)
{
    for (const Playbook &p : f.playbooks) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList placeholderTexts(const CodeBlock &c)
{
    QStringList out;
    for (const CodePlaceholder &p : c.placeholders)
        out << p.text;
    return out;
}

} // namespace

class TestPlaybookReader : public QObject
{
    Q_OBJECT
private slots:
    void bundledCopiesAreTheSeeds()
    {
        // resources/playbooks holds the two documents our users gave us, byte
        // for byte (../shared/seeds/000_… and 002_…): the tests read them as-is.
        const auto sha = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                       : QByteArray();
        };
        QCOMPARE(sha(SecurityTeam),
                 QByteArray("c086cbbd1538ee244de9755c37c31a7e0586d878cb39c7ddf08059a33c5332da"));
        QCOMPARE(sha(Platform),
                 QByteArray("e9312aeaccd511aeadf81d705a59c15aaab0520ccceda66705fa5c0aa84fd551"));
    }

    void securityTeamSeed()
    {
        const PlaybookFile f = PlaybookReader::readFile(SecurityTeam);
        QVERIFY2(f.ok(), qPrintable(f.errors.join(QLatin1Char('\n'))));
        QCOMPARE(outline(f, false), QStringLiteral("# Token Compromise {4 indicators}\n"
                                                   "Containment @0: [admin_api]; [admin_api]\n"
                                                   "Investigation @60: [sql_query]; +3; +3\n"
                                                   "Eradication @240: +3; [shell]\n"
                                                   "Recovery @1440: -; -; -\n"
                                                   "Post-Incident Review @10080: -; -; -\n"
                                                   "# Tenant Breach {3 indicators}\n"
                                                   "Containment @0: [admin_api]; [admin_api]\n"
                                                   "Investigation @60: +3; +3\n"
                                                   "Notification @240: -; -; -\n"
                                                   "Remediation @1440: -; -; -\n"
                                                   "Compliance @4320: -; -; -\n"
                                                   "# DDoS Attack {4 indicators}\n"
                                                   "Containment @0: [config]; [shell]; -\n"
                                                   "Mitigation @30: +2; +2\n"
                                                   "Recovery @240: -; -; -\n"
                                                   "# Insider Threat {4 indicators}\n"
                                                   "Containment @0: [admin_api]; [admin_api]\n"
                                                   "Investigation @60: +3; +2\n"
                                                   "Legal @240: -; -; -"));

        // Texts, lines and the original deadline phrases.
        const Playbook *token = find(f, QStringLiteral("Token Compromise"));
        QVERIFY(token);
        QCOMPARE(token->line, 30);
        QCOMPARE(token->indicators.first(), QStringLiteral("Multiple failed token validations"));
        const PlaybookPhase &containment = token->phases[0];
        QCOMPARE(containment.deadline.text, QStringLiteral("Immediate"));
        QCOMPARE(containment.line, 44);
        QCOMPARE(containment.steps[0].text, QStringLiteral("Revoke all tokens for affected user"));
        QCOMPARE(containment.steps[0].line, 47);
        QCOMPARE(containment.steps[0].code[0].text,
                 QStringLiteral("# Revoke all tokens for affected user\n"
                                "POST /admin/users/{user_id}/revoke-all-tokens\n"));
        QCOMPARE(placeholderTexts(containment.steps[0].code[0]),
                 QStringList{QStringLiteral("{user_id}")});
        QCOMPARE(containment.steps[0].code[0].placeholders[0].name, QStringLiteral("user_id"));
        QCOMPARE(containment.steps[1].text, QStringLiteral("Force logout all sessions"));
        const PlaybookPhase &investigation = token->phases[1];
        QCOMPARE(investigation.deadline.text, QStringLiteral("Within 1 hour"));
        QCOMPARE(investigation.steps[0].text, QStringLiteral("Query audit logs"));
        QCOMPARE(investigation.steps[0].line, 56);
        QCOMPARE(placeholderTexts(investigation.steps[0].code[0]),
                 QStringList{QStringLiteral("?")});
        QCOMPARE(investigation.steps[0].code[0].placeholders[0].name, QStringLiteral("user_id"));
        QCOMPARE(investigation.steps[1].substepTexts(),
                 (QStringList{QStringLiteral("Check for unusual IP addresses"),
                              QStringLiteral("Review session fingerprints"),
                              QStringLiteral("Analyze access patterns")}));
        QCOMPARE(token->phases[2].steps[1].text,
                 QStringLiteral("Rotate signing keys (if compromised)"));
        QCOMPARE(token->phases[4].deadline.text, QStringLiteral("Within 1 week"));

        const Playbook *tenant = find(f, QStringLiteral("Tenant Breach"));
        QCOMPARE(placeholderTexts(tenant->phases[0].steps[0].code[0]),
                 QStringList{QStringLiteral("{tenant_id}")});
        QCOMPARE(tenant->phases[4].steps[0].text,
                 QStringLiteral("Notify regulators (if required by GDPR, HIPAA, etc.)"));
        const Playbook *ddos = find(f, QStringLiteral("DDoS Attack"));
        QCOMPARE(ddos->phases[0].steps[1].code[0].language, QStringLiteral("bash"));
        QCOMPARE(placeholderTexts(ddos->phases[0].steps[1].code[0]),
                 QStringList{QStringLiteral("<malicious_ip>")});
        QCOMPARE(ddos->phases[0].steps[1].code[0].placeholders[0].name, QStringLiteral("ip"));

        // Severity levels with response times.
        QCOMPARE(f.severities.size(), 4);
        const QList<std::pair<QString, int>> levels{{QStringLiteral("P0"), 0},
                                                    {QStringLiteral("P1"), 60},
                                                    {QStringLiteral("P2"), 240},
                                                    {QStringLiteral("P3"), 1440}};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(f.severities[i].level, levels[i].first);
            QCOMPARE(f.severities[i].response.minutes.value_or(-1), levels[i].second);
        }
        QCOMPARE(f.severities[0].name, QStringLiteral("Critical"));
        QCOMPARE(f.severities[1].response.text, QStringLiteral("<1 hour"));

        // What was not read as a playbook is reported with its line.
        QStringList ignoredLines;
        for (const ImportNote &n : f.ignored)
            ignoredLines << QString::number(n.line);
        QCOMPARE(ignoredLines, (QStringList{QStringLiteral("255"), QStringLiteral("269"),
                                            QStringLiteral("283"), QStringLiteral("291"),
                                            QStringLiteral("300"), QStringLiteral("306")}));
        QVERIFY(f.ignored.first().text.contains(QLatin1String("mermaid")));
        QVERIFY(f.warnings.isEmpty());
    }

    void platformSeed()
    {
        const PlaybookFile f = PlaybookReader::readFile(Platform);
        QVERIFY2(f.ok(), qPrintable(f.errors.join(QLatin1Char('\n'))));
        QCOMPARE(
            outline(f, false),
            QStringLiteral("# Incident Response Playbook\n"
                           "Triage @-: -; -; -; -\n"
                           "Containment @-: [sql_change]; [sql_change]; [sql_change]; -; -; -; -\n"
                           "Eradication @-: -; -; -; -\n"
                           "Recovery @-: -; -; -; -\n"
                           "Post-Mortem @-: -; -; -; -; -\n"
                           "# Suspected API Key Leak {3 indicators}\n"
                           "Triage @-: [sql_query]; [sql_query]\n"
                           "Containment @-: !0 [sql_change]; [sql_change]\n"
                           "Eradication @-: -; -; -; -\n"
                           "Recovery @-: -; -; -\n"
                           "Post-Mortem @-: -; +3\n"
                           "# Suspected Database Exfiltration {3 indicators}\n"
                           "Triage @-: [sql_query]; [sql_query]\n"
                           "Containment @-: [sql_change]; [sql_change]\n"
                           "Eradication @-: -; -; -; -\n"
                           "Recovery @-: -; -; -\n"
                           "Post-Mortem @-: -; +3"));

        const Playbook *general = find(f, QStringLiteral("Incident Response Playbook"));
        QVERIFY(general);
        // The task list is the checklist; the numbered "Steps" are advice.
        QCOMPARE(general->phases[0].steps[0].text,
                 QStringLiteral("Incident identified and logged"));
        QCOMPARE(general->phases[0].steps[0].line, 47);
        QCOMPARE(general->phases[0].goal, QStringLiteral("Assess severity and scope"));
        QCOMPARE(general->phases[0].guidance.size(), 4);
        QCOMPARE(general->phases[1].steps[0].text, QStringLiteral("Revoke API key"));
        QCOMPARE(placeholderTexts(general->phases[1].steps[0].code[0]),
                 QStringList{QStringLiteral("'key-id'")});
        QCOMPARE(general->phases[1].steps[0].code[0].placeholders[0].name,
                 QStringLiteral("api_key_id"));
        QCOMPARE(placeholderTexts(general->phases[1].steps[1].code[0]),
                 QStringList{QStringLiteral("'tenant-id'")});

        const Playbook *leak = find(f, QStringLiteral("Suspected API Key Leak"));
        QVERIFY(leak);
        QCOMPARE(leak->indicators,
                 (QStringList{QStringLiteral("Unusual API usage pattern detected"),
                              QStringLiteral("API key used from unexpected IP"),
                              QStringLiteral("High error rate from key")}));
        QCOMPARE(leak->phases[0].steps[0].text, QStringLiteral("Check API key usage"));
        QCOMPARE(leak->phases[0].steps[0].line, 141);
        QCOMPARE(placeholderTexts(leak->phases[0].steps[0].code[0]),
                 QStringList{QStringLiteral("'suspected-key-id'")});
        QCOMPARE(leak->phases[1].steps[0].deadline.text, QStringLiteral("immediately"));

        const Playbook *exfil = find(f, QStringLiteral("Suspected Database Exfiltration"));
        QVERIFY(exfil);
        // A jsonb path in quotes is data, not a stand-in; the tenant id is.
        QCOMPARE(placeholderTexts(exfil->phases[1].steps[0].code[0]),
                 QStringList{QStringLiteral("'suspected-tenant-id'")});
        QCOMPARE(exfil->phases[1].steps[0].code[0].placeholders[0].name,
                 QStringLiteral("tenant_id"));

        QCOMPARE(f.severities.size(), 4);
        const int minutes[] = {5, 15, 60, 1440};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.severities[i].response.minutes.value_or(-1), minutes[i]);
        QCOMPARE(f.severities[0].response.text, QStringLiteral("Immediate (< 5 minutes)"));

        // "Lessons Learned" sits outside the five phases and is reported.
        bool lessons = false;
        for (const ImportNote &n : f.ignored)
            lessons =
                lessons || (n.line == 343 && n.text.contains(QLatin1String("Lessons Learned")));
        QVERIFY(lessons);
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one playbook per file, phases with deadlines in the heading")
            << QStringLiteral("# Ransomware\n\nUse this when files are being encrypted.\n\n"
                              "## Indicators\n\n- Files renamed to *.locked\n- Ransom note\n\n"
                              "## Triage (within 15 minutes)\n\n- Confirm the encryption\n"
                              "- Identify patient zero\n\n## Containment — 1 h\n\n"
                              "- Isolate affected hosts\n\n## Recovery [within 3 days]\n\n"
                              "- Restore from backups\n")
            << QStringLiteral("# Ransomware {2 indicators}\n"
                              "Triage @15: Confirm the encryption; Identify patient zero\n"
                              "Containment @60: Isolate affected hosts\n"
                              "Recovery @4320: Restore from backups");

        QTest::newRow("numbered phase headings under a playbook")
            << QStringLiteral("## Playbook: Phishing\n\n### 1. Identification\n"
                              "1. Collect the reported email\n2. Extract URLs\n\n"
                              "### 2. Containment\n1. Block the sender domain\n\n"
                              "### 3. Eradication\n1. Reset passwords of users who clicked\n")
            << QStringLiteral("# Phishing\n"
                              "Identification @-: Collect the reported email; Extract URLs\n"
                              "Containment @-: Block the sender domain\n"
                              "Eradication @-: Reset passwords of users who clicked");

        QTest::newRow("deadlines in the step text, never a bare amount")
            << QStringLiteral("# Credential stuffing\n\n## Triage\n"
                              "- Page the on-call lead (T+15m)\n- Notify legal within 2 hours\n"
                              "- Review logs of the last 24 hours\n\n## Containment\n"
                              "- Enable CAPTCHA on login\n")
            << QStringLiteral("# Credential stuffing\n"
                              "Triage @-: Page the on-call lead (T+15m) !15; Notify legal within 2 "
                              "hours !120; Review logs of the last 24 hours\n"
                              "Containment @-: Enable CAPTCHA on login");

        QTest::newRow("a table of phases, steps and deadlines")
            << QStringLiteral("# Lost laptop\n\n| Phase | Step | Deadline | Owner |\n"
                              "|-------|------|----------|-------|\n"
                              "| Triage | Confirm the device is lost | 30 min | Helpdesk |\n"
                              "| | Check disk encryption | 1 h | IT |\n"
                              "| Containment | Wipe the device remotely | < 4 hours | IT |\n"
                              "| Notification | Tell the DPO | ASAP | Security |\n")
            << QStringLiteral("# Lost laptop\n"
                              "Triage @-: Confirm the device is lost !30 +1; Check disk encryption "
                              "!60 +1\n"
                              "Containment @-: Wipe the device remotely !240 +1\n"
                              "Notification @-: Tell the DPO !? +1");

        QTest::newRow("a table of tasks inside a phase")
            << QStringLiteral("# Cloud key exposure\n\n## Containment (within 30 minutes)\n\n"
                              "| Task | Due |\n|------|-----|\n| Deactivate the key | 10 min |\n"
                              "| Rotate dependent secrets | |\n")
            << QStringLiteral("# Cloud key exposure\n"
                              "Containment @30: Deactivate the key !10; Rotate dependent secrets");

        QTest::newRow("task lists with nested sub-tasks under a container heading")
            << QStringLiteral(
                   "# Account takeover\n\n## Checklist\n\n### Triage\n- [x] Ticket opened\n"
                   "- [ ] Confirm with the user\n  - [ ] By phone\n"
                   "    - Call back on the number on file\n  - [ ] By chat\n\n"
                   "### Recovery\n- [ ] Restore MFA\n")
            << QStringLiteral("# Account takeover\n"
                              "Triage @-: Ticket opened; Confirm with the user +3\n"
                              "Recovery @-: Restore MFA");

        QTest::newRow("several runbooks per file, step-numbered phases")
            << QStringLiteral("# Runbooks\n\n## Runbook: Credential stuffing\n"
                              "### Step 1 - Detect (T+5m)\n- Check the login failure dashboard\n"
                              "### Step 2 - Block\n- Rate-limit the offending ASN\n\n"
                              "## Runbook: Malware on host\n### Step 1: Isolate (immediately)\n"
                              "- Pull the network cable\n")
            << QStringLiteral("# Credential stuffing\n"
                              "Detect @5: Check the login failure dashboard\n"
                              "Block @-: Rate-limit the offending ASN\n"
                              "# Malware on host\n"
                              "Isolate @0: Pull the network cable");

        QTest::newRow("German runbook")
            << QStringLiteral("# Notfallhandbuch\n\n## Playbook: Ransomware\n\n**Anzeichen:**\n"
                              "- Verschlüsselte Dateien\n- Erpresserschreiben\n\n"
                              "### Schritt 1: Eindämmung (sofort)\n1. Rechner vom Netz trennen\n"
                              "2. Backups schützen\n\n"
                              "### Schritt 2: Untersuchung (innerhalb von 2 Stunden)\n"
                              "1. Infektionsweg bestimmen\n")
            << QStringLiteral("# Ransomware {2 indicators}\n"
                              "Eindämmung @0: Rechner vom Netz trennen; Backups schützen\n"
                              "Untersuchung @120: Infektionsweg bestimmen");

        QTest::newRow("Spanish scenario with bold labels as phases")
            << QStringLiteral("## Escenario 1: Fuga de credenciales\n\n**Detección:**\n"
                              "- Inicios de sesión desde países inusuales\n\n**Contención:**\n"
                              "1. Revocar las sesiones activas\n2. Bloquear la cuenta\n\n"
                              "**Erradicación:**\n1. Cambiar la contraseña\n")
            << QStringLiteral("# Fuga de credenciales {1 indicators}\n"
                              "Contención @-: Revocar las sesiones activas; Bloquear la cuenta\n"
                              "Erradicación @-: Cambiar la contraseña");

        QTest::newRow("setext headings and plain lists")
            << QStringLiteral("Data breach response\n====================\n\nTriage\n------\n"
                              "* Confirm what data left\n* Estimate how many records\n\n"
                              "Containment\n-----------\n* Close the leaking bucket\n")
            << QStringLiteral("# Data breach response\n"
                              "Triage @-: Confirm what data left; Estimate how many records\n"
                              "Containment @-: Close the leaking bucket");

        QTest::newRow("just a numbered list under a title")
            << QStringLiteral("# Lost phone\n\n1. Lock the phone from the MDM console\n"
                              "2. Revoke its certificates\n")
            << QStringLiteral("# Lost phone\n"
                              "Steps @-: Lock the phone from the MDM console; Revoke its "
                              "certificates");

        QTest::newRow("commented code blocks become one step per part")
            << QStringLiteral("# Compromised node\n\n## Containment (T+5m)\n\n```bash\n"
                              "# Cordon the node\nkubectl cordon <node_name>\n\n"
                              "# Block egress from the node\n"
                              "iptables -A OUTPUT -s <node_ip> -j DROP\n```\n\n"
                              "## Investigation (within 2 h)\n\n"
                              "Run this to find what the attacker touched:\n\n```sql\n"
                              "SELECT * FROM audit_logs WHERE tenant_id = :tenant_id;\n```\n")
            << QStringLiteral("# Compromised node\n"
                              "Containment @5: Cordon the node [shell]; Block egress from the node "
                              "[shell]\n"
                              "Investigation @120: Run this to find what the attacker touched "
                              "[sql_query]");

        QTest::newRow("a deadline line that is not understood is kept as text")
            << QStringLiteral("# Vendor breach\n\n## Recovery\n\n**Deadline:** by end of "
                              "business day\n\n- Confirm the vendor patched\n")
            << QStringLiteral("# Vendor breach\n"
                              "Recovery @?: Confirm the vendor patched");

        QTest::newRow("front matter names a file without a title heading")
            << QStringLiteral("---\ntitle: \"DNS hijack\"\nowner: netops\n---\n\n"
                              "## Triage (10 min)\n- Compare the records with the zone file\n\n"
                              "## Recovery (1 day)\n- Restore the records\n- Lower the TTL\n")
            << QStringLiteral("# DNS hijack\n"
                              "Triage @10: Compare the records with the zone file\n"
                              "Recovery @1440: Restore the records; Lower the TTL");

        QTest::newRow("tools with code, sub-headings as steps")
            << QStringLiteral("# Exposed admin API\n\n## Containment (immediately)\n\n**Tools:**\n"
                              "- Admin console: https://admin.example\n- Revoke the key:\n"
                              "  ```http\n  POST /admin/api-keys/{api_key_id}/revoke\n  ```\n\n"
                              "## Eradication (within 1 day)\n\n### Rebuild the host\n\n"
                              "Re-image from the golden image.\n\n### Rotate credentials\n\n"
                              "```bash\nvault write -f auth/approle/role/app/secret-id\n```\n")
            << QStringLiteral("# Exposed admin API\n"
                              "Containment @0: Revoke the key [admin_api]\n"
                              "Eradication @1440: Rebuild the host; Rotate credentials [shell]");

        QTest::newRow("deeper headings only, Windows line endings")
            << QStringLiteral("#### Playbook: USB malware\r\n\r\n##### Containment (15 min)\r\n"
                              "- Collect the stick\r\n\r\n##### Eradication\r\n"
                              "- Scan the host\r\n")
            << QStringLiteral("# USB malware\n"
                              "Containment @15: Collect the stick\n"
                              "Eradication @-: Scan the host");

        QTest::newRow("a section called like a phase among reference sections is not a playbook")
            << QStringLiteral("# Handbook\n\n## Tools and Resources\n\n### Recovery\n"
                              "- Backup console: https://backup.example\n\n### Logging\n"
                              "- Log search\n")
            << QString();
    }

    void shapes()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const PlaybookFile f = readText(markdown);
        QVERIFY(f.ok());
        QCOMPARE(outline(f), expected);
    }

    void shapeDetails()
    {
        // Sub-steps, checked boxes and the deadline phrase as written.
        const PlaybookFile f = readText(QStringLiteral(
            "# Account takeover\n\n### Triage\n- [x] Ticket opened\n- [ ] Confirm with the user\n"
            "  - [ ] By phone\n    - Call back\n\n### Containment (T+15m)\n- [ ] Lock the "
            "account\n"));
        QCOMPARE(f.playbooks.size(), 1);
        const PlaybookPhase &triage = f.playbooks[0].phases[0];
        QVERIFY(triage.steps[0].checkedInSource);
        QVERIFY(!triage.steps[1].checkedInSource);
        // Deeper sub-steps keep their depth.
        QCOMPARE(triage.steps[1].substepTexts(),
                 (QStringList{QStringLiteral("By phone"), QStringLiteral("  Call back")}));
        QCOMPARE(triage.steps[1].substeps[1].depth, 2);
        QCOMPARE(f.playbooks[0].phases[1].deadline.text, QStringLiteral("T+15m"));

        // Unknown deadline phrases are warned about with their line.
        const PlaybookFile vendor =
            readText(QStringLiteral("# Vendor breach\n\n## Recovery\n\n**Deadline:** by end of "
                                    "business day\n\n- Confirm\n"));
        QCOMPARE(vendor.playbooks[0].phases[0].deadline.text,
                 QStringLiteral("by end of business day"));
        QVERIFY(!vendor.playbooks[0].phases[0].deadline.isKnown());
        QCOMPARE(vendor.warnings.size(), 1);
        QCOMPARE(vendor.warnings[0].line, 3);

        // Two playbooks of one name get distinct keys.
        const PlaybookFile twice = readText(QStringLiteral(
            "## Playbook: Phishing\n### Triage\n- a\n## Playbook: Phishing\n### Triage\n- b\n"));
        QCOMPARE(twice.playbooks.size(), 2);
        QCOMPARE(twice.playbooks[1].name, QStringLiteral("Phishing (2)"));
        QVERIFY(twice.playbooks[0].key() != twice.playbooks[1].key());
    }

    void nothingToRead()
    {
        for (const QString &text : {QString(), QStringLiteral("Just some prose.\n\nMore prose."),
                                    QStringLiteral("# Title only\n")}) {
            const PlaybookFile f = readText(text);
            QVERIFY(f.ok()); // readable, just no playbook: a warning, not an error
            QVERIFY(f.playbooks.isEmpty());
            QCOMPARE(f.warnings.size(), 1);
            QVERIFY(f.warnings[0].text.contains(QLatin1String("No playbook")));
        }
    }

    void deepNestingIsCutOffAndSaid()
    {
        QString md = QStringLiteral("# Deep\n\n## Triage\n");
        for (int i = 0; i < 200; ++i)
            md += QString(i * 2, QLatin1Char(' ')) + QStringLiteral("- level %1\n").arg(i);
        const PlaybookFile f = readText(md);
        QVERIFY(f.ok());
        QCOMPARE(f.playbooks.size(), 1);
        bool said = false;
        for (const ImportNote &n : f.warnings)
            said = said || n.text.contains(QLatin1String("nested deeper"));
        QVERIFY(said);
    }

    void badFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.md"));
        PlaybookFile f = PlaybookReader::readFile(missing);
        QVERIFY(!f.ok());
        QVERIFY(f.errors[0].contains(QLatin1String("does not exist")));
        QVERIFY(f.errors[0].contains(QLatin1String("Nothing was read")));

        f = PlaybookReader::readFile(dir.path());
        QVERIFY(!f.ok());
        QVERIFY(f.errors[0].contains(QLatin1String("folder")));

        const QString binary = dir.filePath(QStringLiteral("image.md"));
        {
            QFile out(binary);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        }
        f = PlaybookReader::readFile(binary);
        QVERIFY(!f.ok());
        QVERIFY(f.errors[0].contains(QLatin1String("not a text file")));
        QVERIFY(f.playbooks.isEmpty());

        const QString huge = dir.filePath(QStringLiteral("huge.md"));
        {
            QFile out(huge);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.resize(PlaybookReader::MaxFileBytes + 1));
        }
        f = PlaybookReader::readFile(huge);
        QVERIFY(!f.ok());
        QVERIFY(f.errors[0].contains(QLatin1String("too large")));

        const QString unreadable = dir.filePath(QStringLiteral("secret.md"));
        {
            QFile out(unreadable);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("# Secret\n## Triage\n- x\n");
        }
        QFile::setPermissions(unreadable, QFileDevice::WriteOwner);
        f = PlaybookReader::readFile(unreadable);
        if (QFile(unreadable).open(QIODevice::ReadOnly)) {
            QVERIFY(f.ok()); // root reads everything
        } else {
            QVERIFY(!f.ok());
            QVERIFY(f.errors[0].contains(QLatin1String("could not be opened")));
        }

        // Latin-1 bytes: read, with a warning, never an error.
        f = PlaybookReader::read(QByteArray("# Caf\xe9\n## Triage\n- Check\n"),
                                 QStringLiteral("latin1.md"));
        QVERIFY(f.ok());
        QCOMPARE(f.playbooks.size(), 1);
        QVERIFY(!f.warnings.isEmpty());
    }

    void jsonShape()
    {
        const PlaybookFile f = PlaybookReader::readFile(SecurityTeam);
        const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(f.toJson()).toJson()).object();
        QCOMPARE(o.value(QStringLiteral("path")).toString(), SecurityTeam);
        QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
        const QJsonArray books = o.value(QStringLiteral("playbooks")).toArray();
        QCOMPARE(books.size(), 4);
        const QJsonObject token = books[0].toObject();
        QCOMPARE(token.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Token Compromise"));
        QCOMPARE(token.value(QStringLiteral("indicators")).toArray().size(), 4);
        const QJsonObject phase = token.value(QStringLiteral("phases")).toArray()[1].toObject();
        QCOMPARE(phase.value(QStringLiteral("name")).toString(), QStringLiteral("Investigation"));
        QCOMPARE(phase.value(QStringLiteral("deadline_text")).toString(),
                 QStringLiteral("Within 1 hour"));
        QCOMPARE(phase.value(QStringLiteral("deadline_minutes")).toInt(), 60);
        const QJsonObject step = phase.value(QStringLiteral("steps")).toArray()[0].toObject();
        QCOMPARE(step.value(QStringLiteral("text")).toString(), QStringLiteral("Query audit logs"));
        QCOMPARE(step.value(QStringLiteral("line")).toInt(), 56);
        QVERIFY(step.value(QStringLiteral("deadline_text")).isNull());
        QVERIFY(step.value(QStringLiteral("deadline_minutes")).isNull());
        QVERIFY(step.value(QStringLiteral("substeps")).isArray());
        const QJsonObject code = step.value(QStringLiteral("code")).toArray()[0].toObject();
        QCOMPARE(code.value(QStringLiteral("kind")).toString(), QStringLiteral("sql_query"));
        QCOMPARE(code.value(QStringLiteral("placeholders")).toArray(),
                 QJsonArray{QStringLiteral("?")});
        QVERIFY(code.value(QStringLiteral("text")).toString().startsWith(QLatin1String("SELECT")));
    }

    void reportText()
    {
        const PlaybookFile f = PlaybookReader::readFile(SecurityTeam);
        const QString report = f.reportText();
        QVERIFY(report.contains(QLatin1String("4 playbook(s)")));
        QVERIFY(report.contains(QStringLiteral("line 30: playbook “Token Compromise”")));
        QVERIFY(report.contains(
            QStringLiteral("line 54: phase “Investigation” — Within 1 hour (1 h)")));
        QVERIFY(report.contains(QLatin1String("line 255: ignored: a mermaid code block")));
        const PlaybookFile missing = PlaybookReader::readFile(QStringLiteral("/nonexistent/x.md"));
        QVERIFY(missing.reportText().contains(QLatin1String("error:")));
    }
};

QTEST_GUILESS_MAIN(TestPlaybookReader)
#include "tst_playbookreader.moc"
