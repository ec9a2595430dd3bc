// The evidence pane of a team profile with a separate audit database: an
// extract's rows come from that database (not the workspace's own
// audit_logs), and without its password nothing is exported and the pane
// says what to do.
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentRepository.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/evidence/EvidencePane.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

class TestEvidencePaneAuditDb : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    Settings m_settings;
    const QString m_password = QStringLiteral("Audit-%1").arg(QDateTime::currentMSecsSinceEpoch());

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_pg.createLoginRole(QStringLiteral("auditor"), m_password).ok());
        m_settings.setActorName(QStringLiteral("sam"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_pg.createDatabase(QStringLiteral("store")).ok());
        {
            auto info = Workspace::open(m_pg.spec(QStringLiteral("store")), {},
                                        QStringLiteral("seed-store"), now);
            QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("seed-store"), false);
            // The workspace's own audit_logs: must not end up in the bundle.
            QVERIFY(Db::exec(db, QStringLiteral("INSERT INTO audit_logs (event, user_id) VALUES "
                                                "('workspace_only', 'usr_x')"))
                        .ok());
            NewIncident n;
            n.title = QStringLiteral("Insider export");
            QVERIFY(IncidentRepository(db, now).create(n, QStringLiteral("sam")).ok());
        }
        Db::close(QStringLiteral("seed-store"));
        QVERIFY(m_pg.createDatabase(QStringLiteral("audit")).ok());
        {
            auto db = Db::open(m_pg.spec(QStringLiteral("audit")), QStringLiteral("seed-audit"));
            QVERIFY(db.ok());
            QVERIFY(Workspace::ensurePlatformTables(db.value(), now).ok());
            QVERIFY(Db::exec(db.value(),
                             QStringLiteral("INSERT INTO audit_logs (event, user_id) VALUES "
                                            "('audit_db_login', 'usr_x'), ('audit_db_export', "
                                            "'usr_x'), ('audit_db_login', 'usr_y')"))
                        .ok());
            QVERIFY(
                Db::exec(db.value(),
                         QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor"))
                    .ok());
        }
        Db::close(QStringLiteral("seed-audit"));
    }

    void extractsReadTheAuditDatabase()
    {
        ConnectionProfile profile =
            ConnectionProfile::forPostgres(m_pg.spec(QStringLiteral("store")).pg);
        profile.auditSource =
            m_pg.tcpSpec(QStringLiteral("audit"), QStringLiteral("auditor"), {}).pg;
        const QString secretKey = profile.auditSource->secretKey();

        SecretStore secrets;
        MainWindow w(m_settings, &secrets, Clock::system());
        QSignalSpy shown(&w, &MainWindow::incidentsShown);
        w.show();
        w.openWorkspace(profile);
        QVERIFY(shown.wait(30000));
        auto *pane = qobject_cast<EvidencePane *>(w.showPane(QStringLiteral("evidencePane")));
        QVERIFY(pane);
        w.findChild<QTabWidget *>(QStringLiteral("incidentTabs"))->setCurrentWidget(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isEnabled(), 20000);
        QVERIFY(pane->handleRequest(
            QStringLiteral("evidence.add_query"),
            {{QStringLiteral("name"), QStringLiteral("usr_x-activity")},
             {QStringLiteral("sql"),
              QStringLiteral(
                  "SELECT event, user_id FROM audit_logs WHERE user_id = ? ORDER BY id")},
             {QStringLiteral("params"), QVariantList{QStringLiteral("usr_x")}}}));
        auto *table = pane->findChild<QTableWidget *>(QStringLiteral("extractsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("evidenceBanner"));

        // No password for the audit database anywhere: nothing is exported.
        const QString refused = m_dir.filePath(QStringLiteral("refused"));
        pane->exportTo(refused);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() &&
                                     banner->text().contains(QLatin1String("Nothing was exported")),
                                 30000);
        QVERIFY2(banner->text().contains(profile.auditSource->uri()), qPrintable(banner->text()));
        QVERIFY(!QFileInfo::exists(refused));

        // A wrong one: the audit database refuses it, nothing is exported.
        secrets.keepForSession(secretKey, QStringLiteral("wrong"));
        banner->hide();
        const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
        pane->exportTo(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() &&
                                     banner->text().contains(QLatin1String("Nothing was exported")),
                                 30000);
        QVERIFY2(banner->text().contains(QLatin1String("Could not connect to the audit database")),
                 qPrintable(banner->text()));
        QVERIFY(!QFileInfo::exists(wrong));

        // With it (as the audit explorer keeps it for the session): the
        // extract holds the audit database's rows only.
        secrets.keepForSession(secretKey, m_password);
        banner->hide();
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        pane->exportTo(bundle);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && !banner->text().contains(QLatin1String("Exporting")), 30000);
        QVERIFY2(banner->text().contains(QLatin1String("Exported and signed")),
                 qPrintable(banner->text()));
        QFile csv(QDir(bundle).filePath(QStringLiteral("extracts/usr_x-activity.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(),
                 QByteArray("event,user_id\r\naudit_db_login,usr_x\r\naudit_db_export,usr_x\r\n"));
    }
};

QTEST_MAIN(TestEvidencePaneAuditDb)
#include "tst_evidencepane_auditdb.moc"
