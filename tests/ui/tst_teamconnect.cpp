// Connecting to a team workspace on a real PostgreSQL with a real keychain:
// the password goes to the keychain only, is found there next time, and a
// refused password is asked for again.
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

namespace {
const QString Password =
    QStringLiteral("Team-Pa55w0rd-%1").arg(QDateTime::currentMSecsSinceEpoch());

bool filesContain(const QByteArray &needle)
{
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
        QDirIterator it(qEnvironmentVariable(var), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
    }
    return false;
}
} // namespace

class TestTeamConnect : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    Settings m_settings;
    ConnectionProfile m_profile;

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createLoginRole(QStringLiteral("alice"), Password).ok());
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
        m_settings.setActorName(QStringLiteral("alice"));
    }

    void connectThroughTheDialog()
    {
        SecretStore secrets;
        MainWindow w(m_settings, &secrets, Clock::system());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.findChild<QAction *>(QStringLiteral("connectTeamAction"))->trigger();
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = w.findChild<QDialog *>(QStringLiteral("connectDialog"))));
        auto line = [&](const char *name) {
            return dlg->findChild<QLineEdit *>(QLatin1String(name));
        };
        line("storeHostEdit")->setText(QStringLiteral("127.0.0.1"));
        dlg->findChild<QSpinBox *>(QStringLiteral("storePortSpin"))->setValue(m_pg.port());
        line("storeDatabaseEdit")->setText(QStringLiteral("team"));
        line("storeUserEdit")->setText(QStringLiteral("alice"));
        auto *ssl = dlg->findChild<QComboBox *>(QStringLiteral("storeSslModeCombo"));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        QTest::keyClicks(line("storePasswordEdit"), Password);

        QSignalSpy opened(&w, &MainWindow::workspaceOpened);
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QVERIFY(w.session());
        QCOMPARE(w.session()->profile().kind, ConnectionProfile::Kind::Postgres);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("workspaceLabel"))
                    ->text()
                    .contains(QLatin1String("PostgreSQL")));
        m_profile = w.session()->profile();
        QTRY_VERIFY(!w.findChild<QDialog *>(QStringLiteral("connectDialog")));

        // Create an incident in the team store.
        bool created = false;
        NewIncident n;
        n.title = QStringLiteral("Shared incident");
        w.incidentStore()->create(n, [&](const Result<Incident> &r) { created = r.ok(); });
        QTRY_VERIFY(created);

        // The password is in the keychain, and nowhere on disk.
        SecretStore check;
        SecretStore::ReadResult stored;
        bool done = false;
        check.read(m_profile.store.secretKey(), [&](SecretStore::ReadResult r) {
            stored = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored.status, SecretStore::Status::Found);
        QCOMPARE(stored.secret, Password);
        m_settings.setActorName(QStringLiteral("alice")); // flush settings to disk
        QVERIFY(!filesContain(Password.toUtf8()));
        QVERIFY(m_settings.recentWorkspaces().contains(m_profile.location()));
    }

    void reconnectUsesTheKeychain()
    {
        QVERIFY(!m_profile.store.database.isEmpty());
        SecretStore secrets; // a new session: nothing in memory
        MainWindow w(m_settings, &secrets, Clock::system());
        QSignalSpy shown(&w, &MainWindow::incidentsShown);
        w.show();
        w.connectTeam(m_profile);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.first().first().toInt(), 1);
        QCOMPARE(w.incidentModel()->incident(0)->title, QStringLiteral("Shared incident"));
        QVERIFY(!w.findChild<QInputDialog *>(QStringLiteral("passwordDialog")));
    }

    void rotatedPasswordIsAskedForAgain()
    {
        const QString rotated =
            QStringLiteral("rotated-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(m_pg.execute(QStringLiteral("postgres"),
                             QStringLiteral("ALTER ROLE alice PASSWORD '%1'").arg(rotated))
                    .ok());
        SecretStore secrets;
        MainWindow w(m_settings, &secrets, Clock::system());
        QSignalSpy failed(&w, &MainWindow::workspaceFailed);
        w.show();
        w.connectTeam(m_profile);
        QVERIFY(failed.wait(30000));
        QVERIFY2(w.banner()->text().contains(QLatin1String("refused the password")),
                 qPrintable(w.banner()->text()));
        QVERIFY(!w.banner()->text().contains(Password));
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = w.findChild<QInputDialog *>(QStringLiteral("passwordDialog"))));
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);

        QSignalSpy shown(&w, &MainWindow::incidentsShown);
        ask->setTextValue(rotated);
        ask->accept();
        QVERIFY(shown.wait(30000));
        QCOMPARE(w.incidentModel()->rowCount(), 1);
        // The new password replaced the old one in the keychain.
        SecretStore check;
        SecretStore::ReadResult stored;
        bool done = false;
        check.read(m_profile.store.secretKey(), [&](SecretStore::ReadResult r) {
            stored = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored.secret, rotated);
    }
};

QTEST_MAIN(TestTeamConnect)
#include "tst_teamconnect.moc"
