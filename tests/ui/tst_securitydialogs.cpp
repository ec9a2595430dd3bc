// What people see of the security fixes, offscreen: the connection dialog
// warns while the SSL mode is weaker than verify-full for a server
// elsewhere; the journal dialog lists kept edits with why, and its decision
// reaches the database; the indicator opens it; the action settings dialog
// refuses a stale save and says what changed.
#include "PgServer.h"
#include "models/actions/ActionService.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/store/Workspace.h"
#include "ui/actions/ActionSettingsDialog.h"
#include "ui/incidents/JournalDialog.h"
#include "ui/store/ConnectDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;
using namespace ic::test;

class TestSecurityDialogs : public QObject
{
    Q_OBJECT
private:
    PgServer m_pg;
    QTemporaryDir m_dir;
    ConnectionSpec m_team;
    int m_n = 0;

    Incident read(const QString &id)
    {
        const QString name = QStringLiteral("read-%1").arg(++m_n);
        Incident out;
        {
            auto db = Db::open(m_team, name);
            if (db) {
                auto r = IncidentRepository(db.value(), QDateTime::currentDateTimeUtc()).get(id);
                if (r)
                    out = r.value();
            }
        }
        Db::close(name);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        IC_START_PG(m_pg);
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")).ok());
        m_team = m_pg.spec(QStringLiteral("team"));
        const QString name = QStringLiteral("create");
        {
            auto info = Workspace::open(m_team, {}, name, QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
        }
        Db::close(name);
    }

    void connectDialogWarnsAboutWeakTls()
    {
        ConnectDialog dlg(ConnectionProfile::forPostgres(
            *PgEndpoint::fromUri(QStringLiteral("postgresql://alice@db.example.org/team"))));
        dlg.show();
        auto *ssl = dlg.findChild<QComboBox *>(QStringLiteral("storeSslModeCombo"));
        auto *warning = dlg.findChild<QLabel *>(QStringLiteral("storeSslWarningLabel"));
        auto *host = dlg.findChild<QLineEdit *>(QStringLiteral("storeHostEdit"));
        QVERIFY(ssl && warning && host);
        QCOMPARE(ssl->currentData().toString(), QString()); // automatic by default
        QVERIFY(!warning->isVisible());
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("prefer")));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("db.example.org")),
                 qPrintable(warning->text()));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QVERIFY(!warning->isVisible());
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        QVERIFY(warning->isVisible());
        host->setText(QStringLiteral("127.0.0.1")); // this machine: nothing crosses a network
        QVERIFY(!warning->isVisible());
        QCOMPARE(dlg.profile().store.sslMode, QStringLiteral("disable"));
    }

    void journalDialogShowsAndResolvesAKeptConflict()
    {
        QString id;
        {
            const QString name = QStringLiteral("mk");
            {
                auto db = Db::open(m_team, name);
                NewIncident n;
                n.title = QStringLiteral("Original");
                id = IncidentRepository(db.value(), QDateTime::currentDateTimeUtc())
                         .create(n, QStringLiteral("alex"))
                         ->id;
            }
            Db::close(name);
        }
        SqlExecutor executor(m_team, QStringLiteral("store"));
        SqlExecutor journal(ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("j.sqlite"))),
                            QStringLiteral("journal"));
        IncidentStore store(&executor, Clock::system(), QStringLiteral("alex"));
        store.setJournal(&journal);
        QSignalSpy loaded(&store, &IncidentStore::incidentsLoaded);
        store.reload();
        QVERIFY(loaded.wait(10000));

        JournalIndicator indicator;
        indicator.show(); // as in the status bar; the store then decides
        indicator.setStore(&store);
        QVERIFY(!indicator.isVisible()); // nothing kept

        store.setOffline(true);
        IncidentPatch mine;
        mine.title = QStringLiteral("Mine");
        store.update(id, 1, mine);
        QTRY_VERIFY(indicator.isVisible());
        {
            const QString name = QStringLiteral("theirs");
            {
                auto db = Db::open(m_team, name);
                IncidentPatch theirs;
                theirs.title = QStringLiteral("Theirs");
                QVERIFY(IncidentRepository(db.value(), QDateTime::currentDateTimeUtc())
                            .update(id, 1, theirs, QStringLiteral("dana"))
                            .ok());
            }
            Db::close(name);
        }
        store.setOffline(false);
        store.replayJournal();
        QTRY_COMPARE_WITH_TIMEOUT(store.flaggedInJournal(), 1, 20000);
        QTRY_VERIFY(indicator.text().contains(QLatin1String("decision")));

        QTest::mouseClick(&indicator, Qt::LeftButton);
        JournalDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = indicator.findChild<JournalDialog *>()));
        auto *list = dlg->findChild<QListWidget *>(QStringLiteral("journalList"));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QLatin1String("conflict")),
                 qPrintable(list->item(0)->text()));
        auto *problem = dlg->findChild<QLabel *>(QStringLiteral("journalProblemLabel"));
        QVERIFY2(problem->text().contains(QLatin1String("dana")) ||
                     problem->text().contains(QLatin1String("changed")),
                 qPrintable(problem->text()));
        auto *apply = dlg->findChild<QPushButton *>(QStringLiteral("journalApplyOverButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(read(id).title, QStringLiteral("Mine"), 20000);
        QTRY_COMPARE(list->count(), 0);
        QTRY_VERIFY(!indicator.isVisible());
        dlg->close();
    }

    void staleActionSettingsAreRefusedWithWhatChanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("ws.icw"));
        {
            const QString name = QStringLiteral("ws");
            auto info = Workspace::open(ConnectionSpec::sqlite(path), {}, name,
                                        QDateTime::currentDateTimeUtc());
            QVERIFY(info.ok());
            Db::close(name);
        }
        SqlExecutor executor(ConnectionSpec::sqlite(path), QStringLiteral("store"));
        ActionService service(&executor, Clock::system(), nullptr, QStringLiteral("alex"));
        std::optional<Result<ActionSettings>> first;
        service.loadSettings([&](const Result<ActionSettings> &r) { first = r; });
        QTRY_VERIFY(first.has_value());

        ActionSettingsDialog dlg(&service);
        dlg.show();
        // Meanwhile, on another workstation, Sam switches to the admin API and pins a key.
        {
            const QString name = QStringLiteral("sam");
            {
                auto db = Db::open(ConnectionSpec::sqlite(path), name);
                ActionSettings sam = ActionSettingsStore::load(db.value()).value();
                const ActionSettings base = sam;
                sam.backend = Backend::Api;
                sam.apiBaseUrl = QStringLiteral("https://admin.example.com");
                sam.pin =
                    QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(32, 'k').toBase64());
                QVERIFY(ActionSettingsStore::save(db.value(), sam, base, QStringLiteral("sam"),
                                                  QDateTime::currentDateTimeUtc())
                            .ok());
            }
            Db::close(name);
        }
        dlg.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(45);
        QTest::mouseClick(dlg.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                          Qt::LeftButton);
        auto *error = dlg.findChild<QLabel *>(QStringLiteral("settingsErrorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("sam")) &&
                     error->text().contains(QLatin1String("public-key pin")) &&
                     error->text().contains(QLatin1String("Nothing was saved")),
                 qPrintable(error->text()));
        QVERIFY(dlg.isVisible());                               // still open, nothing saved
        QTRY_COMPARE(service.settings().backend, Backend::Api); // reloaded for the next form
    }
};

QTEST_MAIN(TestSecurityDialogs)
#include "tst_securitydialogs.moc"
