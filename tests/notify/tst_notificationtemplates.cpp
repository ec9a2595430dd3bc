// Notification templates: every shipped one fills in completely for a
// complete incident and names exactly what is missing for an incomplete
// one; the GDPR, HIPAA and SOC 2 texts carry what the law asks for; bad
// template files are refused with the line and the reason, and never stop
// the other templates from loading.
#include "models/notify/NotificationRenderer.h"
#include "models/notify/NotificationTemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A database-exfiltration incident with every fact a notification can use.
RenderInput completeIncident()
{
    RenderInput in;
    Incident &i = in.incident;
    i.id = QStringLiteral("7d7c2f4e-1111-4c3a-9a55-0c1f5e4b2a10");
    i.ref = QStringLiteral("INC-2026-014");
    i.title = QStringLiteral("Database exfiltration by Initech");
    i.summary = QStringLiteral("An attacker used a leaked API key to export customer records from "
                               "the reporting database.");
    i.severity = Severity::P0;
    i.status = IncidentStatus::Containment;
    i.commander = QStringLiteral("Dana Scully");
    i.affectedTenants = {QStringLiteral("initech"), QStringLiteral("globex")};
    i.affectedUsers = {QStringLiteral("u-17"), QStringLiteral("u-42")};
    i.detectedAt = utc("2026-03-27T08:40:00Z");
    i.becameAwareAt = utc("2026-03-27T09:00:00Z");
    in.severityName = QStringLiteral("Critical");
    NotificationFacts &f = in.facts;
    f.personalData = true;
    f.phi = true;
    f.dataBreach = true;
    f.jurisdictions = {QStringLiteral("DE"), QStringLiteral("US")};
    f.peopleAffected = QStringLiteral("about 1,200");
    f.recordsAffected = QStringLiteral("about 48,000");
    f.subjectCategories = {QStringLiteral("End users of our customers")};
    f.dataCategories = {QStringLiteral("Names"), QStringLiteral("Email addresses"),
                        QStringLiteral("Appointment dates")};
    f.affectedSystems = {QStringLiteral("Reporting database"), QStringLiteral("Export API")};
    f.breachPeriod = QStringLiteral("2026-03-25 to 2026-03-27");
    f.consequences = QStringLiteral("Phishing emails that look like they come from us.");
    f.measuresTaken = QStringLiteral("We revoked the key and blocked the attacker's addresses.");
    f.measuresProposed = QStringLiteral("Mandatory key rotation every 90 days.");
    f.mitigation = QStringLiteral("We are warning every affected person.");
    f.individualSteps = QStringLiteral("Be careful with emails asking for your password.");
    f.nextSteps = {QStringLiteral("Rotate every tenant key"), QStringLiteral("Forensic review")};
    f.delayReasons = QStringLiteral("The export logs had to be restored from backup first.");
    OrganisationProfile &o = in.organisation;
    o.name = QStringLiteral("Settler GmbH");
    o.contactName = QStringLiteral("Erika Mustermann");
    o.contactRole = QStringLiteral("Data Protection Officer");
    o.contactEmail = QStringLiteral("dpo@settler.io");
    o.contactPhone = QStringLiteral("+49 30 1234567");
    o.securityEmail = QStringLiteral("security@settler.io");
    o.tollFreePhone = QStringLiteral("1-800-555-0199");
    o.website = QStringLiteral("https://status.settler.io");
    o.postalAddress = QStringLiteral("Hauptstraße 1, 10115 Berlin");
    o.chatChannel = QStringLiteral("#incident-response");
    o.authorityName = QStringLiteral("Berliner Beauftragte für Datenschutz");
    o.authorityEmail = QStringLiteral("mailbox@datenschutz-berlin.de");
    o.timeZone = QStringLiteral("Europe/Berlin");
    IncidentEvent revoked;
    revoked.kind = QStringLiteral("action.succeeded");
    revoked.actor = QStringLiteral("dana");
    revoked.summary = QStringLiteral("Revoked API key sk_live_4f2a");
    revoked.occurredAt = utc("2026-03-27T09:20:00Z");
    IncidentEvent requested = revoked;
    requested.kind = QStringLiteral("action.requested");
    requested.summary = QStringLiteral("Requested: block 203.0.113.7");
    IncidentEvent note = revoked;
    note.kind = QStringLiteral("note");
    note.summary = QStringLiteral("Internal chatter that must not reach a regulator");
    IncidentEvent contained = revoked;
    contained.kind = QStringLiteral("containment.sql");
    contained.summary = QStringLiteral("Suspended the export job");
    in.events = {requested, revoked, note, contained};
    in.now = utc("2026-03-28T09:00:00Z");
    return in;
}

ClockState clockFor(const QString &ruleId, const RenderInput &in)
{
    for (const ClockRule &r : ClockRule::builtIns()) {
        if (r.id == ruleId) {
            ClockState s;
            s.rule = r;
            s.awareAt = in.incident.becameAwareAt;
            s.due = r.dueFrom(s.awareAt, QTimeZone("Europe/Berlin"));
            s.status = in.now > s.due ? ClockStatus::Overdue : ClockStatus::Open;
            return s;
        }
    }
    return {};
}

const NotificationTemplate &shipped(const TemplateLibrary &lib, const char *id)
{
    static const NotificationTemplate none;
    const NotificationTemplate *t = lib.find(QString::fromLatin1(id));
    return t ? *t : none;
}

QString templateText(const NotificationTemplate &t)
{
    return t.to + QLatin1Char('\n') + t.subject + QLatin1Char('\n') + t.body;
}

QStringList labels(const QList<TemplateElement> &elements)
{
    QStringList out;
    for (const TemplateElement &e : elements)
        out << e.label;
    return out;
}

// Nothing a person would recognise as a blank to fill in.
void verifyNoPlaceholder(const QString &text, const QString &what)
{
    QVERIFY2(!text.contains(QLatin1String("{{")) && !text.contains(QLatin1String("}}")),
             qPrintable(what + QStringLiteral(": unrendered tag\n") + text));
    QVERIFY2(!text.contains(QLatin1String("[[MISSING")),
             qPrintable(what + QStringLiteral(": ") + text));
    static const QRegularExpression bracket(QStringLiteral("\\[[A-Z][A-Za-z ]+\\]"));
    QVERIFY2(!bracket.match(text).hasMatch(),
             qPrintable(what + QStringLiteral(": placeholder ") + bracket.match(text).captured()));
}

} // namespace

class TestNotificationTemplates : public QObject
{
    Q_OBJECT
private:
    TemplateLibrary m_lib;

private slots:
    void initTestCase() { m_lib = TemplateLibrary::load(QString()); }

    void shippedTemplatesLoad()
    {
        QVERIFY2(m_lib.problems().isEmpty(),
                 qPrintable(m_lib.problemTexts().join(QLatin1Char('\n'))));
        QStringList ids;
        for (const NotificationTemplate &t : m_lib.templates()) {
            ids << t.id;
            QVERIFY(t.shipped);
            QVERIFY(!t.name.isEmpty());
            QVERIFY(!t.required.isEmpty());
            // Each declared element is used, so its marker shows where it belongs.
            for (const TemplateElement &e : t.required) {
                const QRegularExpression use(QStringLiteral("\\{\\{[#^]?") +
                                             QRegularExpression::escape(e.key) +
                                             QStringLiteral("(_text)?\\}\\}"));
                QVERIFY2(use.match(templateText(t)).hasMatch(),
                         qPrintable(t.id + QLatin1Char(' ') + e.key));
            }
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("customer-data-breach"),
                                   QStringLiteral("gdpr-art33-authority"),
                                   QStringLiteral("gdpr-art34-data-subjects"),
                                   QStringLiteral("hipaa-individuals"),
                                   QStringLiteral("internal-notification"),
                                   QStringLiteral("soc2-customer-notice")}));
    }

    void everyTemplateRendersCompletely()
    {
        for (const NotificationTemplate &t : m_lib.templates()) {
            RenderInput in = completeIncident();
            if (!t.clockRuleId.isEmpty())
                in.clock = clockFor(t.clockRuleId, in);
            const RenderedNotification r = NotificationRenderer::render(t, in);
            QVERIFY2(r.ok(), qPrintable(t.id + QLatin1Char(' ') + r.error +
                                        r.unknownNames.join(QLatin1Char(','))));
            QVERIFY2(r.missing.isEmpty(), qPrintable(t.id + QLatin1Char(' ') +
                                                     labels(r.missing).join(QLatin1Char(','))));
            QVERIFY(!r.subject.isEmpty());
            verifyNoPlaceholder(r.subject, t.id);
            verifyNoPlaceholder(r.to, t.id);
            verifyNoPlaceholder(r.body, t.id);
            QVERIFY2(r.body.contains(in.incident.summary), qPrintable(t.id));
            // Notes stay internal; requests are not actions taken.
            QVERIFY(!r.body.contains(QLatin1String("Internal chatter")));
            QVERIFY(!r.body.contains(QLatin1String("Requested: block")));
        }
    }

    void missingElementsAreNamedExactly()
    {
        for (const NotificationTemplate &t : m_lib.templates()) {
            RenderInput in = completeIncident();
            in.now = utc("2026-03-27T10:00:00Z"); // within every deadline
            if (!t.clockRuleId.isEmpty())
                in.clock = clockFor(t.clockRuleId, in);
            in.facts.consequences.clear();
            in.facts.dataCategories.clear();
            in.organisation.contactEmail = QStringLiteral("   ");
            const QSet<QString> blanked = {QStringLiteral("facts.consequences"),
                                           QStringLiteral("facts.data_categories"),
                                           QStringLiteral("org.contact_email")};
            QStringList expected;
            for (const TemplateElement &e : t.required) {
                if (blanked.contains(e.key))
                    expected << e.label;
            }
            const RenderedNotification r = NotificationRenderer::render(t, in);
            QCOMPARE(labels(r.missing), expected);
            // Shown where they belong, and found again in the text.
            QCOMPARE(NotificationRenderer::missingIn(r.to + r.subject + r.body), expected);
        }
        RenderInput in = completeIncident();
        in.now = utc("2026-03-27T10:00:00Z");
        in.clock = clockFor(QStringLiteral("gdpr-art33"), in);
        in.facts.consequences.clear();
        in.facts.dataCategories.clear();
        in.organisation.contactEmail.clear();
        const RenderedNotification gdpr =
            NotificationRenderer::render(shipped(m_lib, "gdpr-art33-authority"), in);
        QCOMPARE(labels(gdpr.missing),
                 (QStringList{QStringLiteral("Categories of personal data records concerned"),
                              QStringLiteral("Contact details (email) of the DPO or contact point"),
                              QStringLiteral("Likely consequences of the personal data breach")}));
        QVERIFY(gdpr.body.contains(
            QLatin1String("[[MISSING: Likely consequences of the personal data breach]]")));
    }

    void anEmptyIncidentMissesEveryUnconditionalElement()
    {
        for (const NotificationTemplate &t : m_lib.templates()) {
            const RenderedNotification r =
                NotificationRenderer::render(t, NotificationRenderer::emptySample());
            QVERIFY2(r.ok(), qPrintable(t.id));
            QStringList expected;
            for (const TemplateElement &e : t.required) {
                if (e.condition.isEmpty())
                    expected << e.label;
            }
            QCOMPARE(labels(r.missing), expected);
        }
    }

    void gdprArticle33HasEveryElement()
    {
        const NotificationTemplate &t = shipped(m_lib, "gdpr-art33-authority");
        QCOMPARE(t.clockRuleId, QStringLiteral("gdpr-art33"));
        QStringList keys;
        for (const TemplateElement &e : t.required)
            keys << e.key +
                        (e.condition.isEmpty() ? QString() : QStringLiteral(" if ") + e.condition);
        // Art. 33(3)(a) nature, categories and approximate numbers of data
        // subjects and records; (b) DPO or contact point; (c) likely
        // consequences; (d) measures taken or proposed, incl. mitigation;
        // Art. 33(1) reasons for a late notification.
        for (const char *key :
             {"incident.summary", "facts.subject_categories", "facts.people_affected",
              "facts.data_categories", "facts.records_affected", "org.contact_name",
              "org.contact_email", "facts.consequences", "facts.measures_taken",
              "facts.measures_proposed", "facts.mitigation", "facts.delay_reasons if clock.late"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);

        RenderInput late = completeIncident(); // 24 h after the 72 h deadline
        late.now = utc("2026-03-31T09:00:00Z");
        late.clock = clockFor(QStringLiteral("gdpr-art33"), late);
        const RenderedNotification r = NotificationRenderer::render(t, late);
        for (const char *heading : {"(Art. 33(3)(a))", "(Art. 33(3)(b))", "(Art. 33(3)(c))",
                                    "(Art. 33(3)(d))", "Reasons for the delay (Art. 33(1))"})
            QVERIFY2(r.body.contains(QLatin1String(heading)), heading);
        for (const QString &value :
             {late.incident.summary, QStringLiteral("End users of our customers"),
              QStringLiteral("about 1,200"),
              QStringLiteral("Names, Email addresses, Appointment dates"),
              QStringLiteral("about 48,000"), QStringLiteral("Erika Mustermann"),
              QStringLiteral("dpo@settler.io"), late.facts.consequences, late.facts.measuresTaken,
              late.facts.measuresProposed, late.facts.mitigation, late.facts.delayReasons,
              QStringLiteral("Revoked API key sk_live_4f2a")})
            QVERIFY2(r.body.contains(value), qPrintable(value));
        QCOMPARE(r.to, QStringLiteral("mailbox@datenschutz-berlin.de"));
        // In the organisation's zone, with UTC beside it.
        QVERIFY(r.body.contains(QLatin1String("2026-03-27 10:00 CET (09:00 UTC)")));
        QVERIFY(r.body.contains(QLatin1String("(due 2026-03-30 11:00 CEST (09:00 UTC))")));

        // Within 72 hours: no delay section, and the reasons are not asked for.
        RenderInput onTime = completeIncident();
        onTime.facts.delayReasons.clear();
        onTime.now = utc("2026-03-28T09:00:00Z");
        onTime.clock = clockFor(QStringLiteral("gdpr-art33"), onTime);
        const RenderedNotification early = NotificationRenderer::render(t, onTime);
        QVERIFY(early.missing.isEmpty());
        QVERIFY(!early.body.contains(QLatin1String("Reasons for the delay")));
        // Late without reasons: missing, and it says so.
        late.facts.delayReasons.clear();
        QCOMPARE(labels(NotificationRenderer::render(t, late).missing),
                 QStringList{QStringLiteral("Reasons for the delay (notified after 72 hours)")});
    }

    void hipaaNoticeHasEveryElement()
    {
        const NotificationTemplate &t = shipped(m_lib, "hipaa-individuals");
        RenderInput in = completeIncident();
        in.clock = clockFor(QStringLiteral("hipaa-individuals"), in);
        const RenderedNotification r = NotificationRenderer::render(t, in);
        // §164.404(c)(1)(A)–(E): what happened with breach and discovery
        // dates, types of PHI, steps to take, what we do, contact procedures.
        for (const QString &value :
             {in.incident.summary, QStringLiteral("2026-03-25 to 2026-03-27"),
              QStringLiteral("Date we discovered the breach:** 2026-03-27 10:00 CET"),
              QStringLiteral("Appointment dates"), in.facts.individualSteps, in.facts.measuresTaken,
              in.facts.mitigation, in.facts.measuresProposed, QStringLiteral("1-800-555-0199"),
              QStringLiteral("dpo@settler.io"), QStringLiteral("https://status.settler.io"),
              QStringLiteral("Hauptstraße 1, 10115 Berlin")})
            QVERIFY2(r.body.contains(value), qPrintable(value));
        QVERIFY(r.body.contains(QLatin1String("call us toll-free")));
    }

    void peoplesTextIsNeverATemplate()
    {
        RenderInput in = completeIncident();
        in.facts.consequences = QStringLiteral("{{incident.ref}} <b>&amp; \"quoted\" {{#x}}");
        const RenderedNotification r =
            NotificationRenderer::render(shipped(m_lib, "gdpr-art33-authority"), in);
        QVERIFY(r.ok());
        QVERIFY(r.body.contains(QLatin1String("{{incident.ref}} <b>&amp; \"quoted\" {{#x}}")));
    }

    void badTemplateFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        const QByteArray head = "Name: T\nSubject: S\n\n";
        QTest::newRow("no header") << QByteArray("Hello {{incident.ref}}\n") << 1
                                   << QStringLiteral("expected a header line");
        QTest::newRow("header only") << QByteArray("Name: T\nSubject: S\n") << 2
                                     << QStringLiteral("then a blank line, then the body");
        QTest::newRow("unknown header") << QByteArray("Name: T\nColour: red\nSubject: S\n\nx\n")
                                        << 2 << QStringLiteral("unknown header \"Colour\"");
        QTest::newRow("no name") << QByteArray("Subject: S\n\nbody\n") << 1
                                 << QStringLiteral("Name: header is missing");
        QTest::newRow("no subject")
            << QByteArray("Name: T\n\nbody\n") << 1 << QStringLiteral("Subject: header is missing");
        QTest::newRow("name twice") << QByteArray("Name: T\nName: U\nSubject: S\n\nx\n") << 2
                                    << QStringLiteral("\"Name\" is given twice");
        QTest::newRow("empty body") << QByteArray("Name: T\nSubject: S\n\n  \n") << 4
                                    << QStringLiteral("the body is empty");
        QTest::newRow("unclosed section")
            << head + "Line one\n{{#facts.data_categories}}\n- {{.}}\n"
            << 5 << QStringLiteral("Unclosed section \"facts.data_categories\"");
        QTest::newRow("unopened section") << head + "a\nb\n{{/actions}}\n"
                                          << 6 << QStringLiteral("Unopened section \"actions\"");
        QTest::newRow("unclosed tag") << head + "a\n{{incident.ref\n"
                                      << 5 << QStringLiteral("never closed");
        QTest::newRow("unknown field")
            << head + "a\n\nDear {{incident.sumary}}\n"
            << 6 << QStringLiteral("\"{{incident.sumary}}\" is not a field");
        QTest::newRow("unknown section")
            << head + "a\n{{#no_such_section}}\nx\n{{/no_such_section}}\n"
            << 5 << QStringLiteral("\"{{no_such_section}}\" is not a field");
        QTest::newRow("unknown inside inverted")
            << head + "{{^actions}}\n{{typo}}\n{{/actions}}\n"
            << 5 << QStringLiteral("\"{{typo}}\" is not a field");
        QTest::newRow("unknown in subject")
            << QByteArray("Name: T\nSubject: {{nope}}\n\nx\n") << 2
            << QStringLiteral("Subject: \"{{nope}}\" is not a field");
        QTest::newRow("partial") << head + "{{>footer}}\n"
                                 << 4 << QStringLiteral("partials ({{>footer}}) are not supported");
        QTest::newRow("delimiters") << head + "x\n{{=<% %>=}}\n"
                                    << 5 << QStringLiteral("changing the tag delimiters");
        QByteArray deep = head;
        for (int i = 0; i < 30; ++i)
            deep += "{{#actions}}";
        QTest::newRow("nested too deep") << deep << 4 << QStringLiteral("nested more than 24 deep");
        QTest::newRow("not utf-8") << head + "caf\xe9\n" << 0 << QStringLiteral("not valid UTF-8");
        QTest::newRow("nul") << head + QByteArray("a\0b", 3) << 0 << QStringLiteral("NUL bytes");
        QTest::newRow("too large")
            << head + QByteArray(300 * 1024, 'x') << 0 << QStringLiteral("larger than 256 KiB");
        QTest::newRow("require unknown")
            << QByteArray("Name: T\nSubject: S\nRequire: facts.nope | X\n\nx\n") << 3
            << QStringLiteral("\"facts.nope\" is not a field");
        QTest::newRow("require syntax")
            << QByteArray("Name: T\nSubject: S\nRequire: facts.consequences\n\nx\n") << 3
            << QStringLiteral("Require: field | what it is");
        QTest::newRow("require condition")
            << QByteArray("Name: T\nSubject: S\nRequire: facts.consequences | C | when late\n\nx\n")
            << 3 << QStringLiteral("reads \"if flag\"");
        QTest::newRow("require condition not a flag")
            << QByteArray(
                   "Name: T\nSubject: S\nRequire: facts.consequences | C | if org.name\n\nx\n")
            << 3 << QStringLiteral("\"org.name\" is not a yes/no field");
        QTest::newRow("bad clock") << QByteArray("Name: T\nSubject: S\nClock: GDPR 72h\n\nx\n") << 3
                                   << QStringLiteral("is not a clock rule id");
        QTest::newRow("bad id") << QByteArray("Template: Not An Id\nName: T\nSubject: S\n\nx\n")
                                << 0 << QStringLiteral("template id \"Not An Id\"");
    }

    void badTemplateFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const auto r =
            TemplateFile::parse(bytes, QStringLiteral("/tmp/bad.md"), QStringLiteral("bad"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        QCOMPARE(r.error().detail.toInt(), line);
    }

    void foldedHeadersAndLineEnds()
    {
        const QByteArray bytes =
            "\xEF\xBB\xBFName: A long\r\n  name\r\nSubject: Hi {{incident.ref}}\r\n"
            "Require: facts.consequences |\r\n  Likely consequences\r\n\r\n"
            "Body {{facts.consequences}}\r\n";
        const auto r = TemplateFile::parse(bytes, QStringLiteral("x.md"), QStringLiteral("x"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->name, QStringLiteral("A long name"));
        QCOMPARE(r->id, QStringLiteral("x"));
        QCOMPARE(r->required.size(), 1);
        QCOMPARE(r->required.first().label, QStringLiteral("Likely consequences"));
        QCOMPARE(r->bodyLine, 7);
        QVERIFY(!r->body.contains(QLatin1Char('\r')));
    }

    void userFolderOverridesAndBadFilesAreSkipped()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("internal-notification.md",
              "Name: Our internal alert\nSubject: [{{incident.severity}}] {{incident.title}}\n\n"
              "Team, {{incident.summary}}\n");
        write("board-briefing.md", "Name: Board briefing\nSubject: Briefing "
                                   "{{incident.ref}}\nRequire: facts.consequences | "
                                   "Business impact\n\n{{facts.consequences}}\n");
        write("broken-section.md", "Name: Broken\nSubject: S\n\n{{#actions}}\nnever closed\n");
        write("unknown-field.md", "Name: Typo\nSubject: S\n\nHello {{org.nmae}}\n");
        write("binary.md", QByteArray("\x00\x01\x02", 3));
        write("notes.pdf", "ignored: not a template file name");
        const TemplateLibrary lib = TemplateLibrary::load(dir.path());

        QCOMPARE(lib.templates().size(), 7); // six shipped (one replaced) + one new
        const NotificationTemplate *internal = lib.find(QStringLiteral("internal-notification"));
        QVERIFY(internal);
        QCOMPARE(internal->name, QStringLiteral("Our internal alert"));
        QVERIFY(internal->overridesShipped);
        QVERIFY(!internal->shipped);
        QCOMPARE(internal->source, dir.filePath(QStringLiteral("internal-notification.md")));
        QVERIFY(lib.find(QStringLiteral("board-briefing")));
        QVERIFY(lib.find(QStringLiteral("gdpr-art33-authority"))->shipped);

        QCOMPARE(lib.problems().size(), 3);
        const QString all = lib.problemTexts().join(QLatin1Char('\n'));
        QVERIFY2(
            all.contains(QLatin1String("broken-section.md was not loaded: line 4: Body: the "
                                       "template is malformed (Unclosed section \"actions\")")),
            qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("unknown-field.md was not loaded: line 4")),
                 qPrintable(all));
        QVERIFY(all.contains(QLatin1String("{{org.nmae}}")));
        QVERIFY(all.contains(QLatin1String("binary.md was not loaded")));
        QVERIFY(all.contains(QLatin1String("The other templates are available")));

        const TemplateLibrary missing = TemplateLibrary::load(dir.filePath(QStringLiteral("nope")));
        QCOMPARE(missing.templates().size(), 6);
        QCOMPARE(missing.problems().size(), 1);
        QVERIFY(missing.problemTexts().first().contains(QLatin1String("does not exist")));
    }

    void documentTimes()
    {
        const QDateTime t = utc("2026-07-01T12:30:00Z");
        QCOMPARE(NotificationRenderer::documentTime(t, QStringLiteral("UTC")),
                 QStringLiteral("2026-07-01 12:30 UTC"));
        QCOMPARE(NotificationRenderer::documentTime(t, QStringLiteral("America/New_York")),
                 QStringLiteral("2026-07-01 08:30 EDT (12:30 UTC)"));
        QCOMPARE(NotificationRenderer::documentTime(t, QStringLiteral("No/Such_Zone")),
                 QStringLiteral("2026-07-01 12:30 UTC"));
        QCOMPARE(NotificationRenderer::documentTime(QDateTime(), QStringLiteral("UTC")), QString());
    }

    void fieldsAreListed()
    {
        QVERIFY(NotificationRenderer::isKnownField(QStringLiteral("facts.consequences")));
        QVERIFY(NotificationRenderer::isKnownField(QStringLiteral("actions")));
        QVERIFY(!NotificationRenderer::isKnownField(QStringLiteral("facts")));
        QVERIFY(NotificationRenderer::isFlagField(QStringLiteral("clock.late")));
        QVERIFY(!NotificationRenderer::isFlagField(QStringLiteral("org.name")));
        QVERIFY(NotificationRenderer::isActionTaken(QStringLiteral("action.succeeded")));
        QVERIFY(NotificationRenderer::isActionTaken(QStringLiteral("containment.sql")));
        QVERIFY(!NotificationRenderer::isActionTaken(QStringLiteral("action.failed")));
        QVERIFY(!NotificationRenderer::isActionTaken(QStringLiteral("note")));
    }
};

QTEST_GUILESS_MAIN(TestNotificationTemplates)
#include "tst_notificationtemplates.moc"
