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
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineModel.h"
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
