// The review pane offscreen: draft from the record, save versions, unsaved
// typing restored after reopening, the status bar agreeing with the pane
// about what is stored, and the PDF export (pdftotext/pdfinfo).
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/review/ReviewExport.h"
#include "ui/review/ReviewPane.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ic;

namespace {
QString runTool(const char *tool, const QStringList &args)
{
    QProcess p;
    p.start(QString::fromLatin1(tool), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<failed: %1>").arg(QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestReviewPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_path;

    std::unique_ptr<MainWindow> open()
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->openSqliteFile(m_path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        tabs->setCurrentWidget(
            qobject_cast<ReviewPane *>(w->showPane(QStringLiteral("reviewPane"))));
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(IC_PDFTOTEXT)),
                 "pdftotext (poppler-utils) is needed");
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("reviewer-alex"));
        m_path = m_dir.filePath(QStringLiteral("review.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            NewIncident n;
            n.title = QStringLiteral("Database exfiltration by Initech");
            n.severity = Severity::P0;
            n.detectedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
            QVERIFY(IncidentRepository(QSqlDatabase::database(name, false), n.detectedAt)
                        .create(n, QStringLiteral("detection"))
                        .ok());
        }
        Db::close(name);
    }

    void draftSaveAndRestoreTyping()
    {
        {
            auto w = open();
            QVERIFY(w);
            auto *pane = qobject_cast<ReviewPane *>(w->showPane(QStringLiteral("reviewPane")));
            auto *editor = pane->findChild<QPlainTextEdit *>(QStringLiteral("reviewEditor"));
            QTRY_VERIFY(pane->isEnabled());
            QVERIFY(editor->toPlainText().isEmpty());
            QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("draftReviewButton")),
                              Qt::LeftButton);
            QTRY_VERIFY(
                editor->toPlainText().contains(QLatin1String("Post-Incident Review: INC-")));
            QVERIFY(pane->isModified());
            QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveReviewButton")),
                              Qt::LeftButton);
            auto *versions = pane->findChild<QComboBox *>(QStringLiteral("reviewVersionCombo"));
            QTRY_VERIFY(versions->currentText().startsWith(QLatin1String("Version 1")));
            QVERIFY(!pane->isModified());

            // Typing is kept in the workspace before any save.
            editor->moveCursor(QTextCursor::End);
            editor->setFocus();
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, QStringLiteral("Late note from the review meeting."));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const QString c = QStringLiteral("kept");
                    auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
                    bool found = false;
                    if (db) {
                        QSqlQuery q(db.value());
                        found = q.exec(QStringLiteral("SELECT markdown FROM ic_review_drafts")) &&
                                q.next() &&
                                q.value(0).toString().contains(QLatin1String("Late note"));
                    }
                    db = QSqlDatabase();
                    Db::close(c);
                    return found;
                }(),
                10000);
        }
        // A new window (after a crash, say) brings the typing back and says so.
        auto w = open();
        QVERIFY(w);
        auto *pane = qobject_cast<ReviewPane *>(w->showPane(QStringLiteral("reviewPane")));
        auto *editor = pane->findChild<QPlainTextEdit *>(QStringLiteral("reviewEditor"));
        QTRY_VERIFY(
            editor->toPlainText().contains(QLatin1String("Late note from the review meeting.")));
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("reviewBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("Restored your unsaved changes")));
        QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
        auto *versions = pane->findChild<QComboBox *>(QStringLiteral("reviewVersionCombo"));
        QTRY_VERIFY(versions->currentText().startsWith(QLatin1String("Version 2")));
    }

    // The Review tab and the status bar tell the same story: typing not yet
    // stored says so in both; once the draft is kept both say it is stored
    // (the Review tab: not a version yet). A draft the workspace refuses
    // (a trigger makes the table refuse writes) is an error in both, never
    // "All changes saved". The drafting banner shows quotes, not &quot;.
    void statusBarAndReviewTabAgree()
    {
        auto w = open();
        QVERIFY(w);
        auto *pane = w->findChild<ReviewPane *>(QStringLiteral("reviewPane"));
        auto *editor = pane->findChild<QPlainTextEdit *>(QStringLiteral("reviewEditor"));
        auto *state = pane->findChild<QLabel *>(QStringLiteral("reviewStateLabel"));
        auto *saved = w->findChild<QLabel *>(QStringLiteral("saveLabel"));
        QTRY_VERIFY(pane->isEnabled());
        QTRY_VERIFY(!editor->toPlainText().isEmpty());

        // The banner after drafting: what the user reads has real quotes.
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("draftReviewButton")),
                          Qt::LeftButton);
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("reviewBanner"));
        QTRY_VERIFY(banner->isVisible() && banner->text().contains(QLatin1String("Drafted")));
        auto *text = banner->findChild<QLabel *>(QStringLiteral("messageBannerText"));
        QTextDocument shown;
        if (text->textFormat() == Qt::RichText ||
            (text->textFormat() == Qt::AutoText && Qt::mightBeRichText(text->text())))
            shown.setHtml(text->text());
        else
            shown.setPlainText(text->text());
        QVERIFY2(shown.toPlainText().contains(QLatin1String("\"to be filled in\"")),
                 qPrintable(shown.toPlainText()));
        QVERIFY(!shown.toPlainText().contains(QLatin1String("&quot;")));

        // Typing: both say it is not stored yet, then both that it is.
        editor->moveCursor(QTextCursor::End);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral(" More."));
        QVERIFY2(!saved->text().contains(QLatin1String("All changes saved")),
                 qPrintable(saved->text()));
        QVERIFY2(saved->text().contains(QLatin1String("review draft")), qPrintable(saved->text()));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("Draft kept")), 10000);
        QTRY_COMPARE(saved->text(), QStringLiteral("All changes saved"));

        // The workspace refuses drafts now: the typing is not stored, and
        // nothing claims it is.
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path), QStringLiteral("refuse"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            for (const char *when : {"INSERT", "UPDATE"})
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_drafts_%1 BEFORE %1 ON "
                                              "ic_review_drafts BEGIN SELECT RAISE(ABORT, "
                                              "'drafts are read-only'); END")
                                   .arg(QLatin1String(when))));
            db = QSqlDatabase();
            Db::close(QStringLiteral("refuse"));
        }
        banner->hide();
        QTest::keyClicks(editor, QStringLiteral(" Refused."));
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->kind() == MessageBanner::Kind::Error, 10000);
        QVERIFY2(banner->text().contains(QLatin1String("could not be kept")),
                 qPrintable(banner->text()));
        QVERIFY2(state->text().contains(QLatin1String("NOT kept")), qPrintable(state->text()));
        QVERIFY2(saved->text().contains(QLatin1String("Not stored yet")),
                 qPrintable(saved->text()));
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path), QStringLiteral("allow"));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_drafts_INSERT")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_drafts_UPDATE")));
            db = QSqlDatabase();
            Db::close(QStringLiteral("allow"));
        }
        // Saved as a version: nothing left over anywhere.
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("saveReviewButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!pane->isModified());
        QTRY_COMPARE(saved->text(), QStringLiteral("All changes saved"));
        QVERIFY(state->text().startsWith(QLatin1String("Version")));
    }

    void pdfHasPagesAndTheIncidentId()
    {
        QString md = QStringLiteral(
            "# Post-Incident Review: INC-2026-042\n\n## Timeline\n\n| Time | Event |\n|---|---|\n");
        for (int i = 0; i < 120; ++i)
            md += QStringLiteral("| 10:%1 | Event number %2 with enough words to wrap |\n")
                      .arg(i % 60, 2, 10, QLatin1Char('0'))
                      .arg(i);
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        auto r = ReviewExport::writePdf(md, QStringLiteral("INC-2026-042"),
                                        QStringLiteral("Test incident"), pdf);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const QString info = runTool(IC_PDFINFO, {pdf});
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const auto m = pages.match(info);
        QVERIFY2(m.hasMatch(), qPrintable(info));
        const int count = m.captured(1).toInt();
        QVERIFY2(count >= 2, qPrintable(info));
        const QString text = runTool(IC_PDFTOTEXT, {pdf, QStringLiteral("-")});
        QCOMPARE(text.count(QStringLiteral("INC-2026-042 — Post-Incident Review")),
                 count); // every header
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
        QVERIFY(text.contains(QLatin1String("Event number 119")));

        auto bad = ReviewExport::writePdf(md, QStringLiteral("INC"), QStringLiteral("t"),
                                          QStringLiteral("/nonexistent/dir/x.pdf"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("Nothing was exported")));
    }
};

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"
