// The evidence pane offscreen, with a real keychain: add an extract, export a
// signed bundle, verify it before and after tampering, generate a key pair.
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/evidence/EvidencePane.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ic;

class TestEvidencePane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    QString m_path;
    QString m_incident;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("sam"));
        m_path = m_dir.filePath(QStringLiteral("ev.icw"));
        const QString name = QStringLiteral("seed");
        {
            auto info = Workspace::open(ConnectionSpec::sqlite(m_path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QVERIFY(Db::exec(db, QStringLiteral(
                                     "INSERT INTO audit_logs (event, user_id) VALUES "
                                     "('login', 'usr_x'), ('export', 'usr_x'), ('login', 'usr_y')"))
                        .ok());
            NewIncident n;
            n.title = QStringLiteral("Insider export");
            n.affectedUsers = {QStringLiteral("usr_x")};
            auto inc = IncidentRepository(db, QDateTime::currentDateTimeUtc())
                           .create(n, QStringLiteral("sam"));
            QVERIFY(inc.ok());
            m_incident = inc->id;
        }
        Db::close(name);
    }

    void exportVerifyAndKeys()
    {
        SecretStore secrets;
        MainWindow w(m_settings, &secrets, Clock::system());
        QSignalSpy shown(&w, &MainWindow::incidentsShown);
        w.show();
        w.openSqliteFile(m_path);
        QVERIFY(shown.wait(20000));
        auto *pane = qobject_cast<EvidencePane *>(w.showPane(QStringLiteral("evidencePane")));
        QVERIFY(pane);
        w.findChild<QTabWidget *>(QStringLiteral("incidentTabs"))->setCurrentWidget(pane);
        QTRY_VERIFY(pane->isEnabled());

        // An extract, as the audit explorer would ask for it.
        QVERIFY(pane->handleRequest(
            QStringLiteral("evidence.add_query"),
            {{QStringLiteral("name"), QStringLiteral("usr_x-activity")},
             {QStringLiteral("sql"), QStringLiteral("SELECT * FROM audit_logs WHERE user_id = ?")},
             {QStringLiteral("params"), QVariantList{QStringLiteral("usr_x")}}}));
        auto *table = pane->findChild<QTableWidget *>(QStringLiteral("extractsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("usr_x"));

        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("evidenceBanner"));
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        pane->exportTo(bundle);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() &&
                                     banner->text().contains(QLatin1String("Exported and signed")),
                                 30000);
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("signingKeyLabel"))
                    ->text()
                    .contains(QLatin1String("SHA256:")));
        QVERIFY(
            QFile::exists(QDir(bundle).filePath(QStringLiteral("extracts/usr_x-activity.csv"))));

        banner->hide();
        pane->verifyFolder(bundle);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("is intact")), qPrintable(banner->text()));

        QFile csv(QDir(bundle).filePath(QStringLiteral("extracts/usr_x-activity.csv")));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("99,forged\r\n");
        csv.close();
        banner->hide();
        pane->verifyFolder(bundle);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(banner->text().contains(QLatin1String("Changed: extracts/usr_x-activity.csv")));

        // The key rotation helper.
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("generateKeyPairButton")),
                          Qt::LeftButton);
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = pane->findChild<QDialog *>(QStringLiteral("keyPairDialog"))));
        const QString base = m_dir.filePath(QStringLiteral("jwt_signing"));
        dlg->findChild<QLineEdit *>(QStringLiteral("keyPathEdit"))->setText(base);
        auto *combo = dlg->findChild<QComboBox *>(QStringLiteral("keyAlgorithmCombo"));
        combo->setCurrentIndex(combo->findData(1)); // EC P-256
        dlg->findChild<QLineEdit *>(QStringLiteral("keyPassphraseEdit"))
            ->setText(QStringLiteral("one"));
        dlg->findChild<QLineEdit *>(QStringLiteral("keyPassphraseAgainEdit"))
            ->setText(QStringLiteral("two"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("generateKeyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dlg->findChild<QLabel *>(QStringLiteral("keyPairErrorLabel"))->isVisible());
        QVERIFY(!QFile::exists(base + QStringLiteral(".pem")));
        dlg->findChild<QLineEdit *>(QStringLiteral("keyPassphraseAgainEdit"))
            ->setText(QStringLiteral("one"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("generateKeyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(base + QStringLiteral(".pub.pem")), 20000);
        struct stat st
        {};
        stat(QFile::encodeName(base + QStringLiteral(".pem")).constData(), &st);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QTRY_VERIFY(banner->text().contains(QLatin1String("Generated a EC P-256 key pair")));

        // Everything above is on the record.
        QStringList kinds;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QString c = QStringLiteral("check");
                kinds.clear();
                {
                    auto db = Db::open(ConnectionSpec::sqlite(m_path, true), c);
                    auto events = EventLog::events(db.value(), m_incident);
                    for (const IncidentEvent &e : events.value())
                        kinds << e.kind;
                }
                Db::close(c);
                return kinds.contains(QStringLiteral("keys.generated"));
            }(),
            10000);
        QVERIFY(kinds.contains(QStringLiteral("evidence.query_added")));
        QVERIFY(kinds.contains(QStringLiteral("evidence.exported")));
    }
};

QTEST_MAIN(TestEvidencePane)
#include "tst_evidencepane.moc"
