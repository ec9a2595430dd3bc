// The Notifications pane offscreen: answer the facts that start the GDPR
// clock, draft the Art. 33 notification, fill what is missing, save; the
// author cannot review it; someone else reviews and marks it sent; then it
// is frozen, on the timeline and off the clock. Plus exports, the version
// diff, the organisation dialog and a bad team template folder.
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentRepository.h"
#include "models/notify/ClockRepository.h"
#include "models/notify/RegulatoryClockModel.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/notify/DraftEditor.h"
#include "ui/notify/NotificationExport.h"
#include "ui/notify/NotificationsPane.h"
#include "ui/notify/OrganisationDialog.h"
#include "ui/notify/VersionDiffDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ic;

namespace {
const QString Consequences = QStringLiteral("Likely consequences of the personal data breach");

ClockStatus gdprStatus(const RegulatoryClockModel *model)
{
    const ClockState *s = model->state(QStringLiteral("gdpr-art33"));
    return s ? s->statusAt(QDateTime::currentDateTimeUtc()) : ClockStatus::NotRequired;
}
} // namespace

class TestNotificationsPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_path;
    QString m_incident;

    std::unique_ptr<MainWindow> open(const QString &actor)
    {
        m_settings.setActorName(actor);
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, Clock::system());
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->openSqliteFile(m_path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        tabs->setCurrentWidget(
            qobject_cast<NotificationsPane *>(w->showPane(QStringLiteral("notificationsPane"))));
        return w;
    }

    template <typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    QList<IncidentEvent> events()
    {
        const QString c = QStringLiteral("check");
        QList<IncidentEvent> out;
        {
            auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
            if (db)
                out = EventLog::events(db.value(), m_incident).value();
        }
        Db::close(c);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setNotificationTemplateFolder(QString());
        m_path = m_dir.filePath(QStringLiteral("notify.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            NewIncident n;
            n.title = QStringLiteral("Database exfiltration by Initech");
            n.summary = QStringLiteral("Customer records were exported with a leaked API key.");
            n.severity = Severity::P0;
            n.detectedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
            n.becameAwareAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            auto inc = IncidentRepository(db, n.detectedAt).create(n, QStringLiteral("detection"));
            QVERIFY(inc.ok());
            m_incident = inc->id;
            OrganisationProfile o;
            o.name = QStringLiteral("Settler GmbH");
            o.contactName = QStringLiteral("Erika Mustermann");
            o.contactEmail = QStringLiteral("dpo@settler.io");
            o.securityEmail = QStringLiteral("security@settler.io");
            o.authorityName = QStringLiteral("BlnBDI");
            o.authorityEmail = QStringLiteral("mailbox@datenschutz-berlin.de");
            QVERIFY(ClockRepository(db, QDateTime::currentDateTimeUtc())
                        .saveOrganisation(o, QStringLiteral("admin"))
                        .ok());
        }
        Db::close(name);
    }

    void draftReviewAndSend()
    {
        {
            auto w = open(QStringLiteral("alex"));
            QVERIFY(w);
            auto *pane =
                qobject_cast<NotificationsPane *>(w->showPane(QStringLiteral("notificationsPane")));
            QTRY_VERIFY(pane->isEnabled());
            QAbstractItemModelTester tester(pane->clockModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto *templates = child<QComboBox>(pane, "templateCombo");
            QTRY_VERIFY(templates->count() >= 6);
            QTRY_COMPARE(pane->clockModel()->rowCount(), 3);
            QCOMPARE(gdprStatus(pane->clockModel()), ClockStatus::Undetermined);
            QVERIFY(child<QLabel>(pane, "clockHintLabel")
                        ->text()
                        .contains(QLatin1String("became aware")));

            // The facts that start the GDPR clock; the consequences left open.
            child<QTabWidget>(pane, "notifyTabs")->setCurrentIndex(1);
            child<QComboBox>(pane, "personalDataCombo")->setCurrentIndex(1);
            child<QComboBox>(pane, "phiCombo")->setCurrentIndex(2);
            child<QComboBox>(pane, "dataBreachCombo")->setCurrentIndex(2);
            QTest::keyClicks(child<QLineEdit>(pane, "jurisdictionsEdit"), QStringLiteral("DE, FR"));
            QTest::keyClicks(child<QLineEdit>(pane, "peopleAffectedEdit"),
                             QStringLiteral("about 1,200"));
            QTest::keyClicks(child<QLineEdit>(pane, "recordsAffectedEdit"),
                             QStringLiteral("48,000"));
            child<QPlainTextEdit>(pane, "subjectCategoriesEdit")
                ->setPlainText(QStringLiteral("End users"));
            child<QPlainTextEdit>(pane, "dataCategoriesEdit")
                ->setPlainText(QStringLiteral("Names\nEmails"));
            child<QPlainTextEdit>(pane, "measuresTakenEdit")
                ->setPlainText(QStringLiteral("Key revoked."));
            child<QPlainTextEdit>(pane, "measuresProposedEdit")
                ->setPlainText(QStringLiteral("Rotation."));
            child<QPlainTextEdit>(pane, "mitigationEdit")
                ->setPlainText(QStringLiteral("Warnings."));
            auto *saveFacts = child<QPushButton>(pane, "saveFactsButton");
            QVERIFY(saveFacts->isEnabled());
            QTest::mouseClick(saveFacts, Qt::LeftButton);
            QTRY_COMPARE(gdprStatus(pane->clockModel()), ClockStatus::Open);
            QTRY_VERIFY(child<QLabel>(pane, "factsStatusLabel")
                            ->text()
                            .contains(QLatin1String("version 1")));

            // Draft the Art. 33 notification: it says what is missing.
            child<QTabWidget>(pane, "notifyTabs")->setCurrentIndex(0);
            templates->setCurrentIndex(templates->findData(QStringLiteral("gdpr-art33-authority")));
            QCOMPARE(child<QComboBox>(pane, "draftClockCombo")->currentData().toString(),
                     QStringLiteral("gdpr-art33"));
            QTest::mouseClick(child<QPushButton>(pane, "newDraftButton"), Qt::LeftButton);
            auto *drafts = child<QListWidget>(pane, "draftList");
            QTRY_COMPARE(drafts->count(), 1);
            auto *body = child<QPlainTextEdit>(pane, "draftBodyEdit");
            QTRY_VERIFY(
                body->toPlainText().contains(QLatin1String("exported with a leaked API key")));
            auto *missing = child<QListWidget>(pane, "missingList");
            QTRY_COMPARE(missing->count(), 1);
            QCOMPARE(missing->item(0)->text(), Consequences);
            auto *review = child<QPushButton>(pane, "markReviewedButton");
            QVERIFY(!review->isEnabled());
            QVERIFY(child<QLabel>(pane, "draftReadyLabel")
                        ->text()
                        .contains(QLatin1String("Not ready")));
            QCOMPARE(child<QLineEdit>(pane, "draftToEdit")->text(),
                     QStringLiteral("mailbox@datenschutz-berlin.de"));

            // Fill the gap in the text and save version 2.
            QString text = body->toPlainText();
            text.replace(QStringLiteral("[[MISSING: %1]]").arg(Consequences),
                         QStringLiteral("Phishing emails that look like ours."));
            body->setPlainText(text);
            QVERIFY(pane->editor()->isModified());
            QTRY_VERIFY(pane->editor()->missing().isEmpty());
            QTest::mouseClick(child<QPushButton>(pane, "saveDraftButton"), Qt::LeftButton);
            auto *versions = child<QComboBox>(pane, "draftVersionCombo");
            QTRY_VERIFY(versions->currentText().startsWith(QLatin1String("Version 2")));
            QVERIFY(!pane->editor()->isModified());
            // The author may not review what they wrote.
            QTRY_VERIFY(review->toolTip().contains(QLatin1String("someone else reviews it")));
            QVERIFY(!review->isEnabled());
            QVERIFY(child<QLabel>(pane, "draftReadyLabel")
                        ->text()
                        .contains(QLatin1String("did not write")));
        }
        {
            auto w = open(QStringLiteral("sam"));
            QVERIFY(w);
            auto *pane =
                qobject_cast<NotificationsPane *>(w->showPane(QStringLiteral("notificationsPane")));
            auto *drafts = child<QListWidget>(pane, "draftList");
            QTRY_COMPARE(drafts->count(), 1);
            QTRY_VERIFY(child<QComboBox>(pane, "draftVersionCombo")
                            ->currentText()
                            .startsWith(QLatin1String("Version 2")));
            auto *review = child<QPushButton>(pane, "markReviewedButton");
            QTRY_VERIFY(review->isEnabled());
            QTest::mouseClick(review, Qt::LeftButton);
            auto *state = child<QLabel>(pane, "draftStateLabel");
            QTRY_VERIFY2(state->text().startsWith(QLatin1String("Reviewed by sam")),
                         qPrintable(state->text()));
            auto *send = child<QPushButton>(pane, "markSentButton");
            QTRY_VERIFY(send->isEnabled());
            QVERIFY(
                !child<QPlainTextEdit>(pane, "sendDelayReasonsEdit")->isVisible()); // within 72 h
            QTest::mouseClick(send, Qt::LeftButton);
            QTRY_VERIFY2(state->text().startsWith(QLatin1String("Sent by sam")),
                         qPrintable(state->text()));
            QVERIFY(state->text().contains(QLatin1String("frozen")));
            QVERIFY(child<QPlainTextEdit>(pane, "draftBodyEdit")->isReadOnly());
            QVERIFY(!child<QPushButton>(pane, "saveDraftButton")->isEnabled());
            QVERIFY(!send->isEnabled());
            QTRY_COMPARE(gdprStatus(pane->clockModel()), ClockStatus::SentOnTime);
            QTRY_VERIFY(drafts->item(0)->text().contains(QLatin1String("Sent")));
        }
        // Every step on the timeline, with who.
        QStringList steps;
        for (const IncidentEvent &e : events()) {
            if (e.kind.startsWith(QLatin1String("notification.")))
                steps << e.kind + QLatin1Char(':') + e.actor;
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("notification.facts:alex"),
                                     QStringLiteral("notification.drafted:alex"),
                                     QStringLiteral("notification.saved:alex"),
                                     QStringLiteral("notification.reviewed:sam"),
                                     QStringLiteral("notification.sent:sam")}));
    }

    void exportsCompareAndSettings()
    {
        auto w = open(QStringLiteral("kim"));
        QVERIFY(w);
        auto *pane =
            qobject_cast<NotificationsPane *>(w->showPane(QStringLiteral("notificationsPane")));
        QTRY_COMPARE(child<QListWidget>(pane, "draftList")->count(), 1);
        auto *compare = child<QPushButton>(pane, "compareVersionsButton");
        QTRY_VERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        VersionDiffDialog *diff = nullptr;
        QTRY_VERIFY((diff = pane->findChild<VersionDiffDialog *>()) != nullptr);
        QVERIFY2(diff->diffText().contains(QStringLiteral("-[[MISSING: %1]]").arg(Consequences)),
                 qPrintable(diff->diffText()));
        QVERIFY(diff->diffText().contains(QLatin1String("+Phishing emails that look like ours.")));
        diff->close();

        QTest::mouseClick(child<QPushButton>(pane, "copyDraftButton"), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().startsWith(
            QLatin1String("To: mailbox@datenschutz-berlin.de\nSubject: Personal data breach")));

        // .eml through the file dialog, as a person would.
        const QString eml = m_dir.filePath(QStringLiteral("gdpr.eml"));
        child<QAction>(pane, "exportEmlAction")->trigger();
        QFileDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = pane->findChild<QFileDialog *>()) != nullptr);
        dlg->selectFile(eml);
        static_cast<QDialog *>(dlg)->accept(); // QFileDialog::accept, as the Save button does
        QTRY_VERIFY(QFile::exists(eml));
        QFile f(eml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("From: \"Settler GmbH Security Team\" <security@settler.io>\r\n"));
        QVERIFY(bytes.contains("To: mailbox@datenschutz-berlin.de\r\n"));
        QVERIFY(bytes.contains("Content-Type: text/plain; charset=UTF-8\r\n"));

        // The organisation dialog saves to the workspace.
        QTest::mouseClick(child<QPushButton>(pane, "notificationSettingsButton"), Qt::LeftButton);
        OrganisationDialog *settings = nullptr;
        QTRY_VERIFY((settings = pane->findChild<OrganisationDialog *>()) != nullptr);
        auto *phone = child<QLineEdit>(settings, "tollFreeEdit");
        QTRY_COMPARE(child<QLineEdit>(settings, "orgNameEdit")->text(),
                     QStringLiteral("Settler GmbH"));
        phone->setText(QStringLiteral("1-800-555-0199"));
        QTest::mouseClick(child<QPushButton>(settings, "saveOrganisationButton"), Qt::LeftButton);
        auto *banner = child<MessageBanner>(settings, "organisationBanner");
        QTRY_VERIFY(banner->text().contains(QLatin1String("Saved the organisation profile")));
        // A bad address is refused and says so.
        child<QLineEdit>(settings, "contactEmailEdit")->setText(QStringLiteral("dpo at settler"));
        QTest::mouseClick(child<QPushButton>(settings, "saveOrganisationButton"), Qt::LeftButton);
        QTRY_VERIFY(banner->text().contains(QLatin1String("is not an email address")));
        QVERIFY(banner->text().contains(QLatin1String("Nothing was saved")));
        settings->close();
    }

    void exportsToMarkdownTextAndPdf()
    {
        DraftVersion v;
        v.version = 3;
        v.recipients = QStringLiteral("dpo@example.org");
        v.subject = QStringLiteral("Personal data breach INC-2026-007");
        v.body = QStringLiteral("## What happened\n\nA **leaked API key** read 1,204 customer "
                                "records.\n\n- Key revoked\n- Tenants told\n");
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString md = m_dir.filePath(QStringLiteral("notice.md"));
        IC_VERIFY_OK(NotificationExport::write(QStringLiteral("md"), v, std::nullopt,
                                               QStringLiteral("INC-2026-007"),
                                               QStringLiteral("GDPR Art. 33"), md));
        QVERIFY(read(md).contains(QLatin1String("**Subject:** Personal data breach INC-2026-007")));
        QVERIFY(read(md).contains(QLatin1String("A **leaked API key** read")));
        const QString txt = m_dir.filePath(QStringLiteral("notice.txt"));
        IC_VERIFY_OK(NotificationExport::write(QStringLiteral("txt"), v, std::nullopt,
                                               QStringLiteral("INC-2026-007"),
                                               QStringLiteral("GDPR Art. 33"), txt));
        const QString plain = read(txt);
        QVERIFY2(plain.startsWith(QLatin1String("To: dpo@example.org\nSubject: Personal data "
                                                "breach INC-2026-007\n\n")),
                 qPrintable(plain));
        QVERIFY2(plain.contains(QLatin1String("A leaked API key read 1,204 customer records.")),
                 qPrintable(plain));
        QVERIFY(!plain.contains(QLatin1String("**")));
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        IC_VERIFY_OK(NotificationExport::write(QStringLiteral("pdf"), v, std::nullopt,
                                               QStringLiteral("INC-2026-007"),
                                               QStringLiteral("GDPR Art. 33"), pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 1000);
        // A folder that does not exist: said plainly, nothing written.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/notice.md"));
        auto bad = NotificationExport::write(QStringLiteral("md"), v, std::nullopt,
                                             QStringLiteral("INC-2026-007"),
                                             QStringLiteral("GDPR Art. 33"), nowhere);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("Nothing was exported")),
                 qPrintable(bad.error().message));
        QVERIFY(!QFile::exists(nowhere));
    }

    void badTeamTemplatesAreReportedAndSkipped()
    {
        QTemporaryDir folder;
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(folder.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("board-briefing.md", "Name: Board briefing\nSubject: Briefing {{incident.ref}}\n\n"
                                   "{{incident.summary}}\n");
        write("broken.md", "Name: Broken\nSubject: S\n\n{{#facts.consequences}}\nnever closed\n");
        m_settings.setNotificationTemplateFolder(folder.path());
        auto w = open(QStringLiteral("kim"));
        m_settings.setNotificationTemplateFolder(QString());
        QVERIFY(w);
        auto *pane =
            qobject_cast<NotificationsPane *>(w->showPane(QStringLiteral("notificationsPane")));
        auto *templates = child<QComboBox>(pane, "templateCombo");
        QTRY_COMPARE(templates->count(), 7);
        QVERIFY(templates->findData(QStringLiteral("board-briefing")) >= 0);
        auto *problems = child<QLabel>(pane, "templateProblemsLabel");
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("broken.md was not loaded: line 4")),
                 qPrintable(problems->text()));
        QVERIFY(problems->text().contains(QLatin1String("The other templates are available")));
    }
};

QTEST_MAIN(TestNotificationsPane)
#include "tst_notificationspane.moc"
