// The record alarm in the window (issue 15 part 2): a SQLite workspace whose
// record is rewritten behind the window's back, every hash recomputed, shows
// the alarm on the next open in a banner of its own, which other messages
// do not replace and only acknowledging removes. Needs the keychain: the
// person's key signs the checkpoint the workstation keeps.
#include "RecordInsider.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/evidence/Signing.h"
#include "models/incidents/IncidentRepository.h"
#include "models/record/CheckpointStore.h"
#include "models/record/MemberKeys.h"
#include "models/record/PersonKey.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"
#include "models/timeline/EventLog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

struct Direct
{
    explicit Direct(const QString &path) : name(QStringLiteral("direct-%1").arg(++counter))
    {
        ok =
            Workspace::open(ConnectionSpec::sqlite(path), {}, name, QDateTime::currentDateTimeUtc())
                .ok();
    }
    ~Direct() { Db::close(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QString name;
    bool ok = false;
    static inline int counter = 0;
};

} // namespace

class TestRecordAlarm : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<MainWindow> openWindow(const QString &path, int expectIncidents)
    {
        auto w = std::make_unique<MainWindow>(m_settings, &m_secrets, m_clock);
        QSignalSpy shown(w.get(), &MainWindow::incidentsShown);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        w->openSqliteFile(path);
        if (!shown.wait(20000) && shown.isEmpty())
            return nullptr;
        if (shown.first().first().toInt() != expectIncidents)
            return nullptr;
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_settings.setDetectionRuleFolders({});
        m_settings.setPlaybookFolders({});
    }

    // The record rewritten in the file behind the window's back (every hash
    // recomputed): the next open shows the alarm in a banner of its own,
    // which other messages do not replace and only acknowledging removes.
    void rewrittenRecordRaisesAnAlarmUntilAcknowledged()
    {
        const QString path = m_dir.filePath(QStringLiteral("alarm.icw"));
        {
            auto w = openWindow(path, 0); // creates it
            QVERIFY(w);
        }
        QString workspaceId;
        {
            Direct d(path);
            QVERIFY(d.ok);
            // The workspace has its person's key now: a direct connection
            // records only with a key of its own (registered, signing).
            auto pair = Signing::generateEd25519();
            QVERIFY(pair.ok());
            auto signer = Ed25519Signer::fromPem(pair->privatePem);
            QVERIFY(signer.ok());
            std::shared_ptr<const Ed25519Signer> key(std::move(signer.value()));
            QSqlDatabase db = d.db();
            QVERIFY(MemberKeys::registerOwn(db, key->publicKey(), QStringLiteral("casey"),
                                            QDateTime::currentDateTimeUtc())
                        .ok());
            EventLog::setSigner(db.connectionName(), key);
            NewIncident n;
            n.title = QStringLiteral("Token leak");
            const bool created = IncidentRepository(db, QDateTime::currentDateTimeUtc())
                                     .create(n, QStringLiteral("casey"))
                                     .ok();
            EventLog::setSigner(db.connectionName(), nullptr);
            QVERIFY(created);
            QSqlQuery q(d.db());
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM ic_workspace WHERE key = "
                                          "'workspace_id'")) &&
                    q.next());
            workspaceId = q.value(0).toString();
        }
        const QString kept = CheckpointStore().pathFor(workspaceId);
        {
            auto w = openWindow(path, 1); // signs and keeps a checkpoint of the log
            QVERIFY(w);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(kept), 20000);
            QVERIFY(w->recordAlarm()->isHidden());
        }
        {
            Direct d(path);
            QVERIFY(d.ok);
            ic::test::RecordInsider insider{d.db()};
            QVERIFY(insider.rewriteEvent(0, QStringLiteral("Nothing happened")).ok());
        }
        auto w = openWindow(path, 1);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->recordAlarm()->isVisible(), 20000);
        QVERIFY2(w->recordAlarm()->text().contains(
                     QLatin1String("rewritten since this workstation last saw it")),
                 qPrintable(w->recordAlarm()->text()));
        QCOMPARE(w->recordAlarm()->kind(), MessageBanner::Kind::Error);
        // Another message does not replace it.
        w->banner()->show(MessageBanner::Kind::Info, QStringLiteral("Saved."));
        QVERIFY(w->recordAlarm()->isVisible());
        auto *ack = w->recordAlarm()->findChild<QPushButton *>(
            QStringLiteral("acknowledgeRecordAlarmButton"));
        QVERIFY(ack);
        QTest::mouseClick(ack, Qt::LeftButton);
        QVERIFY(w->recordAlarm()->isHidden());
    }
};

QTEST_MAIN(TestRecordAlarm)
#include "tst_recordalarm.moc"
