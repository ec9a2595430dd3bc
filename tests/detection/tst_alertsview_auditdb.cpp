// The Alerts view of a team profile with a separate audit database, offscreen
// and without a keychain: the rules wait for the audit database's password
// (nothing runs meanwhile), a refused password is asked for again, and with
// the right one the rules read the audit database, not the workspace's own
// audit_logs; an alert's matched rows come from there too.
#include "AttackRows.h"
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/detection/AlertListModel.h"
#include "models/detection/Detector.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "ui/MessageBanner.h"
#include "ui/detection/AlertsView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace ic;
using namespace ic::test;

class TestAlertsViewAuditDb : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    Settings m_settings;
    const QString m_password = QStringLiteral("Audit-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QHash<QString, ExpectedAlert> m_expected;

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createLoginRole(QStringLiteral("auditor"), m_password).ok());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_settings.setDetectionRuleFolders({});
        m_settings.setPlaybookFolders({});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The workspace, with a planted escalation in its own audit_logs that
        // the rules must not read.
        QVERIFY(m_pg.createDatabase(QStringLiteral("store")).ok());
        {
            auto info = Workspace::open(m_pg.spec(QStringLiteral("store")), {},
                                        QStringLiteral("seed-store"), now);
            QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("seed-store"), false);
            QVERIFY(AttackRows(db, now)
                        .insert(now, QStringLiteral("privilege_escalation_attempt"),
                                QStringLiteral("usr_workspace_only"), QStringLiteral("ten_ws"), {},
                                {}, {}, {})
                        .ok());
        }
        Db::close(QStringLiteral("seed-store"));
        // The audit database: the platform tables and the planted attacks.
        QVERIFY(m_pg.createDatabase(QStringLiteral("audit")).ok());
        {
            auto db = Db::open(m_pg.spec(QStringLiteral("audit")), QStringLiteral("seed-audit"));
            QVERIFY(db.ok());
            QVERIFY(Workspace::ensurePlatformTables(db.value(), now).ok());
            auto attacks = AttackRows(db.value(), now.addSecs(-900)).append();
            QVERIFY2(attacks.ok(),
                     qPrintable(attacks.ok() ? QString() : attacks.error().fullText()));
            m_expected = attacks.value();
        }
        Db::close(QStringLiteral("seed-audit"));
    }

    void rulesWaitForThePasswordThenReadTheAuditDatabase()
    {
        ConnectionProfile profile =
            ConnectionProfile::forPostgres(m_pg.spec(QStringLiteral("store")).pg);
        profile.auditSource =
            m_pg.tcpSpec(QStringLiteral("audit"), QStringLiteral("auditor"), {}).pg;
        SecretStore secrets; // no keychain in this test: nothing is found there
        WorkspaceSession session(profile, m_settings, &secrets, Clock::system(), {});
        auto opened = session.openAndWait();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));

        PaneContext context;
        context.session = &session;
        context.settings = &m_settings;
        AlertsView view(context);
        view.show();

        // No password anywhere: the rules wait, and the view says so.
        auto *banner = view.findChild<MessageBanner *>(QStringLiteral("alertsBanner"));
        auto *row = view.findChild<QWidget *>(QStringLiteral("alertsAuditPasswordRow"));
        auto *edit = view.findChild<QLineEdit *>(QStringLiteral("alertsAuditPasswordEdit"));
        auto *connectButton =
            view.findChild<QPushButton *>(QStringLiteral("alertsAuditConnectButton"));
        auto *runNow = view.findChild<QPushButton *>(QStringLiteral("runNowButton"));
        QVERIFY(banner && row && edit && connectButton && runNow);
        QTRY_VERIFY_WITH_TIMEOUT(row->isVisible(), 10000);
        QVERIFY(view.isWaitingForAuditPassword());
        QVERIFY(!view.detector());
        QVERIFY(!runNow->isEnabled());
        QVERIFY2(banner->text().contains(QLatin1String("waiting for its password")) &&
                     banner->text().contains(profile.auditSource->uri()),
                 qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QLatin1String("not watched")));

        // A wrong password: the rules try it once, and it is asked for again.
        QTest::keyClicks(edit, QStringLiteral("wrong"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view.detector() || !view.isWaitingForAuditPassword(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view.isWaitingForAuditPassword() && row->isVisible(), 30000);
        QVERIFY(!view.detector());
        QVERIFY2(banner->text().contains(QLatin1String("refused")), qPrintable(banner->text()));
        QVERIFY(!secrets.sessionSecret(profile.auditSource->secretKey()));

        // The right one: the rules run at once and read the audit database.
        QTest::keyClicks(edit, m_password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view.detector(), 10000);
        QVERIFY(!row->isVisible());
        QCOMPARE(secrets.sessionSecret(profile.auditSource->secretKey()), m_password);
        auto *table = view.findChild<QTreeView *>(QStringLiteral("alertsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 11, 60000);
        int privilegeRow = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString subject =
                table->model()->index(r, AlertListModel::SubjectColumn).data().toString();
            QVERIFY2(!subject.contains(QLatin1String("usr_workspace_only")), qPrintable(subject));
            if (subject.contains(QLatin1String("usr_t_priv")))
                privilegeRow = r;
        }
        QVERIFY(privilegeRow >= 0);

        // Its matched rows are the audit database's.
        table->setCurrentIndex(table->model()->index(privilegeRow, 0));
        auto *rows = view.findChild<QTableWidget *>(QStringLiteral("matchedRowsTable"));
        const QList<qint64> want = m_expected.value(QStringLiteral("privilege-escalation")).rowIds;
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), int(want.size()), 10000);
        QCOMPARE(rows->item(0, 0)->text(), QString::number(want.first()));
        QCOMPARE(rows->item(0, 3)->text(), QStringLiteral("usr_t_priv"));
    }
};

QTEST_MAIN(TestAlertsViewAuditDb)
#include "tst_alertsview_auditdb.moc"
