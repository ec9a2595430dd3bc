// Runbooks as other teams write them, one shape per test, from our own
// examples: phases by the document's structure in any language, every kind
// of step list, steps written as headings and as table rows, time targets
// (labels, windows, cadences, ranges) in four languages, code attached to
// its step, guidance kept and reported, front matter, template blanks, and
// documents that are not procedures.
#include "PlaybookOutline.h"
#include "models/playbooks/PlaybookReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ic;
using namespace ic::test;

namespace {

PlaybookFile readText(const QString &markdown)
{
    return PlaybookReader::read(markdown.toUtf8(), QStringLiteral("shape.md"));
}

QStringList phaseNames(const PlaybookFile &f)
{
    QStringList out;
    for (const Playbook &p : f.playbooks) {
        for (const PlaybookPhase &phase : p.phases)
            out << phase.name;
    }
    return out;
}

QList<PlaybookStep> allSteps(const PlaybookFile &f)
{
    QList<PlaybookStep> out;
    for (const Playbook &p : f.playbooks) {
        for (const PlaybookPhase &phase : p.phases)
            out += phase.steps;
    }
    return out;
}

const PlaybookStep *stepStarting(const PlaybookFile &f, const QString &start)
{
    for (const Playbook &p : f.playbooks) {
        for (const PlaybookPhase &phase : p.phases) {
            for (const PlaybookStep &s : phase.steps) {
                if (s.text.startsWith(start))
                    return &s;
            }
        }
    }
    return nullptr;
}

bool noted(const QList<ImportNote> &notes, int line, const QString &says)
{
    for (const ImportNote &n : notes) {
        if (n.line == line && n.text.contains(says))
            return true;
    }
    return false;
}

QString notesText(const PlaybookFile &f)
{
    QStringList out;
    for (const ImportNote &n : f.kept)
        out << QStringLiteral("kept %1: %2").arg(n.line).arg(n.text);
    for (const ImportNote &n : f.ignored)
        out << QStringLiteral("ignored %1: %2").arg(n.line).arg(n.text);
    for (const ImportNote &n : f.warnings)
        out << QStringLiteral("warning %1: %2").arg(n.line).arg(n.text);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRunbookShapes : public QObject
{
    Q_OBJECT
private slots:
    void phasesByStructureInAnyLanguage_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");

        QTest::newRow("section names nobody listed as phases")
            << QStringLiteral("# Lost badge\n\n## Talk to the holder\n\n- Call them\n- Ask when "
                              "they last used it\n\n## Lock things down\n\n1. Disable the badge\n"
                              "2. Review door logs\n")
            << QStringLiteral("# Lost badge\nTalk to the holder @-: Call them; Ask when they last "
                              "used it\nLock things down @-: Disable the badge; Review door logs");
        QTest::newRow("German names, steps at the end of the line")
            << QStringLiteral("# Phishing-Meldung\n\n## Sofortmaßnahmen\n\n- Absender sperren\n"
                              "- Nutzer informieren\n\n## Kommunikation\n\n- Vorfall im Ticket "
                              "dokumentieren\n")
            << QStringLiteral("# Phishing-Meldung\nSofortmaßnahmen @-: Absender sperren; Nutzer "
                              "informieren\nKommunikation @-: Vorfall im Ticket dokumentieren");
        QTest::newRow("French, phases one level deeper under an introduction")
            << QStringLiteral("# Rançongiciel\n\n## Introduction\n\nCe document décrit la "
                              "réponse.\n\n## Réponse\n\n### Isoler\n\n- Déconnecter le poste\n\n"
                              "### Prévenir\n\n- Appeler le RSSI\n")
            << QStringLiteral("# Rançongiciel\nRéponse › Isoler @-: Déconnecter le poste\nRéponse "
                              "› Prévenir @-: Appeler le RSSI");
        QTest::newRow("the level that holds the actions decides, not the heading depth")
            << QStringLiteral("## Part 1 — Prepare\n\n### 1.1 Access\n\n- [ ] Break-glass role "
                              "tested\n\n## Part 2 — Contain\n\n### 2.1 Actions\n\n1. Block the "
                              "source range\n\n### 2.2 Record\n\n- [ ] Timestamps written down\n")
            << QStringLiteral("# Shape\nPrepare › Access @-: Break-glass role tested\nContain › "
                              "Actions @-: Block the source range\nContain › Record @-: "
                              "Timestamps written down");
        QTest::newRow("a phase with its own list keeps a nested one apart")
            << QStringLiteral("## Playbook: Stolen laptop\n\n### Remediate\n\n- Plan the "
                              "remediation\n\n#### Contain\n\n- Wipe the laptop\n- Revoke its "
                              "certificates\n")
            << QStringLiteral("# Stolen laptop\nRemediate @-: Plan the remediation\nRemediate › "
                              "Contain @-: Wipe the laptop; Revoke its certificates");
    }

    void phasesByStructureInAnyLanguage()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const PlaybookFile f = readText(markdown);
        QVERIFY(f.ok());
        QCOMPARE(outline(f), expected);
    }

    void everyKindOfStepList()
    {
        const PlaybookFile f = readText(QStringLiteral(
            "# Shapes\n\n## All ones\n\n1. Open a ticket\n1. Page the lead\n1. Start the "
            "timeline\n\n"
            "## From zero\n\n0. Stop the sync job\n1. Snapshot the volume\n\n"
            "## Bullets\n\n* Notify the owner\n+ Open a bridge\n\n"
            "## Tasks\n\n- [x] Done already\n- [ ] Still open\n\n"
            "## Nested\n\n1. Collect the logs\n    * from the proxy\n        * the last day\n"
            "    * from the mail gateway\n"));
        QVERIFY(f.ok());
        QCOMPARE(phaseNames(f), (QStringList{QStringLiteral("All ones"),
                                             QStringLiteral("From zero"), QStringLiteral("Bullets"),
                                             QStringLiteral("Tasks"), QStringLiteral("Nested")}));
        const PlaybookPhase &ones = f.playbooks[0].phases[0];
        QCOMPARE(ones.steps.size(), 3);
        QCOMPARE(ones.steps[2].text, QStringLiteral("Start the timeline"));
        QCOMPARE(ones.steps[2].line, 7);
        QCOMPARE(f.playbooks[0].phases[1].steps[0].text, QStringLiteral("Stop the sync job"));
        QCOMPARE(f.playbooks[0].phases[2].steps.size(), 2); // two lists, both read
        const PlaybookPhase &tasks = f.playbooks[0].phases[3];
        QVERIFY(tasks.steps[0].checkedInSource);
        QVERIFY(!tasks.steps[1].checkedInSource);
        const PlaybookStep &parent = f.playbooks[0].phases[4].steps[0];
        QCOMPARE(parent.substeps.size(), 3);
        QCOMPARE(parent.substeps[1].text, QStringLiteral("the last day"));
        QCOMPARE(parent.substeps[1].depth, 2);
        QCOMPARE(parent.substeps[1].line, 28);

        // The JSON nests sub-steps as they nest in the file.
        const QJsonObject step = f.toJson()
                                     .value(QStringLiteral("playbooks"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QStringLiteral("phases"))
                                     .toArray()[4]
                                     .toObject()
                                     .value(QStringLiteral("steps"))
                                     .toArray()[0]
                                     .toObject();
        const QJsonArray subs = step.value(QStringLiteral("substeps")).toArray();
        QCOMPARE(subs.size(), 2);
        QCOMPARE(subs[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("from the proxy"));
        QCOMPARE(subs[0]
                     .toObject()
                     .value(QStringLiteral("substeps"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("the last day"));
    }

    void stepsWrittenAsHeadings()
    {
        const PlaybookFile f = readText(QStringLiteral(
            "# Webshell found\n\n## Investigation steps\n\n### 1. Find the file\n\nLook in the web "
            "root.\n\n```bash\nfind /var/www -newer /etc/hostname -name '*.php'\n```\n\n"
            "### 2. Check who wrote it\n\n#### On Linux\n\nRead the audit log.\n\n"
            "### 3. Is it still reachable?\n\nAsk the CDN team.\n"));
        QVERIFY(f.ok());
        QCOMPARE(outline(f), QStringLiteral("# Webshell found\nInvestigation steps @-: Find the "
                                            "file [shell]; Check who wrote it +1; Is it still "
                                            "reachable?"));
        const PlaybookStep &find = f.playbooks[0].phases[0].steps[0];
        QCOMPARE(find.line, 5);
        QCOMPARE(find.detail, QStringLiteral("Look in the web root."));
        QCOMPARE(find.code[0].line, 10);
        QCOMPARE(f.playbooks[0].phases[0].steps[1].substeps[0].text, QStringLiteral("On Linux"));
    }

    void tablesOfSteps()
    {
        // A number column and an action column: the action is the step.
        PlaybookFile f = readText(QStringLiteral(
            "## Guía rápida\n\nDurante la primera hora:\n\n| Paso | Acción operativa | Responsable "
            "|\n|---|---|---|\n| 1 | Confirmar el incidente | TIC |\n| 2 | Escalar a dirección | "
            "CISO |\n"));
        QVERIFY(f.ok());
        QCOMPARE(outline(f), QStringLiteral("# Shape\nGuía rápida @60: Confirmar el incidente +1; "
                                            "Escalar a dirección +1"));
        QCOMPARE(allSteps(f)[0].substeps[0].text, QStringLiteral("Responsable: TIC"));

        // Checkboxes beside the text, headers empty.
        f = readText(QStringLiteral(
            "## Checklist\n\n|&nbsp;|&nbsp;|\n|---|---|\n|<input type=\"checkbox\" />|Review the "
            "mail|\n|<input type=\"checkbox\" />|Who else got it?|\n| [x] |Block the sender|\n"));
        QCOMPARE(outline(f),
                 QStringLiteral("# Shape\nChecklist @-: Review the mail; Who else got it?; Block "
                                "the sender"));
        QVERIFY(allSteps(f)[2].checkedInSource);

        // Phase and deadline columns; a cadence in the deadline column is not one.
        f = readText(QStringLiteral(
            "# Outage\n\n| Phase | Action item | Target |\n|---|---|---|\n| Triage | Page the "
            "lead | 5 min |\n| | Open the bridge | every 30 minutes |\n| Recovery | Fail back | "
            "within 2 h |\n"));
        QCOMPARE(outline(f), QStringLiteral("# Outage\nTriage @-: Page the lead !5; Open the "
                                            "bridge\nRecovery @-: Fail back !120"));
        QCOMPARE(allSteps(f)[1].cadence.minutes.value_or(-1), 30);

        // A phase column naming the section's own phase is that phase; the
        // lead-in's window times every row.
        f = readText(QStringLiteral(
            "## Contain\n\nIn the first hour:\n\n| Phase | Action | Due |\n|---|---|---|\n"
            "| Contain | Isolate the host | 15 min |\n| Recover | Restore from backup | |\n"));
        QCOMPARE(outline(f), QStringLiteral("# Shape\nContain @60: Isolate the host !15\nContain "
                                            "› Recover @60: Restore from backup"));

        // A table without a step column is guidance, not steps.
        f = readText(QStringLiteral("## Contain\n\n- Block the IP\n\n| Tool | URL |\n|---|---|\n"
                                    "| WAF | https://waf.example |\n"));
        QCOMPARE(outline(f), QStringLiteral("# Shape\nContain @-: Block the IP"));
        QCOMPARE(f.playbooks[0].phases[0].guidance,
                 QStringList{QStringLiteral("Tool: WAF; URL: https://waf.example")});
        QVERIFY2(noted(f.kept, 5, QStringLiteral("a table")), qPrintable(notesText(f)));
    }

    void timeTargets_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("step");    // how the step starts
        QTest::addColumn<int>("deadline");    // -1: none; -2: kept as text
        QTest::addColumn<QString>("cadence"); // "" : none

        QTest::newRow("English label") << QStringLiteral("## Sev 1\n\n1. **Within 5 min**: Post in "
                                                         "the channel\n")
                                       << QStringLiteral("Post in the channel") << 5 << QString();
        QTest::newRow("immediately label")
            << QStringLiteral("## Sev 1\n\n1. **Immediately**: Page on-call\n")
            << QStringLiteral("Page on-call") << 0 << QString();
        QTest::newRow("German label")
            << QStringLiteral(
                   "## Stufe 1\n\n1. **Innerhalb von 10 Minuten**: Leitung informieren\n")
            << QStringLiteral("Leitung informieren") << 10 << QString();
        QTest::newRow("Spanish label")
            << QStringLiteral("## Nivel 1\n\n1. **En menos de 15 minutos**: Avisar al CISO\n")
            << QStringLiteral("Avisar al CISO") << 15 << QString();
        QTest::newRow("French label")
            << QStringLiteral("## Niveau 1\n\n1. **Sous 30 minutes** : Prévenir la direction\n")
            << QStringLiteral("Prévenir la direction") << 30 << QString();
        QTest::newRow("in the text")
            << QStringLiteral("## Notify\n\n- Notify the regulator within 72 hours\n")
            << QStringLiteral("Notify the regulator") << 4320 << QString();
        QTest::newRow("cadence label, cadence in the text")
            << QStringLiteral("## Sev 1\n\n1. **Continuous**: Post updates every 15 minutes\n")
            << QStringLiteral("Post updates") << -1 << QStringLiteral("every 15 minutes");
        QTest::newRow("daily label")
            << QStringLiteral("## Sev 3\n\n1. **Daily**: Post a summary\n")
            << QStringLiteral("Post a summary") << -1 << QStringLiteral("Daily");
        QTest::newRow("a range stays text")
            << QStringLiteral("## Sev 2\n\n- Open a maintenance window within 10-15 minutes\n")
            << QStringLiteral("Open a maintenance window") << -2 << QString();
        QTest::newRow("an adjective is no deadline")
            << QStringLiteral("## Fix\n\n- Ship an immediate fix\n") << QStringLiteral("Ship an")
            << -1 << QString();
    }

    void timeTargets()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, step);
        QFETCH(int, deadline);
        QFETCH(QString, cadence);
        const PlaybookFile f = readText(markdown);
        const PlaybookStep *s = stepStarting(f, step);
        QVERIFY2(s, qPrintable(f.reportText()));
        if (deadline == -1)
            QVERIFY2(s->deadline.text.isEmpty(), qPrintable(s->deadline.text));
        else if (deadline == -2)
            QVERIFY(!s->deadline.text.isEmpty() && !s->deadline.isKnown());
        else
            QCOMPARE(s->deadline.minutes.value_or(-1), deadline);
        QCOMPARE(s->cadence.text, cadence);
        // A range is said in the report.
        if (deadline == -2)
            QVERIFY(!f.warnings.isEmpty());
    }

    void timedStepsBesideAChecklist()
    {
        // A task list is the checklist and a plain list beside it advice, but
        // numbered steps with time targets or commands stay steps.
        const PlaybookFile f = readText(QStringLiteral(
            "## Detect\n\n1. **Within 10 minutes**: Tell the lead\n2. Pull the logs\n\n"
            "- [ ] Ticket opened\n- [ ] Channel created\n\n* consider the weekend rota\n"));
        QCOMPARE(outline(f), QStringLiteral("# Shape\nDetect @-: Tell the lead !10; Pull the logs; "
                                            "Ticket opened; Channel created"));
        QVERIFY2(noted(f.kept, 9, QStringLiteral("beside the checklist")),
                 qPrintable(notesText(f)));
    }

    void phaseWindows()
    {
        const PlaybookFile f = readText(QStringLiteral(
            "## Initial steps\n\nDo these first, within the first 5 minutes.\n\n- Open a "
            "thread\n\n## Erste Stunde\n\nIn der ersten Stunde gilt:\n\n- Lage bewerten\n\n"
            "## Isolate\n\nAffected hosts should be immediately isolated.\n\n- Pull the cable\n"));
        QCOMPARE(outline(f), QStringLiteral("# Shape\nInitial steps @5: Open a thread\nErste "
                                            "Stunde @60: Lage bewerten\nIsolate @-: Pull the "
                                            "cable"));
        QCOMPARE(f.playbooks[0].phases[0].deadline.text,
                 QStringLiteral("within the first 5 minutes"));
        // The introduction is the phase's description.
        QCOMPARE(f.playbooks[0].phases[2].description,
                 QStringLiteral("Affected hosts should be immediately isolated."));
    }

    void codeAttachedToItsStep()
    {
        const PlaybookFile f = readText(QStringLiteral(
            "## Contain\n\n1. Block the address:\n\n   ```bash\n   iptables -I INPUT -s 10.0.0.1 "
            "-j DROP\n   ```\n\n2. Post in the channel using the template below\n\n"
            "**Slack template:**\n\n```\nINCIDENT: [summary]\n```\n\n"
            "Then check the rules:\n\n    iptables -L INPUT\n"));
        QVERIFY(f.ok());
        QCOMPARE(outline(f), QStringLiteral("# Shape\nContain @-: Block the address [shell]; Post "
                                            "in the channel using the template below [config]; "
                                            "Then check the rules [shell]"));
        QCOMPARE(allSteps(f)[1].code[0].text, QStringLiteral("INCIDENT: [summary]\n"));
        QVERIFY2(noted(f.kept, 13, QStringLiteral("attached to the step on line 9")),
                 qPrintable(notesText(f)));
    }

    void guidanceIsKeptNotStepped()
    {
        const PlaybookFile f = readText(QStringLiteral(
            "# Leak\n\n!!! warning \"Before you start\"\n    Tell the incident commander.\n\n"
            "        not a command, part of the note\n\n## Contain\n\n> [!NOTE]\n> Work on a "
            "copy.\n\n<div class=\"box\">Call legal <b>first</b>.</div>\n\n<!-- reviewer: ok "
            "-->\n\n- Rotate the key\n\n**Delegate to:** Platform team\n\n## Reading\n\n"
            "- [Guide](https://example.org/guide)\n- [Policy](https://example.org/policy)\n"));
        QVERIFY(f.ok());
        QCOMPARE(outline(f), QStringLiteral("# Leak\nContain @-: Rotate the key"));
        const Playbook &p = f.playbooks[0];
        QVERIFY2(p.guidance.value(0).contains(QStringLiteral("Tell the incident commander")),
                 qPrintable(p.guidance.join(QLatin1Char('|'))));
        const PlaybookPhase &contain = p.phases[0];
        QVERIFY(contain.guidance.contains(QStringLiteral("[!NOTE] Work on a copy.")));
        QVERIFY(contain.guidance.contains(QStringLiteral("Call legal first.")));
        QVERIFY(contain.guidance.contains(QStringLiteral("Delegate to: Platform team")));
        const QString notes = notesText(f);
        QVERIFY2(noted(f.kept, 3, QStringLiteral("a note")), qPrintable(notes));
        QVERIFY2(noted(f.kept, 10, QStringLiteral("a note")), qPrintable(notes));
        QVERIFY2(noted(f.kept, 13, QStringLiteral("HTML")), qPrintable(notes));
        QVERIFY2(noted(f.ignored, 15, QStringLiteral("HTML without text")), qPrintable(notes));
        QVERIFY2(noted(f.ignored, 23, QStringLiteral("links and references")), qPrintable(notes));
    }

    void listsThatAreNotSteps()
    {
        const PlaybookFile f = readText(QStringLiteral(
            "# Disk full\n\n## Mitigation\n\n### Rebalance\n\nExample services that support "
            "this:\n\n- cassandra\n- kafka\n\n### Grow the pool\n\n- add bigger nodes\n- move "
            "the data\n\n## Severity\n\n- **Definition**: everything is down\n- **Examples**: "
            "outage\n\n## Activation\n\nThe playbook starts on any of these signs:\n\n1. Disk "
            "above 95%\n2. Writes failing\n\n## Roles\n\n- [Commander](roles.md), leads\n- "
            "[Scribe](roles.md), writes\n"));
        QVERIFY(f.ok());
        QCOMPARE(outline(f), QStringLiteral("# Disk full {2 indicators}\nMitigation @-: "
                                            "Rebalance +2\nMitigation › Grow the pool @-: add "
                                            "bigger nodes; move the data"));
        const QString notes = notesText(f);
        QVERIFY2(noted(f.ignored, 19, QStringLiteral("definitions")), qPrintable(notes));
        QVERIFY2(noted(f.kept, 26, QStringLiteral("signs")), qPrintable(notes));
        QVERIFY2(noted(f.ignored, 31, QStringLiteral("links")), qPrintable(notes));
    }

    void frontMatterAndTemplates()
    {
        PlaybookFile f = readText(
            QStringLiteral("---\ntitle: \"Credential leak\"\nowner: secops\ntags:\n  - identity\n  "
                           "- cloud\n---\n\n"
                           "## Rotate\n\n{% if aws %}\n- Rotate the key for {{ service_name }} in "
                           "{{account|default('prod')}}\n{% endif %}\n"));
        QVERIFY(f.ok());
        QCOMPARE(f.playbooks[0].name, QStringLiteral("Credential leak"));
        QCOMPARE(f.metadata.size(), 3);
        QCOMPARE(f.metadata[2].key, QStringLiteral("tags"));
        QCOMPARE(f.metadata[2].value, QStringLiteral("identity, cloud"));
        const PlaybookStep &s = f.playbooks[0].phases[0].steps[0];
        QCOMPARE(s.text, QStringLiteral("Rotate the key for ‹service_name› in ‹account›"));
        QCOMPARE(s.blanks,
                 (QStringList{QStringLiteral("service_name"), QStringLiteral("account")}));
        QVERIFY(noted(f.ignored, 11, QStringLiteral("template")));
        QVERIFY(noted(f.ignored, 13, QStringLiteral("template")));

        f = readText(QStringLiteral("+++\ntitle = \"DNS hijack\"\nweight = 3\n+++\n\n## Restore\n\n"
                                    "- Restore the records\n"));
        QCOMPARE(f.playbooks[0].name, QStringLiteral("DNS hijack"));
        QCOMPARE(f.metadata[1].value, QStringLiteral("3"));
        QCOMPARE(f.playbooks[0].phases[0].steps[0].line, 8);
        const QJsonObject o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("weight")),
                 QJsonValue(QStringLiteral("3")));
    }

    void notAProcedure()
    {
        // Only prose: said, and nothing becomes a checklist.
        PlaybookFile f = readText(QStringLiteral(
            "# What an incident is\n\nAn incident is any unplanned disruption.\n\n## Major\n\nA "
            "major incident needs several teams.\n\n## Why\n\nWe want one way of working.\n"));
        QVERIFY(f.ok());
        QVERIFY(f.playbooks.isEmpty());
        QCOMPARE(f.kind, PlaybookFile::Kind::Reference);
        QVERIFY(f.warnings.first().text.contains(QStringLiteral("not a procedure")));
        QCOMPARE(f.toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("reference"));

        // Only a severity table: offered as severity levels.
        f = readText(QStringLiteral(
            "# Severity levels\n\n| Severity | Description | Response time |\n|---|---|---|\n"
            "| SEV-1 | Customers cannot work | 15 minutes |\n| SEV-2 | Degraded | 1 hour |\n"));
        QVERIFY(f.playbooks.isEmpty());
        QCOMPARE(f.kind, PlaybookFile::Kind::SeverityLevels);
        QCOMPARE(f.severities.size(), 2);
        QCOMPARE(f.severities[0].level, QStringLiteral("SEV-1"));
        QCOMPARE(f.severities[1].response.minutes.value_or(-1), 60);
        QVERIFY(f.reportText().contains(QStringLiteral("severity levels")));

        // The same as an HTML table.
        f = readText(QStringLiteral(
            "Intro.\n\n<table>\n<tr><th>Priority</th><th>Typical response</th></tr>\n"
            "<tr><td>P1</td><td>Within 30 minutes</td></tr>\n</table>\n"));
        QCOMPARE(f.kind, PlaybookFile::Kind::SeverityLevels);
        QCOMPARE(f.severities.value(0).response.minutes.value_or(-1), 30);

        // A couple of questions among prose is not a procedure either.
        f = readText(QStringLiteral(
            "# Triggers\n\nWe page when monitoring fails.\n\nIt is rare.\n\nIt matters.\n\nWe "
            "review it.\n\nWe keep it short.\n\nWe learn from it.\n\n### Monitoring\n\nWe "
            "ask:\n\n1. Can customers log "
            "in?\n2. Are mails sent?\n"));
        QVERIFY2(f.playbooks.isEmpty(), qPrintable(f.reportText()));
    }

    void reportSaysWhatBecameWhat()
    {
        const PlaybookFile f = readText(
            QStringLiteral("# Bot attack\n\nWe see bots.\n\n## Block\n\n- Enable the challenge\n\n"
                           "```mermaid\ngraph TD\nA-->B\n```\n\n## Notes\n\n`TODO: fill in`\n"));
        const QString report = f.reportText();
        QVERIFY2(report.contains(QStringLiteral("line 5: phase “Block”")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("line 7: Enable the challenge")));
        QVERIFY(
            report.contains(QStringLiteral("line 3: kept: lines 3–3: 1 paragraph(s) of prose")));
        QVERIFY(report.contains(QStringLiteral("line 9: ignored: a mermaid code block")));
        QVERIFY(report.contains(QStringLiteral("line 16: ignored: a placeholder")));
        const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(f.toJson()).toJson()).object();
        QVERIFY(!o.value(QStringLiteral("kept")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("procedure"));
    }

    void hostileShapesStayBounded()
    {
        // Hundreds of headings and lists: read, with every step. (The reader
        // is not linear in sections: 2,000 took over 20 s under ASan on a
        // loaded machine; the bound here is for a shared, slow CI.)
        QString md = QStringLiteral("# Big\n\n");
        for (int i = 0; i < 500; ++i)
            md += QStringLiteral("## Part %1\n\n- Do thing %1\n\n").arg(i);
        QElapsedTimer t;
        t.start();
        const PlaybookFile f = readText(md);
        QVERIFY(t.elapsed() < 20000);
        QCOMPARE(f.playbooks.value(0).phases.size(), 500);
        // A label of only brackets, unbalanced emphasis, a table with no rows.
        const PlaybookFile odd =
            readText(QStringLiteral("## [[[\n\n- **unclosed\n\n|a|\n|-|\n\n- [ ]\n- [x]\n\n1) \n"));
        QVERIFY(odd.ok());
    }
};

QTEST_GUILESS_MAIN(TestRunbookShapes)
#include "tst_runbookshapes.moc"
