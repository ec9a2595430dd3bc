// The drafted review is valid CommonMark with GFM tables and task lists, in
// the seed template's shape, and people's text reads literally in it.
#include "models/review/ReviewDocument.h"

#include <QTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

using namespace ic;

namespace {

IncidentEvent ev(int seq, const QDateTime &at, const char *actor, const char *kind,
                 const QString &summary, QJsonObject details = {})
{
    IncidentEvent e;
    e.seq = seq;
    e.occurredAt = at;
    e.recordedAt = at;
    e.actor = QString::fromLatin1(actor);
    e.kind = QString::fromLatin1(kind);
    e.summary = summary;
    e.details = details;
    return e;
}

QJsonObject status(IncidentStatus from, IncidentStatus to)
{
    return {{QStringLiteral("field"), QStringLiteral("status")},
            {QStringLiteral("from"), statusCode(from)},
            {QStringLiteral("to"), statusCode(to)}};
}

// What cmark-gfm sees: level-2 headings, table rows, task items, and HTML.
struct Parsed
{
    QStringList h2;
    QString h1;
    int tables = 0;
    int tableHeaders = 0;
    int tableRows = 0; // body rows
    int taskItems = 0;
    int checkedItems = 0;
    QString html;
};

QString textOf(cmark_node *node)
{
    QString out;
    cmark_iter *it = cmark_iter_new(node);
    cmark_event_type e;
    while ((e = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (e == CMARK_EVENT_ENTER && (cmark_node_get_type(n) == CMARK_NODE_TEXT ||
                                       cmark_node_get_type(n) == CMARK_NODE_CODE))
            out += QString::fromUtf8(cmark_node_get_literal(n));
    }
    cmark_iter_free(it);
    return out;
}

Parsed parse(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    Parsed p;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type e;
    while ((e = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (e != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it);
        const QString type = QString::fromLatin1(cmark_node_get_type_string(n));
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            if (cmark_node_get_heading_level(n) == 2)
                p.h2 << textOf(n);
            else if (cmark_node_get_heading_level(n) == 1)
                p.h1 = textOf(n);
        } else if (type == QLatin1String("table")) {
            ++p.tables;
        } else if (type == QLatin1String("table_header")) {
            ++p.tableHeaders;
        } else if (type == QLatin1String("table_row")) {
            ++p.tableRows;
        } else if (type == QLatin1String("tasklist")) {
            ++p.taskItems;
            if (cmark_gfm_extensions_get_tasklist_item_checked(n))
                ++p.checkedItems;
        }
    }
    cmark_iter_free(it);
    char *html =
        cmark_render_html(doc, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    p.html = QString::fromUtf8(html);
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return p;
}

} // namespace

class TestReviewDocument : public QObject
{
    Q_OBJECT
private:
    Incident m_incident;
    QList<IncidentEvent> m_events;
    const QDateTime m_t0 =
        QDateTime::fromString(QStringLiteral("2026-01-12T10:00:00Z"), Qt::ISODate);

private slots:
    void init()
    {
        m_incident = {};
        m_incident.ref = QStringLiteral("INC-2026-001");
        m_incident.title =
            QStringLiteral("Token theft via leaked | pipe *and* <script>alert(1)</script>");
        m_incident.severity = Severity::P1;
        m_incident.status = IncidentStatus::Closed;
        m_incident.detectedAt = m_t0;
        m_incident.acknowledgedAt = m_t0.addSecs(5 * 60);
        m_incident.affectedUsers = {QStringLiteral("usr_1"), QStringLiteral("usr_2")};
        m_incident.summary =
            QStringLiteral("100 users affected.\nSecond line with `code` and [link](x).");
        m_events = {
            ev(1, m_t0, "detection", "incident.created", QStringLiteral("Opened INC-2026-001")),
            ev(2, m_t0.addSecs(300), "alex", "incident.updated",
               QStringLiteral("Commander changed")),
            ev(3, m_t0.addSecs(600), "alex", "incident.status",
               QStringLiteral("Status Triage → Containment"),
               status(IncidentStatus::Triage, IncidentStatus::Containment)),
            ev(4, m_t0.addSecs(900), "alex", "note", QStringLiteral("Revoked | all tokens")),
            ev(5, m_t0.addSecs(3600), "alex", "incident.status",
               QStringLiteral("Status Containment → Eradication"),
               status(IncidentStatus::Containment, IncidentStatus::Eradication)),
            ev(6, m_t0.addSecs(7200), "alex", "incident.closed",
               QStringLiteral("Closed the incident"),
               status(IncidentStatus::Recovery, IncidentStatus::Closed)),
            ev(7, m_t0.addSecs(7300), "reviewer", "review.comment", QStringLiteral("Why so slow?")),
        };
    }

    void templateShapeParsedByCmark()
    {
        const QString md = ReviewDocument::draft(m_incident, m_events,
                                                 SeverityPolicy::securityTeam(), m_t0.addDays(1));
        const Parsed p = parse(md);
        QCOMPARE(p.h1, QStringLiteral("Post-Incident Review: INC-2026-001"));
        QCOMPARE(p.h2, ReviewDocument::sectionTitles());
        QCOMPARE(p.tables, 2); // the timeline and the time per phase
        // Six events (the review comment is not part of the timeline) and four milestones.
        QCOMPARE(p.tableHeaders, 2);
        QCOMPARE(p.tableRows, 6 + 4);
        QCOMPARE(p.taskItems, 1 + 5);
        QCOMPARE(p.checkedItems, 1); // "Timeline documented"
        // The seed template's summary fields.
        for (const char *field : {"Incident ID", "Date", "Severity", "Duration", "Impact", "Cause",
                                  "How Detected", "Why It Happened"})
            QVERIFY2(md.contains(QStringLiteral("**%1**").arg(QLatin1String(field))), field);
        QVERIFY(md.contains(QLatin1String("P1 - High")));
        QVERIFY(md.contains(QLatin1String("2h 00m")));
        QVERIFY(md.contains(QLatin1String("2 users affected")));
        // People's text stays literal: no raw HTML, no broken table.
        QVERIFY(!p.html.contains(QLatin1String("<script>")));
        QVERIFY(p.html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(p.html.contains(QLatin1String("Revoked | all tokens")));
    }

    void phaseTimes()
    {
        const PhaseTimes t = ReviewDocument::phaseTimes(m_incident, m_events);
        QCOMPARE(t.acknowledged, m_t0.addSecs(300));
        QCOMPARE(t.contained, m_t0.addSecs(3600));
        QCOMPARE(t.resolved, m_t0.addSecs(7200));
        // Reopened after closing: not resolved any more.
        m_events << ev(8, m_t0.addSecs(8000), "alex", "incident.status", QStringLiteral("Reopened"),
                       status(IncidentStatus::Closed, IncidentStatus::Recovery));
        QVERIFY(!ReviewDocument::phaseTimes(m_incident, m_events).resolved.isValid());
    }

    void openIncidentSaysStillOpen()
    {
        m_incident.status = IncidentStatus::Containment;
        m_events.resize(4);
        const QString md = ReviewDocument::draft(m_incident, m_events, SeverityPolicy::platform(),
                                                 m_t0.addSecs(90 * 60));
        QVERIFY(md.contains(QLatin1String("1h 30m (still open)")));
        QVERIFY(parse(md).h2 == ReviewDocument::sectionTitles());
    }

    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("pipes") << QStringLiteral("a | b || c");
        QTest::newRow("emphasis") << QStringLiteral("*not bold* _not italic_ ~~not struck~~");
        QTest::newRow("code") << QStringLiteral("`rm -rf /`");
        QTest::newRow("html") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::newRow("link") << QStringLiteral("[click](javascript:alert(1))");
        QTest::newRow("heading") << QStringLiteral("# not a heading");
        QTest::newRow("backslash") << QStringLiteral("C:\\Users\\alex\\");
    }
    void escape()
    {
        QFETCH(QString, text);
        // In a table cell, the text comes back as written.
        const QString md =
            QStringLiteral("| a |\n|---|\n| %1 |\n").arg(ReviewDocument::escape(text));
        const Parsed p = parse(md);
        QCOMPARE(p.tableHeaders, 1);
        QCOMPARE(p.tableRows, 1); // one cell, not split at the pipes
        QVERIFY2(
            !p.html.contains(QLatin1String("<img")) && !p.html.contains(QLatin1String("<em>")) &&
                !p.html.contains(QLatin1String("<code>")) && !p.html.contains(QLatin1String("<a ")),
            qPrintable(p.html));
    }
};

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "tst_reviewdocument.moc"
