// ApprovalNotifier offscreen (no system tray there): every notice is shown
// in the window whatever the tray does, says who asked for what or that
// glass was broken (in words, not colour), and its Show button leads to
// the incident. A muted incident silences the desktop, never the window.
#include "models/core/Settings.h"
#include "ui/MessageBanner.h"
#include "ui/TrayNotifier.h"
#include "ui/team/ApprovalNotifier.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QVBoxLayout>

using namespace ic;

class TestApprovalNotifier : public QObject
{
    Q_OBJECT
private slots:
    void requestIsShownInTheWindowAndLeadsToTheIncident()
    {
        QWidget window;
        auto *banner = new MessageBanner(&window);
        (new QVBoxLayout(&window))->addWidget(banner);
        window.show();
        banner->hide();
        ApprovalNotifier notifier(banner, nullptr);
        QSignalSpy shown(&notifier, &ApprovalNotifier::notified);
        QSignalSpy go(&notifier, &ApprovalNotifier::showIncident);

        notifier.approvalRequested(QStringLiteral("inc-1"), QStringLiteral("INC-7"),
                                   QStringLiteral("Suspend tenant ten_acme"),
                                   QStringLiteral("ann"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Info);
        const QString text = banner->text();
        QVERIFY2(text.startsWith(QLatin1String("Approval requested: ann asks for approval of "
                                               "Suspend tenant ten_acme (INC-7)")),
                 qPrintable(text));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(2).toString(), QStringLiteral("inc-1"));
        auto *show = banner->findChild<QPushButton *>(QStringLiteral("approvalNoticeShowButton"));
        QVERIFY(show);
        QTRY_VERIFY(show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(go.size(), 1);
        QCOMPARE(go.first().first().toString(), QStringLiteral("inc-1"));
        QCOMPARE(notifier.history().size(), 1);
    }

    void breakGlassIsAWarningForEveryone()
    {
        QWidget window;
        auto *banner = new MessageBanner(&window);
        (new QVBoxLayout(&window))->addWidget(banner);
        window.show();
        ApprovalNotifier notifier(banner, nullptr);
        notifier.brokeGlass(QStringLiteral("inc-2"), QString());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        // Without a reference yet, the id stands in; never an empty name.
        QVERIFY2(banner->text().contains(QLatin1String("BREAK-GLASS: A containment action of "
                                                       "inc-2 was run without a second")),
                 qPrintable(banner->text()));
        // A second notice replaces the first one's button, never piles them up.
        notifier.brokeGlass(QStringLiteral("inc-3"), QStringLiteral("INC-9"));
        QCOMPARE(
            banner->findChildren<QPushButton *>(QStringLiteral("approvalNoticeShowButton")).size(),
            1);
        QCOMPARE(notifier.history().size(), 2);
    }

    void mutedIncidentStillShowsInTheWindow()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen: the in-window path
        Settings settings;
        TrayNotifier tray(settings);
        tray.setMuted(QStringLiteral("inc-4"), true);
        QSignalSpy desktop(&tray, &TrayNotifier::notified);
        QWidget window;
        auto *banner = new MessageBanner(&window);
        (new QVBoxLayout(&window))->addWidget(banner);
        window.show();
        ApprovalNotifier notifier(banner, &tray);
        notifier.approvalRequested(QStringLiteral("inc-4"), QStringLiteral("INC-4"),
                                   QStringLiteral("Block 10.0.0.0/8"), QStringLiteral("bo"));
        QVERIFY(desktop.isEmpty());   // muted on the desktop...
        QVERIFY(banner->isVisible()); // ...never in the window
        QVERIFY(banner->text().contains(QLatin1String("bo asks for approval")));
        tray.setMuted(QStringLiteral("inc-4"), false);
        notifier.approvalRequested(QStringLiteral("inc-4"), QStringLiteral("INC-4"),
                                   QStringLiteral("Block 10.0.0.0/8"), QStringLiteral("bo"));
        QCOMPARE(desktop.size(), 1);
        QCOMPARE(desktop.first().at(0).toString(), QStringLiteral("Approval requested"));
    }
};

QTEST_MAIN(TestApprovalNotifier)
#include "tst_approvalnotifier.moc"
