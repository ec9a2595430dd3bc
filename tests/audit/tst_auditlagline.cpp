// How fresh the audit data is, as the explorer shows it: an audit source on
// a real hot standby gets a replication monitor; its line says "up to date
// with the primary", and with replay paused while the primary writes it turns
// into a warning (sign, bold, the reason in its tooltip), then back. A source
// that is the workspace itself gets no monitor and no line.
#include "AuditFixture.h"
#include "models/audit/ReplicationLag.h"
#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "ui/Panes.h"
#include "ui/audit/AuditView.h"
#include "ui/audit/ReplicationLagLine.h"

#include <QLineEdit>

#include <QScopeGuard>
#include <QSignalSpy>

using namespace ic;
using namespace ic::test;

class TestAuditLagLine : public QObject
{
    Q_OBJECT
private:
    AuditSources m_src;
    ConnectionSpec m_standby;
    ConnectionSpec m_primary;

    bool onStandby(const QString &sql)
    {
        return m_src.standby()->execute(m_standby.pg.database, sql).ok();
    }

    ConnectionProfile standbyProfile() const
    {
        ConnectionProfile p;
        p.kind = ConnectionProfile::Kind::Postgres;
        p.store = m_primary.pg;
        p.auditSource = m_standby.pg;
        return p;
    }

private slots:
    void initTestCase()
    {
        IC_START_PG(m_src.pg());
        auto spec = m_src.create(QStringLiteral("postgres"), AuditLayout::Standby);
        QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().fullText()));
        m_standby = spec.value();
        m_primary = m_src.writeSpec(m_standby);
        IC_VERIFY_OK(m_src.generate(m_standby, 200, 3));
    }

    void standbySourceShowsItsLagAndWarns()
    {
        AuditSource source(standbyProfile(), m_primary, nullptr);
        QCOMPARE(source.replication(), nullptr); // not ready yet
        QSignalSpy changed(&source, &AuditSource::replicationChanged);
        // The fixture's servers trust their socket: any password is taken.
        source.providePassword(m_standby.password.isEmpty() ? QStringLiteral("typed")
                                                            : m_standby.password);
        QCOMPARE(source.state(), AuditSource::State::Ready);
        QCOMPARE(changed.size(), 1);
        ReplicationMonitor *monitor = source.replication();
        QVERIFY(monitor);

        QWidget window;
        auto *line = new ReplicationLagLine(&window);
        line->setMonitor(monitor);
        window.show();
        IC_VERIFY_OK(m_src.pg().waitForReplay(*m_src.standby()));
        monitor->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            line->text() == QStringLiteral("Audit data up to date with the primary"), 20000);
        QVERIFY(line->isVisible());
        QVERIFY(!line->isWarning());
        QVERIFY(!line->font().bold());

        // The standby stops replaying while the platform writes.
        monitor->setWarnAfter(800);
        QVERIFY(onStandby(QStringLiteral("SELECT pg_wal_replay_pause()")));
        auto resume =
            qScopeGuard([&] { onStandby(QStringLiteral("SELECT pg_wal_replay_resume()")); });
        QVERIFY(m_src.pg()
                    .execute(m_primary.pg.database,
                             QStringLiteral("INSERT INTO audit_logs (id, timestamp, event) VALUES "
                                            "(900001, now(), 'late')"))
                    .ok());
        QTest::qWait(1200);
        monitor->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(line->isWarning(), 20000);
        QVERIFY2(line->text().startsWith(QStringLiteral("⚠ Audit data ")) &&
                     line->text().contains(QLatin1String("s behind the primary")) &&
                     line->text().contains(QLatin1String("replay is paused")),
                 qPrintable(line->text()));
        QVERIFY(line->font().bold());
        QVERIFY(line->toolTip().contains(QLatin1String("may be missing")));
        QVERIFY(line->accessibleName().startsWith(QLatin1String("Warning:")));

        resume.dismiss();
        QVERIFY(onStandby(QStringLiteral("SELECT pg_wal_replay_resume()")));
        IC_VERIFY_OK(m_src.pg().waitForReplay(*m_src.standby()));
        monitor->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!line->isWarning(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(line->text(),
                                  QStringLiteral("Audit data up to date with the primary"), 20000);
        QVERIFY(!line->font().bold());

        // A refused password: no source, no monitor, no line.
        source.refused(Error::make(Error::Kind::PermissionDenied, QStringLiteral("refused")));
        QCOMPARE(source.replication(), nullptr);
        line->setMonitor(source.replication());
        QVERIFY(!line->isVisible());
    }

    // The same line in the explorer itself, as a commander meets it: a
    // session on the team workspace whose audit source is the standby; the
    // explorer asks for the source's password, and once it is typed the line
    // says how fresh the audit data is. Before that there is none.
    void theExplorerShowsItsStandbysLag()
    {
        Settings settings;
        settings.setActorName(QStringLiteral("alex"));
        settings.setDetectionRuleFolders({});
        WorkspaceSession session(standbyProfile(), settings, nullptr, Clock::system(), {});
        IC_VERIFY_OK(session.openAndWait({}, true));
        PaneContext context;
        context.session = &session;
        context.settings = &settings;
        AuditView view(context);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *line = view.findChild<ReplicationLagLine *>();
        QVERIFY(line);
        auto *edit = view.findChild<QLineEdit *>(QStringLiteral("auditPasswordEdit"));
        QVERIFY(edit);
        QTRY_VERIFY_WITH_TIMEOUT(edit->isVisible(), 10000);
        QVERIFY(!line->isVisible());

        QTest::keyClicks(edit, m_standby.password.isEmpty() ? QStringLiteral("typed")
                                                            : m_standby.password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), 20000);
        IC_VERIFY_OK(m_src.pg().waitForReplay(*m_src.standby()));
        QTRY_COMPARE_WITH_TIMEOUT(line->text(),
                                  QStringLiteral("Audit data up to date with the primary"), 30000);
        QVERIFY(!line->isWarning());
    }

    void theWorkspaceItselfHasNoLagLine()
    {
        ConnectionProfile p;
        p.kind = ConnectionProfile::Kind::Postgres;
        p.store = m_primary.pg;
        AuditSource source(p, m_primary, nullptr);
        QCOMPARE(source.state(), AuditSource::State::Ready);
        QCOMPARE(source.replication(), nullptr);
        QWidget window;
        auto *line = new ReplicationLagLine(&window);
        line->setMonitor(source.replication());
        window.show();
        QVERIFY(!line->isVisible());
    }
};

QTEST_MAIN(TestAuditLagLine)
#include "tst_auditlagline.moc"
