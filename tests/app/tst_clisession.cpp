// The command line opens workspaces through the same session as the window:
// what one refuses the other refuses, with the same words and nothing
// changed; a read-only sub-command writes nothing at all; what a sub-command
// records (an evidence export) is on the record the window's session reads.
#include "CliRun.h"
#include "models/core/Clock.h"
#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "models/timeline/TimelineStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    SecretStore m_secrets;
    QString m_path;
    QString m_incident;
    QString m_ref;

    std::unique_ptr<WorkspaceSession> open(const QString &path)
    {
        // With the keychain, as the window opens it: the person's key signs.
        auto s = std::make_unique<WorkspaceSession>(ConnectionProfile::forSqlite(path), m_settings,
                                                    &m_secrets, Clock::system(),
                                                    WorkspaceSession::Options{.live = false});
        if (auto r = s->openAndWait(); !r) {
            qWarning().noquote() << r.error().fullText();
            return nullptr;
        }
        return s;
    }

    QList<IncidentEvent> events(WorkspaceSession &s, const QString &id)
    {
        QList<IncidentEvent> out;
        QSignalSpy loaded(s.timeline(), &TimelineStore::loaded);
        s.timeline()->load(id);
        if (loaded.wait(10000))
            out = loaded.first().at(1).value<QList<IncidentEvent>>();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("IC_BINARY")), "IC_BINARY is set by ctest");
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_path = m_dir.filePath(QStringLiteral("shared.icw"));
        auto s = open(m_path);
        QVERIFY(s);
        NewIncident n;
        n.title = QStringLiteral("Seen by both");
        s->incidents()->create(n, [this](const Result<Incident> &r) {
            if (r) {
                m_incident = r->id;
                m_ref = r->ref;
            }
        });
        QTRY_VERIFY(!m_incident.isEmpty());
        QTRY_COMPARE(s->incidents()->pending(), 0);
    }

    void aReadOnlyCommandWritesNothing()
    {
        const QByteArray before = sha(m_path);
        const auto r = test::runCli({QStringLiteral("verify-record"), QStringLiteral("--workspace"),
                                     m_path, QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(m_ref + QStringLiteral(": intact")), qPrintable(r.out));
        QCOMPARE(sha(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) ||
                QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
    }

    void anExportIsOnTheRecordTheWindowReads()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        const auto r = test::runCli({QStringLiteral("export-evidence"),
                                     QStringLiteral("--workspace"), m_path, m_ref, bundle});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(QDir(bundle).filePath(QStringLiteral("manifest.json"))));
        auto s = open(m_path);
        QVERIFY(s);
        const QList<IncidentEvent> list = events(*s, m_incident);
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.last().kind, QStringLiteral("evidence.exported"));
    }

    // A workspace from a newer build: the window's session and every
    // sub-command refuse it in the same words, and change nothing.
    void aNewerWorkspaceIsRefusedAlikeAndUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.icw"));
        QVERIFY(QFile::copy(m_path, path));
        {
            auto db = Db::open(ConnectionSpec::sqlite(path), QStringLiteral("bump"));
            QVERIFY(db.ok());
            QVERIFY(Db::exec(db.value(),
                             QStringLiteral("INSERT INTO ic_schema_migrations (component, "
                                            "version, name, applied_at) VALUES ('store', 999, "
                                            "'from the future', '2099-01-01 00:00:00')"))
                        .ok());
        }
        Db::close(QStringLiteral("bump"));
        const QByteArray before = sha(path);

        WorkspaceSession s(ConnectionProfile::forSqlite(path), m_settings, nullptr, Clock::system(),
                           {.live = false});
        auto opened = s.openAndWait();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NewerVersion);
        QVERIFY(opened.error().message.contains(QLatin1String("newer version")));

        for (const QStringList &args :
             {QStringList{QStringLiteral("verify-record"), QStringLiteral("--workspace"), path,
                          QStringLiteral("--all")},
              QStringList{QStringLiteral("export-evidence"), QStringLiteral("--workspace"), path,
                          m_ref, m_dir.filePath(QStringLiteral("never"))}}) {
            const auto r = test::runCli(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("newer version")), qPrintable(r.err));
        }
        QCOMPARE(sha(path), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
    }
};

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
