// Without a usable keychain: the password is kept in memory for the session
// only, the app says so, and nothing is written to disk.
#include "PgServer.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"

#include <QDirIterator>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTest>

using namespace ic;
using ic::test::PgServer;

class TestTeamConnectNoKeyring : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    Settings m_settings;
    const QString m_password =
        QStringLiteral("NoKeyring-%1").arg(QDateTime::currentMSecsSinceEpoch());

private slots:
    void initTestCase()
    {
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createLoginRole(QStringLiteral("bob"), m_password).ok());
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
    }

    void passwordLivesInMemoryOnly()
    {
        const ConnectionProfile profile = ConnectionProfile::forPostgres(
            m_pg.tcpSpec(QStringLiteral("team"), QStringLiteral("bob"), {}).pg);
        SecretStore secrets;
        {
            MainWindow w(m_settings, &secrets, Clock::system());
            QSignalSpy opened(&w, &MainWindow::workspaceOpened);
            w.show();
            w.connectTeam(profile, m_password, true); // as typed in the dialog
            QVERIFY(opened.wait(30000));
            QVERIFY2(w.banner()->isVisible(), "the app says the keychain is unavailable");
            QVERIFY2(w.banner()->text().contains(QLatin1String("memory for this session only")),
                     qPrintable(w.banner()->text()));
        }
        // Same session: no question asked again.
        {
            MainWindow w(m_settings, &secrets, Clock::system());
            QSignalSpy opened(&w, &MainWindow::workspaceOpened);
            w.show();
            w.connectTeam(profile);
            QVERIFY(opened.wait(30000));
            QVERIFY(!w.findChild<QInputDialog *>(QStringLiteral("passwordDialog")));
        }
        // A new session has nothing stored: it asks, and says why.
        {
            SecretStore fresh;
            MainWindow w(m_settings, &fresh, Clock::system());
            w.show();
            w.connectTeam(profile);
            QInputDialog *ask = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (ask = w.findChild<QInputDialog *>(QStringLiteral("passwordDialog"))), 30000);
            QVERIFY2(ask->labelText().contains(QLatin1String("memory for this session only")),
                     qPrintable(ask->labelText()));
            QSignalSpy opened(&w, &MainWindow::workspaceOpened);
            ask->setTextValue(m_password);
            ask->accept();
            QVERIFY(opened.wait(30000));
        }
        // Never on disk.
        m_settings.setActorName(QStringLiteral("bob"));
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(m_password.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestTeamConnectNoKeyring)
#include "tst_teamconnect_nokeyring.moc"
