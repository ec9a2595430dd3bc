// The timeline pane offscreen: lanes, a backdated manual entry, a review
// comment, selection shared with the table, verify record before and after
// tampering, and a smooth paint with 100,000 events.
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/playbooks/ChecklistRepository.h"
#include "models/playbooks/PlaybookReader.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineModel.h"
#include "models/timeline/TimelineStore.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/timeline/TimelineView.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

// Every pair of labels the last paint drew: none may overlap another, and
// every label in the plot is whole (inside the view, right of the lane names).
QString labelProblems(const TimelineView &view)
{
    const QList<TimelineView::PaintedLabel> &labels = view.paintedLabels();
    const QRect area = view.viewport()->rect();
    QStringList problems;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const auto &a = labels.at(i);
        if (a.kind != TimelineView::PaintedLabel::Kind::Lane &&
            (a.rect.left() < view.plotLeft() || !area.contains(a.rect)))
            problems << QStringLiteral("“%1” is cut at an edge").arg(a.text);
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            const auto &b = labels.at(j);
            if (a.rect.intersects(b.rect))
                problems << QStringLiteral("“%1” overlaps “%2”").arg(a.text, b.text);
        }
    }
    return problems.join(QLatin1Char('\n'));
}

QStringList labelTexts(const TimelineView &view, TimelineView::PaintedLabel::Kind kind)
{
    QStringList out;
    for (const auto &l : view.paintedLabels()) {
        if (l.kind == kind)
            out << l.text;
    }
    return out;
}

const TimelineView::PaintedLabel *nowLabel(const TimelineView &view)
{
    for (const auto &l : view.paintedLabels()) {
        if (l.kind == TimelineView::PaintedLabel::Kind::Now)
            return &l;
    }
    return nullptr;
}

IncidentEvent makeEvent(qint64 id, const QDateTime &at, const char *actor = "alex")
{
    IncidentEvent e;
    e.id = id;
    e.seq = int(id);
    e.kind = QStringLiteral("note");
    e.actor = QString::fromLatin1(actor);
    e.occurredAt = at;
    e.summary = QStringLiteral("event %1").arg(id);
    return e;
}

} // namespace

class TestTimelinePane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2026-11-22T12:00:00Z"), Qt::ISODate)};
    QString m_path;
    QString m_incidentId;

    std::unique_ptr<MainWindow> open()
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, m_clock);
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->activateWindow();
        w->openSqliteFile(m_path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        return w;
    }

    TimelinePane *pane(MainWindow *w)
    {
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        auto *p = qobject_cast<TimelinePane *>(w->showPane(QStringLiteral("timelinePane")));
        if (tabs && p)
            tabs->setCurrentWidget(p);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("morgan"));
        m_path = m_dir.filePath(QStringLiteral("timeline.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name, m_clock.now());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            NewIncident n;
            n.title = QStringLiteral("Token reuse");
            n.severity = Severity::P1;
            n.detectedAt = m_clock.now().addSecs(-3600);
            auto inc = IncidentRepository(db, n.detectedAt).create(n, QStringLiteral("detection"));
            QVERIFY(inc.ok());
            m_incidentId = inc->id;
            IncidentPatch p;
            p.commander = QStringLiteral("alex");
            QVERIFY(IncidentRepository(db, n.detectedAt.addSecs(300))
                        .update(inc->id, 1, p, QStringLiteral("alex"))
                        .ok());
        }
        Db::close(name);
    }

    void lanesEntriesReviewAndVerify()
    {
        auto w = open();
        QVERIFY(w);
        TimelinePane *p = pane(w.get());
        QVERIFY(p);
        QTRY_COMPARE(p->model()->rowCount(), 3); // created, commander, acknowledged
        QCOMPARE(p->view()->laneNames(),
                 (QStringList{QStringLiteral("alex"), QStringLiteral("Detection")}));

        // A backdated manual entry: 58 minutes ago, between opening and taking command.
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("addEntryButton")),
                          Qt::LeftButton);
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = p->findChild<QDialog *>(QStringLiteral("timelineEntryDialog"))));
        dlg->findChild<QDateTimeEdit *>(QStringLiteral("entryTimeEdit"))
            ->setDateTime(m_clock.now().addSecs(-58 * 60).toLocalTime());
        QTest::keyClicks(dlg->findChild<QPlainTextEdit *>(QStringLiteral("entryTextEdit")),
                         QStringLiteral("Tenant admin called about odd logins"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("addToRecordButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(p->model()->rowCount(), 4);
        // It sorts by when it happened, marked as entered later, in my lane.
        const int row = 1;
        QCOMPARE(p->model()->index(row, TimelineModel::SummaryColumn).data().toString(),
                 QStringLiteral("Tenant admin called about odd logins"));
        QVERIFY(p->model()
                    ->index(row, TimelineModel::TimeColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("entered later")));
        QVERIFY(p->view()->laneNames().contains(QStringLiteral("morgan")));

        // An empty entry is refused in the dialog; nothing is added.
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("addEntryButton")),
                          Qt::LeftButton);
        QTRY_VERIFY((dlg = p->findChild<QDialog *>(QStringLiteral("timelineEntryDialog"))));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("addToRecordButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dlg->findChild<QLabel *>(QStringLiteral("entryErrorLabel"))->isVisible());
        dlg->reject();
        QCOMPARE(p->model()->rowCount(), 4);

        // Selecting in the table selects on the lanes, and back.
        auto *table = p->findChild<QTableView *>(QStringLiteral("timelineTable"));
        table->setCurrentIndex(table->model()->index(2, 0));
        QCOMPARE(p->view()->currentEvent(), p->model()->events().at(2).id);
        p->view()->setFocus();
        QTest::keyClick(p->view(), Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 3);

        // Verify: intact, then tampered in the database directly.
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("verifyRecordButton")),
                          Qt::LeftButton);
        auto *banner = p->findChild<MessageBanner *>(QStringLiteral("timelineBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("intact")), qPrintable(banner->text()));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("UPDATE ic_incident_events SET summary = 'nothing' WHERE seq = 2")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        banner->hide();
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("verifyRecordButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(banner->isVisible() && banner->kind() == MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QLatin1String("event 2")), qPrintable(banner->text()));
    }

    void deadlinesAreMarkedOnTheTimeline()
    {
        {
            // The seed's Token Compromise playbook: its step deadlines become markers.
            const QString name = QStringLiteral("attach");
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name, m_clock.now());
            QVERIFY(info.ok());
            const PlaybookFile f =
                PlaybookReader::readFile(QStringLiteral(":/playbooks/security-team-playbooks.md"));
            QVERIFY(!f.playbooks.isEmpty());
            const bool attached =
                ChecklistRepository(QSqlDatabase::database(name, false), m_clock.now())
                    .attach(m_incidentId, f.playbooks.first(), QString::fromLatin1(f.sha256),
                            QStringLiteral("alex"))
                    .ok();
            Db::close(name);
            QVERIFY(attached);
        }
        auto w = open();
        QVERIFY(w);
        TimelinePane *p = pane(w.get());
        QVERIFY(p);
        const auto labels = [p] {
            QStringList l;
            for (const TimelineMarker &m : p->view()->markers())
                l << m.label;
            return l.join(QLatin1Char('\n'));
        };
        // The response target, and the playbook's phase deadlines (Containment
        // "Immediate", Investigation "within 1 hour", …) counted from detection.
        QTRY_VERIFY2_WITH_TIMEOUT(labels().contains(QLatin1String("Investigation:")),
                                  qPrintable(labels()), 10000);
        QVERIFY2(labels().contains(QLatin1String("Response target")), qPrintable(labels()));
        const QDateTime detected = m_clock.now().addSecs(-3600);
        bool investigationAtOneHour = false;
        for (const TimelineMarker &m : p->view()->markers()) {
            if (m.label.startsWith(QLatin1String("Investigation:")))
                investigationAtOneHour = m.at == detected.addSecs(3600) && !m.met;
        }
        QVERIFY(investigationAtOneHour);
    }

    void zoomAndPanStayInRange()
    {
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view(&model, &filter);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<IncidentEvent> events;
        IncidentEvent e;
        e.kind = QStringLiteral("note");
        e.actor = QStringLiteral("alex");
        e.occurredAt = m_clock.now().addDays(-20);
        e.id = 1;
        events << e;
        e.occurredAt = m_clock.now();
        e.id = 2;
        events << e;
        model.setEvents(QStringLiteral("x"), events);
        view.fitAll();
        QVERIFY(view.visibleSpanMs() >= 20LL * 86'400'000);
        for (int i = 0; i < 40; ++i)
            view.zoomBy(0.5);
        QVERIFY(view.visibleSpanMs() >= 5 * 60'000 - 1000); // never closer than minutes
        for (int i = 0; i < 40; ++i)
            view.zoomBy(2.0);
        QVERIFY(view.visibleSpanMs() <= 8LL * 7 * 86'400'000 + 86'400'000); // weeks at most
    }

    // Shown in the real pane: the first view spans the incident's events
    // (and now, a few minutes after them), not months with every event in
    // one pixel column; the now label is whole. A reload keeps a zoom.
    void firstShowFitsTheIncident()
    {
        auto w = open();
        QVERIFY(w);
        w->resize(1366, 768);
        TimelinePane *p = pane(w.get());
        QVERIFY(p);
        QTRY_VERIFY(p->model()->rowCount() >= 3);
        TimelineView *view = p->view();
        QTRY_VERIFY(view->isVisible() && view->viewport()->width() > 300);
        const QList<IncidentEvent> events = p->model()->events();
        const qint64 first = events.first().occurredAt.toMSecsSinceEpoch();
        const qint64 last = std::max(events.last().occurredAt.toMSecsSinceEpoch(),
                                     m_clock.now().toMSecsSinceEpoch());
        const qint64 start = view->visibleStart().toMSecsSinceEpoch();
        const qint64 span = view->visibleSpanMs();
        QVERIFY2(start <= first && start + span >= last,
                 qPrintable(QStringLiteral("shows %1 + %2 min, events %3 .. %4")
                                .arg(view->visibleStart().toString(Qt::ISODate))
                                .arg(span / 60000)
                                .arg(events.first().occurredAt.toString(Qt::ISODate),
                                     events.last().occurredAt.toString(Qt::ISODate))));
        // Snug: the events and now take most of the width.
        QVERIFY2(double(last - first) / double(span) > 0.6, qPrintable(QString::number(span)));
        view->viewport()->repaint();
        const auto *now = nowLabel(*view);
        QVERIFY(now);
        QVERIFY(view->viewport()->rect().contains(now->rect));
        QVERIFY2(labelProblems(*view).isEmpty(), qPrintable(labelProblems(*view)));

        // A reload of the same incident keeps the zoom the user chose; another
        // incident is fitted again.
        view->zoomBy(0.25);
        const qint64 zoomed = view->visibleSpanMs();
        p->model()->setEvents(p->model()->incidentId(), events);
        QCOMPARE(view->visibleSpanMs(), zoomed);
        p->model()->setEvents(QStringLiteral("another"), events);
        QCOMPARE(view->visibleSpanMs(), span);
    }

    // An incident opened for the first time shows its newest events first
    // (with a line saying the earlier ones are being read), then all of them.
    void firstOpenShowsNewestEventsThenAll()
    {
        auto w = open();
        QVERIFY(w);
        QVERIFY(w->session() && w->session()->timeline());
        TimelineStore *store = w->session()->timeline();
        store->setPreviewSize(1);
        QSignalSpy previewed(store, &TimelineStore::previewed);
        QSignalSpy loaded(store, &TimelineStore::loaded);
        TimelinePane *p = pane(w.get());
        QVERIFY(p);
        // Connected after the pane (built just now, its load still queued),
        // so this sees the pane after it handled the preview.
        QString loadingText;
        connect(store, &TimelineStore::previewed, this, [&] {
            if (auto *l = w->findChild<QLabel *>(QStringLiteral("timelineLoading")))
                loadingText = l->isVisibleTo(w.get()) ? l->text() : QStringLiteral("(hidden)");
        });
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(previewed.size(), 1);
        QCOMPARE(previewed.first().at(1).value<QList<IncidentEvent>>().size(), 2); // first + newest
        QVERIFY2(loadingText.contains(QLatin1String("earlier")), qPrintable(loadingText));
        const int all = int(loaded.first().at(1).value<QList<IncidentEvent>>().size());
        QVERIFY(all >= 3);
        QTRY_COMPARE(p->model()->rowCount(), all);
        auto *label = w->findChild<QLabel *>(QStringLiteral("timelineLoading"));
        QVERIFY(label && !label->isVisibleTo(w.get()));
        store->setPreviewSize(TimelineStore::PreviewEvents);
    }

    // Many deadlines close together, long labels, "now" at the right edge,
    // at every zoom and several widths: no label overlaps another, none is
    // cut, and every character drawn exists in the font (no missing-glyph box).
    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("locale");
        QTest::newRow("narrow") << 520 << QStringLiteral("en_GB");
        QTest::newRow("1366") << 900 << QStringLiteral("en_US");
        QTest::newRow("1920 German") << 1400 << QStringLiteral("de_DE");
    }
    void labelsNeverOverlap()
    {
        QFETCH(int, width);
        QFETCH(QString, locale);
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view(&model, &filter);
        view.setLocale(QLocale(locale));
        view.resize(width, 420);
        const QDateTime detected = m_clock.now().addSecs(-7 * 3600);
        QList<IncidentEvent> events;
        const char *actors[] = {"alex", "detection", "priya.shah", "system"};
        for (int i = 0; i < 400; ++i)
            events << makeEvent(i + 1, detected.addSecs(i * 63), actors[i % 4]);
        model.setEvents(QStringLiteral("x"), events);
        view.setNow(m_clock.now());
        QList<TimelineMarker> markers;
        const char *labels[] = {"Response target P0 (Immediate)",
                                "Containment: 4 steps due",
                                "Investigation: 5 steps due, 1 settled",
                                "Legal: 3 steps due",
                                "GDPR 72 h",
                                "Step due: Preserve evidence before rotating keys"};
        for (int i = 0; i < 12; ++i) {
            TimelineMarker m;
            m.at = detected.addSecs(i < 6 ? i * 90 : 3600 * (i - 5));
            m.label = QString::fromLatin1(labels[i % 6]);
            m.met = i % 3 == 0;
            markers << m;
        }
        view.setMarkers(markers);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QFontMetrics fm(view.font());
        auto check = [&](const char *where) {
            view.viewport()->repaint();
            const QString problems = labelProblems(view);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(where), problems)));
            for (const auto &l : view.paintedLabels()) {
                for (const char32_t c : l.text.toUcs4())
                    QVERIFY2(fm.inFontUcs4(c), qPrintable(QStringLiteral("U+%1 in “%2”")
                                                              .arg(uint(c), 4, 16, QLatin1Char('0'))
                                                              .arg(l.text)));
            }
            QVERIFY2(!labelTexts(view, TimelineView::PaintedLabel::Kind::Time).isEmpty() ||
                         !labelTexts(view, TimelineView::PaintedLabel::Kind::Date).isEmpty(),
                     where);
        };
        view.fitAll();
        check("fitted");
        QVERIFY(!labelTexts(view, TimelineView::PaintedLabel::Kind::Marker).isEmpty());
        QVERIFY(nowLabel(view));
        for (int i = 0; i < 9; ++i) {
            view.zoomBy(0.5);
            check("zoomed in");
        }
        for (int i = 0; i < 14; ++i) {
            view.zoomBy(2.0);
            check("zoomed out");
        }
        // Now near and past the right edge: its label stays whole, and once
        // now is out of view an edge label points to it.
        view.fitAll();
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(&view, Qt::Key_Left);
            check("panned");
            QVERIFY(nowLabel(view));
        }
    }

    // The axis speaks the user's language: German day names and a 24-hour
    // clock in German, English ones in English.
    void axisIsLocalised()
    {
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view(&model, &filter);
        view.resize(1200, 300);
        // Saturday 21 to Sunday 22 November 2026, local time.
        const QDateTime sat(QDate(2026, 11, 21), QTime(18, 0));
        model.setEvents(QStringLiteral("x"),
                        {makeEvent(1, sat.toUTC()), makeEvent(2, sat.addSecs(20 * 3600).toUTC())});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        for (const QLocale &loc : {german, english}) {
            view.setLocale(loc);
            view.fitAll();
            view.viewport()->repaint();
            const QString dates = labelTexts(view, TimelineView::PaintedLabel::Kind::Date)
                                      .join(QStringLiteral(" | "));
            const QLocale &other = loc == german ? english : german;
            bool ours = false;
            for (int day : {6, 7}) { // Saturday, Sunday
                for (auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                    ours = ours || dates.contains(loc.dayName(day, format));
                QVERIFY2(!dates.contains(other.dayName(day, QLocale::LongFormat)),
                         qPrintable(dates));
            }
            QVERIFY2(ours, qPrintable(dates));
            const QStringList times = labelTexts(view, TimelineView::PaintedLabel::Kind::Time);
            QVERIFY(!times.isEmpty());
            for (const QString &t : times)
                QVERIFY2(!t.contains(QLatin1String("AM")) && !t.contains(QLatin1String("PM")),
                         qPrintable(t));
            QVERIFY2(labelProblems(view).isEmpty(), qPrintable(labelProblems(view)));
        }
    }

    // 100,000 events: a paint at any zoom draws only what is visible, merged.
    void hundredThousandEventsPaintFast()
    {
        TimelineModel model;
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view(&model, &filter);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<IncidentEvent> events;
        events.reserve(100'000);
        const QDateTime start = m_clock.now().addDays(-7);
        const char *actors[] = {"alex", "sam", "detection", "system", "priya"};
        for (int i = 0; i < 100'000; ++i) {
            IncidentEvent e;
            e.id = i + 1;
            e.seq = i + 1;
            e.occurredAt = start.addMSecs(qint64(i) * 6048);
            e.actor = QString::fromLatin1(actors[i % 5]);
            e.kind = i % 3 ? QStringLiteral("note") : QStringLiteral("incident.updated");
            e.summary = QStringLiteral("event %1").arg(i);
            events << e;
        }
        model.setEvents(QStringLiteral("big"), events);
        view.fitAll();
        QElapsedTimer t;
        t.start();
        view.viewport()->repaint();
        const qint64 fullMs = t.elapsed();
        QVERIFY(view.lastPaintMarks() > 0);
        QVERIFY2(view.lastPaintMarks() < 5 * 1200, "marks merge at full zoom-out");
        view.zoomBy(0.001); // minutes across
        view.viewport()->repaint();
        QVERIFY(view.lastPaintMarks() < 2000);
        qInfo() << "full paint of 100k events:" << fullMs << "ms";
    }
};

QTEST_MAIN(TestTimelinePane)
#include "tst_timelinepane.moc"
