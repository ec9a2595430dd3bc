#include "MainWindow.h"
#include "Theme.h"
#include "core/Clock.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "incidents/IncidentListModel.h"
#include "playbooks/ChecklistModel.h"
#include "playbooks/ChecklistPane.h"
#include "playbooks/PlaybooksView.h"
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
using namespace ic;
class Shot : public QObject {
    Q_OBJECT
private slots:
    void shot() {
        for (auto theme : {Settings::Theme::Dark, Settings::Theme::Light}) {
        QTemporaryDir dir; Settings s; s.setActorName(QStringLiteral("casey")); SecretStore sec;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Theme::apply(theme);
        MainWindow w(s, &sec, clock);
        w.resize(1500, 900);
        QSignalSpy shown(&w, &MainWindow::incidentsShown);
        w.show();
        w.openSqliteFile(dir.filePath(QStringLiteral("x.icw")));
        QVERIFY(shown.wait(20000));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *view = w.findChild<PlaybooksView *>(QStringLiteral("playbooksView"));
        tabs->setCurrentWidget(view);
        auto *list = view->findChild<QTreeView *>(QStringLiteral("playbookList"));
        QTRY_VERIFY(list->model()->rowCount() == 7);
        list->setCurrentIndex(list->model()->index(3, 0));
        QTest::qWait(200);
        w.grab().save(QStringLiteral("/tmp/shot-view-%1.png").arg(int(theme)));
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("newIncidentFromPlaybookButton")), Qt::LeftButton);
        QDialog *dlg = nullptr;
        QTRY_VERIFY((dlg = view->findChild<QDialog *>(QStringLiteral("newIncidentDialog"))));
        QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("newAffectedUsersEdit")), QStringLiteral("u-42"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("createIncidentButton")), Qt::LeftButton);
        auto *pane = w.findChild<ChecklistPane *>(QStringLiteral("checklistPane"));
        QTRY_COMPARE(pane->model()->rowCount(), 5);
        clock.advance(30 * 60);
        QTest::keyClick(pane->view(), Qt::Key_Space);
        QTest::qWait(500);
        pane->model()->tick();
        QTest::qWait(200);
        w.grab().save(QStringLiteral("/tmp/shot-pane-%1.png").arg(int(theme)));
        }
    }
};
QTEST_MAIN(Shot)
#include "tst_zzshot.moc"
